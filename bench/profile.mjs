// CPU profile of `trustlint check` on a generated tree: the functions with the most self time.
// The README's causes for missed targets come from this.
//   node bench/profile.mjs [files=10000] [--top N] [--seed N]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTree } from './generate.mjs';
import { machineLine } from './machine.mjs';
import { runNode } from './measure.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const size = Number(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 10_000);
const top = Number(option('--top', '30'));
const seed = Number(option('--seed', '1'));
const tree = join(tmpdir(), 'trustlint-bench', `tree-${size}-s${seed}`);
ensureTree(tree, size, seed);

const dir = mkdtempSync(join(tmpdir(), 'trustlint-prof-'));
const cli = fileURLToPath(new URL('../packages/cli/bin/trustlint.js', import.meta.url));
const r = runNode(['--cpu-prof', '--cpu-prof-dir', dir, cli, 'check', '.', '--format', 'json', '--output', join(dir, 'report.json')], { cwd: tree, rss: false });
if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
rmSync(dir, { recursive: true, force: true });

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMs = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const node = byId.get(profile.samples[i]);
  const cf = node.callFrame;
  const where = cf.url ? `${cf.url.replace(/^.*\/(node_modules\/\.pnpm\/[^/]+\/node_modules\/|packages\/)/, '')}:${cf.lineNumber + 1}` : '';
  const key = `${cf.functionName || '(anonymous)'} ${where}`.trim();
  selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
}
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
console.log(`check on ${size.toLocaleString('en-US')} files: ${Math.round(r.ms)} ms wall, ${Math.round(total)} ms sampled (${machineLine()})`);
for (const [key, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}
