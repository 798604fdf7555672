import { afterEach, describe, expect, it } from 'vitest';
import { makeTree, removeTrees, runCli } from './helpers.js';

afterEach(removeTrees);

const ROLE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/gitlab.example.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'gitlab.example.com:aud': 'https://gitlab.example.com' }, StringLike: { 'gitlab.example.com:sub': 'project_path:acme/*' } },
    },
  ],
});

describe('issuers in the configuration (issue 18)', () => {
  it('an issuer object is schema-checked: a missing url and an unknown "like" are errors with their path', async () => {
    const root = makeTree({ 'trustlint.config.json': '{ "issuers": [{ "like": "gitlab" }, { "url": "https://x.example.com", "like": "jenkins" }] }' }, { git: true });
    const result = await runCli(['check'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/issuers/0');
    expect(result.stderr).toContain('/issuers/1');
  });

  it('a URL string is still a GitHub issuer, and an object adds a self-managed GitLab', async () => {
    const root = makeTree(
      { 'trustlint.config.json': '{ "issuers": ["https://ghes.example.com/_services/token", { "url": "https://gitlab.example.com", "like": "gitlab" }] }', 'role.json': ROLE },
      { git: true },
    );
    const result = await runCli(['check', '--format', 'json'], { cwd: root });
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string; message: string }[] };
    expect(report.findings.map((f) => f.ruleId)).toEqual(['oidc-owner-wide']);
    expect(report.findings[0]?.message).toMatch(/^Every project of GitLab group acme/);
  });

  it('simulate takes the issuer\'s claims and its default audience', async () => {
    const root = makeTree(
      {
        'trustlint.config.json': '{ "issuers": [{ "url": "https://gitlab.example.com", "like": "gitlab" }] }',
        'role.json': ROLE,
      },
      { git: true },
    );
    const allowed = await runCli(['simulate', 'role.json', '--sub', 'project_path:acme/app:ref_type:branch:ref:main', '--aud', 'https://gitlab.example.com', '--claim', 'project_path=acme/app'], { cwd: root });
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toBe('trustlint: claim "project_path" is not a condition key AWS STS sets for GitLab tokens: ignored (absent)\n');
    const denied = await runCli(['simulate', 'role.json', '--sub', 'project_path:evil/app:ref_type:branch:ref:main', '--aud', 'https://gitlab.example.com'], { cwd: root });
    expect(denied.code).toBe(1);
  });
});
