// The content script's side of the protocol: analyse the page, answer the panel, follow focus,
// highlight the field the panel chose. Every listener, observer and timer is tied to the content
// script context (its AbortSignal and timers), so nothing is left behind on invalidation (STYLE: 10).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analysePageInSlices, type PageAnalysis } from '@/lib/detect/analyse';
import { collectPageHelp, radioGroupOf, type PageHelp } from '@/lib/detect/help';
import { broadcastPageEvent, handleRequests, type ContentRequests, type PageContext } from '@/lib/messaging';
import { portalById } from '@/lib/portals/registry';
import { registerFillHandlers, isShown } from './fill-handlers';
import { createHighlight } from './highlight';
import { watchSteps } from './step-watch';

/** The fields and which of them are shown: a wizard's next step changes the second part only. */
function signature(analysis: PageAnalysis): string {
  const shown = (id: string) => {
    const el = analysis.elements.get(id);
    return el !== undefined && isShown(el);
  };
  return analysis.report.fields.map((f) => `${f.id}=${f.selector}${shown(f.id) ? '' : ':hidden'}`).join('|');
}

function pageContext(analysis: PageAnalysis): PageContext {
  const portal = analysis.report.portalId ? portalById(analysis.report.portalId) : null;
  const step = portal?.steps?.find((s) => document.querySelector(s.selector) !== null) ?? null;
  const help: Record<string, PageHelp[]> = {};
  for (const [id, el] of analysis.elements) {
    const found = collectPageHelp(el);
    if (found.length > 0) help[id] = found;
  }
  return { stepId: step?.id ?? null, help };
}

export function startPageSession(ctx: ContentScriptContext): void {
  let analysis: PageAnalysis | null = null;
  let idByElement = new Map<Element, string>();
  let running: Promise<boolean> | null = null;
  let lastSignature = '';
  const highlight = createHighlight(document, ctx.signal);
  // Analyse in slices that yield to the page (no long task on forms of thousands of controls).
  const pause = () => new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));

  /** Analyses the page again (joining a run in progress); true when its fields changed. */
  const reanalyse = (): Promise<boolean> =>
    (running ??= analysePageInSlices(document, location.href, pause).then((next) => {
      const now = signature(next);
      const changed = analysis === null || now !== lastSignature;
      lastSignature = now;
      analysis = next;
      idByElement = new Map([...next.elements].map(([id, el]) => [el, id]));
      running = null;
      return changed;
    }));
  const current = async (): Promise<PageAnalysis> => analysis ?? (await reanalyse(), analysis!);

  handleRequests<ContentRequests>(
    {
      'page/get-report': async () => {
        await reanalyse();
        return (await current()).report;
      },
      'page/get-context': async () => pageContext(await current()),
      'page/show-field': async ({ fieldId }) => {
        const el = (await current()).elements.get(fieldId) as HTMLElement | undefined;
        if (!el || !el.isConnected) return { shown: false };
        // An instant jump: a smooth scroll stalls in a page the browser does not paint (a background tab).
        el.scrollIntoView({ block: 'center', behavior: 'auto' });
        el.focus({ preventScroll: true });
        // A radio group is one question: ring all its choices.
        highlight.show(radioGroupOf(el));
        return { shown: true };
      },
      'page/clear-highlight': () => ({ cleared: highlight.clear() }),
    },
    ctx.signal,
  );
  registerFillHandlers({ current, signal: ctx.signal });

  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target as Element | null;
      // The citizen moved on: the ring stays only on the field they are in.
      if (target && !highlight.current.includes(target)) highlight.clear();
      const fieldId = target ? idByElement.get(target) : undefined;
      if (fieldId) void broadcastPageEvent({ type: 'page/field-focused', fieldId });
    },
    { signal: ctx.signal },
  );
  document.addEventListener('keydown', (event) => event.key === 'Escape' && highlight.clear(), { signal: ctx.signal });

  // Single-page forms and wizards swap steps without a navigation: re-analyse when the controls or
  // what is shown of them change, and tell the panel (it re-plans: ids may now mean other controls).
  watchSteps(document, ctx, () => {
    void reanalyse().then((changed) => {
      if (changed && analysis) void broadcastPageEvent({ type: 'page/report', report: analysis.report });
    });
  });

  void reanalyse().then(() => {
    if (analysis) void broadcastPageEvent({ type: 'page/report', report: analysis.report });
  });
}
