// `pnpm bench`: trustlint's speed, scale and memory on synthetic monorepos (issue 7).
//
//   node bench/run.mjs [--sizes 1000,10000,50000] [--runs N] [--only cold,scale,kinds,workers]
//                      [--seed N] [--out FILE] [--strict]   (--only also takes hostile, org)
//
// 1. calibration: one service of every archetype and variant; each file's findings must be exactly
//    what the generator declares (a fast but wrong run fails the benchmark);
// 2. cold start: one small file, `node packages/cli/bin/trustlint.js` and `node bundle/trustlint.mjs`
//    against `node -e 0` and the Terraform grammar alone (bench/cold-start.mjs);
// 3. scale: `check` on trees of each size: wall time, files/s, peak RSS, finding counts checked;
// 4. per kind: analysis time against parse-only baselines, in one process (bench/kinds.mjs);
// 5. worker threads: one thread against two (bench/workers.mjs);
// 6. hostile inputs: linear-time scans and attacks stopped by the evaluation budget (bench/hostile.mjs).
// Every result is printed with the CPU model, nproc and Node version. Trees are cached in the
// system temp folder. Exit 1 when a finding count is wrong (or, with --strict, a target is missed).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTree } from './generate.mjs';
import { machine, machineLine } from './machine.mjs';
import { COLD_START_TARGET, coldStart as measureColdStart } from './cold-start.mjs';
import { runNode } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'packages/cli/bin/trustlint.js');
const BUNDLE = join(ROOT, 'bundle/trustlint.mjs');
const TREES = join(tmpdir(), 'trustlint-bench');
const COLD_START_RUNS = 21;

const TARGETS = {
  coldStartRatio: COLD_START_TARGET,
  kindRatio: 1.5,
  tenThousandMs: 10_000,
  fiftyThousandRssMiB: 400,
  /** Marginal cost per file at the largest size over the smallest interval's: within 25%. */
  linearity: 1.25,
};

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
}

const sizes = option('--sizes', '1000,10000,50000').split(',').map(Number);
const seed = Number(option('--seed', '1'));
const only = new Set(option('--only', 'cold,scale,kinds,workers,hostile,org').split(','));
const strict = process.argv.includes('--strict');
const results = { machine: machine(), date: new Date().toISOString(), targets: TARGETS };
const problems = [];
const misses = [];

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const say = (line = '') => process.stdout.write(`${line}\n`);

function checkBuild() {
  for (const file of [join(ROOT, 'packages/core/dist/index.js'), join(ROOT, 'packages/cli/dist/main.js'), BUNDLE]) {
    if (!existsSync(file)) {
      console.error(`bench: ${file} is missing: run \`pnpm build\` (and \`node scripts/bundle.mjs\` for the bundle) first`);
      process.exit(2);
    }
  }
}

/** Runs `check` on a tree; returns wall time, RSS and the JSON report. */
function check(tree, launcher = CLI) {
  const out = join(tmpdir(), `trustlint-bench-report-${process.pid}.json`);
  const r = runNode([launcher, 'check', '.', '--format', 'json', '--output', out], { cwd: tree });
  if (r.status !== 0 && r.status !== 1) throw new Error(`check exited ${r.status}: ${r.stderr}`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  return { ...r, report };
}

function countByRule(findings) {
  const counts = {};
  for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  return counts;
}

function sameCounts(a, b) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}

function calibrate() {
  const dir = join(TREES, `calibration-s${seed}`);
  const manifest = ensureTree(dir, 0, seed, { calibration: true });
  const { report } = check(dir);
  const actual = {};
  for (const f of report.findings) {
    actual[f.file] ??= {};
    actual[f.file][f.ruleId] = (actual[f.file][f.ruleId] ?? 0) + 1;
  }
  const files = new Set([...Object.keys(actual), ...Object.keys(manifest.expectedByFile)]);
  for (const file of [...files].sort()) {
    const want = manifest.expectedByFile[file] ?? {};
    const got = actual[file] ?? {};
    if (!sameCounts(want, got)) problems.push(`calibration: ${file}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  say(`calibration: ${Object.keys(manifest.services).length} service variants, ${manifest.fileCount} files: ${problems.length === 0 ? 'every file has exactly the declared findings' : 'MISMATCH'}`);
  return dir;
}

function coldStart(calibrationDir) {
  say(`\n## Cold start (one small file; median of ${COLD_START_RUNS} interleaved rounds after 2 warm-ups)`);
  const cold = measureColdStart(calibrationDir, { runs: COLD_START_RUNS });
  say(`node -e 0: ${fmt(cold.nodeMs)} ms; the Terraform grammar's WebAssembly start-up alone: ${fmt(cold.wasm.ms)} ms (${fmt(cold.wasm.ratio, 2)}×)`);
  for (const row of cold.rows) {
    const verdict = row.target === undefined ? '(as close as Node allows)' : row.met ? 'met' : 'MISSED';
    if (row.met === false) misses.push(`cold start ${row.kind} via ${row.launcher}: ${fmt(row.ratio, 2)}× node -e 0 (target ≤ ${row.target}×)`);
    say(`${row.kind.padEnd(10)} ${row.launcher.padEnd(30)} ${fmt(row.ms).padStart(5)} ms  ${fmt(row.ratio, 2)}× ${verdict}`);
  }
  results.coldStart = cold;
}

function scale() {
  say('\n## Scale (`check <tree> --format json`; best wall time of the runs, peak RSS of the child)');
  const runsOverride = option('--runs', undefined);
  const rows = [];
  for (const size of sizes) {
    const dir = join(TREES, `tree-${size}-s${seed}`);
    const manifest = ensureTree(dir, size, seed);
    const runs = runsOverride ? Number(runsOverride) : size <= 10_000 ? 3 : 1;
    let best;
    let rss = 0;
    for (let r = 0; r < runs; r++) {
      const result = check(dir);
      const counts = countByRule(result.report.findings);
      if (!sameCounts(counts, manifest.expected)) problems.push(`${size} files: expected ${JSON.stringify(manifest.expected)}, got ${JSON.stringify(counts)}`);
      if (!best || result.ms < best.ms) best = result;
      rss = Math.max(rss, result.rssMiB ?? 0);
    }
    const row = {
      files: size,
      mib: manifest.bytes / 2 ** 20,
      analysed: best.report.summary.files,
      findings: best.report.findings.length,
      ms: best.ms,
      filesPerSecond: size / (best.ms / 1000),
      rssMiB: rss,
      kinds: manifest.kinds,
    };
    rows.push(row);
    say(
      `${fmt(size).padStart(6)} files (${fmt(row.mib, 1)} MiB, ${fmt(row.analysed)} analysed): ${fmt(row.ms)} ms, ${fmt(row.filesPerSecond)} files/s, peak RSS ${fmt(rss)} MiB, ${fmt(row.findings)} findings (as planted)`,
    );
    if (size === 10_000 && row.ms > TARGETS.tenThousandMs) misses.push(`10k files in ${fmt(row.ms)} ms (target < ${fmt(TARGETS.tenThousandMs)} ms)`);
    if (size === 50_000 && rss > TARGETS.fiftyThousandRssMiB) misses.push(`peak RSS at 50k files ${fmt(rss)} MiB (target < ${TARGETS.fiftyThousandRssMiB} MiB)`);
  }
  // Marginal cost per 1,000 files between consecutive sizes: flat when cost grows linearly.
  const marginal = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    marginal.push({ from: a.files, to: b.files, msPerThousand: ((b.ms - a.ms) / (b.files - a.files)) * 1000 });
  }
  if (marginal.length > 0) {
    say(`marginal cost: ${marginal.map((m) => `${fmt(m.from)}→${fmt(m.to)}: ${fmt(m.msPerThousand)} ms per 1,000 files`).join('; ')}`);
    const growth = marginal[marginal.length - 1].msPerThousand / marginal[0].msPerThousand;
    if (marginal.length > 1) {
      say(`growth of the marginal cost: ${fmt(growth, 2)}× (${growth <= TARGETS.linearity ? 'linear' : 'SUPERLINEAR'})`);
      if (growth > TARGETS.linearity) misses.push(`cost grows superlinearly: marginal cost ×${fmt(growth, 2)} from the first to the last interval`);
    }
  }
  results.scale = { rows, marginal };
}

function treeForKinds() {
  const size = sizes.includes(10_000) ? 10_000 : Math.min(...sizes);
  return { size, dir: join(TREES, `tree-${size}-s${seed}`), manifest: ensureTree(join(TREES, `tree-${size}-s${seed}`), size, seed) };
}

function kinds() {
  const { size, dir } = treeForKinds();
  say(`\n## Per input kind (${fmt(size)}-file tree, one process, median of 5): analysis against a parse-only baseline`);
  const r = runNode([join(ROOT, 'bench/kinds.mjs'), dir], { rss: false });
  if (r.status !== 0) throw new Error(`kinds.mjs failed: ${r.stderr}`);
  const byKind = JSON.parse(r.stdout);
  const baseline = { workflow: 'yaml parseDocument', terraform: 'tree-sitter parse', policy: 'JSON.parse', 'terraform-plan': 'JSON.parse', cloudformation: 'yaml / JSON.parse' };
  for (const [kind, k] of Object.entries(byKind)) {
    const met = k.ratio <= TARGETS.kindRatio;
    if (!met) misses.push(`${kind}: analysis ${fmt(k.ratio, 1)}× its parse-only baseline (target ≤ ${TARGETS.kindRatio}×)`);
    say(
      `${kind.padEnd(15)} ${fmt(k.files).padStart(5)} files ${fmt(k.bytes / 2 ** 20, 1).padStart(4)} MiB  ${baseline[kind].padEnd(18)} ${fmt(k.parseMs).padStart(5)} ms  source ${fmt(k.sourceMs).padStart(5)} ms (${fmt(k.sourceRatio, 1)}×)  analysis ${fmt(k.analyzeMs).padStart(5)} ms (${fmt(k.ratio, 1)}×) ${met ? 'met' : 'MISSED'}`,
    );
  }
  results.kinds = byKind;
}

function workers() {
  const { size, dir } = treeForKinds();
  say(`\n## Worker threads (${fmt(size)}-file tree, analysis only, median of 3)`);
  const r = runNode([join(ROOT, 'bench/workers.mjs'), dir], { rss: false });
  if (r.status !== 0) throw new Error(`workers.mjs failed: ${r.stderr}`);
  const w = JSON.parse(r.stdout);
  say(`1 thread ${fmt(w.singleMs)} ms; ${w.threads} worker threads ${fmt(w.parallelMs)} ms (${fmt(w.speedup, 2)}×, each worker ready after ${fmt(w.workerStartupMs)} ms)`);
  results.workers = w;
}

function hostile() {
  say('\n## Hostile inputs (one process, median of 3): linear-time scans, and attacks until the budget stops them');
  const r = runNode([join(ROOT, 'bench/hostile.mjs')], { rss: false });
  if (r.status !== 0) throw new Error(`hostile.mjs failed: ${r.stderr}`);
  const rows = JSON.parse(r.stdout);
  for (const row of rows) {
    const met = row.ms <= row.targetMs;
    if (!met) misses.push(`${row.name}: ${fmt(row.ms)} ms (target ≤ ${fmt(row.targetMs)} ms)`);
    say(`${row.name.padEnd(56)} ${fmt(row.ms).padStart(6)} ms  ${met ? 'met' : 'MISSED'} (≤ ${fmt(row.targetMs)} ms)`);
  }
  results.hostile = rows;
}

checkBuild();
say(`trustlint benchmark: ${machineLine(results.machine)}`);
mkdirSync(TREES, { recursive: true });
const calibrationDir = calibrate();
if (only.has('cold')) coldStart(calibrationDir);
if (only.has('scale')) scale();
if (only.has('kinds')) kinds();
if (only.has('workers')) workers();
if (only.has('hostile')) hostile();
// 7. aws scan --organization: 1,000 accounts against the loopback stand-in (bench/org-scan.mjs, issue 17).
if (only.has('org')) {
  const { orgScanBench } = await import('./org-scan.mjs');
  const org = await orgScanBench({ accounts: 1000, concurrency: [4], say });
  results.organization = org.rows;
  problems.push(...org.problems);
}

say(`\n## Summary (${machineLine(results.machine)})`);
if (misses.length === 0) say('every target met');
for (const m of misses) say(`target missed: ${m}`);
for (const p of problems) say(`WRONG RESULT: ${p}`);
results.misses = misses;
results.problems = problems;
const out = option('--out', undefined);
if (out) writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
process.exitCode = problems.length > 0 || (strict && misses.length > 0) ? 1 : 0;
