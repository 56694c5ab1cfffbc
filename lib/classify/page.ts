// classifyPage: every field of a page, then the decisions that need the neighbours:
// one label over two inputs ("PLZ / Ort"), split dates in one cluster, a bare "Name" next to a
// "Vorname" (the family name), "Straße" next to a house number, "Nom de famille" next to
// "Nom d'usage" (the birth name), the index of repeated persons (child 1, child 2), and guardians
// on a form about their child (the parent filling in, the other parent).
import type { FieldKey, Person } from '../fields/keys';
import type { Classification, FieldSnapshot } from '../fields/snapshot';
import { classifyField, labelKeyOf, type ClassifyContext, type FieldDecision } from './field';
import { normalizeText } from '../detect/words';
import { resolveClusterDates } from './page-dates';
import { applyingParent } from './persons';
import { isAboutSpouseDeath, outOfScope, personPlace } from './scope';

export type { ClassifyContext } from './field';

/** The fields of one person in one block (the innermost section): the passes below compare fields by it. */
interface Scope {
  /** The keys and label texts of its fields, filled by resolveNeighbours. */
  keys: Set<FieldKey>;
  texts: string[];
}

interface Item {
  s: FieldSnapshot;
  d: FieldDecision;
  scope: Scope;
}

const blockOf = (s: FieldSnapshot) => s.sectionIds?.[s.sectionIds.length - 1] ?? '';
const c = (item: Item) => item.d.classification;

/**
 * Every key a page pass gives obeys the scopes as the field's own rung did: under a former address
 * or a business's premises, a "PLZ / Ort" pair or a street split from its house number is none of
 * ours either.
 */
function setKey(item: Item, key: FieldKey | null, why: string): void {
  const cl = c(item);
  const out = key ? outOfScope(item.s, key, item.d.text, personPlace(item.s, item.d.person)) : null;
  cl.key = out ? null : key;
  cl.reason = out ? `${cl.reason}; ${why}, but under "${out.text}": ${out.why}` : `${cl.reason}; ${why}`;
}

/** Fields with a pair rule ("PLZ / Ort") take the pair's keys when the next control of the cluster shares the label. */
function resolvePairs(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const first = items[i] as Item;
    const pair = first.d.rule?.pair;
    if (!pair || first.d.from === 'group' || c(first).source === 'portal-rule' || c(first).source === 'autocomplete') continue;
    const next = items[i + 1];
    const sameCluster = next && next.s.cluster === first.s.cluster;
    // The second control shares the label: it reads it as the group's (no text between), or it
    // carries the same text by the same route (both aria-labelledby one "PLZ / Ort" span).
    const sameLabel = next && next.d.rule === first.d.rule && (next.d.from === 'group' || (next.d.from === first.d.from && next.d.text === first.d.text));
    const shares = sameCluster && (sameLabel || c(next).key === pair[1]);
    if (shares && next) {
      setKey(first, pair[0], `first of two controls under one label`);
      if (c(next).key !== pair[1]) setKey(next, pair[1], `second of two controls under one label`);
      i++;
    }
  }
  for (const item of items) {
    if (item.d.rule?.pair && item.d.from === 'group' && !item.d.rule.pair.includes(c(item).key as FieldKey)) {
      setKey(item, null, 'shares a two-field label but is not its second control');
    }
  }
}

/** One Scope object per person and block, so that the passes compare references, not built strings. */
function withScopes(snapshots: readonly FieldSnapshot[], decisions: readonly FieldDecision[]): Item[] {
  const byBlock = new Map<string, Map<string, Scope>>();
  return snapshots.map((s, i) => {
    const d = decisions[i] as FieldDecision;
    const block = blockOf(s);
    let persons = byBlock.get(block);
    if (!persons) byBlock.set(block, (persons = new Map()));
    let scope = persons.get(d.classification.person);
    if (!scope) persons.set(d.classification.person, (scope = { keys: new Set(), texts: [] }));
    return { s, d, scope };
  });
}

// "Other names", "All other names in full", and with the owner before it: "Partner's other names
// in full", "Their other names in full" (DWP forms; held-out set 88).
const OTHER_NAMES = /^([a-z]+ s |their |his |her |your )?(all )?other names( in full)?$/;
const BARE_NUMBER = /^(numero|nr|no|n|nummer|number|num|hausnummer|house number)$/;
const OWN = new Set(['label-for', 'label-wrap', 'aria-labelledby', 'aria-label', 'placeholder', 'title', 'preceding-text']);

function ownText(s: FieldSnapshot): string {
  return normalizeText(s.labels.find((l) => OWN.has(l.source))?.text ?? '');
}

/** "Endereço" next to a bare "Número", "Straße" next to "Nr.": the street and the house number apart. */
function resolveHouseNumbers(items: Item[]): void {
  items.forEach((item, i) => {
    const key = c(item).key;
    // autocomplete="address-line1" on a box labelled "Straße" right before "Hausnr.": the street
    // alone, or the number would be filled twice (a health insurer's form, held-out set 39).
    if (key === 'street-address' && c(item).source === 'autocomplete' && nextTo(items, i, item.scope, 'house-number') && labelKeyOf(item.s) === 'street') {
      setKey(item, 'street', 'its label reads a street beside its house number: the street alone');
      return;
    }
    if ((key !== 'street-address' && key !== 'street') || c(item).source === 'portal-rule' || c(item).source === 'autocomplete') return;
    for (const other of [items[i - 1], items[i + 1]]) {
      // A bare "Numéro" no rule read, or one its identifier read as the address ("adresse-numero").
      if (!other || other.scope !== item.scope) continue;
      const bare = c(other).key === null ? c(other).source === 'none' : c(other).key === 'street-address' && c(other).source === 'name-attribute';
      if (!bare) continue;
      if (!BARE_NUMBER.test(ownText(other.s))) continue;
      setKey(item, 'street', 'beside a bare "number" field, it holds the street alone');
      setKey(other, 'house-number', 'a bare "number" beside a street field is the house number');
      c(other).source = 'label';
      return;
    }
  });
}

function nextTo(items: Item[], i: number, scope: Item['scope'], key: FieldKey): boolean {
  return [items[i - 1], items[i + 1]].some((other) => other !== undefined && other.scope === scope && c(other).key === key);
}

// "Né(e) le … à …", "geboren am … in …": a place right after a date of birth is the birth place.
const PLACE_AFTER_DATE = /^(a|in|at)( (commune|ville|ort|stadt|place|city|town|lieu))?$/;

function resolveBirthPlace(items: Item[]): void {
  items.forEach((item, i) => {
    const prev = items[i - 1];
    const cl = c(item);
    if (!prev || c(prev).key !== 'bday' || prev.scope !== item.scope || cl.source === 'portal-rule' || cl.source === 'autocomplete') return;
    if (cl.key !== 'city' && cl.key !== null) return;
    if (!PLACE_AFTER_DATE.test(ownText(item.s))) return;
    setKey(item, 'birth-place', 'a place right after the date of birth ("né(e) le … à …") is the birth place');
    cl.source = 'label';
  });
}

const ADDRESS_PARTS = new Set<FieldKey>(['street', 'house-number', 'address-suffix', 'postal-code', 'city', 'region', 'country']);

/**
 * "Straße und Hausnummer des Arbeitgebers" and then a bare "PLZ", "Ort": the fields right after an
 * employer's or an institution's address line, in the same block, continue that address.
 */
function resolvePremisesAddress(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const first = items[i] as Item;
    if (c(first).key !== null || !first.d.rule?.premises) continue;
    for (let next = items[i + 1]; next && next.scope === first.scope; next = items[++i + 1]) {
      const key = c(next).key;
      const source = c(next).source;
      // Only a label read as a bare address part ("PLZ", "Ort"): an attribute or a choice's text says less.
      if (!key || !ADDRESS_PARTS.has(key) || source !== 'label') break;
      if (ownText(next.s).split(' ').length > 2) break; // "PLZ des Wohnorts" names its own owner
      setKey(next, null, `continues the address before it, which is "${first.d.text}" (an employer's or an institution's)`);
    }
  }
}

/** A bare "Name" beside a "Vorname" is the family name; "Straße" without a house number beside it is the whole street address. */
function resolveNeighbours(items: Item[]): void {
  for (const item of items) {
    const key = c(item).key;
    if (key) item.scope.keys.add(key);
    if (item.d.text) item.scope.texts.push(item.d.text);
  }
  items.forEach((item, i) => {
    const cl = c(item);
    if (cl.source === 'portal-rule' || cl.source === 'autocomplete') return;
    const keys = item.scope.keys;
    const rule = item.d.rule;
    if (cl.key === 'full-name' && rule?.generic && keys.has('given-name') && !keys.has('family-name')) {
      setKey(item, 'family-name', 'a bare "Name" next to a given-name field is the family name');
    } else if (cl.key === 'full-name' && rule?.generic && keys.has('family-name') && !keys.has('given-name')) {
      setKey(item, 'given-name', 'a bare "Name" next to a surname field is the given name');
    } else if (cl.key === 'former-names' && OTHER_NAMES.test(item.d.text ?? '') && keys.has('family-name') && !keys.has('given-name')) {
      setKey(item, 'given-name', '"Other names" beside a surname and no first-name field are the given names (DWP forms: "Surname", "Other names")');
    } else if (cl.key === null && rule?.onlyChoices && rule.key === 'honorific-prefix' && item.s.tag === 'input' && isTitleBeforeNames(items, i)) {
      setKey(item, 'honorific-prefix', 'a "Title" box right before a first name and a surname is the title (GOV.UK forms: "Title", "First name", "Last name")');
    } else if (cl.key === 'street' && !keys.has('house-number')) {
      setKey(item, 'street-address', 'no house-number field beside it, so the street field takes the whole line');
    } else if (cl.key === 'family-name' && /\bnom de famille\b/.test(item.d.text ?? '')) {
      const texts = item.scope.texts;
      if (texts.some((t) => /\bnom d usage\b/.test(t))) setKey(item, 'birth-name', '"Nom de famille" beside "Nom d\'usage" is the birth name (CERFA 12100)');
    }
  });
}

/**
 * A free "Title" box is the title before a name when the next field of its person's block is a
 * first name or a surname, and both are in the block (GOV.UK: "Title", "First name", "Last name").
 * After the names it is a job title (shop and donation checkouts: "First name", "Last name", "Title").
 */
function isTitleBeforeNames(items: Item[], i: number): boolean {
  const item = items[i] as Item;
  const next = items[i + 1];
  const keys = item.scope.keys;
  return next !== undefined && next.scope === item.scope && (c(next).key === 'given-name' || c(next).key === 'family-name') && keys.has('given-name') && keys.has('family-name');
}

/**
 * Sections whose controls all sit in one cluster: the labelled group of one split value (a date
 * in three inputs under role=group "Geburtsdatum des Kindes"), a part of its person's block rather
 * than a block of its own.
 */
function singleClusterSections(snapshots: readonly FieldSnapshot[]): Set<string> {
  const clusters = new Map<string, string | null>();
  let last: FieldSnapshot | undefined;
  for (const s of snapshots) {
    // Fields under the same sections (one shared list) in the same cluster as the field before add nothing.
    if (last && s.sectionIds && s.sectionIds === last.sectionIds && s.cluster === last.cluster) continue;
    last = s;
    for (const id of s.sectionIds ?? []) {
      const seen = clusters.get(id);
      // Hand-made snapshots without a cluster are never one value's parts.
      clusters.set(id, s.cluster !== undefined && (seen === undefined || seen === s.cluster) ? s.cluster : null);
    }
  }
  return new Set([...clusters].filter(([, cluster]) => cluster !== null).map(([id]) => id));
}

/** The innermost section of a field that is more than one split value's group. */
function personBlockOf(s: FieldSnapshot, valueGroups: Set<string>): string {
  const ids = s.sectionIds ?? [];
  for (let i = ids.length - 1; i >= 0; i--) if (!valueGroups.has(ids[i] as string)) return ids[i] as string;
  return '';
}

/** child 0, child 1…: a number the page prints ("Kind 2" is child 1), else the repeated blocks in document order. */
function resolvePersonIndex(items: Item[]): void {
  const valueGroups = singleClusterSections(items.map((item) => item.s));
  const slots = new Map<string, Map<string, number>>();
  for (const item of items) {
    const cl = c(item);
    if ((cl.person !== 'child' && cl.person !== 'other') || cl.key === null) continue;
    const p = item.d.person;
    if (p.number !== undefined && p.number > 0 && p.via !== 'attribute') {
      cl.personIndex = p.number - 1;
      continue;
    }
    // Found in the field's own words or in a section: either way the block is that section, so a
    // "Vorname des Kindes" and a bare "Geburtsdatum" in one "Kind" fieldset are one child.
    const own = p.via === 'label' || p.via === 'attribute' || valueGroups.has(p.via);
    const block = p.number !== undefined ? `n${p.number}` : `b${own ? personBlockOf(item.s, valueGroups) : p.via}`;
    // Rows of a grid under one heading ("Kinder": row 1, row 2) are as many persons.
    const slot = item.s.gridRow === undefined ? block : `${block}|r${item.s.gridRow}`;
    let seen = slots.get(cl.person);
    if (!seen) slots.set(cl.person, (seen = new Map()));
    let index = seen.get(slot);
    if (index === undefined) seen.set(slot, (index = seen.size));
    cl.personIndex = index;
  }
}

/**
 * Guardians ("Sorgeberechtigte Person 1 / 2", "Responsable légal 1 / 2") are "other" when the
 * minor is the applicant (a visa for a child). On a page that asks about the applicant's child
 * ("Angaben zum Kind"), they are the parents filling in: the first one the applicant, the second
 * the partner (field-keys.json: "the other parent"). First and second by the number the page
 * prints, else by their blocks in page order (an attribute's index, "sorgeberechtigte[1]", counts
 * from 0 or 1 as the site pleases and is not read).
 */
function resolveGuardians(snapshots: readonly FieldSnapshot[], decisions: readonly FieldDecision[]): void {
  // A portal rule's key counts like any other; a person it names stays as it is.
  const named = (d: FieldDecision) => d.classification.key !== null && !d.personFixed;
  if (!decisions.some((d) => d.person.role === 'guardian' && named(d))) return;
  // A form that names the minor as its applicant ("Le demandeur (mineur)"): the guardians are "a
  // parent of a minor applicant" (field-keys.json), someone else.
  // Identifiers do not count: "demandeur_lien_eleve" names two people of a data model.
  if (decisions.some((d) => d.person.role === 'minor' && d.person.applies && d.person.via !== 'attribute' && named(d))) return;
  // A minor named by role ("Angaben zum Schüler") on a page that also asks for their guardians is
  // the child of the guardian filling it in.
  for (const d of decisions) {
    if (d.person.role !== 'minor' || d.classification.person !== 'applicant' || d.personFixed) continue;
    d.classification.person = 'child';
    d.classification.reason = `${d.classification.reason}; a minor on a form that asks for their guardians: their child`;
  }
  if (!decisions.some((d) => d.classification.person === 'child' && d.classification.key !== null)) return;
  const blocks: string[] = [];
  decisions.forEach((d, i) => {
    const cl = d.classification;
    // Fields of no key ("Sorgerecht: gemeinsam / allein") ask about the guardians, not for one of
    // them; a label over two inputs ("PLZ / Ort") gets its keys later (resolvePairs) and counts.
    if (d.person.role !== 'guardian' || cl.person !== 'other' || (cl.key === null && !d.rule?.pair) || d.personFixed) return;
    // A number over 2 is the section's ("4. Représentant légal qui effectue la demande"): a page has two guardians at most.
    const number = d.person.via === 'attribute' ? undefined : d.person.number;
    const printed = number !== undefined && number <= 2 ? number : undefined;
    let place = printed;
    if (place === undefined) {
      const block = d.person.via === 'label' || d.person.via === 'attribute' ? blockOf(snapshots[i] as FieldSnapshot) : d.person.via;
      if (!blocks.includes(block)) blocks.push(block);
      place = blocks.indexOf(block) + 1;
    }
    if (place > 2) return;
    cl.person = place === 2 ? 'partner' : 'applicant';
    cl.reason = `${cl.reason}; a guardian on a form about the applicant's child: ${place === 2 ? 'the other parent' : 'the parent filling in'}`;
  });
}

/**
 * A page whose sections name one parent as the one applying ("Angaben zur Mutter (antragstellende
 * Person)", "Angaben zum Vater (anerkennende Person)") is about their child: the other parent
 * ("Angaben zur Mutter" beside the acknowledging father) is the partner (field-keys.json: "the
 * other parent"), not one of the applicant's own parents.
 */
function resolveParents(snapshots: readonly FieldSnapshot[], decisions: readonly FieldDecision[]): void {
  if (!decisions.some((d) => d.person.parent && d.classification.person === 'other')) return;
  const applying = new Set<string>();
  decisions.forEach((d, i) => {
    if (d.classification.person !== 'applicant') return;
    const parent = d.person.parent ?? applyingParent(snapshots[i] as FieldSnapshot);
    if (parent) applying.add(parent);
  });
  if (!applying.size) {
    resolveChildParent(decisions);
    return;
  }
  for (const d of decisions) {
    const cl = d.classification;
    const parent = d.person.parent;
    if (!parent || cl.person !== 'other' || d.personFixed) continue;
    // "Anschrift des Vaters" below "Angaben zum Vater (anerkennende Person)" is still his.
    const same = applying.has(parent);
    cl.person = same ? 'applicant' : 'partner';
    cl.reason = `${cl.reason}; ${same ? 'the parent applying' : 'a parent beside the parent applying: the other parent'}`;
  }
}

/**
 * With no parent applying by name: a parent named as the child's ("Angaben zum Vater des Kindes")
 * is the partner when the page names only that one parent of the child; the applicant is then the
 * other parent (Erstausstattung bei Geburt: the mother applies). Both named: unknown, left "other".
 */
function resolveChildParent(decisions: readonly FieldDecision[]): void {
  const named = new Set<string>();
  for (const d of decisions) if (d.person.ofChild && d.person.parent && d.classification.person === 'other') named.add(d.person.parent);
  if (named.size !== 1) return;
  reassignOther(decisions, (d) => d.person.ofChild === true, 'partner', 'the only parent of the child the page names: the other parent');
}

/**
 * The person who died is someone else, except on a claim for a widow's or widower's benefit, where
 * they were the claimant's spouse ("Angaben zur verstorbenen Person" under "Antrag auf
 * Witwenrente / Witwerrente", held-out set 43; "About the person who died" on a Bereavement
 * Support Payment claim, set 39) or on a page about the spouse's death ("Changement de situation
 * familiale : décès de votre conjoint", CAF, set 57): the partner, as field-keys.json counts a spouse.
 */
function resolveDeceased(snapshots: readonly FieldSnapshot[], decisions: readonly FieldDecision[]): void {
  if (!decisions.some((d) => d.person.role === 'deceased' && d.classification.person === 'other')) return;
  const read = new Set<readonly string[]>();
  const survivor = snapshots.some((s) => {
    if (read.has(s.sections)) return false;
    read.add(s.sections);
    return s.sections.some((text) => isAboutSpouseDeath(normalizeText(text), s.lang ?? ''));
  });
  if (!survivor) return;
  reassignOther(decisions, (d) => d.person.role === 'deceased', 'partner', "on a page about the death of the spouse (a survivor's benefit, a report of the death), the person who died was the spouse");
}

/** The fields read as someone else's that `pick` chooses (a person a portal rule named stays): `person`'s, and why. */
function reassignOther(decisions: readonly FieldDecision[], pick: (d: FieldDecision) => boolean, person: Person, why: string): void {
  for (const d of decisions) {
    const cl = d.classification;
    if (cl.person !== 'other' || d.personFixed || !pick(d)) continue;
    cl.person = person;
    cl.reason = `${cl.reason}; ${why}`;
  }
}

export function classifyDecisions(snapshots: readonly FieldSnapshot[], decisions: readonly FieldDecision[]): Classification[] {
  resolveGuardians(snapshots, decisions);
  resolveParents(snapshots, decisions);
  resolveDeceased(snapshots, decisions);
  const items = withScopes(snapshots, decisions);
  resolvePairs(items);
  resolveClusterDates(items.map((item) => ({ s: item.s, c: c(item), from: item.d.from, number: item.d.person.number })));
  resolveHouseNumbers(items);
  resolveBirthPlace(items);
  resolvePremisesAddress(items);
  resolveNeighbours(items);
  resolvePersonIndex(items);
  return items.map(c);
}

export function classifyPage(snapshots: readonly FieldSnapshot[], ctx: ClassifyContext): Classification[] {
  return classifyDecisions(snapshots, snapshots.map((s) => classifyField(s, ctx)));
}
