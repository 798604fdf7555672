// Cold start of what users run (issue 19): one small file checked by a fresh process, against a
// bare `node -e 0` measured in the same rounds. Every round runs each command once, in turn, so a
// load spike on a shared machine slows all of them alike and the ratios stay comparable; the median
// of the rounds is reported. Also measured: the Terraform grammar's WebAssembly start-up alone
// (web-tree-sitter's runtime plus the grammar, nothing of trustlint), the floor a `.tf` check
// cannot go under.
//
//   node bench/cold-start.mjs <dir> [--runs N]   (dir: the calibration tree; prints JSON)
//
// `coldStart()` returns data only (rows with the measured ratio, target and met/missed); the caller
// (bench/run.mjs) prints and judges them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The target: ≤ 1.5× `node -e 0` for a JSON policy and a workflow. */
export const COLD_START_TARGET = 1.5;

/**
 * The launchers: the checkout's CLI (dist/ as built), what an npm install runs (the package's bin
 * with the bundled/ folder `prepack` writes; see packageLayout) and the committed bundle.
 */
export function launchers() {
  return [
    ['packages/cli/bin/trustlint.js', join(ROOT, 'packages/cli/bin/trustlint.js')],
    ['npm package (bin + bundled/)', join(packageLayout(), 'bin/trustlint.js')],
    ['bundle/trustlint.mjs', join(ROOT, 'bundle/trustlint.mjs')],
  ];
}

/**
 * The CLI package as npm installs it, without packing and installing: package.json, bin/, the
 * rule pages and bundled/ (scripts/bundle-package.mjs, as `prepack` runs it) in a temp folder, its
 * node_modules linked to the workspace's (the same dependency versions npm would install).
 */
export function packageLayout() {
  const dir = join(tmpdir(), 'trustlint-bench-package');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const cli = join(ROOT, 'packages/cli');
  cpSync(join(cli, 'package.json'), join(dir, 'package.json'));
  cpSync(join(cli, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'docs/rules'), join(dir, 'docs/rules'), { recursive: true });
  symlinkSync(join(cli, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/bundle-package.mjs'), '--out', join(dir, 'bundled')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bundle-package.mjs failed: ${r.stderr}`);
  return dir;
}

/** One small file per kind, inside the bench's calibration tree. */
export const SAMPLES = {
  policy: 'services/svc-00000/iam/deploy-trust.json',
  workflow: 'services/svc-00000/.github/workflows/ci.yml',
  terraform: 'services/svc-00005/terraform/main.tf',
};

/**
 * A script that starts the Terraform grammar exactly as the Terraform source does (runtime init,
 * grammar load, one parser) and exits: the WebAssembly cost alone.
 */
function wasmOnlyScript() {
  const require = createRequire(join(ROOT, 'packages/core/package.json'));
  const runtime = pathToFileURL(require.resolve('web-tree-sitter')).href;
  const grammar = join(dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')), 'tree-sitter-terraform.wasm');
  return [
    `const { Language, Parser } = await import(${JSON.stringify(runtime)});`,
    'await Parser.init();',
    `const language = await Language.load(${JSON.stringify(grammar)});`,
    'new Parser().setLanguage(language);',
  ].join('\n');
}

function wallMs(args, cwd) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.error) throw r.error;
  // 0 and 1 are verdicts (clean / findings); anything else means the command did not run.
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 400)}`);
  return ms;
}

/**
 * Measures every launcher on every sample, `node -e 0` and the grammar alone, interleaved over
 * `runs` rounds after `warmup` unmeasured ones. Returns { nodeMs, runs, rows, wasm }: each row is
 * { kind, launcher, ms, ratio, target, met } (target undefined for `.tf`: "as close as Node allows").
 */
export function coldStart(dir, { runs = 21, warmup = 2, launchers: which = launchers(), samples = SAMPLES } = {}) {
  const commands = [{ id: 'node', args: ['-e', '0'] }];
  commands.push({ id: 'wasm', args: ['--input-type=module', '-e', wasmOnlyScript()] });
  for (const [kind, file] of Object.entries(samples)) {
    if (!existsSync(join(dir, file))) throw new Error(`cold start: ${file} is missing in ${dir}`);
    for (const [launcher, script] of which) commands.push({ id: `${kind} ${launcher}`, kind, launcher, args: [script, 'check', file] });
  }
  const times = commands.map(() => []);
  for (let round = -warmup; round < runs; round++) {
    commands.forEach((c, i) => {
      const ms = wallMs(c.args, dir);
      if (round >= 0) times[i].push(ms);
    });
  }
  const nodeMs = median(times[0]);
  const rows = commands.slice(2).map((c, i) => {
    const ms = median(times[i + 2]);
    const ratio = ms / nodeMs;
    const target = c.kind === 'terraform' ? undefined : COLD_START_TARGET;
    return { kind: c.kind, launcher: c.launcher, ms, ratio, target, met: target === undefined ? undefined : ratio <= target };
  });
  const wasmMs = median(times[1]);
  return { nodeMs, runs, rows, wasm: { ms: wasmMs, ratio: wasmMs / nodeMs } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node bench/cold-start.mjs <dir> [--runs N]');
    process.exit(2);
  }
  const at = process.argv.indexOf('--runs');
  process.stdout.write(`${JSON.stringify(coldStart(dir, at > 0 ? { runs: Number(process.argv[at + 1]) } : {}), null, 2)}\n`);
}
