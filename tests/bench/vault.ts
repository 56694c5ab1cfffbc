// npm run bench -- vault: unlock with the default Argon2id parameters (64 MiB, 3 passes, 1 lane) and
// save after unlock, median of RUNS runs each, in headless Chromium (playwright-core) and Firefox ESR
// (puppeteer-core over WebDriver BiDi). lib/vault is bundled with esbuild and loaded into a page
// served from 127.0.0.1 (a secure context, so WebCrypto is there); storage is the in-memory area.
// unlock = Argon2id + HKDF + AES-GCM decrypt + profile check + session start;
// save = decrypt-check of the stored envelope + encrypt + staged write + verify + swap + read-back.
// Targets (issue 5): unlock ≤ 500 ms, save ≤ 50 ms median in Chromium.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = 9;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// The page's code: a vault on in-memory storage, created once, then timed unlocks and saves.
const ENTRY = `
import { MemoryArea } from './lib/vault/areas';
import { createVaultService } from './lib/vault/service';
import { DEFAULT_KDF } from './lib/vault/kdf';
const PASSPHRASE = 'Apfelbaum Regenschirm Kompass 1984';
globalThis.vaultBench = async (runs, profile) => {
  const service = createVaultService({ local: new MemoryArea(), session: new MemoryArea(), kdf: DEFAULT_KDF });
  const created = await service.create(PASSPHRASE, profile);
  if (!created.ok) throw new Error('create: ' + created.error);
  const unlock = [], save = [];
  for (let i = 0; i < runs; i++) {
    await service.lock();
    let t0 = performance.now();
    const opened = await service.unlock(PASSPHRASE);
    unlock.push(performance.now() - t0);
    if (!opened.ok) throw new Error('unlock: ' + opened.error);
    t0 = performance.now();
    const saved = await service.save(profile);
    save.push(performance.now() - t0);
    if (!saved.ok) throw new Error('save: ' + saved.error);
  }
  return { unlock, save };
};
`;

/** A household of four with most keys filled: the size a real vault has. */
function household() {
  const adult = (given: string) => ({
    'given-name': given, 'family-name': 'Schwanthaler-Größmann', 'bday': '1984-03-07', 'birth-place': 'Quedlinburg',
    'birth-country': 'DE', 'nationality': 'DE', 'sex': 'female', 'marital-status': 'married', 'occupation': 'Ingenieurin',
    'employer': 'Stadtwerke Quedlinburg GmbH', 'email': 'friederike@example.org', 'tel': '+49 3946 123456',
    'street': 'Zwetschgenallee', 'house-number': '17b', 'postal-code': '06484', 'city': 'Quedlinburg', 'country': 'DE',
    'passport-number': 'C01X00T47', 'passport-issue-date': '2019-05-02', 'passport-expiry-date': '2029-05-01',
    'passport-issuing-authority': 'Stadt Quedlinburg', 'tax-id': '36574261809', 'social-security-number': '65170839J003',
    'health-insurer': 'AOK Sachsen-Anhalt', 'health-insurance-number': 'A123456789', 'iban': 'DE89370400440532013000',
    'bic': 'COBADEFFXXX', 'account-holder': 'Friederike Schwanthaler-Größmann', 'bank-name': 'Commerzbank',
  });
  return {
    schemaVersion: 2,
    updatedAt: new Date().toISOString(),
    people: [
      { id: 'applicant', role: 'applicant', label: 'Ich', values: adult('Friederike') },
      { id: 'partner', role: 'partner', label: 'Jean', values: adult('Jean-Baptiste') },
      { id: 'child-000001', role: 'child', label: 'Mia', values: { 'given-name': 'Mia', 'bday': '2016-11-23', 'nationality': 'DE' } },
      { id: 'child-000002', role: 'child', label: 'Ben', values: { 'given-name': 'Ben', 'bday': '2019-02-11', 'nationality': 'DE' } },
    ],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const bundle = await build({
  stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
  bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false, minify: true,
});
const script = bundle.outputFiles[0]!.text;
const server = createServer((req, res) => {
  if (req.url === '/vault-bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><meta charset="utf-8"><title>vault bench</title><script src="/vault-bench.js"></script>');
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
type Timings = { unlock: number[]; save: number[] };
type BenchWindow = { vaultBench(runs: number, profile: unknown): Promise<Timings> };

const dirs: string[] = [];
const freshDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `formlotse-bench-${name}-`));
  dirs.push(dir);
  return dir;
};

try {
  const context = await chromium.launchPersistentContext(freshDir('chromium'), { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    const t = await page.evaluate(([runs, profile]) => (globalThis as unknown as BenchWindow).vaultBench(runs, profile), [RUNS, household()] as const);
    console.log(`bench vault-unlock-chromium median=${median(t.unlock).toFixed(1)} ms`);
    console.log(`bench vault-save-chromium median=${median(t.save).toFixed(1)} ms`);
  } finally {
    await context.close();
  }

  const firefox = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, protocol: 'webDriverBiDi', userDataDir: freshDir('firefox'),
  });
  try {
    const page = await firefox.newPage();
    await page.goto(url);
    const t = await page.evaluate((runs: number, profile: unknown) => (globalThis as unknown as BenchWindow).vaultBench(runs, profile), RUNS, household());
    console.log(`bench vault-unlock-firefox median=${median(t.unlock).toFixed(1)} ms`);
    console.log(`bench vault-save-firefox median=${median(t.save).toFixed(1)} ms`);
  } finally {
    await firefox.close();
  }
} finally {
  server.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
