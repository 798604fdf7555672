import { describe, expect, it } from 'vitest';
import { AUD, check, K, policy } from './helpers.js';

/**
 * Deny statements get the same key checks as Allow statements, with what the Deny really does.
 * IAM User Guide, "IAM JSON policy elements: Condition operators": a condition on a key absent from
 * the request context is false, except for negated operators, …IfExists and ForAllValues, which are
 * true. AWS STS turns only some GitHub claims into condition keys (spec/domain.md §2.4, from the
 * 2026 AWS What's New "AWS STS supports validation of select identity provider specific claims"),
 * so a key on any other claim, or under another provider's prefix, is absent from every GitHub
 * request. ForAllValues is true on an absent key (IAM User Guide, "Set operators for multivalued
 * context keys").
 */
const allowApp = { Condition: { StringEquals: { ...AUD, [`${K}:sub`]: 'repo:acme/app:environment:prod' } } };

function keyMismatch(text: string): { message: string }[] {
  return check(text).findings.filter((f) => f.ruleId === 'oidc-key-mismatch');
}

describe('Deny statements are first-class', () => {
  it('a positive Deny on a key STS never populates never applies: it blocks nothing', () => {
    // `head_ref` is a GitHub claim STS does not pass on; the Deny meant to stop pull requests.
    const text = policy([allowApp, { Effect: 'Deny', Condition: { StringLike: { [`${K}:head_ref`]: '*' } } }]);
    const f = check(text).findings.filter((x) => x.ruleId === 'oidc-key-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/the Deny never applies: it blocks nothing/);
    // simulate agrees: a token with that claim is not denied by the statement
    const c = check(text);
    expect(c.replay({ sub: 'repo:acme/app:environment:prod', aud: 'sts.amazonaws.com', head_ref: 'x' })).toBe('allow');
  });

  it('a negated Deny on a misspelt key always applies: the role can never be assumed', () => {
    const text = policy([allowApp, { Effect: 'Deny', Condition: { StringNotEquals: { [`${K}:repositry`]: 'acme/app' } } }]);
    const f = keyMismatch(text);
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/did you mean "repository"/);
    expect(f[0]?.message).toMatch(/the Deny applies to every token: the role can never be assumed/);
    const c = check(text);
    expect(c.replay({ sub: 'repo:acme/app:environment:prod', aud: 'sts.amazonaws.com', repository: 'acme/app' })).toBe('deny');
  });

  it('a Deny under another provider prefix, IfExists with other conditions', () => {
    const text = policy([
      allowApp,
      {
        Effect: 'Deny',
        Condition: {
          StringNotEqualsIfExists: { 'token.actions.githubusercontent.com/acme:repository': 'acme/app' },
          StringEquals: { [`${K}:ref`]: 'refs/heads/dev' },
        },
      },
    ]);
    const f = keyMismatch(text);
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/the Deny applies to every token its other conditions match/);
  });

  it('a Deny whose key is right is not reported', () => {
    const text = policy([allowApp, { Effect: 'Deny', Condition: { StringNotEquals: { [`${K}:repository`]: 'acme/app' } } }]);
    expect(keyMismatch(text)).toEqual([]);
  });

  it('a Deny for another principal is not about GitHub tokens', () => {
    const text = policy([allowApp, { Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole', Condition: { StringLike: { [`${K}:head_ref`]: '*' } } }]);
    expect(keyMismatch(text)).toEqual([]);
  });

  it('set operators on a Deny', () => {
    const text = policy([allowApp, { Effect: 'Deny', Condition: { 'ForAllValues:StringNotEquals': { [`${K}:environment`]: 'prod' } } }]);
    const f = check(text).findings.filter((x) => x.ruleId === 'oidc-set-operator');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/the Deny then applies to a token without this claim/);
  });
});
