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
            { name: 'qa', branchPolicy: { protected_branches: false, custom_branch_policies: true } },
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
    expect(result.findings[2]!.message).toContain('custom branch patterns, not only protected branches');
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
});
