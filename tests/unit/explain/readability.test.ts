import { describe, expect, it } from 'vitest';
import { amstadReadingEase, countSyllables, countWords, splitSentences, textStats } from '../../../lib/explain/readability';

describe('countSyllables (German vowel nuclei)', () => {
  // Hand-counted by dictionary hyphenation (Duden), one row a word.
  const table: [string, number][] = [
    ['Haus', 1],
    ['Steuer', 2], // Steu-er: "eu" is one nucleus
    ['Häuser', 2], // Häu-ser
    ['Reisepass', 3], // Rei-se-pass
    ['beantragen', 4], // be-an-tra-gen: "ea" is two
    ['Situation', 5], // Si-tu-a-ti-on
    ['Lohnsteuerbescheinigung', 7], // Lohn-steu-er-be-schei-ni-gung
    ['Identifikationsnummer', 9], // I-den-ti-fi-ka-ti-ons-num-mer
    ['Staat', 1], // doubled vowel
    ['Idee', 2],
    ['Quelle', 2], // the u of qu is no vowel
    ['frei', 1],
    ['freie', 2],
    ['E-Mail-Adresse', 5], // E-Mail-A-dres-se
    ['Bundeszentralamt', 5],
    ['BZSt', 4], // spoken Be-Zett-Es-Te
    ['PLZ', 3],
    ['BAföG', 2],
    ['11', 2], // one per digit: errs high
  ];
  it.each(table)('%s has %i syllables', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});

describe('splitSentences', () => {
  const table: [string, number][] = [
    ['Das ist ein Haus. Es ist rot.', 2],
    ['Sie finden die Nummer z. B. auf dem Brief. Das geht schnell.', 2],
    ['Bitte nennen Sie ggf. Ihren Geburtsnamen. Danke!', 2],
    ['Am 1. Januar beginnt das Jahr. Dann zahlen Sie.', 2],
    ['Im Pass steht dann ein X. Das ist richtig.', 2],
    ['Das Datum hat die Form TT.MM.JJJJ und keine Leerzeichen.', 1],
    ['Wo steht das? Auf der Karte.', 2],
    ['Ohne Punkt am Ende', 1],
    ['', 0],
  ];
  it.each(table)('%j has %i sentences', (text, count) => {
    expect(splitSentences(text)).toHaveLength(count);
  });
});

describe('Amstad reading ease', () => {
  it('counts a known short text: 7 words, 2 sentences, 7 syllables', () => {
    const stats = textStats('Das ist ein Haus. Es ist rot.');
    expect(stats).toMatchObject({ sentences: 2, words: 7, syllables: 7 });
    // 180 − 3.5 − 58.5 × 1 = 118
    expect(stats.readingEase).toBeCloseTo(118, 5);
  });

  it('scores a dense official sentence far below 60', () => {
    const text =
      'Die steuerliche Identifikationsnummer wird dem Steuerpflichtigen vom Bundeszentralamt für Steuern zum Zwecke der eindeutigen Identifizierung im Besteuerungsverfahren zugeteilt.';
    const stats = textStats(text);
    expect(stats.sentences).toBe(1);
    expect(countWords(text)).toBe(18);
    // Hand count by hyphenation: 55 syllables (Iden-ti-fi-ka-ti-ons-num-mer 9, Be-steu-e-rungs-ver-fah-ren 7 …).
    expect(stats.syllables).toBe(55);
    // 180 − 18 − 58.5 × 55/18 ≈ −16.75: official German at its densest.
    expect(stats.readingEase).toBeCloseTo(-16.75, 2);
  });

  it('follows the formula', () => {
    expect(amstadReadingEase(10, 1.5)).toBeCloseTo(180 - 10 - 87.75, 10);
  });
});
