// The content script's side of the protocol: analyse the page, answer the panel, report focus.
// Every listener is tied to the content script context's AbortSignal (STYLE: principle 10).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analysePage, type PageAnalysis } from '@/lib/detect/analyse';
import { broadcastPageEvent, handleRequests, type ContentRequests } from '@/lib/messaging';

export function startPageSession(ctx: ContentScriptContext): void {
  let analysis: PageAnalysis = analysePage(document, location.href);
  const idOf = (el: EventTarget | null) => {
    for (const [id, node] of analysis.elements) if (node === el) return id;
    return null;
  };

  handleRequests<ContentRequests>(
    {
      'page/get-report': () => {
        analysis = analysePage(document, location.href);
        return analysis.report;
      },
      'page/show-field': ({ fieldId }) => {
        const el = analysis.elements.get(fieldId) as HTMLElement | undefined;
        if (!el || !el.isConnected) return { shown: false };
        el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
        el.focus({ preventScroll: true });
        return { shown: true };
      },
    },
    ctx.signal,
  );

  document.addEventListener(
    'focusin',
    (event) => {
      const fieldId = idOf(event.target);
      if (fieldId) void broadcastPageEvent({ type: 'page/field-focused', fieldId });
    },
    { signal: ctx.signal },
  );

  void broadcastPageEvent({ type: 'page/report', report: analysis.report });
}
