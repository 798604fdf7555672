// Generates a synthetic monorepo of N files: services with GitHub workflows, Terraform modules,
// CloudFormation templates (YAML and CDK JSON), Terraform plans and JSON policies, with a planted
// share of problems. Every service archetype and variant declares the findings it must produce, per
// file, so the benchmark can fail a run that is fast but wrong.
//
//   node bench/generate.mjs <files> <dir> [--seed N]     (writes the tree and <dir>.manifest.json)
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as t from './templates.mjs';

/** Bump when templates or expectations change: cached trees of another version are regenerated. */
export const GENERATOR_VERSION = 1;

export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const WF = '.github/workflows';

/**
 * Service archetypes: `files(ctx)` gives path → text inside the service folder; each variant has a
 * weight and the findings (ruleId → count, per file) it must produce. `kinds` tells the per-kind
 * benchmark which files are which input kind. The planted share is ~15% of services.
 */
export const ARCHETYPES = [
  {
    name: 'policies',
    weight: 25,
    variants: [
      { name: 'clean', weight: 85, expect: {} },
      { name: 'owner-prefix', weight: 8, expect: { 'iam/deploy-trust.json': { 'oidc-any-owner': 1 } } },
      { name: 'any-context', weight: 7, expect: { 'iam/deploy-trust.json': { 'oidc-any-context': 1, 'oidc-audience': 1 } } },
    ],
    files: (ctx, variant) => ({
      [`${WF}/ci.yml`]: t.ciWorkflow(ctx),
      'iam/deploy-trust.json':
        variant === 'owner-prefix'
          ? t.trustPolicy('repo:acme*')
          : variant === 'any-context'
            ? t.trustPolicy(`repo:acme/${ctx.name}:*`, { aud: false })
            : t.trustPolicy(`repo:acme/${ctx.name}:environment:production`),
      'iam/permissions.json': t.permissionPolicy(ctx),
      'package.json': t.packageJson(ctx),
    }),
  },
  {
    name: 'cloudformation',
    weight: 15,
    variants: [
      { name: 'clean', weight: 85, expect: {} },
      { name: 'defaults-star', weight: 15, expect: { 'infra/template.yaml': { 'oidc-any-owner': 1, 'oidc-audience': 1 } } },
    ],
    files: (ctx, variant) => ({
      'infra/template.yaml': t.cfnYaml(ctx, `${ctx.name}-deploy`, { vulnerable: variant !== 'clean' }),
      [`${WF}/deploy.yml`]: t.deployWorkflow(ctx, `${ctx.name}-deploy`),
      'package.json': t.packageJson(ctx),
    }),
  },
  {
    name: 'terraform',
    weight: 25,
    variants: [
      { name: 'clean', weight: 85, expect: {} },
      { name: 'merged-conditions', weight: 15, expect: { 'terraform/main.tf': { 'oidc-any-owner': 2 } } },
    ],
    files: (ctx, variant) => ({
      'terraform/main.tf': t.tfMain(ctx, `${ctx.name}-deploy`, { vulnerable: variant !== 'clean' }),
      'terraform/variables.tf': t.tfVariables(ctx),
      'terraform/outputs.tf': t.tfOutputs(),
      'terraform/versions.tf': t.tfVersions(),
      [`${WF}/deploy.yml`]: t.deployWorkflow(ctx, `${ctx.name}-deploy`, { environment: false }),
    }),
  },
  {
    name: 'cdk',
    weight: 10,
    variants: [
      { name: 'clean', weight: 85, expect: {} },
      { name: 'any-context', weight: 15, expect: { [`cdk.out/Stack.template.json`]: { 'oidc-any-context': 1 } } },
    ],
    files: (ctx, variant) => ({
      'cdk.out/Stack.template.json': t.cdkTemplate(ctx, `${ctx.name}-deploy`, { vulnerable: variant !== 'clean' }),
      'cdk.out/manifest.json': t.cdkManifest(ctx),
      'tsconfig.json': t.tsconfigJson(),
      'package.json': t.packageJson(ctx),
    }),
  },
  {
    name: 'workflows',
    weight: 20,
    variants: [
      { name: 'clean', weight: 85, expect: {} },
      {
        name: 'preview-pr-target',
        weight: 15,
        expect: { [`${WF}/preview.yml`]: { 'workflow-untrusted-trigger-oidc': 1, 'workflow-unpinned-action': 2, 'workflow-static-aws-keys': 1 } },
      },
    ],
    files: (ctx, variant) => ({
      [`${WF}/ci.yml`]: t.ciWorkflow(ctx),
      [`${WF}/release.yml`]: t.releaseWorkflow(ctx),
      ...(variant === 'clean' ? {} : { [`${WF}/preview.yml`]: t.previewWorkflow(ctx, `${ctx.name}-preview`) }),
      'package.json': t.packageJson(ctx),
    }),
  },
  {
    name: 'plan',
    weight: 5,
    variants: [
      { name: 'clean', weight: 85, expect: {} },
      { name: 'any-context', weight: 15, expect: { 'plan/tfplan.json': { 'oidc-any-context': 1 } } },
    ],
    files: (ctx, variant) => ({
      'plan/tfplan.json': t.tfPlan(ctx, `${ctx.name}-deploy`, { vulnerable: variant !== 'clean' }),
    }),
  },
];

/** The input kind of a generated file (for the per-kind benchmark), or undefined (not analysed). */
export function kindOf(path) {
  if (/\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return 'workflow';
  if (/\.tf$/.test(path)) return 'terraform';
  if (/tfplan\.json$/.test(path)) return 'terraform-plan';
  if (/template\.yaml$|\.template\.json$/.test(path)) return 'cloudformation';
  if (/\/iam\/[^/]+\.json$/.test(path)) return 'policy';
  return undefined;
}

function pick(rnd, items) {
  const total = items.reduce((n, i) => n + i.weight, 0);
  let r = rnd() * total;
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1];
}

function addCounts(into, counts) {
  for (const [rule, n] of Object.entries(counts)) into[rule] = (into[rule] ?? 0) + n;
}

/**
 * The tree as data: path → text, plus the expected findings (total per rule and per file).
 * `only` forces one service of every archetype × variant (the calibration tree).
 */
export function buildTree(fileCount, seed, { calibration = false } = {}) {
  const files = new Map();
  const expectedByFile = {};
  const expected = {};
  const services = {};
  const rnd = prng(seed);
  const add = (archetype, variant, index) => {
    const name = `svc-${String(index).padStart(5, '0')}`;
    const ctx = { name, rnd: prng(seed * 7919 + index) };
    const dir = `services/${name}`;
    for (const [path, text] of Object.entries(archetype.files(ctx, variant.name))) files.set(`${dir}/${path}`, text);
    for (const [path, counts] of Object.entries(variant.expect)) {
      expectedByFile[`${dir}/${path}`] = counts;
      addCounts(expected, counts);
    }
    const key = `${archetype.name}/${variant.name}`;
    services[key] = (services[key] ?? 0) + 1;
  };
  let index = 0;
  if (calibration) {
    for (const archetype of ARCHETYPES) for (const variant of archetype.variants) add(archetype, variant, index++);
  } else {
    for (;;) {
      const archetype = pick(rnd, ARCHETYPES);
      const variant = pick(rnd, archetype.variants);
      const before = files.size;
      const size = Object.keys(archetype.files({ name: 'x', rnd: prng(1) }, variant.name)).length;
      if (before + size > fileCount) break;
      add(archetype, variant, index++);
    }
    // Fill up to the exact count with unrelated JSON (translations): read, not analysed.
    for (let i = 0; files.size < fileCount; i++) {
      files.set(`locales/${String(i).padStart(5, '0')}.json`, `${JSON.stringify({ greeting: `hello ${i}`, farewell: `bye ${i}`, count: i }, null, 2)}\n`);
    }
  }
  const kinds = {};
  let bytes = 0;
  for (const [path, text] of files) {
    const kind = kindOf(path) ?? 'other';
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    bytes += Buffer.byteLength(text);
  }
  return { files, manifest: { version: GENERATOR_VERSION, seed, fileCount: files.size, bytes, services, kinds, expected, expectedByFile } };
}

/** Writes the tree under `dir` (replacing it) and its manifest next to it; returns the manifest. */
export function writeTree(dir, fileCount, seed, options = {}) {
  const { files, manifest } = buildTree(fileCount, seed, options);
  rmSync(dir, { recursive: true, force: true });
  const made = new Set();
  for (const [path, text] of files) {
    const abs = join(dir, path);
    const parent = dirname(abs);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(abs, text);
  }
  writeFileSync(`${dir}.manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The cached tree when its manifest matches this generator, else a fresh one. */
export function ensureTree(dir, fileCount, seed, options = {}) {
  const manifestFile = `${dir}.manifest.json`;
  if (existsSync(manifestFile) && existsSync(dir)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (manifest.version === GENERATOR_VERSION && manifest.seed === seed && (options.calibration || manifest.fileCount === fileCount)) return manifest;
  }
  return writeTree(dir, fileCount, seed, options);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, dir] = process.argv.slice(2);
  const seedAt = process.argv.indexOf('--seed');
  const seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 1;
  if (!count || !dir) {
    console.error('usage: node bench/generate.mjs <files> <dir> [--seed N]');
    process.exit(2);
  }
  const manifest = writeTree(dir, Number(count), seed);
  console.log(JSON.stringify({ files: manifest.fileCount, bytes: manifest.bytes, kinds: manifest.kinds, expected: manifest.expected }, null, 2));
}
