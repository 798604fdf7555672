import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { SCOPE_ORDER } from '../../src/catalog/rules.js';
import { simulatePolicy } from '../../src/explain.js';
import type { TrustPolicyDocument } from '../../src/model/document.js';
import { findCredentials } from '../../src/secrets/detectors.js';

/**
 * Witness synthesis never produces a credential-shaped value: the output sanitiser would mask it and
 * the witness would no longer replay. The policies' patterns are shaped so that a careless filler
 * (upper case, digits, long runs) would complete a key id, a GitHub or npm token, a 40-character
 * secret, a session token or a JWT; every witness must stay clear of every shape and still be
 * admitted when replayed through simulate.
 */
const GH = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
const K = 'token.actions.githubusercontent.com';
const q = (n: number): string => '?'.repeat(n);

const SUBJECTS: Record<string, string | string[]> = {
  'key id': `repo:AKIA${q(16)}/*`,
  'key id prefix and star': 'repo:acme/ASIA*',
  'GitHub token': `repo:acme/ghp_${q(36)}:*`,
  'GitHub token prefix': 'repo:acme/app:ref:refs/heads/ghp_*',
  'fine-grained token': 'repo:acme/github_pat_*',
  'npm token': `repo:acme/npm_${q(36)}:ref:refs/heads/main`,
  'secret-key length': `repo:acme/app:ref:refs/heads/${q(40)}`,
  'session token': `repo:acme/app:environment:FwoGZXIvYXdzE${q(120)}`,
  JWT: 'repo:acme/app:ref:refs/heads/eyJ*.eyJ*.*',
  'upper-case twins': ['repo:acme/app:ref:refs/heads/main', 'repo:acme/app:ref:refs/heads/release'],
  'owner-wide': 'repo:acme/*',
  anything: '*',
};

function policyText(sub: string | string[], operator: string): string {
  const statement = {
    Effect: 'Allow',
    Principal: { Federated: GH },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: { StringEquals: { [`${K}:aud`]: 'sts.amazonaws.com' }, [operator]: { [`${K}:sub`]: sub } },
  };
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
}

describe('witness synthesis', () => {
  for (const [name, sub] of Object.entries(SUBJECTS)) {
    for (const operator of ['StringLike', 'StringEqualsIgnoreCase']) {
      it(`${name} (${operator}): no witness is credential-shaped, and each replays as allowed`, () => {
        const { findings, documents } = analyze([{ file: 'p.json', text: policyText(sub, operator) }]);
        const doc = documents.find((d): d is TrustPolicyDocument => d.kind === 'trust-policy');
        if (!doc) throw new Error('no trust policy');
        const witnesses = findings.filter((f) => (SCOPE_ORDER as readonly string[]).includes(f.ruleId)).flatMap((f) => (f.witness ? [f.witness] : []));
        if (operator === 'StringLike' && /[*?]/.test(String(sub))) expect(witnesses.length, name).toBeGreaterThan(0);
        for (const w of witnesses) {
          for (const value of Object.values(w)) expect(findCredentials(value), `${name}: ${value}`).toEqual([]);
          const { sub: s, aud, ...claims } = w;
          const replay = simulatePolicy(doc, { sub: s ?? '', ...(aud !== undefined ? { aud } : {}), claims });
          expect(replay.ok && replay.decision, `${name}: ${JSON.stringify(w)}`).toBe('allow');
        }
      });
    }
  }
});
