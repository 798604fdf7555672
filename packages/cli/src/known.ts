import { isAbsolute, relative, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { analyzeLocalFiles, type LocalAnalysis } from './analysis.js';
import { baselineEntries, readBaseline, type BaselineEntry } from './baseline.js';
import type { CliIo } from './context.js';
import { CliError } from './errors.js';
import { inTree, materializeCommit, type CommitTree } from './git-tree.js';
import type { SourceOptions } from './options.js';
import { findGitRoot, isInside, relativePosix } from './paths.js';
import type { ReportRun } from './report.js';
import { computeFingerprints } from './reporters/types.js';
import type { RuleSetting } from '@trustlint/core';

/** What `check` needs to tell old findings from new: `--baseline`, `--write-baseline`, `--new-only --base`. */
export interface KnownOptions {
  baseline?: string;
  writeBaseline?: string;
  /** `--new-only --base REF`. */
  newOnlyBase?: string;
  configFile?: string;
  sources: SourceOptions;
  ruleSettings?: Readonly<Record<string, RuleSetting>>;
}

/** The report settings for the known findings of a `check` run (none without the flags). */
export async function knownSettings(paths: readonly string[], options: KnownOptions, io: CliIo): Promise<Pick<ReportRun, 'known' | 'writeBaseline'>> {
  const out: Pick<ReportRun, 'known' | 'writeBaseline'> = {};
  if (options.writeBaseline !== undefined) out.writeBaseline = options.writeBaseline;
  if (options.baseline !== undefined) {
    const shown = relativePosix(io.cwd, options.baseline);
    out.known = { label: `baseline ${shown}`, entries: readBaseline(options.baseline, shown).findings };
  } else if (options.newOnlyBase !== undefined) {
    out.known = { label: `base ${options.newOnlyBase}`, entries: await findingsAtCommit('--base', options.newOnlyBase, paths, options, io) };
  }
  return out;
}

/** An analysis of the tree of a commit, as `check PATHS` would give it there. */
export interface CommitAnalysis {
  tree: CommitTree;
  /** The working directory's counterpart in the tree. */
  cwd: string;
  analysis: LocalAnalysis;
  sources: Map<string, string>;
}

/**
 * Runs `use` on the analysis of commit REF: the tree is written to a temporary folder and analysed as
 * the working tree is (the same paths relative to the same folder of the repository, the configuration
 * of that commit, the same `--var`/`--parameter` values), then removed whatever `use` does. A named
 * path that REF does not have gives nothing there.
 */
export async function withCommitAnalysis<T>(
  flag: string,
  ref: string,
  paths: readonly string[],
  options: KnownOptions,
  io: CliIo,
  use: (commit: CommitAnalysis) => T | Promise<T>,
): Promise<T> {
  const gitRoot = findGitRoot(io.cwd);
  if (gitRoot === null) throw new CliError(`${flag} needs a git repository: the working directory is in none`);
  const tree = materializeCommit(flag, ref, gitRoot, io.env);
  try {
    const cwd = inTree(tree, gitRoot, io.cwd);
    mkdirSync(cwd, { recursive: true });
    const mapped = paths.map((p) => (isAbsolute(p) ? inTree(tree, gitRoot, p) : p));
    const configFile = options.configFile === undefined ? undefined : mapConfig(resolve(io.cwd, options.configFile), gitRoot, tree.root);
    // The commit's notes (undeclared --var, …) are the working tree run's to say; its stderr is dropped.
    const quietIo: CliIo = { ...io, cwd, stderr: { write: () => true } };
    const analysis = await analyzeLocalFiles(
      mapped,
      {
        sources: options.sources,
        ...(options.ruleSettings ? { ruleSettings: options.ruleSettings } : {}),
        ...(configFile !== undefined ? { configFile } : {}),
        errorOnUnmatchedPattern: false,
      },
      quietIo,
    );
    const sources = new Map(analysis.discovery.files.map((f) => [f.path, f.text]));
    return await use({ tree, cwd, analysis, sources });
  } finally {
    tree.remove();
  }
}

/** The findings `check PATHS` gives on the tree of commit REF, as baseline entries. */
export async function findingsAtCommit(flag: string, ref: string, paths: readonly string[], options: KnownOptions, io: CliIo): Promise<BaselineEntry[]> {
  return withCommitAnalysis(flag, ref, paths, options, io, ({ tree, cwd, analysis, sources }) => {
    const { findings } = analysis.analysis;
    const prints = computeFingerprints(findings, { cwd, gitRoot: tree.root, sources });
    return baselineEntries(findings, prints, (file) => relativePosix(tree.root, resolve(cwd, file)));
  });
}

/** `--config FILE` inside the repository is read as it is at the commit; outside, as it is. */
function mapConfig(absolute: string, gitRoot: string, treeRoot: string): string {
  return isInside(gitRoot, absolute) ? resolve(treeRoot, relative(gitRoot, absolute)) : absolute;
}
