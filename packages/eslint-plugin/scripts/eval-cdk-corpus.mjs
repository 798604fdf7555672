#!/usr/bin/env node
// Scores eslint-plugin-trustlint on the `cdk-ts` files of the labelled real-world corpus, as
// scripts/eval-corpus.mjs scores the CLI: each file is copied alone into a folder of its own and
// linted there with `configs.recommended`; a file agrees when every expected id is reported (any
// severity) and, for `clean`, nothing is reported at error or warning (findings whose trustlint
// severity is info do not count: they are left out with `settings.trustlint.reportInfo: false`).
// Needs the built plugin (tsc -b packages/core packages/eslint-plugin).
// Usage: node packages/eslint-plugin/scripts/eval-cdk-corpus.mjs --corpus DIR [--verbose]
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint } from 'eslint';
import plugin from '../dist/index.js';

const args = process.argv.slice(2);
const corpusIndex = args.indexOf('--corpus');
const corpus = corpusIndex >= 0 ? args[corpusIndex + 1] : undefined;
if (!corpus) {
  console.error('usage: node packages/eslint-plugin/scripts/eval-cdk-corpus.mjs --corpus DIR [--verbose]');
  process.exit(2);
}
const verbose = args.includes('--verbose');

/** Lints one folder with the recommended config; returns the messages of its one file. */
async function lintAlone(dir, file, reportInfo) {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [...plugin.configs.recommended, { settings: { trustlint: { reportInfo } } }],
  });
  const started = performance.now();
  const [result] = await eslint.lintFiles([file]);
  return { messages: result?.messages ?? [], ms: performance.now() - started };
}

const rows = readFileSync(join(corpus, 'real-world', 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
const work = mkdtempSync(join(tmpdir(), 'trustlint-eslint-corpus-'));
const results = { agree: [], disagree: [], unscored: [] };
const times = [];
try {
  for (const row of rows) {
    const [file, , , , kind, expected] = row.split('\t');
    if (kind !== 'cdk-ts') continue;
    const ids = expected.split(';').filter((x) => x && x !== 'clean' && !x.startsWith('other:'));
    if (ids.length === 0 && expected !== 'clean') {
      results.unscored.push(file);
      continue;
    }
    const dir = mkdtempSync(join(work, 'file-'));
    copyFileSync(join(corpus, 'real-world', 'files', file), join(dir, file));
    const { messages, ms } = await lintAlone(dir, file, true);
    times.push(ms);
    const fatal = messages.filter((m) => m.fatal).map((m) => m.message);
    const reported = new Set(messages.filter((m) => m.ruleId).map((m) => m.ruleId.replace(/^trustlint\//, '')));
    const missing = ids.filter((id) => !reported.has(id));
    const noisy = expected === 'clean' ? (await lintAlone(dir, file, false)).messages.map((m) => m.ruleId ?? m.message) : [];
    const ok = missing.length === 0 && noisy.length === 0 && fatal.length === 0;
    const line = `${file}: expected ${expected}; reported ${[...reported].sort().join(', ') || 'nothing'}`;
    (ok ? results.agree : results.disagree).push(
      line + (missing.length ? ` — missing ${missing.join(', ')}` : '') + (noisy.length ? ` — not clean: ${noisy.join(', ')}` : '') + (fatal.length ? ` — parse error: ${fatal.join('; ')}` : ''),
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
for (const line of results.disagree) console.log(`DISAGREE ${line}`);
if (verbose) for (const line of results.agree) console.log(`agree    ${line}`);
const scored = results.agree.length + results.disagree.length;
const sorted = [...times].sort((a, b) => a - b);
const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
console.log(`eslint cdk-ts corpus: ${results.agree.length}/${scored} files agree; ${results.unscored.length} unscored (other: labels only)`);
console.log(`lint time per file (ESLint class, first file includes warm-up): median ${median.toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms`);
process.exit(0);
