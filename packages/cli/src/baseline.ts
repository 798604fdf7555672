import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Finding } from '@trustlint/core';
import { CliError, errorMessage } from './errors.js';

/**
 * A baseline: the fingerprints of findings that were accepted at some point, so that `check
 * --baseline FILE` reports only the others. The fingerprint (see core `fingerprint.ts`) is made of the
 * rule, the file relative to the git root, the resource and the policy path or YAML key path — never
 * the message or the line — so the baseline survives rewording and edits above a finding. The other
 * fields of an entry are for people reading the file and for saying what was fixed; only the
 * fingerprint is compared.
 */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  /** Relative to the git root (else the working directory), POSIX separators; absent for findings without a file. */
  file?: string;
  resource?: string;
  message: string;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

/** Format identifier written into every baseline file; a different `version` is refused. */
export const BASELINE_VERSION = 1;
/** Largest baseline read: far more than any real repository's findings. */
const MAX_BASELINE_BYTES = 32 * 1024 * 1024;

/** The baseline entries of `findings` (all of them: before `--quiet`), sorted for stable diffs of the file. */
export function baselineEntries(
  findings: readonly Finding[],
  fingerprints: ReadonlyMap<Finding, string>,
  fileKey: (file: string) => string,
): BaselineEntry[] {
  const entries = findings.map((f): BaselineEntry => {
    return {
      fingerprint: fingerprints.get(f) ?? '',
      ruleId: f.ruleId,
      ...(f.location ? { file: fileKey(f.location.file) } : {}),
      ...(f.resource !== undefined ? { resource: f.resource } : {}),
      message: f.message,
    };
  });
  const key = (e: BaselineEntry): string => `${e.file ?? ''}\0${e.ruleId}\0${e.resource ?? ''}\0${e.fingerprint}`;
  return entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function writeBaseline(file: string, entries: readonly BaselineEntry[]): void {
  const baseline: Baseline = { version: BASELINE_VERSION, findings: [...entries] };
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
  } catch (err) {
    throw new CliError(`--write-baseline: cannot write ${file}: ${errorMessage(err)}`);
  }
}

/** Reads and checks a baseline file; anything malformed is a usage error naming the file and the entry. */
export function readBaseline(file: string, shown: string): Baseline {
  let text: string;
  try {
    const bytes = readFileSync(file);
    if (bytes.length > MAX_BASELINE_BYTES) throw new CliError(`--baseline ${shown}: larger than the ${MAX_BASELINE_BYTES} byte cap`);
    text = bytes.toString('utf8');
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `--baseline: no such file: ${shown} (create it with --write-baseline ${shown})` : `--baseline ${shown}: ${errorMessage(err)}`);
  }
  return parseBaseline(text, shown);
}

export function parseBaseline(text: string, shown: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new CliError(`--baseline ${shown}: not JSON: ${errorMessage(err)}`);
  }
  if (!isRecord(data)) throw new CliError(`--baseline ${shown}: expected an object with "version" and "findings"`);
  if (data.version !== BASELINE_VERSION) {
    throw new CliError(`--baseline ${shown}: "version" is ${JSON.stringify(data.version)}; this trustlint reads version ${BASELINE_VERSION} (rewrite it with --write-baseline)`);
  }
  if (!Array.isArray(data.findings)) throw new CliError(`--baseline ${shown}: "findings" must be an array`);
  const findings = data.findings.map((raw: unknown, i): BaselineEntry => {
    const at = `--baseline ${shown}: findings[${i}]`;
    if (!isRecord(raw)) throw new CliError(`${at}: expected an object`);
    if (typeof raw.fingerprint !== 'string' || !/^[0-9a-f]{32}$/.test(raw.fingerprint)) throw new CliError(`${at}: "fingerprint" must be 32 hex digits`);
    if (typeof raw.ruleId !== 'string') throw new CliError(`${at}: "ruleId" must be a string`);
    const entry: BaselineEntry = { fingerprint: raw.fingerprint, ruleId: raw.ruleId, message: typeof raw.message === 'string' ? raw.message : '' };
    if (typeof raw.file === 'string') entry.file = raw.file;
    if (typeof raw.resource === 'string') entry.resource = raw.resource;
    return entry;
  });
  return { version: BASELINE_VERSION, findings };
}

/**
 * Findings already known (by a baseline, or at a base commit) are left out; known entries that match
 * no current finding are what was fixed since.
 */
export interface KnownFindings {
  /** For messages: `baseline .trustlint-baseline.json`, `base main`. */
  label: string;
  entries: readonly BaselineEntry[];
}

export interface KnownSplit {
  /** Findings whose fingerprint is not known: the ones reported. */
  fresh: Finding[];
  /** Known findings still present, left out of the report. */
  matched: number;
  /** Known entries that no current finding matches. */
  fixed: BaselineEntry[];
}

export function splitKnown(findings: readonly Finding[], fingerprints: ReadonlyMap<Finding, string>, known: KnownFindings): KnownSplit {
  const knownPrints = new Set(known.entries.map((e) => e.fingerprint));
  const current = new Set<string>();
  const fresh: Finding[] = [];
  let matched = 0;
  for (const f of findings) {
    const print = fingerprints.get(f) ?? '';
    current.add(print);
    if (knownPrints.has(print)) matched++;
    else fresh.push(f);
  }
  const fixed = known.entries.filter((e) => !current.has(e.fingerprint));
  return { fresh, matched, fixed };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function resolveBaselinePath(cwd: string, file: string): string {
  return resolve(cwd, file);
}
