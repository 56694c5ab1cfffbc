// Text folded for matching a person's own values however a page writes them: lower case, accents
// and umlauts dropped (Größmann → grossmann), ligatures and full-width forms opened (NFKD), every
// space and dash alike. Each folded character remembers which original characters it came from,
// so a match in the folded text removes exactly those characters from the original.

/** Letters NFKD does not decompose, written as a German or French reader would type them plainly. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  'ß': 'ss',
  'ẞ': 'ss',
  'æ': 'ae',
  'œ': 'oe',
  'ø': 'o',
  'đ': 'd',
  'ł': 'l',
  'ı': 'i',
};

export interface Folded {
  text: string;
  /** For each code unit of `text`: the [start, end) code-unit range of the original character. */
  start: number[];
  end: number[];
}

function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  const plain = PLAIN_LETTERS[lower];
  if (plain) return plain;
  if (/\s/u.test(lower)) return ' ';
  if (/\p{Pd}/u.test(lower)) return '-';
  return lower.normalize('NFKD').replace(/\p{M}/gu, '');
}

export function fold(text: string): Folded {
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const next = i + ch.length;
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) {
      start.push(i);
      end.push(next);
    }
    out += folded;
    i = next;
  }
  return { text: out, start, end };
}

/** Just the folded string (for needles, which need no mapping back). */
export const foldText = (text: string): string => fold(text).text;

/**
 * German umlauts as their two-letter spelling (Müller → Mueller), the way passports' machine lines,
 * older systems and many forms write them (ICAO Doc 9303 part 3, transliteration of Ä Ö Ü).
 */
export function umlautsSpelledOut(text: string): string {
  return text.replace(/[ÄÖÜäöü]/g, (c) => ({ Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ä: 'ae', ö: 'oe', ü: 'ue' })[c] ?? c);
}
