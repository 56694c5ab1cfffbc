// analysePage (the content script's call) recognises the portal, collects and classifies; the
// sliced variant yields between slices and gives the same report.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analysePage, analysePageInSlices } from '../../../lib/detect/analyse';

const VIDEX_URL = 'https://videx.diplo.de/videx/visum-erfassung/antrag';
const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/portals/de-videx.schengen.html'), 'utf8');
const now = new Date('2025-06-01T12:00:00Z');

describe('analysePage', () => {
  it('recognises the portal and classifies every collected field', () => {
    const doc = new JSDOM(html, { url: VIDEX_URL }).window.document;
    const { report, elements } = analysePage(doc, VIDEX_URL, now);
    expect(report.portalId).toBe('de-videx');
    expect(report.classifications.map((c) => c.fieldId)).toEqual(report.fields.map((f) => f.id));
    expect(elements.size).toBe(report.fields.length);
    const byId = new Map(report.fields.map((f) => [f.id, f]));
    const gebort = report.classifications.find((c) => byId.get(c.fieldId)?.htmlId === 'vx_gebort');
    expect(gebort).toMatchObject({ key: 'birth-place', person: 'applicant', source: 'label' });
  });

  it('knows no portal on other sites, and still classifies', () => {
    const doc = new JSDOM(html, { url: 'https://videx.diplo.de.example.com/videx/' }).window.document;
    const { report } = analysePage(doc, 'https://videx.diplo.de.example.com/videx/', now);
    expect(report.portalId).toBeNull();
    expect(report.classifications.some((c) => c.key === 'birth-place')).toBe(true);
  });

  it('in slices: yields to the page between slices and gives the same report', async () => {
    const doc = new JSDOM(html, { url: VIDEX_URL }).window.document;
    let time = 0;
    let pauses = 0;
    const sliced = await analysePageInSlices(doc, VIDEX_URL, async () => void pauses++, { now, sliceMs: 40, clock: () => (time += 10) });
    expect(pauses).toBeGreaterThan(5);
    expect(sliced.report).toEqual(analysePage(doc, VIDEX_URL, now).report);
  });
});
