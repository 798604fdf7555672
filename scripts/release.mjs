#!/usr/bin/env node
// Packs the three published packages with `pnpm pack` (which rewrites `workspace:*` to the version)
// into one folder, checks each tarball (scripts/release-check.mjs) and, without --dry-run, publishes
// them with `npm publish`, the library first so the others' dependency on it resolves.
// Usage: pnpm release [--dry-run] [--out DIR]   (`pnpm release` builds first; default DIR: release/)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkPackage, listFiles, shown } from './release-check.mjs';

const root = new URL('..', import.meta.url).pathname;
/** Publication order: dependencies first. */
const PACKAGES = ['packages/core', 'packages/cli', 'packages/eslint-plugin'];

const args = process.argv.slice(2);
let dryRun = false;
let out = join(root, 'release');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--dry-run') dryRun = true;
  else if (args[i] === '--out' && args[i + 1] !== undefined) out = resolve(args[++i]);
  else {
    console.error(`release: unknown argument ${args[i]}\nusage: node scripts/release.mjs [--dry-run] [--out DIR]`);
    process.exit(2);
  }
}

const manifests = PACKAGES.map((dir) => ({ dir, ...JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) }));
const versions = new Set(manifests.map((m) => m.version));
if (versions.size !== 1) fail(`the packages have different versions (${manifests.map((m) => `${m.name}@${m.version}`).join(', ')})`);
const [version] = versions;
for (const m of manifests) {
  if (!existsDir(join(root, m.dir, 'dist'))) fail(`${m.dir}/dist is missing: run pnpm build first (pnpm release does)`);
}
if (!dryRun) {
  const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim();
  if (dirty) fail(`the working tree has uncommitted changes; publish from a clean checkout:\n${dirty}`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const license = readFileSync(join(root, 'LICENSE'), 'utf8');
const ruleDocs = readdirSync(join(root, 'docs', 'rules')).filter((f) => f.endsWith('.md')).map((f) => `docs/rules/${f}`);
const internal = manifests.map((m) => m.name);
const scratch = mkdtempSync(join(tmpdir(), 'trustlint-release-'));
const tarballs = [];
let failed = false;
try {
  for (const m of manifests) {
    const packed = execFileSync('pnpm', ['pack', '--pack-destination', out, '--json'], { cwd: join(root, m.dir), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    // The prepack and postpack scripts print to the same stream before the JSON.
    const { filename } = JSON.parse(packed.slice(packed.search(/^\{/m)));
    const unpacked = join(scratch, m.name.replace('/', '+'));
    mkdirSync(unpacked);
    execFileSync('tar', ['-xzf', filename, '-C', unpacked]);
    const problems = checkPackage(join(unpacked, 'package'), {
      name: m.name,
      version,
      license,
      internal,
      requiredFiles: m.name === 'trustlint' ? ruleDocs : [],
    });
    const files = listFiles(join(unpacked, 'package'));
    console.log(`${shown(root, filename)}  ${files.length} files, ${(statSync(filename).size / 1024).toFixed(0)} KiB${problems.length ? '' : '  ok'}`);
    for (const p of problems) console.log(`  ✖ ${p}`);
    failed ||= problems.length > 0;
    tarballs.push(filename);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (failed) fail('a tarball failed its checks: nothing was published');

if (dryRun) {
  console.log(`dry run: ${tarballs.length} tarballs of version ${version} in ${shown(root, out)}; nothing was published`);
} else {
  for (const tarball of tarballs) execFileSync('npm', ['publish', tarball, '--access', 'public'], { stdio: 'inherit' });
  console.log(`published ${tarballs.length} packages at version ${version}`);
}

function existsDir(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}
