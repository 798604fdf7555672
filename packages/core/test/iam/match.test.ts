import { describe, expect, it } from 'vitest';
import { matchArnTokens, matchesWildcard, matchTokens, resolveVariables, tokenize } from '../../src/iam/match.js';
import { UNRESOLVED_CLOSE, UNRESOLVED_OPEN } from '../../src/model/policy.js';

/**
 * Reference glob: `*` any run of code points (incl. empty), `?` exactly one code point (IAM User
 * Guide, "IAM JSON policy elements: Condition operators", StringLike). Written as a plain recursive
 * definition, independent of the compiled matcher in iam/match.ts.
 */
function reference(pattern: readonly string[], value: readonly string[]): boolean {
  if (pattern.length === 0) return value.length === 0;
  const [head, ...rest] = pattern;
  if (head === '*') {
    for (let i = 0; i <= value.length; i++) if (reference(rest, value.slice(i))) return true;
    return false;
  }
  if (value.length === 0) return false;
  if (head === '?' || head === value[0]) return reference(rest, value.slice(1));
  return false;
}

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

describe('compiled glob matching (issue 19: each pattern compiled once)', () => {
  it('a literal prefix and suffix that overlap in the value still need the whole pattern', () => {
    expect(matchesWildcard('ab*ba', 'aba', false)).toBe(false);
    expect(matchesWildcard('ab*ba', 'abba', false)).toBe(true);
    expect(matchesWildcard('ab*ba', 'abxba', false)).toBe(true);
    expect(matchesWildcard('a*', 'a', false)).toBe(true);
    expect(matchesWildcard('*a', 'b', false)).toBe(false);
  });

  it('`?` is one code point, also outside the BMP', () => {
    expect(matchesWildcard('a?b', 'a\u{1F600}b', false)).toBe(true);
    expect(matchesWildcard('a??b', 'a\u{1F600}b', false)).toBe(false);
  });

  it('exact patterns compare whole strings, case-folded only when asked', () => {
    const tokens = tokenize('repo:Acme/App:ref:refs/heads/main', { wildcards: false, variables: false });
    expect(matchTokens(tokens, 'repo:Acme/App:ref:refs/heads/main', false, 'literal')).toBe(true);
    expect(matchTokens(tokens, 'repo:acme/app:ref:refs/heads/main', false, 'literal')).toBe(false);
    expect(matchTokens(tokens, 'repo:acme/app:ref:refs/heads/main', true, 'literal')).toBe(true);
    expect(matchTokens(tokens, 'repo:Acme/App:ref:refs/heads/mai', false, 'literal')).toBe(false);
    // Asked again (now from the cache) the answers are the same.
    expect(matchTokens(tokens, 'repo:Acme/App:ref:refs/heads/main', false, 'literal')).toBe(true);
    expect(matchTokens(tokens, 'repo:acme/app:ref:refs/heads/main', true, 'literal')).toBe(true);
  });

  it('a marker is literal text, or a wildcard that can only make the answer unknown', () => {
    const raw = `repo:acme/${UNRESOLVED_OPEN}0${UNRESOLVED_CLOSE}:*`;
    const tokens = tokenize(raw, { wildcards: true, variables: false });
    expect(matchTokens(tokens, 'repo:acme/app:ref:refs/heads/main', false, 'literal')).toBe(false);
    expect(matchTokens(tokens, 'repo:acme/app:ref:refs/heads/main', false, 'unknown')).toBe('unknown');
    expect(matchTokens(tokens, `repo:acme/${UNRESOLVED_OPEN}0${UNRESOLVED_CLOSE}:x`, false, 'unknown')).toBe(true);
  });

  it('tokens without variables are returned as they are, with variables substituted anew', () => {
    const plain = tokenize('repo:acme/*', { wildcards: true, variables: true });
    expect(resolveVariables(plain, () => undefined)).toBe(plain);
    const withVar = tokenize('repo:${aws:username}/*', { wildcards: true, variables: true });
    const a = resolveVariables(withVar, () => 'alice');
    const b = resolveVariables(withVar, () => 'bob');
    expect(a && matchTokens(a, 'repo:alice/x', false, 'literal')).toBe(true);
    expect(b && matchTokens(b, 'repo:alice/x', false, 'literal')).toBe(false);
    expect(b && matchTokens(b, 'repo:bob/x', false, 'literal')).toBe(true);
  });

  it('ARN components are compiled once and still matched one by one', () => {
    const tokens = tokenize('arn:aws:iam::*:role/ci-*', { wildcards: true, variables: false });
    expect(matchArnTokens(tokens, 'arn:aws:iam::123456789012:role/ci-deploy', 'literal')).toBe(true);
    expect(matchArnTokens(tokens, 'arn:aws:iam::123456789012:role/other', 'literal')).toBe(false);
    // `*` does not span the account component's `:`.
    expect(matchArnTokens(tokenize('arn:aws:iam::*', { wildcards: true, variables: false }), 'arn:aws:iam::1:role/x', 'literal')).toBe(false);
    expect(matchArnTokens(tokens, 'not-an-arn', 'literal')).toBe(false);
  });

  it('agrees with a reference glob on random patterns and values', () => {
    const next = rng(19);
    const alphabet = ['a', 'b', 'A', '/', ':'];
    const pick = (xs: readonly string[]): string => xs[Math.floor(next() * xs.length)] ?? 'a';
    let checked = 0;
    for (let i = 0; i < 3000; i++) {
      const pattern = Array.from({ length: Math.floor(next() * 7) }, () => pick([...alphabet, '*', '?']));
      const value = Array.from({ length: Math.floor(next() * 7) }, () => pick(alphabet));
      for (const ignoreCase of [false, true]) {
        const fold = (xs: string[]): string[] => (ignoreCase ? xs.map((x) => x.toLowerCase()) : xs);
        expect(matchesWildcard(pattern.join(''), value.join(''), ignoreCase), `${pattern.join('')} ~ ${value.join('')}`).toBe(
          reference(fold(pattern), fold(value)),
        );
        checked += 1;
      }
    }
    expect(checked).toBe(6000);
  });
});
