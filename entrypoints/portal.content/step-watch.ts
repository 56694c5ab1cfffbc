// Multi-step forms and single-page apps change without a navigation: a wizard shows its next step
// (display/hidden/class toggled), a React app swaps its controls. Watches for exactly those changes
// and calls back once the page settled; anything else (text, animations, our own marks) is ignored.
// The observer and the timer are tied to the content script's context (STYLE: principle 10).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Re-detect this long after the last relevant change (one step change is many mutations). */
export const SETTLE_MS = 250;

const CONTROLS = 'input, select, textarea';
/** Attributes that change whether a control exists for the citizen: shown, enabled, what it is. */
const WATCHED_ATTRIBUTES = ['hidden', 'disabled', 'type', 'name', 'style', 'class', 'aria-hidden', 'inert', 'open'];
/** Our own marks on the page: the field ring's host and the filled controls' outline. */
const OUR_HOST = 'FORMLOTSE-HIGHLIGHT';
const FILLED_MARK = 'data-formlotse-filled';

function holdsControls(node: Node): boolean {
  if (!(node instanceof Element)) return false;
  if (node.nodeName === OUR_HOST) return false;
  return node.matches(CONTROLS) || node.querySelector(CONTROLS) !== null || node.shadowRoot !== null;
}

/** True when a mutation can change which controls the citizen sees (STYLE: cheap filter before any work). */
export function concernsControls(record: MutationRecord): boolean {
  if (record.type === 'childList') return [...record.addedNodes, ...record.removedNodes].some(holdsControls);
  if (record.type !== 'attributes') return false;
  const target = record.target as Element;
  // The outline we put on a filled control is no change of the form.
  if (record.attributeName === 'style' && target.hasAttribute(FILLED_MARK)) return false;
  return holdsControls(target);
}

export function watchSteps(doc: Document, ctx: Pick<ContentScriptContext, 'signal' | 'setTimeout'>, onSettled: () => void, settleMs = SETTLE_MS): void {
  let timer: number | undefined;
  const observer = new MutationObserver((records) => {
    if (!records.some(concernsControls)) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      onSettled();
    }, settleMs);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  ctx.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
    { once: true },
  );
}
