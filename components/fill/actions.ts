// What the citizen's clicks in the fill preview do outside the store: ask the page which fields are
// on screen, fill what they confirmed, undo, take the marks off. Each takes the store; the page may
// have gone at any moment, which becomes a sentence in the panel, never an exception.
import type { PageReport } from '@/lib/detect/analyse';
import { requestFromTab } from '@/lib/messaging';
import type { PanelStore } from '@/components/sidepanel/store';
import { confirmedItems, reportKey } from './preview';
import { fillTargetOf, previewOf } from './select';

/** A new report (a new page, or a wizard's next step): keep or drop the ticks, ask what is on screen. */
export async function followReport(store: PanelStore, report: PageReport): Promise<void> {
  store.getState().followReport(reportKey(report));
  const { tabId } = store.getState();
  if (tabId === null) return;
  const answer = await requestFromTab(tabId, 'fill/shown', {}).catch(() => null);
  // Only if the panel still shows this report (another may have come meanwhile).
  const page = store.getState().page;
  if (answer && Array.isArray(answer.fieldIds) && page.status === 'ready' && page.report === report) store.getState().setShown(answer.fieldIds);
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Fills the confirmed items into the tab, for the origin the panel shows. */
export async function fillNow(store: PanelStore): Promise<void> {
  const state = store.getState();
  const preview = previewOf(state);
  const target = fillTargetOf(state);
  if (!preview || state.page.status !== 'ready' || state.tabId === null || state.run.status === 'filling') return;
  if (target.kind === 'none') return state.setRun({ status: 'failed', error: 'no-origin' });
  if (target.kind === 'unknown' && !state.siteConfirmed) return;
  // The report is the page's word: it is not trusted for the origin, but if it names another
  // address than the tab, the panel is behind a navigation and must not fill from it.
  if (!sameOrigin(state.page.report.url, target.origin)) return state.setRun({ status: 'failed', error: 'page-moved' });
  const items = confirmedItems(preview, state.ticked);
  const selectorOf = new Map(state.page.report.fields.map((f) => [f.id, f.selector]));
  state.setRun({ status: 'filling' });
  try {
    const { results } = await requestFromTab(state.tabId, 'fill/execute', {
      items,
      selectors: Object.fromEntries(items.map((i) => [i.fieldId, selectorOf.get(i.fieldId) ?? ''])),
      expectedOrigin: target.origin,
      confirmedSensitive: items.filter((i) => i.sensitive).map((i) => i.fieldId),
    });
    if (!Array.isArray(results)) throw new Error('no results');
    store.getState().recordFill(results);
  } catch {
    store.getState().setRun({ status: 'failed', error: 'no-answer' });
  }
}

export async function undoLastFill(store: PanelStore): Promise<void> {
  const { tabId, setRun } = store.getState();
  if (tabId === null) return;
  setRun({ status: 'undoing' });
  try {
    const { outcomes } = await requestFromTab(tabId, 'fill/undo', {});
    if (!Array.isArray(outcomes)) throw new Error('no outcomes');
    store.getState().recordUndo(outcomes);
  } catch {
    store.getState().setRun({ status: 'failed', error: 'no-answer' });
  }
}

export function clearFillMarks(store: PanelStore): void {
  const { tabId } = store.getState();
  if (tabId !== null) requestFromTab(tabId, 'fill/clear-highlights', {}).catch(() => undefined);
}
