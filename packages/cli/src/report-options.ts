import { CATALOG, closestName, isRuleId, type RuleSetting, type TrustlintConfig } from '@trustlint/core';
import { Option, type Command } from 'commander';
import type { CliIo } from './context.js';
import { CliError } from './errors.js';
import { CONFIG_FROM_BASE_HELP, collect, parseAssignment, parseMaxWarnings } from './options.js';
import { FORMATS, type Format } from './reporters/index.js';

/** The flags of every command that writes a findings report (`check`, `aws scan`), as commander hands them over. */
export interface ReportFlags {
  format: Format;
  output?: string;
  outputFile?: string;
  /** `--color` true, `--no-color` false, neither undefined. */
  color?: boolean;
  config?: string;
  configFromBase?: string;
  maxWarnings?: string;
  quiet?: boolean;
  rule?: string[];
  skipRule?: string[];
}

/** Validated report options. */
export interface ReportOptions {
  format: Format;
  output?: string;
  color?: boolean;
  configFile?: string;
  /** `--config-from-base REF`: configuration and .gitignore files from that commit. */
  configFromBase?: string;
  maxWarnings?: number;
  quiet: boolean;
  /** `--rule id=severity` and `--skip-rule id`, applied over the configuration file's `rules`. */
  ruleSettings: Record<string, RuleSetting>;
}

/** The report flags, named as ESLint names them where it has the same one (`-f`, `-o`, `--color`, `--rule`). */
export function addReportOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('-o, --output <file>', 'write the report to FILE')
    .option('--output-file <file>', 'the same as --output (ESLint\'s name)')
    .option('--color', 'colour the stylish output even when it is not a terminal')
    .option('--no-color', 'never colour the output (also NO_COLOR=1)')
    .option('--config <file>', 'configuration file (else trustlint.config.json or .trustlintrc.json is looked up)')
    .option('--config-from-base <ref>', CONFIG_FROM_BASE_HELP)
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings')
    .option('--quiet', 'report errors only')
    .option('--rule <id=severity>', 'set a rule to error, warning, info or off, over the configuration (repeatable)', collect)
    .option('--skip-rule <id>', 'turn a rule off, over the configuration (repeatable)', collect);
}

const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'off'];

export function parseReportOptions(flags: ReportFlags): ReportOptions {
  const options: ReportOptions = { format: flags.format, quiet: flags.quiet === true, ruleSettings: parseRuleSettings(flags) };
  if (flags.output !== undefined && flags.outputFile !== undefined && flags.output !== flags.outputFile) {
    throw new CliError('--output and --output-file name the same option: give one');
  }
  const output = flags.output ?? flags.outputFile;
  if (output !== undefined) options.output = output;
  if (flags.color !== undefined) options.color = flags.color;
  if (flags.config !== undefined) options.configFile = flags.config;
  if (flags.configFromBase !== undefined) options.configFromBase = flags.configFromBase;
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  if (maxWarnings !== undefined) options.maxWarnings = maxWarnings;
  return options;
}

function parseRuleSettings(flags: Pick<ReportFlags, 'rule' | 'skipRule'>): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const raw of flags.rule ?? []) {
    const [id, value] = parseAssignment('--rule', raw);
    knownRule('--rule', id);
    const setting = value.trim() as RuleSetting;
    if (!SETTINGS.includes(setting)) throw new CliError(`--rule ${id}: expected one of ${SETTINGS.join(', ')}, got '${value}'`);
    settings[id] = setting;
  }
  for (const id of flags.skipRule ?? []) {
    knownRule('--skip-rule', id.trim());
    settings[id.trim()] = 'off';
  }
  return settings;
}

function knownRule(flag: string, id: string): void {
  if (isRuleId(id)) return;
  const guess = closestName(id, CATALOG.map((r) => r.id));
  throw new CliError(`${flag}: unknown rule id '${id}'${guess ? ` (did you mean '${guess}'?)` : ''}; \`trustlint rules\` lists them`);
}

/** The configuration with the command line's rule settings on top (the command line wins, as in ESLint). */
export function withRuleSettings(config: TrustlintConfig, settings: Readonly<Record<string, RuleSetting>>): TrustlintConfig {
  if (Object.keys(settings).length === 0) return config;
  return { ...config, rules: { ...config.rules, ...settings } };
}

/**
 * Whether to colour the stylish output, by the conventions of Node and the no-color.org standard:
 * `--color`/`--no-color` first, then FORCE_COLOR (0 or false turns colours off, anything else on),
 * then NO_COLOR (any non-empty value), then a terminal that is not `TERM=dumb`. A report written to
 * a file is coloured only on `--color`.
 */
export function useColor(flag: boolean | undefined, io: Pick<CliIo, 'env' | 'isTTY'>, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY && io.env.TERM !== 'dumb';
}
