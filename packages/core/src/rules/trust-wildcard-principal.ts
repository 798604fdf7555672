import { defineRule } from './define.js';
import { actionMatches } from '../iam/match.js';
import type { Statement } from '../iam/types.js';

const GUARD_KEYS = ['aws:principalorgid', 'aws:principalaccount', 'aws:principalarn', 'aws:sourceaccount'];

function covers(statement: Statement, action: string): boolean {
  if (statement.action) return statement.action.some((a) => actionMatches(a.value, action));
  if (statement.notAction) return !statement.notAction.some((a) => actionMatches(a.value, action));
  return false;
}

export default defineRule({
  id: 'trust-wildcard-principal',
  meta: {
    title: 'Wildcard principal in a trust policy',
    defaultSeverity: 'error',
    category: 'trust',
    description:
      '`"Principal": "*"` or `{"AWS": "*"}` with `sts:AssumeRoleWithWebIdentity`, or with `sts:AssumeRole` and no `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:PrincipalArn` or `aws:SourceAccount` condition.',
  },
  policy(ctx) {
    for (const statement of ctx.policy.statements) {
      if (statement.effect !== 'Allow' || !statement.principal) continue;
      const p = statement.principal;
      const awsStar = p.kind === 'map' ? p.entries.find((e) => e.type === 'AWS' && e.values.some((v) => v.value === '*')) : undefined;
      if (p.kind !== 'wildcard' && !awsStar) continue;
      const written = p.kind === 'wildcard' ? '"Principal": "*"' : '{"AWS": "*"}';
      const path = p.kind === 'wildcard' ? p.path : awsStar?.path ?? p.path;
      if (covers(statement, 'sts:AssumeRoleWithWebIdentity')) {
        ctx.report({
          path,
          message: `${written} with sts:AssumeRoleWithWebIdentity trusts every identity provider registered in the account (and the built-in ones), not just GitHub. Name the provider: "Principal": {"Federated": "arn:aws:iam::<account>:oidc-provider/token.actions.githubusercontent.com"}.`,
        });
        continue;
      }
      const guarded = statement.conditions.some((c) => c.parsed && !c.parsed.negated && GUARD_KEYS.includes(c.key.toLowerCase()));
      if (covers(statement, 'sts:AssumeRole') && !guarded) {
        ctx.report({
          path,
          message: `${written} with sts:AssumeRole and no aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn or aws:SourceAccount condition lets any AWS account assume the role. Name the trusted accounts or roles, or add one of those conditions.`,
        });
      }
    }
  },
});
