import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { configSchema, findJsonSyntaxError, lineStarts, positionAt, redactSecrets, type TrustlintConfig } from '@trustlint/core';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { CliError, errorMessage } from './errors.js';
import { presentInBase, readBaseFile, type BaseCommit } from './git-base.js';
import { originRepository } from './git-remote.js';
import { ignoreLayer, ignoreVerdict, loadIgnore } from './ignore-rules.js';
import { isInside, realPathOf, relativePosix } from './paths.js';
import { readBoundedText, readNamedFile } from './read-file.js';

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
  /** `--config-from-base REF`: the file is looked up and read in that commit, not in the working tree. */
  base?: BaseCommit;
  env?: Readonly<Record<string, string | undefined>>;
  /** Replaces the final read of the file's bytes (tests). */
  readFile?: (absolutePath: string) => Uint8Array;
}

/** Larger than any real configuration; a link to /dev/zero or a huge file is refused before reading. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Finds, parses and validates the configuration (spec/cli.md "Configuration"); CliError (exit 2) on any problem. */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const found = options.base ? configFromBase(options, options.base) : configFromWorkingTree(options);
  if (found === null) return { config: {}, file: null, dir: options.cwd };
  let { text } = found;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const data = parseJson(text, found.shown);
  const validate = await configValidator();
  if (!validate(data)) {
    const lines = (validate.errors ?? []).map((e) => `${found.shown}: ${describeSchemaError(e)}`);
    throw new CliError(lines.join('\n'));
  }
  return { config: data as TrustlintConfig, file: found.file, dir: dirname(found.file) };
}

interface FoundConfig {
  /** Absolute path in the working tree (its folder anchors the `ignore` globs). */
  file: string;
  /** How messages name it. */
  shown: string;
  text: string;
}

function configFromWorkingTree(options: LoadConfigOptions): FoundConfig | null {
  const named = options.configFile !== undefined;
  const file = named ? resolve(options.cwd, options.configFile ?? '') : findConfigFile(options);
  if (file === null) return null;
  const shown = relativePosix(options.cwd, file);
  const readOptions = { maxBytes: MAX_CONFIG_BYTES, ...(options.readFile ? { readBytes: options.readFile } : {}) };
  // A found file must resolve into the repository (or its own folder outside one): a committed link
  // to ~/.aws/credentials or /dev/zero is refused, never read.
  const result = named ? readNamedFile(file, readOptions) : readBoundedText(file, { ...readOptions, root: realPathOf(options.gitRoot ?? dirname(file)) });
  if (!result.ok) throw new CliError(result.problem === 'missing' ? `no such file: ${shown}` : `${shown}: ${result.message}`);
  return { file, shown, text: result.text };
}

function configFromBase(options: LoadConfigOptions, base: BaseCommit): FoundConfig | null {
  const env = options.env ?? {};
  const shownIn = (file: string): string => `${base.ref}:${relativePosix(base.gitRoot, file)}`;
  if (options.configFile !== undefined) {
    const file = resolve(options.cwd, options.configFile);
    const text = readBaseFile(base, file, MAX_CONFIG_BYTES, env);
    if (text === undefined) throw new CliError(`no such file in ${base.ref}: ${relativePosix(base.gitRoot, file)}`);
    return { file, shown: shownIn(file), text };
  }
  const folders: string[] = [];
  for (let dir = options.cwd; isInside(base.gitRoot, dir); dir = dirname(dir)) {
    folders.push(dir);
    if (dir === base.gitRoot) break;
  }
  const candidates = folders.flatMap((dir) => CONFIG_FILE_NAMES.map((name) => join(dir, name)));
  const present = presentInBase(base, candidates, env);
  for (const dir of folders) {
    const found = CONFIG_FILE_NAMES.map((name) => join(dir, name)).filter((p) => present.has(p));
    if (found.length > 1) throw new CliError(`two configuration files in ${base.ref}:${relativePosix(base.gitRoot, dir)}: ${CONFIG_FILE_NAMES.join(' and ')}; keep one`);
    const file = found[0];
    if (file === undefined) continue;
    // Present: a link or a folder of that name is an error, not "no configuration".
    return { file, shown: shownIn(file), text: readBaseFile(base, file, MAX_CONFIG_BYTES, env) ?? '' };
  }
  // A base without a configuration means the defaults, whatever the pull request adds.
  return null;
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
export async function ignoreMatcher(loaded: LoadedConfig): Promise<((absolutePath: string, isDir: boolean) => boolean) | undefined> {
  const globs = loaded.config.ignore ?? [];
  if (globs.length === 0) return undefined;
  const layers = [ignoreLayer(await loadIgnore(), globs, loaded.dir)];
  return (absolutePath, isDir) => ignoreVerdict(layers, absolutePath, isDir) === true;
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
    const { line, column } = positionAt(lineStarts(text), problem.offset);
    throw new CliError(`${shown}:${line}:${column + 1}: invalid JSON: ${problem.message}`);
  }
}

let validator: ValidateFunction | undefined;

/** The schema validator, loaded only when a configuration file exists (ajv costs ~35 ms at start-up). */
async function configValidator(): Promise<ValidateFunction> {
  if (validator) return validator;
  // ajv is CommonJS: use its module object (`default`). Node also offers named exports, but in the
  // esbuild bundle a CommonJS module split into its own chunk exports nothing else.
  const { Ajv } = (await import('ajv')).default;
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
