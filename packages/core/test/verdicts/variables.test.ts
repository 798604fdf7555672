import { describe, expect, it } from 'vitest';
import { AUD, check, K, policy } from './helpers.js';

/**
 * Policy variables: under Version 2012-10-17 IAM replaces `${key}` in String and Arn condition values
 * by the request's value of that key at evaluation time (IAM User Guide, "IAM policy elements:
 * Variables and tags"; "Version": variables are only interpreted under 2012-10-17). The claim a
 * variable names is chosen by whoever mints the token, so `repo:${…:repository}:ref:refs/heads/main`
 * admits every repository's main branch.
 */
const SUB_VAR = `repo:\${${K}:repository}:ref:refs/heads/main`;

describe('policy variables in values', () => {
  for (const operator of ['StringLike', 'StringEquals']) {
    it(`${operator}: the witness carries the claim the variable names and replays to allow`, () => {
      const c = check(policy([{ Condition: { StringEquals: AUD, [operator]: { [`${K}:sub`]: SUB_VAR } } }]));
      expect(c.scope.map((f) => f.ruleId)).toEqual(['oidc-any-owner']);
      const w = c.scope[0]?.witness ?? {};
      expect(Object.keys(w).sort()).toEqual(['aud', 'repository', 'sub']);
      expect(c.replay(w)).toBe('allow');
      // no fragment of the variable where an owner name belongs
      expect(c.scope[0]?.message).not.toMatch(/outside \$\{/);
      expect(c.scope[0]?.message).not.toMatch(/"repo:\$\{token[^}]*\/</);
      // IAM substitutes the value: it is matchable, not broken
      expect(c.ids).not.toContain('oidc-subject-unmatchable');
    });
  }

  it('under 2008-10-17 the same text is literal: no token carries it', () => {
    const c = check(policy([{ Condition: { StringEquals: { ...AUD, [`${K}:sub`]: SUB_VAR } } }], '2008-10-17'));
    expect(c.scope).toEqual([]);
    expect(c.replay({ sub: 'repo:evil/x:ref:refs/heads/main', aud: 'sts.amazonaws.com', repository: 'evil/x' })).toBe('deny');
  });
});

describe('owner lists in messages', () => {
  it('a pattern prefix that is no owner name (acme-) is not listed as an owner', () => {
    const c = check(policy([{ Condition: { StringEquals: AUD, StringLike: { [`${K}:sub`]: ['repo:acme/app:*', 'repo:acme-*'] } } }]));
    const f = c.scope[0];
    expect(f?.ruleId).toBe('oidc-any-owner');
    expect(f?.message).toMatch(/outside acme can assume/);
    expect(f?.message).not.toMatch(/acme, acme-/);
    expect(c.replay(f?.witness ?? {})).toBe('allow');
  });
});
