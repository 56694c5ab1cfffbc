// The vault in the built extension (Chromium): create a vault with a known household through the
// options page, then read everything the extension keeps in storage.local and check that no value of
// the profile (nor the passphrase, nor the session key) is there in any encoding. Then lock, unlock
// and find the values back, so the check is not passing because nothing was saved.
// Firefox (when E2E_BROWSERS names it, as by default): the same with text fields only, since its
// Argon2id runs in an event page instead of a service worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { E2E_BROWSERS, launchChromium, launchFirefox, type E2EPage, type ExtensionBrowser } from './harness';
import { findLeaks } from '../unit/vault/encodings';

const PASSPHRASE = 'Apfelbaum Regenschirm Kompass 1984';

// Values chosen to be distinctive, valid (they pass the editor's checks) and of every kind.
const APPLICANT: Record<string, string> = {
  'given-name': 'Friederike',
  'family-name': 'Schwanthaler-Größmann',
  'birth-place': 'Quedlinburg',
  'street': 'Zwetschgenallee',
  'house-number': '17b',
  'postal-code': '06484',
  'city': 'Quedlinburg-Ditfurt',
  'email': 'friederike.schwanthaler@example.org',
  'tel': '+49 3946 123456',
  'tax-id': '36574261809',
  'iban': 'DE89370400440532013000',
  'passport-number': 'C01X00T47',
  'social-security-number': '65170839J003',
};
const APPLICANT_DATES = { 'bday': '1984-03-07', 'passport-issue-date': '2019-05-02', 'passport-expiry-date': '2029-05-01' };
const CHILD = { 'given-name': 'Mirabellchen', 'bday': '2016-11-23' };
const SECRETS = [...Object.values(APPLICANT), ...Object.values(APPLICANT_DATES), ...Object.values(CHILD), 'Töchterchen', PASSPHRASE];

let browser: ExtensionBrowser & { context: BrowserContext };
let page: Page;

beforeAll(async () => {
  browser = await launchChromium({ router: () => undefined }); // no web page is needed: everything else is aborted
  page = (await browser.openExtensionPage('options.html', '#vault-heading')).raw as Page;
});

afterAll(async () => {
  await browser?.close();
});

/** Everything in the extension's storage, read by the background service worker. */
async function dumpStorage(area: 'local' | 'session'): Promise<string> {
  const worker = browser.context.serviceWorkers()[0]!;
  return worker.evaluate(async (name) => {
    const api = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<object> }> } }).chrome;
    return JSON.stringify(await api.storage[name]!.get(null));
  }, area);
}

async function fill(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) await page.fill(`.vault-person input[name="${name}"]`, value);
}

describe('vault in Chromium', () => {
  it('creates a vault with a known profile through the options page', async () => {
    await page.waitForSelector('.vault-create');
    await page.fill('.vault-create input[name="passphrase"]', PASSPHRASE);
    await page.fill('.vault-create input[name="passphrase-repeat"]', PASSPHRASE);
    await page.click('.vault-create button[type="submit"]');
    await page.waitForSelector('.vault-person input[name="given-name"]', { timeout: 20_000 });

    await fill(APPLICANT);
    await fill(APPLICANT_DATES);
    await page.selectOption('.vault-person select[name="nationality"]', 'DE');
    await page.selectOption('.vault-person select[name="sex"]', 'female');
    await page.click('.vault-add button:nth-child(2)'); // add a child
    await page.fill('.vault-person input[name="person-label"]', 'Töchterchen');
    await fill(CHILD);
    await page.click('.vault-actions button[type="submit"]');
    await page.waitForFunction(() => (document.querySelector('.vault-notice-success')?.textContent ?? '') !== '', undefined, { timeout: 20_000 });
    expect(await page.textContent('.vault-notice-error')).toBe('');
  });

  it('keeps none of the profile values, the passphrase or the key in storage.local, in any encoding', async () => {
    const local = await dumpStorage('local');
    const session = await dumpStorage('session');
    expect(local).toContain('formlotse-vault'); // the vault is there, as an envelope
    expect(local).toContain('"memoryKiB\\":65536');
    expect(findLeaks(local, SECRETS)).toEqual([]);
    // The unlocked key is in storage.session only (cleared at browser exit), and never in storage.local.
    const sessionKey = (JSON.parse(session) as { 'vault-session'?: { key: string } })['vault-session']?.key ?? '';
    expect(sessionKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(findLeaks(local, [sessionKey])).toEqual([]);
    expect(findLeaks(session, SECRETS)).toEqual([]);
  });

  it('locks, forgets the session, and gives the same values back after unlocking', async () => {
    await page.click('.vault-state button.vault-lock');
    await page.waitForSelector('.vault-unlock input[name="passphrase"]');
    expect(await dumpStorage('session')).not.toContain('vault-session');
    expect(await page.$('.vault-person')).toBeNull();

    await page.fill('.vault-unlock input[name="passphrase"]', 'falsche Passphrase 123');
    await page.click('.vault-unlock button[type="submit"]');
    await page.waitForFunction(() => (document.querySelector('.vault-notice-error')?.textContent ?? '') !== '', undefined, { timeout: 20_000 });

    await page.fill('.vault-unlock input[name="passphrase"]', PASSPHRASE);
    await page.click('.vault-unlock button[type="submit"]');
    await page.waitForSelector('.vault-person input[name="given-name"]', { timeout: 20_000 });
    expect(await page.inputValue('.vault-person input[name="given-name"]')).toBe(APPLICANT['given-name']);
    expect(await page.inputValue('.vault-person input[name="iban"]')).toBe(APPLICANT.iban);
    expect(await page.inputValue('.vault-person input[name="bday"]')).toBe(APPLICANT_DATES.bday);
    expect(await page.inputValue('.vault-person select[name="nationality"]')).toBe('DE');
  });

  it('keeps the vault open for a reopened page (same session), without asking again', async () => {
    const again = (await browser.openExtensionPage('options.html', '#vault-heading')).raw as Page;
    await again.waitForSelector('.vault-person input[name="given-name"]', { timeout: 20_000 });
    expect(await again.inputValue('.vault-person input[name="family-name"]')).toBe(APPLICANT['family-name']);
    await again.close();
  });

  it('keeps the vault open across a service worker restart before the timeout, and not after it', async () => {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const stopWorker = async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 500));
    };
    const openOptions = async () => (await browser.openExtensionPage('options.html', '.vault-state[data-state]')).raw as Page;

    await stopWorker(); // the key in the worker's memory is gone; storage.session still holds it
    const woken = await openOptions();
    await woken.waitForSelector('.vault-person input[name="given-name"]', { timeout: 20_000 });
    await woken.close();

    // Let the stored expiry pass while the worker sleeps, then wake it: the session must not be used.
    const worker = browser.context.serviceWorkers().at(-1) ?? (await browser.context.waitForEvent('serviceworker'));
    await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, { expiresAt: number }>>; set(v: object): Promise<void> } } } }).chrome;
      const { 'vault-session': session } = await api.storage.session.get('vault-session');
      await api.storage.session.set({ 'vault-session': { ...session, expiresAt: Date.now() - 1000 } });
    });
    await stopWorker();
    const late = await openOptions();
    expect(await late.getAttribute('.vault-state', 'data-state')).toBe('locked');
    expect(await dumpStorage('session')).not.toContain('vault-session');
    await late.close();
  });
});

describe.each(E2E_BROWSERS.filter((b) => b === 'firefox'))('vault in %s', () => {
  let firefox: ExtensionBrowser;
  let options: E2EPage;
  const dump = () => options.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<object> } } } }).browser;
    return JSON.stringify(await api.storage.local.get(null));
  }, null);

  beforeAll(async () => {
    firefox = await launchFirefox({ router: () => undefined });
    options = await firefox.openExtensionPage('options.html', '.vault-create');
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('creates, saves and reopens a vault, and storage.local holds none of its values', async () => {
    await options.type('.vault-create input[name="passphrase"]', PASSPHRASE);
    await options.type('.vault-create input[name="passphrase-repeat"]', PASSPHRASE);
    await options.click('.vault-create button[type="submit"]');
    await options.waitFor('.vault-person input[name="given-name"]', 30_000);
    const values = { 'given-name': APPLICANT['given-name']!, 'family-name': APPLICANT['family-name']!, 'iban': APPLICANT.iban!, 'tax-id': APPLICANT['tax-id']! };
    for (const [name, value] of Object.entries(values)) await options.type(`.vault-person input[name="${name}"]`, value);
    await options.click('.vault-actions button[type="submit"]');
    await options.waitFor('.vault-notice-success:not(:empty)', 20_000);

    const local = await dump();
    expect(local).toContain('formlotse-vault');
    expect(findLeaks(local, [...Object.values(values), PASSPHRASE])).toEqual([]);

    await options.click('.vault-state button.vault-lock');
    await options.waitFor('.vault-unlock input[name="passphrase"]');
    await options.type('.vault-unlock input[name="passphrase"]', PASSPHRASE);
    await options.click('.vault-unlock button[type="submit"]');
    await options.waitFor('.vault-person input[name="given-name"]', 30_000);
    const shown = await options.evaluate(() => (document.querySelector('.vault-person input[name="iban"]') as HTMLInputElement).value, null);
    expect(shown).toBe(APPLICANT.iban);
  });
});
