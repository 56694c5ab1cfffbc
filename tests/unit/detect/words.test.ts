// words: the text normalisation every label and attribute goes through.
import { describe, expect, it } from 'vitest';
import { cleanText, identifierWords, normalizeText, rememberedPair } from '../../../lib/detect/words';

describe('words: cleanText', () => {
  it.each([
    ['Vorname', 'Vorname'],
    ['Türkei', 'Türkei'],
    ['  Geburts\n\tdatum  ', 'Geburts datum'],
    ['PLZ\u00a0/\u00a0Ort', 'PLZ / Ort'],
    ['Nom\u2003 de\u202f\u202ffamille', 'Nom de famille'], // runs of em / narrow no-break spaces (French typography)
    ['Nom\u2003de', 'Nom\u2003de'], // one such space between words reads as one: kept
    ['\ufeffE-Mail', 'E-Mail'],
    ['Staat  der Geburt', 'Staat der Geburt'],
    ['', ''],
  ])('collapses whitespace of %j', (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });

  it('gives what the plain rule gives (messy whitespace collapsed, the rest kept) for every character, inside, doubled and at the ends', () => {
    const messy = /\s\s|^\s|\s$|[\t\n\r\f\v\u00a0]/;
    const plain = (t: string) => (messy.test(t) ? t.replace(/\s+/g, ' ').trim() : t);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`a${ch}b`, `a${ch}${ch}b`, `${ch}ab`, `ab${ch}`]) expect(cleanText(text)).toBe(plain(text));
    }
  });
});

describe('words: normalised forms', () => {
  it('spells out umlauts and drops accents', () => {
    expect(normalizeText('Straße / Hausnummer')).toBe('strasse hausnummer');
    expect(normalizeText('Nom d’usage')).toBe('nom d usage');
  });

  it('splits identifiers into words, each once', () => {
    expect(identifierWords('txtGebOrt', 'txtGebOrt')).toBe('txt geb ort');
  });

  it('remembers per kind and text, and computes again after the cache is emptied', () => {
    let calls = 0;
    const f = rememberedPair((kind, text) => `${kind}:${text}:${++calls}`, 2);
    expect(f('de', 'a')).toBe('de:a:1');
    expect(f('de', 'a')).toBe('de:a:1');
    expect(f('fr', 'a')).toBe('fr:a:2');
    expect(f('de', 'b')).toBe('de:b:3'); // the cache was full: emptied, then filled again
    expect(f('de', 'a')).toBe('de:a:4');
  });
});
