/**
 * `aws scan --organization` and `aws scan --github`: loaded (like online.ts) only when `aws scan`
 * runs. The organization scan itself is the core's; this file adds the state file of `--resume`,
 * the progress line, the summary of accounts and times, and the GitHub checks on the live roles.
 */
import { resolve } from 'node:path';
import type { AccountRecord, Finding, loadOnlineChecks, ModelDocument, OrganizationProgress, OrganizationScanResult, TrustlintConfig } from '@trustlint/core';
import { reportSettings } from './commands/check.js';
import type { CliIo, CommandContext } from './context.js';
import { CliError } from './errors.js';
import type { GitHubOptions } from './options.js';
import { awsSettings, githubSettings, type AwsScanOptions } from './online.js';
import { writeReport } from './report.js';

type OnlineChecks = Awaited<ReturnType<typeof loadOnlineChecks>>;

/** The organization part of `aws scan`'s options. */
export interface OrganizationOptions {
  memberRoleName: string;
  /** Accounts scanned at once. */
  concurrency: number;
  /** `--resume FILE`, absolute. */
  resume?: string;
}

export interface GitHubOnLiveResult {
  findings: Finding[];
  suppressed: number;
  nothingChecked: boolean;
}

/**
 * The GitHub checks of `check --github` on roles read from AWS: their documents are named by ARN
 * (file = ARN), which the findings must not show as a file (spec/cli.md: live findings have
 * `file: null`); a role's account is added when known.
 */
export async function gitHubOnLiveRoles(
  online: OnlineChecks,
  documents: readonly ModelDocument[],
  github: GitHubOptions,
  config: TrustlintConfig,
  env: CliIo['env'],
  timeoutMs: number | undefined,
  accounts: ReadonlyMap<string, { id: string; name: string }> = new Map(),
): Promise<GitHubOnLiveResult> {
  const result = await online.runGitHubChecks(documents, {
    config,
    ...(await githubSettings(github, env, online.defaultCacheDir(env))),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  });
  const synthetic = new Set(documents.map((d) => d.file));
  const findings = result.findings.map((f) => {
    const out = online.delocalize(f, synthetic);
    const id = /^arn:aws[a-z-]*:iam::(\d{12}):/.exec(out.resource ?? '')?.[1];
    const account = id !== undefined ? accounts.get(id) : undefined;
    return account ? { ...out, properties: { ...out.properties, accountId: account.id, accountName: account.name } } : out;
  });
  return { findings, suppressed: result.suppressed, nothingChecked: result.stats.attempted > 0 && result.stats.succeeded === 0 };
}

/** One self-overwriting progress line on stderr (accounts, roles, findings), only on a terminal. */
function progressLine(io: CliIo): { update: (p: OrganizationProgress) => void; done: () => void } | undefined {
  if ((io.stderr as { isTTY?: unknown }).isTTY !== true) return undefined;
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const now = Date.now();
      const finished = p.accountsTotal !== undefined && p.accountsDone === p.accountsTotal;
      if (now - last < 100 && !finished) return;
      last = now;
      shown = true;
      const accounts = p.accountsTotal !== undefined ? `${p.accountsDone}/${p.accountsTotal}` : 'listing';
      io.stderr.write(`\r\x1b[Ktrustlint: accounts ${accounts}, roles ${p.rolesScanned}, findings ${p.findings}`);
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

const count = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The summary: per account in JSON, totals and the slowest accounts in the stylish report. */
export function organizationSummary(result: OrganizationScanResult, done: ReadonlySet<string>): { text: string[]; json: Record<string, unknown> } {
  const by = (status: AccountRecord['status']): number => result.accounts.filter((a) => a.status === status).length;
  const roles = result.accounts.reduce((n, a) => n + a.counts.roles, 0);
  const parts = [`${by('scanned').toLocaleString('en-US')} scanned${result.resumed > 0 ? ` (${result.resumed.toLocaleString('en-US')} from --resume)` : ''}`];
  if (by('not-assumed') > 0) parts.push(`${by('not-assumed').toLocaleString('en-US')} not assumed`);
  if (by('incomplete') > 0) parts.push(`${by('incomplete').toLocaleString('en-US')} cut short`);
  if (by('not-started') > 0) parts.push(`${by('not-started').toLocaleString('en-US')} not started`);
  const skipped = result.skipped.length > 0 ? `; ${result.skipped.length.toLocaleString('en-US')} not ACTIVE, skipped` : '';
  const text = [`organization: ${count(result.accounts.length, 'account')}: ${parts.join(', ')}${skipped}; ${count(roles, 'role')} in ${seconds(result.totalMs)}`];
  const timed = result.accounts.filter((a) => !done.has(a.id) && a.status !== 'not-started');
  if (timed.length > 0) {
    const slowest = [...timed].sort((a, b) => b.durationMs - a.durationMs || (a.id < b.id ? -1 : 1)).slice(0, 5);
    const mean = timed.reduce((n, a) => n + a.durationMs, 0) / timed.length;
    text.push(`per account: ${seconds(mean)} on average; slowest: ${slowest.map((a) => `${a.id}${a.name ? ` (${a.name})` : ''} ${seconds(a.durationMs)}`).join(', ')}`);
  }
  return {
    text,
    json: {
      accounts: result.accounts.map((a) => ({
        id: a.id,
        name: a.name,
        status: a.status,
        resumed: done.has(a.id),
        durationMs: a.durationMs,
        roles: a.counts.roles,
        rolesTrustingOidc: a.counts.rolesTrustingOidc,
        findings: a.findings.length,
      })),
      skipped: result.skipped,
      listed: result.listed,
      totalMs: result.totalMs,
      roles,
    },
  };
}

/** Writes the state file on Ctrl-C before the process ends (the scan's own writes are at most 2 s apart). */
function flushOnInterrupt(flush: () => void): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    try {
      flush();
    } finally {
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
}

/** A state file that cannot be written is said on stderr; the report is still written. */
function flushState(writer: InstanceType<OnlineChecks['ResumeWriter']> | undefined, online: OnlineChecks, io: CliIo): void {
  try {
    writer?.flush(true);
  } catch (err) {
    if (!(err instanceof online.ResumeFileError)) throw err;
    io.stderr.write(`trustlint: ${err.message}\n`);
  }
}

/** `aws scan --organization`. */
export async function runOrganizationScan(
  options: AwsScanOptions & { organization: OrganizationOptions },
  config: TrustlintConfig,
  online: OnlineChecks,
  ctx: CommandContext,
): Promise<number> {
  const { io } = ctx;
  const org = options.organization;
  let done = new Map<string, AccountRecord>();
  let writer: InstanceType<OnlineChecks['ResumeWriter']> | undefined;
  if (org.resume !== undefined) {
    try {
      done = online.readResumeState(org.resume, org.memberRoleName);
      writer = new online.ResumeWriter(org.resume, org.memberRoleName, done);
    } catch (err) {
      if (err instanceof online.ResumeFileError) throw new CliError(err.message);
      throw err;
    }
  }
  const progress = progressLine(io);
  const stopListening = writer
    ? flushOnInterrupt(() => {
        writer.flush();
      })
    : (): void => undefined;
  let result: OrganizationScanResult;
  try {
    result = await online.scanOrganization(awsSettings(options.aws, io.env), {
      config,
      memberRoleName: org.memberRoleName,
      accountConcurrency: org.concurrency,
      accessAnalyzer: options.aws.accessAnalyzer,
      accessAnalyzerPublic: options.aws.accessAnalyzerPublic,
      done,
      ...(options.aws.timeoutMs !== undefined ? { timeoutMs: options.aws.timeoutMs } : {}),
      ...(writer
        ? {
            onAccount: (r: AccountRecord) => {
              writer.add(r);
            },
          }
        : {}),
      ...(progress ? { onProgress: progress.update } : {}),
    });
  } finally {
    stopListening();
    progress?.done();
    // Whatever ended the scan, the accounts finished so far are kept.
    flushState(writer, online, io);
  }

  let gh: GitHubOnLiveResult | undefined;
  if (options.github.github) {
    const documents = result.accounts.flatMap((a) => a.roles).map((r) => online.recordedRoleDocument(r)).filter((d) => d !== undefined);
    const accounts = new Map(result.accounts.map((a) => [a.id, { id: a.id, name: a.name }]));
    gh = await gitHubOnLiveRoles(online, documents, options.github, config, io.env, options.aws.timeoutMs, accounts);
  }
  const unfinished = result.accounts.filter((a) => a.status !== 'scanned').length;
  if (org.resume !== undefined && unfinished > 0) {
    io.stderr.write(`trustlint: ${count(unfinished, 'account')} not scanned to the end; run the same command again to scan only those (--resume ${org.resume})\n`);
  }
  const findings = gh ? [...result.findings, ...gh.findings].sort(online.compareOnlineFindings) : result.findings;
  return writeReport(
    {
      ...reportSettings(options),
      findings,
      suppressed: result.suppressed + (gh?.suppressed ?? 0),
      files: 0,
      nothingChecked: result.stats.attempted > 0 && result.stats.succeeded === 0 && result.resumed === 0,
      nothingCheckedOnGitHub: gh?.nothingChecked === true,
      scanSummary: organizationSummary(result, new Set(done.keys())),
    },
    ctx,
  );
}

/** `--resume FILE` relative to the working directory. */
export function resumePath(file: string, cwd: string): string {
  if (file.trim() === '') throw new CliError('--resume expects a file name');
  return resolve(cwd, file);
}
