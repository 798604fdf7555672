import { Option, type Command } from 'commander';
import { analyzeLocalFiles } from '../analysis.js';
import type { CommandContext } from '../context.js';
import {
  CONFIG_FROM_BASE_HELP,
  collect,
  configChoice,
  parseAwsOptions,
  parseMaxWarnings,
  parseSourceOptions,
  type AwsOptions,
  type SourceOptions,
} from '../options.js';
import { FORMATS, type Format } from '../reporters/index.js';
import { writeReport } from '../report.js';

/** Flags as commander hands them over (strings; validated in `parseCheckOptions`). */
export interface CheckFlags {
  format: Format;
  output?: string;
  config?: string;
  configFromBase?: string;
  maxWarnings?: string;
  quiet?: boolean;
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
}

/** Validated options of one `check` run. */
export interface CheckOptions {
  format: Format;
  output?: string;
  configFile?: string;
  /** `--config-from-base REF`: configuration and .gitignore files from that commit. */
  configFromBase?: string;
  maxWarnings?: number;
  quiet: boolean;
  verbose: boolean;
  /** For the Terraform and CloudFormation adapters (not consumed by this version's core). */
  sources: SourceOptions;
  aws: AwsOptions;
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('check')
    .description('discover and analyse trust policies, workflows and IaC files')
    .argument('[paths...]', 'files or folders to check', ['.'])
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('--output <file>', 'write the report to FILE')
    .option('--config <file>', 'configuration file (else trustlint.config.json or .trustlintrc.json is looked up)')
    .option('--config-from-base <ref>', CONFIG_FROM_BASE_HELP)
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings')
    .option('--quiet', 'report errors only')
    .option('--verbose', 'list the files of no recognised kind (on stderr for machine formats)')
    .option('--var <name=value>', 'Terraform variable value (repeatable)', collect)
    .option('--var-file <file>', 'Terraform variables file (repeatable)', collect)
    .option('--parameter <name=value>', 'CloudFormation parameter value (repeatable)', collect)
    .option('--access-analyzer', 'also run IAM Access Analyzer ValidatePolicy (needs AWS credentials)')
    .option('--access-analyzer-public', 'also run Access Analyzer CheckNoPublicAccess (a charged call)')
    .option('--profile <name>', 'AWS profile for the online checks')
    .option('--region <region>', 'AWS region for the online checks')
    .option('--endpoint-url <url>', 'AWS endpoint for the online checks')
    .option('--timeout <seconds>', 'time limit of the online checks; calls unfinished by then are reported (default 300)')
    .action((paths: string[], flags: CheckFlags) => {
      return runCheck(paths, parseCheckOptions(flags, ctx.io.cwd), ctx).then((code) => {
        ctx.setExitCode(code);
      });
    });
}

export function parseCheckOptions(flags: CheckFlags, cwd: string): CheckOptions {
  const options: CheckOptions = {
    format: flags.format,
    quiet: flags.quiet === true,
    verbose: flags.verbose === true,
    sources: parseSourceOptions(flags, cwd),
    aws: parseAwsOptions(flags),
    ...configChoice(flags),
  };
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  if (maxWarnings !== undefined) options.maxWarnings = maxWarnings;
  if (flags.output !== undefined) options.output = flags.output;
  return options;
}

/** One `check` run; returns the exit code (spec/cli.md "Exit codes"). */
export async function runCheck(paths: readonly string[], options: CheckOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  if (options.aws.accessAnalyzer || options.aws.accessAnalyzerPublic) {
    // Loaded only now: an offline run never loads the online module or the AWS SDK.
    const { runCheckWithAccessAnalyzer } = await import('../online.js');
    return runCheckWithAccessAnalyzer(paths, options, ctx);
  }
  const { discovery, analysis, unrecognised } = await analyzeLocalFiles(paths, options, io);
  return writeReport(
    {
      format: options.format,
      ...(options.output !== undefined ? { output: options.output } : {}),
      ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
      quiet: options.quiet,
      findings: analysis.findings,
      suppressed: analysis.suppressed,
      files: analysis.files,
      unrecognised,
      verbose: options.verbose,
      sources: new Map(discovery.files.map((f) => [f.path, f.text])),
    },
    ctx,
  );
}
