import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isRuleId, type AnalyzeResult, type Finding, type TrustlintConfig } from '@trustlint/core';
import type { DiscoveryResult } from './discover.js';

/**
 * `check --cache` (ESLint's convention: `--cache`, `--cache-location`, default `.trustlintcache`).
 *
 * The cache records, for one run, the SHA-256 of every file read, the trustlint version, the
 * configuration (after --rule), the source options (--var, --var-file texts, --parameter) and what
 * discovery itself reported, all folded into one key, together with the run's result. A run whose key
 * matches reuses that result: it costs discovery (reading and hashing the files) and nothing else. A
 * run whose key differs in anything — one file's content, a file added or removed, the configuration,
 * the version — analyses every file again, so the cross-file rules (a workflow's role against its
 * trust policy anywhere in the tree) always see every role; its result then replaces the entry.
 *
 * The file is untrusted input (it may come from a shared cache or a checkout): it is read only up to
 * a size cap, parsed in a try, and used only when its format, key and every finding's shape check
 * out; anything else is ignored as if there were no cache, and overwritten. A well-formed entry with
 * the right key is by construction the result of a run on exactly these inputs, so a cache file must
 * come from a trusted run (as ESLint's): never restore one written by an untrusted pull request.
 */

const FORMAT = 'trustlint-cache';
/** Bump when the entry's shape or the key's material changes. */
const SCHEMA = 1;
/** Cache files above this size are ignored unread (a result of 50k files is a few MiB). */
const MAX_CACHE_BYTES = 256 * 2 ** 20;

export interface CacheSettings {
  /** Absolute path of the cache file. */
  location: string;
  /** The trustlint version: a new version never reuses an old version's results. */
  version: string;
}

/** What `check` needs of a run's analysis: the cached part of AnalyzeResult. */
export type CachedResult = Pick<AnalyzeResult, 'findings' | 'suppressed' | 'files' | 'unrecognised' | 'undeclared'>;

interface CacheEntry {
  format: typeof FORMAT;
  schema: typeof SCHEMA;
  version: string;
  key: string;
  /** path → SHA-256 of its text: which files the entry is for (for people reading the file). */
  files: Record<string, string>;
  result: CachedResult;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted, so that the key does not depend on property order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

export interface RunKeyInput {
  version: string;
  config: TrustlintConfig;
  discovery: DiscoveryResult;
  /** The source options as the core gets them (var file texts included). */
  sources: unknown;
}

/** The run's key and the per-file hashes it is made of. */
export function runKey(input: RunKeyInput): { key: string; files: Record<string, string> } {
  const files: Record<string, string> = {};
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\0${SCHEMA}\0${input.version}\0`);
  hash.update(stableJson(input.config));
  hash.update('\0');
  hash.update(stableJson(input.sources));
  hash.update('\0');
  hash.update(stableJson(input.discovery.findings));
  hash.update('\0');
  hash.update(stableJson(input.discovery.unrecognised));
  for (const f of input.discovery.files) {
    const digest = sha256(f.text);
    files[f.path] = digest;
    hash.update(`\0${f.path}\0${f.explicit ? 1 : 0}${f.companion ? 1 : 0}\0${digest}`);
  }
  return { key: hash.digest('hex'), files };
}

/** The cached result for `key`, or undefined (no file, another key, or anything malformed). */
export function readCache(settings: CacheSettings, key: string): CachedResult | undefined {
  let text: string;
  try {
    if (statSync(settings.location).size > MAX_CACHE_BYTES) return undefined;
    text = readFileSync(settings.location, 'utf8');
  } catch {
    return undefined;
  }
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(entry) || entry.format !== FORMAT || entry.schema !== SCHEMA || entry.version !== settings.version || entry.key !== key) return undefined;
  return validResult(entry.result);
}

/** Writes the entry (through a temporary file and a rename: a reader never sees half of it); never fails the run. */
export function writeCache(settings: CacheSettings, key: string, files: Record<string, string>, result: CachedResult): void {
  const entry: CacheEntry = {
    format: FORMAT,
    schema: SCHEMA,
    version: settings.version,
    key,
    files,
    result: { findings: result.findings, suppressed: result.suppressed, files: result.files, unrecognised: result.unrecognised, undeclared: result.undeclared },
  };
  const temporary = `${settings.location}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(settings.location), { recursive: true });
    writeFileSync(temporary, JSON.stringify(entry));
    renameSync(temporary, settings.location);
  } catch {
    // A cache that cannot be written only costs the next run its shortcut.
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

function isPosition(v: unknown): boolean {
  return isRecord(v) && isCount(v.line) && isCount(v.column) && isCount(v.offset);
}

function isLocation(v: unknown): boolean {
  return isRecord(v) && isString(v.file) && isRecord(v.span) && isPosition(v.span.start) && isPosition(v.span.end);
}

/** Every field a reporter reads has the type the Finding interface gives it. */
function isFinding(v: unknown): v is Finding {
  if (!isRecord(v)) return false;
  // A rule id this version does not know would be a finding no reporter can describe.
  if (!isString(v.ruleId) || !isRuleId(v.ruleId) || !isString(v.message)) return false;
  if (v.severity !== 'error' && v.severity !== 'warning' && v.severity !== 'info') return false;
  if (v.location !== null && !isLocation(v.location)) return false;
  if (v.path !== undefined && !(Array.isArray(v.path) && v.path.every((p) => isString(p) || typeof p === 'number'))) return false;
  if (v.resource !== undefined && !isString(v.resource)) return false;
  if (v.witness !== undefined && !(isRecord(v.witness) && Object.values(v.witness).every(isString))) return false;
  if (v.related !== undefined && !(Array.isArray(v.related) && v.related.every((r) => isRecord(r) && isLocation(r.location) && isString(r.message)))) return false;
  if (v.properties !== undefined && !isRecord(v.properties)) return false;
  if (v.suggestion !== undefined) {
    const s = v.suggestion;
    if (!isRecord(s) || !isString(s.description)) return false;
    if (s.replacement !== undefined && !(isRecord(s.replacement) && isLocation(s.replacement.location) && isString(s.replacement.text))) return false;
  }
  return true;
}

function validResult(v: unknown): CachedResult | undefined {
  if (!isRecord(v)) return undefined;
  const { findings, suppressed, files, unrecognised, undeclared } = v;
  if (!Array.isArray(findings) || !findings.every(isFinding)) return undefined;
  if (!isCount(suppressed) || !isCount(files) || !isStringArray(unrecognised)) return undefined;
  if (!isRecord(undeclared) || !isStringArray(undeclared.vars) || !isStringArray(undeclared.parameters)) return undefined;
  return { findings, suppressed, files, unrecognised, undeclared: { vars: undeclared.vars, parameters: undeclared.parameters } };
}
