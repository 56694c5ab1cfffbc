// @vitest-environment happy-dom
// Selects, radio groups and checkboxes: the option meaning the person's value, in de/fr/en, by
// code or by name (profile: female, married, German, living in Germany).
import { describe, expect, it } from 'vitest';
import { planByName, radios, select, type PlanCase } from './plan-helpers';

const TABLE: [string, PlanCase, Record<string, string>][] = [
  // Countries and nationalities.
  ['alpha-3 values, adjective texts', { html: select('n', [['AUT', 'österreichisch'], ['DEU', 'deutsch'], ['FRA', 'französisch']]), key: 'nationality' }, { n: 'DEU (deutsch)' }],
  ['alpha-2 values in lower case', { html: select('c', [['at', 'Österreich'], ['de', 'Deutschland']]), key: 'country' }, { c: 'de (Deutschland)' }],
  ['internal ids, German names', { html: select('c', [['1', 'Belgien'], ['2', 'Deutschland'], ['3', 'Frankreich']]), key: 'birth-country' }, { c: '2 (Deutschland)' }],
  ['French names', { html: select('c', [['10', 'Allemagne'], ['11', 'Autriche']]), key: 'country', lang: 'fr' }, { c: '10 (Allemagne)' }],
  ['English names', { html: select('c', [['x1', 'Austria'], ['x2', 'Germany']]), key: 'country', lang: 'en' }, { c: 'x2 (Germany)' }],
  ['official long name', { html: select('c', [['a', 'Bundesrepublik Deutschland'], ['b', 'Republik Österreich']]), key: 'country' }, { c: 'a (Bundesrepublik Deutschland)' }],
  ['code beside the name', { html: select('c', [['x', 'Deutschland (DE)'], ['y', 'Frankreich (FR)']]), key: 'country' }, { c: 'x (Deutschland (DE))' }],
  ['codes only as texts', { html: select('c', [['1', 'AUT'], ['2', 'DEU']]), key: 'country' }, { c: '2 (DEU)' }],
  ['ISO numeric values, proven by the list', { html: select('c', [['040', 'Austria'], ['276', 'Allemagne (RFA)'], ['250', 'France']]), key: 'country', lang: 'fr' }, { c: '276 (Allemagne (RFA))' }],
  ['3-digit values not proven ISO are not trusted', { html: select('c', [['000', 'Inland'], ['276', 'Übriges Ausland']]), key: 'country' }, { c: 'skip:option-not-found' }],
  ['Destatis key with names matches by name', { html: select('n', [['000', 'deutsch'], ['129', 'französisch']]), key: 'nationality' }, { n: '000 (deutsch)' }],
  ['French adjectives, feminine', { html: select('n', [['1', 'Allemande'], ['2', 'Française']]), key: 'nationality', lang: 'fr' }, { n: '1 (Allemande)' }],
  ['French adjectives with gender mark', { html: select('n', [['1', 'allemand(e)'], ['2', 'français(e)']]), key: 'nationality', lang: 'fr' }, { n: '1 (allemand(e))' }],
  ['English adjectives', { html: select('n', [['1', 'German'], ['2', 'French']]), key: 'nationality', lang: 'en' }, { n: '1 (German)' }],
  ['a country the list lacks', { html: select('c', [['at', 'Österreich'], ['fr', 'Frankreich']]), key: 'country' }, { c: 'skip:option-not-found' }],
  ['nationality as text, German form', { html: '<input name="n">', key: 'nationality' }, { n: 'deutsch' }],
  ['nationality as text, French form, feminine', { html: '<input name="n">', key: 'nationality', lang: 'fr' }, { n: 'allemande' }],
  ['country as text, French form', { html: '<input name="c">', key: 'country', lang: 'fr' }, { c: 'Allemagne' }],
  ['partner: French nationality', { html: select('n', [['DEU', 'deutsch'], ['FRA', 'französisch']]), key: 'nationality', person: 'partner' }, { n: 'FRA (französisch)' }],
  // Sex.
  ['German words', { html: select('s', [['m', 'männlich'], ['w', 'weiblich'], ['d', 'divers']]), key: 'sex' }, { s: 'w (weiblich)' }],
  ['one-letter texts', { html: select('s', [['1', 'M'], ['2', 'F']]), key: 'sex', lang: 'fr' }, { s: '2 (F)' }],
  ['French words', { html: select('s', [['h', 'Masculin'], ['f', 'Féminin']]), key: 'sex', lang: 'fr' }, { s: 'f (Féminin)' }],
  ['English words', { html: select('s', [['a', 'Male'], ['b', 'Female'], ['c', 'Diverse']]), key: 'sex', lang: 'en' }, { s: 'b (Female)' }],
  ['divers', { html: select('s', [['m', 'männlich'], ['w', 'weiblich'], ['d', 'divers']]), key: 'sex', values: { sex: 'diverse' } }, { s: 'd (divers)' }],
  ['ohne Angabe (PStG § 22)', { html: select('s', [['m', 'männlich'], ['w', 'weiblich'], ['x', 'ohne Angabe']]), key: 'sex', values: { sex: 'unspecified' } }, { s: 'x (ohne Angabe)' }],
  ['sex as text', { html: '<input name="s">', key: 'sex', lang: 'fr' }, { s: 'féminin' }],
  ['sex radios', { html: radios('s', [['m', 'männlich'], ['w', 'weiblich']]), key: 'sex' }, { 's=m': 'skip:other-choice', 's=w': 'w (weiblich)' }],
  // Honorific, from sex when the profile has none.
  ['Anrede', { html: select('a', [['1', 'Herr'], ['2', 'Frau']]), key: 'honorific-prefix' }, { a: '2 (Frau)' }],
  ['Civilité abbreviations', { html: select('a', [['M', 'M.'], ['MME', 'Mme']]), key: 'honorific-prefix', lang: 'fr' }, { a: 'MME (Mme)' }],
  ['English titles', { html: select('a', [['mr', 'Mr'], ['ms', 'Ms']]), key: 'honorific-prefix', lang: 'en' }, { a: 'ms (Ms)' }],
  ['Anrede as text', { html: '<input name="a">', key: 'honorific-prefix', lang: 'fr' }, { a: 'Madame' }],
  ['Anrede of the partner', { html: radios('a', [['herr', 'Herr'], ['frau', 'Frau']]), key: 'honorific-prefix', person: 'partner' }, { 'a=herr': 'herr (Herr)', 'a=frau': 'skip:other-choice' }],
  ['no Anrede for divers in a text field', { html: '<input name="a">', key: 'honorific-prefix', values: { sex: 'diverse' } }, { a: 'skip:no-value' }],
  // Marital status.
  ['German words', { html: select('f', [['1', 'ledig'], ['2', 'verheiratet'], ['3', 'geschieden']]), key: 'marital-status' }, { f: '2 (verheiratet)' }],
  ['DSMeld codes as values', { html: select('f', [['LD', 'nicht verheiratet'], ['VH', 'in Ehe lebend']]), key: 'marital-status' }, { f: 'VH (in Ehe lebend)' }],
  ['French with gender marks', { html: select('f', [['c', 'Célibataire'], ['m', 'Marié(e)'], ['p', 'Pacsé(e)']]), key: 'marital-status', lang: 'fr' }, { f: 'm (Marié(e))' }],
  ['PACS for a civil partnership', { html: select('f', [['c', 'Célibataire'], ['m', 'Marié(e)'], ['p', 'Pacsé(e)']]), key: 'marital-status', lang: 'fr', values: { 'marital-status': 'civil-partnership' } }, { f: 'p (Pacsé(e))' }],
  ['eingetragene Lebenspartnerschaft', { html: select('f', [['1', 'ledig'], ['2', 'eingetragene Lebenspartnerschaft']]), key: 'marital-status', values: { 'marital-status': 'civil-partnership' } }, { f: '2 (eingetragene Lebenspartnerschaft)' }],
  ['veuf(ve)', { html: select('f', [['d', 'Divorcé(e)'], ['v', 'Veuf(ve)']]), key: 'marital-status', lang: 'fr', values: { 'marital-status': 'widowed' } }, { f: 'v (Veuf(ve))' }],
  ['divorcée', { html: select('f', [['d', 'Divorcée'], ['v', 'Veuve']]), key: 'marital-status', lang: 'fr', values: { 'marital-status': 'divorced' } }, { f: 'd (Divorcée)' }],
  ['marital radios', { html: radios('f', [['LD', 'ledig'], ['VH', 'verheiratet']]), key: 'marital-status' }, { 'f=LD': 'skip:other-choice', 'f=VH': 'VH (verheiratet)' }],
  ['marital as text', { html: '<input name="f">', key: 'marital-status' }, { f: 'verheiratet' }],
  // Checkboxes: ticked only where the meaning is clear.
  ['checkbox of the person\'s status', { html: radios('v', [['ja', 'verheiratet']], 'checkbox'), key: 'marital-status' }, { 'v=ja': 'ja (verheiratet)' }],
  ['checkbox of another status', { html: radios('v', [['ja', 'ledig']], 'checkbox'), key: 'marital-status' }, { 'v=ja': 'skip:option-not-found' }],
  ['checkbox of a free-text key', { html: radios('v', [['ja', 'Erika']], 'checkbox'), key: 'given-name' }, { 'v=ja': 'skip:unsupported-control' }],
  // Plain option lists.
  ['option matched by its text', { html: select('r', [['1', 'evangelisch'], ['2', 'ev']]), key: 'religion' }, { r: '2 (ev)' }],
  ['two options meaning the same: nothing chosen', { html: select('s', [['a', 'weiblich'], ['b', 'Weiblich']]), key: 'sex' }, { s: 'skip:option-not-found' }],
];

describe('options by meaning', () => {
  it.each(TABLE)('%s', (_, c, expected) => {
    expect(planByName(c)).toEqual(expected);
  });
});
