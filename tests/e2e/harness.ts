// The e2e harness: the built extension in Debian's Chromium (playwright-core) and Firefox ESR
// (puppeteer-core over WebDriver BiDi), with portal replicas served at their real https URLs by
// request interception, so the production match patterns are what runs. Nothing leaves loopback:
// every other http(s) request from a page is aborted.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage, type HTTPRequest } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_ADDON_ID = 'formlotse@formlotse.org';
/** Fixed moz-extension UUID (pref extensions.webextensions.uuids), so tests know the page URLs. */
export const FIREFOX_UUID = '6b7f1c2e-4d0a-4f3e-9a51-0f0f5e1a7c11';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export type BrowserName = 'chromium' | 'firefox';

/** The part of the extension API the harness calls inside the browser. */
interface TabsApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
}

/** What a routed request answers: a body (HTML by default) or a status. */
export interface RoutedResponse {
  status?: number;
  contentType?: string;
  body: string;
}
export interface RoutedRequest {
  url: string;
  method: string;
  postData: string | null;
}
/** Answers a request to a served URL, or undefined for "not ours" (aborted). */
export type Router = (request: RoutedRequest) => RoutedResponse | undefined;

export function fixtureHtml(file: string): string {
  return readFileSync(join(ROOT, 'tests/fixtures', file), 'utf8');
}

/** Serves each URL (ignoring query and hash) with its fixture file; records every request. */
export function serveFixtures(pages: Record<string, string>, log: RoutedRequest[] = []): Router {
  const bodies = new Map(Object.entries(pages).map(([url, file]) => [stripQuery(url), fixtureHtml(file)]));
  return (request) => {
    log.push(request);
    const body = bodies.get(stripQuery(request.url));
    if (body !== undefined && request.method === 'GET') return { body };
    if (request.method === 'POST') return { body: '<!doctype html><title>Received</title><h1>Antrag eingegangen</h1>' };
    return { status: 404, body: 'not served in tests' };
  };
}

function stripQuery(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/** A page in either browser, with the few operations tests need; `raw` is the library's own page. */
export interface E2EPage {
  readonly raw: PwPage | PpPage;
  url(): string;
  goto(url: string): Promise<void>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  texts(selector: string): Promise<string[]>;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** chrome-extension://ID or moz-extension://UUID */
  readonly extensionOrigin: string;
  /** Opens a new tab at `url` (served by the router when it is a portal URL). */
  openPage(url: string): Promise<E2EPage>;
  /** Opens an extension page (e.g. "sidepanel.html?tab=3") in a new tab. */
  openExtensionPage(path: string, readySelector: string): Promise<E2EPage>;
  /** The browser's tab id of the tab showing `urlPrefix`, as the extension sees it. */
  tabIdOf(urlPrefix: string): Promise<number>;
  /** Opens the side panel for the tab showing `urlPrefix`, as an extension tab. */
  openPanelFor(urlPrefix: string, readySelector?: string): Promise<E2EPage>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  router: Router;
  headless?: boolean;
  /** Extra Firefox preferences (e.g. extensions.webextOptionalPermissionPrompts: false answers
   *  optional permission requests with yes, standing in for the citizen's click on the prompt). */
  firefoxPrefs?: Record<string, string | number | boolean>;
  /**
   * Requests to let through to the network unchanged (e.g. a test's own server on 127.0.0.1),
   * instead of routing them. Only loopback hosts are ever let through, so nothing leaves the machine.
   */
  passThrough?: (url: URL) => boolean;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function passesThrough(url: string, passThrough: LaunchOptions['passThrough']): boolean {
  if (!passThrough) return false;
  const parsed = new URL(url);
  return LOOPBACK_HOSTS.has(parsed.hostname) && passThrough(parsed);
}

export async function launch(name: BrowserName, options: LaunchOptions): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

// ---------- Chromium (playwright-core, persistent context with --load-extension) ----------

function wrapPw(page: PwPage): E2EPage {
  return {
    raw: page,
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    waitFor: async (selector, timeoutMs = 15_000) => void (await page.waitForSelector(selector, { timeout: timeoutMs })),
    texts: (selector) => page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim())),
    click: (selector) => page.click(selector),
    focus: (selector) => page.focus(selector),
    press: (key) => page.keyboard.press(key),
    type: (selector, text) => page.fill(selector, text),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    screenshot: async (path) => void (await page.screenshot({ path, fullPage: false })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function launchChromium({ router, headless = true, passThrough }: LaunchOptions): Promise<ExtensionBrowser & { context: BrowserContext }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'formlotse-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
    viewport: { width: 1200, height: 900 },
  });
  await context.route(/^https?:\/\//, async (route) => {
    const request = route.request();
    if (passesThrough(request.url(), passThrough)) return route.continue();
    const answer = router({ url: request.url(), method: request.method(), postData: request.postData() });
    if (!answer) return route.abort('blockedbyclient');
    await route.fulfill({ status: answer.status ?? 200, contentType: answer.contentType ?? 'text/html; charset=utf-8', body: answer.body });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionOrigin = worker.url().replace(/^(chrome-extension:\/\/[^/]+).*$/, '$1');

  const self = {
    name: 'chromium' as const,
    context,
    extensionOrigin,
    async openPage(url: string) {
      const page = await context.newPage();
      await page.goto(url);
      return wrapPw(page);
    },
    async openExtensionPage(path: string, readySelector: string) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      await page.waitForSelector(readySelector, { timeout: 15_000 });
      return wrapPw(page);
    },
    async tabIdOf(urlPrefix: string) {
      const sw = context.serviceWorkers()[0] ?? worker;
      const deadline = Date.now() + 10_000;
      for (;;) {
        const id = await sw.evaluate(async (prefix: string) => {
          const tabs = await (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.query({});
          return tabs.find((t) => t.url?.startsWith(prefix))?.id ?? null;
        }, urlPrefix);
        if (id !== null) return id;
        if (Date.now() > deadline) throw new Error(`no tab shows ${urlPrefix}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async openPanelFor(urlPrefix: string, readySelector = '#root > *') {
      const tabId = await self.tabIdOf(urlPrefix);
      return self.openExtensionPage(`sidepanel.html?tab=${tabId}`, readySelector);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return self;
}

// ---------- Firefox ESR (puppeteer-core over WebDriver BiDi, temporary add-on) ----------

function wrapPp(page: PpPage): E2EPage {
  return {
    raw: page,
    url: () => page.url(),
    // A moz-extension:// goto never resolves in Firefox: callers wait for a selector instead.
    goto: async (url) => {
      if (url.startsWith('moz-extension:')) void page.goto(url).catch(() => undefined);
      else await page.goto(url);
    },
    waitFor: async (selector, timeoutMs = 15_000) => void (await page.waitForSelector(selector, { timeout: timeoutMs })),
    texts: (selector) => page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim())),
    click: (selector) => page.click(selector),
    focus: (selector) => page.focus(selector),
    press: (key) => page.keyboard.press(key as never),
    type: async (selector, text) => {
      await page.$eval(selector, (el) => ((el as HTMLInputElement).value = ''));
      await page.type(selector, text);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function launchFirefox({ router, headless = true, firefoxPrefs = {}, passThrough }: LaunchOptions): Promise<ExtensionBrowser & { browser: PpBrowser }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      'xpinstall.signatures.required': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      ...firefoxPrefs,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;

  async function intercept(page: PpPage): Promise<void> {
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      void (async () => {
        const url = request.url();
        if (!/^https?:/.test(url) || passesThrough(url, passThrough)) return request.continue();
        // BiDi has no synchronous postData(); fetch it when the request carries a body.
        const postData = request.hasPostData() ? ((await request.fetchPostData().catch(() => undefined)) ?? null) : null;
        const answer = router({ url, method: request.method(), postData });
        if (!answer) return request.abort('blockedbyclient');
        return request.respond({ status: answer.status ?? 200, contentType: answer.contentType ?? 'text/html; charset=utf-8', body: answer.body });
      })();
    });
  }

  const self = {
    name: 'firefox' as const,
    browser,
    extensionOrigin,
    async openPage(url: string) {
      const page = await browser.newPage();
      await intercept(page);
      await page.goto(url);
      return wrapPp(page);
    },
    async openExtensionPage(path: string, readySelector: string) {
      const page = await browser.newPage();
      void page.goto(`${extensionOrigin}/${path}`).catch(() => undefined);
      // The wait may start in the tab's first about:blank document; when the navigation replaces it,
      // Firefox's BiDi answers with a protocol error instead of waiting on: wait again in the new one.
      const deadline = Date.now() + 20_000;
      for (;;) {
        try {
          await page.waitForSelector(readySelector, { timeout: Math.max(1, deadline - Date.now()) });
          break;
        } catch (error) {
          let chain = '';
          for (let e: unknown = error; e instanceof Error; e = e.cause) chain += ` ${e.message}`;
          if (Date.now() >= deadline || !/Protocol error|realm|context/i.test(chain)) throw error;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      return wrapPp(page);
    },
    async tabIdOf(urlPrefix: string) {
      // Ask from an extension page: it sees tab ids as the extension does.
      const probe = await self.openExtensionPage('options.html', '#root > *');
      try {
        const deadline = Date.now() + 10_000;
        for (;;) {
          const id = await probe.evaluate(async (prefix: string) => {
            const api = (globalThis as unknown as { browser: TabsApi }).browser;
            const tabs = await api.tabs.query({});
            return tabs.find((t) => t.url?.startsWith(prefix))?.id ?? null;
          }, urlPrefix);
          if (id !== null) return id;
          if (Date.now() > deadline) throw new Error(`no tab shows ${urlPrefix}`);
          await new Promise((r) => setTimeout(r, 200));
        }
      } finally {
        await probe.close();
      }
    },
    async openPanelFor(urlPrefix: string, readySelector = '#root > *') {
      const tabId = await self.tabIdOf(urlPrefix);
      return self.openExtensionPage(`sidepanel.html?tab=${tabId}`, readySelector);
    },
    async close() {
      await browser.close();
    },
  };
  return self;
}

/** Runs `body` once per browser named in E2E_BROWSERS (default both). */
export const E2E_BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((s) => s.trim())
  .filter((s): s is BrowserName => s === 'chromium' || s === 'firefox');
