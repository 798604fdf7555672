import { explainPolicy, roleUsesOf, sanitizeValue, type ExplainResult, type ModelDocument, type TrustPolicyDocument } from '@trustlint/core';
import { Option, type Command } from 'commander';
import type { CommandContext } from '../context.js';
import { selectPolicies } from '../select-policy.js';

interface ExplainFlags {
  format: 'text' | 'json';
  config?: string;
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('explain')
    .description('for each trust policy: which outsiders can assume it, with a token that gets in')
    .argument('<target>', 'FILE or FILE:ROLE')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--config <file>', 'configuration file')
    .action(async (target: string, flags: ExplainFlags) => {
      const { documents, context, config } = await selectPolicies(target, ctx.io, flags.config);
      const results = documents.map((d) => ({ ...explainPolicy(d, config), uses: usesOf(d, context) }));
      // Policies quote what the pull request wrote (Sids, sub values, file names): sanitised as values.
      const output =
        flags.format === 'json'
          ? `${JSON.stringify(sanitizeValue(results.map(toJson), 'data'), null, 2)}\n`
          : sanitizeValue(results, 'terminal').map(formatExplain).join('\n');
      ctx.io.stdout.write(output);
      ctx.setExitCode(0);
    });
}

/** The workflow jobs in the repository that assume this role. */
interface JobUse {
  file: string;
  line: number;
  job: string;
}

function usesOf(doc: TrustPolicyDocument, context: readonly ModelDocument[]): JobUse[] {
  return roleUsesOf(doc, context).map((u) => ({ file: u.workflow.file, line: u.role.location.span.start.line, job: u.job.id }));
}

type Explained = ExplainResult & { uses: JobUse[] };

function toJson(r: Explained): unknown {
  return {
    file: r.file,
    usedBy: r.uses,
    ...(r.resource ? { resource: r.resource } : {}),
    providers: r.providers.map((p) => ({
      provider: p.prefix,
      arn: p.arn,
      statements: p.statements.map((s) => ({
        index: s.index,
        ...(s.sid ? { sid: s.sid } : {}),
        line: s.span.start.line,
        ...(s.ruleId ? { ruleId: s.ruleId } : {}),
        outsiders: s.classes.map((c) => ({ class: c.cls, outsider: c.outsider, admitted: c.admitted, applicable: c.applicable, ...(c.witness ? { witness: c.witness } : {}) })),
        notes: s.notes,
      })),
    })),
  };
}

/** Text report: one block per policy, provider and trusting statement. */
export function formatExplain(r: Explained): string {
  const lines = [`${r.file}${r.resource ? ` (${r.resource})` : ''}`];
  for (const u of r.uses) lines.push(`  assumed by job "${u.job}" in ${u.file}:${u.line}`);
  if (r.providers.length === 0) lines.push('  trusts no GitHub OIDC provider');
  for (const p of r.providers) {
    lines.push(`  provider ${p.prefix}`);
    if (p.statements.length === 0) lines.push('    no Allow statement lets its tokens in');
    for (const s of p.statements) {
      const name = s.sid ? `statement "${s.sid}"` : `statement ${s.index}`;
      lines.push(`    ${name} (line ${s.span.start.line}): ${s.ruleId ? `reported as ${s.ruleId}` : 'no outsider class admitted'}`);
      const width = Math.max(...s.classes.map((c) => c.outsider.length));
      for (const c of s.classes) {
        const verdict = c.admitted ? 'ADMITTED' : c.applicable ? 'blocked ' : 'n/a     ';
        lines.push(`      ${verdict}  ${c.outsider.padEnd(width)}${c.witness?.sub ? `  sub=${c.witness.sub}` : ''}`.trimEnd());
      }
      for (const note of s.notes) lines.push(`      note: ${note}`);
      if (s.classes.some((c) => !c.applicable)) lines.push('      (n/a: the policy names no repository or context to vary for that class)');
    }
  }
  return `${lines.join('\n')}\n`;
}
