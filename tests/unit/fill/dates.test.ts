// @vitest-environment happy-dom
// Dates written as each control expects them (profile: bday 1985-03-07, passport issued 2020-11-02).
import { describe, expect, it } from 'vitest';
import { planByName, select, type PlanCase } from './plan-helpers';

const DAYS = Array.from({ length: 31 }, (_, i) => [String(i + 1), String(i + 1)] as [string, string]);
const DAYS_PADDED = Array.from({ length: 31 }, (_, i) => [String(i + 1).padStart(2, '0'), String(i + 1).padStart(2, '0')] as [string, string]);
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'].map((m, i) => [String(i + 1), m] as [string, string]);
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'].map((m, i) => [String(i + 1).padStart(2, '0'), m] as [string, string]);
const YEARS = Array.from({ length: 100 }, (_, i) => [String(1930 + i), String(1930 + i)] as [string, string]);

const TABLE: [string, PlanCase, Record<string, string>][] = [
  ['type=date takes ISO', { html: '<input type="date" name="d">', key: 'bday' }, { d: '1985-03-07' }],
  ['German mask', { html: '<input name="d" placeholder="TT.MM.JJJJ">', key: 'bday' }, { d: '07.03.1985' }],
  ['ISO mask in German letters', { html: '<input name="d" placeholder="JJJJ-MM-TT">', key: 'bday' }, { d: '1985-03-07' }],
  ['two-digit year', { html: '<input name="d" placeholder="TT.MM.JJ">', key: 'bday' }, { d: '07.03.85' }],
  ['US mask', { html: '<input name="d" placeholder="MM/DD/YYYY">', key: 'bday', lang: 'en' }, { d: '03/07/1985' }],
  ['French mask, J is jour', { html: '<input name="d" placeholder="jj/mm/aaaa">', key: 'bday', lang: 'fr' }, { d: '07/03/1985' }],
  ['mask without separators', { html: '<input name="d" placeholder="TTMMJJJJ" maxlength="8">', key: 'bday' }, { d: '07031985' }],
  ['example date in the placeholder', { html: '<input name="d" placeholder="z. B. 31.12.1980">', key: 'bday' }, { d: '07.03.1985' }],
  ['US example proves month first', { html: '<input name="d" placeholder="e.g. 12/31/1980">', key: 'bday', lang: 'en' }, { d: '03/07/1985' }],
  ['pattern attribute', { html: '<input name="d" pattern="\\d{4}-\\d{2}-\\d{2}">', key: 'bday' }, { d: '1985-03-07' }],
  ['mask in the label', { html: '<label for="d">Geburtsdatum (TT.MM.JJJJ)</label><input id="d" name="d">', key: 'bday' }, { d: '07.03.1985' }],
  ['no hint, German form', { html: '<input name="d">', key: 'bday', lang: 'de' }, { d: '07.03.1985' }],
  ['no hint, French form', { html: '<input name="d">', key: 'bday', lang: 'fr' }, { d: '07/03/1985' }],
  ['a French part of a German page', { html: '<div lang="fr"><input name="d"></div>', key: 'bday', lang: 'de' }, { d: '07/03/1985' }],
  ['no hint and too short for the default', { html: '<input name="d" maxlength="8">', key: 'bday' }, { d: 'skip:format-unknown' }],
  ['a month picker is no date field', { html: '<input name="d" type="month">', key: 'bday' }, { d: 'skip:unsupported-control' }],
  ['passport dates too', { html: '<input name="d" placeholder="TT.MM.JJJJ">', key: 'passport-issue-date' }, { d: '02.11.2020' }],
  ['a date the profile lacks', { html: '<input name="d" type="date">', key: 'bday', person: 'other' }, { d: 'skip:no-person' }],
  // Split date controls, by their own keys.
  ['day select without zeros', { html: select('d', DAYS), key: 'bday-day' }, { d: '7' }],
  ['day select with zeros', { html: select('d', DAYS_PADDED), key: 'bday-day' }, { d: '07' }],
  ['month select with German names', { html: select('m', MONTHS_DE), key: 'bday-month' }, { m: '3 (März)' }],
  ['month select with French names', { html: select('m', MONTHS_FR), key: 'bday-month', lang: 'fr' }, { m: '03 (mars)' }],
  ['year select', { html: select('y', YEARS), key: 'bday-year' }, { y: '1985' }],
  ['day text, two wide by default', { html: '<input name="d">', key: 'bday-day' }, { d: '07' }],
  ['year text of two digits', { html: '<input name="y" maxlength="2">', key: 'bday-year' }, { y: '85' }],
  // Three controls that all got the whole-date key (one label "Geburtsdatum" over them).
  [
    'whole-date key on day, month and year selects',
    { html: select('d', DAYS) + select('m', MONTHS_DE) + select('y', YEARS), key: 'bday' },
    { d: '7', m: '3 (März)', y: '1985' },
  ],
  [
    'whole-date key on three text inputs with one-part placeholders',
    { html: '<input name="d" placeholder="TT"><input name="m" placeholder="MM"><input name="y" placeholder="JJJJ">', key: 'bday' },
    { d: '07', m: '03', y: '1985' },
  ],
];

describe('dates by control', () => {
  it.each(TABLE)('%s', (_, c, expected) => {
    expect(planByName(c)).toEqual(expected);
  });
});
