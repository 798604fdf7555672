import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { analyzeLocalFiles, type StdinInput } from '../analysis.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { collect, parseAwsOptions, parseGitHubOptions, parseSourceOptions, type AwsOptions, type GitHubOptions, type SourceOptions } from '../options.js';
import { addReportOptions, parseReportOptions, type ReportFlags, type ReportOptions } from '../report-options.js';
import { knownSettings } from '../known.js';
import { defaultJobs } from '../jobs.js';
import { runProgress } from '../progress.js';
import { writeReport } from '../report.js';
import { applyMechanicalFixes } from './fix.js';

/** Flags as commander hands them over (strings; validated in `parseCheckOptions`). */
export interface CheckFlags extends ReportFlags {
  verbose?: boolean;
  var?: string[];
  varFile?: string[];
  parameter?: string[];
  accessAnalyzer?: boolean;
  accessAnalyzerPublic?: boolean;
  profile?: string;
  region?: string;
  endpointUrl?: string;
  timeout?: string;
  github?: boolean;
  githubApi?: string;
  stdin?: boolean;
  stdinFilename?: string;
  /** `--no-error-on-unmatched-pattern` sets it false. */
  errorOnUnmatchedPattern?: boolean;
  fix?: boolean;
  baseline?: string;
  writeBaseline?: string;
  newOnly?: boolean;
  base?: string;
  /** `--progress` true, `--no-progress` false. */
  progress?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  jobs?: string;
}

/** Validated options of one `check` run. */
export interface CheckOptions extends ReportOptions {
  verbose: boolean;
  /** For the Terraform and CloudFormation adapters. */
  sources: SourceOptions;
  aws: AwsOptions;
  github: GitHubOptions;
  /** `--stdin`: the text comes from standard input under this name (the name decides the kind). */
  stdinFilename?: string;
  /** A folder or glob that matches no file trustlint reads is a usage error (exit 2), as in ESLint. */
  errorOnUnmatchedPattern: boolean;
  /** `--fix`: apply the safe mechanical fixes first (commands/fix.ts), then report what is left. */
  fix?: boolean;
  /** `--baseline FILE` (absolute): findings recorded there are not reported. */
  baseline?: string;
  /** `--write-baseline FILE` (absolute): the current findings are recorded there. */
  writeBaseline?: string;
  /** `--new-only --base REF`: findings whose fingerprints exist at REF are not reported. */
  newOnlyBase?: string;
  /** `--progress` / `--no-progress`; undefined: on a terminal outside CI, for runs over a second. */
  progress?: boolean;
  /** `--cache`: the cache file (absolute; `--cache-location`, default `.trustlintcache`). */
  cacheFile?: string;
  /** `--jobs N`: threads for the trust-policy rules (default: the cores available). */
  jobs?: number;
}

export function register(program: Command, ctx: CommandContext): void {
  const command = program
    .command('check')
    .description('discover and analyse trust policies, workflows and IaC files')
    .argument('[paths...]', 'files, folders or glob patterns to check (default .)');
  addReportOptions(command)
    .option('--verbose', 'list the files of no recognised kind (on stderr for machine formats)')
    .option('--var <name=value>', 'Terraform variable value (repeatable)', collect)
    .option('--var-file <file>', 'Terraform variables file (repeatable)', collect)
    .option('--parameter <name=value>', 'CloudFormation parameter value (repeatable)', collect)
    .option('--stdin', 'read the file to check from standard input (with --stdin-filename)')
    .option('--stdin-filename <path>', 'the name of the --stdin text: its kind and its Terraform module folder')
    .option('--no-error-on-unmatched-pattern', 'a folder or glob that matches no file is not an error')
    .option('--access-analyzer', 'also run IAM Access Analyzer ValidatePolicy (needs AWS credentials)')
    .option('--access-analyzer-public', 'also run Access Analyzer CheckNoPublicAccess (a charged call)')
    .option('--profile <name>', 'AWS profile for the online checks')
    .option('--region <region>', 'AWS region for the online checks')
    .option('--endpoint-url <url>', 'AWS endpoint for the online checks')
    .option('--timeout <seconds>', 'time limit of the online checks; calls unfinished by then are reported (default 300)')
    .option('--github', 'also check the trusted names against the GitHub API (token: GITHUB_TOKEN, GH_TOKEN or gh auth token)')
    .option('--github-api <url>', 'GitHub API URL for --github (GitHub Enterprise Server: https://HOST/api/v3)')
    .option('--fix', 'first apply the safe mechanical fixes (missing aud, StringEquals with a wildcard, static keys next to role-to-assume, workflow-level id-token: write), then report')
    .option('--baseline <file>', 'report only findings not recorded in this baseline file; entries no longer found are listed as fixed')
    .option('--write-baseline <file>', 'record every current finding in this baseline file')
    .option('--new-only', 'report only findings that do not exist at the --base commit')
    .option('--base <ref>', 'the commit --new-only compares with (e.g. the pull request base)')
    .option('--progress', 'show the progress line on stderr even outside a terminal or in CI (default: on a terminal, for runs over a second)')
    .option('--no-progress', 'never show the progress line')
    .option('--cache', 'reuse the result of the last run when no file, configuration or version changed (ESLint\'s --cache)')
    .option('--jobs <n>', 'threads for the trust-policy rules on large trees (default: the cores available; 1: no worker thread)')
    .option('--cache-location <path>', `the cache file, or a folder for it (default ${CACHE_FILE})`)
    .action((paths: string[], flags: CheckFlags) => {
      return runCheck(paths, parseCheckOptions(flags, ctx.io.cwd), ctx).then((code) => {
        ctx.setExitCode(code);
      });
    });
}

export function parseCheckOptions(flags: CheckFlags, cwd: string): CheckOptions {
  const options: CheckOptions = {
    ...parseReportOptions(flags),
    verbose: flags.verbose === true,
    sources: parseSourceOptions(flags, cwd),
    aws: parseAwsOptions(flags),
    github: parseGitHubOptions(flags),
    errorOnUnmatchedPattern: flags.errorOnUnmatchedPattern !== false,
    ...(flags.fix === true ? { fix: true } : {}),
    ...(flags.progress !== undefined ? { progress: flags.progress } : {}),
  };
  if (flags.baseline !== undefined) options.baseline = resolve(cwd, flags.baseline);
  if (flags.writeBaseline !== undefined) options.writeBaseline = resolve(cwd, flags.writeBaseline);
  if (flags.newOnly === true) {
    if (flags.base === undefined) throw new CliError('--new-only needs --base REF: the commit whose findings are old');
    if (flags.baseline !== undefined) throw new CliError('--new-only and --baseline both say which findings are old: give one');
    if (flags.stdin === true) throw new CliError('--new-only checks files of the repository, not --stdin');
    options.newOnlyBase = flags.base;
  } else if (flags.base !== undefined) throw new CliError('--base is the commit of --new-only: add --new-only');
  if (flags.stdinFilename !== undefined && flags.stdin !== true) throw new CliError('--stdin-filename needs --stdin');
  if (flags.cacheLocation !== undefined && flags.cache !== true) throw new CliError('--cache-location needs --cache');
  if (flags.cache === true) options.cacheFile = cacheFile(flags.cacheLocation, cwd);
  if (flags.jobs !== undefined) {
    if (!/^[1-9]\d{0,2}$/.test(flags.jobs.trim())) throw new CliError(`--jobs: expected a whole number from 1 to 999, got '${flags.jobs}'`);
    options.jobs = Number(flags.jobs.trim());
  }
  if (flags.stdin === true) {
    const filename = flags.stdinFilename?.trim() ?? '';
    // As ESLint, but trustlint tells kinds apart by name (a .tf, a workflow path), so it needs one.
    if (filename === '') throw new CliError('--stdin needs --stdin-filename PATH: the name decides what kind of file the text is');
    options.stdinFilename = filename;
  }
  return options;
}

/** One `check` run; returns the exit code (spec/cli.md "Exit codes"). */
export async function runCheck(paths: readonly string[], options: CheckOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  if (options.stdinFilename !== undefined && paths.length > 0) throw new CliError(`--stdin checks standard input only; remove ${paths.join(' ')}`);
  const stdin: StdinInput | undefined = options.stdinFilename !== undefined ? { filename: options.stdinFilename, text: await readStdin(ctx) } : undefined;
  if (options.fix === true) {
    if (stdin) throw new CliError('--fix writes files: it cannot be used with --stdin');
    await applyMechanicalFixes(paths, options, ctx);
  }
  if (options.aws.accessAnalyzer || options.aws.accessAnalyzerPublic || options.github.github) {
    // Loaded only now: an offline run never loads the online module or the AWS SDK.
    const { runCheckWithAccessAnalyzer } = await import('../online.js');
    return runCheckWithAccessAnalyzer(paths, options, ctx, stdin);
  }
  const progress = runProgress(io, options.progress !== undefined ? { flag: options.progress } : {});
  let local;
  try {
    local = await analyzeLocalFiles(
      paths,
      {
        ...options,
        ...(stdin ? { stdin } : {}),
        ...(progress ? { progressLine: progress } : {}),
        ...(options.cacheFile !== undefined ? { cache: { location: options.cacheFile, version: ctx.version } } : {}),
        jobs: options.jobs ?? defaultJobs(),
      },
      io,
    );
  } finally {
    progress?.done();
  }
  const { discovery, analysis, unrecognised } = local;
  return writeReport(
    {
      ...reportSettings(options),
      findings: analysis.findings,
      suppressed: analysis.suppressed,
      files: analysis.files,
      unrecognised,
      verbose: options.verbose,
      sources: new Map(discovery.files.map((f) => [f.path, f.text])),
      ...(await knownSettings(paths, options, io)),
    },
    ctx,
  );
}

/** ESLint's default name, with trustlint's: `.trustlintcache` in the working directory. */
export const CACHE_FILE = '.trustlintcache';

/** `--cache-location`: a file, or a folder (existing, or written with a trailing slash) to hold `.trustlintcache`. */
function cacheFile(location: string | undefined, cwd: string): string {
  if (location === undefined) return resolve(cwd, CACHE_FILE);
  if (location.trim() === '') throw new CliError('--cache-location needs a path');
  const absolute = resolve(cwd, location);
  let folder = /[\\/]$/.test(location);
  try {
    folder ||= statSync(absolute).isDirectory();
  } catch {
    // Not there yet: a file of that name.
  }
  return folder ? join(absolute, CACHE_FILE) : absolute;
}

/** The parts of the options that `writeReport` needs. */
export function reportSettings(options: ReportOptions): Pick<ReportOptions, 'format' | 'output' | 'maxWarnings' | 'quiet' | 'color'> {
  return {
    format: options.format,
    quiet: options.quiet,
    ...(options.output !== undefined ? { output: options.output } : {}),
    ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
    ...(options.color !== undefined ? { color: options.color } : {}),
  };
}

async function readStdin(ctx: CommandContext): Promise<string> {
  if (!ctx.io.readStdin) throw new CliError('--stdin: standard input is not available');
  return ctx.io.readStdin();
}
