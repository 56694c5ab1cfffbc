// After Fill: how it went, in one sentence read out by screen readers (a status region), what the
// citizen should do next, and the way back (Undo; the outlines can go without undoing).
import { usePanel, usePanelStore } from '@/components/sidepanel/context';
import type { UiLang } from '@/components/sidepanel/i18n';
import { clearFillMarks, undoLastFill } from './actions';
import { fillText, reasonText } from './i18n';
import { previewOf } from './select';
import type { FillRun } from './slice';

function summaryOf(run: FillRun, outcomes: ReturnType<typeof countsOf>, lang: UiLang): string {
  switch (run.status) {
    case 'filled':
      return `${fillText(lang, 'filledSummary', outcomes)} ${fillText(lang, 'checkPage')}`;
    case 'undoing':
      return fillText(lang, 'undoing');
    case 'undone':
      return fillText(lang, 'undoneSummary', { count: run.outcomes.filter((o) => o.status === 'restored').length });
    case 'failed':
      return fillText(lang, run.error === 'no-answer' ? 'error_no_answer' : run.error === 'page-moved' ? 'error_page_moved' : 'error_no_origin');
    default:
      return '';
  }
}

function countsOf(fieldIds: readonly string[], outcomes: Readonly<Record<string, { status: string }>>) {
  const statuses = fieldIds.map((id) => outcomes[id]?.status);
  return {
    filled: statuses.filter((s) => s === 'filled').length,
    skipped: statuses.filter((s) => s === 'skipped').length,
    failed: statuses.filter((s) => s === 'failed').length,
  };
}

export function FillOutcomeBar({ lang }: { lang: UiLang }) {
  const store = usePanelStore();
  const { run, outcomes } = usePanel((s) => ({ run: s.run, outcomes: s.outcomes }));
  const counts = countsOf(run.status === 'filled' ? run.fieldIds : [], outcomes);
  const preview = usePanel(previewOf);
  const notRestored = run.status === 'undone' ? run.outcomes.filter((o) => o.status === 'skipped') : [];
  const labelOf = (fieldId: string) => [...(preview?.rowByEntry.values() ?? [])].find((r) => r.fieldId === fieldId)?.label ?? '';
  return (
    <div className="fill-outcome-bar">
      <p role="status" className="fill-status" data-testid="fill-status" data-run={run.status}>
        {summaryOf(run, counts, lang)}
      </p>
      {notRestored.length > 0 && (
        <ul className="fill-not-restored">
          {notRestored.map((o) => (
            <li key={o.fieldId} data-field-id={o.fieldId}>
              {labelOf(o.fieldId)}: {'reason' in o ? reasonText(lang, o.reason) : ''}
            </li>
          ))}
        </ul>
      )}
      {run.status === 'filled' && (
        <p className="fill-actions">
          <button type="button" className="button" data-testid="fill-undo" onClick={() => void undoLastFill(store)}>
            {fillText(lang, 'undo')}
          </button>{' '}
          <button type="button" className="button" data-testid="fill-clear-marks" onClick={() => clearFillMarks(store)}>
            {fillText(lang, 'clearMarks')}
          </button>
        </p>
      )}
    </div>
  );
}
