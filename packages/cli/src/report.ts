import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CATALOG, sanitizeValue, type Finding } from '@trustlint/core';
import { baselineEntries, splitKnown, writeBaseline, type BaselineEntry, type KnownFindings } from './baseline.js';
import type { CommandContext } from './context.js';
import { CliError, errorMessage } from './errors.js';
import { findGitRoot, relativePosix } from './paths.js';
import { REPORTERS, type Format } from './reporters/index.js';
import { computeFingerprints, countSeverities, type ReportInput } from './reporters/types.js';
import { loadRuleDocs } from './rule-docs.js';
import { useColor } from './report-options.js';

/** What a report needs besides the findings. */
export interface ReportRun {
  format: Format;
  output?: string;
  quiet: boolean;
  maxWarnings?: number;
  /** `--color` / `--no-color`; else the environment and the terminal decide (useColor). */
  color?: boolean;
  findings: readonly Finding[];
  suppressed: number;
  files: number;
  /** Files of no recognised kind; undefined when the run reads no files (aws scan). */
  unrecognised?: readonly string[];
  /** `--verbose`: list the files of no recognised kind (stdout for stylish, stderr otherwise). */
  verbose?: boolean;
  sources?: ReadonlyMap<string, string>;
  /** No AWS call succeeded although online checks were asked for: exit 2. */
  nothingChecked?: boolean;
  /** No GitHub call succeeded although `--github` was given: exit 2 as well. */
  nothingCheckedOnGitHub?: boolean;
  /** `--baseline FILE` or `--new-only --base REF`: findings with these fingerprints are not reported. */
  known?: KnownFindings;
  /** `--write-baseline FILE`: every current finding's fingerprint is written there (absolute path). */
  writeBaseline?: string;
  /** `aws scan --organization`: the accounts and times (ReportInput.scanSummary). */
  scanSummary?: ReportInput['scanSummary'];
}

/** Writes the report like `check` does and returns the exit code (spec/cli.md "Exit codes"). */
export function writeReport(run: ReportRun, ctx: CommandContext): number {
  const { io } = ctx;
  const gitRoot = findGitRoot(io.cwd);
  // Before --quiet and the baseline: a finding's fingerprint must not depend on which others are shown.
  const needPrints = run.format === 'sarif' || run.format === 'json' || run.known !== undefined || run.writeBaseline !== undefined;
  const all = needPrints ? computeFingerprints(run.findings, { cwd: io.cwd, gitRoot, sources: run.sources }) : undefined;
  if (run.writeBaseline !== undefined && all) {
    const root = gitRoot ?? io.cwd;
    // Masked as every output is: a baseline file is committed, so no credential may be copied into it.
    writeBaseline(run.writeBaseline, sanitizeValue(baselineEntries(run.findings, all, (file) => relativePosix(root, resolve(io.cwd, file))), 'data'));
    io.stderr.write(`trustlint: wrote ${run.findings.length} finding${run.findings.length === 1 ? '' : 's'} to the baseline ${relativePosix(io.cwd, run.writeBaseline)}\n`);
  }
  const split = run.known && all ? splitKnown(run.findings, all, run.known) : undefined;
  const reported = split ? split.fresh : run.findings;
  const findings = run.quiet ? reported.filter((f) => f.severity === 'error') : reported;
  const input: ReportInput = {
    findings,
    suppressed: run.suppressed,
    files: run.files,
    ...(run.unrecognised !== undefined ? { unrecognised: run.unrecognised } : {}),
    verbose: run.verbose === true,
    cwd: io.cwd,
    gitRoot,
    toolVersion: ctx.version,
    sources: run.sources ?? new Map(),
    color: useColor(run.color, io, run.output !== undefined),
  };
  const workspace = io.env.GITHUB_WORKSPACE;
  if (workspace) input.workspace = resolve(io.cwd, workspace);
  if (run.format === 'sarif') input.ruleDocs = loadRuleDocs(CATALOG.map((r) => r.id));
  if (all && (run.format === 'sarif' || run.format === 'json')) input.fingerprints = all;
  if (run.scanSummary) input.scanSummary = run.scanSummary;
  if (split && run.known) input.known = { from: run.known.label, matched: split.matched, fixed: split.fixed };
  const report = REPORTERS[run.format](input);
  if (run.output !== undefined) {
    const file = resolve(io.cwd, run.output);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, report);
    } catch (err) {
      throw new CliError(`cannot write the report: ${errorMessage(err)}`);
    }
  } else io.stdout.write(report);
  if (split && run.known) writeKnownSummary(split.matched, split.fixed, run.known.label, io);
  if (run.verbose && run.format !== 'stylish' && run.unrecognised) {
    for (const file of run.unrecognised) io.stderr.write(`trustlint: not analysed, no recognised kind: ${file}\n`);
  }

  if (run.nothingChecked) {
    io.stderr.write('trustlint: the online checks failed: no AWS call succeeded (see the aws-check-failed findings)\n');
    return 2;
  }
  if (run.nothingCheckedOnGitHub) {
    io.stderr.write('trustlint: the GitHub checks failed: no GitHub call succeeded (see the github-check-failed findings)\n');
    return 2;
  }
  const counts = countSeverities(findings);
  if (counts.errors > 0) return 1;
  if (run.maxWarnings !== undefined && counts.warnings > run.maxWarnings) {
    io.stderr.write(`trustlint: too many warnings (${counts.warnings}; maximum ${run.maxWarnings})\n`);
    return 1;
  }
  return 0;
}

/** What the baseline (or the base commit) took out of the report, and what of it is fixed, on stderr. */
function writeKnownSummary(matched: number, fixed: readonly BaselineEntry[], label: string, io: CommandContext['io']): void {
  io.stderr.write(`trustlint: ${matched} finding${matched === 1 ? '' : 's'} known in the ${label} not reported; ${fixed.length} fixed\n`);
  for (const entry of fixed) {
    const where = [entry.file, entry.resource].filter((p) => p !== undefined && p !== '').join(' ');
    io.stderr.write(`trustlint: fixed: ${entry.ruleId}${where ? ` ${where}` : ''}${entry.message ? ` (${entry.message})` : ''}\n`);
  }
}
