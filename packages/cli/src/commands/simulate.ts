import { sanitizeValue, simulatePolicy, type SimulateResult, type TrustlintConfig, type TrustPolicyDocument } from '@trustlint/core';
import { Option, type Command } from 'commander';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { collect } from '../options.js';
import { addPolicyOptions, parsePolicyOptions, selectPolicies, type PolicyFlags, type PolicyTarget } from '../select-policy.js';
import { reportUnresolvedUses } from './explain.js';

interface SimulateFlags extends PolicyFlags {
  sub: string;
  aud?: string;
  claim?: string[];
  provider?: string;
  format: 'text' | 'json';
}

export function register(program: Command, ctx: CommandContext): void {
  const command = program
    .command('simulate')
    .description('evaluate one token against one trust policy (exit 0 allow, 1 deny, 2 error or unknown)')
    .argument('<target>', 'FILE, FOLDER or FILE:ROLE selecting one trust policy (a workflow: the role it assumes)')
    .requiredOption('--sub <sub>', 'the token\'s sub claim')
    .option('--aud <aud>', 'the token\'s aud claim (default: the issuer\'s, sts.amazonaws.com for GitHub)')
    .option('--claim <name=value>', 'another claim by its bare name (repeatable)', collect)
    .option('--provider <arn>', 'the GitHub provider, when the policy trusts several')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'));
  addPolicyOptions(command).action(async (target: string, flags: SimulateFlags) => {
    ctx.setExitCode(await runSimulate(target, flags, ctx));
  });
}

function parseClaims(pairs: readonly string[]): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new CliError(`--claim expects name=value, got "${pair}"`);
    claims[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return claims;
}

interface Evaluated {
  doc: TrustPolicyDocument;
  result: Extract<SimulateResult, { ok: true }>;
}

async function runSimulate(target: string, flags: SimulateFlags, ctx: CommandContext): Promise<number> {
  const selected = await selectPolicies(target, ctx.io, parsePolicyOptions(flags, ctx.io.cwd));
  reportUnresolvedUses(selected, ctx);
  const [chosen, ...others] = selected.targets;
  if (!chosen) throw new CliError(`${target}: none of the roles this workflow assumes is defined in the scanned files`);
  if (others.length > 0) {
    throw new CliError(`${target}: ${selected.targets.length} trust policies; choose one with FILE:ROLE:\n${selected.targets.map((t) => `  ${t.label}`).join('\n')}`);
  }
  const evaluated = chosen.documents.map((doc) => evaluate(doc, flags, selected.config));
  const decision = combinedDecision(evaluated);
  const statements = (e: Evaluated): unknown[] =>
    e.result.statements.map((s) => ({
      index: s.index,
      ...(s.sid ? { sid: s.sid } : {}),
      effect: s.effect,
      matched: s.matched,
      file: s.file,
      line: s.span.start.line,
      column: s.span.start.column + 1,
    }));
  const [single] = evaluated;
  if (flags.format === 'json') {
    // One rendering: the documented shape. Several (variants of one role): each with its own decision.
    const body =
      evaluated.length === 1 && single
        ? { decision, statements: statements(single) }
        : { decision, variants: evaluated.map((e) => ({ variant: e.doc.variant ?? null, decision: e.result.decision, statements: statements(e) })) };
    // Policies quote what the pull request wrote (Sids, file names): sanitised as values.
    ctx.io.stdout.write(`${JSON.stringify(sanitizeValue(body, 'data'), null, 2)}\n`);
  } else {
    writeText(sanitizeValue(chosen, 'terminal'), sanitizeValue(evaluated, 'terminal'), decision, ctx);
  }
  return decision === 'allow' ? 0 : decision === 'deny' ? 1 : 2;
}

function evaluate(doc: TrustPolicyDocument, flags: SimulateFlags, config: TrustlintConfig): Evaluated {
  const result = simulatePolicy(doc, {
    sub: flags.sub,
    ...(flags.aud !== undefined ? { aud: flags.aud } : {}),
    claims: parseClaims(flags.claim ?? []),
    ...(flags.provider !== undefined ? { provider: flags.provider } : {}),
    config,
  });
  if (!result.ok) {
    throw new CliError(`${doc.file}: ${result.error}${result.candidates?.length ? `\n${result.candidates.map((c) => `  ${c}`).join('\n')}` : ''}`);
  }
  return { doc, result };
}

/**
 * Variants are renderings the source could not decide between (which AWS provider version, which
 * branch of an `Fn::If`): when they disagree, the answer is unknown, as for an unresolved value.
 */
function combinedDecision(evaluated: readonly Evaluated[]): 'allow' | 'deny' | 'unknown' {
  const decisions = new Set(evaluated.map((e) => e.result.decision));
  const [only] = decisions;
  return decisions.size === 1 && only !== undefined ? only : 'unknown';
}

function writeText(target: PolicyTarget, evaluated: readonly Evaluated[], decision: string, ctx: CommandContext): void {
  const out = ctx.io.stdout;
  const several = evaluated.length > 1;
  const [first] = evaluated;
  const heading = several
    ? `${target.label}: ${evaluated.length} renderings of this policy${decision === 'unknown' ? ' that disagree' : ''}`
    : `provider ${first?.result.provider ?? ''}`;
  out.write(`${decision} (${heading})\n`);
  for (const e of evaluated) {
    if (several) out.write(`  ${e.doc.variant ?? 'rendering'}: ${e.result.decision} (provider ${e.result.provider})\n`);
    for (const s of e.result.statements) {
      const name = s.sid ? `statement "${s.sid}"` : `statement ${s.index}`;
      const matched = s.matched === 'unknown' ? 'unknown (an unresolved value decides)' : s.matched ? 'applies' : 'does not apply';
      out.write(`${several ? '    ' : '  '}${name} ${s.effect ?? '(invalid Effect)'}: ${matched}  ${s.file}:${s.span.start.line}:${s.span.start.column + 1}\n`);
    }
  }
  for (const name of first?.result.ignoredClaims ?? []) {
    ctx.io.stderr.write(`trustlint: claim "${name}" is not a condition key AWS STS sets for ${first?.result.issuer ?? 'GitHub'} tokens: ignored (absent)\n`);
  }
}
