import type { TrustlintConfig } from '../config.js';
import { normalizePolicy } from '../iam/normalize.js';
import type { Policy } from '../iam/types.js';
import type { TrustPolicyDocument } from '../model/document.js';
import { hasMarker } from '../model/policy.js';
import { findProviders } from '../scope/trust-analysis.js';

/**
 * A condition key whose provider prefix is unresolved (`"${local.issuer}:sub"`) is taken to name the
 * provider the policy trusts, as an unresolved Federated principal is (spec/rules.md); oidc-unresolved
 * says so. Without this the key would count as absent and hide what the condition admits.
 */
function assumeKeyPrefixes(policy: Policy, config: TrustlintConfig): Policy {
  const target = findProviders(policy, config)[0]?.prefix ?? 'token.actions.githubusercontent.com';
  let changed = false as boolean;
  const statements = policy.statements.map((s) => ({
    ...s,
    conditions: s.conditions.map((e) => {
      const colon = e.key.lastIndexOf(':');
      if (colon <= 0 || !hasMarker(e.key.slice(0, colon))) return e;
      changed = true;
      return { ...e, key: `${target}:${e.key.slice(colon + 1)}` };
    }),
  }));
  return changed ? { ...policy, statements } : policy;
}

/** The policy the rules, `explain` and `simulate` evaluate: one preparation, so they never disagree. */
export function preparePolicy(doc: TrustPolicyDocument, config: TrustlintConfig): Policy {
  const policy = assumeKeyPrefixes(normalizePolicy(doc.root), config);
  const raw = doc.sourceKind === 'policy' || doc.sourceKind === 'policy-template';
  return raw && !onlyStsActions(policy) ? asAnyResourcePolicy(policy) : policy;
}

/** Every statement grants only STS role-session actions: the shape of a trust policy. */
function onlyStsActions(policy: Policy): boolean {
  return policy.statements.every(
    (s) => s.notAction === undefined && (s.action ?? []).length > 0 && (s.action ?? []).every((a) => /^sts:(AssumeRole\w*|TagSession|SetSourceIdentity|SetContext)$/i.test(a.value)),
  );
}

/**
 * A raw policy file that grants more than STS role-session actions is not a trust policy: with `Resource` it is a resource-based policy
 * (an S3 bucket or KMS key policy, where `Resource` is required), which IAM does not reject. Only in a
 * trust position (Terraform `assume_role_policy`, CloudFormation `AssumeRolePolicyDocument`, a live
 * role) does `Resource` make CreateRole fail.
 */
function asAnyResourcePolicy(policy: Policy): Policy {
  if (!policy.problems.some((p) => p.code === 'prohibited-element' && p.rejected === true)) return policy;
  return { ...policy, problems: policy.problems.map((p) => (p.code === 'prohibited-element' ? { code: p.code, message: p.message, path: p.path } : p)) };
}

