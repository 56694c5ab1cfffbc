// @vitest-environment happy-dom
// Derived and formatted text values: street and house number, full name, phone numbers; who is
// filled (person choice), and what the plan leaves out and why.
import { describe, expect, it } from 'vitest';
import { collectFields } from '../../../lib/detect/collect';
import { planFill } from '../../../lib/fill/index';
import { planByName, PROFILE, type PlanCase } from './plan-helpers';

const TABLE: [string, PlanCase, Record<string, string>][] = [
  // Street and house number, split from or joined into one line.
  ['street of "Hauptstraße 12a"', { html: '<input name="s">', key: 'street' }, { s: 'Hauptstraße' }],
  ['house number of "Hauptstraße 12a"', { html: '<input name="n">', key: 'house-number' }, { n: '12a' }],
  ['number inside the street name', { html: '<input name="s">', key: 'street', values: { 'street-address': 'Straße des 17. Juni 135' } }, { s: 'Straße des 17. Juni' }],
  ['range of numbers', { html: '<input name="n">', key: 'house-number', values: { 'street-address': 'Lindenallee 3-5' } }, { n: '3-5' }],
  ['French order', { html: '<input name="s">', key: 'street', values: { 'street-address': '12 bis rue de la Paix' } }, { s: 'rue de la Paix' }],
  ['French répétition index', { html: '<input name="n">', key: 'house-number', values: { 'street-address': '12 bis rue de la Paix' } }, { n: '12 bis' }],
  ['no number to split', { html: '<input name="n">', key: 'house-number', values: { 'street-address': 'Am Markt' } }, { n: 'skip:no-value' }],
  ['joined, German address', { html: '<input name="a">', key: 'street-address', values: { 'street-address': '', street: 'Lindenallee', 'house-number': '3' } }, { a: 'Lindenallee 3' }],
  ['joined, French address', { html: '<input name="a">', key: 'street-address', values: { 'street-address': '', street: 'rue de la Paix', 'house-number': '12', country: 'FR' } }, { a: '12 rue de la Paix' }],
  // Names.
  ['full name from given and family name', { html: '<input name="n">', key: 'full-name' }, { n: 'Erika Mustermann' }],
  ['"Name, Vorname" asks family name first', { html: '<label for="n">Name, Vorname</label><input id="n" name="n">', key: 'full-name' }, { n: 'Mustermann, Erika' }],
  ['the child\'s name', { html: '<input name="n">', key: 'given-name', person: 'child', personIndex: 0 }, { n: 'Lea' }],
  // Phone numbers (profile: "+49 30 1234567").
  ['as typed without a hint', { html: '<input type="tel" name="t">', key: 'tel' }, { t: '+49 30 1234567' }],
  ['national placeholder on a German form', { html: '<input type="tel" name="t" placeholder="030 123456">', key: 'tel' }, { t: '0301234567' }],
  ['"00" placeholder', { html: '<input type="tel" name="t" placeholder="0049 …">', key: 'tel' }, { t: '0049301234567' }],
  ['national number to "+"', { html: '<input type="tel" name="t" placeholder="+49 …">', key: 'tel', values: { tel: '030 1234567' } }, { t: '+49301234567' }],
  ['digits-only pattern, foreign number', { html: '<input type="tel" name="t" pattern="[0-9]*">', key: 'tel', values: { tel: '+33 6 12 34 56 78' } }, { t: '0033612345678' }],
  ['French national on a French form', { html: '<input type="tel" name="t" placeholder="06 12 34 56 78">', key: 'tel', lang: 'fr', values: { tel: '+33 6 12 34 56 78' } }, { t: '0612345678' }],
  ['German number, French national placeholder', { html: '<input type="tel" name="t" placeholder="06 12 34 56 78">', key: 'tel', lang: 'fr' }, { t: '0049301234567' }],
  ['compact where the maxlength is short', { html: '<input type="tel" name="t" maxlength="13">', key: 'tel' }, { t: '+49301234567' }],
  // What is left out.
  ['longer than the maxlength', { html: '<input name="c" maxlength="3">', key: 'city' }, { c: 'skip:too-long' }],
  ['no value in the profile', { html: '<input name="x">', key: 'employer', person: 'partner' }, { x: 'skip:no-value' }],
  ['"other" persons are nobody by default', { html: '<input name="x">', key: 'given-name', person: 'other' }, { x: 'skip:no-person' }],
  ['a second child the profile lacks', { html: '<input name="x">', key: 'given-name', person: 'child', personIndex: 1 }, { x: 'skip:no-person' }],
  ['the citizen chose the partner for the applicant block', { html: '<input name="x">', key: 'given-name', choice: { 'applicant:0': 'partner' } }, { x: 'Max' }],
  ['the citizen chose nobody', { html: '<input name="x">', key: 'given-name', choice: { 'applicant:0': null } }, { x: 'skip:no-person' }],
];

describe('text values', () => {
  it.each(TABLE)('%s', (_, c, expected) => {
    expect(planByName(c)).toEqual(expected);
  });
});

describe('plan entries', () => {
  function plan(html: string, classify: (name: string) => { key: string | null; confidence: number }) {
    document.body.innerHTML = `<form>${html}</form>`;
    const collected = collectFields(document);
    const classifications = collected.map(({ snapshot }) => ({
      fieldId: snapshot.id, ...classify(snapshot.name), person: 'applicant' as const, source: 'label' as const, reason: 'test',
    })) as Parameters<typeof planFill>[1];
    return planFill(collected.map((c) => c.snapshot), classifications, PROFILE);
  }

  it('marks sensitive keys, carries key and person, and says why fields are left out', () => {
    const result = plan('<input name="iban"><input name="vorname"><input name="captcha"><input name="maybe">', (name) =>
      ({ iban: { key: 'iban', confidence: 0.9 }, vorname: { key: 'given-name', confidence: 0.9 }, captcha: { key: null, confidence: 0.8 }, maybe: { key: 'city', confidence: 0.3 } })[name]!,
    );
    expect(result.items.map(({ key, personId, value, sensitive, kind }) => ({ key, personId, value, sensitive, kind }))).toEqual([
      { key: 'iban', personId: 'applicant', value: 'DE02120300000000202051', sensitive: true, kind: 'text' },
      { key: 'given-name', personId: 'applicant', value: 'Erika', sensitive: false, kind: 'text' },
    ]);
    expect(result.skipped.map(({ key, reason }) => ({ key, reason }))).toEqual([
      { key: null, reason: 'unknown-field' },
      { key: 'city', reason: 'unsure' },
    ]);
  });

  it('refuses classifications of fields it was not given (a programmer error)', () => {
    expect(() => planFill([], [{ fieldId: 'f9', key: 'city', person: 'applicant', source: 'label', confidence: 1, reason: '' }], PROFILE)).toThrow(/unknown field f9/);
  });
});
