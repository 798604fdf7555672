import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CATALOG, type Finding } from '@trustlint/core';
import type { CommandContext } from './context.js';
import { CliError, errorMessage } from './errors.js';
import { findGitRoot } from './paths.js';
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
}

/** Writes the report like `check` does and returns the exit code (spec/cli.md "Exit codes"). */
export function writeReport(run: ReportRun, ctx: CommandContext): number {
  const { io } = ctx;
  const findings = run.quiet ? run.findings.filter((f) => f.severity === 'error') : run.findings;
  const gitRoot = findGitRoot(io.cwd);
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
  // Before --quiet: a finding's fingerprint must not depend on which others are shown.
  if (run.format === 'sarif' || run.format === 'json') {
    const all = computeFingerprints(run.findings, { cwd: io.cwd, gitRoot, sources: run.sources });
    input.fingerprints = all;
  }
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
