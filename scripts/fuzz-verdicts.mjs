#!/usr/bin/env node
// Runs the verdict guard (packages/core/test/verdicts/guard.test.ts) over more generated policies:
//   pnpm fuzz:verdicts --seed 7 --count 2000
// The unit suite runs the same test with seed 14 and 250 policies.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const seed = opt('seed', '14');
const count = opt('count', '1000');
if (!/^\d+$/.test(seed) || !/^\d+$/.test(count)) {
  console.error('usage: pnpm fuzz:verdicts [--seed N] [--count N]');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'packages/core/test/verdicts/guard.test.ts', '-t', 'generated policies'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, VERDICTS_SEED: seed, VERDICTS_COUNT: count, VERDICTS_REPORT: '1' } },
);
process.exit(result.status ?? 1);
