import { describe, expect, it } from 'vitest';
import { actionMatches, decide, evaluatePolicy, matchesWildcard } from '../../src/iam/evaluate.js';
import type { EvalRequest, RequestPrincipal } from '../../src/iam/types.js';
import { AUD, GH_PROVIDER, SUB, WEB_IDENTITY, evaluate, ghPolicy, ghRequest, ghStatement, normalize } from './helpers.js';

const MAIN = 'repo:acme/app:ref:refs/heads/main';

function asPrincipal(principal: RequestPrincipal, action = WEB_IDENTITY): EvalRequest {
  return { principal, action, context: {} };
}

describe('matchesWildcard / actionMatches', () => {
  it('matches * (incl. empty) and ? (exactly one)', () => {
    expect(matchesWildcard('a*', 'a', false)).toBe(true);
    expect(matchesWildcard('*:*', 'x:y/z', false)).toBe(true);
    expect(matchesWildcard('a?c', 'ac', false)).toBe(false);
    expect(matchesWildcard('A*', 'abc', true)).toBe(true);
    expect(matchesWildcard('A*', 'abc', false)).toBe(false);
    expect(matchesWildcard('*a*a*a*a*a*b', 'a'.repeat(200), false)).toBe(false);
  });

  it('matches actions case-insensitively with wildcards', () => {
    for (const pattern of ['sts:*', '*', 'sts:AssumeRole*', 'STS:assumerolewithwebidentity', 'sts:AssumeRoleWith?ebIdentity']) {
      expect(actionMatches(pattern, WEB_IDENTITY), pattern).toBe(true);
    }
    for (const pattern of ['sts:AssumeRole', 'iam:*', 'sts:AssumeRoleWithSAML']) {
      expect(actionMatches(pattern, WEB_IDENTITY), pattern).toBe(false);
    }
  });
});

describe('actions', () => {
  it('Action lists are OR-ed; NotAction applies to everything not listed', () => {
    const req = ghRequest({ sub: MAIN });
    expect(evaluate(ghPolicy(ghStatement(undefined, { Action: ['sts:AssumeRole', 'sts:AssumeRoleWith*'] })), req).decision).toBe('allow');
    expect(evaluate(ghPolicy(ghStatement(undefined, { Action: undefined, NotAction: 'sts:AssumeRole' })), req).decision).toBe('allow');
    expect(evaluate(ghPolicy(ghStatement(undefined, { Action: undefined, NotAction: ['sts:AssumeRole*'] })), req).decision).toBe('implicit-deny');
  });

  it('a statement without Action and NotAction applies to no action', () => {
    const st = ghStatement();
    delete st.Action;
    expect(evaluate(ghPolicy(st), ghRequest({ sub: MAIN })).decision).toBe('implicit-deny');
  });
});

describe('principals', () => {
  const fed: RequestPrincipal = { type: 'Federated', id: GH_PROVIDER };
  const role: RequestPrincipal = { type: 'AWS', id: 'arn:aws:iam::111122223333:role/x' };
  const svc: RequestPrincipal = { type: 'Service', id: 'lambda.amazonaws.com' };
  const allow = (principal: unknown, key = 'Principal') =>
    normalize(ghPolicy({ Effect: 'Allow', [key]: principal, Action: '*' }));

  it('"*" matches every principal', () => {
    for (const p of [fed, role, svc]) expect(evaluatePolicy(allow('*'), asPrincipal(p)).decision).toBe('allow');
  });

  it('{"AWS":"*"} is treated as any principal, Federated included', () => {
    for (const p of [fed, role, svc]) expect(evaluatePolicy(allow({ AWS: '*' }), asPrincipal(p)).decision).toBe('allow');
  });

  it('a Federated ARN matches exactly that provider', () => {
    const policy = allow({ Federated: GH_PROVIDER });
    expect(evaluatePolicy(policy, asPrincipal(fed)).decision).toBe('allow');
    expect(evaluatePolicy(policy, asPrincipal({ type: 'Federated', id: `${GH_PROVIDER}/acme` })).decision).toBe('implicit-deny');
    expect(evaluatePolicy(policy, asPrincipal({ type: 'AWS', id: GH_PROVIDER })).decision).toBe('implicit-deny');
  });

  it('lists of values and several types are OR-ed; {"Federated":"*"} matches any provider only', () => {
    const policy = allow({ Federated: ['arn:aws:iam::1:oidc-provider/gitlab.com', GH_PROVIDER], Service: 'lambda.amazonaws.com' });
    expect(evaluatePolicy(policy, asPrincipal(fed)).decision).toBe('allow');
    expect(evaluatePolicy(policy, asPrincipal(svc)).decision).toBe('allow');
    expect(evaluatePolicy(policy, asPrincipal(role)).decision).toBe('implicit-deny');
    expect(evaluatePolicy(allow({ Federated: '*' }), asPrincipal(fed)).decision).toBe('allow');
    expect(evaluatePolicy(allow({ Federated: '*' }), asPrincipal(role)).decision).toBe('implicit-deny');
  });

  it('Service principals match by name', () => {
    expect(evaluatePolicy(allow({ Service: 'lambda.amazonaws.com' }), asPrincipal(svc)).decision).toBe('allow');
    expect(evaluatePolicy(allow({ Service: 'ec2.amazonaws.com' }), asPrincipal(svc)).decision).toBe('implicit-deny');
  });

  it('NotPrincipal applies to every principal it does not name', () => {
    const policy = allow({ AWS: role.id }, 'NotPrincipal');
    expect(evaluatePolicy(policy, asPrincipal(fed)).decision).toBe('allow');
    expect(evaluatePolicy(policy, asPrincipal(role)).decision).toBe('implicit-deny');
  });

  it('a statement without Principal/NotPrincipal applies to nobody', () => {
    expect(evaluatePolicy(normalize(ghPolicy({ Effect: 'Allow', Action: '*' })), asPrincipal(fed)).decision).toBe('implicit-deny');
  });
});

describe('conditions combine', () => {
  it('multiple keys in one operator AND', () => {
    const cond = { StringEquals: { [SUB]: MAIN, [AUD]: 'sts.amazonaws.com' } };
    const policy = ghPolicy(ghStatement(cond));
    expect(evaluate(policy, ghRequest({ sub: MAIN })).decision).toBe('allow');
    expect(evaluate(policy, ghRequest({ sub: MAIN, aud: 'other' })).decision).toBe('implicit-deny');
  });

  it('multiple operators AND', () => {
    const policy = ghPolicy(ghStatement({ StringEquals: { [AUD]: 'sts.amazonaws.com' }, StringLike: { [SUB]: 'repo:acme/*' } }));
    expect(evaluate(policy, ghRequest({ sub: MAIN })).decision).toBe('allow');
    expect(evaluate(policy, ghRequest({ sub: 'repo:evil/app:ref:refs/heads/main' })).decision).toBe('implicit-deny');
  });

  it('two case variants of one key in one block are AND-ed as one key', () => {
    const policy = ghPolicy(ghStatement({ StringLike: { [SUB]: 'repo:acme/*', [SUB.toUpperCase()]: '*:ref:refs/heads/main' } }));
    expect(evaluate(policy, ghRequest({ sub: MAIN })).decision).toBe('allow');
    expect(evaluate(policy, ghRequest({ sub: 'repo:evil/app:ref:refs/heads/main' })).decision).toBe('implicit-deny');
    expect(evaluate(policy, ghRequest({ sub: 'repo:acme/app:ref:refs/heads/dev' })).decision).toBe('implicit-deny');
  });
});

describe('decision', () => {
  it('follows the Kleene table', () => {
    expect(decide(true, 'unknown')).toBe('explicit-deny');
    expect(decide(false, true)).toBe('allow');
    expect(decide(false, false)).toBe('implicit-deny');
    expect(decide(false, 'unknown')).toBe('unknown');
    expect(decide('unknown', false)).toBe('implicit-deny');
    expect(decide('unknown', true)).toBe('unknown');
    expect(decide('unknown', 'unknown')).toBe('unknown');
  });

  it('lists allowing and denying statements', () => {
    const policy = ghPolicy(
      ghStatement({ StringLike: { [SUB]: 'repo:acme/*' } }),
      ghStatement({ StringEquals: { [SUB]: 'nope' } }),
      ghStatement(undefined),
      ghStatement({ StringLike: { [SUB]: '*:pull_request' } }, { Effect: 'Deny' }),
    );
    const res = evaluate(policy, ghRequest({ sub: MAIN }));
    expect(res).toMatchObject({ decision: 'allow', allowing: [0, 2], denying: [] });
    const pr = evaluate(policy, ghRequest({ sub: 'repo:acme/app:pull_request' }));
    expect(pr).toMatchObject({ decision: 'explicit-deny', allowing: [0, 2], denying: [3] });
    expect(res.statements[1]).toMatchObject({ principal: true, action: true, condition: false, applies: false });
  });

  it('an unknown operator makes the decision unknown and is reported', () => {
    const policy = normalize(ghPolicy(ghStatement({ StringEqualsIgnorecase: { [SUB]: MAIN } })));
    expect(policy.problems.map((p) => p.code)).toEqual(['unknown-operator']);
    const res = evaluatePolicy(policy, ghRequest({ sub: MAIN }));
    expect(res.decision).toBe('unknown');
    expect(res.statements[0]).toMatchObject({ condition: 'unknown', applies: 'unknown' });
    expect(res.statements[0]!.conditions[0]!.outcome).toBe('unknown-operator');
  });

  it('an unknown operator next to a false condition cannot allow', () => {
    const policy = ghPolicy(ghStatement({ Foo: { [SUB]: 'x' }, StringEquals: { [SUB]: 'other' } }));
    expect(evaluate(policy, ghRequest({ sub: MAIN })).decision).toBe('implicit-deny');
  });

  it('an unknown Deny over a true Allow is unknown; over no Allow it is an implicit deny', () => {
    const deny = ghStatement({ Whatever: { [SUB]: 'x' } }, { Effect: 'Deny' });
    expect(evaluate(ghPolicy(ghStatement(), deny), ghRequest({ sub: MAIN })).decision).toBe('unknown');
    expect(evaluate(ghPolicy(deny), ghRequest({ sub: MAIN })).decision).toBe('implicit-deny');
  });

  it('a statement with an invalid Effect never applies', () => {
    const res = evaluate(ghPolicy(ghStatement(undefined, { Effect: 'allow' })), ghRequest({ sub: MAIN }));
    expect(res.decision).toBe('implicit-deny');
    expect(res.statements[0]).toMatchObject({ effect: null, principal: true, action: true, condition: true, applies: false });
  });

  it('Statement as a single object is evaluated', () => {
    const doc = { Version: '2012-10-17', Statement: ghStatement({ StringEquals: { [SUB]: MAIN } }) };
    expect(evaluate(doc, ghRequest({ sub: MAIN })).decision).toBe('allow');
  });

  it('an empty policy implicitly denies', () => {
    expect(evaluate({ Version: '2012-10-17', Statement: [] }, ghRequest({ sub: MAIN })).decision).toBe('implicit-deny');
  });
});

describe('unresolved markers outside conditions', () => {
  const M = '\uE0000\uE001';

  it('a principal ARN with a marker: no match (literal), unknown (unknown mode)', () => {
    const doc = ghPolicy(ghStatement(undefined, { Principal: { Federated: `arn:aws:iam::${M}:oidc-provider/token.actions.githubusercontent.com` } }));
    expect(evaluate(doc, ghRequest({ sub: MAIN })).decision).toBe('implicit-deny');
    const res = evaluate(doc, ghRequest({ sub: MAIN }), { unresolved: 'unknown' });
    expect(res.decision).toBe('unknown');
    expect(res.statements[0]!.principal).toBe('unknown');
    expect(evaluate(doc, ghRequest({ sub: MAIN }, { provider: 'arn:aws:iam::1:oidc-provider/gitlab.com' }), { unresolved: 'unknown' }).decision).toBe('implicit-deny');
  });

  it('an action with a marker: no match (literal), unknown (unknown mode)', () => {
    const doc = ghPolicy(ghStatement(undefined, { Action: `sts:${M}` }));
    expect(evaluate(doc, ghRequest({ sub: MAIN })).decision).toBe('implicit-deny');
    expect(evaluate(doc, ghRequest({ sub: MAIN }), { unresolved: 'unknown' }).decision).toBe('unknown');
  });

  it('a condition value with a marker: literal never matches; unknown mode gives unknown, which a Deny cannot resolve', () => {
    const doc = ghPolicy(ghStatement({ StringLike: { [SUB]: `repo:${M}/*` } }));
    expect(evaluate(doc, ghRequest({ sub: MAIN })).decision).toBe('implicit-deny');
    const res = evaluate(doc, ghRequest({ sub: MAIN }), { unresolved: 'unknown' });
    expect(res.decision).toBe('unknown');
    expect(res.statements[0]!.conditions[0]).toMatchObject({ result: 'unknown', outcome: 'unresolved', matchedValues: [] });
  });
});
