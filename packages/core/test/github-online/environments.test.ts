/**
 * `--github`, slice 3: environment protection (docs.github.com "Managing environments for deployment";
 * REST GET /repos/{owner}/{repo}/environments/{environment_name}; spec/domain.md trap 26).
 */
import { afterEach, describe, expect, it } from 'vitest';

// The info-level migration finding (github-name-only-trust) has its own test in names.test.ts.
import { runGitHubChecks } from '../../src/aws/index.js';
import type { TrustPolicyDocument } from '../../src/model/document.js';
import { readPolicyFile } from '../../src/sources/policy-file.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubState } from './fake-github.js';

const running: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((f) => f.close()));
});

async function start(state: Partial<FakeGitHubState>): Promise<FakeGitHub> {
  const f = await startFakeGitHub(state);
  running.push(f);
  return f;
}

function trust(subs: string[]): TrustPolicyDocument {
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': subs } },
      },
    ],
  };
  return readPolicyFile('t.json', JSON.stringify(policy, null, 2), false).documents[0] as TrustPolicyDocument;
}

const retry = { random: () => 0, sleep: () => Promise.resolve() };

describe('check --github: environments', () => {
  it('missing and unprotected environments are reported; reviewers or protected branches are protection', async () => {
    const f = await start({
      users: { acme: { id: 100, type: 'Organization' } },
      repos: [
        {
          id: 1,
          owner: 'acme',
          name: 'app',
          environments: [
            { name: 'prod', reviewers: [7] },
            { name: 'staging', branchPolicy: { protected_branches: true, custom_branch_policies: false } },
            { name: 'dev' },
            { name: 'qa', branchPolicy: { protected_branches: false, custom_branch_policies: true }, branchPolicies: [{ name: 'release/*', type: 'branch' }] },
            { name: 'Production:V1', reviewers: [8] },
          ],
        },
      ],
    });
    const result = await runGitHubChecks(
      [trust(['repo:acme/app:environment:prod', 'repo:acme/app:environment:staging', 'repo:acme/app:environment:dev', 'repo:acme/app:environment:gone', 'repo:acme/app:environment:qa', 'repo:acme/app:environment:Production%3AV1'])],
      { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: 't', retry },
    );
    expect(result.findings.map((x) => [x.ruleId, x.properties?.environment, x.properties?.exists])).toEqual([
      ['github-environment-unprotected', 'dev', true],
      ['github-environment-unprotected', 'gone', false],
      ['github-environment-unprotected', 'qa', true],
    ]);
    expect(result.findings[0]!.message).toBe(
      "environment 'dev' in 'acme/app' has no required reviewers and no deployment branch policy; the subject 'repo:acme/app:environment:dev' is as wide as any branch that can run the workflow",
    );
    expect(result.findings[1]!.message).toContain("does not exist in 'acme/app': the first workflow job that names it creates it without protection");
    // Changed on purpose (issue 17): the custom patterns are read now, and the message names them.
    expect(result.findings[2]!.message).toContain("its deployment branch policy admits refs that are not protected: 'release/*' (a pattern: any new branch named like it)");
    // %3A is GitHub's escape of ':' in the claim: the environment is looked up by its real name.
    expect(f.requests.map((r) => r.path)).toContain('/repos/acme/app/environments/Production%3AV1');
  });

  it('an environment that cannot be read is github-check-failed', async () => {
    const f = await start({
      users: { acme: { id: 100, type: 'Organization' } },
      repos: [{ id: 1, owner: 'acme', name: 'app' }],
      script: { '/repos/acme/app/environments': Array.from({ length: 5 }, () => ({ status: 503 })) },
    });
    const result = await runGitHubChecks([trust(['repo:acme/app:environment:prod'])], { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: 't', retry });
    expect(result.findings.map((x) => [x.ruleId, x.properties?.kind, x.properties?.attempts])).toEqual([['github-check-failed', 'server', 5]]);
    expect(result.findings[0]!.message).toContain('whether it is protected is unknown');
  });

  describe('custom deployment branch policies', () => {
    const CUSTOM = { protected_branches: false, custom_branch_policies: true };

    it('protected only when every pattern is a literal protected branch; wildcards, unprotected branches and tags are named', async () => {
      const f = await start({
        users: { acme: { id: 100, type: 'Organization' } },
        pageSize: 2,
        repos: [
          {
            id: 1,
            owner: 'acme',
            name: 'app',
            branches: [{ name: 'main', protected: true }, { name: 'stable', protected: true }, { name: 'beta' }],
            environments: [
              // Three policies over two pages: the second page is read too.
              { name: 'ship', branchPolicy: CUSTOM, branchPolicies: [{ name: 'main' }, { name: 'stable', type: 'branch' }] },
              { name: 'beta', branchPolicy: CUSTOM, branchPolicies: [{ name: 'main' }, { name: 'stable' }, { name: 'beta' }] },
              { name: 'rel', branchPolicy: CUSTOM, branchPolicies: [{ name: 'main' }, { name: 'v[0-9]', type: 'branch' }, { name: 'v*', type: 'tag' }] },
              { name: 'none', branchPolicy: CUSTOM, branchPolicies: [] },
            ],
          },
        ],
      });
      const result = await runGitHubChecks(
        [trust(['repo:acme/app:environment:ship', 'repo:acme/app:environment:beta', 'repo:acme/app:environment:rel', 'repo:acme/app:environment:none'])],
        { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: 't', retry },
      );
      expect(result.findings.map((x) => [x.ruleId, x.properties?.environment, x.properties?.openPatterns])).toEqual([
        ['github-environment-unprotected', 'beta', ['branch:beta']],
        ['github-environment-unprotected', 'rel', ['branch:v[0-9]', 'tag:v*']],
      ]);
      expect(result.findings[0]!.message).toContain("admits refs that are not protected: 'beta' (not a protected branch)");
      expect(result.findings[1]!.message).toContain("'v[0-9]' (a pattern: any new branch named like it), tag pattern 'v*' (any matching tag a writer pushes)");
      const paths = f.requests.map((r) => r.path);
      expect(paths).toContain('/repos/acme/app/environments/beta/deployment-branch-policies?per_page=100&page=2');
      // The protected branches are listed once per repository.
      expect(paths.filter((p) => p.startsWith('/repos/acme/app/branches?protected=true&per_page=100')).length).toBe(1);
    });

    it('policies that cannot be read are github-check-failed, not a pass', async () => {
      const f = await start({
        users: { acme: { id: 100, type: 'Organization' } },
        repos: [{ id: 1, owner: 'acme', name: 'app', environments: [{ name: 'prod', branchPolicy: CUSTOM, branchPolicies: [{ name: 'main' }] }] }],
        script: { '/repos/acme/app/environments/prod/deployment-branch-policies': [{ status: 403, body: { message: 'Resource not accessible by integration' } }] },
      });
      const result = await runGitHubChecks([trust(['repo:acme/app:environment:prod'])], { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: 't', retry });
      expect(result.findings.map((x) => [x.ruleId, x.properties?.endpoint])).toEqual([['github-check-failed', 'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies']]);
      expect(result.findings[0]!.message).toContain('whether its patterns admit only protected branches is unknown');
    });
  });
});
