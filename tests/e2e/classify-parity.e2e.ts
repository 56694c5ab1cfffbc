// Classification is deterministic and layout-free (issue 3): on every portal replica, the built
// extension's content script (in Chromium and Firefox, at the portal's real URL) and the Node
// classify path (jsdom, the CLI's code) give the same fields, keys, persons and person indexes.
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

const DIR = join(ROOT, 'tests/fixtures/portals');
const FIXTURES: Fixture[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => {
    const expected = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { form?: string; url: string };
    return { file: `portals/${expected.form ?? f.replace(/\.expected\.json$/, '.html')}`, url: expected.url };
  });

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

  it('has replicas to compare', () => {
    expect(FIXTURES.length).toBeGreaterThan(0);
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
