// Checks one unpacked package tarball (its `package/` folder) against what a published package owes
// its users: metadata npm shows, a README and the LICENSE, entry points and types that exist, no
// `workspace:` ranges, no build or test leftovers, and source maps whose sources are shipped.
// Used by scripts/release.mjs and its tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

const DEPENDENCY_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'];

/** Paths that never belong in a tarball. */
const FORBIDDEN = [
  { test: (p) => p.endsWith('.tsbuildinfo'), why: 'TypeScript build state' },
  { test: (p) => /(^|\/)(test|tests|__tests__|__snapshots__|fixtures)\//.test(p), why: 'tests' },
  { test: (p) => /\.(test|spec)\.[cm]?[jt]s$/.test(p), why: 'a test file' },
  { test: (p) => /(^|\/)node_modules\//.test(p), why: 'node_modules' },
  { test: (p) => /(^|\/)tsconfig[^/]*\.json$/.test(p), why: 'a tsconfig' },
  { test: (p) => /(^|\/)\.(env|npmrc)$/.test(p), why: 'local configuration' },
];

/** Every file under `dir`, as a POSIX path relative to it. */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((p) => statSync(join(dir, p)).isFile())
    .map((p) => p.split(sep).join('/'))
    .sort();
}

/**
 * Problems with the unpacked package in `dir` (empty when it is fine).
 * expected: { name, version, license (the root LICENSE text), requiredFiles?: string[], internal?: string[] }
 */
export function checkPackage(dir, expected) {
  const problems = [];
  const files = listFiles(dir);
  const present = new Set(files);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

  if (pkg.name !== expected.name) problems.push(`name is ${JSON.stringify(pkg.name)}, expected ${JSON.stringify(expected.name)}`);
  if (pkg.version !== expected.version) problems.push(`version is ${pkg.version}, expected ${expected.version}`);
  if (pkg.private) problems.push('package.json says "private": true');
  if (pkg.license !== 'Apache-2.0') problems.push(`license is ${JSON.stringify(pkg.license)}, expected "Apache-2.0"`);
  for (const [field, value] of [
    ['description', pkg.description],
    ['homepage', pkg.homepage],
    ['repository.url', pkg.repository?.url],
    ['bugs.url', pkg.bugs?.url],
    ['engines.node', pkg.engines?.node],
  ]) {
    if (typeof value !== 'string' || value === '') problems.push(`package.json has no ${field}`);
  }

  // Entry points: every target exists, and the main export names its types first.
  const rootExport = typeof pkg.exports === 'object' && pkg.exports !== null ? pkg.exports['.'] : undefined;
  if (typeof rootExport !== 'object' || rootExport === null) problems.push('exports has no "." entry with conditions');
  else {
    const conditions = Object.keys(rootExport);
    if (conditions[0] !== 'types') problems.push(`exports["."] must list "types" first (it lists ${conditions.join(', ')})`);
  }
  for (const target of exportTargets(pkg.exports)) {
    if (!present.has(target)) problems.push(`exports target ${target} is not in the tarball`);
  }
  for (const [field, target] of [['main', pkg.main], ['types', pkg.types]]) {
    if (target !== undefined && !present.has(posix.normalize(target))) problems.push(`${field} ${target} is not in the tarball`);
  }
  const bins = typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {});
  for (const [command, target] of Object.entries(bins)) {
    const file = posix.normalize(target);
    if (!present.has(file)) {
      problems.push(`bin ${command} (${target}) is not in the tarball`);
      continue;
    }
    if (!readFileSync(join(dir, file), 'utf8').startsWith('#!/usr/bin/env node\n')) problems.push(`bin ${command} (${target}) has no #!/usr/bin/env node line`);
    if ((statSync(join(dir, file)).mode & 0o111) === 0) problems.push(`bin ${command} (${target}) is not executable`);
  }

  for (const field of DEPENDENCY_FIELDS) {
    for (const [dep, range] of Object.entries(pkg[field] ?? {})) {
      if (String(range).startsWith('workspace:')) problems.push(`${field}.${dep} is ${range}: pack with pnpm, which rewrites it`);
      if ((expected.internal ?? []).includes(dep) && range !== expected.version) problems.push(`${field}.${dep} is ${range}, expected the release version ${expected.version}`);
    }
  }

  if (!present.has('README.md') || readFileSync(join(dir, 'README.md'), 'utf8').trim() === '') problems.push('README.md is missing or empty');
  if (!present.has('LICENSE')) problems.push('LICENSE is missing');
  else if (readFileSync(join(dir, 'LICENSE'), 'utf8') !== expected.license) problems.push('LICENSE differs from the repository LICENSE');
  for (const required of expected.requiredFiles ?? []) {
    if (!present.has(required)) problems.push(`${required} is missing`);
  }

  for (const file of files) {
    const forbidden = FORBIDDEN.find((f) => f.test(file));
    if (forbidden) problems.push(`${file} is ${forbidden.why}: leave it out of "files"`);
    if (file.endsWith('.map')) problems.push(...checkSourceMap(dir, file, present));
  }
  return problems;
}

/** File paths named by an `exports` value (conditions and subpaths, at any depth). */
function exportTargets(value) {
  if (typeof value === 'string') return value.includes('*') ? [] : [posix.normalize(value)];
  if (Array.isArray(value)) return value.flatMap(exportTargets);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(exportTargets);
  return [];
}

/** A map whose `sources` are not shipped sends debuggers and editors to files that do not exist. */
function checkSourceMap(dir, file, present) {
  let map;
  try {
    map = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch {
    return [`${file} is not a valid source map`];
  }
  const problems = [];
  const base = posix.join(posix.dirname(file), map.sourceRoot ?? '');
  for (const source of map.sources ?? []) {
    const resolved = posix.normalize(posix.join(base, source));
    if (resolved.startsWith('../') || !present.has(resolved)) problems.push(`${file} points at ${source}, which is not in the tarball`);
  }
  const generated = posix.join(posix.dirname(file), map.file ?? posix.basename(file, '.map'));
  if (!present.has(posix.normalize(generated))) problems.push(`${file} maps ${map.file}, which is not in the tarball`);
  return problems;
}

/** `relative` for messages: where a tarball sits, from the repository root. */
export function shown(root, path) {
  const rel = relative(root, path);
  return rel.startsWith('..') ? path : rel || '.';
}
