// Accessibility of the side panel (BITV 2.0 / WCAG 2.1 AA), in Chromium and Firefox: axe-core
// injected into the panel opened as an extension tab finds no WCAG 2.1 A/AA violation in any state;
// the panel reflows at 320 CSS px (200 % zoom of a 640 px panel) without horizontal scrolling.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSERS, fixtureHtml, launch, ROOT, type E2EPage, type ExtensionBrowser, type Router } from './harness';

const VIDEX_URL = 'https://videx.diplo.de/videx/visum-erfassung/antrag';
const NO_FORM_URL = 'https://videx.diplo.de/videx/start';
const UNKNOWN_URL = 'https://formulare.example.org/antrag';
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const router: Router = ({ url, method }) => {
  const path = url.split(/[?#]/)[0];
  const body =
    path === VIDEX_URL
      ? fixtureHtml('portals/de-videx.schengen.html').replace(
          '<input id="vx_name" name="antragsteller.name" required>',
          '<input id="vx_name" name="antragsteller.name" required aria-describedby="vx_name_hint"><small id="vx_name_hint">Wie im Pass, siehe <a href="/videx/hilfe">Hilfe</a></small>',
        )
      : path === UNKNOWN_URL
        ? fixtureHtml('portals/de-videx.schengen.html')
      : path === NO_FORM_URL
        ? '<!doctype html><html lang="de"><title>VIDEX</title><h1>Willkommen bei VIDEX</h1><p>Bitte wählen Sie einen Antrag.</p></html>'
        : undefined;
  return method === 'GET' && body ? { body } : { status: 404, body: 'not served in tests' };
};

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** Injects axe-core (evaluated by the automation protocol, so the panel's CSP does not apply) and runs it. */
async function axe(page: E2EPage): Promise<AxeViolation[]> {
  const raw = page.raw as { evaluate(script: string): Promise<unknown> };
  await raw.evaluate(`${AXE};void 0`);
  return page.evaluate(async (tags: string[]) => {
    const result = await (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, TAGS);
}

async function sidePanelSize(page: E2EPage, width = 400): Promise<void> {
  const raw = page.raw as { setViewportSize?(s: object): Promise<void>; setViewport?(s: object): Promise<void> };
  if (raw.setViewportSize) await raw.setViewportSize({ width, height: 900 });
  else await raw.setViewport?.({ width, height: 900 });
}

const pretty = (violations: AxeViolation[]) => violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

describe.each(E2E_BROWSERS)('side panel accessibility in %s', (browserName) => {
  let browser: ExtensionBrowser;
  let panel: E2EPage;
  beforeAll(async () => {
    browser = await launch(browserName, { router });
    const portal = await browser.openPage(VIDEX_URL);
    await portal.waitFor('#videxForm');
    panel = await browser.openPanelFor(VIDEX_URL, '[data-testid="field-list"] li.field');
    await sidePanelSize(panel);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('axe runs in the panel: an unlabelled control planted there is reported', async () => {
    await panel.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<input id="axe-canary">'), null);
    const ids = (await axe(panel)).map((v) => v.id);
    await panel.evaluate(() => document.querySelector('#axe-canary')!.remove(), null);
    expect(ids).toContain('label');
  });

  it('no form on the page: 0 violations', async () => {
    await browser.openPage(NO_FORM_URL);
    const empty = await browser.openPanelFor(NO_FORM_URL, '[data-testid="empty-no-form"]');
    await sidePanelSize(empty);
    expect(pretty(await axe(empty))).toEqual([]);
    await empty.close();
  });

  it('unknown site: 0 violations', async () => {
    await browser.openPage(UNKNOWN_URL);
    const unknown = await browser.openPanelFor(UNKNOWN_URL, '[data-testid="empty-unknown-site"]');
    await sidePanelSize(unknown);
    expect(pretty(await axe(unknown))).toEqual([]);
    await unknown.close();
  });

  it('form with fields: 0 violations', async () => {
    expect(pretty(await axe(panel))).toEqual([]);
  });

  it('field expanded, details open, page hint shown: 0 violations', async () => {
    await panel.click('li.field .field-button');
    await panel.waitFor('li[aria-current="true"] details.more');
    await panel.click('li[aria-current="true"] details.more summary');
    await panel.waitFor('li[aria-current="true"] details.more[open]');
    await panel.waitFor('li[aria-current="true"] [data-testid="page-help"] a');
    expect(pretty(await axe(panel))).toEqual([]);
  });

  it('no form and the vault locked: 0 violations', async () => {
    await panel.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }).browser;
      await api.runtime.sendMessage({ type: 'vault/create', passphrase: 'lange genug und geheim' });
      await api.runtime.sendMessage({ type: 'vault/lock' });
    }, null);
    const empty = await browser.openPanelFor(NO_FORM_URL, '[data-testid="empty-no-form"]');
    await sidePanelSize(empty);
    await empty.waitFor('[data-testid="vault-notice"]', 30_000);
    expect(pretty(await axe(empty))).toEqual([]);
    await empty.close();
  });

  it('form with the vault locked: 0 violations', async () => {
    // Beside a form the fill preview says it, with the vault's own inline unlock (components/vault).
    await panel.waitFor('[data-testid="fill-preview"] .vault-state[data-state="locked"]', 30_000);
    expect(pretty(await axe(panel))).toEqual([]);
  });

  it('reflows at 320 CSS px (200 % zoom) without horizontal scrolling or cut text', async () => {
    await sidePanelSize(panel, 320);
    const overflow = await panel.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      clipped: [...document.querySelectorAll('body *')].filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'hidden').length,
    }), null);
    expect(overflow).toEqual({ page: 0, clipped: 0 });
    await sidePanelSize(panel);
  });
});

describe.each(E2E_BROWSERS)('side panel in dark mode with reduced motion in %s', (browserName) => {
  let browser: ExtensionBrowser;
  let panel: E2EPage;
  beforeAll(async () => {
    // Firefox reads the system preferences from these prefs; Chromium's automation emulates the media features.
    browser = await launch(browserName, { router, firefoxPrefs: { 'ui.systemUsesDarkTheme': 1, 'ui.prefersReducedMotion': 1 } });
    await (await browser.openPage(VIDEX_URL)).waitFor('#videxForm');
    panel = await browser.openPanelFor(VIDEX_URL, '[data-testid="field-list"] li.field');
    const raw = panel.raw as { emulateMedia?(o: object): Promise<void> };
    await raw.emulateMedia?.({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await sidePanelSize(panel);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('field expanded in the dark scheme: 0 violations (its contrast included)', async () => {
    expect(await panel.evaluate(() => getComputedStyle(document.body).backgroundColor, null)).toBe('rgb(21, 25, 29)');
    await panel.click('li.field .field-button');
    await panel.click('li[aria-current="true"] details.more summary');
    await panel.waitFor('li[aria-current="true"] details.more[open]');
    expect(pretty(await axe(panel))).toEqual([]);
  });

  it('moves nothing: no transitions, instant scrolling', async () => {
    const styles = await panel.evaluate(() => [...document.querySelectorAll('.field-button, .button, html')].map((el) => `${getComputedStyle(el).transitionDuration} ${getComputedStyle(el).scrollBehavior}`), null);
    expect(new Set(styles)).toEqual(new Set(['0s auto']));
  });
});
