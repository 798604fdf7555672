import { resolve } from 'node:path';
import {
  analyzeFiles,
  detectKind,
  MAX_FILE_BYTES,
  type AnalyzeProgress,
  type AnalyzeResult,
  type RuleSetting,
  type SourceOptions as CoreSourceOptions,
  type TrustlintConfig,
} from '@trustlint/core';
import { configForCore, ignoreMatcher, loadConfig, type LoadedConfig } from './config.js';
import type { CliIo } from './context.js';
import { compareStrings, discover, loadGlob, type DiscoveryResult, type GitignoreSource } from './discover.js';
import { CliError } from './errors.js';
import { baseGitignores, openBaseCommit, type BaseCommit } from './git-base.js';
import type { SourceOptions } from './options.js';
import { findGitRoot, relativePosix } from './paths.js';
import type { RunProgress } from './progress.js';
import { startWorkers } from './jobs.js';
import { readNamedFile } from './read-file.js';
import { readCache, runKey, writeCache, type CacheSettings } from './run-cache.js';
import { withRuleSettings } from './report-options.js';

export interface LocalAnalysis {
  gitRoot: string | null;
  config: TrustlintConfig;
  discovery: DiscoveryResult;
  analysis: AnalyzeResult;
  /** Files of no recognised kind (named, found, or read and not recognised): counted, no finding. */
  unrecognised: string[];
  /**
   * True when `analysis` came from the `--cache` file: then it has no model documents and no budgets
   * (only `check`, which reports findings alone, asks for the cache).
   */
  fromCache?: boolean;
}

/** Where the configuration comes from: `--config FILE`, `--config-from-base REF`, or the lookup. */
export interface ConfigChoice {
  configFile?: string;
  configFromBase?: string;
}

/** `check --stdin`: the text, and the name that decides its kind (relative to the working directory). */
export interface StdinInput {
  filename: string;
  text: string;
}

export interface LocalAnalysisOptions extends ConfigChoice {
  sources: SourceOptions;
  /** `--rule` / `--skip-rule`, over the configuration file. */
  ruleSettings?: Readonly<Record<string, RuleSetting>>;
  stdin?: StdinInput;
  /** Default true: a folder or glob that gives no file trustlint reads is a usage error. */
  errorOnUnmatchedPattern?: boolean;
  /** `check`'s progress line (progress.ts), told what discovery found and how far the analysis is. */
  progressLine?: RunProgress;
  /** `check --cache`: reuse the result of a run on the same inputs (run-cache.ts). */
  cache?: CacheSettings;
  /** `check --jobs N`: threads for the trust-policy rules (jobs.ts); default 1 (other commands). */
  jobs?: number;
}

/** Below this many files a run stays on one thread whatever --jobs says (jobs.ts: workers cost a start-up). */
export const MIN_FILES_FOR_WORKERS = 1000;

/**
 * The offline part every run over local files shares (`check` with or without Access Analyzer,
 * `explain`, `simulate`): configuration, discovery, and the core's analysis of what was found.
 */
export async function analyzeLocalFiles(paths: readonly string[], options: LocalAnalysisOptions, io: CliIo): Promise<LocalAnalysis> {
  const { gitRoot, loaded, base } = await loadRunConfig(options, io);
  const config = withRuleSettings(configForCore(loaded, io.cwd, gitRoot), options.ruleSettings ?? {});
  const isExcluded = await ignoreMatcher(loaded);
  const strict = options.errorOnUnmatchedPattern !== false;
  const named = options.stdin ? [options.stdin.filename] : paths;
  const globSync = await loadGlob(named, io.cwd);
  const discovery = await discover(named, {
    ...(globSync ? { globSync } : {}),
    cwd: io.cwd,
    ...(isExcluded ? { isExcluded } : {}),
    ...(io.readFile ? { readFile: io.readFile } : {}),
    ...(base ? { gitignore: gitignoreFromBase(base, io) } : {}),
    ...(options.stdin ? { stdin: { absolutePath: resolve(io.cwd, options.stdin.filename), text: options.stdin.text } } : {}),
    ...(strict ? {} : { allowMissing: true }),
  });
  if (strict) failOnUnmatched(discovery);
  const progress = options.progressLine;
  progress?.discovered(discovery.files.length);
  const sources = coreSourceOptions(options.sources, io);
  const cacheKey = options.cache ? runKey({ version: options.cache.version, config, discovery, sources }) : undefined;
  const cached = options.cache && cacheKey ? readCache(options.cache, cacheKey.key) : undefined;
  // Workers only for a tree large enough to pay for them; they load while the sources are read.
  const pool = !cached && (options.jobs ?? 1) > 1 && discovery.files.length >= MIN_FILES_FOR_WORKERS ? startWorkers(options.jobs ?? 1) : undefined;
  let analysis: AnalyzeResult;
  try {
    analysis = cached
      ? { ...cached, documents: [], budgets: [] }
      : await analyzeFiles(
          discovery.files.map((f) => ({ file: f.path, text: f.text, explicit: f.explicit, ...(f.companion ? { companion: true } : {}) })),
          {
            config,
            findings: discovery.findings,
            sources,
            ...(progress
              ? {
                  onProgress: (p: AnalyzeProgress) => {
                    progress.analysing(p);
                  },
                }
              : {}),
            ...(pool ? { policyRunner: pool.runner } : {}),
          },
        );
  } finally {
    await pool?.close();
  }
  if (options.cache && cacheKey && !cached) writeCache(options.cache, cacheKey.key, cacheKey.files, analysis);
  warnUndeclared(analysis, io);
  const unrecognised = [...new Set([...discovery.unrecognised, ...analysis.unrecognised])].sort(compareStrings);
  return { gitRoot, config, discovery, analysis, unrecognised, ...(cached ? { fromCache: true } : {}) };
}

/**
 * ESLint's convention: a folder or glob on the command line that gives no file trustlint reads is
 * most likely a mistake (a typo, a pattern the shell did not expand as meant), so it is said and the
 * run exits 2; `--no-error-on-unmatched-pattern` lets it pass. A named file is always analysed, and a
 * file that could not be read counts as matched (its input-error finding says what happened).
 */
function failOnUnmatched(discovery: DiscoveryResult): void {
  const texts = new Map(discovery.files.map((f) => [f.path, f.text]));
  const unmatched = discovery.named.filter(
    (n) =>
      (n.kind === 'folder' || n.kind === 'glob') &&
      n.unread.length === 0 &&
      !n.files.some((f) => detectKind(f, texts.get(f) ?? '') !== undefined),
  );
  if (unmatched.length === 0) return;
  throw new CliError(
    unmatched
      .map(
        (n) =>
          `no file trustlint reads matches the ${n.kind === 'glob' ? 'pattern' : 'folder'} '${n.path}' (trust policies, Terraform, plans, CloudFormation, workflows); check the path, or pass --no-error-on-unmatched-pattern`,
      )
      .join('\n'),
  );
}

/**
 * A `--var` or `--parameter` that no module or template in the scan declares is said on stderr, not
 * as a finding: it has no place in a file. Terraform rejects an undeclared `-var` of its one root
 * module; trustlint evaluates every module of the scan with the same values, so a name unknown to
 * one module is normal and only a name no module declares (a typo: the default was used) is worth a
 * warning, as Terraform warns for undeclared values in variable files.
 */
function warnUndeclared(analysis: AnalyzeResult, io: CliIo): void {
  for (const name of analysis.undeclared.vars) {
    io.stderr.write(`trustlint: warning: --var ${name}: no Terraform module in the scan declares variable "${name}"; the value was not used\n`);
  }
  for (const name of analysis.undeclared.parameters) {
    io.stderr.write(`trustlint: warning: --parameter ${name}: no CloudFormation template in the scan declares parameter "${name}"; the value was not used\n`);
  }
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
