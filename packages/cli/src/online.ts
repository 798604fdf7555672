/**
 * The online paths of the CLI: `check --access-analyzer[-public]` and `aws scan`. Loaded with a dynamic
 * `import()` only when one of them runs, and it loads the core's online entry the same way, so an
 * offline `check` never loads this module, the online entry or the AWS SDK.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CATALOG, compareFindings, loadOnlineChecks, type AwsSettings, type Finding, type ScanProgress } from '@trustlint/core';
import { analyzeLocalFiles } from './analysis.js';
import { configForCore, loadConfig } from './config.js';
import type { CheckOptions } from './commands/check.js';
import type { CliIo, CommandContext } from './context.js';
import { CliError, errorMessage } from './errors.js';
import type { AwsOptions } from './options.js';
import { packageInfo } from './package-info.js';
import { findGitRoot } from './paths.js';
import { REPORTERS, type Format } from './reporters/index.js';
import { countSeverities, type ReportInput } from './reporters/types.js';
import { loadRuleDocs } from './rule-docs.js';

type OnlineChecks = Awaited<ReturnType<typeof loadOnlineChecks>>;

/** The core's online entry: a dynamic import inside the core (bundlers follow it). */
export function loadOnline(): Promise<OnlineChecks> {
  return loadOnlineChecks();
}

/** AWS settings of a run: flags first, then the environment the CLI was given (as the AWS CLI does). */
export function awsSettings(aws: AwsOptions & { roleArn?: string }, env: CliIo['env']): AwsSettings {
  const settings: AwsSettings = {};
  const region = aws.region ?? nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION);
  if (region !== undefined) settings.region = region;
  if (aws.profile !== undefined) settings.profile = aws.profile;
  if (aws.endpointUrl !== undefined) settings.endpoint = aws.endpointUrl;
  if (aws.roleArn !== undefined) settings.roleArn = aws.roleArn;
  // Environment keys come first in the standard chain unless a profile is named; passing them
  // explicitly makes the chain follow the CLI's environment (in-process runs too), not only process.env.
  const id = nonEmpty(env.AWS_ACCESS_KEY_ID);
  const secret = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
  if (aws.profile === undefined && nonEmpty(env.AWS_PROFILE) === undefined && id !== undefined && secret !== undefined) {
    const token = nonEmpty(env.AWS_SESSION_TOKEN);
    settings.credentials = { accessKeyId: id, secretAccessKey: secret, ...(token !== undefined ? { sessionToken: token } : {}) };
  }
  const timeout = Number(env.TRUSTLINT_AWS_TIMEOUT_MS);
  if (Number.isInteger(timeout) && timeout > 0) {
    settings.requestTimeoutMs = timeout;
    settings.connectionTimeoutMs = Math.min(timeout, 5_000);
  }
  return settings;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

/** What a report needs besides the findings. */
export interface ReportRun {
  format: Format;
  output?: string;
  quiet: boolean;
  maxWarnings?: number;
  findings: readonly Finding[];
  suppressed: number;
  files: number;
  sources?: ReadonlyMap<string, string>;
  /** No AWS call succeeded although online checks were asked for: exit 2. */
  nothingChecked: boolean;
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
    cwd: io.cwd,
    gitRoot,
    toolVersion: ctx.version,
    sources: run.sources ?? new Map(),
    color: run.output === undefined && io.isTTY && !io.env.NO_COLOR,
  };
  const workspace = io.env.GITHUB_WORKSPACE;
  if (workspace) input.workspace = resolve(io.cwd, workspace);
  if (run.format === 'sarif') {
    input.ruleDocs = loadRuleDocs(CATALOG.map((r) => r.id));
    const { homepage } = packageInfo();
    if (homepage !== undefined) input.homepage = homepage;
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

  if (run.nothingChecked) {
    io.stderr.write('trustlint: the online checks failed: no AWS call succeeded (see the aws-check-failed findings)\n');
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

/**
 * `check` with `--access-analyzer` and/or `--access-analyzer-public`: the offline analysis, then every
 * trust policy found sent to Access Analyzer. Access Analyzer findings are added, never replace
 * trustlint's (a clean Access Analyzer result proves nothing, spec/domain.md trap 39).
 */
export async function runCheckWithAccessAnalyzer(paths: readonly string[], options: CheckOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const { config, discovery, analysis } = await analyzeLocalFiles(paths, options, io);
  const online = await loadOnline();
  const result = await online.runAccessAnalyzerChecks(analysis.documents, awsSettings(options.aws, io.env), {
    config,
    validate: options.aws.accessAnalyzer,
    checkNoPublicAccess: options.aws.accessAnalyzerPublic,
  });
  return writeReport(
    {
      format: options.format,
      ...(options.output !== undefined ? { output: options.output } : {}),
      ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
      quiet: options.quiet,
      findings: [...analysis.findings, ...result.findings].sort(compareFindings),
      suppressed: analysis.suppressed + result.suppressed,
      files: analysis.files,
      sources: new Map(discovery.files.map((f) => [f.path, f.text])),
      nothingChecked: result.stats.attempted > 0 && result.stats.succeeded === 0,
    },
    ctx,
  );
}

/** Validated options of `aws scan`. */
export interface AwsScanOptions {
  format: Format;
  output?: string;
  configFile?: string;
  maxWarnings?: number;
  quiet: boolean;
  aws: AwsOptions & { roleArn?: string };
}

const PHASE_LABEL: Record<ScanProgress['phase'], string> = {
  providers: 'OIDC providers',
  roles: 'roles',
  users: 'IAM users',
  'access-analyzer': 'Access Analyzer',
};

/** One self-overwriting progress line on stderr, only when stderr is a terminal. */
function progressLine(io: CliIo): { update: (p: ScanProgress) => void; done: () => void } | undefined {
  if ((io.stderr as { isTTY?: unknown }).isTTY !== true) return undefined;
  let last = 0;
  let phase: ScanProgress['phase'] | undefined;
  let shown = false;
  return {
    update(p) {
      // At most ten updates a second, but every new phase and every phase's end are shown.
      const now = Date.now();
      if (now - last < 100 && p.phase === phase && p.done !== p.total) return;
      last = now;
      phase = p.phase;
      shown = true;
      const count = p.total !== undefined ? `${p.done}/${p.total}` : String(p.done);
      io.stderr.write(`\r\x1b[Ktrustlint: scanning ${PHASE_LABEL[p.phase]} ${count}`);
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}

/** `aws scan`: the live account, reported like `check` (findings name ARNs, `file: null`). */
export async function runAwsScan(options: AwsScanOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const gitRoot = findGitRoot(io.cwd);
  const loaded = await loadConfig({ cwd: io.cwd, gitRoot, ...(options.configFile !== undefined ? { configFile: options.configFile } : {}) });
  const config = configForCore(loaded, io.cwd, gitRoot);
  const online = await loadOnline();
  const progress = progressLine(io);
  let result;
  try {
    result = await online.scanLiveAccount(awsSettings(options.aws, io.env), {
      config,
      accessAnalyzer: options.aws.accessAnalyzer,
      accessAnalyzerPublic: options.aws.accessAnalyzerPublic,
      ...(progress ? { onProgress: progress.update } : {}),
    });
  } finally {
    progress?.done();
  }
  return writeReport(
    {
      format: options.format,
      ...(options.output !== undefined ? { output: options.output } : {}),
      ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
      quiet: options.quiet,
      findings: result.findings,
      suppressed: result.suppressed,
      files: 0,
      nothingChecked: result.stats.attempted > 0 && result.stats.succeeded === 0,
    },
    ctx,
  );
}
