// Reading the text a person sees in a part of the page, without layout: script, style, form
// controls' own contents (option lists, textarea values), buttons and aria-hidden parts are skipped.
import { cleanText } from './words';

/** Elements whose text is never label text. */
export const NO_TEXT_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'OPTGROUP', 'DATALIST', 'TEXTAREA',
  'BUTTON', 'IFRAME', 'FRAME', 'OBJECT', 'SVG', 'svg', 'HEAD', 'TITLE', 'CANVAS', 'VIDEO', 'AUDIO',
]);

/**
 * The hidden attribute, or aria-hidden="true". Read through the reflecting properties where the DOM
 * has them (HTMLElement.hidden, ARIA reflection's ariaHidden): a property read costs a fraction of
 * getAttribute(name) in Chromium, which converts its name argument on every call. Content scripts
 * see the native properties, never a page's overrides (isolated worlds, Xray vision). Where a
 * property is missing or is something else (SVG elements, jsdom, a form whose control is named
 * "hidden" shadows it), the attribute is read.
 */
export function isTextHidden(el: Element): boolean {
  const hidden = (el as { hidden?: unknown }).hidden;
  if (typeof hidden === 'boolean' ? hidden : hidden === 'until-found' || el.hasAttribute('hidden')) return true;
  const aria = (el as { ariaHidden?: unknown }).ariaHidden;
  return (typeof aria === 'string' || aria === null ? aria : el.getAttribute('aria-hidden')) === 'true';
}

/** The visible text of an element (layout-free approximation), whitespace collapsed. */
export function visibleText(el: Element | null | undefined): string {
  if (!el) return '';
  if (NO_TEXT_TAGS.has(el.nodeName) || isTextHidden(el)) return '';
  let out = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1) out += ` ${visibleText(child as Element)} `;
  }
  return cleanText(out);
}

/** Text of the elements an IDREF list points at (aria-labelledby, aria-describedby), in order. */
export function textOfIdRefs(root: Document | ShadowRoot, refs: string | null): string {
  if (!refs) return '';
  const parts: string[] = [];
  for (const id of refs.split(/\s+/)) {
    if (!id) continue;
    const target = root.getElementById(id);
    // aria-labelledby may point at hidden elements on purpose (accname 1.2 §4.3.2 step 2B): use textContent.
    if (target) parts.push(visibleText(target) || cleanText(target.textContent));
  }
  return cleanText(parts.join(' '));
}
