/**
 * `--github`, slice 2: the sub template each trusted repository uses, from
 * GET /repos/{o}/{r}/actions/oidc/customization/sub and GET /orgs/{org}/actions/oidc/customization/sub
 * (docs.github.com, "Customizing the subject claims for an organization or repository"; spec/domain.md §1.5).
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
const USERS = { acme: { id: 100, type: 'Organization' as const }, solo: { id: 5 } };

describe('check --github: sub templates', () => {
  it('a default-format value for a repository with its own template can never match', async () => {
    const f = await start({ users: USERS, repos: [{ id: 1, owner: 'acme', name: 'app', sub: { use_default: false, include_claim_keys: ['repository_owner_id', 'context'] } }] });
    const result = await runGitHubChecks([trust(['repo:acme/app:ref:refs/heads/main'])], { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: 't', retry });
    expect(result.findings.map((x) => [x.ruleId, x.severity])).toEqual([['github-sub-template-mismatch', 'error']]);
    expect(result.findings[0]!.message).toBe(
      "'repo:acme/app:ref:refs/heads/main' is written in the default format, but the tokens of 'acme/app' use its own template [repository_owner_id, context]: this value can never match, so the role is broken for that repository",
    );
    expect(f.requests.map((r) => r.path)).toEqual(['/users/acme', '/repos/acme/app', '/repos/acme/app/actions/oidc/customization/sub']);
  });

  it("use_default false without keys takes the organisation's template, asked once per organisation", async () => {
    const f = await start({
      users: USERS,
      orgSub: { acme: ['repository_owner', 'context'] },
      repos: [
        { id: 1, owner: 'acme', name: 'app', sub: { use_default: false } },
        { id: 2, owner: 'acme', name: 'api', sub: { use_default: false } },
      ],
    });
    const result = await runGitHubChecks([trust(['repository_owner:acme:ref:refs/heads/main', 'repo:acme/api:ref:refs/heads/main'])], { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: 't', retry });
    // repository_owner:acme has no repository to look up; acme/api is default-format under a custom template.
    expect(result.findings.map((x) => [x.ruleId, x.severity, x.properties?.templateSource])).toEqual([
      ['github-sub-template-forgeable', 'warning', 'organization'],
      ['github-sub-template-mismatch', 'error', 'organization'],
    ]);
    expect(result.findings[0]!.message).toContain("whose first claim 'repository_owner' names the owner by name, not by id");
    expect(f.requests.filter((r) => r.path.includes('/oidc/')).map((r) => r.path)).toEqual(['/repos/acme/api/actions/oidc/customization/sub', '/orgs/acme/actions/oidc/customization/sub']);
  });

  it('a template whose first claim does not name the owner is forgeable; a matching custom value is fine otherwise', async () => {
    const f = await start({ users: USERS, repos: [{ id: 3, owner: 'acme', name: 'deploy', sub: { use_default: false, include_claim_keys: ['repo', 'context'] }, environments: [{ name: 'prod', reviewers: [1] }] }, { id: 4, owner: 'acme', name: 'infra', sub: { use_default: false, include_claim_keys: ['job_workflow_ref', 'repo'] } }] });
    const result = await runGitHubChecks([trust(['repo:acme/deploy:environment:prod', 'job_workflow_ref:acme/infra/.github/workflows/d.yml@refs/heads/main:repo:acme/infra'])], { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: 't', retry });
    expect(result.findings.map((x) => [x.ruleId, x.severity, x.properties?.repository])).toEqual([['github-sub-template-forgeable', 'error', 'acme/infra']]);
    expect(result.findings[0]!.message).toContain("whose first claim 'job_workflow_ref' does not name the owner: a workflow in any repository can mint a sub of the same shape");
  });

  it('a custom-format value for a repository in the default format can never match; an id-first template is not forgeable', async () => {
    const f = await start({ users: USERS, repos: [{ id: 6, owner: 'solo', name: 'site', environments: [{ name: 'prod', reviewers: [5] }] }, { id: 7, owner: 'acme', name: 'ok', sub: { use_default: false, include_claim_keys: ['repository_owner_id', 'repo', 'context'] } }] });
    const result = await runGitHubChecks([trust(['repo:solo/site:environment:prod:actor:solo', 'repository_owner_id:100:repo:acme/ok:ref:refs/heads/main'])], { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: 't', retry });
    expect(result.findings.map((x) => [x.ruleId, x.properties?.repository])).toEqual([['github-sub-template-mismatch', 'solo/site']]);
  });

  it('a template that cannot be read is github-check-failed for each value it leaves unchecked', async () => {
    const f = await start({ users: USERS, repos: [{ id: 1, owner: 'acme', name: 'app' }], script: { '/repos/acme/app/actions': [{ status: 403, body: { message: 'Resource not accessible by integration' } }] } });
    const result = await runGitHubChecks([trust(['repo:acme/app:ref:refs/heads/main'])], { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: 't', retry });
    expect(result.findings.map((x) => [x.ruleId, x.properties?.kind, x.properties?.endpoint])).toEqual([['github-check-failed', 'forbidden', 'GET /repos/{owner}/{repo}/actions/oidc/customization/sub']]);
    expect(result.findings[0]!.message).toContain('which sub template its tokens use is unknown');
  });
});

describe('check --github: immutable-subject status (sub_claim_prefix, use_immutable_subject)', () => {
  // Fields of the repository customisation answer: go-github OIDCSubjectClaimCustomTemplate (v89),
  // integrations/terraform-provider-github#3582; an observed answer had use_immutable_subject false
  // with an id-qualified sub_claim_prefix, so the prefix decides.
  const users = { acme: { id: 100, type: 'Organization' as const } };
  const config = { rules: { 'github-name-only-trust': 'off' as const } };

  it('a name-only value for a repository whose prefix is id-qualified is broken; the id form for it is fine', async () => {
    const f = await start({ users, repos: [{ id: 1, owner: 'acme', name: 'app', sub: { use_default: true, use_immutable_subject: false, sub_claim_prefix: 'repo:acme@100/app@1' } }] });
    const result = await runGitHubChecks([trust(['repo:acme/app:ref:refs/heads/main', 'repo:acme@100/app@1:ref:refs/heads/main'])], { config, apiUrl: f.url, token: 't', retry });
    expect(result.findings.map((x) => [x.ruleId, x.properties?.value, x.properties?.immutable, x.properties?.subClaimPrefix])).toEqual([
      ['github-sub-template-mismatch', 'repo:acme/app:ref:refs/heads/main', true, 'repo:acme@100/app@1'],
    ]);
    expect(result.findings[0]!.message).toContain("names 'acme/app' by name only, but its tokens use immutable subjects (GitHub answers sub_claim_prefix 'repo:acme@100/app@1')");
  });

  it('an immutable value for a repository still on the name-only prefix is broken until it opts in', async () => {
    const f = await start({ users, repos: [{ id: 1, owner: 'acme', name: 'app', sub: { use_default: true, sub_claim_prefix: 'repo:acme/app' } }] });
    const result = await runGitHubChecks([trust(['repo:acme@100/app@1:ref:refs/heads/main', 'repo:acme/app:ref:refs/heads/main'])], { config, apiUrl: f.url, token: 't', retry });
    expect(result.findings.map((x) => [x.ruleId, x.properties?.value, x.properties?.immutable])).toEqual([['github-sub-template-mismatch', 'repo:acme@100/app@1:ref:refs/heads/main', false]]);
    expect(result.findings[0]!.message).toContain('still use the name-only form');
  });

  it('use_immutable_subject true without a prefix is an answer; false without one, or no field, is not guessed', async () => {
    const f = await start({
      users,
      repos: [
        { id: 1, owner: 'acme', name: 'on', sub: { use_default: true, use_immutable_subject: true } },
        { id: 2, owner: 'acme', name: 'off', sub: { use_default: true, use_immutable_subject: false } },
        { id: 3, owner: 'acme', name: 'old', sub: { use_default: true } },
      ],
    });
    const result = await runGitHubChecks([trust(['repo:acme/on:ref:refs/heads/main', 'repo:acme/off:ref:refs/heads/main', 'repo:acme/old:ref:refs/heads/main'])], { config, apiUrl: f.url, token: 't', retry });
    expect(result.findings.map((x) => [x.ruleId, x.properties?.repository])).toEqual([['github-sub-template-mismatch', 'acme/on']]);
    expect(result.findings[0]!.message).toContain('GitHub answers use_immutable_subject: true');
  });
});
