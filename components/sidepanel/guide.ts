// The field guide as data: the page's fields as entries (a radio group is one entry), grouped by
// section and person in page order, and filtered by the search. Pure: no React, no browser.
import type { PageReport } from '@/lib/detect/analyse';
import type { Person } from '@/lib/fields/keys';
import type { Classification, FieldSnapshot, LabelText } from '@/lib/fields/snapshot';

export interface GuideEntry {
  /** The entry's id: its first control's field id (what the panel selects and shows on the page). */
  id: string;
  /** Every control of the entry: one, or each choice of a radio group. */
  fieldIds: string[];
  label: string;
  /** The choices of a radio group (or a checkbox's one choice), as the page words them. */
  choices: string[];
  field: FieldSnapshot;
  classification: Classification | null;
}

export interface GuideGroup {
  id: string;
  /** Section headings and legends around the fields, outermost first (may be empty). */
  sections: string[];
  person: Person;
  personIndex?: number;
  entries: GuideEntry[];
}

/** A label without its trailing "required" star (the panel says "required" in words). */
const unstarred = (text: string) => text.replace(/\s*\*+\s*$/, '');

/** Which label route names a field best, in order: the control's own label first (HTML-AAM). */
const LABEL_ORDER: readonly LabelText['source'][] = [
  'label-for', 'label-wrap', 'aria-labelledby', 'aria-label', 'group', 'column-header', 'title', 'placeholder', 'preceding-text', 'aria-describedby', 'legend', 'heading',
];

/** The page's own words for a field, with the trailing "required" star removed (the panel says it in words). */
export function labelOf(field: FieldSnapshot): string {
  const isRadio = field.type === 'radio';
  for (const source of LABEL_ORDER) {
    // A radio's own label is one choice ("weiblich"), not the question.
    if (isRadio && (source === 'label-for' || source === 'label-wrap')) continue;
    const found = field.labels.find((l) => l.source === source)?.text;
    if (found) return unstarred(found);
  }
  return field.name || field.htmlId || field.type;
}

function radioKey(field: FieldSnapshot): string | null {
  return field.type === 'radio' && field.name ? `radio:${field.name}` : null;
}

function groupKey(entry: GuideEntry, sectionIds: readonly string[]): string {
  const c = entry.classification;
  return `${sectionIds.join('/')}#${c?.person ?? 'applicant'}#${c?.personIndex ?? ''}`;
}

export function buildGuide(report: PageReport): GuideGroup[] {
  const byField = new Map(report.classifications.map((c) => [c.fieldId, c]));
  const entries: GuideEntry[] = [];
  const radios = new Map<string, GuideEntry>();
  for (const field of report.fields) {
    const key = radioKey(field);
    const existing = key ? radios.get(key) : undefined;
    if (existing) {
      existing.fieldIds.push(field.id);
      if (field.choice) existing.choices.push(field.choice.text);
      continue;
    }
    const entry: GuideEntry = {
      id: field.id,
      fieldIds: [field.id],
      label: labelOf(field),
      choices: field.choice ? [field.choice.text] : [],
      field,
      classification: byField.get(field.id) ?? null,
    };
    if (key) radios.set(key, entry);
    entries.push(entry);
  }
  for (const entry of entries) {
    // A radio group without a group label is named by its choices.
    if (entry.fieldIds.length > 1 && entry.label === (entry.field.name || entry.field.htmlId)) entry.label = entry.choices.join(' / ');
  }

  return groupEntries(entries);
}

/** How many leading sections every entry shares (the page's title heading): not worth a group heading. */
function sharedPrefix(lists: readonly (readonly string[])[]): number {
  const first = lists[0] ?? [];
  let n = 0;
  while (n < first.length && lists.every((l) => l.length > n && l[n] === first[n])) n++;
  return n;
}

/** Groups by section and person, in the order each group first appears on the page. */
function groupEntries(entries: readonly GuideEntry[]): GuideGroup[] {
  const own = entries.map((entry) => {
    let sections = entry.field.sections;
    let ids = entry.field.sectionIds ?? sections;
    // A labelled radio group is its own section; its label already names the entry.
    if (sections.length > 0 && unstarred(sections[sections.length - 1]!) === entry.label) {
      sections = sections.slice(0, -1);
      ids = ids.slice(0, sections.length);
    }
    return { entry, sections, ids };
  });
  // Headings every field shares (the page's own title) name no group: drop them.
  const skip = own.length > 1 ? Math.min(sharedPrefix(own.map((o) => o.sections)), sharedPrefix(own.map((o) => o.ids))) : 0;
  const groups = new Map<string, GuideGroup>();
  for (const { entry, sections, ids } of own) {
    const key = groupKey(entry, ids.slice(skip));
    let group = groups.get(key);
    if (!group) {
      const c = entry.classification;
      group = { id: `g${groups.size}`, sections: sections.slice(skip).map(unstarred), person: c?.person ?? 'applicant', entries: [] };
      if (c?.personIndex !== undefined) group.personIndex = c.personIndex;
      groups.set(key, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()];
}

/** The entry a control belongs to (any choice of a radio group finds its group). */
export function entryOfField(groups: readonly GuideGroup[], fieldId: string): GuideEntry | null {
  for (const group of groups) for (const entry of group.entries) if (entry.fieldIds.includes(fieldId)) return entry;
  return null;
}

/**
 * The groups split by what the citizen sees now: a wizard keeps its other steps' controls in the
 * page, hidden. `shown` is the field ids on screen (null: not known yet, so everything counts as shown).
 */
export function splitByShown(groups: readonly GuideGroup[], shown: readonly string[] | null): { onScreen: GuideGroup[]; elsewhere: GuideGroup[] } {
  if (shown === null) return { onScreen: [...groups], elsewhere: [] };
  const visible = new Set(shown);
  const part = (keep: (entry: GuideEntry) => boolean) =>
    groups.map((g) => ({ ...g, entries: g.entries.filter(keep) })).filter((g) => g.entries.length > 0);
  const isShown = (entry: GuideEntry) => entry.fieldIds.some((id) => visible.has(id));
  return { onScreen: part(isShown), elsewhere: part((e) => !isShown(e)) };
}

/** Case, accents and ß do not matter: "strasse" finds "Straße", "numero" finds "Numéro". */
function normalise(text: string): string {
  return text.toLocaleLowerCase('de').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The groups with only the entries whose texts contain every word of the query (case and accents
 * ignored); groups left empty disappear. `textsOf` gives what the citizen can read about an entry.
 */
export function filterGuide(groups: readonly GuideGroup[], query: string, textsOf: (entry: GuideEntry, group: GuideGroup) => readonly string[]): GuideGroup[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...groups];
  const out: GuideGroup[] = [];
  for (const group of groups) {
    const entries = group.entries.filter((entry) => {
      const haystack = normalise(textsOf(entry, group).join(' '));
      return words.every((w) => haystack.includes(w));
    });
    if (entries.length > 0) out.push({ ...group, entries });
  }
  return out;
}
