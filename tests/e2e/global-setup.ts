// Builds the extension once before the e2e run unless a build newer than the sources exists.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness';

export default function setup(): void {
  const built = existsSync(join(CHROME_BUILD, 'manifest.json')) && existsSync(join(FIREFOX_BUILD, 'manifest.json'));
  if (!built || process.env.E2E_REBUILD === '1') {
    execSync('npm run --silent build', { stdio: 'inherit' });
  }
}
