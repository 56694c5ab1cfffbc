// The content script's side of the protocol: analyse the page, answer the panel, follow focus,
// highlight the field the panel chose. Every listener, observer and timer is tied to the content
// script context (its AbortSignal and timers), so nothing is left behind on invalidation (STYLE: 10).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analysePage, type PageAnalysis } from '@/lib/detect/analyse';
import { collectPageHelp, type PageHelp } from '@/lib/detect/help';
import { broadcastPageEvent, handleRequests, type ContentRequests, type PageContext } from '@/lib/messaging';
import { portalById } from '@/lib/portals/registry';
import { createHighlight } from './highlight';

/** Re-analyse this long after the page's controls stopped changing (steps of a single-page form). */
const SETTLE_MS = 400;

function signature(analysis: PageAnalysis): string {
  return analysis.report.fields.map((f) => `${f.id}=${f.selector}`).join('|');
}

/** A radio's whole group (same name, same form), so the highlight rings all its choices. */
function groupOf(el: Element): Element[] {
  const input = el as HTMLInputElement;
  if (el.tagName !== 'INPUT' || input.type !== 'radio' || !input.name) return [el];
  const scope = input.form ?? el.ownerDocument;
  return [...scope.querySelectorAll('input[type="radio"]')].filter((r) => (r as HTMLInputElement).name === input.name && (r as HTMLInputElement).form === input.form);
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
  let analysis: PageAnalysis = analysePage(document, location.href);
  let idByElement = new Map<Element, string>();
  const reindex = () => (idByElement = new Map([...analysis.elements].map(([id, el]) => [el, id])));
  reindex();
  const highlight = createHighlight(document, ctx.signal);

  const reanalyse = (): boolean => {
    const before = signature(analysis);
    analysis = analysePage(document, location.href);
    reindex();
    return signature(analysis) !== before;
  };

  handleRequests<ContentRequests>(
    {
      'page/get-report': () => {
        reanalyse();
        return analysis.report;
      },
      'page/get-context': () => pageContext(analysis),
      'page/show-field': ({ fieldId }) => {
        const el = analysis.elements.get(fieldId) as HTMLElement | undefined;
        if (!el || !el.isConnected) return { shown: false };
        const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        el.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
        el.focus({ preventScroll: true });
        highlight.show(groupOf(el));
        return { shown: true };
      },
      'page/clear-highlight': () => ({ cleared: highlight.clear() }),
    },
    ctx.signal,
  );

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

  // Single-page forms swap steps without a navigation: re-analyse when the controls change.
  let timer: number | undefined;
  const ours = (node: Node) => node.nodeName === 'FORMLOTSE-HIGHLIGHT';
  const observer = new MutationObserver((records) => {
    // Our own highlight coming and going is no change of the form.
    if (records.every((r) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(ours))) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      if (reanalyse()) void broadcastPageEvent({ type: 'page/report', report: analysis.report });
    }, SETTLE_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'disabled', 'type', 'name'] });
  ctx.signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  void broadcastPageEvent({ type: 'page/report', report: analysis.report });
}
