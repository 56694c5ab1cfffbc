// Einfache Sprache rules that a counter cannot see, checked as simple proxies on the key texts:
// no passive (we avoid every form of "werden", which also rules out the future tense) and no dotted
// abbreviations ("z. B.", "bzw.", "ggf."). `example` holds values, not prose, and is skipped.
import { describe, expect, it } from 'vitest';
import { KEY_TEXTS } from '../../../lib/explain';
import { PROSE_PARTS } from '../../../lib/explain/types';
import { FIELD_KEYS } from '../../../lib/fields/keys';

const WERDEN = /\b(werde|wirst|wird|werden|werdet|wurde|wurdest|wurden|wurdet|würde|würden|worden|geworden)\b/i;
const ABBREVIATION = /(^|[\s(„"])(\p{L}\.\s?\p{L}\.|bzw\.|ggf\.|usw\.|evtl\.|ca\.|inkl\.|etc\.|vgl\.|sog\.|Nr\.|Dr\.|Str\.)/u;

const prose = FIELD_KEYS.flatMap((key) => PROSE_PARTS.map((part) => ({ where: `${key}.${part}`, text: KEY_TEXTS['de-simple'][key][part] })));

describe('Einfache Sprache (de-simple)', () => {
  it('uses no form of "werden" (no passive)', () => {
    expect(prose.filter((p) => WERDEN.test(p.text)).map((p) => p.where)).toEqual([]);
  });
  it('uses no dotted abbreviations', () => {
    expect(prose.filter((p) => ABBREVIATION.test(p.text)).map((p) => p.where)).toEqual([]);
  });
  it('the checks catch what they are meant to catch', () => {
    expect(WERDEN.test('Der Pass wird vom Amt ausgestellt.')).toBe(true);
    expect(ABBREVIATION.test('Sie finden sie z. B. im Brief.')).toBe(true);
    expect(ABBREVIATION.test('Das gilt ggf. auch für Kinder.')).toBe(true);
    expect(ABBREVIATION.test('Die Nummer hat 9 Zeichen.')).toBe(false);
  });
});
