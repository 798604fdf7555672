import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { planFixes, planMechanicalFixes, sanitizeValue, type FixPlan, type RoleFix } from '@trustlint/core';
import type { Command } from 'commander';
import { analyzeLocalFiles, type LocalAnalysisOptions } from '../analysis.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { collect, CONFIG_FROM_BASE_HELP, configChoice, parseSourceOptions } from '../options.js';

interface FixFlags {
  dryRun?: boolean;
  subject?: string;
  config?: string;
  configFromBase?: string;
  var?: string[];
  varFile?: string[];
  parameter?: string[];
  github?: boolean;
  githubApi?: string;
  immutable?: boolean;
}

/** `repo:OWNER/REPO:CONTEXT` in the default format (spec/domain.md §1.3). */
const SUBJECT_RE = /^repo:[^/:\s]+\/[^/:\s]+:(?:ref:refs\/(?:heads|tags)\/\S+|environment:\S+|pull_request)$/;

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('fix')
    .description('narrow each role to the subjects the workflow jobs that assume it present, in its own source file')
    .argument('[paths...]', 'files, folders or glob patterns: the roles and the workflows that use them (default .)')
    .option('--dry-run', 'print the edits as a unified diff instead of writing the files')
    .option('--subject <sub>', 'for roles no scanned job assumes: the one subject to admit, e.g. repo:acme/app:environment:prod')
    .option('--config <file>', 'configuration file (else trustlint.config.json or .trustlintrc.json is looked up)')
    .option('--config-from-base <ref>', CONFIG_FROM_BASE_HELP)
    .option('--var <name=value>', 'Terraform variable value, as for check (repeatable)', collect)
    .option('--var-file <file>', 'Terraform variables file, as for check (repeatable)', collect)
    .option('--parameter <name=value>', 'CloudFormation parameter value, as for check (repeatable)', collect)
    .option('--github', 'with --immutable: learn the repository ids from the GitHub API (token: GITHUB_TOKEN, GH_TOKEN or gh auth token)')
    .option('--github-api <url>', 'GitHub API URL for --github (GitHub Enterprise Server: https://HOST/api/v3)')
    .option('--immutable', 'rewrite name-only repo:OWNER/REPO:… subjects to the immutable form repo:OWNER@ID/REPO@ID:… (needs --github)')
    .action(async (paths: string[], flags: FixFlags) => {
      // Loaded only with the flags: an offline fix never loads the online module.
      const online = flags.github === true || flags.immutable === true || flags.githubApi !== undefined;
      ctx.setExitCode(online ? await (await import('../immutable-fix.js')).runImmutableFix(paths, flags, ctx) : await runFix(paths, flags, ctx));
    });
}

/** One `fix` run: 0 when every role that could be narrowed was (or nothing needed it), 1 when a synthesis failed its proof. */
export async function runFix(paths: readonly string[], flags: FixFlags, ctx: CommandContext): Promise<number> {
  const subject = flags.subject?.trim();
  if (subject !== undefined && !SUBJECT_RE.test(subject)) {
    throw new CliError(`--subject ${subject}: expected repo:OWNER/REPO:ref:refs/heads/BRANCH, repo:OWNER/REPO:environment:NAME or repo:OWNER/REPO:pull_request`);
  }
  const { config, discovery, analysis } = await analyzeLocalFiles(paths, { ...configChoice(flags), sources: parseSourceOptions(flags, ctx.io.cwd) }, ctx.io);
  const texts = new Map(discovery.files.map((f) => [f.path, f.text]));
  const plan = planFixes(analysis.documents, texts, config, subject !== undefined ? { subject } : {});
  const { io } = ctx;
  if (flags.dryRun === true) {
    for (const f of plan.files) io.stdout.write(f.diff);
  } else {
    for (const f of plan.files) {
      if (!texts.has(f.file)) throw new CliError(`${f.file}: not a scanned file`);
      writeFileSync(resolve(io.cwd, f.file), f.after);
    }
  }
  for (const line of summary(plan, flags.dryRun === true)) io.stderr.write(`trustlint: ${sanitizeValue(line, 'terminal')}\n`);
  return plan.roles.some((r) => r.status === 'refused') ? 1 : 0;
}

function admits(r: RoleFix): string {
  const c = r.conditions;
  if (!c) return '';
  return ` (admits only ${c.subjects.join(', ')}; aud ${c.audiences.join(', ')})`;
}

/** One line per role, for people: what was done, or why not. */
export function summary(plan: FixPlan, dryRun: boolean): string[] {
  const lines: string[] = [];
  for (const r of plan.roles) {
    switch (r.status) {
      case 'fixed':
        lines.push(`${dryRun ? 'would narrow' : 'narrowed'} ${r.label}${admits(r)}`);
        break;
      case 'unchanged':
        lines.push(`${r.label} already admits only what its jobs need`);
        break;
      case 'skipped':
        lines.push(`skipped ${r.label}: ${r.reason ?? ''}`);
        break;
      case 'refused': {
        const p = r.proof;
        const why = p
          ? [
              ...p.extraScope.map((f) => `${f.ruleId} remains`),
              ...p.refused.map((t) => `${t.sub} is not allowed (${t.decision})`),
              ...p.jobsLockedOut.map((j) => `job ${j} would be locked out`),
            ].join('; ')
          : '';
        lines.push(`not changed ${r.label}: ${r.reason ?? ''}${why ? `: ${why}` : ''}`);
        break;
      }
    }
    for (const note of r.conditions?.notes ?? []) if (r.status === 'fixed') lines.push(`  note: ${note}`);
  }
  return lines;
}

/**
 * `check --fix`: the mechanical fixes of core's planMechanicalFixes, each proven on the re-read
 * scan, written before the check runs; one line per fix (or refusal) on stderr.
 */
export async function applyMechanicalFixes(paths: readonly string[], options: LocalAnalysisOptions, ctx: CommandContext): Promise<void> {
  const { config, discovery, analysis } = await analyzeLocalFiles(paths, options, ctx.io);
  const texts = new Map(discovery.files.map((f) => [f.path, f.text]));
  const plan = planMechanicalFixes(analysis.documents, analysis.findings, texts, config);
  for (const f of plan.files) {
    if (!texts.has(f.file)) throw new CliError(`${f.file}: not a scanned file`);
    writeFileSync(resolve(ctx.io.cwd, f.file), f.after);
  }
  for (const f of plan.fixes) {
    const line = f.status === 'fixed' ? `fixed ${f.ruleId}: ${f.description}` : `not fixed ${f.ruleId}: ${f.description}: ${f.reason ?? ''}`;
    ctx.io.stderr.write(`trustlint: ${sanitizeValue(line, 'terminal')}\n`);
  }
}
