// The shapes one of the user's own profile values can take on a page, as regular expressions over
// folded text (./fold.ts): names in any case, with or without accents or spelled-out umlauts; numbers
// (IBAN, phone, tax and ID numbers) with any grouping; dates in every common de/fr/en writing.
// A value in none of these shapes is still caught by ./redact.ts where it looks like data.
import type { FieldKey } from '../fields/keys';
import { VALUE_KINDS, type ValueKind } from '../profile/schema';
import { foldText, umlautsSpelledOut } from './fold';

export interface OwnValue {
  key: FieldKey;
  value: string;
}

export interface Shape {
  /** A regular expression source, matched with the `gu` flags against folded text. */
  source: string;
  placeholder: string;
}

/**
 * Keys whose values are words of the form's own vocabulary, not data about a person: "Frau", a sex,
 * a marital status, a country code. Removing them would blank the page's own explanation of the
 * choices ("wählen Sie ledig, verheiratet …") and identify nobody.
 */
const VOCABULARY_KEYS: ReadonlySet<FieldKey> = new Set(['honorific-prefix', 'sex', 'marital-status', 'nationality', 'birth-country', 'country']);

/** Name keys: each word of the value is removed on its own too ("Anna" of "Anna Maria Schmidt"). */
const NAME_KEYS: ReadonlySet<FieldKey> = new Set(['full-name', 'given-name', 'family-name', 'birth-name', 'former-names', 'artistic-name', 'account-holder']);

/** Kinds compared as letters and digits only, whatever spaces, dots, dashes or slashes group them. */
const COMPACT_KINDS: ReadonlySet<ValueKind> = new Set(['iban', 'bic', 'tax-id', 'tax-number', 'social-security-number', 'health-insurance-number', 'document-number', 'postal-code', 'tel']);

const ADDRESS_KEYS: ReadonlySet<FieldKey> = new Set(['street-address', 'street', 'house-number', 'address-suffix', 'postal-code', 'city', 'birth-place']);

/** Shorter values (a house number "7") identify nobody and would blank ordinary words and numbers. */
const MIN_CHARS = 3;

const BOUND_START = '(?<![\\p{L}\\p{N}])';
const BOUND_END = '(?![\\p{L}\\p{N}])';
const SEPARATORS = "[\\s\\-_.,/'’]";
const GROUPING = '[\\s\\-./]*';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bounded = (body: string) => `${BOUND_START}(?:${body})${BOUND_END}`;

/** The placeholder the model sees instead (prompts.ts on the proxy names these). */
export function placeholderOf(key: FieldKey): string {
  const kind = VALUE_KINDS[key];
  if (NAME_KEYS.has(key)) return '[NAME]';
  if (ADDRESS_KEYS.has(key)) return '[ADDRESS]';
  if (kind === 'date' || kind === 'day' || kind === 'month' || kind === 'year') return '[DATE]';
  if (kind === 'iban') return '[IBAN]';
  if (kind === 'email') return '[E-MAIL]';
  if (kind === 'tel') return '[PHONE]';
  if (COMPACT_KINDS.has(kind)) return '[ID]';
  return '[VALUE]';
}

// Street abbreviations as addresses are commonly written (DE: Duden "Str."; FR: La Poste, NF Z10-011).
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/stra(?:ss|ß)e\b/i, 'str'],
  [/\bavenue\b/i, 'av'],
  [/\bboulevard\b/i, 'bd'],
  [/\ballee\b/i, 'all'],
];

/** Words of free text, with any separators (or none) between them. */
function wordsSource(text: string): string | null {
  const words = foldText(text).split(new RegExp(`${SEPARATORS}+`, 'u')).filter(Boolean);
  if (words.join('').length < MIN_CHARS) return null;
  return words.map(escape).join(`${SEPARATORS}*`);
}

function textShapes(key: FieldKey, value: string): string[] {
  const spellings = [value, umlautsSpelledOut(value)];
  for (const [pattern, short] of ABBREVIATIONS) if (pattern.test(value)) spellings.push(value.replace(pattern, short));
  const sources = spellings.map(wordsSource);
  if (NAME_KEYS.has(key)) {
    for (const spelling of spellings.slice(0, 2)) {
      for (const word of spelling.split(/[\s\-_.,/'’]+/)) if (word.length >= MIN_CHARS) sources.push(wordsSource(word));
    }
  }
  return sources.filter((s): s is string => s !== null);
}

/** Letters and digits with any grouping between them: "DE89 3704 0044…", "C01X-00T47". */
function compactSource(alnum: string): string {
  return [...alnum].map(escape).join(GROUPING);
}

/** A phone number as written nationally and internationally: +49 30…, 0049 30…, 030…, +49 (0)30…. */
function phoneVariants(value: string): string[] {
  const digits = value.replace(/[^\d+]/g, '').replace(/^00/, '+');
  const out = new Set([digits.replace(/\+/g, '')]);
  // Country codes of the countries Formlotse serves and their neighbours (ITU-T E.164 assignments).
  for (const cc of ['49', '33', '43', '41', '32', '352', '31']) {
    if (digits.startsWith(`+${cc}`)) {
      const national = digits.slice(cc.length + 1).replace(/^0/, '');
      for (const form of [`${cc}${national}`, `00${cc}${national}`, `0${national}`, `${cc}0${national}`]) out.add(form);
    }
    if (digits.startsWith('0') && !digits.startsWith('00')) out.add(`${cc}${digits.slice(1)}`).add(`00${cc}${digits.slice(1)}`);
  }
  return [...out].filter((d) => d.length >= MIN_CHARS);
}

// Month names as dates are written out in the three languages (CLDR gregorian months, wide and
// abbreviated), already folded: "März" is "marz", with "maerz" beside it.
const MONTHS: readonly string[][] = [
  ['januar', 'jan', 'janner', 'janvier', 'janv', 'january'],
  ['februar', 'feb', 'febr', 'feber', 'fevrier', 'fevr', 'fev', 'february'],
  ['marz', 'maerz', 'mrz', 'mars', 'march', 'mar'],
  ['april', 'apr', 'avril', 'avr'],
  ['mai', 'may'],
  ['juni', 'jun', 'juin', 'june'],
  ['juli', 'jul', 'juillet', 'juil', 'july'],
  ['august', 'aug', 'aout'],
  ['september', 'sept', 'sep', 'septembre'],
  ['oktober', 'okt', 'octobre', 'oct', 'october'],
  ['november', 'nov', 'novembre'],
  ['dezember', 'dez', 'decembre', 'dec', 'december'],
];

/** One ISO date ("1984-03-07") in the numeric and written-out forms of de, fr and en. */
function dateShapes(iso: string): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return [];
  const [, year = '', month = '', day = ''] = match;
  const d = `0?${Number(day)}`;
  const m = `0?${Number(month)}`;
  const y = `(?:${year}|${year.slice(2)})`;
  const sep = '\\s?[./-]\\s?';
  const names = `(?:${(MONTHS[Number(month) - 1] ?? []).join('|')})\\.?`;
  const dayWritten = `${d}(?:\\.|er|st|nd|rd|th)?`;
  return [
    `${d}${sep}${m}${sep}${y}`, // 07.03.1984, 7/3/84, 07-03-1984
    `${year}${sep}${m}${sep}${d}`, // 1984-03-07, 1984/3/7
    `${m}${sep}${d}${sep}${year}`, // 03/07/1984 (US)
    `${dayWritten}\\s*${names}\\s*,?\\s*${year}`, // 7. März 1984, 7 mars 1984, 1er mars 1984
    `${names}\\s*${dayWritten}\\s*,?\\s*${year}`, // March 7, 1984
  ];
}

/** Every shape of one own value, or none for vocabulary words and values too short to identify anyone. */
export function shapesOf({ key, value }: OwnValue): Shape[] {
  const trimmed = value.trim();
  if (VOCABULARY_KEYS.has(key) || trimmed.length === 0) return [];
  const kind = VALUE_KINDS[key];
  const placeholder = placeholderOf(key);
  let bodies: string[];
  if (kind === 'date') bodies = dateShapes(trimmed);
  else if (kind === 'tel') bodies = phoneVariants(trimmed).map(compactSource);
  else if (COMPACT_KINDS.has(kind)) {
    const alnum = foldText(trimmed).replace(/[^\p{L}\p{N}]/gu, '');
    bodies = alnum.length >= MIN_CHARS ? [compactSource(alnum)] : [];
  } else if (kind === 'email') bodies = [escape(foldText(trimmed))];
  else bodies = trimmed.length >= MIN_CHARS ? textShapes(key, trimmed) : [];
  return [...new Set(bodies)].map((body) => ({ source: bounded(body), placeholder }));
}
