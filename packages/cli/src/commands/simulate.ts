import { sanitizeText, sanitizeValue, simulatePolicy } from '@trustlint/core';
import { Option, type Command } from 'commander';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { collect } from '../options.js';
import { policyLabel, selectPolicies } from '../select-policy.js';

interface SimulateFlags {
  sub: string;
  aud?: string;
  claim?: string[];
  provider?: string;
  format: 'text' | 'json';
  config?: string;
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('simulate')
    .description('evaluate one token against one trust policy (exit 0 allow, 1 deny, 2 error or unknown)')
    .argument('<target>', 'FILE or FILE:ROLE')
    .requiredOption('--sub <sub>', 'the token\'s sub claim')
    .option('--aud <aud>', 'the token\'s aud claim', 'sts.amazonaws.com')
    .option('--claim <name=value>', 'another claim by its bare name (repeatable)', collect)
    .option('--provider <arn>', 'the GitHub provider, when the policy trusts several')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--config <file>', 'configuration file')
    .action(async (target: string, flags: SimulateFlags) => {
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

async function runSimulate(target: string, flags: SimulateFlags, ctx: CommandContext): Promise<number> {
  const { documents, config } = await selectPolicies(target, ctx.io, flags.config);
  if (documents.length > 1) {
    throw new CliError(`${target}: ${documents.length} trust policies; choose one with FILE:ROLE:\n${documents.map((d) => `  ${policyLabel(d)}`).join('\n')}`);
  }
  const [doc] = documents;
  if (!doc) throw new CliError(`${target}: no trust policy found`);
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
  const statements = result.statements.map((s) => ({
    index: s.index,
    ...(s.sid ? { sid: s.sid } : {}),
    effect: s.effect,
    matched: s.matched,
    file: doc.file,
    line: s.span.start.line,
    column: s.span.start.column + 1,
  }));
  if (flags.format === 'json') {
    ctx.io.stdout.write(`${JSON.stringify(sanitizeValue({ decision: result.decision, statements }, 'data'), null, 2)}\n`);
  } else {
    ctx.io.stdout.write(`${result.decision} (provider ${sanitizeText(result.provider)})\n`);
    for (const s of sanitizeValue(statements, 'terminal')) {
      const name = s.sid ? `statement "${s.sid}"` : `statement ${s.index}`;
      const matched = s.matched === 'unknown' ? 'unknown (an unresolved value decides)' : s.matched ? 'applies' : 'does not apply';
      ctx.io.stdout.write(`  ${name} ${s.effect ?? '(invalid Effect)'}: ${matched}  ${s.file}:${s.line}:${s.column}\n`);
    }
    for (const name of result.ignoredClaims.map((c) => sanitizeText(c))) {
      ctx.io.stderr.write(`trustlint: claim "${name}" is not a condition key AWS STS sets for GitHub tokens: ignored (absent)\n`);
    }
  }
  return result.decision === 'allow' ? 0 : result.decision === 'deny' ? 1 : 2;
}
