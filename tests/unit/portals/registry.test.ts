// @vitest-environment jsdom
// Meta-test of the portal registry (STYLE: Refined GitHub): every portal file is registered once,
// documented in three languages, recognised at its replica's URL, and its form and steps are found
// in that replica.
import { describe, expect, it } from 'vitest';
import { PORTALS, portalForUrl } from '../../../lib/portals/registry';
import type { PortalDefinition } from '../../../lib/portals/types';
import { allPortalFixtureFiles, fixtureExists, loadFixture } from './fixtures';

/** The engine's own modules; every other .ts file in lib/portals/ is one portal. */
const ENGINE_FILES = new Set(['define.ts', 'match.ts', 'registry.ts', 'rules.ts', 'shared-texts.ts', 'types.ts']);
const LANGS = ['de', 'en', 'fr'] as const;

const modules = import.meta.glob<{ default: PortalDefinition }>('../../../lib/portals/*.ts', { eager: true });
const portalFiles = Object.entries(modules)
  .map(([path, mod]) => ({ file: path.split('/').pop()!, portal: mod.default }))
  .filter(({ file }) => !ENGINE_FILES.has(file));

describe('portal registry', () => {
  it('registers every portal file exactly once, each under a unique id named like its file', () => {
    expect(portalFiles.length).toBeGreaterThanOrEqual(12);
    for (const { file, portal } of portalFiles) {
      expect(PORTALS.filter((p) => p === portal), `${file} registered once`).toHaveLength(1);
      expect(portal.id, file).toBe(file.replace(/\.ts$/, ''));
    }
    expect(new Set(PORTALS.map((p) => p.id)).size).toBe(PORTALS.length);
    expect(PORTALS).toHaveLength(portalFiles.length);
  });

  it('gives every replica in tests/fixtures/portals/ to exactly one portal', () => {
    const claimed = PORTALS.flatMap((p) => p.fixtures.map((f) => f.file));
    expect(new Set(claimed).size).toBe(claimed.length);
    expect([...claimed].sort()).toEqual(allPortalFixtureFiles());
  });

  it('keeps every origin with one portal', () => {
    const origins = PORTALS.flatMap((p) => p.origins);
    expect(new Set(origins).size).toBe(origins.length);
  });
});

describe.each(PORTALS.map((p) => [p.id, p] as const))('portal %s', (_id, portal) => {
  it('is documented: names in de, en and fr, official https help links', () => {
    for (const lang of LANGS) expect(portal.name[lang].trim(), `name.${lang}`).not.toBe('');
    expect(portal.help.length).toBeGreaterThan(0);
    for (const help of portal.help) {
      expect(new URL(help.url).protocol, help.url).toBe('https:');
      for (const lang of LANGS) expect(help.title[lang].trim(), `help title ${lang}`).not.toBe('');
    }
    for (const step of portal.steps ?? []) {
      for (const lang of LANGS) expect(step.title[lang].trim(), `step ${step.id} ${lang}`).not.toBe('');
    }
  });

  it('has exact https origins and at least one path', () => {
    expect(portal.origins.length).toBeGreaterThan(0);
    for (const origin of portal.origins) expect(new URL(origin).origin).toBe(origin);
    expect(portal.paths.length).toBeGreaterThan(0);
  });

  it('has replicas with labels, served at a URL recognised as this portal', () => {
    expect(portal.fixtures.length).toBeGreaterThan(0);
    for (const fixture of portal.fixtures) {
      expect(fixtureExists(fixture.file), fixture.file).toBe(true);
      expect(fixture.source.trim()).not.toBe('');
      const { expected, doc } = loadFixture(fixture.file);
      expect(expected.url).toBe(fixture.url);
      expect(expected.fields.length).toBeGreaterThan(0);
      expect(portalForUrl(fixture.url)?.id).toBe(portal.id);
      expect(doc.querySelectorAll(portal.formSelector), portal.formSelector).toHaveLength(1);
    }
  });
});

const WIZARDS = PORTALS.filter((p) => p.steps !== undefined);

describe.each(WIZARDS.map((p) => [p.id, p] as const))('wizard portal %s', (_id, portal) => {
  it('names its steps, and exactly one of them is the current step in its replica', () => {
    const steps = portal.steps ?? [];
    expect(steps.length).toBeGreaterThan(1);
    for (const fixture of portal.fixtures) {
      const { doc } = loadFixture(fixture.file);
      const shown = steps.filter((step) => doc.querySelectorAll(step.selector).length > 0);
      expect(shown.map((s) => s.id), fixture.file).toHaveLength(1);
      expect(doc.querySelectorAll(shown[0]!.selector)).toHaveLength(1);
    }
  });
});

it('has several wizard portals (steps hidden in the DOM are part of the replicas)', () => {
  expect(WIZARDS.length).toBeGreaterThanOrEqual(4);
});
