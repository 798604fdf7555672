export { main, createProgram } from './main.js';
export type { CliIo, CommandContext, OutputStream, RegisterCommand } from './context.js';
export { CliError } from './errors.js';
export { discover, type DiscoveredFile, type DiscoverOptions, type DiscoveryResult } from './discover.js';
export { loadConfig, findConfigFile, CONFIG_FILE_NAMES, type LoadedConfig, type LoadConfigOptions } from './config.js';
export { runCheck, parseCheckOptions, type CheckFlags, type CheckOptions } from './commands/check.js';
export type { SourceOptions, AwsOptions } from './options.js';
export { FORMATS, REPORTERS, formatGithub, formatJson, formatSarif, formatStylish, type Format } from './reporters/index.js';
export type { Reporter, ReportInput } from './reporters/types.js';
