import { useStore } from 'zustand';
import type { PanelStore } from './store';
import { FieldList } from './FieldList';

export function SidePanelApp({ store }: { store: PanelStore }) {
  const page = useStore(store, (s) => s.page);
  return (
    <>
      <header className="panel-header">
        <h1>Formlotse</h1>
      </header>
      <main className="panel-main">
        {page.status === 'loading' && <p role="status">Formular wird gelesen…</p>}
        {page.status === 'no-page' && <p role="status">Auf dieser Seite ist kein bekanntes Formular.</p>}
        {page.status === 'ready' && <FieldList store={store} report={page.report} />}
      </main>
    </>
  );
}
