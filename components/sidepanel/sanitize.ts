// The page's own help is hostile markup (ARCHITECTURE: the page is hostile). It is shown only after
// DOMPurify, with a short allow-list: text formatting, lists and https links that open in a new tab.
// No images (tracking pixels, onerror), no forms, no styles, no ids or classes that could clash with ours.
import DOMPurify, { type Config } from 'dompurify';

const CONFIG: Config = {
  ALLOWED_TAGS: ['a', 'abbr', 'b', 'br', 'code', 'em', 'i', 'li', 'ol', 'p', 'small', 'span', 'strong', 'sub', 'sup', 'ul'],
  ALLOWED_ATTR: ['href', 'lang', 'dir'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Absolute https only; relative links are resolved against the page first (see below).
  ALLOWED_URI_REGEXP: /^https:\/\//i,
  KEEP_CONTENT: true,
};

let purifier: ReturnType<typeof DOMPurify> | null = null;
let pageUrl = '';

/** One DOMPurify instance of our own, so these hooks never apply to anyone else's sanitizing. */
function instance(win: Window): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(win as unknown as typeof globalThis);
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName !== 'href') return;
    try {
      // "/hilfe" on the page means the page's /hilfe, not a file of the extension.
      data.attrValue = new URL(data.attrValue, pageUrl).href;
    } catch {
      data.keepAttr = false;
    }
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    if (!node.hasAttribute('href')) return;
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
  return purifier;
}

/** Safe HTML for the page's help text; `url` is the page's address (to resolve its relative links). */
export function sanitizePageHelp(html: string, url: string, win: Window = window): string {
  const p = instance(win);
  pageUrl = url;
  return p.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}
