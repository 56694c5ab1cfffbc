// @vitest-environment jsdom
// Meta-test of the portals' field rules and explanations: every rule applies to a control of its
// portal's replica and agrees with the hand labels there; every rule's field and every explanation is
// written in de, en, fr and Einfache Sprache with an official https source.
import { describe, expect, it } from 'vitest';
import type { FieldSnapshot } from '../../../lib/fields/snapshot';
import { PORTALS } from '../../../lib/portals/registry';
import { matcherMatches, portalRuleFor, ruleMatches } from '../../../lib/portals/rules';
import type { PortalFieldRule } from '../../../lib/portals/types';
import { loadFixture } from './fixtures';

const EXPLAIN_LANGS = ['de', 'en', 'fr', 'de-simple'] as const;

describe.each(PORTALS.map((p) => [p.id, p] as const))('portal %s', (_id, portal) => {
  const fixtures = portal.fixtures.map((f) => loadFixture(f.file));

  it.each(portal.rules.map((r) => [r.field, r] as const))('rule %s applies in its replica and agrees with the labels', (_field, rule) => {
    let matched = 0;
    for (const { collected, doc, expected } of fixtures) {
      const labelOf = new Map(expected.fields.map((e) => [doc.querySelector(e.selector), e]));
      for (const { snapshot, element } of collected) {
        if (!ruleMatches(rule, snapshot)) continue;
        matched++;
        const label = labelOf.get(element);
        expect(label?.key ?? null, snapshot.selector).toBe(rule.key);
        if (rule.key !== null) expect(label?.person, snapshot.selector).toBe(rule.person ?? 'applicant');
      }
    }
    expect(matched, `rule ${rule.field} matches no control`).toBeGreaterThan(0);
    expect(rule.why.trim()).not.toBe('');
  });

  it('explains every rule\'s field in four languages with an https source', () => {
    for (const field of new Set(portal.rules.map((r) => r.field))) {
      expect(portal.explanations.some((e) => e.field === field), `explanation of ${field}`).toBe(true);
    }
    expect(portal.explanations.length).toBeGreaterThan(0);
    for (const e of portal.explanations) {
      for (const lang of EXPLAIN_LANGS) {
        expect(e.what[lang]?.trim(), `${e.field}.what.${lang}`).toBeTruthy();
        if (e.why) expect(e.why[lang]?.trim(), `${e.field}.why.${lang}`).toBeTruthy();
      }
      expect(new URL(e.source).protocol, e.source).toBe('https:');
    }
  });

  it('points every explanation without a rule at a control of its replica', () => {
    const own = portal.explanations.filter((e) => e.match);
    for (const e of own) {
      const hits = fixtures.flatMap((f) => f.collected.filter((c) => matcherMatches(e.match!, c.snapshot)));
      expect(hits.length, `explanation ${e.field}`).toBeGreaterThan(0);
    }
    expect(own.length + portal.rules.length).toBeGreaterThan(0);
  });
});

describe('ruleMatches', () => {
  const snapshot = (over: Partial<FieldSnapshot>): FieldSnapshot => ({
    id: 'f0', selector: '#x', frame: 0, tag: 'input', type: 'text', name: 'antrag.name', htmlId: 'x', autocomplete: '',
    labels: [], options: [], sections: [], required: false, readOnly: false, disabled: false, ...over,
  });
  const rule = (match: PortalFieldRule['match']): PortalFieldRule => ({ field: 'f', match, key: null, why: 'test' });

  it.each([
    ['exact name', { name: 'antrag.name' }, snapshot({}), true],
    ['name is exact, not a prefix', { name: 'antrag' }, snapshot({}), false],
    ['name pattern', { name: /\.name$/ }, snapshot({}), true],
    ['id', { htmlId: 'x' }, snapshot({}), true],
    ['own label', { label: /^Name$/ }, snapshot({ labels: [{ source: 'label-for', text: 'Name' }] }), true],
    ['placeholder counts as own label', { label: /^IBAN$/ }, snapshot({ labels: [{ source: 'placeholder', text: 'IBAN' }] }), true],
    ['a radio group or split-date label counts as own label', { label: /^Geschlecht$/ }, snapshot({ labels: [{ source: 'group', text: 'Geschlecht' }] }), true],
    ['a section text is not the own label', { label: /^Name$/ }, snapshot({ labels: [{ source: 'legend', text: 'Name' }] }), false],
    ['preceding text is not the own label', { label: /^Name$/ }, snapshot({ labels: [{ source: 'preceding-text', text: 'Name' }] }), false],
    ['section from fieldsets', { section: /^Kind 1$/ }, snapshot({ sections: ['Kinder', 'Kind 1'] }), true],
    ['section from a heading label', { section: /^Kind 1$/ }, snapshot({ labels: [{ source: 'heading', text: 'Kind 1' }] }), true],
    ['every given property must match', { name: 'antrag.name', section: /^Kind/ }, snapshot({}), false],
    ['an empty matcher matches nothing', {}, snapshot({}), false],
  ] as const)('%s', (_name, match, snap, result) => {
    expect(ruleMatches(rule(match), snap)).toBe(result);
  });

  it('picks the first matching rule in the portal\'s order', () => {
    const first = { ...rule({ name: /name/ }), field: 'first' };
    const second = { ...rule({ htmlId: 'x' }), field: 'second' };
    expect(portalRuleFor([first, second], snapshot({}))?.field).toBe('first');
    expect(portalRuleFor([second, first], snapshot({}))?.field).toBe('second');
    expect(portalRuleFor([], snapshot({}))).toBeNull();
  });
});
