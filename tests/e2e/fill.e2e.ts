// Filling through the built extension, in Chromium and Firefox (E2E_BROWSERS): a household profile
// in the vault, the side panel's preview on three portal replicas at their real URLs (VIDEX, the
// ElterngeldDigital wizard, the Kindergeld app with partner and two children), sensitive values only
// when ticked, Fill, the page's controls and the submitted form data, Undo; a honeypot page that
// gets nothing; and the content script's own origin check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSERS, fixtureHtml, launch, type E2EPage, type ExtensionBrowser, type RoutedRequest, type Router } from './harness';
import { choosePerson, createLockedVault, filledPairs, HOUSEHOLD, lastPost, openPreview, pressFill, rowsOf, selectorsOf, shownValues, tickSensitive, unlockInPanel, until, wcagViolations } from './fill-flow';

const VIDEX = 'https://videx.diplo.de/videx/visum-erfassung/antrag';
const ELTERNGELD = 'https://www.elterngeld-digital.de/ams/Elterngeld/wizardng/FFE7CD';
const KINDERGELD = 'https://web.arbeitsagentur.de/opal/kgo-antrag-ui/antrag';
/** The honeypot page at a path of a known portal, so the content script runs there as on the portal. */
const HONEYPOTS = 'https://videx.diplo.de/videx/honeypots';
const CROSS_ORIGIN_FRAME = 'https://www.elterngeld-digital.de/ams/frame.html';
const UNKNOWN_SITE = 'https://formulare.example.org/kindergeld';

/** Each honeypot labelled with its key (as the visible controls are), so the classifier plans it and only the executor's checks stand between it and a value. */
const labelledHoneypots = () => fixtureHtml('honeypots/honeypots.html').replace(/data-key="([a-z-]+)" data-honeypot=/g, 'aria-label="$1" data-key="$1" data-honeypot=');

/**
 * The portal's own wizard code, which the replica leaves out: one step shown at a time, "Weiter"
 * shows the next (display toggled, no navigation), on the last step it sends the form.
 */
const WIZARD = `<script>
  (() => {
    const steps = [...document.querySelectorAll('.wz-step')];
    let at = 0;
    const show = (i) => { at = i; steps.forEach((s, j) => { s.style.display = j === i ? 'block' : 'none'; }); };
    document.getElementById('wz-next').addEventListener('click', () => at < steps.length - 1 ? show(at + 1) : document.getElementById('wizardForm').requestSubmit());
    document.getElementById('wz-back').addEventListener('click', () => at > 0 && show(at - 1));
  })();
</script>`;

const RECEIVED = '<!doctype html><title>Received</title><h1>Antrag eingegangen</h1>';

function router(log: RoutedRequest[]): Router {
  const pages: Record<string, string> = {
    [VIDEX]: fixtureHtml('portals/de-videx.schengen.html'),
    [ELTERNGELD]: fixtureHtml('portals/de-elterngeld.antrag.html').replace('</body>', `${WIZARD}</body>`),
    // The replica of the app sends nothing by itself (its code is left out): a plain POST stands in.
    [KINDERGELD]: fixtureHtml('portals/de-kindergeld.kg1.html').replace('<form id="kgAntrag" ', '<form id="kgAntrag" method="post" action="/opal/kgo-antrag-ui/absenden" '),
    [HONEYPOTS]: labelledHoneypots(),
    'https://videx.diplo.de/videx/frame.html': fixtureHtml('honeypots/frame.html'),
    [CROSS_ORIGIN_FRAME]: fixtureHtml('honeypots/frame.html'),
    [UNKNOWN_SITE]: fixtureHtml('portals/de-kindergeld.kg1.html'),
  };
  return (request) => {
    log.push(request);
    const path = request.url.split(/[?#]/)[0]!;
    if (request.method === 'POST') return { body: RECEIVED };
    const body = pages[path];
    return body !== undefined && request.method === 'GET' ? { body } : { status: 404, body: 'not served in tests' };
  };
}

const [applicant, partner, mira, jonas] = HOUSEHOLD.people.map((p) => p.values as Record<string, string>) as [Record<string, string>, Record<string, string>, Record<string, string>, Record<string, string>];

describe.each(E2E_BROWSERS)('filling through the extension in %s', (browserName) => {
  const log: RoutedRequest[] = [];
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(browserName, { router: router(log), firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false } });
    await createLockedVault(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openPortal(url: string, ready: string): Promise<{ portal: E2EPage; panel: E2EPage; tabId: number }> {
    const portal = await browser.openPage(url);
    await portal.waitFor(ready);
    const tabId = await browser.tabIdOf(url);
    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`, '#root > *');
    // The page's analysis comes first; on a loaded machine (CI: two cores) it may take a while.
    await panel.waitFor('[data-testid="fill-preview"]', 45_000);
    return { portal, panel, tabId };
  }

  it('VIDEX: unlock in the panel, preview, tick the passport number, fill, undo, fill again and submit', async () => {
    const { portal, panel, tabId } = await openPortal(VIDEX, '#videxForm');
    await panel.waitFor('.fill-preview .vault-unlock');
    expect(await wcagViolations(panel)).toEqual([]);
    await unlockInPanel(panel);
    expect(await panel.evaluate(() => document.querySelector('[data-testid="fill-origin"]')?.getAttribute('data-origin'), null)).toBe('https://videx.diplo.de');
    await openPreview(panel);
    const rows = await rowsOf(panel);
    const passport = rows.find((r) => r.label.startsWith('13. Nummer des Reisedokuments'));
    expect(passport).toMatchObject({ display: applicant['passport-number'], sensitive: true, ticked: false });
    const selectors = await selectorsOf(panel, tabId);
    const before = await shownValues(portal, rows.map((r) => selectors[r.fieldId]!));
    await tickSensitive(panel, { label: '13. Nummer des Reisedokuments' });
    expect(await wcagViolations(panel)).toEqual([]);
    await pressFill(panel);
    expect(await wcagViolations(panel)).toEqual([]);

    const after = await rowsOf(panel);
    expect(after.filter((r) => r.status !== 'filled').map((r) => [r.label, r.status])).toEqual([]);
    const values = await shownValues(portal, after.map((r) => selectors[r.fieldId]!));
    expect(values).toEqual(after.map((r) => r.display));
    expect(await shownValues(portal, ['#vx_name', '#vx_vorname', '#vx_gebdat', '#vx_passnr'])).toEqual([
      applicant['family-name'], applicant['given-name'], '07.03.1984', applicant['passport-number'],
    ]);

    await panel.click('[data-testid="fill-undo"]');
    await until(panel, () => document.querySelector('[data-testid="fill-status"]')?.getAttribute('data-run') === 'undone', null);
    // Everything is back as it was, except a radio group that had no choice (no click can clear it):
    // the panel names it, so the citizen knows.
    const kept = await panel.evaluate(() => [...document.querySelectorAll<HTMLElement>('.fill-not-restored li')].map((li) => li.dataset.fieldId!), null);
    const undone = await shownValues(portal, rows.map((r) => selectors[r.fieldId]!));
    expect(undone.filter((_, i) => !kept.includes(rows[i]!.fieldId))).toEqual(before.filter((_, i) => !kept.includes(rows[i]!.fieldId)));
    expect(await portal.evaluate((ids: string[]) => ids.map((id) => (document.querySelector(id) as HTMLInputElement).type), kept.map((id) => selectors[id]!))).toEqual(kept.map(() => 'radio'));

    await tickSensitive(panel, { label: '13. Nummer des Reisedokuments' });
    await pressFill(panel);
    const pairs = await filledPairs(portal);
    expect(pairs.length).toBeGreaterThan(10);
    // The outlines go on request; the values stay.
    await panel.click('[data-testid="fill-clear-marks"]');
    await until(portal, () => document.querySelectorAll('[data-formlotse-filled]').length === 0, null);
    expect(await shownValues(portal, ['#vx_name'])).toEqual([applicant['family-name']]);
    await portal.evaluate(() => {
      const form = document.querySelector<HTMLFormElement>('#videxForm')!;
      form.noValidate = true; // the replica's other required fields stay empty: the citizen's part
      form.requestSubmit();
    }, null);
    await until(portal, () => document.title === 'Received', null);
    const body = lastPost(log, 'https://videx.diplo.de/videx/visum-erfassung/absenden');
    for (const [name, value] of pairs) expect({ name, values: body.getAll(name) }).toEqual({ name, values: expect.arrayContaining([value]) });
    expect(body.get('antragsteller.name')).toBe(applicant['family-name']);
    await panel.close();
    await portal.close();
  });

  /** The preview's rows hold what the page now shows, control by control. */
  async function expectPageHoldsPreview(portal: E2EPage, panel: E2EPage, tabId: number): Promise<void> {
    const rows = (await rowsOf(panel)).filter((r) => r.status === 'filled');
    const selectors = await selectorsOf(panel, tabId);
    expect(await shownValues(portal, rows.map((r) => selectors[r.fieldId]!))).toEqual(rows.map((r) => r.display));
  }

  it('ElterngeldDigital wizard: each step is re-detected, re-planned and filled; the partner’s tax ID stays empty unticked', async () => {
    const { portal, panel, tabId } = await openPortal(ELTERNGELD, '#wizardForm');
    await unlockInPanel(panel);
    await openPreview(panel);
    // Step 1, the child: only its fields are in the preview; the others wait for their step.
    expect(new Set((await rowsOf(panel)).map((r) => r.slot.split(':')[0]))).toEqual(new Set(['child']));
    expect(await panel.texts('.fill-hidden')).toHaveLength(1);
    // The birth date's parts may be read as another child of the form than the names: the citizen says who.
    expect(await choosePerson(panel, 'child:', 'child-mira')).toBeGreaterThan(0);
    await until(panel, () => [...document.querySelectorAll('.fill-slot .fill-value')].some((v) => v.textContent === '2016'), null);
    await pressFill(panel);
    await expectPageHoldsPreview(portal, panel, tabId);
    expect(await shownValues(portal, ['#kind_vornamen', '#kind_geb_tag', '#kind_geb_monat', '#kind_geb_jahr'])).toEqual([mira['given-name'], '23', '11', '2016']);

    // Step 2, the parents: shown without a navigation; the panel follows.
    await portal.click('#wz-next');
    await until(panel, () => document.querySelector('.fill-slot[data-slot="partner:0"]') !== null, null);
    await tickSensitive(panel, { label: 'Steuer-Identifikationsnummer', slot: 'applicant:0' });
    await pressFill(panel);
    await expectPageHoldsPreview(portal, panel, tabId);
    expect(await shownValues(portal, ['#et1_vorname', '#et1_steuerid', '#et2_vorname', '#et2_steuerid'])).toEqual([applicant['given-name'], applicant['tax-id'], partner['given-name'], '']);

    // Step 3, payment: the IBAN only once ticked.
    await portal.click('#wz-next');
    await until(panel, (iban: string) => [...document.querySelectorAll('.fill-slot .fill-value')].some((v) => v.textContent === iban), String(applicant.iban));
    await tickSensitive(panel, { display: applicant.iban });
    await pressFill(panel);
    await expectPageHoldsPreview(portal, panel, tabId);

    await portal.click('#wz-next'); // sends the form
    await until(portal, () => document.title === 'Received', null);
    const body = lastPost(log, ELTERNGELD);
    expect(body.get('kind.vornamen')).toBe(mira['given-name']);
    expect(body.get('kind.geburtsdatum.jahr')).toBe('2016');
    expect(body.getAll('vorname')).toEqual([applicant['given-name'], partner['given-name']]);
    expect(body.getAll('steuerId')).toEqual([applicant['tax-id'], '']);
    expect(body.get('bank.iban')).toBe(applicant.iban);
    await panel.close();
    await portal.close();
  });

  it('Kindergeld: partner and two children from the household, submitted as the page holds them', async () => {
    const { portal, panel, tabId } = await openPortal(KINDERGELD, '#kgAntrag');
    await unlockInPanel(panel);
    await openPreview(panel);
    const slots = await panel.evaluate(() => [...document.querySelectorAll<HTMLSelectElement>('[data-testid="person-chooser"]')].map((s) => [s.dataset.slot, s.value]), null);
    expect(slots).toEqual(expect.arrayContaining([['applicant:0', 'applicant'], ['partner:0', 'partner'], ['child:0', 'child-mira'], ['child:1', 'child-jonas']]));
    // The children's tax IDs are sensitive: Jonas's is ticked, Mira's not.
    await tickSensitive(panel, { display: jonas['tax-id'], slot: 'child:1' });
    await pressFill(panel);
    await expectPageHoldsPreview(portal, panel, tabId);
    const pairs = await filledPairs(portal);
    await portal.click('button[type="submit"]');
    await until(portal, () => document.title === 'Received', null);
    const body = lastPost(log, 'https://web.arbeitsagentur.de/opal/kgo-antrag-ui/absenden');
    for (const [name, value] of pairs) expect({ name, values: body.getAll(name) }).toEqual({ name, values: expect.arrayContaining([value]) });
    const sent = [...body.values()];
    for (const value of [partner['given-name'], mira['given-name'], jonas['given-name'], '23.11.2016', '02.04.2019', jonas['tax-id']]) expect(sent).toContain(value);
    for (const unticked of [applicant['tax-id'], mira['tax-id'], applicant.iban]) expect(sent).not.toContain(unticked);
    await panel.close();
    await portal.close();
  });

  it('honeypots: every hidden, covered, transparent or disabled control gets nothing, even when planned and ticked', async () => {
    const { portal, panel, tabId } = await openPortal(`${HONEYPOTS}?frame=${encodeURIComponent(CROSS_ORIGIN_FRAME)}`, '#honeypots');
    await unlockInPanel(panel);
    await openPreview(panel);
    for (const row of (await rowsOf(panel)).filter((r) => r.sensitive)) await panel.click(`.fill-row[data-field-id="${row.fieldId}"] [data-testid="tick-sensitive"]`);
    const selectors = await selectorsOf(panel, tabId);
    const planned = await rowsOf(panel);
    const honeypotRows = planned.filter((r) => /hp-/.test(selectors[r.fieldId]!));
    // The ones not even rendered (display:none, visibility:hidden) are not in the preview; the rest are
    // planned like any field, and the executor must refuse each of them at fill time.
    expect(honeypotRows.length).toBeGreaterThanOrEqual(10);
    expect(planned.some((r) => selectors[r.fieldId] === 'input[name="hp-display-none"]')).toBe(false);
    await pressFill(panel);
    const after = new Map((await rowsOf(panel)).map((r) => [r.fieldId, r.status]));
    expect(honeypotRows.map((r) => [selectors[r.fieldId], after.get(r.fieldId)])).toEqual(honeypotRows.map((r) => [selectors[r.fieldId], 'skipped']));
    const leaked = await portal.evaluate(() => {
      const w = window as unknown as { __honeypotEvents: string[] };
      const shadow = document.getElementById('shadow-host')!.shadowRoot!;
      const frame = (document.getElementById('same-origin-frame') as HTMLIFrameElement).contentWindow as unknown as { __honeypotEvents: string[]; document: Document };
      return {
        events: w.__honeypotEvents,
        values: [...document.querySelectorAll<HTMLInputElement>('[data-honeypot]'), ...shadow.querySelectorAll<HTMLInputElement>('[data-honeypot]')]
          .filter((e) => (e.value !== '' && e.type !== 'checkbox') || e.checked).map((e) => e.name),
        frameEvents: frame.__honeypotEvents,
        frameValues: [...frame.document.querySelectorAll('input')].map((i) => i.value).filter(Boolean),
      };
    }, null);
    expect(leaked).toEqual({ events: [], values: [], frameEvents: [], frameValues: [] });
    // …while the visible controls beside them were filled (the check is not passing on an empty fill).
    expect(await shownValues(portal, ['#v-given-name', '#v-family-name', '#v-iban', '#v-tax-id', '#v-email'])).toEqual([
      applicant['given-name'], applicant['family-name'], applicant.iban, applicant['tax-id'], applicant.email,
    ]);
    await panel.close();
    await portal.close();
  });

  it('the content script fills only the origin the panel confirmed, whatever the request says', async () => {
    const { portal, panel, tabId } = await openPortal(KINDERGELD, '#kgAntrag');
    const selectors = await selectorsOf(panel, tabId);
    const [fieldId, selector] = Object.entries(selectors).find(([, sel]) => sel === 'input[id=":r3:"]')!;
    const request = (expectedOrigin: string) => ({
      type: 'fill/execute',
      items: [{ fieldId, key: 'given-name', personId: 'applicant', kind: 'text', value: 'Friederike', display: 'Friederike', sensitive: false }],
      selectors: { [fieldId]: selector },
      expectedOrigin,
      confirmedSensitive: [],
    });
    const send = (message: object) => panel.evaluate(async ({ tab, message }) => {
      const a = ((globalThis as unknown as { browser?: { tabs: { sendMessage(t: number, m: object): Promise<unknown> } } }).browser ?? (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: object): Promise<unknown> } } }).chrome);
      return (await a.tabs.sendMessage(tab, message)) as { results?: { status: string; reason?: string }[]; outcomes?: unknown[] };
    }, { tab: tabId, message });
    // A panel that is behind a navigation (it confirmed VIDEX; the tab now shows the Kindergeld portal).
    expect((await send(request('https://videx.diplo.de'))).results).toEqual([{ fieldId, status: 'skipped', reason: 'origin-changed' }]);
    expect(await shownValues(portal, [selector])).toEqual(['']);
    // The planned control must still be the one the panel saw.
    expect((await send({ ...request('https://web.arbeitsagentur.de'), selectors: { [fieldId]: 'input[id=":r2:"]' } })).results).toEqual([{ fieldId, status: 'skipped', reason: 'page-changed' }]);
    expect(await shownValues(portal, [selector])).toEqual(['']);
    // The same request for the tab's own origin fills (so the refusals above were the checks).
    expect((await send(request('https://web.arbeitsagentur.de'))).results).toEqual([{ fieldId, status: 'filled' }]);
    expect(await shownValues(portal, [selector])).toEqual(['Friederike']);
    await send({ type: 'fill/undo' });
    expect(await shownValues(portal, [selector])).toEqual(['']);
    await panel.close();
    await portal.close();
  });

  it('on a site that is not a known portal, fills only after the citizen asked for it and confirmed its origin', async () => {
    const site = await browser.openPage(UNKNOWN_SITE);
    await site.waitFor('#kgAntrag');
    const tabId = await browser.tabIdOf(UNKNOWN_SITE);
    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`, '[data-testid="empty-unknown-site"]');
    expect(await panel.evaluate(() => document.querySelector('[data-testid="fill-preview"]'), null)).toBeNull();
    if (browserName === 'firefox') {
      // Firefox grants the one origin without a prompt here (extensions.webextOptionalPermissionPrompts=false).
      await panel.click('[data-testid="analyse-site"]');
      await panel.waitFor('[data-testid="fill-preview"]');
      await unlockInPanel(panel);
      expect(await panel.evaluate(() => document.querySelector('[data-testid="fill-origin"]')?.getAttribute('data-origin'), null)).toBe('https://formulare.example.org');
      await openPreview(panel);
      expect(await panel.evaluate(() => document.querySelector('[data-testid="fill-button"]')?.getAttribute('aria-disabled'), null)).toBe('true');
      await panel.click('[data-testid="fill-button"]');
      await new Promise((r) => setTimeout(r, 500));
      expect(await shownValues(site, ['input[id=":r3:"]'])).toEqual(['']);
      await panel.click('[data-testid="confirm-site"]');
      await pressFill(panel);
      expect(await shownValues(site, ['input[id=":r3:"]', 'input[id=":ru:"]'])).toEqual([applicant['given-name'], mira['given-name']]);
    } else {
      // Chromium asks the citizen for the origin in a prompt no automation can answer: nothing runs, nothing fills.
      await panel.click('[data-testid="analyse-site"]');
      await new Promise((r) => setTimeout(r, 500));
      expect(await panel.evaluate(() => document.querySelector('[data-testid="fill-preview"]'), null)).toBeNull();
      expect(await shownValues(site, ['input[id=":r3:"]'])).toEqual(['']);
    }
    await panel.close();
    await site.close();
  });
});
