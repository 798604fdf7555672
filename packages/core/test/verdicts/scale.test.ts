import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { AUD, K, policy, type Stmt } from './helpers.js';

/**
 * Issue 19: a policy naming many repositories. Candidate tokens of the classes built per intended
 * repository (other ids, new branch / tag / environment, pull request) are bounded per repository,
 * so the last repository is tried as the first is: with one bound per class, statements after about
 * the 60th got no candidate and their wildcard branches were not reported (a silent pass).
 */
describe('a policy of many statements, one repository each', () => {
  it('every statement is searched: each wildcard branch is found, each exact one is not', () => {
    const statements: Stmt[] = Array.from({ length: 150 }, (_, i) =>
      i % 2 === 0
        ? { Condition: { StringEquals: { ...AUD, [`${K}:sub`]: `repo:acme/service-${i}:ref:refs/heads/main` } } }
        : { Condition: { StringEquals: AUD, StringLike: { [`${K}:sub`]: `repo:acme/service-${i}:ref:refs/heads/release/*` } } },
    );
    const { findings } = analyze([{ file: 'p.json', text: policy(statements) }]);
    const wildcard = findings.filter((f) => f.ruleId === 'oidc-ref-wildcard');
    expect(wildcard.map((f) => f.properties?.statement)).toEqual(Array.from({ length: 75 }, (_, j) => 2 * j + 1));
    expect(findings.filter((f) => f.ruleId !== 'oidc-ref-wildcard')).toEqual([]);
    // The witness of the last one is a branch of its own repository.
    expect(wildcard.at(-1)?.witness?.sub).toMatch(/^repo:acme\/service-149:ref:refs\/heads\/release\//);
  }, 120_000);
});
