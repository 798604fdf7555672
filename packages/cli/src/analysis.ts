import { readFileSync } from 'node:fs';
import { analyzeFiles, type AnalyzeResult, type SourceOptions as CoreSourceOptions, type TrustlintConfig } from '@trustlint/core';
import { configForCore, ignoreMatcher, loadConfig } from './config.js';
import type { CliIo } from './context.js';
import { discover, type DiscoveryResult } from './discover.js';
import { CliError, errorMessage } from './errors.js';
import type { SourceOptions } from './options.js';
import { findGitRoot, relativePosix } from './paths.js';

export interface LocalAnalysis {
  gitRoot: string | null;
  config: TrustlintConfig;
  discovery: DiscoveryResult;
  analysis: AnalyzeResult;
}

/**
 * The offline part every `check` run shares (with or without Access Analyzer): configuration,
 * discovery, and the core's analysis of what was found.
 */
export async function analyzeLocalFiles(
  paths: readonly string[],
  options: { configFile?: string; sources: SourceOptions },
  io: CliIo,
): Promise<LocalAnalysis> {
  const gitRoot = findGitRoot(io.cwd);
  const loaded = await loadConfig({ cwd: io.cwd, gitRoot, ...(options.configFile !== undefined ? { configFile: options.configFile } : {}) });
  const config = configForCore(loaded, io.cwd, gitRoot);
  const isExcluded = ignoreMatcher(loaded);
  const discovery = discover(paths, {
    cwd: io.cwd,
    ...(isExcluded ? { isExcluded } : {}),
    ...(io.readFile ? { readFile: io.readFile } : {}),
  });
  const analysis = await analyzeFiles(
    discovery.files.map((f) => ({ file: f.path, text: f.text, explicit: f.explicit, ...(f.companion ? { companion: true } : {}) })),
    { config, findings: discovery.findings, sources: coreSourceOptions(options.sources, io) },
  );
  return { gitRoot, config, discovery, analysis };
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
