/**
 * One test per evaluation-related trap of domain.md "Traps": the evaluator's decision for concrete
 * GitHub tokens. Severity is the rules' business; here only "who is admitted" is checked.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from '../../src/iam/evaluate.js';
import { normalizePolicy } from '../../src/iam/normalize.js';
import { parseJsonTree } from '../../src/sources/json-tree.js';
import { AUD, GH, GH_PROVIDER, SUB, WEB_IDENTITY, decideCondition, evaluate, ghPolicy, ghRequest, ghStatement } from './helpers.js';

const MAIN = 'repo:acme/app:ref:refs/heads/main';
const EVIL = 'repo:evil/x:ref:refs/heads/main';
const P = (claim: string): string => `${GH}:${claim}`;

describe('domain.md traps', () => {
  it('trap 1: aud-only admits any GitHub repository', () => {
    const cond = { StringEquals: { [AUD]: 'sts.amazonaws.com' } };
    expect(decideCondition(cond, { sub: EVIL })).toBe('allow');
  });

  it('trap 3: repo:* and repo:*/* admit any repository', () => {
    expect(decideCondition({ StringLike: { [SUB]: 'repo:*' } }, { sub: EVIL })).toBe('allow');
    expect(decideCondition({ StringLike: { [SUB]: 'repo:*/*' } }, { sub: EVIL })).toBe('allow');
  });

  it('trap 4: a loose value anywhere in the list (values are OR-ed)', () => {
    expect(decideCondition({ StringLike: { [SUB]: [MAIN, '*'] } }, { sub: EVIL })).toBe('allow');
  });

  it('trap 5: an org prefix without slash admits other owners', () => {
    expect(decideCondition({ StringLike: { [SUB]: 'repo:acme*' } }, { sub: 'repo:acme-evil/x:ref:refs/heads/main' })).toBe('allow');
    expect(decideCondition({ StringLike: { [SUB]: 'repo:acme*:*' } }, { sub: 'repo:acme-evil/x:pull_request' })).toBe('allow');
    expect(decideCondition({ StringLike: { [SUB]: 'repo:acme*' } }, { sub: 'repo:acme@99/x:ref:refs/heads/main' })).toBe('allow');
    expect(decideCondition({ StringLike: { [SUB]: 'repo:acme/*' } }, { sub: 'repo:acme-evil/x:ref:refs/heads/main' })).toBe('implicit-deny');
  });

  it('trap 7: a branch prefix admits main-evil (and main); * spans / in refs', () => {
    const cond = { StringLike: { [SUB]: 'repo:acme/app:ref:refs/heads/main*' } };
    expect(decideCondition(cond, { sub: 'repo:acme/app:ref:refs/heads/main-evil' })).toBe('allow');
    expect(decideCondition(cond, { sub: MAIN })).toBe('allow');
    expect(decideCondition({ StringLike: { [SUB]: 'repo:acme/app:ref:refs/heads/release/*' } }, { sub: 'repo:acme/app:ref:refs/heads/release/x/y' })).toBe('allow');
  });

  it('trap 8: ? is a wildcard for exactly one character', () => {
    const cond = { StringLike: { [SUB]: 'repo:acme/ap?:*' } };
    expect(decideCondition(cond, { sub: 'repo:acme/apX:ref:refs/heads/main' })).toBe('allow');
    expect(decideCondition(cond, { sub: 'repo:acme/ap:ref:refs/heads/main' })).toBe('implicit-deny');
  });

  it('trap 9: StringEquals treats * literally; StringLike does not', () => {
    expect(decideCondition({ StringEquals: { [SUB]: 'repo:acme/*' } }, { sub: MAIN })).toBe('implicit-deny');
    expect(decideCondition({ StringLike: { [SUB]: 'repo:acme/*' } }, { sub: MAIN })).toBe('allow');
  });

  it('trap 10: a case-variant key is the same key; two variants are AND-ed', () => {
    expect(decideCondition({ StringLike: { 'TOKEN.ACTIONS.GITHUBUSERCONTENT.COM:SUB': '*' } }, { sub: EVIL })).toBe('allow');
    const both = { StringLike: { [SUB]: 'repo:acme/*', 'TOKEN.ACTIONS.GITHUBUSERCONTENT.COM:SUB': '*' } };
    expect(decideCondition(both, { sub: EVIL })).toBe('implicit-deny');
    expect(decideCondition(both, { sub: MAIN })).toBe('allow');
  });

  it('trap 11: ForAllValues on an absent key (no environment, typo key, unpopulated key) is true', () => {
    const env = { 'ForAllValues:StringEquals': { [P('environment')]: 'prod' } };
    expect(decideCondition(env, { sub: 'repo:evil/x:ref:refs/heads/main' })).toBe('allow');
    expect(decideCondition(env, { sub: 'repo:evil/x:environment:dev', environment: 'dev' })).toBe('implicit-deny');
    expect(decideCondition({ 'ForAllValues:StringEquals': { [P('subject')]: MAIN } }, { sub: EVIL })).toBe('allow');
    expect(decideCondition({ 'ForAllValues:StringEquals': { [P('repository_owner')]: 'acme' } }, { sub: EVIL })).toBe('allow');
    // On sub itself (always present) it behaves like the plain operator.
    expect(decideCondition({ 'ForAllValues:StringLike': { [SUB]: 'repo:acme/*' } }, { sub: EVIL })).toBe('implicit-deny');
  });

  it('trap 12: IfExists on a key that may be absent is no restriction; on sub it is the plain operator', () => {
    expect(decideCondition({ StringEqualsIfExists: { [P('repository_id')]: '123' } }, { sub: EVIL })).toBe('allow');
    expect(decideCondition({ StringEqualsIfExists: { [P('repository_id')]: '123' } }, { sub: EVIL, repository_id: '666' })).toBe('implicit-deny');
    expect(decideCondition({ StringLikeIfExists: { [SUB]: 'repo:acme/*' } }, { sub: EVIL })).toBe('implicit-deny');
  });

  it('trap 13: negated operators in an Allow admit everything not listed', () => {
    expect(decideCondition({ StringNotLike: { [SUB]: 'repo:evil/*' } }, { sub: 'repo:other/x:ref:refs/heads/main' })).toBe('allow');
    expect(decideCondition({ StringNotLike: { [SUB]: 'repo:evil/*' } }, { sub: EVIL })).toBe('implicit-deny');
    const notEq = { StringNotEquals: { [SUB]: ['repo:a/a:ref:refs/heads/main', 'repo:b/b:ref:refs/heads/main'] } };
    expect(decideCondition(notEq, { sub: EVIL })).toBe('allow');
    expect(decideCondition(notEq, { sub: 'repo:b/b:ref:refs/heads/main' })).toBe('implicit-deny');
  });

  it('trap 14: a Null check only (sub present) admits every token', () => {
    expect(decideCondition({ Null: { [SUB]: 'false' } }, { sub: EVIL })).toBe('allow');
  });

  it('trap 15: two Allow statements are OR-ed (tight sub + aud-only)', () => {
    const policy = ghPolicy(ghStatement({ StringEquals: { [SUB]: MAIN } }), ghStatement({ StringEquals: { [AUD]: 'sts.amazonaws.com' } }));
    const res = evaluate(policy, ghRequest({ sub: EVIL }));
    expect(res.decision).toBe('allow');
    expect(res.allowing).toEqual([1]);
  });

  it('trap 16: a Deny with StringNotLike narrows an aud-only Allow; a positive Deny on an absent key never fires', () => {
    const allow = ghStatement({ StringEquals: { [AUD]: 'sts.amazonaws.com' } });
    const deny = ghStatement({ StringNotLike: { [SUB]: 'repo:acme/app:*' } }, { Effect: 'Deny' });
    const policy = ghPolicy(allow, deny);
    expect(evaluate(policy, ghRequest({ sub: EVIL })).decision).toBe('explicit-deny');
    expect(evaluate(policy, ghRequest({ sub: MAIN })).decision).toBe('allow');
    expect(evaluate(policy, ghRequest({ sub: 'repo:acme/app:pull_request' })).decision).toBe('allow');
    const positiveDeny = ghStatement({ StringEquals: { [P('repository_owner')]: 'evil' } }, { Effect: 'Deny' });
    expect(evaluate(ghPolicy(allow, positiveDeny), ghRequest({ sub: EVIL })).decision).toBe('allow');
  });

  it('trap 17: action wildcards, case and NotAction cover AssumeRoleWithWebIdentity', () => {
    const req = ghRequest({ sub: MAIN });
    for (const action of ['sts:*', '*', 'sts:AssumeRole*', 'STS:assumerolewithwebidentity']) {
      expect(evaluate(ghPolicy(ghStatement(undefined, { Action: action })), req).decision, action).toBe('allow');
    }
    expect(evaluate(ghPolicy(ghStatement(undefined, { Action: undefined, NotAction: 'sts:AssumeRole' })), req).decision).toBe('allow');
    expect(evaluate(ghPolicy(ghStatement(undefined, { Action: 'sts:AssumeRole' })), req).decision).toBe('implicit-deny');
  });

  it('trap 18: Principal "*" / {"AWS":"*"} trusts GitHub (and any other IdP)', () => {
    const cond = { StringLike: { [SUB]: 'repo:acme/*' } };
    for (const principal of ['*', { AWS: '*' }]) {
      const withSub = ghPolicy(ghStatement(cond, { Principal: principal }));
      expect(evaluate(withSub, ghRequest({ sub: MAIN })).decision).toBe('allow');
      expect(evaluate(withSub, ghRequest({ sub: EVIL })).decision).toBe('implicit-deny');
      const bare = ghPolicy(ghStatement(undefined, { Principal: principal }));
      const gitlab = { principal: { type: 'Federated' as const, id: 'arn:aws:iam::1:oidc-provider/gitlab.com' }, action: WEB_IDENTITY, context: { 'gitlab.com:sub': 'project_path:x/y' } };
      expect(evaluate(bare, gitlab).decision).toBe('allow');
    }
  });

  it('trap 19: enterprise-slug provider with github.com keys: positive unusable, negated/IfExists/ForAllValues admit all', () => {
    const slug = `${GH_PROVIDER}/acme`;
    const token = ghRequest({ sub: EVIL }, { prefix: `${GH}/acme`, provider: slug });
    const on = (condition: Record<string, unknown>) =>
      evaluate(ghPolicy(ghStatement(condition, { Principal: { Federated: slug } })), token).decision;
    expect(on({ StringLike: { [SUB]: 'repo:acme/*' } })).toBe('implicit-deny');
    expect(on({ StringNotLike: { [SUB]: 'repo:evil/*' } })).toBe('allow');
    expect(on({ StringLikeIfExists: { [SUB]: 'repo:acme/*' } })).toBe('allow');
    expect(on({ 'ForAllValues:StringLike': { [SUB]: 'repo:acme/*' } })).toBe('allow');
  });

  it('trap 20: a second provider in the Federated list sees the GitHub keys as absent', () => {
    const gitlabArn = 'arn:aws:iam::123456789012:oidc-provider/gitlab.com';
    const principal = { Federated: [GH_PROVIDER, gitlabArn] };
    const gitlab = ghRequest({ sub: 'project_path:evil/x:ref_type:branch:ref:main' }, { prefix: 'gitlab.com', provider: gitlabArn });
    const positive = ghPolicy(ghStatement({ StringLike: { [SUB]: 'repo:acme/*' } }, { Principal: principal }));
    expect(evaluate(positive, gitlab).decision).toBe('implicit-deny');
    expect(evaluate(positive, ghRequest({ sub: MAIN })).decision).toBe('allow');
    const negated = ghPolicy(ghStatement({ StringNotLike: { [SUB]: 'repo:evil/*' } }, { Principal: principal }));
    expect(evaluate(negated, gitlab).decision).toBe('allow');
  });

  it('trap 21: job_workflow_ref alone admits any caller repository; @* lets the caller pick the ref', () => {
    const jwr = 'acme/deploy/.github/workflows/deploy.yml@refs/heads/main';
    expect(decideCondition({ StringLike: { [P('job_workflow_ref')]: jwr } }, { sub: EVIL, job_workflow_ref: jwr })).toBe('allow');
    const anyRef = { StringLike: { [P('job_workflow_ref')]: 'acme/deploy/.github/workflows/deploy.yml@*' } };
    expect(decideCondition(anyRef, { sub: 'repo:evil/x:pull_request', job_workflow_ref: 'acme/deploy/.github/workflows/deploy.yml@refs/pull/5/merge' })).toBe('allow');
  });

  it('trap 23: a customised owner-only sub is an ordinary string (admits every repo of the owner)', () => {
    const cond = { StringEquals: { [SUB]: 'repository_owner:acme' } };
    expect(decideCondition(cond, { sub: 'repository_owner:acme' })).toBe('allow');
    expect(decideCondition(cond, { sub: MAIN })).toBe('implicit-deny');
  });

  it('trap 24: wildcarded immutable ids admit a re-registered owner/repo with new ids', () => {
    const cond = { StringLike: { [SUB]: 'repo:acme@*/app@*:ref:refs/heads/main' } };
    expect(decideCondition(cond, { sub: 'repo:acme@999999/app@888888:ref:refs/heads/main' })).toBe('allow');
    expect(decideCondition({ StringEquals: { [SUB]: 'repo:acme@1/app@2:ref:refs/heads/main' } }, { sub: 'repo:acme@999999/app@888888:ref:refs/heads/main' })).toBe('implicit-deny');
  });

  it('trap 29: %3A is literal text: env "prod:eu" and env "prod%3Aeu" mint the same admitted sub', () => {
    const cond = { StringEquals: { [SUB]: 'repo:acme/app:environment:prod%3Aeu' } };
    expect(decideCondition(cond, { sub: 'repo:acme/app:environment:prod%3Aeu', environment: 'prod:eu' })).toBe('allow');
    expect(decideCondition(cond, { sub: 'repo:acme/app:environment:prod%3Aeu', environment: 'prod%3Aeu' })).toBe('allow');
    expect(decideCondition(cond, { sub: 'repo:acme/app:environment:prod:eu' })).toBe('implicit-deny');
  });

  it('trap 30: StringEqualsIgnoreCase admits a case-variant branch', () => {
    expect(decideCondition({ StringEqualsIgnoreCase: { [SUB]: MAIN } }, { sub: 'repo:acme/app:ref:refs/heads/MAIN' })).toBe('allow');
    expect(decideCondition({ StringEquals: { [SUB]: MAIN } }, { sub: 'repo:acme/app:ref:refs/heads/MAIN' })).toBe('implicit-deny');
  });

  it('trap 33: ${…} is literal under 2008-10-17 / no Version; ${*} is a literal * under 2012-10-17', () => {
    const star = { StringLike: { [SUB]: 'repo:acme/${*}' } };
    expect(decideCondition(star, { sub: MAIN })).toBe('implicit-deny');
    expect(decideCondition(star, { sub: 'repo:acme/*' })).toBe('allow');
    const variable = ghStatement({ StringLike: { [SUB]: 'repo:${token.actions.githubusercontent.com:actor}/*' } });
    const token = ghRequest({ sub: MAIN, actor: 'acme' });
    expect(evaluate({ Version: '2012-10-17', Statement: [variable] }, token).decision).toBe('allow');
    expect(evaluate({ Version: '2008-10-17', Statement: [variable] }, token).decision).toBe('implicit-deny');
    expect(evaluate({ Statement: [variable] }, token).decision).toBe('implicit-deny');
    expect(evaluate({ Statement: [variable] }, ghRequest({ sub: 'repo:${token.actions.githubusercontent.com:actor}/x' })).decision).toBe('allow');
  });

  it('trap 34: duplicate keys keep the last value and are reported', () => {
    const node = parseJsonTree(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow",
      "Principal":{"Federated":"${GH_PROVIDER}"},"Action":"${WEB_IDENTITY}",
      "Condition":{"StringLike":{"${SUB}":"repo:acme/app:*","${SUB}":"*"}}}]}`);
    if (node.type !== 'object') throw new Error('not an object');
    const policy = normalizePolicy(node);
    expect(policy.problems.map((p) => p.code)).toEqual(['duplicate-key']);
    expect(evaluatePolicy(policy, ghRequest({ sub: EVIL })).decision).toBe('allow');
  });
});
