import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { TrustlintConfig } from '../../src/config.js';
import { gitlabCrossChecks } from '../../src/gitlab-ci/cross-check.js';
import { refsOfCondition } from '../../src/gitlab-ci/refs.js';

/**
 * The GitLab job ↔ role cross-check. GitLab's default sub is
 * `project_path:{group}/{project}:ref_type:{type}:ref:{branch_name}` and `aud` is the `id_tokens`
 * entry's (https://docs.gitlab.com/ci/secrets/id_token_authentication/#token-payload); the example
 * tokens below follow the documented example `project_path:mygroup/myproject:ref_type:branch:ref:main`.
 */

function policy(conditions: Record<string, Record<string, string | string[]>>, provider = 'gitlab.com'): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${provider}` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: conditions }],
  });
}

function pipeline(aud: string, rules: string): string {
  return `deploy:
  id_tokens:
    GITLAB_OIDC_TOKEN:
      aud: ${aud}
${rules}
  script:
    - aws sts assume-role-with-web-identity --role-arn arn:aws:iam::123456789012:role/deploy --role-session-name ci --web-identity-token $GITLAB_OIDC_TOKEN
`;
}

function checks(ci: string, trust: string, config: TrustlintConfig = { gitlabProject: 'mygroup/myproject' }) {
  const result = analyze([
    { file: '.gitlab-ci.yml', text: ci },
    { file: 'deploy.json', text: trust },
  ], { config });
  return gitlabCrossChecks(result.documents, config);
}

const MAIN = { StringEquals: { 'gitlab.com:aud': 'https://gitlab.com', 'gitlab.com:sub': 'project_path:mygroup/myproject:ref_type:branch:ref:main' } };

describe('GitLab cross-check', () => {
  it('admits the documented example token of a job restricted to main', () => {
    const [c] = checks(pipeline('https://gitlab.com', '  rules:\n    - if: $CI_COMMIT_BRANCH == "main"'), policy(MAIN));
    expect(c?.verdict).toBe('admitted');
  });

  it('proves a mismatch with a token the job presents and the policy denies', () => {
    const [c] = checks(pipeline('https://gitlab.com', '  only: [tags]'), policy(MAIN));
    expect(c?.verdict).toBe('role-mismatch');
    expect(c?.severity).toBe('error');
    expect(c?.denied).toMatchObject({ sub: 'project_path:mygroup/myproject:ref_type:tag:ref:v1.0.0', aud: 'https://gitlab.com', ref_type: 'tag', project_path: 'mygroup/myproject', namespace_path: 'mygroup' });
  });

  it('tells an audience mismatch from a subject mismatch, with the audience that would get in', () => {
    const [c] = checks(pipeline('sts.amazonaws.com', ''), policy(MAIN));
    expect(c?.verdict).toBe('audience-mismatch');
    expect(c?.admittedWith).toMatchObject({ aud: 'https://gitlab.com', sub: 'project_path:mygroup/myproject:ref_type:branch:ref:main' });
  });

  it('takes the project from the policy when unknown, and grades the verdict info', () => {
    const [ok] = checks(pipeline('https://gitlab.com', ''), policy(MAIN), {});
    expect(ok?.verdict).toBe('admitted');
    const [bad] = checks(pipeline('https://gitlab.com', '  only: [tags]'), policy(MAIN), {});
    expect(bad).toMatchObject({ verdict: 'role-mismatch', severity: 'info', projectKnown: false });
  });

  it('uses the claims the policy tests that the pipeline cannot know (ids), instead of calling them absent', () => {
    const trust = policy({ StringEquals: { 'gitlab.com:aud': 'https://gitlab.com', 'gitlab.com:project_id': '4242', 'gitlab.com:ref_protected': 'true' }, StringLike: { 'gitlab.com:sub': 'project_path:mygroup/myproject:*' } });
    expect(checks(pipeline('https://gitlab.com', ''), trust)[0]?.verdict).toBe('admitted');
  });

  it('reports a role that trusts only GitHub as one no GitLab job can assume', () => {
    const trust = policy({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:mygroup/myproject:*' } }, 'token.actions.githubusercontent.com');
    expect(checks(pipeline('https://gitlab.com', ''), trust)[0]).toMatchObject({ verdict: 'role-mismatch', noProvider: true });
  });
});

describe('GitLab rules: refs', () => {
  it('reads the common if: forms and widens whatever it does not understand', () => {
    expect(refsOfCondition('$CI_COMMIT_BRANCH == "main"')).toEqual([{ kind: 'branch', name: 'main' }]);
    expect(refsOfCondition('$CI_COMMIT_TAG')).toEqual([{ kind: 'any-tag' }]);
    expect(refsOfCondition('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH')).toEqual([{ kind: 'default-branch' }]);
    expect(refsOfCondition('$CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_REF_NAME == \'v1\'')).toEqual([
      { kind: 'branch', name: 'v1' },
      { kind: 'tag', name: 'v1' },
    ]);
    expect(refsOfCondition('$CI_COMMIT_BRANCH == "main" || $CI_COMMIT_TAG')).toEqual([{ kind: 'branch', name: 'main' }, { kind: 'any-tag' }]);
    expect(refsOfCondition('$DEPLOY == "yes"')).toEqual([{ kind: 'any-branch' }, { kind: 'any-tag' }]);
    expect(refsOfCondition('($A || $B) && $CI_COMMIT_TAG')).toEqual([{ kind: 'any-branch' }, { kind: 'any-tag' }]);
  });
});
