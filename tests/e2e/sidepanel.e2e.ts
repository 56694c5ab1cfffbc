// The side panel on a portal replica, in Chromium and Firefox: it follows the citizen both ways,
// shows the page's own (hostile) hints only sanitized, and on an unknown site runs nothing until asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_BROWSERS, FIREFOX_BUILD, fixtureHtml, launch, ROOT, type E2EPage, type ExtensionBrowser, type Router } from './harness';

/** A UI message in the language the panel shows (unknown sites follow the browser's language). */
async function message(panel: E2EPage, name: string): Promise<string> {
  const lang = await panel.evaluate(() => document.documentElement.lang, null);
  const catalog = JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  return catalog[name]!.message;
}

const VIDEX_URL = 'https://videx.diplo.de/videx/visum-erfassung/antrag';
const UNKNOWN_URL = 'https://formulare.example.org/antrag';
const BAFOEG_URL = 'https://www.bafoeg-digital.de/ams/BAFOEG/wizardng/formblatt1';
const HOSTILE_HINT =
  '<small id="vx_gebort_hint">Wie im Pass. <img src="https://tracker.example/p.gif" onerror="document.title=\'pwned\'">' +
  '<script>document.title="pwned"</script><a href="javascript:document.title=\'pwned\'">Mehr</a> <a href="/videx/hilfe">Hilfe</a></small>';

/** The VIDEX replica with a hostile hint beside "5. Geburtsort" (a page may put anything there). */
function pages(): Router {
  const videx = fixtureHtml('portals/de-videx.schengen.html').replace(
    '<input id="vx_gebort" name="antragsteller.geburtsort" required>',
    `<input id="vx_gebort" name="antragsteller.geburtsort" required aria-describedby="vx_gebort_hint">${HOSTILE_HINT}`,
  );
  const bodies: Record<string, string> = {
    [VIDEX_URL]: videx,
    [UNKNOWN_URL]: fixtureHtml('portals/de-videx.schengen.html'),
    [BAFOEG_URL]: fixtureHtml('portals/de-bafoeg.formblatt1.html'),
  };
  return ({ url, method }) => {
    const body = bodies[url.split(/[?#]/)[0]!];
    return method === 'GET' && body !== undefined ? { body } : { status: 404, body: 'not served in tests' };
  };
}

/** Polls `fn` in the page until it returns a truthy value (or fails after `ms`). */
async function until<T, A>(page: E2EPage, fn: (arg: A) => T, arg: A, ms = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${fn.toString().slice(0, 120)} (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const selectedLabel = () => document.querySelector('li[aria-current="true"] .field-label')?.textContent ?? null;

/** Clicks the field button whose label starts with `label`. */
async function chooseInPanel(panel: E2EPage, label: string): Promise<void> {
  const id = await panel.evaluate((l: string) => [...document.querySelectorAll('li.field')].find((li) => li.querySelector('.field-label')?.textContent?.startsWith(l))?.getAttribute('data-field-id'), label);
  if (!id) throw new Error(`no field "${label}" in the panel`);
  await panel.click(`li[data-field-id="${id}"] .field-button`);
}

describe.each(E2E_BROWSERS)('side panel in %s', (browserName) => {
  let browser: ExtensionBrowser;
  let portal: E2EPage;
  let panel: E2EPage;
  beforeAll(async () => {
    browser = await launch(browserName, { router: pages(), firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false } });
    portal = await browser.openPage(VIDEX_URL);
    await portal.waitFor('#videxForm');
    panel = await browser.openPanelFor(VIDEX_URL, '[data-testid="field-list"] li.field');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('follows the citizen from the page: focusing a field selects and opens it in the panel', async () => {
    await portal.bringToFront();
    await portal.focus('#vx_gebort');
    expect(await until(panel, selectedLabel, null)).toBe('5. Geburtsort');
    expect(await until(panel, () => document.querySelector('li[aria-current="true"] [data-testid="explanation"]')?.textContent, null)).toMatch(/Geburtsort|geboren/);
    await portal.focus('#vx_passnr');
    expect(await until(panel, () => (document.querySelector('li[aria-current="true"] .field-label')?.textContent === '13. Nummer des Reisedokuments' ? 'ok' : null), null)).toBe('ok');
  });

  it('follows the citizen from the panel: choosing a field scrolls to it and rings it on the page, removably', async () => {
    await panel.bringToFront();
    await chooseInPanel(panel, 'Ort und Datum');
    const shown = await until(portal, () => {
      const el = document.querySelector('#vx_ort_datum')!;
      const r = el.getBoundingClientRect();
      const inView = r.top >= 0 && r.bottom <= window.innerHeight;
      return inView && document.querySelectorAll('formlotse-highlight').length === 1 ? { active: document.activeElement?.id } : null;
    }, null);
    expect(shown.active).toBe('vx_ort_datum');
    // The page's own element is untouched: no class, style or attribute of ours.
    expect(await portal.evaluate(() => document.querySelector('#vx_ort_datum')!.outerHTML, null)).toBe('<input id="vx_ort_datum" name="erklaerung.ortDatum">');
    // Closing the field in the panel removes the ring.
    await chooseInPanel(panel, 'Ort und Datum');
    await until(portal, () => document.querySelectorAll('formlotse-highlight').length === 0, null);
    // Escape on the page removes it too.
    await chooseInPanel(panel, '1. Name');
    await until(portal, () => document.querySelectorAll('formlotse-highlight').length === 1, null);
    await portal.bringToFront();
    await portal.press('Escape');
    await until(portal, () => document.querySelectorAll('formlotse-highlight').length === 0, null);
  });

  it('shows the page’s own hint beside ours, sanitized', async () => {
    await panel.bringToFront();
    if ((await panel.evaluate(selectedLabel, null)) !== '5. Geburtsort') await chooseInPanel(panel, '5. Geburtsort');
    const help = await until(panel, () => {
      const box = document.querySelector('li[aria-current="true"] [data-testid="page-help"]');
      return box ? { text: box.textContent, dangerous: box.querySelectorAll('img, script, [onerror]').length, hrefs: [...box.querySelectorAll('a')].map((a) => a.getAttribute('href')) } : null;
    }, null);
    expect(help.text).toContain('Wie im Pass.');
    expect(help.dangerous).toBe(0);
    expect(help.hrefs).toEqual([null, 'https://videx.diplo.de/videx/hilfe']);
    expect(await panel.evaluate(() => document.title, null)).toBe('Formlotse');
  });

  it('follows a wizard: the step on screen heads the guide, the other steps’ fields are folded away', async () => {
    const wizard = await browser.openPage(BAFOEG_URL);
    await wizard.waitFor('#bafoegFormblatt1');
    const guide = await browser.openPanelFor(BAFOEG_URL, '[data-testid="field-list"] li.field');
    const state = () => ({
      heading: document.querySelector('#guide-heading')?.textContent,
      first: document.querySelector('[data-testid="field-list"] > .field-group .field-label')?.textContent,
      folded: [...document.querySelectorAll('.other-steps li.field .field-label')].map((l) => l.textContent),
    });
    const first = await until(guide, () => (document.querySelector('.other-steps') ? 'ready' : null), null).then(() => guide.evaluate(state, null));
    expect(first.heading).toBe('Schritt: Angaben zur Person');
    expect(first.first).toBe('Name');
    expect(first.folded.length).toBeGreaterThan(3);
    // "Weiter": the wizard shows its next step without a navigation.
    await wizard.evaluate(() => {
      document.querySelector('#fb-step-person')!.classList.add('is-hidden');
      document.querySelector('#fb-step-familie')!.classList.remove('is-hidden');
    }, null);
    const next = await until(guide, () => (document.querySelector('#guide-heading')?.textContent === 'Schritt: Familie' ? 'ok' : null), null, 15_000);
    expect(next).toBe('ok');
    const after = await guide.evaluate(state, null);
    expect(after.folded).toContain('Name');
    await guide.close();
    await wizard.close();
  });

  it('on an unknown site, runs nothing until asked, then asks for exactly that origin', async () => {
    const site = await browser.openPage(UNKNOWN_URL);
    await site.waitFor('#videxForm');
    const unknownPanel = await browser.openPanelFor(UNKNOWN_URL, '[data-testid="empty-unknown-site"]');
    const notKnown = await message(unknownPanel, 'trust_unknown');
    expect((await unknownPanel.texts('[data-trust="unknown"]'))[0]).toBe(`${notKnown} https://formulare.example.org`);
    // Nothing of ours on the page: focusing a field there tells the panel nothing.
    await site.bringToFront();
    await site.focus('#vx_gebort');
    await new Promise((r) => setTimeout(r, 500));
    expect(await unknownPanel.evaluate(() => document.querySelectorAll('li.field').length, null)).toBe(0);

    await unknownPanel.bringToFront();
    await unknownPanel.click('[data-testid="analyse-site"]');
    if (browserName === 'firefox') {
      // The prompt is answered with yes by a test preference: the content script now runs there.
      await unknownPanel.waitFor('[data-testid="field-list"] li.field');
      // The header still says it is not a known portal.
      expect((await unknownPanel.texts('[data-trust="unknown"]'))[0]).toBe(`${notKnown} https://formulare.example.org`);
      // Granted beyond the manifest's portals: exactly that one origin.
      const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
      const origins = await unknownPanel.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }).browser;
        return (await api.permissions.getAll()).origins ?? [];
      }, null);
      expect(origins.filter((o) => !manifest.host_permissions.includes(o))).toEqual(['https://formulare.example.org/*']);
      await site.bringToFront();
      await site.focus('#vx_gebort');
      expect(await until(unknownPanel, selectedLabel, null)).toBe('5. Geburtsort');
    } else {
      // Chromium shows its permission prompt, which no automation can answer: the panel waits for the citizen.
      expect(await until(unknownPanel, () => document.querySelector('.analyse-outcome')?.textContent, null)).toBe(await message(unknownPanel, 'analyse_asking'));
      expect(await unknownPanel.evaluate(() => document.querySelectorAll('li.field').length, null)).toBe(0);
    }
  });
});
