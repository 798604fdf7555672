#!/usr/bin/env node
// Scores trustlint against the labelled real-world corpus (shared/corpus/README.md): each file is
// analysed on its own, in a folder of its own, and agrees when every expected id is reported and,
// for `clean`, nothing at error or warning. Kinds this version does not analyse yet are listed
// separately, never counted as agreement.
// Usage: node scripts/eval-corpus.mjs --corpus DIR [--verbose]
// With --repos DIR instead, it scores whole repositories (corpus/README.md, scripts/corpus-repos/).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const USAGE = 'usage: node scripts/eval-corpus.mjs --corpus DIR [--verbose]\n       node scripts/eval-corpus.mjs --repos DIR [--list FILE] [--only ID[,ID…]] [--verbose]';
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
if (args.includes('--repos')) {
  // Whole-repository mode (corpus/README.md): a module of its own, so this file's per-file mode stays as it was.
  const repos = valueOf('--repos');
  if (!repos) {
    console.error(USAGE);
    process.exit(2);
  }
  const { scoreRepositories } = await import('./corpus-repos/run.mjs');
  try {
    await scoreRepositories({ repos, list: valueOf('--list'), only: valueOf('--only'), verbose: args.includes('--verbose') });
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  }
  process.exit(0);
}
const corpusIndex = args.indexOf('--corpus');
const corpus = corpusIndex >= 0 ? args[corpusIndex + 1] : undefined;
if (!corpus) {
  console.error(USAGE);
  process.exit(2);
}
const verbose = args.includes('--verbose');
const cli = new URL('../packages/cli/bin/trustlint.js', import.meta.url).pathname;
/** Corpus kinds analysed by this version. */
const SUPPORTED = new Set(['json-policy', 'tf', 'cfn', 'workflow']);

const rows = readFileSync(join(corpus, 'real-world', 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
const work = mkdtempSync(join(tmpdir(), 'trustlint-corpus-'));
const results = { agree: [], disagree: [], unsupported: [], unscored: [] };
try {
  for (const row of rows) {
    const [file, , , , kind, expected] = row.split('\t');
    const ids = expected.split(';').filter((x) => x && x !== 'clean' && !x.startsWith('other:'));
    if (ids.length === 0 && expected !== 'clean') {
      results.unscored.push(file);
      continue;
    }
    if (!SUPPORTED.has(kind)) {
      results.unsupported.push(`${file} (${kind})`);
      continue;
    }
    const dir = join(work, file);
    const target = kind === 'workflow' ? join(dir, '.github', 'workflows') : dir;
    mkdirSync(target, { recursive: true });
    copyFileSync(join(corpus, 'real-world', 'files', file), join(target, file));
    let out;
    try {
      out = execFileSync(process.execPath, [cli, 'check', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      out = err.stdout;
    }
    const findings = JSON.parse(out).findings;
    const reported = new Set(findings.map((f) => f.ruleId));
    const missing = ids.filter((id) => !reported.has(id));
    const noisy = expected === 'clean' ? findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId) : [];
    const ok = missing.length === 0 && noisy.length === 0;
    const line = `${file}: expected ${expected}; reported ${[...reported].sort().join(', ') || 'nothing'}`;
    (ok ? results.agree : results.disagree).push(line + (missing.length ? ` — missing ${missing.join(', ')}` : '') + (noisy.length ? ` — not clean: ${noisy.join(', ')}` : ''));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
for (const line of results.agree) console.log(`agree    ${line}`);
for (const line of results.disagree) console.log(`DISAGREE ${line}`);
if (verbose) {
  for (const file of results.unsupported) console.log(`skipped  ${file}: kind not analysed by the CLI`);
  for (const file of results.unscored) console.log(`unscored ${file}: other: labels only`);
}
const scored = results.agree.length + results.disagree.length;
// cdk-ts files are scored by the ESLint plugin's own script (packages/eslint-plugin/scripts/eval-cdk-corpus.mjs).
console.log(`(${results.unsupported.length} files of kinds the CLI does not analyse, ${results.unscored.length} with other: labels only)`);
console.log(`corpus: ${results.agree.length}/${scored} files agree`);
process.exit(0);
