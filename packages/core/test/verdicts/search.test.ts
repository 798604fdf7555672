import { describe, expect, it } from 'vitest';
import { findOutsiderSub, subConstraints } from '../../src/github/sub-search.js';
import { preparePolicy } from '../../src/rules/prepare.js';
import { AUD, check, classVerdicts, K, policy } from './helpers.js';

/**
 * A search that gives up does not say blocked. StringLike: `*` matches any run of characters, `?`
 * exactly one (IAM User Guide, "IAM JSON policy elements: Condition operators", string operators),
 * so each value is a regular language and "some other owner's subject is admitted" is decided
 * exactly. GitHub owner names: up to 39 alphanumerics or single hyphens; repository names: up to 100
 * of [A-Za-z0-9._-] (GitHub docs, "OpenID Connect reference", subject claim examples, and the
 * account/repository naming rules).
 */
const cases: [string, Record<string, Record<string, string | string[]>>][] = [
  ['80 × ?', { StringLike: { [`${K}:sub`]: `repo:${'?'.repeat(80)}*` } }],
  ['40 × *a', { StringLike: { [`${K}:sub`]: `repo:${'*a'.repeat(40)}/*` } }],
  ['scattered stars', { StringLike: { [`${K}:sub`]: 'r*e*p*o*:*a*c*m*e*/*' } }],
  ['repo:* minus repo:a* … repo:z*', { StringLike: { [`${K}:sub`]: 'repo:*' }, StringNotLike: { [`${K}:sub`]: Array.from('abcdefghijklmnopqrstuvwxyz').map((c) => `repo:${c}*`) } }],
];

describe('exact search for another owner', () => {
  for (const [name, cond] of cases) {
    it(`${name}: another owner gets in, and the witness replays`, () => {
      const c = check(policy([{ Condition: { StringEquals: AUD, ...cond } }]));
      expect(c.scope.map((f) => f.ruleId)).toEqual(['oidc-any-owner']);
      expect(c.replay(c.scope[0]?.witness ?? {})).toBe('allow');
      expect(classVerdicts(c)['other-owner']).toBe('admitted');
    });
  }

  it('says none when no other owner fits, and excludes the named owner case-insensitively', () => {
    const p = preparePolicy(check(policy([{ Condition: { StringLike: { [`${K}:sub`]: 'repo:acme/*' } } }])).doc, {});
    const st = p.statements[0];
    if (!st) throw new Error('no statement');
    const c = subConstraints(st, K, ['ACME']);
    expect(c && findOutsiderSub(c)).toEqual({ kind: 'none' });
  });

  it('repo:acme/* alone stays blocked for other owners', () => {
    const c = check(policy([{ Condition: { StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme/*' } } }]));
    expect(classVerdicts(c)['other-owner']).toBe('blocked');
  });
});
