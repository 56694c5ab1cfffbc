import { usePanel, usePanelStore, useT } from './context';

export function SearchBox({ shown, total }: { shown: number; total: number }) {
  const t = useT();
  const store = usePanelStore();
  const query = usePanel((s) => s.query);
  return (
    <div role="search" className="search">
      <label htmlFor="field-search">{t('search_label')}</label>
      <input
        id="field-search"
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={query}
        aria-describedby="field-search-count"
        onChange={(event) => store.getState().setQuery(event.target.value)}
      />
      <p id="field-search-count" role="status" className="search-count">
        {query.trim() ? t('search_count', String(shown), String(total)) : ''}
      </p>
    </div>
  );
}
