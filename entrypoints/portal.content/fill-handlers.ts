// The content script's part of filling (ARCHITECTURE: execute): it fills only what the citizen
// confirmed in the side panel, re-checks the page's origin against the one the panel showed, keeps
// the undo records (live elements never leave the page) and answers which fields are on screen.
// Registered from page-session.ts with one call; every listener is tied to the context's signal.
import type { PageAnalysis } from '@/lib/detect/analyse';
import { clearHighlights, executeFill, undoFill, type PlanItem, type UndoRecord } from '@/lib/fill/in-page';
import { handleRequests, type ContentRequests, type FillFieldOutcome, type FillRequest } from '@/lib/messaging';

export interface FillSession {
  /** The page's latest analysis (the ids the panel planned with). */
  current(): Promise<PageAnalysis>;
  signal: AbortSignal;
}

/**
 * Whether a control is rendered at all: not inside display:none (a wizard's hidden step) nor
 * visibility:hidden. Cheap (no hit test, no scrolling), so the panel can ask on every step change;
 * the executor's full check (lib/fill/visibility.ts) still decides at fill time.
 */
export function isShown(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') {
    // Both spellings: visibilityProperty (current) and checkVisibilityCSS (Chrome 105, Firefox 106).
    return el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true } as CheckVisibilityOptions);
  }
  return el.getClientRects().length > 0;
}

/** A request is only as good as its shape: our panel sends it, but a bug must not fill anything. */
function wellFormed(request: FillRequest): boolean {
  return (
    typeof request.expectedOrigin === 'string' &&
    Array.isArray(request.items) &&
    Array.isArray(request.confirmedSensitive) &&
    typeof request.selectors === 'object' &&
    request.selectors !== null
  );
}

/** The planned items whose field is still the control the panel planned for, and the others' outcomes. */
function stillPlanned(items: readonly PlanItem[], selectors: Record<string, string>, analysis: PageAnalysis) {
  const selectorOf = new Map(analysis.report.fields.map((f) => [f.id, f.selector]));
  const valid: PlanItem[] = [];
  const changed: FillFieldOutcome[] = [];
  for (const item of items) {
    const now = selectorOf.get(item.fieldId);
    if (now !== undefined && now === selectors[item.fieldId]) valid.push(item);
    else changed.push({ fieldId: item.fieldId, status: 'skipped', reason: 'page-changed' });
  }
  return { valid, changed };
}

export function registerFillHandlers(session: FillSession): void {
  // Newest last: "Undo" takes back the latest fill (one step of a wizard at a time).
  const fills: UndoRecord[] = [];
  handleRequests<ContentRequests>(
    {
      'fill/shown': async () => {
        const { elements } = await session.current();
        return { fieldIds: [...elements].filter(([, el]) => el.isConnected && isShown(el)).map(([id]) => id) };
      },
      'fill/execute': async (request) => {
        if (!wellFormed(request)) throw new Error('fill/execute: malformed request');
        const analysis = await session.current();
        const { valid, changed } = stillPlanned(request.items, request.selectors, analysis);
        const { results, undo } = executeFill(valid, analysis.elements, {
          expectedOrigin: request.expectedOrigin,
          // The document's own origin, now: the tab may have navigated since the citizen confirmed.
          currentOrigin: location.origin,
          confirmedSensitive: new Set(request.confirmedSensitive),
          signal: session.signal,
        });
        if (undo.entries.length > 0) fills.push(undo);
        return { results: [...results, ...changed] };
      },
      'fill/undo': () => {
        const last = fills.pop();
        return { outcomes: last ? undoFill(last) : [] };
      },
      'fill/clear-highlights': () => {
        const cleared = fills.reduce((n, record) => n + record.entries.length, 0);
        for (const record of fills) clearHighlights(record);
        return { cleared };
      },
    },
    session.signal,
  );
}
