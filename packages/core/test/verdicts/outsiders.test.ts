import { describe, expect, it } from 'vitest';
import { AUD, check, classVerdicts, K, policy } from './helpers.js';

/**
 * Outsiders choose every claim the policy tests, within GitHub's rules. Owner and repository ids are
 * decimal numbers GitHub assigns to each new account or repository, so a wildcard in an id admits
 * accounts created later; whoever owns a repository picks its sub template (GitHub docs, "OpenID
 * Connect reference" → "Customizing the subject claims for an organization or repository"); `actor`
 * is the account that started the run, which in its own repositories is any user (same page, the
 * claims table).
 */
function verdicts(cond: Record<string, Record<string, string | string[]>>): ReturnType<typeof check> {
  return check(policy([{ Condition: { StringEquals: AUD, ...cond } }]));
}

describe('outsiders vary every claim', () => {
  it('repository_owner_id:123* in a customised sub admits other owners', () => {
    const c = verdicts({ StringLike: { [`${K}:sub`]: 'repository_owner_id:123*' } });
    expect(c.scope.map((f) => f.ruleId)).toEqual(['oidc-any-owner']);
    expect(c.replay(c.scope[0]?.witness ?? {})).toBe('allow');
    expect(classVerdicts(c)['other-owner']).toBe('admitted');
  });

  it('repository_owner_id:123:* admits other repositories of owner 123 (a template with more keys)', () => {
    const c = verdicts({ StringLike: { [`${K}:sub`]: 'repository_owner_id:123:*' } });
    expect(c.scope.map((f) => f.ruleId)).toEqual(['oidc-owner-wide']);
    expect(c.replay(c.scope[0]?.witness ?? {})).toBe('allow');
    expect(classVerdicts(c)['other-owner']).toBe('blocked');
  });

  it('a wildcard in the repository_owner_id key admits other owners', () => {
    const c = verdicts({ StringLike: { [`${K}:repository_owner_id`]: '12?' } });
    expect(c.scope.map((f) => f.ruleId)).toEqual(['oidc-any-owner']);
    const w = c.scope[0]?.witness ?? {};
    expect(w.repository_owner_id).toMatch(/^12\d$/);
    expect(c.replay(w)).toBe('allow');
  });

  it('an actor-only restriction admits that user in their own repositories', () => {
    const c = verdicts({ StringEquals: { ...AUD, [`${K}:actor`]: 'octocat' } });
    expect(c.scope.map((f) => f.ruleId)).toEqual(['oidc-any-owner']);
    const w = c.scope[0]?.witness ?? {};
    expect(w.actor).toBe('octocat');
    expect(c.replay(w)).toBe('allow');
  });
});
