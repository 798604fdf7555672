import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { parseAwsOptions, parseGitHubOptions } from '../options.js';
import type { AwsScanOptions } from '../online.js';
import { addReportOptions, parseReportOptions, type ReportFlags } from '../report-options.js';

/** Flags as commander hands them over. */
export interface AwsScanFlags extends ReportFlags {
  accessAnalyzer?: boolean;
  accessAnalyzerPublic?: boolean;
  profile?: string;
  region?: string;
  endpointUrl?: string;
  roleArn?: string;
  timeout?: string;
  github?: boolean;
  githubApi?: string;
  organization?: boolean;
  memberRoleName?: string;
  concurrency?: string;
  resume?: string;
}

/** The default member role (the core's DEFAULT_MEMBER_ROLE_NAME; not imported: the core's online entry loads later). */
const DEFAULT_MEMBER_ROLE = 'OrganizationAccountAccessRole';
/** Role names and paths as IAM allows them (IAM User Guide, "IAM identifiers"). */
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const MAX_CONCURRENCY = 64;

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

function parseOrganization(flags: AwsScanFlags, cwd: string): AwsScanOptions['organization'] {
  if (flags.organization !== true) {
    for (const [flag, value] of [['--member-role-name', flags.memberRoleName], ['--concurrency', flags.concurrency], ['--resume', flags.resume]] as const) {
      if (value !== undefined) throw new CliError(`${flag} needs --organization`);
    }
    return undefined;
  }
  const memberRoleName = flags.memberRoleName ?? DEFAULT_MEMBER_ROLE;
  if (!ROLE_NAME.test(memberRoleName) || memberRoleName.length > 512) {
    throw new CliError(`--member-role-name expects a role name such as trustlint-audit (optionally with its path, audit/trustlint), got '${memberRoleName}'`);
  }
  let concurrency = 4;
  if (flags.concurrency !== undefined) {
    const text = flags.concurrency.trim();
    concurrency = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!(concurrency >= 1 && concurrency <= MAX_CONCURRENCY)) throw new CliError(`--concurrency expects a whole number from 1 to ${MAX_CONCURRENCY}, got '${flags.concurrency}'`);
  }
  if (flags.resume !== undefined && flags.resume.trim() === '') throw new CliError('--resume expects a file name');
  return { memberRoleName, concurrency, ...(flags.resume !== undefined ? { resume: resolve(cwd, flags.resume) } : {}) };
}

export function parseAwsScanOptions(flags: AwsScanFlags, cwd: string = process.cwd()): AwsScanOptions {
  const aws: AwsScanOptions['aws'] = parseAwsOptions(flags);
  if (flags.roleArn !== undefined) {
    if (!ROLE_ARN.test(flags.roleArn)) {
      throw new CliError(`--role-arn expects a role ARN such as arn:aws:iam::123456789012:role/audit, got '${flags.roleArn}'`);
    }
    aws.roleArn = flags.roleArn;
  }
  const organization = parseOrganization(flags, cwd);
  return { ...parseReportOptions(flags), aws, github: parseGitHubOptions(flags), ...(organization ? { organization } : {}) };
}

/** `trustlint aws scan`: a read-only scan of a live account. */
export function register(program: Command, ctx: CommandContext): void {
  const aws = program.command('aws').description('checks against a live AWS account');
  const scan = aws
    .command('scan')
    .description('read-only scan of an AWS account (or, with --organization, every account of the Organization): roles trusting OIDC providers, OIDC providers, IAM users with access keys');
  addReportOptions(scan)
    .option('--profile <name>', 'AWS profile (standard credential chain otherwise)')
    .option('--region <region>', 'AWS region (IAM is global; Access Analyzer runs in this region)')
    .option('--endpoint-url <url>', 'any AWS-compatible endpoint')
    .option('--role-arn <arn>', 'assume this role first (scan another account)')
    .option('--timeout <seconds>', 'time limit of the scan; calls unfinished by then are reported (default 300, 3600 with --organization)')
    .option('--access-analyzer', 'also run IAM Access Analyzer ValidatePolicy on the trust policies')
    .option('--access-analyzer-public', 'also run Access Analyzer CheckNoPublicAccess (a charged call)')
    .option('--github', 'also check the names the roles trust against the GitHub API (token: GITHUB_TOKEN, GH_TOKEN or gh auth token)')
    .option('--github-api <url>', 'GitHub API URL for --github (GitHub Enterprise Server: https://HOST/api/v3)')
    .option('--organization', 'scan every ACTIVE account of the AWS Organization (organizations:ListAccounts), through --member-role-name')
    .option('--member-role-name <name>', `with --organization: the role assumed in each account (default ${DEFAULT_MEMBER_ROLE})`)
    .option('--concurrency <n>', 'with --organization: accounts scanned at once (default 4)')
    .option('--resume <file>', 'with --organization: record finished accounts in FILE and skip those already there')
    .action(async (flags: AwsScanFlags) => {
      const options = parseAwsScanOptions(flags, ctx.io.cwd);
      // The online module (and through it the AWS SDK) is loaded only now.
      const { runAwsScan } = await import('../online.js');
      ctx.setExitCode(await runAwsScan(options, ctx));
    });
}
