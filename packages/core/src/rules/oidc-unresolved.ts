import type { PolicyProblem } from '../iam/types.js';
import { collectUnresolved, displayValue, markerIds, nodeAt, type PolicyNode, type PolicyPath } from '../model/policy.js';
import { defineRule, type PolicyRuleContext } from './define.js';

const startsWith = (path: PolicyPath, prefix: PolicyPath): boolean => prefix.every((seg, i) => path[i] === seg);

function problemMessage(problem: PolicyProblem, shown: string | undefined): string {
  switch (problem.code) {
    case 'duplicate-key':
      return `${problem.message}: IAM forbids duplicate keys and how it resolves them is undocumented; assumed the last value${shown ? ` (${shown})` : ''}, as JSON parsers keep it.`;
    case 'unknown-operator':
      return `${displayValue(problem.message)}: not evaluated; assumed it does not restrict an Allow statement and never makes a Deny statement apply.`;
    default:
      return `${problem.message}: the statement was evaluated as written where possible; check it against the IAM policy grammar.`;
  }
}

export default defineRule({
  id: 'oidc-unresolved',
  meta: {
    title: 'A value that decides the verdict could not be resolved',
    defaultSeverity: 'warning',
    category: 'trust',
    description:
      'An unresolved variable, parameter or placeholder, a duplicate JSON key or an unresolved condition operator name feeds a condition value or an action; the message says what was assumed.',
  },
  policy(ctx) {
    if (ctx.trust.providers.length === 0) {
      // A duplicate key can decide whether the policy trusts GitHub at all (`"Effect":"Allow",
      // "Effect":"Deny"`): report it whichever value comes first, when either mentions GitHub.
      if (mentionsGitHub(ctx.document.root)) reportProblems(ctx, (p) => p.code === 'duplicate-key');
      return;
    }
    const trusting = ctx.trust.trustingStatements();
    const relevant = ctx.policy.statements.filter((s) => s.effect === 'Deny' || trusting.has(s.index));
    const parts = collectUnresolved(ctx.document.root);
    const reported = new Set<number>();
    for (const statement of relevant) {
      const values = [
        ...statement.conditions.flatMap((c) => c.values),
        ...(statement.action ?? []),
        ...(statement.notAction ?? []),
      ];
      for (const v of values) {
        for (const id of markerIds(v.value)) {
          const found = parts.find((p) => p.part.id === id && startsWith(v.path, statement.path));
          if (!found || reported.has(id)) continue;
          reported.add(id);
          ctx.report({
            path: v.path,
            unresolvedId: id,
            message: `"${found.part.expression}" (${found.part.reason}) could not be resolved statically; assumed a fixed value without wildcards in "${displayValue(v.value, parts.map((p) => p.part))}". The verdict holds only if its real value has no wildcard and names your repository.`,
            properties: { expression: found.part.expression },
          });
        }
      }
    }
    // Computed condition keys (`"${local.issuer}:sub"`): assumed to name the trusted provider.
    for (const statement of relevant) {
      if (!statement.conditionPath) continue;
      const condition = nodeAt(ctx.document.root, statement.conditionPath);
      if (condition?.type !== 'object') continue;
      for (const op of condition.members) {
        if (op.value.type !== 'object') continue;
        for (const member of op.value.members) {
          for (const part of member.keyUnresolved ?? []) {
            if (reported.has(part.id)) continue;
            reported.add(part.id);
            ctx.report({
              path: [...statement.conditionPath, op.key, member.key],
              at: 'key',
              unresolvedId: part.id,
              message: `"${part.expression}" (${part.reason}) in a condition key could not be resolved statically; assumed the key names the trusted provider (${displayValue(member.key, member.keyUnresolved)}).`,
              properties: { expression: part.expression },
            });
          }
        }
      }
    }
    reportProblems(ctx, (p) => p.code !== 'unknown-element' && p.code !== 'invalid-version' && !p.rejected);
  },
});

/** Policy problems the evaluator had to assume around; rejected ones are trust-invalid-policy's. */
function reportProblems(ctx: PolicyRuleContext, wanted: (p: PolicyProblem) => boolean): void {
  const parts = collectUnresolved(ctx.document.root);
  for (const problem of ctx.policy.problems) {
    if (!wanted(problem)) continue;
    const node = nodeAt(ctx.document.root, problem.path);
    const shown = node?.type === 'string' ? `"${displayValue(node.value, parts.map((p) => p.part))}"` : undefined;
    ctx.report({
      path: problem.path,
      at: problem.code === 'duplicate-key' || problem.code === 'unknown-operator' ? 'key' : 'value',
      message: problemMessage(problem, shown),
      properties: { problem: problem.code },
      ...(problem.otherMember
        ? { related: [{ location: { file: ctx.document.file, span: problem.otherMember.keySpan }, message: 'the earlier duplicate, ignored' }] }
        : {}),
    });
  }
}

/** True when any string of the document (a key or a value) names a GitHub token issuer. */
function mentionsGitHub(node: PolicyNode): boolean {
  switch (node.type) {
    case 'string':
      return GITHUB_HINT.test(node.value);
    case 'array':
      return node.items.some(mentionsGitHub);
    case 'object':
      return node.members.some((m) => GITHUB_HINT.test(m.key) || mentionsGitHub(m.value));
    default:
      return false;
  }
}

const GITHUB_HINT = /githubusercontent\.com|oidc-provider\/[^\s"]*github/i;
