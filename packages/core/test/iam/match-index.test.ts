import { describe, expect, it } from 'vitest';
import { evaluatePolicy, evaluateStatements } from '../../src/iam/evaluate.js';
import { StatementIndex } from '../../src/iam/match-index.js';
import type { ContextValue, EvalRequest } from '../../src/iam/types.js';
import { GH_PROVIDER, normalize } from './helpers.js';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const K = 'token.actions.githubusercontent.com';
const KEYS = [`${K}:sub`, `${K}:aud`, `${K}:ref`, `TOKEN.actions.githubusercontent.com:Sub`, 'aws:username'];
const OPERATORS = [
  'StringEquals', 'StringLike', 'StringEqualsIfExists', 'StringLikeIfExists', 'ForAnyValue:StringEquals', 'ForAnyValue:StringLike',
  'ForAllValues:StringEquals', 'ForAllValues:StringLike', 'StringNotEquals', 'StringNotLike', 'StringEqualsIgnoreCase', 'Null',
];
const VALUES = [
  'repo:acme/app:ref:refs/heads/main', 'repo:acme/*', 'repo:acme/app:*', 'repo:*', '*', '', 'repo:acme/ap?:*', 'sts.amazonaws.com',
  'refs/heads/main', 'refs/heads/*', 'repo:${aws:username}/*', 'repo:acme/${*}', 'repo:acme/app${?}', 'repo:${aws:username, \'acme\'}/app:*',
  'REPO:ACME/APP:REF:REFS/HEADS/MAIN', 'true', 'false',
];
const REQUEST_VALUES = [
  'repo:acme/app:ref:refs/heads/main', 'repo:acme/app:ref:refs/heads/dev', 'repo:acme/*', 'repo:acme/', 'repo:evil/x:pull_request',
  'sts.amazonaws.com', 'refs/heads/main', 'refs/heads/x', '', 'repo:acme/app?', 'repo:acme/app', 'acme', 'REPO:ACME/APP:REF:REFS/HEADS/MAIN',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function randomPolicy(r: () => number): Record<string, unknown> {
  const statements = Array.from({ length: 1 + Math.floor(r() * 8) }, () => {
    const condition: Record<string, Record<string, string | string[]>> = {};
    for (let i = Math.floor(r() * 4); i > 0; i--) {
      const values = Array.from({ length: Math.floor(r() * 3) + (r() < 0.1 ? 0 : 1) }, () => pick(r, VALUES));
      (condition[pick(r, OPERATORS)] ??= {})[pick(r, KEYS)] = values.length === 1 ? (values[0] as string) : values;
    }
    return {
      Effect: r() < 0.75 ? 'Allow' : 'Deny',
      Principal: { Federated: GH_PROVIDER },
      Action: 'sts:AssumeRoleWithWebIdentity',
      ...(Object.keys(condition).length ? { Condition: condition } : {}),
    };
  });
  return { Version: r() < 0.8 ? '2012-10-17' : '2008-10-17', Statement: statements };
}

function randomRequest(r: () => number): EvalRequest {
  const context: Record<string, ContextValue> = {};
  for (const key of KEYS) {
    const roll = r();
    if (roll < 0.3) continue;
    context[r() < 0.2 ? key.toUpperCase() : key] = roll < 0.85 ? pick(r, REQUEST_VALUES) : Array.from({ length: Math.floor(r() * 3) }, () => pick(r, REQUEST_VALUES));
  }
  return { principal: { type: 'Federated', id: GH_PROVIDER }, action: 'sts:AssumeRoleWithWebIdentity', context };
}

describe('StatementIndex (issue 19: evaluate only the statements that can apply)', () => {
  it('every statement it leaves out certainly does not apply; those it keeps evaluate as in the whole policy', () => {
    const r = rng(1919);
    let leftOut = 0;
    let kept = 0;
    for (let i = 0; i < 200; i++) {
      const policy = normalize(randomPolicy(r));
      const index = new StatementIndex(policy.statements, policy.variablesEnabled);
      for (let j = 0; j < 15; j++) {
        const request = randomRequest(r);
        for (const unresolved of ['literal', 'unknown'] as const) {
          const whole = evaluatePolicy(policy, request, { unresolved });
          const candidates = index.candidates(request);
          const some = evaluateStatements(policy, candidates, request, { unresolved });
          const inIndex = new Set(candidates.map((s) => s.index));
          for (const result of whole.statements) {
            if (inIndex.has(result.index)) continue;
            leftOut += 1;
            expect(result.applies, JSON.stringify({ statement: policy.statements[result.index], request })).toBe(false);
          }
          kept += some.length;
          expect(some).toEqual(whole.statements.filter((s) => inIndex.has(s.index)));
        }
      }
    }
    // The index does narrow (else this test would prove nothing), and keeps statements too.
    expect(leftOut).toBeGreaterThan(2000);
    expect(kept).toBeGreaterThan(2000);
  }, 120_000);

  it('picks the guard whose values the fewest statements share', () => {
    const policy = normalize({
      Version: '2012-10-17',
      Statement: ['a', 'b', 'c'].map((repo) => ({
        Effect: 'Allow',
        Principal: { Federated: GH_PROVIDER },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { [`${K}:aud`]: 'sts.amazonaws.com', [`${K}:sub`]: `repo:acme/${repo}:ref:refs/heads/main` } },
      })),
    });
    const index = new StatementIndex(policy.statements, policy.variablesEnabled);
    const request = (sub: string): Pick<EvalRequest, 'context'> => ({ context: { [`${K}:aud`]: 'sts.amazonaws.com', [`${K}:sub`]: sub } });
    expect(index.candidates(request('repo:acme/b:ref:refs/heads/main')).map((s) => s.index)).toEqual([1]);
    expect(index.candidates(request('repo:other/b:ref:refs/heads/main'))).toEqual([]);
  });
});
