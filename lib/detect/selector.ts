// Selectors that find exactly one control again, in the control's own document (or shadow root).
// They are read by other DOM implementations too (the scorer parses with jsdom), so they use only
// plain CSS: #id for simple unique ids, [id="…"] / [name="…"] with quoted strings otherwise, and a
// child path of :nth-of-type steps anchored at a unique id or the root element as the last resort.

const SIMPLE_IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** The characters cssString escapes: most names have none and need no replace. */
const NEEDS_ESCAPE = /["\\\n\r\f]/;

/** A CSS string literal: backslash, quote and line breaks escaped (CSS Syntax §4.3.5 reads them back). */
export function cssString(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return `"${value}"`;
  return `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ').replace(/\r/g, '\\d ').replace(/\f/g, '\\c ')}"`;
}

function idSelector(id: string, tag: string): string {
  return SIMPLE_IDENT.test(id) ? `#${id}` : `${tag.toLowerCase()}[id=${cssString(id)}]`;
}

/** How many controls of each tag (INPUT, SELECT, TEXTAREA) carry each name attribute in one root. */
export type NameCounts = Map<string, Map<string, number>>;

/** Counts of ids and of (tag, name) pairs in one root, so uniqueness costs a map look-up, not a query. */
export interface SelectorIndex {
  ids: Map<string, number>;
  names: NameCounts;
  /** Index among same-tag siblings (1 for the first), filled per element as selectors ask for it (see typeIndexOf). */
  typeIndex: Map<Element, number>;
}

/** Adds one control's name to the counts (the walk does this as it meets each control). */
export function countName(names: NameCounts, tag: string, name: string): void {
  const byTag = names.get(tag);
  if (byTag) byTag.set(name, (byTag.get(name) ?? 0) + 1);
  else names.set(tag, new Map([[name, 1]]));
}

/** The element's place among its siblings of the same tag (1 for the first): :nth-of-type. */
function typeIndexOf(el: Element, tag: string, index: SelectorIndex): number {
  let known = index.typeIndex.get(el);
  if (known === undefined) {
    // Counted backwards from the element, up to the nearest same-tag sibling already counted, and
    // remembered: only the ancestors of controls without a unique id or name are ever asked, in
    // document order, so 200 fieldsets of one form cost one step each, not one per fieldset before.
    known = 1;
    for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib.nodeName !== tag) continue;
      const before = index.typeIndex.get(sib);
      if (before !== undefined) {
        known += before;
        break;
      }
      known++;
    }
    index.typeIndex.set(el, known);
  }
  return known;
}

/** What uniqueSelector reads of the element itself, when the caller has it already (collect's walk does). */
export interface OwnAttributes {
  tag: string;
  id: string | null;
  name: string | null;
}

/** A selector unique in the element's root: unique id, unique name, or an anchored :nth-of-type path. */
export function uniqueSelector(el: Element, index: SelectorIndex, own: OwnAttributes = { tag: el.nodeName, id: el.id, name: el.getAttribute('name') }): string {
  const { id, name } = own;
  if (id && index.ids.get(id) === 1) return idSelector(id, own.tag);
  if (name && index.names.get(own.tag)?.get(name) === 1) return `${own.tag.toLowerCase()}[name=${cssString(name)}]`;
  const parts: string[] = [];
  let node: Element | null = el;
  while (node) {
    const upper = node === el ? own.tag : node.nodeName;
    const nodeTag = upper.toLowerCase();
    if (node !== el) {
      const nodeId = node.id;
      if (nodeId && index.ids.get(nodeId) === 1) {
        parts.unshift(idSelector(nodeId, upper));
        break;
      }
    }
    if (!node.parentElement) {
      // The root element of the document (html), or a top-level element of a shadow root.
      parts.unshift(nodeTag === 'html' ? 'html' : `${nodeTag}:nth-of-type(${typeIndexOf(node, upper, index)})`);
      break;
    }
    parts.unshift(nodeTag === 'body' || nodeTag === 'head' ? nodeTag : `${nodeTag}:nth-of-type(${typeIndexOf(node, upper, index)})`);
    node = node.parentElement;
  }
  return parts.join(' > ');
}
