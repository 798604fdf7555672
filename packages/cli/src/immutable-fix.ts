/**
 * `trustlint fix --github --immutable`: the GitHub check learns the ids of every repository a trust
 * policy names by name only, and core's planImmutableFixes rewrites those values to the immutable
 * subject form in their own source, each role proven on the re-read scan before anything is written.
 * Loaded with a dynamic import only when the flags are given: an offline `fix` never loads it.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sanitizeValue } from '@trustlint/core';
import { analyzeLocalFiles } from './analysis.js';
import type { CommandContext } from './context.js';
import { CliError } from './errors.js';
import { githubSettings, loadOnline } from './online.js';
import { configChoice, parseGitHubOptions, parseSourceOptions } from './options.js';

export interface ImmutableFixFlags {
  dryRun?: boolean;
  subject?: string;
  github?: boolean;
  githubApi?: string;
  immutable?: boolean;
  config?: string;
  configFromBase?: string;
  var?: string[];
  varFile?: string[];
  parameter?: string[];
}

/**
 * One run: 0 when every name-only value with known ids was migrated (or there was none), 1 when a
 * migration failed its proof, 2 when no GitHub call succeeded (nothing could be learned).
 */
export async function runImmutableFix(paths: readonly string[], flags: ImmutableFixFlags, ctx: CommandContext): Promise<number> {
  if (flags.immutable !== true) throw new CliError('--github on fix needs --immutable (the only fix that asks GitHub)');
  const gh = parseGitHubOptions(flags);
  if (!gh.github) throw new CliError('--immutable needs --github: the repository ids come from the GitHub API');
  if (flags.subject !== undefined) throw new CliError('--subject narrows roles; it cannot be combined with --immutable (run fix twice)');
  const { io } = ctx;
  const { config, discovery, analysis } = await analyzeLocalFiles(paths, { ...configChoice(flags), sources: parseSourceOptions(flags, io.cwd) }, io);
  const online = await loadOnline();
  const result = await online.runGitHubChecks(analysis.documents, { config, ...(await githubSettings(gh, io.env, online.defaultCacheDir(io.env))) });
  const texts = new Map(discovery.files.map((f) => [f.path, f.text]));
  const plan = online.planImmutableFixes(analysis.documents, result.findings, texts, config);
  if (flags.dryRun === true) {
    for (const f of plan.files) io.stdout.write(f.diff);
  } else {
    for (const f of plan.files) {
      if (!texts.has(f.file)) throw new CliError(`${f.file}: not a scanned file`);
      writeFileSync(resolve(io.cwd, f.file), f.after);
    }
  }
  const say = (line: string): void => {
    io.stderr.write(`trustlint: ${sanitizeValue(line, 'terminal')}\n`);
  };
  for (const m of plan.migrations) {
    const where = `${m.file}:${m.line}`;
    if (m.status === 'fixed') say(`${flags.dryRun === true ? 'would rewrite' : 'rewrote'} ${where} ${m.from} -> ${m.to}`);
    else say(`${m.status === 'refused' ? 'not changed' : 'skipped'} ${where} ${m.from}: ${m.reason ?? ''}`);
  }
  // Values GitHub said are already broken (the repository issues immutable subjects: sub_claim_prefix).
  const onImmutable = (m: { file: string; from: string }): boolean =>
    result.findings.some((f) => f.ruleId === 'github-sub-template-mismatch' && f.properties?.immutable === true && f.properties.value === m.from && f.location?.file === m.file);
  const fixed = plan.migrations.filter((m) => m.status === 'fixed');
  if (fixed.length > 0 && fixed.every(onImmutable)) {
    say('GitHub says these repositories already issue immutable subjects: the rewritten values match their tokens again');
  } else if (fixed.length > 0) {
    say('deploy these once the repositories issue immutable subjects (new, renamed or transferred after 2026-07-15, or opted in): until then their tokens carry the name-only form, which the rewritten values no longer admit');
  }
  // The failed lookups, so that a value left alone is never silent.
  for (const f of result.findings) if (f.ruleId === 'github-check-failed') say(f.message);
  if (result.stats.attempted > 0 && result.stats.succeeded === 0) {
    say('the GitHub checks failed: no GitHub call succeeded');
    return 2;
  }
  return plan.migrations.some((m) => m.status === 'refused') ? 1 : 0;
}
