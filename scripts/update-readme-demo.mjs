#!/usr/bin/env node
// Refreshes the README's demo block (between <!-- demo:start --> and <!-- demo:end -->) with what
// `trustlint check examples/` prints today. A test fails when the README copy is stale.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
let out;
try {
  out = execFileSync(process.execPath, ['packages/cli/bin/trustlint.js', 'check', 'examples/'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
} catch (err) {
  out = err.stdout;
}
const readme = readFileSync(`${root}README.md`, 'utf8');
const next = readme.replace(/(<!-- demo:start -->\n```text\n)[\s\S]*?(```\n<!-- demo:end -->)/, `$1${out}$2`);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md: the demo output is stale; run node scripts/update-readme-demo.mjs');
    process.exit(1);
  }
} else writeFileSync(`${root}README.md`, next);
