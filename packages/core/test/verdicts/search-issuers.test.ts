import { describe, expect, it } from 'vitest';
import { check, classVerdicts } from './helpers.js';

/**
 * Issue 14 × issue 18: the witness search's completeness, per issuer and class. IAM wildcard
 * patterns are regular (`*` any run of characters, `?` exactly one: IAM User Guide, "IAM JSON policy
 * elements: Condition operators", string condition operators), so every verdict below is decidable;
 * where trustlint's search gives up, explain must say unknown, never blocked. Subject formats:
 * GitLab "Token payload" (https://docs.gitlab.com/ci/secrets/id_token_authentication/), Buildkite
 * "buildkite-agent oidc request-token" (https://buildkite.com/docs/agent/v3/cli-oidc), HCP Terraform
 * workload identity tokens (https://developer.hashicorp.com/terraform/cloud-docs/workspaces/dynamic-provider-credentials/workload-identity-tokens).
 */
interface Issuer {
  name: string;
  fed: string;
  aud: string;
  /** The sub's literal head before the namespace facet. */
  head: string;
  /** A full subject of namespace acme after the namespace. */
  tail: string;
  /** The literal between namespace and project. */
  sep: string;
}

const ISSUERS: Issuer[] = [
  { name: 'GitLab', fed: 'gitlab.com', aud: 'https://gitlab.com', head: 'project_path:', sep: '/', tail: '/app:ref_type:branch:ref:main' },
  { name: 'Buildkite', fed: 'agent.buildkite.com', aud: 'sts.amazonaws.com', head: 'organization:', sep: ':pipeline:', tail: ':pipeline:app:ref:refs/heads/main:commit:0123456789abcdef0123456789abcdef01234567:step:deploy' },
  { name: 'HCP Terraform', fed: 'app.terraform.io', aud: 'aws.workload.identity', head: 'organization:', sep: ':project:', tail: ':project:Default Project:workspace:app:run_phase:apply' },
];

function issuerPolicy(i: Issuer, cond: Record<string, Record<string, string | string[]>>): string {
  const condition: Record<string, Record<string, string | string[]>> = { StringEquals: { [`${i.fed}:aud`]: i.aud } };
  for (const [op, kv] of Object.entries(cond)) condition[op] = { ...(condition[op] ?? {}), ...kv };
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${i.fed}` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition }],
  });
}

const letters = Array.from('abcdefghijklmnopqrstuvwxyz');

describe.each(ISSUERS)('exact search for another namespace: $name', (i) => {
  const sub = `${i.fed}:sub`;
  const shapes: [string, Record<string, Record<string, string | string[]>>][] = [
    ['80 × ?', { StringLike: { [sub]: `${i.head}${'?'.repeat(80)}*` } }],
    ['40 × *a', { StringLike: { [sub]: `${i.head}${'*a'.repeat(40)}${i.sep}*` } }],
    ['scattered stars', { StringLike: { [sub]: `${Array.from(i.head).join('*')}*a*c*m*e*${i.sep}*` } }],
    [`${i.head}* minus ${i.head}a* … ${i.head}z*`, { StringLike: { [sub]: `${i.head}*` }, StringNotLike: { [sub]: letters.map((c) => `${i.head}${c}*`) } }],
  ];
  for (const [name, cond] of shapes) {
    it(`${name}: another namespace gets in, and the witness replays`, () => {
      const c = check(issuerPolicy(i, cond));
      expect(classVerdicts(c)['other-owner']).toBe('admitted');
      expect(c.scope.map((f) => f.ruleId)).toEqual(['oidc-any-owner']);
      for (const f of c.scope) expect(c.replay(f.witness ?? {})).toBe('allow');
    });
  }

  it('a pinned namespace stays blocked for other namespaces', () => {
    const c = check(issuerPolicy(i, { StringLike: { [sub]: `${i.head}acme${i.sep}*` } }));
    expect(classVerdicts(c)['other-owner']).toBe('blocked');
  });
});

describe('exact search, other classes (GitHub)', () => {
  const K = 'token.actions.githubusercontent.com';
  const gh = (cond: Record<string, Record<string, string | string[]>>): string =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${K}` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { [`${K}:aud`]: 'sts.amazonaws.com' }, ...cond } }],
    });
  it('repo:acme/ + 80 × ? : another repository of acme is admitted or unknown', () => {
    const c = check(gh({ StringLike: { [`${K}:sub`]: `repo:acme/${'?'.repeat(80)}*` } }));
    const v = classVerdicts(c);
    expect(['admitted', 'unknown']).toContain(v['other-repo'] === 'admitted' || v['repo-name-match'] === 'admitted' ? 'admitted' : v['other-repo'] === 'unknown' || v['repo-name-match'] === 'unknown' ? 'unknown' : 'blocked');
  });
  it('repo:acme/app:ref:refs/heads/ + 60 × ? : another branch is admitted or unknown', () => {
    const c = check(gh({ StringLike: { [`${K}:sub`]: `repo:acme/app:ref:refs/heads/${'?'.repeat(60)}*` } }));
    expect(['admitted', 'unknown']).toContain(classVerdicts(c)['new-branch']);
  });
  it('repo:acme/app:* minus every lower-case first letter of a branch: another branch gets in', () => {
    const c = check(gh({ StringLike: { [`${K}:sub`]: 'repo:acme/app:*' }, StringNotLike: { [`${K}:sub`]: letters.map((l) => `repo:acme/app:ref:refs/heads/${l}*`) } }));
    expect(['admitted', 'unknown']).toContain(classVerdicts(c)['new-branch']);
  });
});

describe('exact search for another repository of a named owner, every issuer', () => {
  // Each positive StringLike admits every name; the StringNotLike list removes those starting with a
  // lower-case letter. Names starting with a digit remain: GitHub repository names, GitLab project
  // paths, Buildkite pipeline slugs and HCP workspace names may all start with one (GitHub docs,
  // "About repositories"; GitLab docs, "Reserved project and group names" / path rules; Buildkite
  // slugs are lower-case letters, digits and hyphens; HCP Terraform workspace names: letters, digits,
  // `-` and `_`).
  const rows: [string, string, string, string][] = [
    ['GitHub', 'token.actions.githubusercontent.com', 'sts.amazonaws.com', 'repo:acme/'],
    ['GitLab', 'gitlab.com', 'https://gitlab.com', 'project_path:acme/'],
    ['Buildkite', 'agent.buildkite.com', 'sts.amazonaws.com', 'organization:acme:pipeline:'],
    ['HCP Terraform', 'app.terraform.io', 'aws.workload.identity', 'organization:acme:project:Default Project:workspace:'],
  ];
  for (const [name, fed, aud, head] of rows) {
    it(`${name}: ${head}* minus ${head}a* … ${head}z* admits another repository, and the witness replays`, () => {
      const i: Issuer = { name, fed, aud, head: '', sep: '', tail: '' };
      const c = check(issuerPolicy(i, { StringLike: { [`${fed}:sub`]: `${head}*` }, StringNotLike: { [`${fed}:sub`]: letters.map((l) => `${head}${l}*`) } }));
      expect(classVerdicts(c)['other-repo']).toBe('admitted');
      expect(classVerdicts(c)['other-owner']).toBe('blocked');
      expect(c.scope.length).toBe(1);
      for (const f of c.scope) expect(c.replay(f.witness ?? {})).toBe('allow');
    });
  }

  it('GitHub: the repository list with every first character excluded but the named one stays blocked', () => {
    const K = 'token.actions.githubusercontent.com';
    const i: Issuer = { name: 'GitHub', fed: K, aud: 'sts.amazonaws.com', head: '', sep: '', tail: '' };
    const c = check(issuerPolicy(i, { StringLike: { [`${K}:sub`]: 'repo:acme/app:*' } }));
    expect(classVerdicts(c)['other-repo']).toBe('blocked');
  });
});
