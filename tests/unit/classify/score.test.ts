// The classifier scored like ../shared/tools/score-fields.mjs does (same arithmetic, scoring.ts),
// on the portal replicas in tests/fixtures/portals and, where the checkout has it, on the shared
// corpus of 172 real forms. Fails below the thresholds of issue 3.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreDirs, type Score } from './scoring';

const ROOT = resolve(import.meta.dirname, '../../..');
const PORTALS = resolve(ROOT, 'tests/fixtures/portals');
/** Government forms of services without a portal definition: only the general rules classify them. */
const GENERAL = resolve(ROOT, 'tests/fixtures/general');
/** An address no portal of the registry claims. */
const ELSEWHERE = 'https://forms.example.org/antrag';
const CORPUS = resolve(ROOT, '../shared/corpus');

function summary(s: Score): string {
  const misses = s.misses.slice(0, 15).map((m) => `  ${m.form} ${m.selector}: expected ${m.expected} got ${m.got} (${m.reason})`);
  return [`precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} person ${s.personAccuracy.toFixed(3)} errors ${s.errors.length}`, ...misses].join('\n');
}

/** Every selector valid and each figure at or above its bar, with the misses in the message. */
function expectScores(s: Score, bars: { precision: number; recall: number; person?: number }): void {
  expect(s.errors, summary(s)).toEqual([]);
  expect(s.precision, summary(s)).toBeGreaterThanOrEqual(bars.precision);
  expect(s.recall, summary(s)).toBeGreaterThanOrEqual(bars.recall);
  if (bars.person !== undefined) expect(s.personAccuracy, summary(s)).toBeGreaterThanOrEqual(bars.person);
}

describe('classification scores', () => {
  it('portal replicas: precision >= 0.98, recall >= 0.95, person accuracy >= 0.95, every selector valid', () => {
    const s = scoreDirs([PORTALS]);
    expect(s.forms).toBeGreaterThan(0);
    expectScores(s, { precision: 0.98, recall: 0.95, person: 0.95 });
  });

  it('government forms without a portal definition (tests/fixtures/general): precision >= 0.98, recall >= 0.95, person accuracy >= 0.95', () => {
    // Read at an address no portal claims: eight of these forms carry the real address of a portal
    // the registry knows (VIDEX, ELSTER, ANTS ...), and their figures must not lean on its rules.
    const s = scoreDirs([GENERAL], new Date(), ELSEWHERE);
    expect(s.forms).toBeGreaterThanOrEqual(320);
    expectScores(s, { precision: 0.98, recall: 0.95, person: 0.95 });
  }, 300_000); // 220 forms in jsdom: some 20 s on a quiet machine, more beside a browser run

  it('portal replicas read elsewhere, by the general rules alone: precision, recall and person accuracy >= 0.97', () => {
    // What a form of a portal without a definition gets: the keyword tables, person words and
    // page passes, no portal rule. Guards the general rules against leaning on the portal rules.
    expectScores(scoreDirs([PORTALS], new Date(), ELSEWHERE), { precision: 0.97, recall: 0.97, person: 0.97 });
  });

  it.runIf(existsSync(CORPUS))('shared corpus (ddg + chromium): precision >= 0.96, recall >= 0.88, every selector valid', () => {
    const s = scoreDirs([resolve(CORPUS, 'ddg'), resolve(CORPUS, 'chromium')]);
    expect(s.forms).toBe(172);
    expectScores(s, { precision: 0.96, recall: 0.88 });
  }, 900_000);
});
