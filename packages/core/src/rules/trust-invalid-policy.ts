import { collectUnresolved, displayValue } from '../model/policy.js';
import { defineRule } from './define.js';

/**
 * What IAM refuses at CreateRole / UpdateAssumeRolePolicy (MalformedPolicyDocument). Such a policy
 * never reaches a role, so no scope verdict is made on it: a witness would rest on a guess of what the
 * rejected part means (see TrustAnalysis.rejected).
 *  - an unknown or mis-cased condition operator: "MalformedPolicyDocument: Invalid Condition type :
 *    stringEquals" (CreateRole error quoted in ministryofjustice/modernisation-platform-environments
 *    PR #8893; operator names are listed in the IAM User Guide, "IAM JSON policy elements: Condition
 *    operators");
 *  - Resource / NotResource in a trust policy: "MalformedPolicyDocument: Has prohibited field
 *    Resource" (CreateRole error quoted in devopsacademyau/academy PR #1368).
 */
export default defineRule({
  id: 'trust-invalid-policy',
  meta: {
    title: 'IAM rejects this trust policy',
    defaultSeverity: 'error',
    category: 'trust',
    description:
      'Something IAM refuses at CreateRole / UpdateAssumeRolePolicy (MalformedPolicyDocument): an unknown or mis-cased condition operator (`stringLike`), or `Resource`/`NotResource` in a trust policy. No scope verdict is made on such a policy.',
  },
  policy(ctx) {
    const parts = collectUnresolved(ctx.document.root).map((u) => u.part);
    for (const problem of ctx.policy.problems) {
      if (!problem.rejected) continue;
      ctx.report({
        path: problem.path,
        at: 'key',
        message: `${displayValue(problem.message, parts)}: IAM rejects this trust policy (MalformedPolicyDocument) when the role is created or its trust policy updated, so no verdict on who can assume the role is made until it is fixed.`,
        properties: { problem: problem.code },
      });
    }
  },
});
