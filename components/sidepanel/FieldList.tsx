import { useStore } from 'zustand';
import type { PageReport } from '@/lib/detect/analyse';
import { requestFromTab } from '@/lib/messaging';
import type { PanelStore } from './store';

function labelOf(field: PageReport['fields'][number]): string {
  return field.labels[0]?.text || field.name || field.htmlId || field.type;
}

export function FieldList({ store, report }: { store: PanelStore; report: PageReport }) {
  const selected = useStore(store, (s) => s.selectedFieldId);
  const tabId = useStore(store, (s) => s.tabId);
  return (
    <section aria-labelledby="fields-heading">
      <h2 id="fields-heading">Felder ({report.fields.length})</h2>
      <ul data-testid="field-list" className="field-list">
        {report.fields.map((field) => (
          <li key={field.id} data-field-id={field.id} aria-current={field.id === selected ? 'true' : undefined}>
            <button
              type="button"
              onClick={() => {
                store.getState().selectField(field.id);
                if (tabId !== null) void requestFromTab(tabId, 'page/show-field', { fieldId: field.id });
              }}
            >
              {labelOf(field)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
