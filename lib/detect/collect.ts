// collect: every fillable control of a document as a serializable FieldSnapshot
// (ARCHITECTURE: the flow). Runs on any DOM implementation (browser, jsdom, happy-dom): no layout.
// Open shadow roots and same-origin frames are included; see walk.ts for the pass over the page.
import type { FieldOption, FieldSnapshot, LabelText } from '../fields/snapshot';
import { columnHeader, gridCache } from './grid';
import { guessLanguage } from './language';
import { choiceText, ownLabels } from './labels';
import { OptionReader } from './options';
import { uniqueSelector, type SelectorIndex } from './selector';
import { textOfIdRefs } from './text';
import { factsOf, walkDocument, type ControlVisit, type Root, type RootFacts, type Section } from './walk';
import { cleanText, identifierWords } from './words';

export interface CollectedField {
  snapshot: FieldSnapshot;
  element: Element;
}

const OWN_ROUTES = new Set<LabelText['source']>(['label-for', 'label-wrap', 'aria-labelledby', 'aria-label']);

/**
 * What the snapshots of the controls under one list of open sections share, worked out once per
 * list (the walk shares one list between all the controls under the same sections): the sections'
 * texts and ids, and the innermost legend and heading as label texts. The snapshots share these
 * arrays and objects too; nothing changes them afterwards.
 */
interface SectionFacts {
  texts: string[];
  ids: string[];
  legend: LabelText | undefined;
  heading: LabelText | undefined;
}

/** What every member's snapshot of a radio or checkbox group shares: its choices and its label. */
interface GroupFacts {
  options: FieldOption[];
  label: LabelText | undefined;
}

interface RootIndex {
  facts: RootFacts;
  selectors: SelectorIndex;
}


function primaryLanguage(holder: Element | null | undefined): string {
  return (holder?.getAttribute('lang') ?? '').split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/**
 * The language the nearest lang attribute declares (inside a shadow root, else around its
 * outermost host), else the one guessed from the page's text. The walk found the holders.
 */
function languageOf(visit: ControlVisit, guessed: () => string, langs: Map<Element, string>): string {
  const declared = holderLanguage(visit.lang ?? visit.outerLang, langs);
  return declared || holderLanguage(visit.outerLang, langs) || guessed();
}

/** primaryLanguage, read once per holder and analysis. */
function holderLanguage(holder: Element | null | undefined, langs: Map<Element, string>): string {
  if (!holder) return '';
  let lang = langs.get(holder);
  if (lang === undefined) langs.set(holder, (lang = primaryLanguage(holder)));
  return lang;
}

/** The innermost (last) section that passes the test, without copying the list. */
function innermost(sections: readonly Section[], test: (s: Section) => boolean): Section | undefined {
  for (let i = sections.length - 1; i >= 0; i--) {
    const s = sections[i] as Section;
    if (test(s)) return s;
  }
  return undefined;
}

const TAGS: Record<string, FieldSnapshot['tag']> = { INPUT: 'input', SELECT: 'select', TEXTAREA: 'textarea' };

/** The text of the first label by a control's own route (for, wrapping, aria), if any. */
function firstOwn(labels: readonly LabelText[]): string | undefined {
  for (const l of labels) if (OWN_ROUTES.has(l.source)) return l.text;
  return undefined;
}

function positiveInt(value: string | null): number | undefined {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : undefined;
}


/**
 * A collection in steps: `walk` is one pass over the DOM; `snapshot(i)` builds the i-th field's snapshot.
 * The content script can yield between batches of snapshot() calls; the result is the same as collectFields.
 */
export class FieldCollector {
  readonly visits: ControlVisit[];
  private readonly roots = new Map<Root, RootIndex>();
  private readonly facts: Map<Root, RootFacts>;
  private readonly groups = new Map<string, ControlVisit[]>();
  private readonly clusterLabel = new Map<string, string>();
  private readonly groupFacts = new Map<string, GroupFacts>();
  private readonly labelCache = new Map<Element, LabelText[]>();
  private readonly grid = gridCache();
  private readonly sectionFacts = new Map<readonly Section[], SectionFacts>();
  /** The primary language each lang holder declares, read once per analysis. */
  private readonly langs = new Map<Element, string>();
  private readonly options = new OptionReader();
  private count = 0;
  /** The page language guessed from its text, for controls no lang attribute covers. */
  private guessedLang: string | undefined;
  private readonly sample: string;
  /** The guess is made once, when the first control without a declared language asks for it. */
  private readonly guessed = (): string => (this.guessedLang ??= guessLanguage(this.sample));

  constructor(doc: Document) {
    const walked = walkDocument(doc);
    this.visits = walked.visits.filter((v) => v.fillable);
    this.facts = walked.roots;
    this.sample = walked.sample;
    for (const v of this.visits) {
      // Only radios and checkboxes with a name share a group key (walk.ts); the rest stand alone.
      if (v.groupKey.charCodeAt(0) === 35 /* # */) continue;
      const list = this.groups.get(v.groupKey);
      if (list) list.push(v);
      else this.groups.set(v.groupKey, [v]);
    }
  }

  private rootIndex(root: Root): RootIndex {
    let index = this.roots.get(root);
    if (!index) {
      const facts = factsOf(root, { roots: this.facts });
      index = { facts, selectors: { ids: facts.ids, names: facts.names, typeIndex: new Map() } };
      this.roots.set(root, index);
    }
    return index;
  }

  /** A control's own labels; remembered for group members, whose labels every member's snapshot reads. */
  private labelsOf(visit: ControlVisit, grouped: boolean): LabelText[] {
    let labels = grouped ? this.labelCache.get(visit.el) : undefined;
    if (!labels) {
      labels = ownLabels(visit.wrap, visit.attrs, visit.root, this.rootIndex(visit.root).facts.byFor);
      if (grouped) this.labelCache.set(visit.el, labels);
    }
    return labels;
  }

  /**
   * A radio or checkbox group's choices, and its label: a legend or labelled group holding only
   * it, else the text before its first member. Worked out once per group.
   */
  private groupOf(visit: ControlVisit, members: ControlVisit[], inGroup: boolean): GroupFacts {
    let facts = this.groupFacts.get(visit.groupKey);
    if (!facts) {
      const only = innermost(visit.sections, (s) => s.firstMember === visit.groupKey && !s.moreMembers);
      const label = only?.text ?? members[0]?.preceding ?? '';
      facts = {
        options: members.map((m) => ({ value: m.attrs.value ?? 'on', text: choiceText(this.labelsOf(m, inGroup), m.attrs) })),
        label: label ? { source: 'group', text: label } : undefined,
      };
      this.groupFacts.set(visit.groupKey, facts);
    }
    return facts;
  }

  private sectionsOf(sections: readonly Section[]): SectionFacts {
    let facts = this.sectionFacts.get(sections);
    if (!facts) {
      const legend = innermost(sections, (s) => s.kind === 'legend');
      const heading = innermost(sections, (s) => s.kind === 'heading');
      // Plain loops, not map(): the arrays map() makes change their elements kind once V8 optimises
      // this code (TurboFan's inlined map against the builtin's), and every function that reads
      // snapshot.sections was then deoptimised ("wrong map") some 30 runs into a page.
      const texts: string[] = [];
      const ids: string[] = [];
      for (const s of sections) {
        texts.push(s.text);
        ids.push(s.id);
      }
      facts = {
        texts,
        ids,
        legend: legend && { source: 'legend', text: legend.text },
        heading: heading && { source: 'heading', text: heading.text },
      };
      this.sectionFacts.set(sections, facts);
    }
    return facts;
  }

  private selectorOf(visit: ControlVisit): string {
    const own = uniqueSelector(visit.el, this.rootIndex(visit.root).selectors, { tag: visit.tag, id: visit.attrs.id, name: visit.attrs.name });
    if (!visit.hosts.length) return own;
    const hostPath = visit.hosts.map((host) => uniqueSelector(host, this.rootIndex(host.getRootNode() as Root).selectors));
    return [...hostPath, own].join(' >>> ');
  }

  snapshot(i: number): CollectedField {
    const visit = this.visits[i];
    if (!visit) throw new RangeError(`no control ${i}`);
    const el = visit.el;
    const attrs = visit.attrs;
    const group = this.groups.get(visit.groupKey);
    const inGroup = group !== undefined && group.length > 1;
    const own = this.labelsOf(visit, inGroup);
    const labels: LabelText[] = own.slice();
    const ownText = firstOwn(own);
    const hasOwn = ownText !== undefined;
    const header = hasOwn ? null : columnHeader(el, this.grid);
    if (header) labels.push({ source: 'column-header', text: header.text });
    if (visit.preceding) labels.push({ source: 'preceding-text', text: visit.preceding });
    const grouped = visit.type === 'radio' || (visit.type === 'checkbox' && inGroup);
    let options: FieldOption[] = [];
    let choice: FieldOption | undefined;
    if (grouped) {
      const facts = this.groupOf(visit, group ?? [visit], inGroup);
      if (facts.label) labels.push(facts.label);
      options = facts.options;
    } else if (visit.tag === 'SELECT') {
      options = this.options.read(el, this.rootIndex(visit.root).facts);
    }
    if (visit.type === 'radio' || visit.type === 'checkbox') choice = { value: attrs.value ?? 'on', text: choiceText(own, attrs) };
    if (!grouped) {
      const first = this.clusterLabel.get(visit.cluster);
      if (first === undefined) {
        this.clusterLabel.set(visit.cluster, ownText ?? visit.preceding);
      } else if (first && !hasOwn) {
        labels.push({ source: 'group', text: first });
      }
    }
    const sections = this.sectionsOf(visit.sections);
    if (sections.legend) labels.push(sections.legend);
    if (sections.heading) labels.push(sections.heading);
    const name = attrs.name ?? '';
    const htmlId = attrs.id ?? '';
    const help = textOfIdRefs(visit.root, attrs.describedBy);
    const snapshot: FieldSnapshot = {
      id: `f${this.count++}`,
      selector: '', // set by finish(): ids inside later selects are counted as their options are read
      frame: visit.frame,
      tag: TAGS[visit.tag] ?? (visit.tag.toLowerCase() as FieldSnapshot['tag']),
      type: visit.type,
      name,
      htmlId,
      autocomplete: cleanText(attrs.autocomplete).toLowerCase(),
      labels,
      options,
      sections: sections.texts,
      sectionIds: sections.ids,
      required: attrs.required || attrs.ariaRequired === 'true',
      readOnly: attrs.readOnly,
      disabled: attrs.disabled,
      words: identifierWords(name, htmlId),
      cluster: visit.cluster,
      lang: languageOf(visit, this.guessed, this.langs),
    };
    if (header) snapshot.gridRow = header.row;
    if (header?.rowHeader) snapshot.rowHeader = true;
    if (choice) snapshot.choice = choice;
    if (help) snapshot.help = help;
    const maxLength = positiveInt(attrs.maxLength);
    if (maxLength !== undefined) snapshot.maxLength = maxLength;
    const pattern = attrs.pattern;
    if (pattern) snapshot.pattern = pattern;
    const inputMode = attrs.inputMode;
    if (inputMode) snapshot.inputMode = inputMode;
    return { snapshot, element: el };
  }

  /** Sets the selectors of the snapshots (snapshot(0) … snapshot(n-1), in order) once every id of the page is counted. */
  finish(snapshots: readonly FieldSnapshot[]): void {
    snapshots.forEach((snapshot, i) => {
      const visit = this.visits[i];
      if (!visit) throw new RangeError(`no control ${i}`);
      snapshot.selector = this.selectorOf(visit);
    });
  }
}

export function collectFields(doc: Document): CollectedField[] {
  const collector = new FieldCollector(doc);
  const fields = collector.visits.map((_, i) => collector.snapshot(i));
  collector.finish(fields.map((f) => f.snapshot));
  return fields;
}
