// npm run demo: builds Formlotse, starts Debian's Chromium with it and walks a citizen's visit:
// the Kindergeld form (a replica served at its real URL), the side panel beside it (as an extension
// tab: the real side panel opens only on a user gesture), a field explained, the encrypted profile
// unlocked, the fill preview, Fill, the values on the page. Headed when a display exists,
// otherwise headless, saving screenshots and printing where.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, ROOT, serveFixtures } from '../tests/e2e/harness';
import { createLockedVault, openPreview, PASSPHRASE, pressFill, rowsOf, unlockInPanel } from '../tests/e2e/fill-flow';
import { PORTALS } from '../lib/portals/registry';

const say = (line: string) => console.log(`demo: ${line}`);
const headless = !process.env.DISPLAY;
const outDir = join(ROOT, 'artifacts/demo');
const firstText = (texts: string[]) => texts[0]?.replace(/\s+/g, ' ').trim() ?? '?';

say('building the extension (npm run build)…');
execSync('npm run --silent build', { cwd: ROOT, stdio: 'ignore' });

const pages = Object.fromEntries(PORTALS.flatMap((p) => p.fixtures.map((f) => [f.url, f.file])));
const portalDef = PORTALS.find((p) => p.id === 'de-kindergeld');
const demoUrl = portalDef?.fixtures[0]?.url;
if (!portalDef || !demoUrl) throw new Error('the Kindergeld portal has no fixture');

say(`starting ${headless ? 'headless ' : ''}Chromium with the extension (.output/chrome-mv3)`);
const browser = await launchChromium({ router: serveFixtures(pages), headless });
try {
  say(`creating an encrypted demo profile (a family of four; passphrase "${PASSPHRASE}")`);
  await createLockedVault(browser);

  say(`opening ${demoUrl} (${portalDef.name.en}; served from the replica by request interception)`);
  const portal = await browser.openPage(demoUrl);
  await portal.waitFor('form');
  const panel = await browser.openPanelFor(demoUrl, '[data-testid="field-list"] li');
  const fields = await panel.texts('[data-testid="field-list"] li');
  say(`side panel: "${firstText(await panel.texts('header [role="status"], header .trust, header p'))}" — ${fields.length} fields listed`);

  await portal.bringToFront();
  await portal.focus('input');
  await panel.waitFor('[data-testid="field-list"] li[aria-current="true"]');
  say('focused the first field on the page; the panel opened its explanation');

  mkdirSync(outDir, { recursive: true });
  await unlockInPanel(panel);
  await openPreview(panel);
  const rows = await rowsOf(panel);
  say(`unlocked the profile; the preview plans ${rows.length} values (${rows.filter((r) => r.sensitive).length} confidential ones stay unticked)`);
  await panel.screenshot(join(outDir, 'preview.png'));
  await pressFill(panel);
  const filled = await portal.evaluate(() => document.querySelectorAll('[data-formlotse-filled]').length, null);
  say(`pressed Fill: ${filled} controls on the page now hold the profile's values`);
  await portal.screenshot(join(outDir, 'portal-filled.png'));
  await panel.screenshot(join(outDir, 'sidepanel.png'));
  say(`screenshots saved in ${outDir}: preview.png, portal-filled.png, sidepanel.png`);
  if (!headless) {
    say('the browser stays open (passphrase above); close it to end the demo');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  }
} finally {
  await browser.close().catch(() => undefined);
}
say('done');
