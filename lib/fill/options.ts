// Matching a value to one option of a select or radio/checkbox group. Candidates are spellings of
// the one meaning (codes, names in de/fr/en); an option matches when its value or text says one of
// them. Precision first (ARCHITECTURE: classify): exact matches only, after normalising case,
// accents, punctuation and French gender marks — never a prefix or fuzzy match.
import type { FieldOption } from '../fields/snapshot';

/** Lower case, no accents, "(e)"/"(ve)" gender marks dropped, punctuation to single spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    // French inclusive/gender marks: "marié(e)", "veuf(ve)", "divorcé·e", "marié-e" (Haut Conseil à l'Égalité guide).
    .replace(/\((e|ve|ne|se|le)\)|[·.-](e|ve)\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The pieces an option text says, beside its whole: "Deutschland (DE)" says "deutschland" and "de";
 * "Marié / Mariée" says "marie" and "mariee". Used only for candidates longer than one character.
 */
function textParts(text: string): string[] {
  return text
    .split(/\s+[-–]\s+|[/(),;|]/)
    .map(normalize)
    .filter((p) => p.length > 1);
}

// Option texts are normalised once per option object: a country list of 250 options is matched
// for several keys and persons of one form.
const seen = new WeakMap<FieldOption, { text: string; parts: string[] | null }>();
function normalizedOf(option: FieldOption): { text: string; parts: string[] | null } {
  let n = seen.get(option);
  if (!n) {
    n = { text: normalize(option.text), parts: null };
    seen.set(option, n);
  }
  return n;
}
function partsOf(option: FieldOption): string[] {
  const n = normalizedOf(option);
  return (n.parts ??= textParts(option.text));
}

export interface OptionMatch {
  option: FieldOption;
  /** Which rule matched, for the preview's "why". */
  via: 'value' | 'text' | 'text-part';
}

export interface MatchCandidates {
  /** Spellings compared with option values (codes: "DE", "DEU", "VH"). Compared case-insensitively. */
  values: string[];
  /** Spellings compared with option texts (names, adjectives, abbreviations). */
  texts: string[];
}

/** An option with an empty value is the list's "please choose" line, never an answer (HTML: placeholder label option). */
function isPlaceholder(option: FieldOption): boolean {
  return option.value.trim() === '';
}

/**
 * The one option meaning the candidates, or null. Order of trust: the option's whole text, its
 * value, then a piece of its text. When two different options match at the same level, nothing is
 * chosen: an ambiguous list is left to the citizen.
 */
export function matchOption(options: readonly FieldOption[], candidates: MatchCandidates): OptionMatch | null {
  const real = options.filter((o) => !isPlaceholder(o));
  const texts = new Set(candidates.texts.map(normalize).filter(Boolean));
  const values = new Set(candidates.values.map((v) => v.trim().toLowerCase()).filter(Boolean));
  const partTexts = new Set([...texts].filter((t) => t.length > 1));

  const levels: { via: OptionMatch['via']; test: (o: FieldOption) => boolean }[] = [
    { via: 'text', test: (o) => texts.has(normalizedOf(o).text) },
    { via: 'value', test: (o) => values.has(o.value.trim().toLowerCase()) },
    { via: 'text-part', test: (o) => partsOf(o).some((p) => partTexts.has(p)) },
  ];
  for (const level of levels) {
    const hits = real.filter(level.test);
    const distinct = new Set(hits.map((o) => o.value));
    if (hits.length > 0 && distinct.size === 1) return { option: hits[0]!, via: level.via };
    if (distinct.size > 1) return null;
  }
  return null;
}
