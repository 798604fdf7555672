import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { diffTrust, sanitizeOutput, type DiffSide, type Finding, type TrustDiff, type TrustlintConfig } from '@trustlint/core';
import { Option, type Command } from 'commander';
import { analyzeLocalFiles } from '../analysis.js';
import { baselineEntries } from '../baseline.js';
import type { CliIo, CommandContext } from '../context.js';
import { formatDiffJson, formatDiffMarkdown, formatDiffStylish, type DiffSides } from '../diff-report.js';
import { CliError, errorMessage } from '../errors.js';
import { git } from '../git-base.js';
import { resolveCommit } from '../git-base.js';
import { withCommitAnalysis, type KnownOptions } from '../known.js';
import { collect, parseSourceOptions } from '../options.js';
import { findGitRoot, relativePosix } from '../paths.js';
import { writeReport } from '../report.js';
import { computeFingerprints } from '../reporters/types.js';

export const DIFF_FORMATS = ['stylish', 'json', 'markdown', 'sarif', 'github'] as const;
type DiffFormat = (typeof DIFF_FORMATS)[number];

interface DiffFlags {
  base?: string;
  head?: string;
  format: DiffFormat;
  output?: string;
  config?: string;
  var?: string[];
  varFile?: string[];
  parameter?: string[];
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('diff')
    .description('what a change does to trust: outsider classes newly admitted (with a witness) or shut out, per role')
    .argument('[paths...]', 'files, folders or glob patterns to compare (default .)')
    .option('--base <ref>', 'the commit before the change (default: the merge base with the default branch)')
    .option('--head <ref>', 'the commit after the change (default: the working tree)')
    .addOption(new Option('-f, --format <format>', 'output format (sarif and github: only the findings new at head)').choices(DIFF_FORMATS).default('stylish'))
    .option('-o, --output <file>', 'write the report to FILE')
    .option('--config <file>', 'configuration file (else each side\'s trustlint.config.json or .trustlintrc.json)')
    .option('--var <name=value>', 'Terraform variable value, for both sides (repeatable)', collect)
    .option('--var-file <file>', 'Terraform variables file, for both sides (repeatable)', collect)
    .option('--parameter <name=value>', 'CloudFormation parameter value, for both sides (repeatable)', collect)
    .action(async (paths: string[], flags: DiffFlags) => {
      ctx.setExitCode(await runDiff(paths, flags, ctx));
    });
}

/** The commit `diff` compares with by default: the merge base of HEAD and the default branch. */
export function defaultBase(gitRoot: string, env: CliIo['env']): { ref: string; commit: string } {
  const tryRef = (ref: string): string | undefined => {
    try {
      return resolveCommit('--base', ref, gitRoot, env);
    } catch {
      return undefined;
    }
  };
  let branch: string | undefined;
  try {
    // origin/HEAD names the remote's default branch when the clone recorded it.
    branch = git(gitRoot, env, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], 4096).toString('utf8').trim() || undefined;
  } catch {
    branch = undefined;
  }
  const candidates = [branch, 'origin/main', 'origin/master', 'main', 'master'].filter((b): b is string => b !== undefined);
  for (const candidate of candidates) {
    if (tryRef(candidate) === undefined) continue;
    try {
      const commit = git(gitRoot, env, ['merge-base', '--end-of-options', 'HEAD', candidate], 4096).toString('utf8').trim();
      if (/^[0-9a-f]{40,64}$/.test(commit)) return { ref: `merge base with ${candidate}`, commit };
    } catch {
      // No common history with this branch: try the next.
    }
  }
  throw new CliError('diff: no default branch found to compare with (origin/HEAD, main, master): give --base REF');
}

export async function runDiff(paths: readonly string[], flags: DiffFlags, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const gitRoot = findGitRoot(io.cwd);
  if (gitRoot === null) throw new CliError('diff needs a git repository: the working directory is in none');
  const base = flags.base !== undefined ? { ref: flags.base, commit: resolveCommit('--base', flags.base, gitRoot, io.env) } : defaultBase(gitRoot, io.env);
  const options: KnownOptions = {
    sources: parseSourceOptions(flags, io.cwd),
    ...(flags.config !== undefined ? { configFile: flags.config } : {}),
  };
  return withCommitAnalysis('--base', base.commit, paths, options, io, async (before) => {
    const beforeSide: DiffSide = {
      documents: before.analysis.analysis.documents,
      findings: before.analysis.analysis.findings,
      texts: before.sources,
      fileKey: (file) => relativePosix(before.tree.root, resolve(before.cwd, file)),
    };
    const finish = (after: DiffSide & { config: TrustlintConfig }, head: DiffSides['head'], report: ReportSource): number => {
      const diff = diffTrust(beforeSide, after, { config: after.config });
      const sides: DiffSides = { base, head };
      if (flags.format === 'sarif' || flags.format === 'github') {
        const entries = baselineEntries(before.analysis.analysis.findings, computeFingerprints(before.analysis.analysis.findings, { cwd: before.cwd, gitRoot: before.tree.root, sources: before.sources }), beforeSide.fileKey ?? ((f) => f));
        writeReport(
          {
            format: flags.format,
            quiet: false,
            // Resolved here: the report's working directory may be the head commit's temporary tree.
            ...(flags.output !== undefined ? { output: resolve(io.cwd, flags.output) } : {}),
            findings: report.findings,
            suppressed: 0,
            files: report.files,
            sources: report.sources,
            known: { label: `base ${base.ref}`, entries },
          },
          { ...ctx, io: report.io },
        );
      } else writeText(render(flags.format, diff, sides), flags.output, io);
      return diff.widened || diff.newWorkflowErrors ? 1 : 0;
    };
    if (flags.head !== undefined) {
      const headRef = flags.head;
      const commit = resolveCommit('--head', headRef, gitRoot, io.env);
      return withCommitAnalysis('--head', commit, paths, options, io, ({ tree, cwd, analysis, sources }) =>
        finish(
          { documents: analysis.analysis.documents, findings: analysis.analysis.findings, texts: sources, fileKey: (f) => relativePosix(tree.root, resolve(cwd, f)), config: analysis.config },
          { ref: headRef, commit },
          { findings: analysis.analysis.findings, files: analysis.analysis.files, sources, io: { ...io, cwd } },
        ),
      );
    }
    const head = await analyzeLocalFiles(paths, { ...options, errorOnUnmatchedPattern: false }, io);
    const sources = new Map(head.discovery.files.map((f) => [f.path, f.text]));
    return finish(
      { documents: head.analysis.documents, findings: head.analysis.findings, texts: sources, fileKey: (f) => relativePosix(gitRoot, resolve(io.cwd, f)), config: head.config },
      { ref: 'working tree' },
      { findings: head.analysis.findings, files: head.analysis.files, sources, io },
    );
  });
}

interface ReportSource {
  findings: readonly Finding[];
  files: number;
  sources: Map<string, string>;
  io: CliIo;
}

function render(format: Exclude<DiffFormat, 'sarif' | 'github'>, diff: TrustDiff, sides: DiffSides): string {
  if (format === 'json') return formatDiffJson(diff, sides);
  if (format === 'markdown') return formatDiffMarkdown(diff, sides);
  return formatDiffStylish(diff, sides);
}

function writeText(text: string, output: string | undefined, io: CliIo): void {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  const file = resolve(io.cwd, output);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, sanitizeOutput(text));
  } catch (err) {
    throw new CliError(`cannot write the report: ${errorMessage(err)}`);
  }
}
