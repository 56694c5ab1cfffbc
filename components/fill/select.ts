// Reading the fill state out of the panel store: the preview (computed once per change of its
// inputs), the origin a fill may go to, and what to say about one field in the field guide.
import type { PlanItem, PlanSkipReason } from '@/lib/fill';
import type { FillFieldOutcome } from '@/lib/messaging';
import type { PanelState } from '@/components/sidepanel/store';
import { trustOf } from '@/components/sidepanel/trust';
import { buildPreview, type Preview } from './preview';

let last: { inputs: readonly unknown[]; preview: Preview | null } | null = null;

/** The preview of the page the panel shows, or null (no page, no profile). Memoised on its inputs. */
export function previewOf(state: PanelState): Preview | null {
  const report = state.page.status === 'ready' ? state.page.report : null;
  const inputs = [report, state.shown, state.profile, state.choice];
  if (last && last.inputs.every((v, i) => v === inputs[i])) return last.preview;
  const preview = report && state.profile ? buildPreview(report, state.shown, state.profile, state.choice) : null;
  last = { inputs, preview };
  return preview;
}

export type FillTarget =
  | { kind: 'known'; origin: string; portalName: string }
  /** Not a known portal: the citizen asked for it (analyse on request) and must confirm the origin. */
  | { kind: 'unknown'; origin: string }
  | { kind: 'none' };

/**
 * Where a fill may go: the origin of the tab as the browser reports it (tabs API), never an origin
 * a page said. For a known portal that origin is one of the portal's exact https origins (trust.ts).
 */
export function fillTargetOf(state: Pick<PanelState, 'tabUrl' | 'lang'>): FillTarget {
  const trust = trustOf(state.tabUrl);
  if (trust.kind === 'known') return { kind: 'known', origin: trust.origin, portalName: trust.portal.name[state.lang === 'de-simple' ? 'de' : state.lang] };
  if (trust.kind === 'unknown') return { kind: 'unknown', origin: trust.origin };
  return { kind: 'none' };
}

export type FieldFillView =
  /** Nothing to say yet: no profile open, or the field is not on screen. */
  | { status: 'none' }
  | { status: 'planned'; item: PlanItem; ticked: boolean }
  | { status: 'not-planned'; reason: PlanSkipReason }
  | { status: 'outcome'; outcome: FillFieldOutcome; item: PlanItem | null };

/** What the field guide says about one entry (a radio group: its chosen radio). */
export function fieldFillView(state: PanelState, entryId: string): FieldFillView {
  const row = previewOf(state)?.rowByEntry.get(entryId);
  const outcome = state.outcomes[row?.fieldId ?? entryId] ?? state.outcomes[entryId];
  if (outcome) return { status: 'outcome', outcome, item: row?.item ?? null };
  if (!row) return { status: 'none' };
  if (row.item) return { status: 'planned', item: row.item, ticked: state.ticked[row.item.fieldId] === true };
  return row.skip ? { status: 'not-planned', reason: row.skip.reason } : { status: 'none' };
}
