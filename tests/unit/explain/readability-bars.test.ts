// The readability bars of issue 4 as a test, so `npm test` fails below them (same check as
// `npm run readability`): Amstad >= 60 on average for German, Einfache Sprache mean <= 12 words
// a sentence and no sentence over 18, over the key texts and every portal's own explanations.
import { describe, expect, it } from 'vitest';
import { KEY_TEXTS } from '../../../lib/explain';
import { READABILITY_BARS, readabilityReport } from '../../../lib/explain/readability-report';
import { PORTALS } from '../../../lib/portals/registry';
import type { PortalDefinition } from '../../../lib/portals/types';

describe('readability bars', () => {
  it('German explanations meet the bars', () => {
    const report = readabilityReport(KEY_TEXTS.de, KEY_TEXTS['de-simple'], PORTALS);
    expect(report.failures).toEqual([]);
    expect(report.standard.meanReadingEase).toBeGreaterThanOrEqual(READABILITY_BARS.minMeanReadingEase);
    expect(report.simple.meanSentenceWords).toBeLessThanOrEqual(READABILITY_BARS.maxMeanSentenceWords);
    expect(report.simple.maxSentenceWords).toBeLessThanOrEqual(READABILITY_BARS.maxSentenceWords);
  });

  it('fails on a portal explanation with a long Einfache-Sprache sentence or dense German', () => {
    const long = 'Sie müssen hier die Nummer eintragen, die Ihnen das Amt in dem Brief geschickt hat, den Sie im letzten Jahr bekommen haben.';
    const dense =
      'Die steuerliche Identifikationsnummer wird dem Steuerpflichtigen vom Bundeszentralamt für Steuern zum Zwecke der eindeutigen Identifizierung im Besteuerungsverfahren zugeteilt.';
    const portal = {
      id: 'dense-portal',
      explanations: Array.from({ length: 60 }, (_, i) => ({
        field: `f${i}`,
        what: { de: dense, en: 'x', fr: 'x', 'de-simple': long },
        source: 'https://portal.example/',
      })),
    } as unknown as PortalDefinition;
    const report = readabilityReport(KEY_TEXTS.de, KEY_TEXTS['de-simple'], [portal]);
    expect(report.simple.maxSentenceWords).toBe(22);
    expect(report.failures.some((f) => f.includes('portal:dense-portal/f0') && f.includes('22 words'))).toBe(true);
    expect(report.failures.some((f) => f.startsWith('German standard texts'))).toBe(true);
  });
});
