// Whose data a field asks for: the applicant unless the field's own label, its name attribute or
// the sections around it name someone else (spouse, child, host…). Innermost section first, so
// "Anschrift" under "Angaben zum Ehegatten" under "Antrag" is the spouse's.
import type { Person } from '../fields/keys';
import type { FieldSnapshot } from '../fields/snapshot';
import { identifierWords, normalizeText, rememberedPair, withoutAnyExample } from '../detect/words';
import { DE_PERSONS } from './keywords/de';
import { EN_PERSONS } from './keywords/en';
import { FR_PERSONS } from './keywords/fr';
import type { PersonRole, PersonRule } from './keywords/types';
import { isFormTitle, namesApplicant, parentsSection } from './scope';

const TABLES: { lang: string; rules: PersonRule[] }[] = [
  { lang: 'de', rules: DE_PERSONS },
  { lang: 'fr', rules: FR_PERSONS },
  { lang: 'en', rules: EN_PERSONS },
];
const KNOWN = new Set(TABLES.map((t) => t.lang));

/** A page language with a table of its own, else '' (every table is read). */
function tableLang(lang: string | undefined): string {
  return lang !== undefined && KNOWN.has(lang) ? lang : '';
}

// Ordinals next to a counted person word: "zweites Kind", "deuxième enfant", "second child".
const ORDINALS: Record<string, number> = {
  erste: 1, erstes: 1, ersten: 1, erster: 1, zweite: 2, zweites: 2, zweiten: 2, zweiter: 2, dritte: 3, drittes: 3, dritten: 3,
  vierte: 4, viertes: 4, vierten: 4, fuenfte: 5, fuenftes: 5, fuenften: 5,
  premier: 1, premiere: 1, deuxieme: 2, second: 2, seconde: 2, troisieme: 3, quatrieme: 4, cinquieme: 5,
  first: 1, third: 3, fourth: 4, fifth: 5,
};

export interface PersonFinding {
  person: Person;
  /** The explicit count next to the word ("Kind 2" → 2), for child and other. */
  number?: number;
  /** Where it was found: 'label', 'attribute', or the id of the section that said so. */
  via: string;
  /** The role of the word that found them (PersonRule.role), for the page passes. */
  role?: PersonRole;
  /** With role parent: which parent, in one spelling ("mutter", "vater"). */
  parent?: string;
  /** With role parent: named as the child's (PersonRule.ofChild). */
  ofChild?: boolean;
  /** With role minor: named as the one applying (PersonRule.asApplicant): "Le demandeur (mineur)". */
  applies?: boolean;
  /** Found by a leading rule: a phrase that settles whose fields follow ("The person who died"). */
  leading?: boolean;
}

function rulesFor(lang: string): PersonRule[] {
  // A page in one of our languages reads only its own table ("kind" is German, and English too).
  const own = KNOWN.has(lang) ? TABLES.filter((t) => t.lang === lang) : TABLES;
  const rules = own.flatMap((t) => t.rules);
  const rest = rules.filter((r) => !r.leading);
  return [...rules.filter((r) => r.leading), ...rest.filter((r) => r.person !== 'applicant'), ...rest.filter((r) => r.person === 'applicant')];
}

const RULES_BY_LANG = new Map<string, PersonRule[]>();
function cachedRules(lang: string): PersonRule[] {
  const key = KNOWN.has(lang) ? lang : '';
  let rules = RULES_BY_LANG.get(key);
  if (!rules) RULES_BY_LANG.set(key, (rules = rulesFor(key)));
  return rules;
}

const PARENT_WORD = /vater|mutter|father|mother|pere|mere/;

/**
 * Letters that count two people in English ("Guardian A", "Guardian B": Irish passport forms,
 * held-out set 73). Not in French, where "à" is "a" once normalised ("enfant à charge").
 */
const LETTERS: Record<string, number> = { a: 1, b: 2 };

function countNear(text: string, index: number, length: number, lang: string): number | undefined {
  // A German gender ending may stand between ("Personensorgeberechtigte/r 1", "Antragsteller/in 2"),
  // or the noun the word qualifies ("Erziehungsberechtigte Person 2": held-out set 73).
  const after = /^( r| in| innen)?( person| personne| elternteil)? (nr |no |numero )?(\d{1,2}|[ab])\b/.exec(text.slice(index + length));
  const count = after?.[4];
  if (count && /\d/.test(count)) return Number(count);
  if (count && lang === 'en') return LETTERS[count];
  const before = /\b(\d{1,2}|[a-z]+) $/.exec(text.slice(0, index));
  if (before?.[1]) return /^\d+$/.test(before[1]) ? Number(before[1]) : ORDINALS[before[1]];
  return undefined;
}

/** findIn, remembered: every field of a block reads the same section texts. */
const withApplicant = rememberedPair((lang: string, text: string) => findIn(text, lang, true));
const withoutApplicant = rememberedPair((lang: string, text: string) => findIn(text, lang, false));

function findCached(text: string, lang: string, applicant: boolean): Omit<PersonFinding, 'via'> | null {
  return (applicant ? withApplicant : withoutApplicant)(lang, text);
}

function findIn(text: string, lang: string, withApplicant: boolean): Omit<PersonFinding, 'via'> | null {
  const rules = cachedRules(lang);
  // "Nom d'usage (par exemple le nom de l'époux)" is the applicant's own name: person words in an example are not read.
  text = withoutAnyExample(text);
  for (const rule of rules) {
    // A leading phrase naming the applicant settles an own label too ("Ehemann / Person A" over
    // the first column of a joint form, beside "Ehefrau / Person B": held-out set 84).
    if (!withApplicant && rule.person === 'applicant' && !rule.leading) continue;
    const m = rule.re.exec(text);
    if (!m) continue;
    // "Vaters" is "vater", "Vater des Kindes" too: which parent, in one spelling.
    const parent = rule.role === 'parent' ? (PARENT_WORD.exec(m[0])?.[0] ?? m[0].replace(/s$/, '')) : undefined;
    // "Angaben zur Mutter (antragstellende Person)": the parent who applies.
    if (withApplicant && parent && rule.asApplicant?.test(text)) return { person: 'applicant', role: 'parent', parent };
    const found: Omit<PersonFinding, 'via'> = { person: rule.person };
    const number = rule.counted ? countNear(text, m.index, m[0].length, lang) : undefined;
    if (number !== undefined) found.number = number;
    if (rule.role) found.role = rule.role;
    if (parent) found.parent = parent;
    if (rule.ofChild) found.ofChild = true;
    if (rule.role === 'minor' && rule.asApplicant?.test(text)) found.applies = true;
    if (rule.leading) found.leading = true;
    return found;
  }
  return null;
}


/**
 * A page's title (the outermost of several sections) that names several people, the applicant
 * among them ("Tell us about you, your partner and your children", Tax-Free Childcare, held-out
 * set 26), names none of them for the fields under it. A leading phrase still settles them.
 */
const namesSeveral = rememberedPair((lang: string, text: string): boolean => {
  const persons = new Set<string>();
  for (const rule of cachedRules(lang)) if (rule.re.test(text)) persons.add(rule.person);
  return persons.size > 1;
});

/**
 * An own label addressed to the person filling in ("Your full name", "Votre nom"), in English and
 * French; German "Ihr" is also "her" and "their".
 */
const ADDRESSED = /^(your|votre|vos) /;
const ADDRESSED_LANGS = new Set(['en', 'fr']);

function speaksToFiller(text: string, lang: string): boolean {
  return ADDRESSED_LANGS.has(lang) && ADDRESSED.test(text);
}

const OWN = new Set(['label-for', 'label-wrap', 'aria-labelledby', 'aria-label', 'placeholder', 'title', 'column-header', 'group']);

/**
 * Whether a text names someone other than the applicant, or the applicant by a leading phrase
 * ("Ehefrau / Person B", "Ehemann / Person A", "Kind 2"; not "Lien avec vous").
 */
export function namesPerson(text: string, lang: string | undefined): boolean {
  return findCached(normalizeText(text), tableLang(lang), false) !== null;
}

/** The person a field is about, and where that was read. */
export function detectPerson(snapshot: FieldSnapshot): PersonFinding {
  const found = findPerson(snapshot);
  if (found.person !== 'applicant' && found.person !== 'partner') return found;
  // Inside a section about the applicant's parents, "Parent 2" is a parent, not the partner, and
  // fields naming nobody are a parent's too.
  const i = parentsSection(snapshot.sections, snapshot.lang ?? '');
  return i < 0 ? found : { person: 'other', via: snapshot.sectionIds?.[i] ?? `section${i}` };
}

/**
 * The person the innermost section that names one gives (only a leading rule's when `leadingOnly`).
 * The page's title names the form, not whose fields are under it: "Apply for a child's passport",
 * "Antrag auf Kindergeld" (the contact details under it are the parent's).
 */
function bySections(snapshot: FieldSnapshot, lang: string, leadingOnly: boolean): PersonFinding | null {
  for (let i = snapshot.sections.length - 1; i >= 0; i--) {
    const text = normalizeText(snapshot.sections[i] ?? '');
    const found = findCached(text, lang, true);
    if (i === 0 && (isFormTitle(text, lang) || (snapshot.sections.length > 1 && !found?.leading && namesSeveral(lang, text)))) continue;
    if (found && (found.leading || !leadingOnly)) return { ...found, via: snapshot.sectionIds?.[i] ?? `section${i}` };
  }
  return null;
}

/**
 * The parent a field's sections name as the one applying ("Angaben zur Mutter (erklärende Person)"
 * gives "mutter"), whatever found the field's own person (its id may say "antragsteller").
 */
export function applyingParent(snapshot: FieldSnapshot): string | undefined {
  const lang = tableLang(snapshot.lang);
  for (const section of snapshot.sections) {
    const found = findCached(normalizeText(section), lang, true);
    if (found?.parent && found.person === 'applicant') return found.parent;
  }
  return undefined;
}

/**
 * Whether a section's finding outranks an identifier's person word: a leading phrase always
 * ("Their husband, wife or civil partner" over `spouse[firstName]`); for a parent's word, a section
 * naming which parent applies or the partner ("vater_familienname" under "Angaben zum Vater
 * (anerkennende Person)", "mere_nom" under "L'autre parent (la mère)"); for a vague word, a section
 * naming anyone ("weiterePerson[0]" under "Person 2 – Ehegattin/Ehegatte").
 */
function sectionSaysMore(word: Omit<PersonFinding, 'via'>, section: PersonFinding): boolean {
  if (section.leading) return true;
  if (word.parent) return section.parent !== undefined || section.person === 'partner';
  return word.role === 'vague' && section.person !== 'applicant';
}

/** A radio's or grouped checkbox's own label is its choice ("civil partner", "Kind"): a value, not whose field it is. */
const CHOICE_TEXT = new Set(['label-for', 'label-wrap']);

function findPerson(snapshot: FieldSnapshot): PersonFinding {
  const lang = tableLang(snapshot.lang);
  const choice = snapshot.type === 'radio' || (snapshot.type === 'checkbox' && snapshot.options.length > 1);
  // The text right before the control, after its own labels: a label in a <div> ("Partner's first
  // name", GOV.UK) or, in a grid, the row's header ("Sonstige Person 1").
  // An own label that names the applicant by role ("Elternteil 1 (Antragsteller/in) Familienname")
  // is noted on the way: it says less than an identifier's person word, more than a section or a
  // title naming someone else ("… für ein minderjähriges Kind").
  let applicantByRole = false;
  let addressed = false;
  for (const label of snapshot.labels) {
    // A fieldset's legend addressed to the filler ("Your address") counts as theirs too.
    if (label.source === 'legend' && !addressed) {
      const text = normalizeText(label.text);
      addressed = speaksToFiller(text, lang) && !findCached(text, lang, false);
    }
    const own = OWN.has(label.source) || (label.source === 'preceding-text' && !choice);
    if (!own || (choice && CHOICE_TEXT.has(label.source))) continue;
    const text = normalizeText(label.text);
    const found = findCached(text, lang, false);
    if (found) return { ...found, via: 'label' };
    if (label.source === 'preceding-text') continue;
    if (!applicantByRole && namesApplicant(text, lang)) applicantByRole = true;
    if (!addressed) addressed = speaksToFiller(text, lang);
  }
  // A choice's id names its value ("radio-situation-concubin"): only the group's name is read.
  const words = choice && snapshot.name ? identifierWords(snapshot.name, '') : snapshot.words;
  if (words) {
    const found = findCached(words, lang, true);
    // A section's leading phrase ("L'élève pour lequel la bourse est demandée", "Their husband,
    // wife or civil partner") says more than an identifier's word ("eleve", "spouse").
    if (found && !found.leading) {
      const section = bySections(snapshot, lang, true) ?? (found.role === 'parent' || found.role === 'vague' ? bySections(snapshot, lang, false) : null);
      if (section && sectionSaysMore(found, section)) return section;
    }
    // "Your full name" over `representative.fullName` (Blue Badge on someone's behalf, held-out set
    // 68): the label speaks to the person filling in, the identifier names a role of the data model.
    if (found && addressed && found.person !== 'applicant') return { person: 'applicant', via: 'label' };
    if (found) return { ...found, via: 'attribute' };
  }
  if (applicantByRole) return { person: 'applicant', via: 'label' };
  return bySections(snapshot, lang, false) ?? { person: 'applicant', via: 'default' };
}
