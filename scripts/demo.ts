// npm run demo: builds Formlotse, starts Debian's Chromium with it, opens the replica of the VIDEX
// visa form at its real URL and the side panel beside it (as an extension tab: the real side panel
// opens only on a user gesture). Headed when a display exists, otherwise headless with screenshots.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, ROOT, serveFixtures } from '../tests/e2e/harness';
import { PORTALS } from '../lib/portals/registry';

const say = (line: string) => console.log(`demo: ${line}`);
const headless = !process.env.DISPLAY;
const outDir = join(ROOT, 'artifacts/demo');

say('building the extension (npm run build)…');
execSync('npm run --silent build', { cwd: ROOT, stdio: 'ignore' });

const pages = Object.fromEntries(PORTALS.flatMap((p) => p.fixtures.map((f) => [f.url, f.file])));
const demoUrl = PORTALS.find((p) => p.id === 'de-videx')?.fixtures[0]?.url;
if (!demoUrl) throw new Error('the VIDEX portal has no fixture');

say(`starting ${headless ? 'headless ' : ''}Chromium with the extension (.output/chrome-mv3)`);
const browser = await launchChromium({ router: serveFixtures(pages), headless });
try {
  say(`opening ${demoUrl} (served from the replica by request interception)`);
  const portal = await browser.openPage(demoUrl);
  await portal.waitFor('form');
  say('opening the side panel for that tab');
  const panel = await browser.openPanelFor(demoUrl, '[data-testid="field-list"] li');
  const labels = await panel.texts('[data-testid="field-list"] li');
  say(`the side panel lists ${labels.length} fields, e.g. ${labels.slice(0, 3).map((l) => `"${l}"`).join(', ')}`);
  // Follow the user: focusing a field on the page selects it in the panel.
  await portal.bringToFront();
  await portal.focus('#vx_gebort');
  await panel.waitFor('[data-testid="field-list"] li[aria-current="true"]');
  say(`focused "Geburtsort" on the page; the panel selected: "${(await panel.texts('li[aria-current="true"]'))[0] ?? '?'}"`);
  mkdirSync(outDir, { recursive: true });
  await portal.screenshot(join(outDir, 'portal.png'));
  await panel.screenshot(join(outDir, 'sidepanel.png'));
  say(`screenshots saved: ${join(outDir, 'portal.png')} and ${join(outDir, 'sidepanel.png')}`);
  if (!headless) {
    say('the browser stays open; close it to end the demo');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  }
} finally {
  await browser.close().catch(() => undefined);
}
say('done');
