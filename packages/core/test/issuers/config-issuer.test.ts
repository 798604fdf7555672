import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { IssuerConfig, TrustlintConfig } from '../../src/config.js';

/** `issuers` in the configuration adds a registry entry: URL, sub grammar, keys (docs/issuers.md). */
const policy = (fed: string, condition: Record<string, unknown>): string =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${fed}` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition }],
  });

const EXAMPLE_CI: IssuerConfig = {
  url: 'https://ci.example.com/oidc',
  name: 'Example CI',
  sub: 'ns:<namespace>:proj:<project>:ref:<ref>',
  claims: { project_id: '<projectId>' },
  audiences: ['sts.amazonaws.com'],
};
const CONFIG: TrustlintConfig = { issuers: [EXAMPLE_CI] };
const KEY = 'ci.example.com/oidc';

const findings = (condition: Record<string, unknown>, config: TrustlintConfig = CONFIG) =>
  analyze([{ file: 'role.json', text: policy(KEY, condition), explicit: true }], { config }).findings.map((f) => ({ rule: f.ruleId, sub: f.witness?.sub, message: f.message }));

describe('a configured issuer', () => {
  it('is unknown without the configuration: no verdict is made for a provider trustlint does not know', () => {
    expect(findings({ StringLike: { [`${KEY}:sub`]: 'ns:acme*' } }, {})).toEqual([]);
  });

  it('gets the scope rules through its sub grammar', () => {
    const prefix = findings({ StringEquals: { [`${KEY}:aud`]: 'sts.amazonaws.com' }, StringLike: { [`${KEY}:sub`]: 'ns:acme*' } });
    expect(prefix.map((f) => [f.rule, f.sub])).toEqual([['oidc-any-owner', 'ns:acme-evil:proj:project:ref:main']]);
    expect(prefix[0]?.message).toMatch(/^Any Example CI project outside namespace acme can assume/);
    const wide = findings({ StringEquals: { [`${KEY}:aud`]: 'sts.amazonaws.com' }, StringLike: { [`${KEY}:sub`]: 'ns:acme:proj:*' } });
    expect(wide.map((f) => f.rule)).toEqual(['oidc-owner-wide']);
    const branches = findings({ StringEquals: { [`${KEY}:aud`]: 'sts.amazonaws.com' }, StringLike: { [`${KEY}:sub`]: 'ns:acme:proj:app:ref:*' } });
    expect(branches.map((f) => [f.rule, f.sub])).toEqual([['oidc-ref-wildcard', 'ns:acme:proj:app:ref:evil']]);
    expect(findings({ StringEquals: { [`${KEY}:aud`]: 'sts.amazonaws.com', [`${KEY}:sub`]: 'ns:acme:proj:app:ref:main' } })).toEqual([]);
  });

  it('knows its keys: the claims it lists, and nothing else', () => {
    const key = findings({ StringEquals: { [`${KEY}:aud`]: 'sts.amazonaws.com', [`${KEY}:sub`]: 'ns:acme:proj:app:ref:main', [`${KEY}:project_name`]: 'app' } });
    expect(key.map((f) => f.rule)).toEqual(['oidc-key-mismatch']);
    expect(findings({ StringEquals: { [`${KEY}:aud`]: 'sts.amazonaws.com', [`${KEY}:sub`]: 'ns:acme:proj:app:ref:main', [`${KEY}:project_id`]: '7' } })).toEqual([]);
  });

  it('like: "gitlab" makes a self-managed GitLab: GitLab grammar, sub and aud keys only', () => {
    const config: TrustlintConfig = { issuers: [{ url: 'https://gitlab.example.com', like: 'gitlab' }] };
    const text = policy('gitlab.example.com', { StringEquals: { 'gitlab.example.com:aud': 'https://gitlab.example.com' }, StringLike: { 'gitlab.example.com:sub': 'project_path:acme/*' } });
    const r = analyze([{ file: 'role.json', text, explicit: true }], { config }).findings;
    expect(r.map((f) => f.ruleId)).toEqual(['oidc-owner-wide']);
    expect(r[0]?.message).toMatch(/^Every project of GitLab group acme/);
  });
});
