// Reads and checks corpus/repositories.json (fields described in corpus/README.md). A malformed
// entry stops the run with its id and field named: scoring against a half-read label would be a
// silent wrong figure.
import { readFileSync } from 'node:fs';

export const DEFAULT_LIST = new URL('../../corpus/repositories.json', import.meta.url).pathname;

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const REPO = /^[A-Za-z0-9][A-Za-z0-9_-]*\/[A-Za-z0-9._-]+$/;
const COMMIT = /^[0-9a-f]{40}$/;
/** Module keys as `terraform init` writes them: call names joined by dots (never `/` or `..`). */
const MODULE_KEY = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;
const SEVERITIES = new Set(['error', 'warning', 'info']);
const MATCHER_KEYS = new Set(['ruleId', 'file', 'severity', 'line', 'resource', 'note', 'unsure']);
const EXPECTED_KEYS = new Set([...MATCHER_KEYS, 'count', 'optional']);
const ENTRY_KEYS = new Set(['id', 'repo', 'commit', 'paths', 'patterns', 'why', 'config', 'eslint', 'terraformInit', 'expected', 'mustNot', 'notes']);

class ListError extends Error {}

function fail(where, message) {
  throw new ListError(`${where}: ${message}`);
}

function isStringList(value) {
  return Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== '');
}

/** A relative path inside the repository: no absolute paths and no `..`, so nothing lands outside DIR. */
function checkRelativePath(where, path) {
  if (typeof path !== 'string' || path === '' || path.startsWith('/') || path.split('/').includes('..')) {
    fail(where, `"${String(path)}" is not a relative path inside the repository`);
  }
}

function checkMatcher(where, matcher, allowed) {
  if (typeof matcher !== 'object' || matcher === null) fail(where, 'is not an object');
  for (const key of Object.keys(matcher)) if (!allowed.has(key)) fail(where, `unknown field "${key}"`);
  if (matcher.ruleId !== undefined && typeof matcher.ruleId !== 'string') fail(where, 'ruleId is not a string');
  if (matcher.file !== undefined && typeof matcher.file !== 'string' && !isStringList(matcher.file)) fail(where, 'file is neither a path nor a list of paths');
  const severities = matcher.severity === undefined ? [] : [matcher.severity].flat();
  for (const s of severities) if (!SEVERITIES.has(s)) fail(where, `unknown severity "${String(s)}"`);
  if (matcher.line !== undefined && !Number.isInteger(matcher.line)) fail(where, 'line is not an integer');
  if (matcher.resource !== undefined && typeof matcher.resource !== 'string') fail(where, 'resource is not a string');
  if (typeof matcher.note !== 'string' || matcher.note.trim() === '') fail(where, 'every label needs a note that explains the verdict');
}

function checkExpected(where, expected) {
  checkMatcher(where, expected, EXPECTED_KEYS);
  if (expected.ruleId === undefined) fail(where, 'an expected finding names its ruleId');
  if (expected.count !== undefined && (!Number.isInteger(expected.count) || expected.count < 1)) fail(where, 'count is not a positive integer');
  if (expected.count !== undefined && expected.optional) fail(where, 'an optional finding has no count');
}

function checkTerraformInit(where, init) {
  if (typeof init !== 'object' || init === null) fail(where, 'is not an object');
  checkRelativePath(`${where}.root`, init.root);
  if (!Array.isArray(init.modules) || init.modules.length === 0) fail(where, 'modules is not a non-empty list');
  init.modules.forEach((module, i) => {
    const at = `${where}.modules[${i}]`;
    if (!MODULE_KEY.test(module.Key ?? '')) fail(at, 'Key is not a module key such as "gha" or "gha.inner"');
    if (typeof module.Source !== 'string' || module.Source === '') fail(at, 'Source is missing');
    if (module.Version !== undefined && typeof module.Version !== 'string') fail(at, 'Version is not a string');
    // Dir is only recorded in modules.json; it is written to only when a package is unpacked there.
    if (typeof module.Dir !== 'string' || module.Dir === '' || module.Dir.startsWith('/')) fail(at, 'Dir is not a relative path');
    if (module.package !== undefined) {
      const packageDir = `.terraform/modules/${module.Key}`;
      if (module.Dir !== packageDir && !module.Dir.startsWith(`${packageDir}/`)) fail(at, `Dir must lie in ${packageDir}, where the package is unpacked`);
      if (!REPO.test(module.package.repo ?? '')) fail(`${at}.package`, 'repo is not owner/name');
      if (!COMMIT.test(module.package.commit ?? '')) fail(`${at}.package`, 'commit is not 40 hex digits');
    }
  });
}

function checkEntry(entry, index, seen) {
  const where = `repositories[${index}]${typeof entry?.id === 'string' ? ` (${entry.id})` : ''}`;
  if (typeof entry !== 'object' || entry === null) fail(where, 'is not an object');
  for (const key of Object.keys(entry)) if (!ENTRY_KEYS.has(key)) fail(where, `unknown field "${key}"`);
  if (!ID.test(entry.id ?? '')) fail(where, 'id must be lower-case letters, digits, ".", "_" or "-"');
  if (seen.has(entry.id)) fail(where, `id "${entry.id}" is used twice`);
  seen.add(entry.id);
  if (!REPO.test(entry.repo ?? '')) fail(where, 'repo is not owner/name');
  if (!COMMIT.test(entry.commit ?? '')) fail(where, 'commit is not 40 hex digits');
  if (entry.paths !== undefined) {
    if (!isStringList(entry.paths) || entry.paths.length === 0) fail(where, 'paths is not a non-empty list of paths');
    entry.paths.forEach((p, i) => checkRelativePath(`${where}.paths[${i}]`, p));
  }
  if (!isStringList(entry.patterns) || entry.patterns.length === 0) fail(where, 'patterns names the cross-file patterns it exercises');
  if (typeof entry.why !== 'string' || entry.why.trim() === '') fail(where, 'why says why it was chosen');
  if (typeof entry.notes !== 'string' || entry.notes.trim() === '') fail(where, 'notes explains the verdicts');
  if (entry.config !== undefined && (typeof entry.config !== 'object' || entry.config === null || Array.isArray(entry.config))) fail(where, 'config is not an object');
  if (entry.eslint !== undefined && (!isStringList(entry.eslint) || entry.eslint.length === 0)) fail(where, 'eslint is not a non-empty list of patterns');
  (entry.terraformInit ?? []).forEach((init, i) => checkTerraformInit(`${where}.terraformInit[${i}]`, init));
  if (!Array.isArray(entry.expected)) fail(where, 'expected is not a list (an empty list means: nothing at error or warning)');
  entry.expected.forEach((e, i) => checkExpected(`${where}.expected[${i}]`, e));
  if (!Array.isArray(entry.mustNot ?? [])) fail(where, 'mustNot is not a list');
  (entry.mustNot ?? []).forEach((m, i) => checkMatcher(`${where}.mustNot[${i}]`, m, MATCHER_KEYS));
}

/** Parses and checks a list; throws an Error naming the first bad entry and field. */
export function parseRepositoryList(text, source) {
  let list;
  try {
    list = JSON.parse(text);
  } catch (err) {
    throw new Error(`${source}: not JSON: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  try {
    if (!Array.isArray(list?.repositories)) fail('top level', 'has no "repositories" list');
    const seen = new Set();
    list.repositories.forEach((entry, i) => checkEntry(entry, i, seen));
  } catch (err) {
    if (err instanceof ListError) throw new Error(`${source}: ${err.message}`, { cause: err });
    throw err;
  }
  return list.repositories;
}

export function readRepositoryList(path = DEFAULT_LIST) {
  return parseRepositoryList(readFileSync(path, 'utf8'), path);
}

/** The entries `--only ID[,ID…]` selects (all without it); an unknown id is an error. */
export function selectEntries(entries, only) {
  if (only === undefined) return entries;
  const ids = only.split(',');
  for (const id of ids) if (!entries.some((e) => e.id === id)) throw new Error(`--only: no repository with id "${id}"`);
  return entries.filter((e) => ids.includes(e.id));
}
