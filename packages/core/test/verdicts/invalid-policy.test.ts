import { describe, expect, it } from 'vitest';
import { AUD, check, classVerdicts, K, policy } from './helpers.js';

/**
 * Policies IAM refuses at CreateRole / UpdateAssumeRolePolicy get `trust-invalid-policy` and no scope
 * verdict built on a guess of what the rejected part means.
 *  - Operator names are case-sensitive: CreateRole answers "MalformedPolicyDocument: Invalid Condition
 *    type : stringEquals" (error quoted in ministryofjustice/modernisation-platform-environments
 *    PR #8893); the valid names are those of the IAM User Guide, "IAM JSON policy elements: Condition
 *    operators".
 *  - A trust policy holds no Resource: "MalformedPolicyDocument: Has prohibited field Resource"
 *    (CreateRole error quoted in devopsacademyau/academy PR #1368).
 */
describe('trust-invalid-policy', () => {
  it('a mis-cased operator is an invalid policy, not oidc-any-owner with a guessed witness', () => {
    const c = check(policy([{ Condition: { StringEquals: AUD, stringLike: { [`${K}:sub`]: 'repo:acme/app:*' } } }]));
    expect(c.ids).toContain('trust-invalid-policy');
    expect(c.scope).toEqual([]);
    const f = c.findings.find((x) => x.ruleId === 'trust-invalid-policy');
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/"stringLike" \(operator names are case-sensitive: "StringLike"\)/);
    expect(f?.message).toMatch(/MalformedPolicyDocument/);
    // explain says unknown, not blocked and not admitted, for every class
    expect(new Set(Object.values(classVerdicts(c)))).toEqual(new Set(['unknown']));
    expect(c.explain.providers[0]?.statements[0]?.notes.join(' ')).toMatch(/IAM rejects this policy/);
    // simulate cannot decide the stringLike entry either: never "allow"
    expect(c.replay({ sub: 'repo:attacker/x:ref:refs/heads/main', aud: 'sts.amazonaws.com' })).toBe('unknown');
    // and it is not also reported as an assumption (oidc-unresolved)
    expect(c.ids).not.toContain('oidc-unresolved');
  });

  it('mis-cased set qualifiers and IfExists are suggested whole', () => {
    const c = check(policy([{ Condition: { StringEquals: AUD, 'forAnyValue:stringequalsifexists': { [`${K}:sub`]: 'repo:acme/app:*' } } }]));
    expect(c.findings.find((x) => x.ruleId === 'trust-invalid-policy')?.message).toMatch(/"ForAnyValue:StringEqualsIfExists"/);
  });

  it('an operator IAM does not have (StringLikeIgnoreCase) is invalid too', () => {
    const c = check(policy([{ Condition: { StringEquals: AUD, StringLikeIgnoreCase: { [`${K}:sub`]: 'repo:acme/app:*' } } }]));
    expect(c.ids.filter((id) => id === 'trust-invalid-policy')).toHaveLength(1);
    expect(c.scope).toEqual([]);
  });

  it('Resource in a trust policy statement is invalid', () => {
    const c = check(policy([{ Resource: '*', Condition: { StringEquals: { ...AUD, [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/main' } } }]));
    const f = c.findings.find((x) => x.ruleId === 'trust-invalid-policy');
    expect(f?.message).toMatch(/may not contain Resource/);
  });

  it('a valid policy gets no trust-invalid-policy and its verdicts as before', () => {
    const c = check(policy([{ Condition: { StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:*' } } }]));
    expect(c.ids).not.toContain('trust-invalid-policy');
    expect(c.scope.map((f) => f.ruleId)).toEqual(['oidc-any-owner']);
  });
});

describe('duplicate JSON keys', () => {
  // RFC 8259 §4: names within an object SHOULD be unique; IAM's resolution is undocumented.
  const text = (first: string, second: string): string =>
    `{"Version":"2012-10-17","Statement":[{"Effect":"${first}","Effect":"${second}","Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com","token.actions.githubusercontent.com:sub":"repo:acme/app:ref:refs/heads/main"}}}]}`;
  it('are reported whichever value comes first', () => {
    const a = check(text('Allow', 'Deny')).findings.filter((f) => f.ruleId === 'oidc-unresolved');
    const b = check(text('Deny', 'Allow')).findings.filter((f) => f.ruleId === 'oidc-unresolved');
    expect(a.map((f) => f.message)).toEqual([expect.stringMatching(/duplicate key "Effect"/)]);
    expect(b.map((f) => f.message)).toEqual([expect.stringMatching(/duplicate key "Effect"/)]);
  });
});
