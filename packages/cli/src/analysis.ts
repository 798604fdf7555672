import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  analyzeFiles,
  detectKind,
  type AnalyzeResult,
  type RuleSetting,
  type SourceOptions as CoreSourceOptions,
  type TrustlintConfig,
} from '@trustlint/core';
import { configForCore, ignoreMatcher, loadConfig } from './config.js';
import type { CliIo } from './context.js';
import { discover, loadGlob, type DiscoveryResult } from './discover.js';
import { CliError, errorMessage } from './errors.js';
import type { SourceOptions } from './options.js';
import { findGitRoot, relativePosix } from './paths.js';
import { withRuleSettings } from './report-options.js';

export interface LocalAnalysis {
  gitRoot: string | null;
  config: TrustlintConfig;
  discovery: DiscoveryResult;
  analysis: AnalyzeResult;
}

/** `check --stdin`: the text, and the name that decides its kind (relative to the working directory). */
export interface StdinInput {
  filename: string;
  text: string;
}

export interface LocalAnalysisOptions {
  configFile?: string;
  sources: SourceOptions;
  /** `--rule` / `--skip-rule`, over the configuration file. */
  ruleSettings?: Readonly<Record<string, RuleSetting>>;
  stdin?: StdinInput;
  /** Default true: a folder or glob that gives no file trustlint reads is a usage error. */
  errorOnUnmatchedPattern?: boolean;
}

/**
 * The offline part every run over local files shares (`check` with or without Access Analyzer,
 * `explain`, `simulate`): configuration, discovery, and the core's analysis of what was found.
 */
export async function analyzeLocalFiles(paths: readonly string[], options: LocalAnalysisOptions, io: CliIo): Promise<LocalAnalysis> {
  const gitRoot = findGitRoot(io.cwd);
  const loaded = await loadConfig({ cwd: io.cwd, gitRoot, ...(options.configFile !== undefined ? { configFile: options.configFile } : {}) });
  const config = withRuleSettings(configForCore(loaded, io.cwd, gitRoot), options.ruleSettings ?? {});
  const isExcluded = ignoreMatcher(loaded);
  const strict = options.errorOnUnmatchedPattern !== false;
  const named = options.stdin ? [options.stdin.filename] : paths;
  const globSync = await loadGlob(named, io.cwd);
  const discovery = discover(named, {
    ...(globSync ? { globSync } : {}),
    cwd: io.cwd,
    ...(isExcluded ? { isExcluded } : {}),
    ...(io.readFile ? { readFile: io.readFile } : {}),
    ...(options.stdin ? { stdin: { absolutePath: resolve(io.cwd, options.stdin.filename), text: options.stdin.text } } : {}),
    ...(strict ? {} : { allowMissing: true }),
  });
  if (strict) failOnUnmatched(discovery);
  const analysis = await analyzeFiles(
    discovery.files.map((f) => ({ file: f.path, text: f.text, explicit: f.explicit, ...(f.companion ? { companion: true } : {}) })),
    { config, findings: discovery.findings, sources: coreSourceOptions(options.sources, io) },
  );
  warnUndeclared(analysis, io);
  return { gitRoot, config, discovery, analysis };
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

/** CLI source flags → the core's shape (var files read here: the core does no I/O). */
function coreSourceOptions(sources: SourceOptions, io: CliIo): CoreSourceOptions {
  const varFiles = sources.varFiles.map((absolute) => {
    let text: string;
    try {
      text = io.readFile ? new TextDecoder().decode(io.readFile(absolute)) : readFileSync(absolute, 'utf8');
    } catch (err) {
      throw new CliError(`--var-file ${absolute}: ${errorMessage(err)}`);
    }
    return { file: relativePosix(io.cwd, absolute), text, explicit: true };
  });
  return {
    vars: Object.fromEntries(sources.vars),
    varFiles,
    parameters: Object.fromEntries(sources.parameters),
  };
}
