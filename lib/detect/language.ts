// The page's language when no lang attribute says it: the most frequent function words of its
// visible text. Saved pages often lose <html lang> (../shared/corpus has none); the classifier
// reads German person words only on German pages ("Kind" is also English "kind").
import { normalizeText } from './words';

// The commonest short function words of each language (articles, conjunctions, pronouns of address).
const STOPWORDS: Record<string, readonly string[]> = {
  de: ['und', 'der', 'die', 'das', 'bitte', 'sie', 'ihre', 'ihr', 'mit', 'fuer', 'nicht', 'oder', 'ein', 'eine', 'zum', 'zur', 'des', 'den', 'dem', 'ist', 'auf', 'bei'],
  fr: ['le', 'la', 'les', 'et', 'vous', 'votre', 'vos', 'pour', 'des', 'du', 'une', 'avec', 'est', 'au', 'aux', 'sur', 'dans', 'par', 'ou', 'pas'],
  en: ['the', 'and', 'your', 'you', 'with', 'for', 'please', 'this', 'are', 'of', 'to', 'is', 'or', 'by', 'we', 'our', 'will', 'be', 'in', 'on'],
  es: ['el', 'los', 'las', 'y', 'su', 'para', 'con', 'por', 'del', 'una', 'usted', 'que', 'se', 'al'],
  it: ['il', 'gli', 'e', 'per', 'con', 'della', 'delle', 'una', 'non', 'di', 'che', 'sono', 'al', 'alla'],
  pt: ['os', 'as', 'para', 'com', 'do', 'da', 'dos', 'das', 'uma', 'nao', 'seu', 'sua', 'voce', 'em'],
};
const INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) INDEX.set(w, [...(INDEX.get(w) ?? []), lang]);
}

/** The language of a text sample ("de", "fr", "en"…), or '' when the evidence is thin or split. */
export function guessLanguage(sample: string): string {
  const counts = new Map<string, number>();
  for (const word of normalizeText(sample).split(' ')) {
    for (const lang of INDEX.get(word) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 5) return '';
  return !second || first[1] >= 1.5 * second[1] ? first[0] : '';
}
