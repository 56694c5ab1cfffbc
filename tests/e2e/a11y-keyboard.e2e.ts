// The panel with the keyboard alone, in Chromium and Firefox: select a field, read its explanation,
// open the details, switch the language; focus is always visible and never lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainKey } from '../../lib/explain';
import { E2E_BROWSERS, launch, serveFixtures, type BrowserName, type E2EPage, type ExtensionBrowser } from './harness';

const VIDEX_URL = 'https://videx.diplo.de/videx/visum-erfassung/antrag';

/** What has focus: its id, its text (first 40 characters) and whether its focus ring is drawn. */
const focused = () => {
  const el = document.activeElement as HTMLElement | null;
  const style = el ? getComputedStyle(el) : null;
  return {
    tag: el?.tagName.toLowerCase() ?? '',
    id: el?.id ?? '',
    text: (el?.textContent ?? '').trim().slice(0, 40),
    ring: style ? style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 : false,
  };
};

/** Presses a key or a chord ("Shift+Tab"): Playwright takes chords, puppeteer wants them held. */
async function press(page: E2EPage, key: string, browserName: BrowserName): Promise<void> {
  const [modifier, main] = key.includes('+') ? key.split('+') : [null, key];
  if (!modifier || browserName === 'chromium') return page.press(key);
  const keyboard = (page.raw as { keyboard: { down(k: string): Promise<void>; up(k: string): Promise<void> } }).keyboard;
  await keyboard.down(modifier);
  await page.press(main!);
  await keyboard.up(modifier);
}

/** Presses `key` until the focused element matches, at most `max` times; returns the presses needed. */
async function pressUntil(page: E2EPage, browserName: BrowserName, key: string, match: (f: ReturnType<typeof focused>) => boolean, max = 60): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await press(page, key, browserName);
    const f = await page.evaluate(focused, null);
    expect(f.ring, `focus ring on ${f.tag}#${f.id} "${f.text}"`).toBe(true);
    if (match(f)) return i;
  }
  throw new Error(`no match after ${max} × ${key}`);
}

describe.each(E2E_BROWSERS)('keyboard only in %s', (browserName) => {
  let browser: ExtensionBrowser;
  let panel: E2EPage;
  beforeAll(async () => {
    browser = await launch(browserName, { router: serveFixtures({ [VIDEX_URL]: 'portals/de-videx.schengen.html' }) });
    await (await browser.openPage(VIDEX_URL)).waitFor('#videxForm');
    panel = await browser.openPanelFor(VIDEX_URL, '[data-testid="field-list"] li.field');
    await panel.bringToFront();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('selects a field, reads its explanation and details, and switches the language', async () => {
    // The language switch comes first, then the search, then the fields in page order.
    await pressUntil(panel, browserName, 'Tab', (f) => f.id === 'panel-language', 3);
    await pressUntil(panel, browserName, 'Tab', (f) => f.id === 'field-search', 3);
    await pressUntil(panel, browserName, 'Tab', (f) => f.text.startsWith('5. Geburtsort'));
    await panel.press('Enter');
    const explanation = await panel.evaluate(() => document.querySelector('li[aria-current="true"] [data-testid="explanation"]')?.textContent, null);
    expect(explanation).toBe(explainKey('birth-place', 'de').what);
    // Focus stays on the field's button, which now says it is expanded.
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('aria-expanded'), null)).toBe('true');

    await pressUntil(panel, browserName, 'Tab', (f) => f.tag === 'summary', 2);
    await panel.press('Enter');
    expect(await panel.evaluate(() => document.querySelector('li[aria-current="true"] details.more')?.hasAttribute('open'), null)).toBe(true);
    expect(await panel.evaluate(() => document.querySelector('li[aria-current="true"] details.more dd')?.textContent, null)).toBe(explainKey('birth-place', 'de').why);

    // Back to the language switch and on to English, by typing its first letter.
    await pressUntil(panel, browserName, 'Shift+Tab', (f) => f.id === 'panel-language');
    await panel.press('e');
    await panel.evaluate(() => new Promise((r) => setTimeout(r, 300)), null);
    expect(await panel.evaluate(() => (document.querySelector('#panel-language') as HTMLSelectElement).value, null)).toBe('en');
    expect(await panel.evaluate(() => document.documentElement.lang, null)).toBe('en');
    expect(await panel.evaluate(() => document.querySelector('li[aria-current="true"] [data-testid="explanation"]')?.textContent, null)).toBe(explainKey('birth-place', 'en').what);
    expect((await panel.evaluate(focused, null)).id).toBe('panel-language');

    // And on to Einfache Sprache: the same field, in simple German.
    await panel.press('e');
    await panel.evaluate(() => new Promise((r) => setTimeout(r, 300)), null);
    expect(await panel.evaluate(() => (document.querySelector('#panel-language') as HTMLSelectElement).value, null)).toBe('de-simple');
    expect(await panel.evaluate(() => document.querySelector('li[aria-current="true"] [data-testid="explanation"]')?.textContent, null)).toBe(explainKey('birth-place', 'de-simple').what);
  });
});
