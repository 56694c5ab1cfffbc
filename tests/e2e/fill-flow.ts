// What the fill e2e (fill.e2e.ts) does as a citizen would, in either browser: a household profile in
// the vault, the side panel's fill preview, ticks, Fill, Undo; and what it reads back from the page
// and from the requests the page sent. Portal replicas are served at their real URLs, so the
// production match patterns and the origin checks are what run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type E2EPage, type ExtensionBrowser, type RoutedRequest } from './harness';

export const PASSPHRASE = 'Zwetschgenbaum Laterne Kompass 2031';

/** A household of four with distinctive values (partner and children to choose from). */
export const HOUSEHOLD = {
  schemaVersion: 2,
  updatedAt: '2026-01-01T00:00:00.000Z',
  people: [
    {
      id: 'applicant',
      role: 'applicant',
      label: 'Ich',
      values: {
        'given-name': 'Friederike', 'family-name': 'Schwanthaler', 'birth-name': 'Größmann', sex: 'female', bday: '1984-03-07',
        'birth-place': 'Quedlinburg', 'birth-country': 'DE', nationality: 'DE', 'marital-status': 'married',
        street: 'Zwetschgenallee', 'house-number': '17b', 'postal-code': '06484', city: 'Quedlinburg', country: 'DE',
        email: 'friederike@example.org', tel: '+49 3946 123456', occupation: 'Tischlerin', employer: 'Holzwerkstatt Harz GmbH',
        'passport-number': 'C01X00T47', 'passport-issue-date': '2019-05-02', 'passport-expiry-date': '2029-05-01', 'passport-issuing-authority': 'Stadt Quedlinburg',
        'tax-id': '36574261809', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', 'account-holder': 'Friederike Schwanthaler',
        'bank-name': 'Harzsparkasse', 'health-insurer': 'AOK Sachsen-Anhalt', 'health-insurance-number': 'A123456780',
      },
    },
    {
      id: 'partner',
      role: 'partner',
      label: 'Konstantin',
      values: { 'given-name': 'Konstantin', 'family-name': 'Schwanthaler', sex: 'male', bday: '1982-10-15', nationality: 'FR', 'tax-id': '47036892816' },
    },
    { id: 'child-mira', role: 'child', label: 'Mira', values: { 'given-name': 'Mira', 'family-name': 'Schwanthaler', sex: 'female', bday: '2016-11-23', 'tax-id': '51094782630' } },
    { id: 'child-jonas', role: 'child', label: 'Jonas', values: { 'given-name': 'Jonas', 'family-name': 'Schwanthaler', sex: 'male', bday: '2019-04-02', 'tax-id': '63820491577' } },
  ],
};

/** The extension API inside a page of ours (evaluated functions cannot close over helpers: each names it). */
type Api = { runtime: { sendMessage(m: object): Promise<unknown> }; tabs: { sendMessage(tab: number, m: object): Promise<unknown> } };

/** Creates the vault with the household through the extension's own vault service, then locks it. */
export async function createLockedVault(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.openExtensionPage('options.html', '#root > *');
  const created = await page.evaluate(
    async ({ passphrase, profile }) => {
      const a = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome);
      const answer = (await a.runtime.sendMessage({ type: 'vault/create', passphrase, profile })) as { ok: boolean };
      await a.runtime.sendMessage({ type: 'vault/lock' });
      return answer.ok;
    },
    { passphrase: PASSPHRASE, profile: HOUSEHOLD },
  );
  await page.close();
  if (!created) throw new Error('vault/create failed');
}

/** Polls `fn` in the page until it returns a truthy value (also across a navigation of the page). */
export async function until<T, A>(page: E2EPage, fn: (arg: A) => T, arg: A, ms = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    // A page that navigates meanwhile (a form sent) answers with an error until the next document is there.
    const value = await page.evaluate(fn, arg).catch(() => undefined);
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${fn.toString().slice(0, 160)} (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Unlocks with the compact form in the preview, if the vault is locked there. */
export async function unlockInPanel(panel: E2EPage): Promise<void> {
  const state = await until(panel, () => (document.querySelector('[data-testid="fill-list"], [data-testid="fill-toggle"]') ? 'open' : document.querySelector('.fill-preview .vault-unlock') ? 'locked' : null), null, 20_000);
  if (state === 'open') return;
  await panel.type('.fill-preview .vault-unlock input[name="passphrase"]', PASSPHRASE);
  await panel.click('.fill-preview .vault-unlock button[type="submit"]');
  await panel.waitFor('[data-testid="fill-toggle"]', 30_000);
}

/** Opens the preview's list (once). */
export async function openPreview(panel: E2EPage): Promise<void> {
  await panel.waitFor('[data-testid="fill-toggle"]', 30_000);
  if ((await panel.evaluate(() => document.querySelector('[data-testid="fill-toggle"]')?.getAttribute('aria-expanded'), null)) !== 'true') await panel.click('[data-testid="fill-toggle"]');
  await panel.waitFor('[data-testid="fill-list"]');
}

export interface PanelRow { fieldId: string; label: string; display: string; status: string; sensitive: boolean; slot: string; ticked: boolean }

/** The rows the preview lists with a value to fill, as the citizen sees them. */
export function rowsOf(panel: E2EPage): Promise<PanelRow[]> {
  return panel.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('.fill-slot .fill-row')].map((li) => ({
        fieldId: li.dataset.fieldId!,
        label: li.querySelector('.fill-label')?.textContent ?? '',
        display: li.querySelector('.fill-value')?.textContent ?? '',
        status: li.dataset.status!,
        sensitive: li.dataset.sensitive === 'true',
        slot: li.closest<HTMLElement>('.fill-slot')?.dataset.slot ?? '',
        ticked: li.querySelector<HTMLInputElement>('[data-testid="tick-sensitive"]')?.checked ?? false,
      })),
    null,
  );
}

/** Ticks the sensitive row whose label starts with `label`, or whose value is `display` (in the person slot, if given). */
export async function tickSensitive(panel: E2EPage, which: { label?: string; display?: string; slot?: string }): Promise<void> {
  const rows = await rowsOf(panel);
  const row = rows.find((r) => r.sensitive && (which.label === undefined || r.label.startsWith(which.label)) && (which.display === undefined || r.display === which.display) && (!which.slot || r.slot === which.slot));
  if (!row) throw new Error(`no sensitive row ${JSON.stringify(which)} in ${JSON.stringify(rows.map((r) => [r.label, r.display, r.slot]))}`);
  await panel.click(`.fill-row[data-field-id="${row.fieldId}"] [data-testid="tick-sensitive"]`);
}

/** Presses Fill and waits until every value it sends has its outcome in the preview. */
export async function pressFill(panel: E2EPage): Promise<void> {
  const sent = (await rowsOf(panel)).filter((r) => !r.sensitive || r.ticked).map((r) => r.fieldId);
  if (sent.length === 0) throw new Error('nothing to fill');
  await panel.click('[data-testid="fill-button"]');
  const run = await until(panel, (ids: string[]) => {
    const r = document.querySelector('[data-testid="fill-status"]')?.getAttribute('data-run');
    if (r === 'failed') return r;
    const statuses = ids.map((id) => document.querySelector<HTMLElement>(`.fill-row[data-field-id="${id}"]`)?.dataset.status);
    return r === 'filled' && statuses.every((s) => s !== 'planned') ? r : null;
  }, sent, 30_000);
  if (run !== 'filled') throw new Error(`fill ended ${run}: ${(await panel.texts('[data-testid="fill-status"]')).join(' ')}`);
}

/** The tab's report as the content script gives it (field id → selector), asked from the panel page. */
export function selectorsOf(panel: E2EPage, tabId: number): Promise<Record<string, string>> {
  return panel.evaluate(async (tab: number) => {
    const a = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome);
    const report = (await a.tabs.sendMessage(tab, { type: 'page/get-report' })) as { fields: { id: string; selector: string }[] };
    return Object.fromEntries(report.fields.map((f) => [f.id, f.selector]));
  }, tabId);
}

/** What each control shows the citizen: its value, a select's chosen option text, a checked box's label. */
export function shownValues(portal: E2EPage, selectors: readonly string[]): Promise<string[]> {
  return portal.evaluate((list: string[]) => list.map((selector) => {
    const el = document.querySelector(selector) as HTMLInputElement | HTMLSelectElement | null;
    if (!el) return '<missing>';
    if (el instanceof HTMLSelectElement) return el.selectedOptions[0]?.textContent?.trim() ?? '';
    if (el.type === 'radio' || el.type === 'checkbox') return el.checked ? (el.labels?.[0]?.textContent?.trim() ?? el.value) : '';
    return el.value;
  }), [...selectors]);
}

/** name=value of every control the fill marked, as a form submission would carry them. */
export function filledPairs(portal: E2EPage): Promise<[string, string][]> {
  return portal.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('[data-formlotse-filled]')].filter((e) => e.name).map((e) => [e.name, e.value] as [string, string]), null);
}

/** The body of the last POST to a URL starting with `prefix`, as form data. */
export function lastPost(log: readonly RoutedRequest[], prefix: string): URLSearchParams {
  const post = log.filter((r) => r.method === 'POST' && r.url.startsWith(prefix)).at(-1);
  if (!post) throw new Error(`no POST to ${prefix} (requests: ${log.map((r) => `${r.method} ${r.url}`).join(', ')})`);
  return new URLSearchParams(post.postData ?? '');
}

/** Chooses `personId` in every person chooser whose form person starts with `slotPrefix` ("child:"). */
export async function choosePerson(panel: E2EPage, slotPrefix: string, personId: string): Promise<number> {
  return panel.evaluate(({ prefix, id }) => {
    const selects = [...document.querySelectorAll<HTMLSelectElement>('[data-testid="person-chooser"]')].filter((s) => s.dataset.slot?.startsWith(prefix));
    for (const select of selects) {
      select.value = id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return selects.length;
  }, { prefix: slotPrefix, id: personId });
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A/AA violations axe-core finds in the page (injected by the automation protocol, past the CSP). */
export async function wcagViolations(page: E2EPage): Promise<string[]> {
  await (page.raw as { evaluate(script: string): Promise<unknown> }).evaluate(`${AXE_SOURCE};void 0`);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, null);
}
