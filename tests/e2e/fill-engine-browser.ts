// Shared by the fill engine's browser tests and its benchmark: headless Debian Chromium, two
// loopback origins serving the fixtures, and the engine bundle to inject into pages.
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { buildEngineBundle, buildFrameworkFixtures } from '../../scripts/build-framework-fixtures.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT } from './harness';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

export interface FillBrowser {
  browser: Browser;
  /** http://127.0.0.1:PORT — serves /frameworks/* (built) and /honeypots/* (fixtures). */
  origin: string;
  /** The same files from a second port: another origin, for cross-origin frames. */
  otherOrigin: string;
  engine: string;
  close(): Promise<void>;
}

/** Serves `/<mount>/<file>` from each mounted folder, nothing else. */
function serve(mounts: Record<string, string>): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const [, mount, ...rest] = path.split('/');
    const dir = mount ? mounts[mount] : undefined;
    const file = dir ? normalize(join(dir, ...rest)) : '';
    if (!dir || !file.startsWith(dir)) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

export async function startFillBrowser(): Promise<FillBrowser> {
  const built = await mkdtemp(join(tmpdir(), 'formlotse-fill-'));
  await buildFrameworkFixtures(built);
  const engine = await buildEngineBundle();
  const mounts = { frameworks: built, honeypots: join(ROOT, 'tests/fixtures/honeypots') };
  const servers = [await serve(mounts), await serve(mounts)];
  const port = (s: Server) => (s.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    origin: `http://127.0.0.1:${port(servers[0]!)}`,
    otherOrigin: `http://127.0.0.1:${port(servers[1]!)}`,
    engine,
    async close() {
      await browser.close();
      await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
      await rm(built, { recursive: true, force: true });
    },
  };
}

/** Injects the engine (window.__formlotse) into a page or frame. */
export async function injectEngine(target: Page | Frame, engine: string): Promise<void> {
  await target.addScriptTag({ content: engine });
}
