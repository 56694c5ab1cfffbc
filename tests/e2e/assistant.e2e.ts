// The AI assistant end to end in Chromium: the real proxy (proxy/testing/harness.ts, the production
// app in front of a fake Mistral) on 127.0.0.1, behind a recorder that keeps every request the
// proxy receives. In the built extension: a vault with a known household, the assistant switched
// on in the options page, the VIDEX replica with a hint that repeats the citizen's name, IBAN,
// phone and birth date, a question about that field in the side panel, the streamed answer. Then:
// no request the proxy (or the language model behind it) received holds any value of the profile,
// in any common encoding.
//
// The permission: Chromium's permissions.request opens a native prompt that headless Chromium
// never answers. Granting the proxy's host in chrome://extensions first (developerPrivate
// .addHostPermission, what the "Site access" setting of the extension's details page does) makes
// the extension's own request, from the real click on the switch, resolve true without a prompt.
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, launchChromium, type ExtensionBrowser } from './harness';
import { startTestProxy, type TestProxy } from '../../proxy/testing/harness';
import { findLeaks } from '../unit/vault/encodings';
import { SECRETS, TEST_PROFILE } from '../unit/assistant/profile';

const VIDEX_URL = 'https://videx.diplo.de/videx/visum-erfassung/antrag';
const PASSPHRASE = 'Kompass Laterne Wiesenweg 2031';
const ANSWER = 'Tragen Sie hier Ihren Familiennamen so ein, wie er in Ihrem Reisepass steht.';
// A portal hint that echoes the citizen's own data (as portals do on a second visit), written the
// way pages write them: upper case and spelled-out umlauts, dotted date, grouped IBAN, slashed phone.
const PAGE_FORMS = ['OTTMANN-ZOELLNER', '14.08.1979', 'DE89 3704 0044 0532 0130 00', '03943/654321'] as const;
const HINT =
  `Bisher gespeichert: Wendelgard ${PAGE_FORMS[0]}, geb. ${PAGE_FORMS[1]} in Halberstadt, Konto ${PAGE_FORMS[2]}, ` +
  `Tel. ${PAGE_FORMS[3]}, wendelgard.ottmann@example.org. Bitte prüfen Sie den Namen.`;

/** Letters and digits only, lower case: a grouped or re-punctuated value still shows in it. */
const skeleton = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

interface Received {
  method: string;
  path: string;
  headers: string;
  body: string;
}

/** Forwards to `target`, keeping every request exactly as it arrived. */
async function startRecorder(target: string, received: Received[]): Promise<{ url: string; server: Server }> {
  const to = new URL(target);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ method: req.method ?? '', path: req.url ?? '', headers: JSON.stringify(req.headers), body: body.toString('utf8') });
      const forward = httpRequest({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers }, (upstream) => {
        res.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(res);
      });
      forward.on('error', () => res.writeHead(502).end());
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const videxWithHint = () =>
  fixtureHtml('portals/de-videx.schengen.html').replace(
    /(<input id="vx_name"[^>]*>)/,
    `$1<small class="form-text">${HINT}</small>`,
  );

let browser: ExtensionBrowser & { context: BrowserContext };
let proxy: TestProxy;
let recorder: { url: string; server: Server };
const received: Received[] = [];
let options: Page;
let panel: Page;

beforeAll(async () => {
  browser = await launchChromium({
    router: ({ url, method }) => (method === 'GET' && url.split(/[?#]/)[0] === VIDEX_URL ? { body: videxWithHint() } : undefined),
    passThrough: (url) => recorder !== undefined && url.origin === recorder.url,
  });
  const extensionId = browser.extensionOrigin.replace('chrome-extension://', '');
  proxy = await startTestProxy({ ALLOWED_EXTENSION_IDS: extensionId });
  proxy.fake.script({ kind: 'answer', text: ANSWER });
  recorder = await startRecorder(proxy.url, received);
});

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await new Promise((resolve) => recorder?.server.close(resolve));
});

describe('assistant in Chromium', () => {
  it('creates the vault with the test household', async () => {
    options = (await browser.openExtensionPage('options.html', '[data-testid="assistant-settings"]')).raw as Page;
    const created = await options.evaluate(
      async ({ passphrase, profile }) => {
        const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean }> } } }).chrome;
        return chrome.runtime.sendMessage({ type: 'vault/create', passphrase, profile });
      },
      { passphrase: PASSPHRASE, profile: TEST_PROFILE },
    );
    expect(created.ok).toBe(true);
  });

  it('shows no assistant in the panel while it is off, and sends nothing', async () => {
    const portal = await browser.openPage(VIDEX_URL);
    await portal.waitFor('#videxForm');
    panel = (await browser.openPanelFor(VIDEX_URL, '[data-testid="field-list"] li')).raw as Page;
    await panel.locator('.field-button', { has: panel.locator('.field-label', { hasText: /^1\. Name \(Familienname\)$/ }) }).click();
    await panel.waitForSelector('[data-testid="page-help"]');
    // The page's hint with the citizen's data is really there, beside the field.
    expect(await panel.textContent('[data-testid="page-help"]')).toContain('DE89 3704 0044 0532 0130 00');
    expect(await panel.$('[data-testid="assistant"]')).toBeNull();
    expect(received).toEqual([]);
  });

  it('switches on in the options page, asking for the proxy origin from the click', async () => {
    const extensions = await browser.context.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate(async ({ id, pattern }) => {
      const api = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome;
      await api.developerPrivate.addHostPermission(id, pattern);
    }, { id: browser.extensionOrigin.replace('chrome-extension://', ''), pattern: 'http://127.0.0.1/*' });
    await extensions.close();

    await options.bringToFront();
    await options.fill('input[name="assistant-proxy-url"]', recorder.url);
    await options.click('input[role="switch"]');
    await options.waitForFunction(() => (document.querySelector('input[role="switch"]') as HTMLInputElement | null)?.checked === true, undefined, { timeout: 10_000 });
    expect(await options.textContent('[data-testid="assistant-state"]')).toContain(new URL(recorder.url).origin);
    const granted = await options.evaluate(() =>
      (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }),
    );
    expect(granted).toBe(true);
  });

  it('asks about the field in the panel and shows the streamed answer, marked as AI', async () => {
    await panel.bringToFront();
    await panel.waitForSelector('.assistant-ask', { timeout: 10_000 }); // the panel follows the setting
    await panel.click('.assistant-ask');
    await panel.waitForFunction((text) => document.querySelector('[data-testid="assistant-text"]')?.textContent === text, ANSWER, { timeout: 20_000 });
    expect(await panel.getAttribute('[data-testid="assistant-answer"]', 'aria-live')).toBe('polite');
    expect(await panel.textContent('.badge-ai')).toBe('Antwort der KI');
    expect(await panel.$('[data-testid="assistant-error"]')).toBeNull();
  });

  it('sent the label and the redacted hint, and no value of the profile in any encoding', async () => {
    const everything = received.map((r) => `${r.method} ${r.path}\n${r.headers}\n${r.body}`).join('\n');
    expect(findLeaks(everything, [...SECRETS, ...PAGE_FORMS])).toEqual([]);
    const bodies = skeleton(received.map((r) => r.body).join(' '));
    expect(SECRETS.filter((secret) => skeleton(secret).length >= 6 && bodies.includes(skeleton(secret)))).toEqual([]);
    // And what the proxy sent on to the language model.
    expect(findLeaks(JSON.stringify(proxy.fake.received.map((r) => r.body)), SECRETS)).toEqual([]);
    // Not vacuous: the question did go out, with the field's label and the hint, redacted.
    const explains = received.filter((r) => r.method === 'POST' && r.path === '/v1/explain');
    expect(explains).toHaveLength(1);
    expect(proxy.fake.received).toHaveLength(1);
    const body = JSON.parse(explains[0]!.body) as Record<string, string>;
    expect(body).toMatchObject({ fieldLabel: '1. Name (Familienname)', portalId: 'de-videx', language: 'de' });
    expect(body.helpText).toContain('[IBAN]');
    expect(body.helpText).toContain('Bitte prüfen Sie den Namen.');
  });
});
