// npm run bench [-- PART...]: runs the benchmarks of every part (or the named ones).
// Each part is tests/bench/<part>.ts and prints lines `bench NAME median=VALUE UNIT [baseline=… ratio=…]`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PARTS = ['classify', 'fill', 'vault', 'proxy'];
const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const part of asked) {
  if (!PARTS.includes(part)) {
    console.error(`unknown bench part "${part}"; parts: ${PARTS.join(', ')}`);
    process.exit(2);
  }
}
let failed = 0;
for (const part of asked.length ? asked : PARTS) {
  const file = `tests/bench/${part}.ts`;
  if (!existsSync(file)) {
    console.error(`bench ${part}: ${file} is missing`);
    failed++;
    continue;
  }
  const run = spawnSync('npx', ['tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`bench ${part} failed (exit ${run.status})`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
