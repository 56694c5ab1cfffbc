// Counting for German readability: sentences, words, syllables, and the Flesch reading ease as
// adapted to German by Toni Amstad (1978): FRE = 180 − ASL − 58.5 × ASW, where ASL is the mean
// sentence length in words and ASW the mean number of syllables per word. Pure; no dictionary.

/** Dotted abbreviations of several letters whose dot does not end a sentence (lowercase, no dot). */
const ABBREVIATIONS = new Set([
  'bzw', 'ggf', 'evtl', 'ca', 'inkl', 'vgl', 'nr', 'dr', 'str', 'abs', 'bspw', 'ggü', 'ff', 'prof', 'zzgl', 'sog', 'gem',
]);
/** Abbreviations that may close a sentence when a capital follows ("… Ausweise usw. Dann …"). */
const CLOSING_ABBREVIATIONS = new Set(['usw', 'etc']);

const MONTHS = /^(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/i;

/**
 * Splits a text into sentences at . ! ? … followed by a space or the end. A dot does not end a
 * sentence after a known abbreviation, inside letter-dot abbreviations ("z. B.", "d. h."), or after
 * an ordinal before a month ("1. Januar"). Colons and semicolons do not end a sentence (Amstad).
 */
export function splitSentences(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentences: string[] = [];
  let start = 0;
  const ender = /[.!?…]+["'”»)\]]*(?=\s|$)/g;
  for (let m = ender.exec(flat); m; m = ender.exec(flat)) {
    const end = m.index + m[0].length;
    if (m[0] === '.' && dotInsideSentence(flat.slice(start, m.index), flat.slice(end).trimStart())) continue;
    const sentence = flat.slice(start, end).trim();
    if (countWords(sentence) > 0) sentences.push(sentence);
    start = end;
  }
  const rest = flat.slice(start).trim();
  if (countWords(rest) > 0) sentences.push(rest);
  return sentences;
}

function dotInsideSentence(before: string, after: string): boolean {
  const token = (/([\p{L}\p{N}]+)$/u.exec(before)?.[1] ?? '').toLowerCase();
  if (ABBREVIATIONS.has(token)) return true;
  if (CLOSING_ABBREVIATIONS.has(token)) return !/^\p{Lu}/u.test(after);
  // "z. B.", "d. h.", "u. a.": a single letter next to another single-letter abbreviation.
  if (/^\p{L}$/u.test(token)) return /(^|[\s(])\p{L}\.\s?\p{L}$/u.test(before) || /^\p{L}\./u.test(after);
  return /^\d+$/.test(token) && MONTHS.test(after);
}

const WORD = /[\p{L}\p{N}]+(?:['’./-][\p{L}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function countWords(text: string): number {
  return words(text).length;
}

/** Vowel pairs spoken as one syllable nucleus: diphthongs and long (doubled) vowels. */
const ONE_NUCLEUS = new Set(['ai', 'au', 'äu', 'ei', 'eu', 'ie', 'ay', 'ey', 'aa', 'ee', 'oo']);
const VOWEL = /[aeiouyäöü]/;

/**
 * Syllables of one German word: vowel nuclei, a diphthong or doubled vowel counting once, the
 * "u" of "qu" counting as a consonant. Spelled-out short acronyms (BZSt, PLZ, IBAN) count one
 * syllable per letter, numbers one per digit: both err towards more syllables, never fewer.
 * A word has at least one syllable.
 */
export function countSyllables(word: string): number {
  const parts = word.split(/[-'’./]/).filter((p) => p !== '');
  if (parts.length > 1) return parts.reduce((sum, p) => sum + countSyllables(p), 0);
  if (/^\p{N}+$/u.test(word)) return word.length;
  if (isSpelledAcronym(word)) return [...word].length;
  const letters = word.toLowerCase().replace(/qu/g, 'qv');
  let count = 0;
  for (let i = 0; i < letters.length; i++) {
    if (!VOWEL.test(letters[i] ?? '')) continue;
    count++;
    if (ONE_NUCLEUS.has(letters.slice(i, i + 2))) i++;
  }
  return Math.max(1, count);
}

/** "BZSt", "PLZ", "AO", "IBAN": two or more capitals, at most five letters, no lowercase vowel. */
function isSpelledAcronym(word: string): boolean {
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals >= 2 && word.length <= 5 && /^\p{L}+$/u.test(word) && !/[aeiouyäöü]/.test(word);
}

export interface TextStats {
  sentences: number;
  words: number;
  syllables: number;
  /** Mean words per sentence (ASL). */
  wordsPerSentence: number;
  /** Mean syllables per word (ASW). */
  syllablesPerWord: number;
  /** Flesch reading ease for German (Amstad); higher is easier, 60 and above is "normal". */
  readingEase: number;
}

export function textStats(text: string): TextStats {
  const sentenceList = splitSentences(text);
  const wordList = words(text);
  const syllables = wordList.reduce((sum, w) => sum + countSyllables(w), 0);
  const asl = sentenceList.length === 0 ? 0 : wordList.length / sentenceList.length;
  const asw = wordList.length === 0 ? 0 : syllables / wordList.length;
  return {
    sentences: sentenceList.length,
    words: wordList.length,
    syllables,
    wordsPerSentence: asl,
    syllablesPerWord: asw,
    readingEase: amstadReadingEase(asl, asw),
  };
}

export function amstadReadingEase(wordsPerSentence: number, syllablesPerWord: number): number {
  return 180 - wordsPerSentence - 58.5 * syllablesPerWord;
}
