/**
 * The online paths of the CLI: `check --access-analyzer[-public]` and `aws scan`. Loaded with a dynamic
 * `import()` only when one of them runs, and it loads the core's online entry the same way, so an
 * offline `check` never loads this module, the online entry or the AWS SDK.
 */
import { execFile } from 'node:child_process';
import { compareFindings, loadOnlineChecks, type AwsSettings, type ScanProgress } from '@trustlint/core';
import { analyzeLocalFiles, loadRunConfig, type StdinInput } from './analysis.js';
import { configForCore } from './config.js';
import { reportSettings, type CheckOptions } from './commands/check.js';
import type { CliIo, CommandContext } from './context.js';
import type { AwsOptions, GitHubOptions } from './options.js';
import { withRuleSettings, type ReportOptions } from './report-options.js';
import { knownSettings } from './known.js';
import { gitHubOnLiveRoles, runOrganizationScan, type OrganizationOptions } from './org-scan.js';
import { writeReport } from './report.js';

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

/**
 * `check` with `--access-analyzer`, `--access-analyzer-public` and/or `--github`: the offline analysis,
 * then every trust policy found sent to Access Analyzer and/or its names checked on GitHub. Online
 * findings are added, never replace trustlint's (a clean Access Analyzer result proves nothing,
 * spec/domain.md trap 39).
 */
export async function runCheckWithAccessAnalyzer(
  paths: readonly string[],
  options: CheckOptions,
  ctx: CommandContext,
  stdin?: StdinInput,
): Promise<number> {
  const { io } = ctx;
  const { config, discovery, analysis, unrecognised } = await analyzeLocalFiles(paths, { ...options, ...(stdin ? { stdin } : {}) }, io);
  const online = await loadOnline();
  const wantAa = options.aws.accessAnalyzer || options.aws.accessAnalyzerPublic;
  const result = wantAa
    ? await online.runAccessAnalyzerChecks(analysis.documents, awsSettings(options.aws, io.env), {
        config,
        validate: options.aws.accessAnalyzer,
        checkNoPublicAccess: options.aws.accessAnalyzerPublic,
        ...(options.aws.timeoutMs !== undefined ? { timeoutMs: options.aws.timeoutMs } : {}),
      })
    : undefined;
  const gh = options.github.github
    ? await online.runGitHubChecks(analysis.documents, {
        config,
        ...(await githubSettings(options.github, io.env, online.defaultCacheDir(io.env))),
        ...(options.aws.timeoutMs !== undefined ? { timeoutMs: options.aws.timeoutMs } : {}),
      })
    : undefined;
  return writeReport(
    {
      ...reportSettings(options),
      findings: [...analysis.findings, ...(result?.findings ?? []), ...(gh?.findings ?? [])].sort(compareFindings),
      suppressed: analysis.suppressed + (result?.suppressed ?? 0) + (gh?.suppressed ?? 0),
      files: analysis.files,
      unrecognised,
      verbose: options.verbose,
      sources: new Map(discovery.files.map((f) => [f.path, f.text])),
      nothingChecked: result !== undefined && result.stats.attempted > 0 && result.stats.succeeded === 0,
      nothingCheckedOnGitHub: gh !== undefined && gh.stats.attempted > 0 && gh.stats.succeeded === 0,
      ...(await knownSettings(paths, options, ctx.io)),
    },
    ctx,
  );
}

/**
 * The GitHub API and token of a run: `GITHUB_TOKEN`, else `GH_TOKEN`, else what `gh auth token` prints
 * (for the API's host); none at all is allowed (public names, 60 calls an hour). The token is handed
 * to the core and never written anywhere.
 */
export async function githubSettings(gh: GitHubOptions, env: CliIo['env'], cacheDir?: string): Promise<{ apiUrl?: string; token?: string; cacheDir?: string }> {
  const token = nonEmpty(env.GITHUB_TOKEN) ?? nonEmpty(env.GH_TOKEN) ?? (await ghAuthToken(gh.apiUrl, env));
  const timeout = Number(env.TRUSTLINT_GITHUB_TIMEOUT_MS);
  return {
    ...(gh.apiUrl !== undefined ? { apiUrl: gh.apiUrl } : {}),
    ...(token !== undefined ? { token: token.trim() } : {}),
    ...(Number.isInteger(timeout) && timeout > 0 ? { attemptTimeoutMs: timeout } : {}),
    ...(cacheDir !== undefined ? { cacheDir } : {}),
  };
}

/** `gh auth token [--hostname HOST]`, bounded (5 s, 4 KiB); undefined when gh is absent or fails. */
function ghAuthToken(apiUrl: string | undefined, env: CliIo['env']): Promise<string | undefined> {
  const host = apiUrl !== undefined ? new URL(apiUrl).host : undefined;
  const args = ['auth', 'token', ...(host !== undefined && host !== 'api.github.com' ? ['--hostname', host] : [])];
  return new Promise((resolve) => {
    try {
      execFile('gh', args, { env: { ...env }, timeout: 5_000, maxBuffer: 4096, windowsHide: true }, (err, stdout) => {
        resolve(err ? undefined : nonEmpty(stdout.trim()));
      });
    } catch {
      resolve(undefined);
    }
  });
}

/** Validated options of `aws scan`. */
export interface AwsScanOptions extends ReportOptions {
  aws: AwsOptions & { roleArn?: string };
  /** `--github` on the roles read from AWS. */
  github: GitHubOptions;
  /** `--organization`: every account of the Organization (org-scan.ts). */
  organization?: OrganizationOptions;
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
  const { gitRoot, loaded } = await loadRunConfig(options, io);
  const config = withRuleSettings(configForCore(loaded, io.cwd, gitRoot), options.ruleSettings);
  const online = await loadOnline();
  if (options.organization) {
    return runOrganizationScan({ ...options, organization: options.organization }, config, online, ctx);
  }
  const progress = progressLine(io);
  let result;
  try {
    result = await online.scanLiveAccount(awsSettings(options.aws, io.env), {
      config,
      accessAnalyzer: options.aws.accessAnalyzer,
      accessAnalyzerPublic: options.aws.accessAnalyzerPublic,
      ...(options.aws.timeoutMs !== undefined ? { timeoutMs: options.aws.timeoutMs } : {}),
      ...(progress ? { onProgress: progress.update } : {}),
    });
  } finally {
    progress?.done();
  }
  const gh = options.github.github
    ? await gitHubOnLiveRoles(online, result.documents, options.github, config, io.env, options.aws.timeoutMs)
    : undefined;
  return writeReport(
    {
      ...reportSettings(options),
      findings: gh ? [...result.findings, ...gh.findings].sort(online.compareOnlineFindings) : result.findings,
      suppressed: result.suppressed + (gh?.suppressed ?? 0),
      files: 0,
      nothingChecked: result.stats.attempted > 0 && result.stats.succeeded === 0,
      nothingCheckedOnGitHub: gh?.nothingChecked === true,
    },
    ctx,
  );
}
