// The page's own help next to a field: aria-describedby text, hints beside the control, info
// buttons and the text they reveal, title tooltips. Runs in the content script (any DOM, no layout).
// The markup is the page's and so hostile (ARCHITECTURE: trust boundaries): it travels as data and
// the side panel shows it only through DOMPurify (components/sidepanel/sanitize.ts) or as text.

export type PageHelpRoute = 'described-by' | 'hint' | 'info-button' | 'title';

export interface PageHelp {
  route: PageHelpRoute;
  /** Plain text, whitespace collapsed: for search, dedupe and as the fallback display. */
  text: string;
  /** The page's markup, unsanitized, when the help is rich (links, lists); absent for attribute text. */
  html?: string;
}

/** Help larger than this is shown as text only (never cut markup in half); text is cut here. */
const MAX_CHARS = 4000;
/** At most this many help items per field: a page cannot flood the panel. */
const MAX_ITEMS = 6;
/** How far up from the control the "row" around it may reach. */
const MAX_CONTAINER_DEPTH = 4;

/**
 * Hint elements beside a control, by the design systems and portals they come from.
 * Each selector is looked for inside the smallest container that holds only this field.
 */
const HINT_SELECTORS: readonly string[] = [
  '.form-text', // Bootstrap 5 help text (getbootstrap.com/docs/5.3/forms/form-control/#form-text)
  '.help-block', // Bootstrap 3, still on many Länder portals
  '.govuk-hint', // GOV.UK Design System hint, a model for several German portals
  '.fr-hint-text', // DSFR, the French state design system (systeme-de-design.gouv.fr), inside the label
  '.fr-message--info', // DSFR info message under a field
  '.description', // Drupal form item description (many municipal sites)
  '.helptext', // Django forms help_text
  '.hint, .help, .help-text, .form-hint', // common generic names
  '.hinweis, .hilfe, .hilfetext, .erlaeuterung', // German class names seen on Länder and municipal forms
  '[role="note"]', // WAI-ARIA note
  'small', // a short hint under the label, the oldest pattern
];

/** Names of info buttons ("?", "i", "Hilfe", "Info", "Aide"), in de, en and fr. */
const INFO_BUTTON_NAME = /^(\?|i|ⓘ|info(s|rmation(en|s)?)?|hilfe|help|aide|erläuterung|erklärung|mehr (infos?|informationen)|plus d['’]informations?)\b/i;
const INFO_BUTTON_SELECTOR = 'button, [role="button"], a[href^="#"], [data-bs-toggle], [data-toggle]';
/** Where tooltip and popover libraries keep their text (Bootstrap 3–5, Tippy, plain data-tooltip). */
const TOOLTIP_ATTRIBUTES = ['data-bs-content', 'data-content', 'data-tippy-content', 'data-tooltip', 'data-bs-original-title', 'data-original-title', 'title'];
const CONTROLS = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]), select, textarea';

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function rootOf(el: Element): Document | ShadowRoot {
  const root = el.getRootNode();
  // A document fragment with a host is a shadow root; anything else (detached nodes) uses the document.
  return root.nodeType === 11 && 'host' in root ? (root as ShadowRoot) : el.ownerDocument;
}

/** The radio group a control belongs to (same name in the same form), or just itself. */
export function radioGroupOf(el: Element): Element[] {
  const name = el.getAttribute('name');
  if (el.tagName !== 'INPUT' || (el as HTMLInputElement).type !== 'radio' || !name) return [el];
  const form = (el as HTMLInputElement).form;
  const scope = form ?? rootOf(el);
  return [...scope.querySelectorAll('input[type="radio"]')].filter((r) => r.getAttribute('name') === name && (r as HTMLInputElement).form === form);
}

/** The largest ancestor (a few levels up) that holds no control other than this field's group. */
function containerOf(group: readonly Element[]): Element | null {
  let best: Element | null = null;
  let node = group[0]?.parentElement ?? null;
  for (let depth = 0; node && depth < MAX_CONTAINER_DEPTH; node = node.parentElement, depth++) {
    if (node.tagName === 'FORM' || node.tagName === 'BODY' || node.tagName === 'HTML') break;
    if (!group.every((g) => node!.contains(g))) continue;
    if ([...node.querySelectorAll(CONTROLS)].some((c) => !group.includes(c))) break;
    best = node;
  }
  return best;
}

function fromElement(route: PageHelpRoute, el: Element): PageHelp | null {
  const text = clean(el.textContent);
  if (!text) return null;
  const html = el.innerHTML.trim();
  return html.length <= MAX_CHARS && html !== text ? { route, text, html } : { route, text: text.slice(0, MAX_CHARS) };
}

function fromText(route: PageHelpRoute, value: string | null): PageHelp | null {
  const text = clean(value).slice(0, MAX_CHARS);
  return text ? { route, text } : null;
}

function byIdRefs(root: Document | ShadowRoot, refs: string | null): Element[] {
  return (refs ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id))
    .filter((e): e is HTMLElement => e !== null);
}

/** What an info button reveals: the element it controls or describes it, else its tooltip text. */
function infoButtonHelp(button: Element): PageHelp | null {
  const root = rootOf(button);
  for (const target of byIdRefs(root, button.getAttribute('aria-controls') ?? button.getAttribute('aria-describedby'))) {
    const help = fromElement('info-button', target);
    if (help) return help;
  }
  for (const attr of TOOLTIP_ATTRIBUTES) {
    const help = fromText('info-button', button.getAttribute(attr));
    if (help && !INFO_BUTTON_NAME.test(help.text)) return help;
  }
  return null;
}

function isInfoButton(el: Element): boolean {
  const name = clean(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent);
  return INFO_BUTTON_NAME.test(name) || el.classList.contains('info') || el.hasAttribute('data-bs-toggle') || el.hasAttribute('data-toggle');
}

/** Every piece of the page's own help for the field whose control is `el`, deduplicated, in page order. */
export function collectPageHelp(el: Element): PageHelp[] {
  const group = radioGroupOf(el);
  const container = containerOf(group);
  const found: (PageHelp | null)[] = [];
  const described = new Set<Element>();
  for (const member of [...group, ...(container ? [container] : [])]) {
    for (const target of byIdRefs(rootOf(member), member.getAttribute('aria-describedby'))) {
      described.add(target);
      found.push(fromElement('described-by', target));
    }
    found.push(fromText('described-by', member.getAttribute('aria-description')));
  }
  if (container) {
    const hints: Element[] = [];
    for (const hint of container.querySelectorAll(HINT_SELECTORS.join(', '))) {
      // Skip hints already read through aria-describedby, hints inside a hint, and wrappers of controls.
      if (described.has(hint) || hints.some((h) => h.contains(hint)) || hint.querySelector(CONTROLS)) continue;
      hints.push(hint);
      found.push(fromElement('hint', hint));
    }
    for (const button of container.querySelectorAll(INFO_BUTTON_SELECTOR)) {
      if (!group.includes(button) && isInfoButton(button)) found.push(infoButtonHelp(button));
    }
  }
  for (const member of group) found.push(fromText('title', member.getAttribute('title')));

  const seen = new Set<string>();
  const out: PageHelp[] = [];
  for (const help of found) {
    if (!help || seen.has(help.text)) continue;
    seen.add(help.text);
    out.push(help);
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}
