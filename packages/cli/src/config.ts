import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { configSchema, redactSecrets, type TrustlintConfig } from '@trustlint/core';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { CliError, errorMessage } from './errors.js';
import { originRepository } from './git-remote.js';
import { compileIgnorePattern, matchIgnore, type IgnoreRule } from './gitignore.js';
import { relativePosix } from './paths.js';
import { findJsonSyntaxError, lineColumnAt } from './json-syntax.js';

export const CONFIG_FILE_NAMES = ['trustlint.config.json', '.trustlintrc.json'] as const;

export interface LoadedConfig {
  config: TrustlintConfig;
  /** Absolute path of the file, or null when none was found (defaults apply). */
  file: string | null;
  /** Folder the `ignore` globs and `ignoreFindings[].file` are relative to. */
  dir: string;
}

export interface LoadConfigOptions {
  cwd: string;
  /** Where the upward lookup stops (inclusive); the filesystem root when null. */
  gitRoot: string | null;
  /** `--config FILE`: no lookup. */
  configFile?: string;
}

/** Finds, parses and validates the configuration (spec/cli.md "Configuration"); CliError (exit 2) on any problem. */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const file = options.configFile !== undefined ? resolve(options.cwd, options.configFile) : findConfigFile(options);
  if (file === null) return { config: {}, file: null, dir: options.cwd };
  const shown = relativePosix(options.cwd, file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `no such file: ${shown}` : `${shown}: cannot read: ${errorMessage(err)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const data = parseJson(text, shown);
  const validate = await configValidator();
  if (!validate(data)) {
    const lines = (validate.errors ?? []).map((e) => `${shown}: ${describeSchemaError(e)}`);
    throw new CliError(lines.join('\n'));
  }
  return { config: data as TrustlintConfig, file, dir: dirname(file) };
}

/** The first folder from cwd up to the git root holding a config file; two in one folder is an error. */
export function findConfigFile(options: Pick<LoadConfigOptions, 'cwd' | 'gitRoot'>): string | null {
  let dir = options.cwd;
  for (;;) {
    const found = CONFIG_FILE_NAMES.map((name) => join(dir, name)).filter((p) => existsSync(p));
    if (found.length > 1) {
      throw new CliError(
        `two configuration files in ${relativePosix(options.cwd, dir)}: ${CONFIG_FILE_NAMES.join(' and ')}; keep one`,
      );
    }
    if (found[0] !== undefined) return found[0];
    const parent = dirname(dir);
    if (dir === options.gitRoot || parent === dir) return null;
    dir = parent;
  }
}

/**
 * The config's `ignore` globs as a discovery filter. They use .gitignore syntax relative to the config
 * file's folder (`legacy/**`, `*.bak` at any depth, `!keep.json`).
 */
export function ignoreMatcher(loaded: LoadedConfig): ((absolutePath: string, isDir: boolean) => boolean) | undefined {
  const rules = (loaded.config.ignore ?? [])
    .map((glob) => compileIgnorePattern(glob, loaded.dir))
    .filter((r): r is IgnoreRule => r !== undefined);
  if (rules.length === 0) return undefined;
  return (absolutePath, isDir) => matchIgnore(rules, absolutePath, isDir) === true;
}

/**
 * The configuration as the core should see it: `ignoreFindings[].file` is written relative to the
 * config file, while findings name files relative to the working directory.
 */
export function configForCore(loaded: LoadedConfig, cwd: string, gitRoot: string | null = null): TrustlintConfig {
  const { ignoreFindings } = loaded.config;
  // spec/cli.md: `repository` is used when the git remote origin is absent, so origin wins.
  const origin = originRepository(gitRoot);
  const base: TrustlintConfig = origin !== null ? { ...loaded.config, repository: origin } : loaded.config;
  if (!ignoreFindings || loaded.dir === cwd) return base;
  return {
    ...base,
    ignoreFindings: ignoreFindings.map((i) => ({ ...i, file: relativePosix(cwd, resolve(loaded.dir, i.file)) })),
  };
}

function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const problem = findJsonSyntaxError(text);
    if (!problem) throw new CliError(`${shown}: invalid JSON: ${errorMessage(err)}`);
    const { line, column } = lineColumnAt(text, problem.offset);
    throw new CliError(`${shown}:${line}:${column}: invalid JSON: ${problem.message}`);
  }
}

let validator: ValidateFunction | undefined;

/** The schema validator, loaded only when a configuration file exists (ajv costs ~35 ms at start-up). */
async function configValidator(): Promise<ValidateFunction> {
  if (validator) return validator;
  const { Ajv } = await import('ajv');
  validator = new Ajv({ allErrors: true, strict: false }).compile(configSchema());
  return validator;
}

/** `/rules/oidc-any-ownr: must NOT have additional properties`: the path names the offending key itself. */
function describeSchemaError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  // Keys come from the file: masked before `/` is escaped as `~1`, which would cut a key in two.
  let path = error.instancePath
    .split('/')
    .map((segment) => escapePointer(redactSecrets(segment.replace(/~1/g, '/').replace(/~0/g, '~'))))
    .join('/');
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    path += `/${escapePointer(redactSecrets(params.additionalProperty))}`;
  }
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    message += ` (${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`;
  }
  return `${path === '' ? '/' : path}: ${message}`;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
