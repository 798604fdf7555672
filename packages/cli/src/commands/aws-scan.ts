import { Option, type Command } from 'commander';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { CONFIG_FROM_BASE_HELP, configChoice, parseAwsOptions, parseMaxWarnings } from '../options.js';
import { FORMATS, type Format } from '../reporters/index.js';
import type { AwsScanOptions } from '../online.js';

/** Flags as commander hands them over. */
export interface AwsScanFlags {
  format: Format;
  output?: string;
  config?: string;
  configFromBase?: string;
  maxWarnings?: string;
  quiet?: boolean;
  accessAnalyzer?: boolean;
  accessAnalyzerPublic?: boolean;
  profile?: string;
  region?: string;
  endpointUrl?: string;
  roleArn?: string;
  timeout?: string;
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

export function parseAwsScanOptions(flags: AwsScanFlags): AwsScanOptions {
  const aws: AwsScanOptions['aws'] = parseAwsOptions(flags);
  if (flags.roleArn !== undefined) {
    if (!ROLE_ARN.test(flags.roleArn)) {
      throw new CliError(`--role-arn expects a role ARN such as arn:aws:iam::123456789012:role/audit, got '${flags.roleArn}'`);
    }
    aws.roleArn = flags.roleArn;
  }
  const options: AwsScanOptions = { format: flags.format, quiet: flags.quiet === true, aws };
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  if (maxWarnings !== undefined) options.maxWarnings = maxWarnings;
  if (flags.output !== undefined) options.output = flags.output;
  return { ...options, ...configChoice(flags) };
}

/** `trustlint aws scan`: a read-only scan of a live account. */
export function register(program: Command, ctx: CommandContext): void {
  const aws = program.command('aws').description('checks against a live AWS account');
  aws
    .command('scan')
    .description('read-only scan of an AWS account: roles trusting OIDC providers, OIDC providers, IAM users with access keys')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('--output <file>', 'write the report to FILE')
    .option('--config <file>', 'configuration file (else trustlint.config.json or .trustlintrc.json is looked up)')
    .option('--config-from-base <ref>', CONFIG_FROM_BASE_HELP)
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings')
    .option('--quiet', 'report errors only')
    .option('--profile <name>', 'AWS profile (standard credential chain otherwise)')
    .option('--region <region>', 'AWS region (IAM is global; Access Analyzer runs in this region)')
    .option('--endpoint-url <url>', 'any AWS-compatible endpoint')
    .option('--role-arn <arn>', 'assume this role first (scan another account)')
    .option('--timeout <seconds>', 'time limit of the scan; calls unfinished by then are reported (default 300)')
    .option('--access-analyzer', 'also run IAM Access Analyzer ValidatePolicy on the trust policies')
    .option('--access-analyzer-public', 'also run Access Analyzer CheckNoPublicAccess (a charged call)')
    .action(async (flags: AwsScanFlags) => {
      const options = parseAwsScanOptions(flags);
      // The online module (and through it the AWS SDK) is loaded only now.
      const { runAwsScan } = await import('../online.js');
      ctx.setExitCode(await runAwsScan(options, ctx));
    });
}
