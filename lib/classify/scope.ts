// Fields whose section says they are not the person's current data, whoever the person is:
// - a former address ("Bisherige Wohnung", "Votre ancienne adresse", "Previous address"): the
//   profile keeps only the current address, so its address fields are none of ours;
// - a business or an institution ("Betriebsstätte", "Siège social", "Krankenhausaufenthalte"): its
//   name, address, phone, email and activity are the business's, not the person's;
// - a doctor's practice or an employer ("Behandelnde Ärztin", "Arbeitgeber"): its address, phone
//   and email are not the person's, while the names of its people stay keys (persons.ts makes them
//   "other") and the employer's name is the employer key;
// - an animal ("Angaben zum Hund", "Geschlecht des Hundes"): its name, sex and birth date are not a
//   person's;
// - earlier jobs ("Berufserfahrung", "employment history"): their employer and activity are not the
//   current ones;
// - the applicant's own parents ("Vos parents"): no key changes, but everyone in there is "other",
//   "Parent 2" included (persons.ts asks parentsSection).
// Read from the field's sections and the label that decided its key, by the page language's table.
import type { FieldKey } from '../fields/keys';
import type { FieldSnapshot } from '../fields/snapshot';
import { normalizeText, rememberedPair } from '../detect/words';
import { DE_ANIMAL, DE_APPLICANT_PARENTS, DE_APPLICANT_ROLE, DE_BUSINESS, DE_EARLIER_NAMES, DE_FORMER_ADDRESS, DE_FORMER_JOBS, DE_FORM_TITLE, DE_PREMISES, DE_SPOUSE_DIED } from './keywords/de';
import { EN_ANIMAL, EN_APPLICANT_PARENTS, EN_APPLICANT_ROLE, EN_BUSINESS, EN_EARLIER_NAMES, EN_FORMER_ADDRESS, EN_FORMER_JOBS, EN_FORM_TITLE, EN_PREMISES, EN_SPOUSE_DIED } from './keywords/en';
import { FR_ANIMAL, FR_APPLICANT_PARENTS, FR_APPLICANT_ROLE, FR_BUSINESS, FR_EARLIER_NAMES, FR_FORMER_ADDRESS, FR_FORM_TITLE, FR_PREMISES, FR_SPOUSE_DIED } from './keywords/fr';
import type { ScopeRule } from './keywords/types';

const ADDRESS_KEYS: readonly FieldKey[] = ['street-address', 'street', 'house-number', 'address-suffix', 'postal-code', 'city', 'region', 'country'];

interface Scope {
  keys: ReadonlySet<FieldKey>;
  /** Why, after the section text: "an earlier address, …". */
  why: string;
  tables: Record<string, ScopeRule[]>;
  /** A page of another or unknown language reads every table. */
  all: ScopeRule[];
}

function scope(tables: Record<string, ScopeRule[]>, keys: readonly FieldKey[], why: string): Scope {
  return { keys: new Set(keys), why, tables, all: Object.values(tables).flat() };
}

const SCOPES: readonly Scope[] = [
  scope({ de: DE_FORMER_ADDRESS, fr: FR_FORMER_ADDRESS, en: EN_FORMER_ADDRESS }, ADDRESS_KEYS, 'an earlier address, and the profile keeps the current one'),
  scope({ de: DE_BUSINESS, fr: FR_BUSINESS, en: EN_BUSINESS }, [...ADDRESS_KEYS, 'tel', 'email', 'full-name', 'given-name', 'family-name', 'occupation'], 'a business’s, not the person’s'),
  scope({ de: DE_PREMISES, fr: FR_PREMISES, en: EN_PREMISES }, [...ADDRESS_KEYS, 'tel', 'email'], 'the premises of a practice or an employer, not the person’s'),
  scope({ de: DE_ANIMAL, fr: FR_ANIMAL, en: EN_ANIMAL }, ['full-name', 'given-name', 'family-name', 'sex', 'bday', 'bday-day', 'bday-month', 'bday-year', 'birth-place'], 'an animal’s, not a person’s'),
  scope({ de: DE_FORMER_JOBS, fr: [], en: EN_FORMER_JOBS }, ['employer', 'occupation', ...ADDRESS_KEYS], 'an earlier job, and the profile keeps the current one'),
  scope({ de: DE_EARLIER_NAMES, fr: FR_EARLIER_NAMES, en: EN_EARLIER_NAMES }, [], 'a name used before'),
  scope({ de: DE_APPLICANT_PARENTS, fr: FR_APPLICANT_PARENTS, en: EN_APPLICANT_PARENTS }, [], 'the applicant’s parents'),
];
/** The bit of a former address. */
const FORMER = 1 << SCOPES.findIndex((sc) => sc.tables['de'] === DE_FORMER_ADDRESS);
/** The bit of a practice's or an employer's premises. */
const PREMISES = 1 << SCOPES.findIndex((sc) => sc.tables['de'] === DE_PREMISES);
/** The bit of a section asking for names used before. */
const EARLIER_NAMES = 1 << SCOPES.findIndex((sc) => sc.tables['de'] === DE_EARLIER_NAMES);
/** The bit of the applicant's parents in a mask (the last scope). */
const PARENTS = 1 << (SCOPES.length - 1);

/** Which scopes a key can fall out by, as bits of SCOPES. */
const KEY_MASK = new Map<FieldKey, number>();
SCOPES.forEach((sc, i) => sc.keys.forEach((k) => KEY_MASK.set(k, (KEY_MASK.get(k) ?? 0) | (1 << i))));

/** Which scopes a text speaks of, as bits of SCOPES; remembered, since forms repeat their texts. */
const scopesOf = rememberedPair((lang: string, text: string): number => {
  const normal = normalizeText(text);
  let mask = 0;
  SCOPES.forEach((sc, i) => {
    if ((sc.tables[lang] ?? sc.all).some((r) => r.re.test(normal))) mask |= 1 << i;
  });
  return mask;
});

/** A test of normalised text by one expression per language: the page's own, or any of them on a page of another language. */
function perLanguage(tables: Record<string, RegExp>): (text: string, lang: string) => boolean {
  const all = Object.values(tables);
  return (text, lang) => {
    const own = tables[lang];
    return own ? own.test(text) : all.some((re) => re.test(text));
  };
}

/** Whether a normalised heading names the form ("Antrag auf …", "Déclaration de …", "Apply for …"): an application, a registration, a claim. */
export const isFormTitle = perLanguage({ de: DE_FORM_TITLE, fr: FR_FORM_TITLE, en: EN_FORM_TITLE });

/** Whether a normalised label names the applicant by role ("Antragsteller/in", "demandeur", "applicant"). */
export const namesApplicant = perLanguage({ de: DE_APPLICANT_ROLE, fr: FR_APPLICANT_ROLE, en: EN_APPLICANT_ROLE });

/** Whether a normalised heading is about the death of the spouse: a widow's or widower's benefit ("Witwenrente", "Bereavement Support Payment"), "décès de votre conjoint". */
export const isAboutSpouseDeath = perLanguage({ de: DE_SPOUSE_DIED, fr: FR_SPOUSE_DIED, en: EN_SPOUSE_DIED });

interface Hit {
  /** The section's place in its list, outermost 0. */
  index: number;
  text: string;
  mask: number;
}

/** The sections of a list that speak of a scope, worked out once per list (collect shares one list between the fields of a block). */
const sectionHits = new WeakMap<readonly string[], { lang: string; hits: Hit[] }>();
function hitsOf(sections: readonly string[], lang: string): Hit[] {
  const known = sectionHits.get(sections);
  if (known?.lang === lang) return known.hits;
  const hits: Hit[] = [];
  sections.forEach((text, index) => {
    // The page's title names the form, not a scope of the fields under it: "Déclaration de choix du
    // médecin traitant" over the patient's own address (held-out set 35).
    if (index === 0 && sections.length > 1 && isFormTitle(normalizeText(text), lang)) return;
    const mask = scopesOf(lang, text);
    if (mask) hits.push({ index, text, mask });
  });
  sectionHits.set(sections, { lang, hits });
  return hits;
}

/**
 * Where a person of someone's premises was named, for outOfScope: Infinity when the field's own
 * label names them, a section's index when a section does, -1 when nobody else is named.
 */
export function personPlace(s: FieldSnapshot, person: { person: string; via: string }): number {
  if (person.person !== 'other') return -1;
  if (person.via === 'label') return Infinity;
  return s.sectionIds?.indexOf(person.via) ?? -1;
}

/** The innermost section about the applicant's parents, as its index in the list, or -1. */
export function parentsSection(sections: readonly string[], lang: string): number {
  const hits = hitsOf(sections, lang);
  for (let i = hits.length - 1; i >= 0; i--) if ((hits[i] as Hit).mask & PARENTS) return (hits[i] as Hit).index;
  return -1;
}

/**
 * The innermost section asking for a name used before ("Previous name 1", "Frühere Namen"), or
 * null: the first and last names under it are that earlier name, never the current one.
 */
export function earlierNamesSection(sections: readonly string[], lang: string): string | null {
  const hits = hitsOf(sections, lang);
  for (let i = hits.length - 1; i >= 0; i--) if ((hits[i] as Hit).mask & EARLIER_NAMES) return (hits[i] as Hit).text;
  return null;
}

/**
 * When a section, or the label text that decided the key ("Commune d'inscription précédente"),
 * puts the field's key out of the profile: that text and why; else null.
 * `personAt`: where a person of the premises was named, as a section index (Infinity for the
 * field's own label, -1 for nowhere). Premises named above that person are not theirs to null:
 * "Ansprechperson" under "Angaben zu Ihrer Beschäftigung" has a phone of their own.
 */
export function outOfScope(s: FieldSnapshot, key: FieldKey, label?: string, personAt = -1): { text: string; why: string } | null {
  const keyMask = KEY_MASK.get(key) ?? 0;
  if (!keyMask) return null;
  const lang = s.lang ?? '';
  const why = (mask: number) => (SCOPES.find((_, i) => mask & keyMask & (1 << i)) as Scope).why;
  for (const hit of hitsOf(s.sections, lang)) {
    const mask = hit.index < personAt ? hit.mask & ~PREMISES : hit.mask;
    if (mask & keyMask) return { text: hit.text, why: why(mask) };
  }
  const mask = label ? scopesOf(lang, label) : 0;
  if (mask & keyMask) return { text: label as string, why: why(mask) };
  // A structured identifier says it too: "person.vorherigeAnschrift.strasseHausnummer".
  const inWords = s.words ? scopesOf(lang, s.words) & FORMER : 0;
  return inWords & keyMask ? { text: s.words as string, why: why(inWords) } : null;
}
