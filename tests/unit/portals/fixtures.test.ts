// @vitest-environment jsdom
// The portal replicas' hand labels: every control of every replica is labelled once, with a key of the
// vocabulary or null, a person for every non-null key, and a selector that finds exactly that control.
import { describe, expect, it } from 'vitest';
import { isFieldKey, isPerson } from '../../../lib/fields/keys';
import { allPortalFixtureFiles, loadFixture } from './fixtures';

const files = allPortalFixtureFiles();

describe.each(files)('replica %s', (file) => {
  const { doc, expected, collected } = loadFixture(file);

  it('labels with vocabulary keys (or null) and persons', () => {
    expect(expected.form).toBe(file.replace(/^portals\//, ''));
    expect(['de', 'fr']).toContain(expected.lang);
    for (const field of expected.fields) {
      if (field.key === null) expect(field.person, field.selector).toBeNull();
      else {
        expect(isFieldKey(field.key), `${field.selector}: ${field.key}`).toBe(true);
        expect(isPerson(field.person), `${field.selector}: ${field.person}`).toBe(true);
      }
    }
  });

  it('uses selectors that each match exactly one control', () => {
    for (const field of expected.fields) {
      const hits = doc.querySelectorAll(field.selector);
      expect(hits.length, field.selector).toBe(1);
      expect(['INPUT', 'SELECT', 'TEXTAREA']).toContain(hits[0]!.tagName);
    }
  });

  it('labels every fillable control exactly once', () => {
    const labelled = expected.fields.map((f) => doc.querySelector(f.selector));
    expect(new Set(labelled).size, 'two labels for one control').toBe(labelled.length);
    const missing = collected.filter((c) => !labelled.includes(c.element)).map((c) => c.snapshot.selector);
    expect(missing).toEqual([]);
    expect(labelled.length).toBe(collected.length);
  });
});

it('has at least 300 labelled controls across the replicas, a third or more of them null', () => {
  const fields = files.flatMap((f) => loadFixture(f).expected.fields);
  expect(fields.length).toBeGreaterThanOrEqual(300);
  expect(fields.filter((f) => f.key === null).length / fields.length).toBeGreaterThanOrEqual(1 / 3);
});
