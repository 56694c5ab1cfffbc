// The fill preview as data (components/fill/preview.ts): portal replicas analysed as the content
// script does, the e2e household, and what the panel would list and send.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildPreview, confirmedItems, reportKey } from '@/components/fill/preview';
import { analysePage, type PageReport } from '@/lib/detect/analyse';
import type { Profile } from '@/lib/profile/types';
import { HOUSEHOLD } from '../../e2e/fill-flow';

const ROOT = join(import.meta.dirname, '../../..');
const profile = HOUSEHOLD as Profile;

function reportOf(file: string, url: string): PageReport {
  const doc = new JSDOM(readFileSync(join(ROOT, 'tests/fixtures/portals', file), 'utf8')).window.document;
  return analysePage(doc, url).report;
}
const kindergeld = reportOf('de-kindergeld.kg1.html', 'https://web.arbeitsagentur.de/opal/kgo-antrag-ui/antrag');
const elterngeld = reportOf('de-elterngeld.antrag.html', 'https://www.elterngeld-digital.de/ams/Elterngeld/wizardng/FFE7CD');
const slotsOf = (report: PageReport, shown: string[] | null = null, choice = {}) => buildPreview(report, shown, profile, choice).slots;

describe('buildPreview', () => {
  it('gives each person of the form a chooser, with the household member the planner would take', () => {
    const chosen = Object.fromEntries(slotsOf(kindergeld).map((s) => [s.slot, s.chosen?.id ?? null]));
    expect(chosen).toMatchObject({ 'applicant:0': 'applicant', 'partner:0': 'partner', 'child:0': 'child-mira', 'child:1': 'child-jonas' });
  });

  it('lists each planned value under its person, in page order, sensitive ones marked', () => {
    const slots = slotsOf(kindergeld);
    const child1 = slots.find((s) => s.slot === 'child:1')!;
    expect(child1.rows.map((r) => [r.item?.key, r.item?.display, r.item?.sensitive])).toEqual([
      ['given-name', 'Jonas', false],
      ['bday', '02.04.2019', false],
      ['tax-id', '63820491577', true],
    ]);
    expect(child1.sections).toEqual(['Kind 2']);
  });

  it('sends sensitive values only when ticked', () => {
    const preview = buildPreview(kindergeld, null, profile, {});
    const sensitive = preview.plan.items.filter((i) => i.sensitive);
    expect(sensitive.map((i) => i.key).sort()).toEqual(['bic', 'iban', 'tax-id', 'tax-id', 'tax-id']);
    expect(confirmedItems(preview, {}).some((i) => i.sensitive)).toBe(false);
    const one = sensitive[0]!.fieldId;
    expect(confirmedItems(preview, { [one]: true }).filter((i) => i.sensitive).map((i) => i.fieldId)).toEqual([one]);
    expect(confirmedItems(preview, { [one]: false }).some((i) => i.sensitive)).toBe(false);
  });

  it('leaves a person out when the citizen chooses nobody, and says why', () => {
    const preview = buildPreview(kindergeld, null, profile, { 'partner:0': null });
    const partner = preview.slots.find((s) => s.slot === 'partner:0')!;
    expect(partner.chosen).toBeUndefined();
    expect(partner.rows).toEqual([]);
    expect(preview.skipped.filter((r) => r.slot === 'partner:0').map((r) => r.skip?.reason)).toContain('no-person');
    expect(preview.plan.items.some((i) => i.personId === 'partner')).toBe(false);
  });

  it('takes another household member for a person of the form when chosen', () => {
    const preview = buildPreview(kindergeld, null, profile, { 'child:0': 'child-jonas' });
    expect(preview.slots.find((s) => s.slot === 'child:0')!.rows.map((r) => r.item?.display)).toContain('Jonas');
  });

  it('plans only the fields on screen: a wizard step at a time, the rest counted as hidden', () => {
    const step1 = elterngeld.fields.filter((f) => f.htmlId.startsWith('kind_')).map((f) => f.id);
    const preview = buildPreview(elterngeld, step1, profile, {});
    expect(new Set(preview.slots.map((s) => s.person))).toEqual(new Set(['child']));
    expect(preview.plan.items.every((i) => step1.includes(i.fieldId))).toBe(true);
    expect(preview.hiddenCount).toBeGreaterThan(20);
  });

  it('keys a report by its fields, so the same fields keep their ticks and new ones do not', () => {
    expect(reportKey(kindergeld)).toBe(reportKey({ ...kindergeld, classifications: [] }));
    expect(reportKey(kindergeld)).not.toBe(reportKey({ ...kindergeld, fields: kindergeld.fields.slice(1) }));
  });
});
