// Classification is deterministic and layout-free (issue 3): on every fixture, the built
// extension's content script (in Chromium and Firefox) and the Node classify path (jsdom, the
// CLI's code) give the same fields, keys, persons and person indexes. Portal replicas are served
// at their portal's real URL; the government forms of tests/fixtures/general, whose services have
// no portal definition, at a path of a portal whose match pattern covers every path (the content
// script runs only on known portals), with the same URL on both sides.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage, type PageReport } from '../../lib/detect/analyse';
import { E2E_BROWSERS, ROOT, launch, serveFixtures, type E2EPage, type ExtensionBrowser } from './harness';

/** The one extension API call this test makes, in Chromium (chrome) and Firefox (browser). */
interface TabsMessaging {
  tabs: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
}

interface Fixture {
  file: string;
  url: string;
}

/** A portal whose paths are all of its origin (lib/portals/de-wohnsitzanmeldung.ts: paths ['/']). */
const HOST_OF_GENERAL = 'https://wohnsitzanmeldung.gov.de/formlotse-parity/';

function fixturesIn(dir: string, urlOf: (form: string, expectedUrl: string) => string): Fixture[] {
  return readdirSync(join(ROOT, 'tests/fixtures', dir))
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const expected = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures', dir, f), 'utf8')) as { form?: string; url: string };
      const form = expected.form ?? f.replace(/\.expected\.json$/, '.html');
      return { file: `${dir}/${form}`, url: urlOf(form, expected.url) };
    });
}

const FIXTURES: Fixture[] = [
  ...fixturesIn('portals', (_, url) => url),
  ...fixturesIn('general', (form) => HOST_OF_GENERAL + form),
];

/** selector → "key/person/index" for the top document's fields, the part both sides can address. */
function decisions(report: PageReport): Record<string, string> {
  const out: Record<string, string> = {};
  report.fields.forEach((field, i) => {
    const c = report.classifications[i];
    if (!c || field.frame !== 0 || field.selector.includes(' >>> ')) return;
    out[field.selector] = `${c.key}/${c.person}/${c.personIndex ?? '-'}`;
  });
  return out;
}

function nodeReport(fixture: Fixture): PageReport {
  const html = readFileSync(join(ROOT, 'tests/fixtures', fixture.file), 'utf8');
  const dom = new JSDOM(html, { url: fixture.url, virtualConsole: new VirtualConsole() });
  try {
    return analysePage(dom.window.document, fixture.url).report;
  } finally {
    dom.window.close();
  }
}

describe.each(E2E_BROWSERS)('classification parity, Node CLI vs content script in %s', (browserName) => {
  let browser: ExtensionBrowser;
  /** An extension page, the trusted context that may message the content script. */
  let extensionPage: E2EPage;
  beforeAll(async () => {
    browser = await launch(browserName, { router: serveFixtures(Object.fromEntries(FIXTURES.map((f) => [f.url, f.file]))) });
    extensionPage = await browser.openExtensionPage('sidepanel.html', 'body');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has replicas and general forms to compare', () => {
    expect(FIXTURES.filter((f) => f.file.startsWith('portals/')).length).toBeGreaterThan(0);
    expect(FIXTURES.filter((f) => f.file.startsWith('general/')).length).toBeGreaterThan(0);
  });

  it.each(FIXTURES)('$file', async (fixture) => {
    const portal = await browser.openPage(fixture.url);
    const tabId = await browser.tabIdOf(fixture.url);
    // Ask the content script the way the side panel does (lib/messaging.ts: requestFromTab).
    const report = await extensionPage.evaluate(async (tab: number) => {
      const g = globalThis as unknown as { browser?: TabsMessaging; chrome?: TabsMessaging };
      const api = (g.browser ?? g.chrome) as TabsMessaging;
      // The content script starts at document_idle: retry briefly until it answers.
      for (let attempt = 0; ; attempt++) {
        try {
          return (await api.tabs.sendMessage(tab, { type: 'page/get-report' }, { frameId: 0 })) as PageReport;
        } catch (error) {
          if (attempt >= 25) throw error;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    }, tabId);
    const inBrowser = decisions(report);
    const inNode = decisions(nodeReport(fixture));
    expect(Object.keys(inBrowser).length).toBeGreaterThan(0);
    expect(inBrowser).toEqual(inNode);
    await portal.close();
  });
});
