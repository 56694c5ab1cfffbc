// What one person's value means for one control: the text a text control receives, and the
// spellings an option must carry to mean the same (codes, names, vocabularies in de/fr/en).
import type { FieldKey } from '../fields/keys';
import type { FieldSnapshot } from '../fields/snapshot';
import type { ProfilePerson } from '../profile/types';
import type { Lang } from '../portals/types';
import { countryCandidates, countryText, isCountryCode } from './countries';
import { dateFormatFor, datePartOf, formatDate, formatDatePart, type DatePart } from './dates';
import { normalize, type MatchCandidates } from './options';
import { compactPhone, formatPhone, phoneStyleFor } from './phone';
import { canonicalValue, isoDateParts } from './values';
import { HONORIFIC_VOCAB, MARITAL_VOCAB, MONTH_NAMES, SEX_VOCAB, vocabKeyOf, type VocabEntry } from './vocab';

export type Meaning =
  | { text: string; candidates: MatchCandidates }
  | { missing: 'no-value' | 'format-unknown' | 'unsupported-control'; detail?: string };

const DATE_KEYS = new Set<FieldKey>(['bday', 'passport-issue-date', 'passport-expiry-date']);
const COUNTRY_KEYS = new Set<FieldKey>(['nationality', 'birth-country', 'country']);
/** Input types that hold something else than a day (HTML: month, week, time, datetime-local). */
const NOT_A_DATE_FIELD = new Set(['month', 'week', 'time', 'datetime-local']);
const PART_KEYS: Partial<Record<FieldKey, DatePart>> = { 'bday-day': 'day', 'bday-month': 'month', 'bday-year': 'year' };
/** Keys whose options carry one clear meaning, so a lone checkbox for one of them can be ticked. */
export const ENUMERATED_KEYS = new Set<FieldKey>(['sex', 'honorific-prefix', 'marital-status', ...COUNTRY_KEYS]);

// Labels asking for "family name, given name" in one field (German "Name, Vorname" in Melde- and
// Antragsformularen; French "NOM, Prénom"; English "Surname, first name").
const FAMILY_FIRST = /(nach|familien)?name\s*,\s*vorname|\bnom\s*,\s*pr[ée]nom|surname\s*,\s*(given|first)/i;

const isMonthName = (text: string) => MONTH_NAMES.some((names) => names.some((n) => normalize(n) === normalize(text)));

/** A vocabulary value (canonical "female", or free text "Frau") as text in the form's language and as options. */
function vocabMeaning(vocab: Record<string, VocabEntry>, value: string, lang: Lang): Meaning {
  const entry = vocab[value] ?? vocab[vocabKeyOf(vocab, value) ?? ''];
  if (!entry) return plain(value);
  return { text: entry.say[lang], candidates: { texts: [value, ...entry.texts], values: [value, ...entry.values] } };
}

function datePartMeaning(part: DatePart, value: string | undefined, field: FieldSnapshot): Meaning {
  if (!value || !/^\d{1,4}$/.test(value)) return { missing: 'no-value' };
  const n = String(Number(value));
  const wide = part === 'year' ? value : n.padStart(2, '0');
  const spellings = part === 'year' ? [wide, wide.slice(-2)] : [n, wide];
  const names = part === 'month' ? MONTH_NAMES[Number(value) - 1] ?? [] : [];
  return { text: formatDatePart(part, wide, field), candidates: { texts: [...spellings, ...names], values: spellings } };
}

function plain(text: string): Meaning {
  return { text, candidates: { texts: [text], values: [text] } };
}

/** The value of `key` for `person`, written for `field`. */
export function meaningFor(field: FieldSnapshot, key: FieldKey, person: ProfilePerson, lang: Lang): Meaning {
  const value = canonicalValue(person, key, lang);
  const partKey = PART_KEYS[key];
  if (partKey) return datePartMeaning(partKey, value, field);

  if (key === 'honorific-prefix') {
    if (value) return vocabMeaning(HONORIFIC_VOCAB, value, lang);
    // No Anrede of its own: the one that goes with the person's sex.
    const entry = HONORIFIC_VOCAB[person.values.sex ?? ''];
    return entry ? { text: entry.say[lang], candidates: entry } : { missing: 'no-value' };
  }
  if (value === undefined) return { missing: 'no-value' };

  if (key === 'sex') return vocabMeaning(SEX_VOCAB, value, lang);
  if (key === 'marital-status') return vocabMeaning(MARITAL_VOCAB, value, lang);
  if (COUNTRY_KEYS.has(key)) {
    if (!isCountryCode(value.toUpperCase())) return plain(value);
    const asNationality = key === 'nationality';
    const text = countryText(value, lang, asNationality, person.values.sex === 'female') ?? value;
    return { text, candidates: countryCandidates(value, asNationality, field.options) };
  }
  if (DATE_KEYS.has(key)) {
    if (NOT_A_DATE_FIELD.has(field.type)) return { missing: 'unsupported-control', detail: `input type=${field.type}` };
    const part = field.type === 'date' ? null : datePartOf(field, isMonthName);
    if (part) return datePartMeaning(part, isoDateParts(value)?.[part], field);
    const decision = dateFormatFor(field, lang);
    if ('unknown' in decision) return { missing: 'format-unknown', detail: decision.unknown };
    const text = formatDate(value, decision.format);
    return text ? plain(text) : { missing: 'format-unknown', detail: 'stored date is not YYYY-MM-DD' };
  }
  if (key === 'tel') {
    const typed = formatPhone(value, phoneStyleFor(field), person.values.country, lang);
    if (typed === null) return { missing: 'format-unknown', detail: 'number cannot be written as the field asks' };
    const fits = field.maxLength === undefined || field.maxLength <= 0 || typed.length <= field.maxLength;
    return plain(fits ? typed : compactPhone(typed));
  }
  if (key === 'full-name' && !person.values['full-name']) {
    const labels = field.labels.map((l) => l.text).join(' ');
    const given = person.values['given-name']?.trim();
    const family = person.values['family-name']?.trim();
    if (FAMILY_FIRST.test(labels) && given && family) return plain(`${family}, ${given}`);
  }
  return plain(value);
}
