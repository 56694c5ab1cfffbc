// One pass over a document in DOM order (open shadow roots entered where their host stands,
// same-origin frames after the document), recording for every control what precedes it: the
// nearest text, the open sections (headings, legends, labelled groups) and whether it sits right
// next to the previous control with no text between (a cluster: a date in three selects).
import { NO_TEXT_TAGS, textOfIdRefs, visibleText } from './text';
import { readControlAttributes, type ControlAttributes } from './attributes';
import { countName, type NameCounts } from './selector';
import { cleanText } from './words';

export type Root = Document | ShadowRoot;

export interface Section {
  id: string;
  text: string;
  kind: 'heading' | 'legend';
  /** Heading level 1–6; 0 for legends and labelled groups (closed by their container only). */
  level: number;
  container: Element | null;
  /**
   * The group key of the first fillable control inside (see ControlVisit.groupKey), and whether
   * controls of another group follow it: filled as the walk goes. A section holding one group only
   * is that group's label.
   */
  firstMember?: string;
  moreMembers: boolean;
}

export interface ControlVisit {
  el: Element;
  /** INPUT, SELECT or TEXTAREA. */
  tag: string;
  /** The control's attributes, read once. */
  attrs: ControlAttributes;
  /** The innermost label around the control in its own root (what closest('label') finds), or null. */
  wrap: Element | null;
  /** The control's nearest three ancestors in its root, parent first, and their nodeNames (see meet). */
  up: Element[];
  upTags: string[];
  /** The nearest element with a lang attribute, the control included, in its own root (what closest('[lang]') finds), or null. */
  lang: Element | null;
  /** For a control in a shadow tree: what hosts[0].closest('[lang]') finds around the outermost host; else null. */
  outerLang: Element | null;
  root: Root;
  frame: number;
  /** Shadow hosts around the control, outermost first. */
  hosts: Element[];
  type: string;
  fillable: boolean;
  /** Radios and checkboxes: form + name; other controls: unique per control. */
  groupKey: string;
  preceding: string;
  /** The open sections, outermost first. Shared between visits and never changed (the walk replaces its list). */
  sections: readonly Section[];
  cluster: string;
}

/**
 * What selectors and labels need of a whole root (document or shadow root), gathered as the walk
 * meets each element instead of by queries over the root afterwards.
 */
export interface RootFacts {
  /** How many elements carry each id. Ids inside select elements are added by collect as it reads the options. */
  ids: Map<string, number>;
  /** Name counts of every input/select/textarea, hidden ones included (selector uniqueness counts them). */
  names: NameCounts;
  /** Labels by their for attribute, in document order. */
  byFor: Map<string, Element[]>;
}

export interface WalkResult {
  visits: ControlVisit[];
  /** Up to ~20,000 characters of the page's visible text, for guessing its language. */
  sample: string;
  roots: Map<Root, RootFacts>;
}

const NOT_FILLABLE = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'password']);
const INLINE_TAGS = new Set([
  'SPAN', 'B', 'STRONG', 'EM', 'I', 'U', 'SMALL', 'SUP', 'SUB', 'ABBR', 'ACRONYM', 'A', 'FONT', 'CODE',
  'MARK', 'Q', 'S', 'LABEL', 'BIG', 'TT', 'BDI', 'BDO', 'CITE', 'DFN', 'KBD', 'SAMP', 'VAR', 'TIME', 'DATA', 'INS', 'DEL',
]);
/** Containers that end the sections opened inside them (HTML sectioning content and ARIA landmarks). */
const SECTIONING_TAGS = new Set(['SECTION', 'ARTICLE', 'ASIDE', 'NAV', 'FIELDSET', 'FORM', 'DETAILS', 'DIALOG', 'MAIN']);
const SECTIONING_ROLES = new Set(['region', 'group', 'radiogroup', 'dialog', 'form', 'tabpanel']);
const HEADING = /^H([1-6])$/;
const LETTER = /\p{L}/u;
const MAX_PENDING = 40;

/** The control's type as its .type property gives it (the multiple attribute is what HTMLSelectElement.multiple reflects). */
export function controlType(tag: string, attrs: ControlAttributes): string {
  if (tag === 'SELECT') return attrs.multiple ? 'select-multiple' : 'select-one';
  if (tag === 'TEXTAREA') return 'textarea';
  return (attrs.type ?? 'text').trim().toLowerCase() || 'text';
}

export function isFillableType(type: string): boolean {
  return !NOT_FILLABLE.has(type);
}

interface Chunk {
  text: string;
  block: Element | null;
  lettered: boolean;
}

interface State {
  frame: number;
  visits: ControlVisit[];
  roots: Map<Root, RootFacts>;
  frames: Document[];
  pending: Chunk[];
  /** How many pending chunks hold a letter. */
  lettered: number;
  /** Replaced, never changed in place: visits keep a reference to the list open at them. */
  sections: readonly Section[];
  /**
   * The elements the walk is inside within the current root (document or shadow root), outermost
   * first, with their nodeNames and, apart, those with a lang attribute: what parentElement and
   * closest() would climb, known without asking the DOM. A shadow root starts lists of its own.
   */
  stack: Element[];
  tags: string[];
  langs: Element[];
  /** In a shadow tree: the lang holder around its outermost host (hosts[0].closest('[lang]')). */
  outerLang: Element | null;
  /** The labels the walk is inside, innermost last, with the root each belongs to. */
  labels: { el: Element; root: Root; sawControl: boolean }[];
  visitedIds: Set<string>;
  last: ControlVisit | null;
  clusters: number;
  sectionCount: number;
  owners: Map<object, number>;
  sample: string[];
  sampleLength: number;
}
const MAX_SAMPLE = 20_000;

/** The nearest ancestor of the current position that is not an inline element (a text node's block), from the walk's stack. */
function blockOf(s: State): Element | null {
  let i = s.tags.length - 1;
  while (i >= 0 && INLINE_TAGS.has(s.tags[i] as string)) i--;
  return i >= 0 ? (s.stack[i] as Element) : null;
}

/**
 * The wrapper that holds the previous control but not this one (the child of their lowest common
 * ancestor on the previous control's side): text inside it trails the previous control (its hint
 * or error message, "Invalid phone number format") and is not this control's label.
 */
function previousBranch(prev: Element | null, el: Element): Element | null {
  if (!prev) return null;
  let branch: Element = prev;
  for (let a = prev.parentElement; a; branch = a, a = a.parentElement) {
    if (a.contains(el)) return branch === prev ? null : branch;
  }
  return null;
}

/** Nearest preceding text: the last lettered chunk and the chunks of the same block around it. */
function precedingText(all: Chunk[], trailing: Element | null): string {
  let pending = all;
  if (trailing) {
    pending = [];
    for (const c of all) if (!c.block || !trailing.contains(c.block)) pending.push(c);
  }
  const at = (i: number): Chunk => pending[i] as Chunk;
  let end = pending.length - 1;
  while (end >= 0 && !at(end).lettered) end--;
  if (end < 0) return '';
  const block = at(end).block;
  let start = end;
  while (start > 0 && (at(start - 1).block === block || !at(start - 1).lettered)) start--;
  while (start < end && !at(start).lettered) start++;
  let joined = at(start).text;
  for (let i = start + 1; i <= end; i++) joined += ` ${at(i).text}`;
  const text = start === end ? joined : cleanText(joined);
  return text.length > 300 ? text.slice(-300) : text;
}

/** How the previous control and this one stand to each other in the tree (see meet). */
interface Meeting {
  /** near(): they share an ancestor within four levels each (self included), no table row between. */
  near: boolean;
  /** previousBranch(): the wrapper holding the previous control but not this one, or null. */
  branch: Element | null;
}

/**
 * near() and previousBranch() of the previous control `a` and the control `b` the walk is at, from
 * their ancestor lines (a's nearest three, kept from its visit, and the walk's stack): the lowest
 * common ancestor, when it lies within four levels of both (the usual case, neighbours in a row),
 * answers both; otherwise previousBranch climbs further with contains().
 * near: controls in two table rows are two records (child 1, child 2), never one split value (the
 * same as comparing their closest('tr') first).
 */
function meet(a: ControlVisit, b: Element, s: State): Meeting {
  const top = s.stack.length;
  let rowOnB = false;
  for (let i = 0; i < 4; i++) {
    const n = i === 0 ? b : s.stack[top - i];
    if (!n) break;
    // n's place in a's line: a itself 0, its parent 1, grandparent 2, great-grandparent 3.
    const j = n === a.el ? 0 : a.up.indexOf(n) + 1 || -1;
    if (j >= 0) {
      let rowOnA = false;
      for (let k = 1; k < j; k++) if (a.upTags[k - 1] === 'TR') rowOnA = true;
      return { near: !rowOnA && !rowOnB, branch: j <= 1 ? null : (a.up[j - 2] as Element) };
    }
    if (i > 0 && s.tags[top - i] === 'TR') rowOnB = true;
  }
  return { near: false, branch: previousBranch(a.el, b) };
}

/**
 * A cluster never crosses a section boundary: a fieldset, labelled group or heading opened or
 * closed between two controls (its legend adds no preceding text) starts another question, as the
 * "Bankverbindung" fieldset right after a "Krankenversichertennummer" row.
 */
function sameSections(a: readonly Section[], b: readonly Section[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sectionContainer(heading: Element): Element | null {
  for (let n = heading.parentElement; n; n = n.parentElement) {
    if (SECTIONING_TAGS.has(n.nodeName) || SECTIONING_ROLES.has(n.getAttribute('role') ?? '')) return n;
  }
  return null;
}

/** The name of a labelled group: a fieldset's legend, aria-labelledby / aria-label, a details summary, a table's caption. */
function groupName(el: Element, tag: string, root: Root, role: string): string {
  const labelled = tag === 'FIELDSET' || tag === 'DETAILS' || tag === 'SECTION' || tag === 'TABLE' || SECTIONING_ROLES.has(role);
  if (!labelled) return '';
  const byRef = textOfIdRefs(root, el.getAttribute('aria-labelledby'));
  if (byRef) return byRef;
  const aria = cleanText(el.getAttribute('aria-label'));
  if (aria) return aria;
  if (tag === 'FIELDSET') {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.nodeName === 'LEGEND') return visibleText(c);
  }
  if (tag === 'DETAILS') {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.nodeName === 'SUMMARY') return visibleText(c);
  }
  // A caption is the table's first child (HTML §4.9.2): "Personnes à charge" over the rows of children.
  if (tag === 'TABLE') {
    const first = el.firstElementChild;
    if (first?.nodeName === 'CAPTION') return visibleText(first);
  }
  return '';
}

/** Radios group by form owner and name (HTML §4.10.5.1.16); controls without a form group per root. */
function formKey(el: Element, s: State): string {
  const owner: object = (el as HTMLInputElement).form ?? el.getRootNode();
  let n = s.owners.get(owner);
  if (n === undefined) s.owners.set(owner, (n = s.owners.size + 1));
  return `${s.frame}:${n}`;
}

/** The last three entries of a stack, the last first. */
function nearest<T>(stack: T[]): T[] {
  const n = stack.length;
  return n >= 3 ? [stack[n - 1] as T, stack[n - 2] as T, stack[n - 3] as T] : stack.slice().reverse();
}

function visitControl(el: Element, tag: string, root: Root, hosts: Element[], s: State): void {
  const attrs = readControlAttributes(el);
  const name = attrs.name ?? '';
  const facts = factsOf(root, s);
  if (name) countName(facts.names, tag, name);
  if (attrs.id) countId(facts, attrs.id);
  const type = controlType(tag, attrs);
  if (type === 'hidden') return; // invisible by definition: transparent for text and clusters
  const fillable = isFillableType(type);
  const grouped = (type === 'radio' || type === 'checkbox') && name !== '';
  const groupKey = grouped ? `${formKey(el, s)}|${name}` : `#${s.visits.length}`;
  const meeting = s.last && s.last.root === root ? meet(s.last, el, s) : null;
  const cluster =
    s.lettered === 0 && s.last && s.last.fillable && fillable && meeting?.near && sameSections(s.last.sections, s.sections)
      ? s.last.cluster
      : `c${s.clusters++}`;
  const visit: ControlVisit = {
    el, tag, attrs, wrap: innermostLabel(s.labels, root),
    up: nearest(s.stack), upTags: nearest(s.tags),
    lang: attrs.lang ? el : (s.langs[s.langs.length - 1] ?? null), outerLang: hosts.length ? s.outerLang : null,
    root, frame: s.frame, hosts, type, fillable, groupKey,
    preceding: precedingText(s.pending, meeting ? meeting.branch : null),
    sections: s.sections,
    cluster,
  };
  s.visits.push(visit);
  if (fillable) {
    for (const section of s.sections) {
      if (section.firstMember === undefined) section.firstMember = groupKey;
      else if (section.firstMember !== groupKey) section.moreMembers = true;
    }
  }
  if (attrs.id) s.visitedIds.add(attrs.id);
  for (const label of s.labels) label.sawControl = true;
  if (s.pending.length) s.pending = [];
  s.lettered = 0;
  s.last = visit;
}

const NON_SPACE = /\S/;

/**
 * NON_SPACE.test(text), answered by the character codes for the usual text: the indentation between
 * elements (spaces and line breaks) and text that starts with a visible character. Only text that
 * reaches a character from U+1680 up, where \s has more spaces, is left to the expression.
 */
function hasNonSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 160) continue;
    return c < 0x1680 || NON_SPACE.test(text.slice(i));
  }
  return false;
}

/** LETTER.test(text), with ASCII letters at the start answered without the expression. */
function hasLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  return (c >= 97 && c <= 122) || LETTER.test(text);
}

/** Text after a control inside its label ("Ich stimme zu … [x] (Pflichtfeld)") is that label's, not the next control's. */
function afterControlInLabel(s: State): boolean {
  for (const l of s.labels) if (l.sawControl) return true;
  return false;
}

function walkChildren(parent: Node, root: Root, hosts: Element[], s: State, noText: boolean): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    const nodeType = child.nodeType;
    if (nodeType === 1) walkElement(child as Element, root, hosts, s, noText);
    else if (nodeType === 3 && !noText) {
      const value = child.nodeValue;
      if (!value || !hasNonSpace(value) || afterControlInLabel(s)) continue;
      const text = cleanText(value);
      const lettered = hasLetter(text);
      s.pending.push({ text, block: blockOf(s), lettered });
      if (lettered) s.lettered++;
      if (s.pending.length > MAX_PENDING && (s.pending.shift() as Chunk).lettered) s.lettered--;
      if (s.sampleLength < MAX_SAMPLE) {
        s.sample.push(text);
        s.sampleLength += text.length + 1;
      }
    }
  }
}

export function factsOf(root: Root, s: { roots: Map<Root, RootFacts> }): RootFacts {
  let facts = s.roots.get(root);
  if (!facts) s.roots.set(root, (facts = { ids: new Map(), names: new Map(), byFor: new Map() }));
  return facts;
}

export function countId(facts: RootFacts, id: string): void {
  facts.ids.set(id, (facts.ids.get(id) ?? 0) + 1);
}

function addLabel(facts: RootFacts, label: Element, target: string): void {
  const list = facts.byFor.get(target);
  if (list) list.push(label);
  else facts.byFor.set(target, [label]);
}

/** The id of an element; a form's id property may be one of its controls (named "id"), so then the attribute. */
function idOf(el: Element): string {
  const id = el.id;
  return typeof id === 'string' ? id : (el.getAttribute('id') ?? '');
}

/** Ids and labels inside a subtree the walk does not enter (head, svg, noscript, object, markup inside an option…). */
export function countSubtree(el: Element, facts: RootFacts): void {
  if (!el.firstElementChild) return;
  for (const inner of el.querySelectorAll('[id], label[for]')) {
    const id = idOf(inner);
    if (id) countId(facts, id);
    if (inner.nodeName === 'LABEL') {
      const target = inner.getAttribute('for');
      if (target) addLabel(facts, inner, target);
    }
  }
}

/**
 * Elements that may hold an open shadow root (DOM §4.2.14, attachShadow: custom elements and these
 * HTML elements; declarative shadow roots follow the same rule). Other elements are not asked for
 * one. Names in lower case (XHTML, other namespaces) are asked, as are names with a hyphen.
 */
const SHADOW_HOSTS = new Set(['ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN']);

function mayHostShadow(tag: string): boolean {
  const first = tag.charCodeAt(0);
  return SHADOW_HOSTS.has(tag) || first < 65 || first > 90 || tag.includes('-');
}

/**
 * Custom elements that title a block of a component library: Angular Material's <mat-card-title>,
 * Ionic's <ion-card-title>, and the like ("Angaben zur Pflegeperson" over the caregiver's fields).
 * Read as a heading of level 3: the next one replaces it.
 */
function isTitleElement(tag: string): boolean {
  return tag.length > 7 && tag.charCodeAt(tag.length - 1) === 69 /* E */ && tag.endsWith('-TITLE');
}

/** Enters an element's content: its place on the walk's stack (see State.stack). */
function enter(s: State, el: Element, tag: string, lang: boolean): void {
  s.stack.push(el);
  s.tags.push(tag);
  if (lang) s.langs.push(el);
}

function leave(s: State, lang: boolean): void {
  s.stack.pop();
  s.tags.pop();
  if (lang) s.langs.pop();
}

/** Walks a shadow root with stacks of its own (parentElement and closest() stop at its boundary). */
function walkShadow(shadow: ShadowRoot, host: Element, hosts: Element[], s: State, noText: boolean): void {
  const { stack, tags, langs, outerLang } = s;
  if (!hosts.length) s.outerLang = langs[langs.length - 1] ?? null; // host.closest('[lang]'): the host is on the stack
  s.stack = [];
  s.tags = [];
  s.langs = [];
  walkChildren(shadow, shadow, [...hosts, host], s, noText);
  Object.assign(s, { stack, tags, langs, outerLang });
}

function walkElement(el: Element, root: Root, hosts: Element[], s: State, noText: boolean): void {
  const tag = el.nodeName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
    visitControl(el, tag, root, hosts, s);
    return;
  }
  const facts = factsOf(root, s);
  // The attributes the walk reads, found by one look at the element's attribute names: most
  // elements carry none of them, and a DOM call per attribute per element adds up on big pages.
  // hidden: the attribute, whatever its value ("until-found" too), or aria-hidden="true": the rule
  // of isTextHidden (text.ts), read here from the names in hand rather than by further DOM calls.
  let id = '';
  let forId: string | null = null;
  let role: string | null = null;
  let hidden = false;
  let lang = false;
  if (el.hasAttributes()) for (const n of el.getAttributeNames()) {
    switch (n) {
      case 'id': id = el.getAttribute(n) ?? ''; break;
      case 'for': if (tag === 'LABEL') forId = el.getAttribute(n); break;
      case 'role': role = el.getAttribute(n); break;
      case 'hidden': hidden = true; break;
      case 'aria-hidden': if (el.getAttribute(n) === 'true') hidden = true; break;
      case 'lang': lang = true; break;
    }
  }
  if (id) countId(facts, id);
  const isLabel = tag === 'LABEL';
  if (forId) addLabel(facts, el, forId);
  if (tag === 'IFRAME' || tag === 'FRAME') {
    countSubtree(el, facts);
    try {
      const inner = (el as HTMLIFrameElement).contentDocument;
      if (inner?.documentElement) s.frames.push(inner);
    } catch {
      // Cross-origin frame: not ours to read (ARCHITECTURE: never across origins into frames).
    }
    return;
  }
  if (NO_TEXT_TAGS.has(tag) && tag !== 'BUTTON') {
    countSubtree(el, facts);
    return;
  }
  const headingLevel =
    tag.length === 2 && tag.charCodeAt(0) === 72 && HEADING.test(tag) ? tag.charAt(1)
    : role === 'heading' ? el.getAttribute('aria-level') || '2'
    : isTitleElement(tag) ? '3'
    : null;
  if (headingLevel !== null) {
    const text = visibleText(el);
    if (text) {
      const level = Number(headingLevel) || 2;
      const open = s.sections.filter((x) => x.kind !== 'heading' || x.level < level);
      open.push({ id: `s${s.sectionCount++}`, text, kind: 'heading', level, container: sectionContainer(el), moreMembers: false });
      s.sections = open;
    }
    enter(s, el, tag, lang);
    walkChildren(el, root, hosts, s, true);
    leave(s, lang);
    return;
  }
  const group = groupName(el, tag, root, role ?? '');
  if (group) s.sections = [...s.sections, { id: `s${s.sectionCount++}`, text: group, kind: 'legend', level: 0, container: el, moreMembers: false }];
  const childNoText = noText || tag === 'BUTTON' || tag === 'LEGEND' || tag === 'SUMMARY' || tag === 'CAPTION' || (forId !== null && s.visitedIds.has(forId)) || hidden;
  if (isLabel) s.labels.push({ el, root, sawControl: false });
  enter(s, el, tag, lang);
  const shadow = mayHostShadow(tag) ? el.shadowRoot : null;
  if (shadow) walkShadow(shadow, el, hosts, s, childNoText);
  walkChildren(el, root, hosts, s, childNoText);
  leave(s, lang);
  if (isLabel) s.labels.pop();
  if (opens(s.sections, el)) s.sections = s.sections.filter((x) => x.container !== el);
}

function innermostLabel(labels: State['labels'], root: Root): Element | null {
  const last = labels[labels.length - 1];
  return last && last.root === root ? last.el : null;
}

function opens(sections: readonly Section[], el: Element): boolean {
  for (const x of sections) if (x.container === el) return true;
  return false;
}

/** Walks a document, its open shadow roots and its same-origin frames, in DOM order. */
export function walkDocument(doc: Document): WalkResult {
  const s: State = {
    frame: 0, visits: [], roots: new Map(), frames: [], pending: [], lettered: 0, sections: [], stack: [], tags: [], langs: [], outerLang: null, labels: [],
    visitedIds: new Set(), last: null, clusters: 0, sectionCount: 0, owners: new Map(), sample: [], sampleLength: 0,
  };
  const docs: Document[] = [doc];
  for (let i = 0; i < docs.length; i++) {
    const current = docs[i] as Document;
    Object.assign(s, { frame: i, pending: [], lettered: 0, sections: [], stack: [], tags: [], langs: [], outerLang: null, labels: [], visitedIds: new Set(), last: null, frames: [] });
    if (current.documentElement) walkElement(current.documentElement, current, [], s, false);
    docs.push(...s.frames);
  }
  return { visits: s.visits, roots: s.roots, sample: s.sample.join(' ') };
}
