// npx tsx scripts/fill-screenshot.ts: docs/screenshots/fill-preview.png, the fill preview as the
// README shows it — the Kindergeld replica beside the side panel, a household of four unlocked,
// who is who chosen by default, the confidential values still unticked, before pressing Fill. Uses the existing build in
// .output/ (npm run build first) and the e2e harness (Debian's Chromium, replicas at their real URLs).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, fixtureHtml, launchChromium, ROOT, type Router } from '../tests/e2e/harness';
import { HOUSEHOLD, openPreview, PASSPHRASE } from '../tests/e2e/fill-flow';

const OUT = join(ROOT, 'docs/screenshots');
const KINDERGELD = 'https://web.arbeitsagentur.de/opal/kgo-antrag-ui/antrag';
const PANEL = { width: 440, height: 980 };
const PAGE = { width: 820, height: 980 };

let composite = '';
const router: Router = ({ url }) => {
  const path = url.split(/[?#]/)[0];
  if (path === KINDERGELD) return { body: fixtureHtml('portals/de-kindergeld.kg1.html') };
  if (path === 'https://screenshots.invalid/composite') return { body: composite };
  return { status: 404, body: 'not served' };
};

if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error('no build in .output/chrome-mv3: run npm run build first');
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium({ router });
try {
  const portal = await browser.openPage(KINDERGELD);
  await (portal.raw as Page).setViewportSize(PAGE);
  await portal.waitFor('#kgAntrag');
  const panel = await browser.openPanelFor(KINDERGELD, '[data-testid="fill-preview"]');
  const raw = panel.raw as Page;
  await raw.setViewportSize(PANEL);
  await panel.evaluate(
    async ({ passphrase, profile }) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
      await api.runtime.sendMessage({ type: 'vault/create', passphrase, profile });
    },
    { passphrase: PASSPHRASE, profile: HOUSEHOLD },
  );
  await openPreview(panel);
  // The panel from its top: which portal, where it fills, who is who, the values, a confidential one unticked.
  await panel.evaluate(() => window.scrollTo(0, 0), null);
  await raw.mouse.move(2, 2);
  const pageShot = (await (portal.raw as Page).screenshot()).toString('base64');
  const panelShot = (await raw.screenshot()).toString('base64');
  composite = `<!doctype html><style>body{margin:0;display:flex;background:#5f6b76}img{display:block}</style>
    <img src="data:image/png;base64,${pageShot}" width="${PAGE.width}"><img src="data:image/png;base64,${panelShot}" width="${PANEL.width}">`;
  const board = await browser.openPage('https://screenshots.invalid/composite');
  await (board.raw as Page).setViewportSize({ width: PAGE.width + PANEL.width, height: PAGE.height });
  await board.screenshot(join(OUT, 'fill-preview.png'));
  // FULL_PANEL=DIR: the rest of the preview too, screen by screen, for reviewing it (not for the README).
  for (let i = 1; process.env.FULL_PANEL && i <= 4; i++) {
    await panel.evaluate((y: number) => window.scrollTo(0, y), i * (PANEL.height - 60));
    await raw.screenshot({ path: join(process.env.FULL_PANEL, `panel-${i}.png`) });
  }
  console.log(`fill-screenshot: saved ${join(OUT, 'fill-preview.png')}`);
} finally {
  await browser.close();
}
