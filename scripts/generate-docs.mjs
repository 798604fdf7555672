#!/usr/bin/env node
// Regenerates the catalog-derived parts of the docs from the built catalog (packages/core/dist):
//   - the block between <!-- generated:start --> and <!-- generated:end --> of every docs/rules/<id>.md
//   - the rule table between <!-- rules:start --> and <!-- rules:end --> of README.md (skipped with a
//     warning when README.md or its markers are missing)
// It never creates a page: a rule without a hand-written page is an error to fix by writing one.
//
// Usage: node scripts/generate-docs.mjs [--check]
//   --check  write nothing; list the stale files and exit 1 when any (for CI)
// Exit: 0 all current (or written); 1 stale (--check), missing or orphan pages, unreadable markers; 2 usage.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rulePagePath, updatePage, updateReadme } from './docs-render.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');
if (unknown.length > 0) {
  console.error(`generate-docs: unknown argument ${unknown.join(' ')}\nusage: node scripts/generate-docs.mjs [--check]`);
  process.exit(2);
}
const check = args.includes('--check');

const corePath = new URL('../packages/core/dist/index.js', import.meta.url);
if (!existsSync(corePath)) {
  console.error('generate-docs: packages/core/dist/index.js is missing; build first (pnpm build, or pnpm gen)');
  process.exit(1);
}
const { CATALOG } = await import(corePath.href);

const problems = [];
const stale = [];
const written = [];

function sync(relPath, before, after) {
  if (after === before) return;
  if (check) {
    stale.push(relPath);
  } else {
    writeFileSync(`${root}${relPath}`, after);
    written.push(relPath);
  }
}

for (const rule of CATALOG) {
  const relPath = rulePagePath(rule.id);
  if (!existsSync(`${root}${relPath}`)) {
    problems.push(`${relPath}: missing; write the page (generated block + the hand-written sections) for rule ${rule.id}`);
    continue;
  }
  const page = readFileSync(`${root}${relPath}`, 'utf8');
  const updated = updatePage(page, rule);
  if (updated === null) {
    problems.push(`${relPath}: needs exactly one <!-- generated:start --> … <!-- generated:end --> block`);
    continue;
  }
  sync(relPath, page, updated);
}

const ids = new Set(CATALOG.map((rule) => rule.id));
const rulesDir = `${root}docs/rules`;
for (const name of existsSync(rulesDir) ? readdirSync(rulesDir) : []) {
  if (name.endsWith('.md') && !ids.has(name.slice(0, -3))) {
    problems.push(`docs/rules/${name}: no catalog rule has this id; delete or rename the page`);
  }
}

const readmePath = `${root}README.md`;
if (!existsSync(readmePath)) {
  console.warn('generate-docs: warning: README.md not found; rule table skipped');
} else {
  const readme = readFileSync(readmePath, 'utf8');
  const updated = updateReadme(readme, CATALOG);
  if (updated === null) {
    console.warn('generate-docs: warning: README.md has no <!-- rules:start --> … <!-- rules:end --> markers; rule table skipped');
  } else {
    sync('README.md', readme, updated);
  }
}

for (const file of written) console.log(`updated ${file}`);
if (stale.length > 0) {
  console.error(`generate-docs --check: stale, run \`pnpm gen\`:\n${stale.map((f) => `  ${f}`).join('\n')}`);
}
if (problems.length > 0) console.error(`generate-docs:\n${problems.map((p) => `  ${p}`).join('\n')}`);
if (stale.length > 0 || problems.length > 0) process.exit(1);
if (!check && written.length === 0) console.log('generate-docs: all generated docs are current');
