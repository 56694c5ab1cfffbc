// The walking skeleton end to end: the built extension recognises the VIDEX replica at its real
// URL, its content script collects the form, and the side panel lists the fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSERS, launch, serveFixtures, type ExtensionBrowser } from './harness';

const VIDEX_URL = 'https://videx.diplo.de/videx/visum-erfassung/antrag';

describe.each(E2E_BROWSERS)('side panel on the VIDEX replica in %s', (browserName) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(browserName, { router: serveFixtures({ [VIDEX_URL]: 'portals/de-videx.schengen.html' }) });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the form fields the content script collected', async () => {
    const portal = await browser.openPage(VIDEX_URL);
    await portal.waitFor('#videxForm');
    const panel = await browser.openPanelFor(VIDEX_URL, '[data-testid="field-list"] li');
    const labels = await panel.texts('[data-testid="field-list"] li');
    // Every control of the replica (hidden/submit excluded) is listed once; a radio group is one entry.
    const controls = await portal.evaluate(() => {
      const all = [...document.querySelectorAll('input:not([type=hidden]):not([type=submit]), select, textarea')];
      const radioGroups = new Set(all.filter((e) => (e as HTMLInputElement).type === 'radio').map((e) => (e as HTMLInputElement).name));
      return all.filter((e) => (e as HTMLInputElement).type !== 'radio').length + radioGroups.size;
    }, null);
    expect(labels.length).toBe(controls);
    expect(labels.some((l) => l.includes('Geburtsort'))).toBe(true);
    expect(labels.some((l) => l.includes('Nummer des Reisedokuments'))).toBe(true);
  });
});
