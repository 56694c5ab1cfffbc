// npx tsx scripts/screenshots.ts: the README's screenshots of the side panel, made with the e2e
// harness (built extension in Debian's Chromium, portal replicas at their real URLs) into
// docs/screenshots/. Uses the existing build in .output/ (npm run build first if it is missing).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, fixtureHtml, launchChromium, ROOT, type E2EPage, type Router } from '../tests/e2e/harness';
import { PROFILE_SCHEMA_VERSION } from '../lib/profile/schema';
import type { Profile } from '../lib/profile/types';

const OUT = join(ROOT, 'docs/screenshots');
const VIDEX_URL = 'https://videx.diplo.de/videx/visum-erfassung/antrag';
const UNKNOWN_URL = 'https://www.stadt-beispiel.example/buergerservice/anmeldung';
const PANEL = { width: 420, height: 860 };
const PAGE = { width: 900, height: 860 };
const say = (line: string) => console.log(`screenshots: ${line}`);

// The replica with the kind of hint portals put beside a field, so the panel shows "the page's own hint".
const videx = fixtureHtml('portals/de-videx.schengen.html').replace(
  '<input id="vx_name" name="antragsteller.name" required>',
  '<input id="vx_name" name="antragsteller.name" required aria-describedby="vx_name_hint"><br><small id="vx_name_hint">Bitte genau so angeben, wie er im Reisepass steht.</small>',
);
let composite = '';
const router: Router = ({ url }) => {
  const path = url.split(/[?#]/)[0];
  if (path === VIDEX_URL) return { body: videx };
  if (path === UNKNOWN_URL) return { body: fixtureHtml('portals/de-videx.schengen.html').replace(/VIDEX – /g, 'Stadt Beispiel – ') };
  if (path === 'https://screenshots.invalid/composite') return { body: composite };
  return { status: 404, body: 'not served' };
};

const raw = (page: E2EPage) => page.raw as Page;

async function choose(panel: E2EPage, label: string): Promise<void> {
  const id = await panel.evaluate((l: string) => [...document.querySelectorAll('li.field')].find((li) => li.querySelector('.field-label')?.textContent?.startsWith(l))?.getAttribute('data-field-id'), label);
  if (!id) throw new Error(`no field "${label}"`);
  if ((await panel.evaluate((i: string) => document.querySelector(`li[data-field-id="${i}"]`)?.getAttribute('aria-current'), id)) !== 'true') {
    await panel.click(`li[data-field-id="${id}"] .field-button`);
  }
  await panel.waitFor(`li[data-field-id="${id}"][aria-current="true"] [data-testid="explanation"]`);
}

/** Scrolls the panel so the open field sits at the top, as a citizen would see it after choosing it. */
async function showOpenField(panel: E2EPage): Promise<void> {
  await panel.evaluate(() => {
    const li = document.querySelector('li[aria-current="true"]');
    window.scrollTo(0, li ? li.getBoundingClientRect().top + window.scrollY - 8 : 0);
  }, null);
}

/** The specimen person of the German ID card (Muster-Ausweis), never a real person's data. */
const SAMPLE_PROFILE: Profile = {
  schemaVersion: PROFILE_SCHEMA_VERSION,
  updatedAt: '2026-01-01T00:00:00.000Z',
  people: [
    {
      id: 'applicant',
      role: 'applicant',
      label: 'Erika',
      values: {
        'given-name': 'Erika', 'family-name': 'Mustermann', 'birth-name': 'Gabler', bday: '1983-08-12', 'birth-place': 'Berlin',
        nationality: 'DE', sex: 'female', street: 'Heidestraße', 'house-number': '17', 'postal-code': '51147', city: 'Köln',
        country: 'DE', email: 'erika.mustermann@example.org',
      },
    },
  ],
};

/** A citizen who already keeps a profile, open for this session (the header says so; no reminder to create one). */
async function openProfile(panel: E2EPage): Promise<void> {
  await panel.evaluate(async (profile: Profile) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
    await api.runtime.sendMessage({ type: 'vault/create', passphrase: 'Beispiel-Passphrase für Bilder', profile });
  }, SAMPLE_PROFILE);
  await panel.waitFor('.vault-unlocked', 30_000);
}

/** The mouse away from the panel, so no hover state shows in the pictures. */
async function park(page: E2EPage): Promise<void> {
  await raw(page).mouse.move(2, 2);
}

async function setLanguage(panel: E2EPage, lang: string): Promise<void> {
  await raw(panel).selectOption('#panel-language', lang);
  await panel.waitFor(`html[lang="${lang === 'de-simple' ? 'de' : lang}"]`);
  await new Promise((r) => setTimeout(r, 300));
}

if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error('no build in .output/chrome-mv3: run npm run build first');
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium({ router });
try {
  const portal = await browser.openPage(VIDEX_URL);
  await raw(portal).setViewportSize(PAGE);
  await portal.waitFor('#videxForm');
  const panel = await browser.openPanelFor(VIDEX_URL, '[data-testid="field-list"] li.field');
  await raw(panel).setViewportSize(PANEL);

  // 1. The guide beside the form: the citizen chose "Name"; the page shows where it is.
  await openProfile(panel);
  await choose(panel, '1. Name');
  await portal.waitFor('formlotse-highlight');
  await new Promise((r) => setTimeout(r, 500));
  await panel.evaluate(() => window.scrollTo(0, 0), null);
  await park(panel);
  const pageShot = (await raw(portal).screenshot()).toString('base64');
  const panelShot = (await raw(panel).screenshot()).toString('base64');
  composite = `<!doctype html><style>body{margin:0;display:flex;background:#5f6b76}img{display:block}</style>
    <img src="data:image/png;base64,${pageShot}" width="${PAGE.width}"><img src="data:image/png;base64,${panelShot}" width="${PANEL.width}">`;
  const board = await browser.openPage('https://screenshots.invalid/composite');
  await raw(board).setViewportSize({ width: PAGE.width + PANEL.width, height: PAGE.height });
  await board.screenshot(join(OUT, 'guide-beside-form.png'));
  await board.close();
  say('guide-beside-form.png: the form with the chosen field ringed, and the guide explaining it');

  // 2. The panel alone, a field open with its details.
  await choose(panel, '5. Geburtsort');
  await panel.click('li[aria-current="true"] details.more summary');
  await park(panel);
  await showOpenField(panel);
  await panel.screenshot(join(OUT, 'panel-field-details.png'));
  say('panel-field-details.png: a field opened, with why, where to find it, format and example');

  // 3. The same field in Einfache Sprache, and in English.
  await setLanguage(panel, 'de-simple');
  await showOpenField(panel);
  await panel.screenshot(join(OUT, 'panel-einfache-sprache.png'));
  await setLanguage(panel, 'en');
  await showOpenField(panel);
  await panel.screenshot(join(OUT, 'panel-english.png'));
  say('panel-einfache-sprache.png, panel-english.png: the language switch');

  // 4. Dark scheme, the overview at the top of the panel.
  await setLanguage(panel, 'de');
  await raw(panel).emulateMedia({ colorScheme: 'dark' });
  await panel.evaluate(() => window.scrollTo(0, 0), null);
  await panel.screenshot(join(OUT, 'panel-dark.png'));
  await raw(panel).emulateMedia({ colorScheme: 'light' });
  say('panel-dark.png: the overview in the dark scheme');

  // 5. A site Formlotse does not know: nothing runs until the citizen asks.
  await browser.openPage(UNKNOWN_URL);
  const unknown = await browser.openPanelFor(UNKNOWN_URL, '[data-testid="empty-unknown-site"]');
  await raw(unknown).setViewportSize({ width: PANEL.width, height: 620 });
  await setLanguage(unknown, 'de');
  await unknown.screenshot(join(OUT, 'panel-unknown-site.png'));
  say('panel-unknown-site.png: an unknown site, with the button to analyse it on request');
} finally {
  await browser.close();
}
say(`saved in ${OUT}`);
