import { describe, expect, it } from 'vitest';
import { explainPolicy, simulatePolicy } from '../../src/explain.js';
import { readPolicyFile } from '../../src/sources/policy-file.js';

/**
 * `simulate` vectors from each issuer's documented example tokens, and `explain`/`simulate`
 * agreement: every witness explain shows for an issuer replays as allowed.
 */
const doc = (fed: string, condition: Record<string, unknown>) =>
  readPolicyFile(
    'role.json',
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${fed}` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition },
      ],
    }),
    false,
  ).documents[0]!;

interface Vector {
  issuer: string;
  fed: string;
  /** The documented example token (sub, aud and claims STS populates). */
  token: { sub: string; aud: string; claims?: Record<string, string> };
  /** A policy written for that token. */
  condition: Record<string, unknown>;
  /** The same token with one part changed: denied. */
  other: { sub: string; claims?: Record<string, string> };
  /** A token claim the issuer documents but STS does not populate: ignored. */
  ignored: string;
}

const CC_ORG = '0b9a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
const CC_PROJECT = '5e8b7a1c-0d2f-4e3a-9b6c-1f2e3d4c5b6a';
const CC_USER = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const BB = 'api.bitbucket.org/2.0/workspaces/acme/pipelines-config/identity/oidc';
const BB_REPO = '{aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee}';

const VECTORS: Vector[] = [
  {
    // GitLab docs, "Token payload": project_path:mygroup/myproject:ref_type:branch:ref:feature-branch-1.
    issuer: 'GitLab',
    fed: 'gitlab.com',
    token: { sub: 'project_path:mygroup/myproject:ref_type:branch:ref:feature-branch-1', aud: 'https://gitlab.com', claims: { project_id: '20', namespace_id: '72', ref_protected: 'false' } },
    condition: { StringEquals: { 'gitlab.com:aud': 'https://gitlab.com', 'gitlab.com:project_id': '20' }, StringLike: { 'gitlab.com:sub': 'project_path:mygroup/myproject:ref_type:branch:ref:*' } },
    other: { sub: 'project_path:mygroup/myproject:ref_type:branch:ref:feature-branch-1', claims: { project_id: '21' } },
    ignored: 'project_path',
  },
  {
    // HashiCorp docs, workload identity token: organization:my-org:project:Default Project:workspace:my-workspace:run_phase:apply.
    issuer: 'HCP Terraform',
    fed: 'app.terraform.io',
    token: { sub: 'organization:my-org:project:Default Project:workspace:my-workspace:run_phase:apply', aud: 'aws.workload.identity' },
    condition: { StringEquals: { 'app.terraform.io:aud': 'aws.workload.identity', 'app.terraform.io:sub': 'organization:my-org:project:Default Project:workspace:my-workspace:run_phase:apply' } },
    other: { sub: 'organization:my-org:project:Default Project:workspace:my-workspace:run_phase:plan' },
    ignored: 'terraform_workspace_id',
  },
  {
    // Buildkite docs, "buildkite-agent oidc request-token": organization:acme-inc:pipeline:super-duper-app:ref:refs/heads/main:commit:…:step:build.
    issuer: 'Buildkite',
    fed: 'agent.buildkite.com',
    token: {
      sub: 'organization:acme-inc:pipeline:super-duper-app:ref:refs/heads/main:commit:9f3182061f1e2cca4702c368cbc039b7dc9d4485:step:build',
      aud: 'sts.amazonaws.com',
      claims: { organization_slug: 'acme-inc', pipeline_slug: 'super-duper-app', build_branch: 'main' },
    },
    condition: { StringEquals: { 'agent.buildkite.com:aud': 'sts.amazonaws.com' }, StringLike: { 'agent.buildkite.com:sub': 'organization:acme-inc:pipeline:super-duper-app:ref:refs/heads/main:*' } },
    other: { sub: 'organization:acme-inc:pipeline:other-app:ref:refs/heads/main:commit:9f3182061f1e2cca4702c368cbc039b7dc9d4485:step:build' },
    ignored: 'build_number',
  },
  {
    // CircleCI docs, "Using OpenID Connect tokens in jobs": org/<org id>/project/<project id>/user/<user id>.
    issuer: 'CircleCI',
    fed: `oidc.circleci.com/org/${CC_ORG}`,
    token: { sub: `org/${CC_ORG}/project/${CC_PROJECT}/user/${CC_USER}`, aud: CC_ORG, claims: { 'oidc.circleci.com/project-id': CC_PROJECT } },
    condition: { StringEquals: { [`oidc.circleci.com/org/${CC_ORG}:aud`]: CC_ORG, [`oidc.circleci.com/org/${CC_ORG}:oidc.circleci.com/project-id`]: CC_PROJECT } },
    other: { sub: `org/${CC_ORG}/project/${CC_USER}/user/${CC_USER}`, claims: { 'oidc.circleci.com/project-id': CC_USER } },
    ignored: 'oidc.circleci.com/vcs-ref',
  },
  {
    // Atlassian docs: {repositoryUuid}:{stepUuid}.
    issuer: 'Bitbucket Pipelines',
    fed: BB,
    token: { sub: `${BB_REPO}:{11111111-2222-4333-8444-555555555555}`, aud: 'ari:cloud:bitbucket::workspace/{99999999-8888-4777-8666-555555555555}' },
    condition: { StringEquals: { [`${BB}:aud`]: 'ari:cloud:bitbucket::workspace/{99999999-8888-4777-8666-555555555555}' }, StringLike: { [`${BB}:sub`]: `${BB_REPO}:*` } },
    other: { sub: '{00000000-bbbb-4ccc-8ddd-eeeeeeeeeeee}:{11111111-2222-4333-8444-555555555555}' },
    ignored: 'branchName',
  },
];

describe('simulate with each issuer\'s documented example token', () => {
  for (const v of VECTORS) {
    it(`${v.issuer}: the example token is allowed, a changed one denied, non-key claims ignored`, () => {
      const d = doc(v.fed, v.condition);
      const allowed = simulatePolicy(d, { sub: v.token.sub, aud: v.token.aud, claims: { ...v.token.claims, [v.ignored]: 'x' } });
      expect(allowed.ok && allowed.decision).toBe('allow');
      expect(allowed.ok && allowed.ignoredClaims).toEqual([v.ignored]);
      expect(allowed.ok && allowed.issuer).toBe(v.issuer);
      const denied = simulatePolicy(d, { sub: v.other.sub, aud: v.token.aud, claims: { ...v.token.claims, ...v.other.claims } });
      expect(denied.ok && denied.decision).toBe('deny');
    });
  }

  it('aud defaults to the issuer\'s (aws.workload.identity for HCP Terraform)', () => {
    const tf = VECTORS[1]!;
    const r = simulatePolicy(doc(tf.fed, tf.condition), { sub: tf.token.sub });
    expect(r.ok && r.decision).toBe('allow');
  });
});

describe('sources that disagree', () => {
  it('the pre-project HCP Terraform format admits no token: tokens always carry the project now', () => {
    // HashiCorp support, "Updating Workload Identity for Projects": the sub gained `project:<name>`.
    const d = doc('app.terraform.io', { StringEquals: { 'app.terraform.io:aud': 'aws.workload.identity' }, StringLike: { 'app.terraform.io:sub': 'organization:acme:workspace:*' } });
    const classes = explainPolicy(d).providers.flatMap((p) => p.statements.flatMap((s) => s.classes));
    expect(classes.filter((c) => c.admitted)).toEqual([]);
    const current = simulatePolicy(d, { sub: 'organization:acme:project:Default Project:workspace:prod:run_phase:apply' });
    expect(current.ok && current.decision).toBe('deny');
  });
});

describe('explain and simulate agree for every issuer', () => {
  const loose: [string, Record<string, unknown>][] = [
    ['gitlab.com', { StringEquals: { 'gitlab.com:aud': 'https://gitlab.com' }, StringLike: { 'gitlab.com:sub': 'project_path:acme*' } }],
    ['gitlab.com', { StringLike: { 'gitlab.com:sub': 'project_path:acme/app*:*', 'gitlab.com:project_id': '12*' } }],
    ['app.terraform.io', { StringLike: { 'app.terraform.io:sub': 'organization:acme:project:*:workspace:prod*:run_phase:*' } }],
    ['agent.buildkite.com', { StringLike: { 'agent.buildkite.com:sub': 'organization:acme:*' } }],
    [`oidc.circleci.com/org/${CC_ORG}`, { StringLike: { [`oidc.circleci.com/org/${CC_ORG}:sub`]: `org/${CC_ORG}/project/${CC_PROJECT}/*` } }],
    [BB, { StringLike: { [`${BB}:sub`]: `${BB_REPO}:*` } }],
  ];
  for (const [fed, condition] of loose) {
    it(`${fed} ${JSON.stringify(condition)}`, () => {
      const d = doc(fed, condition);
      const explained = explainPolicy(d);
      const classes = explained.providers.flatMap((p) => p.statements.flatMap((s) => s.classes));
      const admitted = classes.filter((c) => c.admitted);
      expect(admitted.length).toBeGreaterThan(0);
      for (const c of admitted) {
        const { sub = '', aud, ...claims } = c.witness ?? {};
        const r = simulatePolicy(d, { sub, ...(aud !== undefined ? { aud } : {}), claims });
        expect(r.ok && r.decision, `${c.cls}: ${sub}`).toBe('allow');
      }
      // A class explain says is blocked is not "unknown" and not admitted: the two never disagree.
      for (const c of classes.filter((x) => x.applicable && !x.admitted)) expect(c.witness).toBeUndefined();
    });
  }
});
