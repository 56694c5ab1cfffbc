// Loading the portal replicas and their hand labels for the portal meta-tests. Runs in Vitest's jsdom
// environment (DOMParser), the same DOM the classify CLI uses in Node.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectFields, type CollectedField } from '../../../lib/detect/collect';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../fixtures');
export const PORTAL_FIXTURES_DIR = join(FIXTURES_DIR, 'portals');

/** One labelled control, in ../shared/corpus's expected.json format. */
export interface ExpectedField {
  selector: string;
  key: string | null;
  person: string | null;
  original: string;
  score: boolean;
}
export interface Expected {
  form: string;
  url: string;
  lang: string;
  source: string;
  fields: ExpectedField[];
}

export interface LoadedFixture {
  file: string;
  doc: Document;
  expected: Expected;
  collected: CollectedField[];
}

export function fixtureExists(file: string): boolean {
  return existsSync(join(FIXTURES_DIR, file));
}

const cache = new Map<string, LoadedFixture>();

/** The replica (path relative to tests/fixtures/) parsed, its expected.json, and its collected controls (read once). */
export function loadFixture(file: string): LoadedFixture {
  const hit = cache.get(file);
  if (hit) return hit;
  const html = readFileSync(join(FIXTURES_DIR, file), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, file.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;
  const loaded = { file, doc, expected, collected: collectFields(doc) };
  cache.set(file, loaded);
  return loaded;
}

/** Every replica in tests/fixtures/portals/, as paths relative to tests/fixtures/. */
export function allPortalFixtureFiles(): string[] {
  return readdirSync(PORTAL_FIXTURES_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => `portals/${name}`);
}
