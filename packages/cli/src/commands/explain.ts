import { explainPolicy, roleUsesOf, sanitizeValue, synthesizeTrust, type ExplainResult, type ModelDocument, type RoleUse, type TrustlintConfig, type TrustPolicyDocument } from '@trustlint/core';
import { Option, type Command } from 'commander';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { addPolicyOptions, parsePolicyOptions, selectPolicies, type PolicyFlags, type SelectedPolicies } from '../select-policy.js';

interface ExplainFlags extends PolicyFlags {
  format: 'text' | 'json';
}

export function register(program: Command, ctx: CommandContext): void {
  const command = program
    .command('explain')
    .description('for each trust policy: which outsiders can assume it, with a token that gets in')
    .argument('<target>', 'FILE, FOLDER or FILE:ROLE (a policy, Terraform, plan, CloudFormation file, or a workflow: the roles it assumes)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'));
  addPolicyOptions(command).action(async (target: string, flags: ExplainFlags) => {
    const selected = await selectPolicies(target, ctx.io, parsePolicyOptions(flags, ctx.io.cwd));
    reportUnresolvedUses(selected, ctx);
    if (selected.targets.length === 0) throw new CliError(`${target}: none of the roles this workflow assumes is defined in the scanned files`);
    const results = selected.targets.flatMap((t) =>
      t.documents.map((d) => ({
        ...explainPolicy(d, selected.config),
        label: t.label,
        labelFile: d.resourceFile ?? d.file,
        uses: usesOf(d, t.assumedBy, selected.context),
        ...needOnly(d, t.assumedBy, selected.context, selected.config),
      })),
    );
    // Policies quote what the pull request wrote (Sids, sub values, file names): sanitised as values.
    if (flags.format === 'json') ctx.io.stdout.write(`${JSON.stringify(sanitizeValue(results.map(toJson), 'data'), null, 2)}\n`);
    else {
      const labels = sanitizeValue(selected.targets.map((t) => t.label), 'terminal');
      const list = labels.length > 1 ? [`${labels.length} trust policies (explain or simulate one with FILE:ROLE):`, ...labels.map((l) => `  ${l}`), ''] : [];
      ctx.io.stdout.write(`${list.map((l) => `${l}\n`).join('')}${sanitizeValue(results, 'terminal').map(formatExplain).join('\n')}`);
    }
    ctx.setExitCode(0);
  });
}

/** Notes of the selection, and a workflow's roles that no trust policy in the scan defines: said, never skipped silently. */
export function reportUnresolvedUses(selected: SelectedPolicies, ctx: CommandContext): void {
  for (const note of selected.notes) ctx.io.stderr.write(`trustlint: note: ${note}\n`);
  for (const u of selected.unresolvedUses) {
    const role = u.roleName ?? u.role.text;
    ctx.io.stderr.write(
      `trustlint: job "${u.job.id}" (${u.workflow.file}:${u.role.location.span.start.line}) assumes role ${role}, which no trust policy in the scanned files (${selected.scan.join(', ')}) defines${u.roleName ? '; name the folder that defines it with --scan' : ': the role name is not a literal'}\n`,
    );
  }
}

/** The workflow jobs that assume this role. */
interface JobUse {
  file: string;
  line: number;
  job: string;
}

function usesOf(doc: TrustPolicyDocument, assumedBy: readonly RoleUse[], context: readonly ModelDocument[]): JobUse[] {
  const uses = assumedBy.length > 0 ? assumedBy : roleUsesOf(doc, context);
  return uses.map((u) => ({ file: u.workflow.file, line: u.role.location.span.start.line, job: u.job.id }));
}

type Explained = ExplainResult & { label: string; labelFile: string; uses: JobUse[]; needOnly?: string };

/**
 * When the role admits an outsider class and its jobs are in the scan: the conditions those jobs
 * need (the synthesis `trustlint fix` writes), for the last line of the text report.
 */
function needOnly(doc: TrustPolicyDocument, assumedBy: readonly RoleUse[], context: readonly ModelDocument[], config: TrustlintConfig): { needOnly?: string } {
  const uses = assumedBy.length > 0 ? assumedBy : roleUsesOf(doc, context);
  if (uses.length === 0) return {};
  const reported = explainPolicy(doc, config).providers.flatMap((p) => p.statements.flatMap((s) => (s.ruleId !== undefined ? [s.ruleId] : [])));
  if (reported.length === 0) return {};
  const s = synthesizeTrust(doc, uses, config);
  if (!s.ok || !s.proven) return {};
  const c = s.conditions;
  // Wider than the jobs need: a scope finding the jobs themselves do not need (a job on every branch needs a ref wildcard).
  if (reported.every((id) => (c.needed as readonly string[]).includes(id))) return {};
  return { needOnly: `sub ${c.operator} ${c.subjects.join(', ')}; aud StringEquals ${c.audiences.join(', ')}` };
}

function toJson(r: Explained): unknown {
  return {
    target: r.label,
    file: r.file,
    usedBy: r.uses,
    ...(r.resource ? { resource: r.resource } : {}),
    ...(r.variant ? { variant: r.variant } : {}),
    providers: r.providers.map((p) => ({
      provider: p.prefix,
      arn: p.arn,
      statements: p.statements.map((s) => ({
        index: s.index,
        ...(s.sid ? { sid: s.sid } : {}),
        // 1-based, as in every output format.
        file: s.file,
        line: s.span.start.line,
        column: s.span.start.column + 1,
        ...(s.ruleId ? { ruleId: s.ruleId } : {}),
        outsiders: s.classes.map((c) => ({ class: c.cls, outsider: c.outsider, admitted: c.admitted, applicable: c.applicable, ...(c.unknown ? { unknown: true } : {}), ...(c.witness ? { witness: c.witness } : {}) })),
        notes: s.notes,
      })),
    })),
  };
}

/** Text report: one block per policy, provider and trusting statement. */
export function formatExplain(r: Explained): string {
  const lines = [`${r.label}${r.variant ? ` (${r.variant})` : ''}`];
  for (const u of r.uses) lines.push(`  assumed by job "${u.job}" in ${u.file}:${u.line}`);
  if (r.providers.length === 0) lines.push('  trusts no GitHub OIDC provider');
  for (const p of r.providers) {
    lines.push(`  provider ${p.prefix}`);
    if (p.statements.length === 0) lines.push('    no Allow statement lets its tokens in');
    for (const s of p.statements) {
      const name = s.sid ? `statement "${s.sid}"` : `statement ${s.index}`;
      const at = s.file === r.labelFile ? `line ${s.span.start.line}` : `${s.file}:${s.span.start.line}`;
      lines.push(`    ${name} (${at}): ${s.ruleId ? `reported as ${s.ruleId}` : 'no outsider class admitted'}`);
      const width = s.classes.reduce((w, c) => Math.max(w, c.outsider.length), 0);
      for (const c of s.classes) {
        const verdict = c.admitted ? 'ADMITTED' : c.unknown ? 'unknown ' : c.applicable ? 'blocked ' : 'n/a     ';
        lines.push(`      ${verdict}  ${c.outsider.padEnd(width)}${c.witness?.sub ? `  sub=${c.witness.sub}` : ''}`.trimEnd());
      }
      for (const note of s.notes) lines.push(`      note: ${note}`);
      if (s.classes.some((c) => !c.applicable)) lines.push('      (n/a: the policy names no repository or context to vary for that class)');
    }
  }
  if (r.needOnly !== undefined) lines.push(`  the jobs that use this role need only: ${r.needOnly} (trustlint fix writes it)`);
  return `${lines.join('\n')}\n`;
}
