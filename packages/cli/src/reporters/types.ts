import { resolve } from 'node:path';
import { findingFingerprints, type Finding, type RuleMeta } from '@trustlint/core';
import type { BaselineEntry } from '../baseline.js';
import { relativePosix } from '../paths.js';

/** What every reporter gets: plain data, so that reporters are pure functions to a string. */
export interface ReportInput {
  /** Findings to report, already sorted and filtered (`--quiet`); paths relative to `cwd`. */
  findings: readonly Finding[];
  suppressed: number;
  /** Files analysed. */
  files: number;
  /** Files of no recognised kind (counted, not analysed); undefined when the run reads no files (aws scan). */
  unrecognised?: readonly string[];
  cwd: string;
  /** Base of SARIF artifact URIs and default GitHub workspace; null outside a repository. */
  gitRoot: string | null;
  toolVersion: string;
  /** File texts by finding path, for code frames. */
  sources?: ReadonlyMap<string, string>;
  /** `--verbose`: the stylish report lists the files of no recognised kind (machine formats: stderr). */
  verbose?: boolean;
  /** Colour the stylish output. */
  color?: boolean;
  /** `$GITHUB_WORKSPACE` when set. */
  workspace?: string;
  /** Rule catalog (defaults to the core's CATALOG). */
  rules?: readonly RuleMeta[];
  /** Markdown docs page per rule id, for SARIF `help`. */
  ruleDocs?: ReadonlyMap<string, string>;
  /**
   * Each finding's fingerprint (SARIF `partialFingerprints`, JSON `fingerprint`), computed before
   * `--quiet` filtered the list; when absent the reporter computes them from `findings`.
   */
  fingerprints?: ReadonlyMap<Finding, string>;
  /**
   * `--baseline` / `--new-only`: where the known findings came from, how many were left out of
   * `findings`, and the known entries no current finding matches (fixed).
   */
  known?: { from: string; matched: number; fixed: readonly BaselineEntry[] };
  /**
   * `aws scan --organization`: what was scanned and how long it took — lines after the stylish
   * summary, and the `organization` member of the JSON report.
   */
  scanSummary?: { text: readonly string[]; json: Record<string, unknown> };
}

/** Fingerprints of a run's findings, with files named relative to the git root (else the working directory). */
export function computeFingerprints(
  findings: readonly Finding[],
  where: { cwd: string; gitRoot: string | null; sources?: ReadonlyMap<string, string> | undefined },
): Map<Finding, string> {
  const root = where.gitRoot ?? where.cwd;
  const prints = findingFingerprints(findings, {
    fileKey: (file) => relativePosix(root, resolve(where.cwd, file)),
    ...(where.sources ? { texts: where.sources } : {}),
  });
  return new Map(findings.map((f, i) => [f, prints[i] ?? '']));
}

export function fingerprintsOf(input: ReportInput): ReadonlyMap<Finding, string> {
  return input.fingerprints ?? computeFingerprints(input.findings, input);
}

export type Reporter = (input: ReportInput) => string;

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** Witness claims with `sub` and `aud` first, then the others in name order. */
export function witnessEntries(witness: Readonly<Record<string, string>>): [string, string][] {
  const rank = (k: string): number => (k === 'sub' ? 0 : k === 'aud' ? 1 : 2);
  return Object.entries(witness).sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export function formatWitness(witness: Readonly<Record<string, string>>): string {
  return `witness: ${witnessEntries(witness)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')}`;
}

/** "3 files analysed, 1 of no recognised kind": undefined when the run reads no files (aws scan). */
export function filesSummary(input: ReportInput): string | undefined {
  if (input.unrecognised === undefined) return undefined;
  const analysed = `${input.files} file${input.files === 1 ? '' : 's'} analysed`;
  return input.unrecognised.length > 0 ? `${analysed}, ${input.unrecognised.length} of no recognised kind` : analysed;
}
