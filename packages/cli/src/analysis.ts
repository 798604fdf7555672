import { analyzeFiles, MAX_FILE_BYTES, type AnalyzeResult, type SourceOptions as CoreSourceOptions, type TrustlintConfig } from '@trustlint/core';
import { configForCore, ignoreMatcher, loadConfig, type LoadedConfig } from './config.js';
import type { CliIo } from './context.js';
import { compareStrings, discover, type DiscoveryResult, type GitignoreSource } from './discover.js';
import { CliError } from './errors.js';
import { baseGitignores, openBaseCommit, type BaseCommit } from './git-base.js';
import type { SourceOptions } from './options.js';
import { findGitRoot, relativePosix } from './paths.js';
import { readNamedFile } from './read-file.js';

export interface LocalAnalysis {
  gitRoot: string | null;
  config: TrustlintConfig;
  discovery: DiscoveryResult;
  analysis: AnalyzeResult;
  /** Files of no recognised kind (named, found, or read and not recognised): counted, no finding. */
  unrecognised: string[];
}

/** Where the configuration comes from: `--config FILE`, `--config-from-base REF`, or the lookup. */
export interface ConfigChoice {
  configFile?: string;
  configFromBase?: string;
}

/**
 * The offline part every `check` run shares (with or without Access Analyzer): configuration,
 * discovery, and the core's analysis of what was found.
 */
export async function analyzeLocalFiles(
  paths: readonly string[],
  options: ConfigChoice & { sources: SourceOptions },
  io: CliIo,
): Promise<LocalAnalysis> {
  const { gitRoot, loaded, base } = await loadRunConfig(options, io);
  const config = configForCore(loaded, io.cwd, gitRoot);
  const isExcluded = await ignoreMatcher(loaded);
  const discovery = await discover(paths, {
    cwd: io.cwd,
    ...(isExcluded ? { isExcluded } : {}),
    ...(io.readFile ? { readFile: io.readFile } : {}),
    ...(base ? { gitignore: gitignoreFromBase(base, io) } : {}),
  });
  const analysis = await analyzeFiles(
    discovery.files.map((f) => ({ file: f.path, text: f.text, explicit: f.explicit, ...(f.companion ? { companion: true } : {}) })),
    { config, findings: discovery.findings, sources: coreSourceOptions(options.sources, io) },
  );
  const unrecognised = [...new Set([...discovery.unrecognised, ...analysis.unrecognised])].sort(compareStrings);
  return { gitRoot, config, discovery, analysis, unrecognised };
}

/**
 * The run's configuration: with `--config-from-base REF` the configuration file and the .gitignore
 * files come from that commit (a pull request cannot switch its own gate off), else from the working
 * tree.
 */
export async function loadRunConfig(options: ConfigChoice, io: CliIo): Promise<{ gitRoot: string | null; loaded: LoadedConfig; base?: BaseCommit }> {
  const gitRoot = findGitRoot(io.cwd);
  const base = options.configFromBase !== undefined ? openBaseCommit(options.configFromBase, gitRoot, io.env) : undefined;
  const loaded = await loadConfig({
    cwd: io.cwd,
    gitRoot,
    env: io.env,
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
    ...(base ? { base } : {}),
    ...(io.readFile ? { readFile: io.readFile } : {}),
  });
  return { gitRoot, loaded, ...(base ? { base } : {}) };
}

/** The base commit's .gitignore files, listed on first need (only a walk asks). */
function gitignoreFromBase(base: BaseCommit, io: CliIo): GitignoreSource {
  let texts: Map<string, string> | undefined;
  return {
    root: base.gitRoot,
    textOf(absoluteDir) {
      texts ??= baseGitignores(base, io.env);
      return texts.get(absoluteDir);
    },
  };
}

/** CLI source flags → the core's shape (var files read here, like every input: the core does no I/O). */
function coreSourceOptions(sources: SourceOptions, io: CliIo): CoreSourceOptions {
  const varFiles = sources.varFiles.map((absolute) => {
    const shown = relativePosix(io.cwd, absolute);
    const result = readNamedFile(absolute, { maxBytes: MAX_FILE_BYTES, ...(io.readFile ? { readBytes: io.readFile } : {}) });
    if (!result.ok) throw new CliError(result.problem === 'missing' ? `--var-file: no such file: ${shown}` : `--var-file ${shown}: ${result.message}`);
    return { file: shown, text: result.text, explicit: true };
  });
  return {
    vars: Object.fromEntries(sources.vars),
    varFiles,
    parameters: Object.fromEntries(sources.parameters),
  };
}
