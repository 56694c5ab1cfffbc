// Option vocabularies for the enumerated keys: how forms in de, fr and en write each canonical
// value (lib/profile/types.ts SEX_VALUES, MARITAL_STATUS_VALUES). Rules are data (STYLE 4): each
// line names where the spelling is used. `say` is what a text control receives, per form language.
import type { Lang } from '../portals/types';
import { normalize, type MatchCandidates } from './options';

export interface VocabEntry extends MatchCandidates {
  say: Record<Lang, string>;
}

export const SEX_VOCAB: Record<string, VocabEntry> = {
  female: {
    // § 22 Abs. 3 PStG / Meldeformulare: "weiblich", "w"; Cerfa "Sexe : F / féminin"; ICAO 9303 "F".
    texts: ['weiblich', 'w', 'frau', 'feminin', 'féminin', 'femme', 'f', 'female', 'woman'],
    values: ['f', 'w', 'female', 'weiblich', 'feminin'],
    say: { de: 'weiblich', fr: 'féminin', en: 'female' },
  },
  male: {
    texts: ['männlich', 'maennlich', 'm', 'mann', 'masculin', 'homme', 'male', 'man'],
    values: ['m', 'male', 'maennlich', 'männlich', 'masculin'],
    say: { de: 'männlich', fr: 'masculin', en: 'male' },
  },
  // § 22 Abs. 3 PStG (since 2018): "divers"; "d" in job-ad style (m/w/d) lists.
  diverse: {
    texts: ['divers', 'd', 'diverse', 'non binaire', 'non-binaire'],
    values: ['d', 'divers', 'diverse'],
    say: { de: 'divers', fr: 'non binaire', en: 'diverse' },
  },
  // § 22 Abs. 3 PStG "ohne Angabe"; ICAO 9303 "X" (unspecified) in passports.
  unspecified: {
    texts: ['ohne angabe', 'keine angabe', 'x', 'unspecified', 'not specified', 'non précisé', 'non specifie', 'non renseigné'],
    values: ['x', 'u', 'unspecified', 'ohne-angabe'],
    say: { de: 'ohne Angabe', fr: 'non précisé', en: 'unspecified' },
  },
};

/** Honorifics follow sex when the profile has none of its own (Anrede, Civilité, Title). */
export const HONORIFIC_VOCAB: Record<string, VocabEntry> = {
  female: {
    // German letters "Frau"; Cerfa "Civilité : Madame / Mme"; English "Ms", "Mrs".
    texts: ['frau', 'fr', 'madame', 'mme', 'ms', 'mrs', 'miss'],
    values: ['frau', 'madame', 'mme', 'ms', 'mrs', 'f', 'w'],
    say: { de: 'Frau', fr: 'Madame', en: 'Ms' },
  },
  male: {
    texts: ['herr', 'hr', 'monsieur', 'm', 'mr'],
    values: ['herr', 'monsieur', 'mr', 'm'],
    say: { de: 'Herr', fr: 'Monsieur', en: 'Mr' },
  },
  // German online forms offer "keine Anrede"/"divers" since the 2018 PStG change; "Mx" in English.
  diverse: {
    texts: ['keine anrede', 'ohne anrede', 'divers', 'neutral', 'mx'],
    values: ['divers', 'keine', 'mx', 'd'],
    say: { de: '', fr: '', en: 'Mx' },
  },
  unspecified: {
    texts: ['keine anrede', 'ohne anrede', 'keine angabe'],
    values: ['keine', 'none'],
    say: { de: '', fr: '', en: '' },
  },
};

export const MARITAL_VOCAB: Record<string, VocabEntry> = {
  // German spellings and the codes of DSMeld Blatt 1402 (Familienstand: LD, VH, LP, GS, VW…);
  // French ones from Cerfa forms (situation familiale); English from UK/EU forms.
  single: {
    texts: ['ledig', 'célibataire', 'single', 'never married', 'unverheiratet'],
    values: ['ld', 'single', 'ledig', 'celibataire', 'c'],
    say: { de: 'ledig', fr: 'célibataire', en: 'single' },
  },
  married: {
    texts: ['verheiratet', 'marié', 'mariée', 'married'],
    values: ['vh', 'married', 'verheiratet', 'marie', 'm'],
    say: { de: 'verheiratet', fr: 'marié(e)', en: 'married' },
  },
  'civil-partnership': {
    texts: [
      'eingetragene Lebenspartnerschaft', 'in eingetragener Lebenspartnerschaft', 'Lebenspartnerschaft',
      'pacsé', 'pacsée', 'lié par un pacs', 'pacs', 'civil partnership', 'registered partnership',
    ],
    values: ['lp', 'civil-partnership', 'pacs', 'lebenspartnerschaft'],
    say: { de: 'eingetragene Lebenspartnerschaft', fr: 'pacsé(e)', en: 'civil partnership' },
  },
  separated: {
    texts: ['getrennt lebend', 'dauernd getrennt lebend', 'séparé', 'séparée', 'separated'],
    values: ['gt', 'separated', 'getrennt', 'separe'],
    say: { de: 'getrennt lebend', fr: 'séparé(e)', en: 'separated' },
  },
  divorced: {
    texts: ['geschieden', 'divorcé', 'divorcée', 'divorced'],
    values: ['gs', 'divorced', 'geschieden', 'divorce', 'd'],
    say: { de: 'geschieden', fr: 'divorcé(e)', en: 'divorced' },
  },
  widowed: {
    texts: ['verwitwet', 'veuf', 'veuve', 'widowed', 'widow', 'widower'],
    values: ['vw', 'widowed', 'verwitwet', 'veuf', 'v'],
    say: { de: 'verwitwet', fr: 'veuf(ve)', en: 'widowed' },
  },
};

/** Month names and common abbreviations (de: "Mrz" in DIN 5008-style short forms). Index 0 = January. */
export const MONTH_NAMES: readonly string[][] = [
  ['januar', 'jan', 'jänner', 'janvier', 'janv', 'january'],
  ['februar', 'feb', 'févr', 'fevrier', 'février', 'february'],
  ['märz', 'mär', 'mrz', 'mars', 'march', 'mar'],
  ['april', 'apr', 'avril', 'avr'],
  ['mai', 'may'],
  ['juni', 'jun', 'juin', 'june'],
  ['juli', 'jul', 'juillet', 'juil', 'july'],
  ['august', 'aug', 'août', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['oktober', 'okt', 'octobre', 'oct', 'october'],
  ['november', 'nov', 'novembre'],
  ['dezember', 'dez', 'décembre', 'déc', 'december', 'dec'],
];

/** The vocabulary entry a free text stands for ("Frau", "Mme", "verheiratet"), if any. */
export function vocabKeyOf(vocab: Record<string, VocabEntry>, text: string): string | undefined {
  const t = normalize(text);
  return Object.keys(vocab).find((k) => vocab[k]!.texts.some((x) => normalize(x) === t));
}
