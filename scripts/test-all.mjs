// npm test: every test. Checks the browsers (installs Debian's packages when it can), builds both
// browsers' extensions, runs the unit tests, then the end-to-end tests in Chromium and Firefox.
// Ends with one line "tests: N passed, N failed" and a non-zero exit on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const NEEDED = [
  { path: '/usr/bin/chromium', pkg: 'chromium', why: 'e2e tests and benchmarks in Chromium' },
  { path: '/usr/bin/firefox-esr', pkg: 'firefox-esr', why: 'e2e tests in Firefox ESR' },
  { path: '/usr/bin/redis-server', pkg: 'redis-server', why: 'proxy rate-limit tests against a real Redis' },
];

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  return r.status ?? 1;
}

function ensureSystemPackages() {
  const missing = NEEDED.filter((n) => !existsSync(n.path));
  if (!missing.length) return;
  const pkgs = missing.map((m) => m.pkg);
  console.log(`Missing: ${missing.map((m) => `${m.path} (${m.why})`).join(', ')}`);
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log(`Installing Debian packages: ${pkgs.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], { env }) === 0 && run('apt-get', ['install', '-y', '-qq', ...pkgs], { env }) === 0) return;
  }
  console.error(
    `Cannot run the browser tests without ${pkgs.join(', ')}.\n` +
      (hasApt ? `Install them with:  sudo apt-get update && sudo apt-get install -y ${pkgs.join(' ')}\n` : 'Install Chromium and Firefox ESR, then set CHROMIUM_PATH and FIREFOX_PATH.\n'),
  );
  process.exit(1);
}

function vitest(label, args) {
  mkdirSync('test-results', { recursive: true });
  const out = `test-results/${label}.json`;
  const status = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  let passed = 0, failed = 0;
  try {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed = r.numPassedTests;
    failed = r.numFailedTests + (status !== 0 && r.numFailedTests === 0 ? 1 : 0);
  } catch {
    failed = 1;
  }
  return { status, passed, failed };
}

if (!process.env.CHROMIUM_PATH || !process.env.FIREFOX_PATH) ensureSystemPackages();
if (run('npm', ['run', '--silent', 'build']) !== 0) {
  console.error('tests: build failed');
  process.exit(1);
}
const unit = vitest('unit', []);
const e2e = vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
console.log(`unit: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(unit.status || e2e.status || failed ? 1 : 0);
