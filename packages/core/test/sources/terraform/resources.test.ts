import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeTrustPolicy } from '../../../src/analyze.js';
import { displayString } from '../../../src/model/policy.js';
import { loadTerraformParser } from '../../../src/sources/terraform/index.js';
import { accessKeys, GH_KEY, node, providers, readModule, rendered, textAt, trustDoc, trustDocs } from './helpers.js';

beforeAll(async () => {
  await loadTerraformParser();
});

const PROVIDER = `resource "aws_iam_openid_connect_provider" "github" {
  count           = 1
  url             = "https://${GH_KEY}"
  client_id_list  = ["sts.amazonaws.com", var.extra_audience]
  thumbprint_list = ["6938fd4d98bab03faadb97b34396831e3780aea1"]
}
`;

describe('Terraform resources', () => {
  it('reads aws_iam_openid_connect_provider: url, client ids, locations', () => {
    const files = { 'main.tf': PROVIDER, 'variables.tf': 'variable "extra_audience" {\n  default = "https://github.com/acme"\n}\n' };
    const [p] = providers(readModule(files));
    expect(p).toMatchObject({ kind: 'oidc-provider', resource: 'aws_iam_openid_connect_provider.github[0]', url: `https://${GH_KEY}`, sourceKind: 'terraform' });
    expect(p?.clientIds).toEqual([
      { value: 'sts.amazonaws.com', location: expect.objectContaining({ file: 'mod/main.tf' }) },
      { value: 'https://github.com/acme', location: expect.objectContaining({ file: 'mod/variables.tf' }) },
    ]);
    expect(p?.urlLocation?.span.start.line).toBe(3);
    expect(p?.clientIdsLocation?.span.start.line).toBe(4);
  });

  it('marks a client-id list that cannot be resolved', () => {
    const [p] = providers(readModule({ 'main.tf': PROVIDER.replace('["sts.amazonaws.com", var.extra_audience]', 'var.client_ids') }));
    expect(p?.clientIds).toBe('unresolved');
  });

  it('resolves provider ARN and URL references (count-indexed) in trust policies', () => {
    const files = {
      'main.tf': `${PROVIDER}
resource "aws_iam_role" "ci" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_iam_openid_connect_provider.github[0].arn }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = { "\${aws_iam_openid_connect_provider.github[0].url}:aud" = "sts.amazonaws.com" }
        StringLike   = { "${GH_KEY}:sub" = "repo:acme/*" }
      }
    }]
  })
}
`,
      'variables.tf': 'variable "extra_audience" {\n  default = "x"\n}\n',
    };
    const d = trustDoc(readModule(files));
    const fed = node(d, ['Statement', 0, 'Principal', 'Federated']);
    expect(fed.type === 'string' && displayString(fed)).toBe(`arn:aws:iam::<aws_iam_openid_connect_provider.github[0].arn>:oidc-provider/${GH_KEY}`);
    expect(textAt(files, fed)).toBe('aws_iam_openid_connect_provider.github[0].arn');
    expect(Object.keys((rendered(d) as { Statement: { Condition: { StringEquals: object } }[] }).Statement[0]!.Condition.StringEquals)).toEqual([`${GH_KEY}:aud`]);
    const ids = analyzeTrustPolicy(d).map((f) => f.ruleId);
    expect(ids).toContain('oidc-owner-wide');
    // The unresolved account id of the provider ARN is not an oidc-unresolved finding.
    expect(ids).not.toContain('oidc-unresolved');
  });

  it('reads aws_iam_access_key with the user name from a literal or an aws_iam_user', () => {
    const result = readModule({
      'main.tf': `resource "aws_iam_user" "ci" {
  name = "ci-bot"
}
resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}
resource "aws_iam_access_key" "literal" {
  user = "deployer"
}
resource "aws_iam_access_key" "unknown" {
  user = var.user
}
`,
    });
    expect(accessKeys(result).map((k) => [k.resource, k.userName, k.location.span.start.line])).toEqual([
      ['aws_iam_access_key.ci', 'ci-bot', 4],
      ['aws_iam_access_key.literal', 'deployer', 7],
      ['aws_iam_access_key.unknown', undefined, 10],
    ]);
  });

  it('reports a trust policy that cannot be resolved at all as oidc-unresolved, never silently', () => {
    const result = readModule({
      'main.tf': `resource "aws_iam_role" "a" {
  assume_role_policy = module.trust.json
}
resource "aws_iam_role" "b" {
  assume_role_policy = data.terraform_remote_state.iam.outputs.trust
}
`,
    });
    expect(result.documents).toEqual([]);
    expect(result.findings.map((f) => [f.ruleId, f.resource, f.location?.span.start.line])).toEqual([
      ['oidc-unresolved', 'aws_iam_role.a', 2],
      ['oidc-unresolved', 'aws_iam_role.b', 5],
    ]);
    expect(result.findings[1]?.message).toContain('data.terraform_remote_state.iam.outputs.trust" (remote state)');
  });

  it('gives one document per for_each instance, addressed by key (every key a branch may have)', () => {
    const result = readModule({
      'main.tf': `variable "enabled" {
  type = bool
}
resource "aws_iam_role" "maybe" {
  for_each           = var.enabled ? local.repos : {}
  name               = "maybe-\${each.key}"
  assume_role_policy = aws_iam_role.deploy[each.key].assume_role_policy
}
locals {
  repos = { app = "acme/app", web = "acme/web" }
}
resource "aws_iam_role" "deploy" {
  for_each = local.repos
  name     = "deploy-\${each.key}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/${GH_KEY}" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = { "${GH_KEY}:aud" = "sts.amazonaws.com" }
        StringLike   = { "${GH_KEY}:sub" = "repo:\${each.value}:*" }
      }
    }]
  })
}
`,
    });
    const docs = trustDocs(result);
    expect(docs.map((d) => [d.resource, d.roleName])).toEqual([
      ['aws_iam_role.maybe["app"]', 'maybe-app'],
      ['aws_iam_role.maybe["web"]', 'maybe-web'],
      ['aws_iam_role.deploy["app"]', 'deploy-app'],
      ['aws_iam_role.deploy["web"]', 'deploy-web'],
    ]);
    expect(analyzeTrustPolicy(docs[3]!).find((f) => f.ruleId === 'oidc-any-context')?.message).toContain('acme/web');
  });

  it('expands a known count (count.index) and keeps one instance when count is 0 or unknown', () => {
    const role = (name: string, count: string) => `resource "aws_iam_role" "${name}" {
  count = ${count}
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/${GH_KEY}" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = { StringEquals = { "${GH_KEY}:sub" = "repo:\${var.repos[count.index]}:ref:refs/heads/main" } }
    }]
  })
}
`;
    const result = readModule({
      'main.tf': role('each', 'length(var.repos)') + role('off', '0') + role('maybe', 'var.enabled ? 1 : 0'),
      'variables.tf': 'variable "repos" {\n  default = ["acme/app", "acme/web"]\n}\nvariable "enabled" {}\n',
    });
    const sub = (d: ReturnType<typeof trustDocs>[number]) => (rendered(d) as { Statement: { Condition: { StringEquals: Record<string, string> } }[] }).Statement[0]?.Condition.StringEquals[`${GH_KEY}:sub`];
    expect(trustDocs(result).map((d) => [d.resource, sub(d)])).toEqual([
      ['aws_iam_role.each[0]', 'repo:acme/app:ref:refs/heads/main'],
      ['aws_iam_role.each[1]', 'repo:acme/web:ref:refs/heads/main'],
      ['aws_iam_role.off', 'repo:acme/app:ref:refs/heads/main'],
      ['aws_iam_role.maybe', 'repo:acme/app:ref:refs/heads/main'],
    ]);
  });

  it('renders each branch of a conditional on an unknown value as its own document', () => {
    const result = readModule({
      'main.tf': `variable "strict" {
  type = bool
}
locals {
  strict = "repo:acme/app:ref:refs/heads/main"
  loose  = "repo:acme/*"
}
resource "aws_iam_role" "ci" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/${GH_KEY}" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = { "${GH_KEY}:aud" = "sts.amazonaws.com" }
        StringLike   = { "${GH_KEY}:sub" = var.strict ? local.strict : local.loose }
      }
    }]
  })
}
`,
    });
    const docs = trustDocs(result);
    expect(docs.map((d) => d.variant)).toEqual(['branch 1 of 2 of "var.strict ? local.strict : local.loose"', 'branch 2 of 2 of "var.strict ? local.strict : local.loose"']);
    expect(analyzeTrustPolicy(docs[0]!).filter((f) => f.severity !== 'info').map((f) => f.ruleId)).toEqual([]);
    expect(analyzeTrustPolicy(docs[1]!).map((f) => f.ruleId)).toContain('oidc-owner-wide');
  });

  it('reads Terraform JSON syntax (.tf.json) merged into the module', () => {
    const files = {
      'variables.tf': 'variable "org" {\n  default = "acme"\n}\n',
      'main.tf.json': JSON.stringify(
        {
          resource: {
            aws_iam_openid_connect_provider: { github: { url: `https://${GH_KEY}`, client_id_list: ['sts.amazonaws.com'] } },
            aws_iam_role: { ci: { name: 'ci', assume_role_policy: '${data.aws_iam_policy_document.trust.json}' } },
          },
          data: {
            aws_iam_policy_document: {
              trust: {
                statement: [
                  {
                    actions: ['sts:AssumeRoleWithWebIdentity'],
                    principals: [{ type: 'Federated', identifiers: ['${aws_iam_openid_connect_provider.github.arn}'] }],
                    condition: [
                      { test: 'StringEquals', variable: `${GH_KEY}:aud`, values: ['sts.amazonaws.com'] },
                      { test: 'StringLike', variable: `${GH_KEY}:sub`, values: ['repo:${var.org}*'] },
                    ],
                  },
                ],
              },
            },
          },
        },
        null,
        2,
      ),
    };
    const result = readModule(files);
    expect(result.findings).toEqual([]);
    expect(providers(result)).toHaveLength(1);
    const d = trustDoc(result, 'aws_iam_role.ci');
    expect(d.file).toBe('mod/main.tf.json');
    const sub = node(d, ['Statement', 0, 'Condition', 'StringLike', `${GH_KEY}:sub`]);
    expect(sub).toMatchObject({ value: 'repo:acme*', provenance: { kind: 'variable-default', name: 'org' } });
    expect(textAt(files, sub, 'mod/main.tf.json')).toBe('"repo:${var.org}*"');
    expect(analyzeTrustPolicy(d).map((f) => f.ruleId)).toContain('oidc-any-owner');
  });

  it('reports JSON syntax errors of .tf.json files', () => {
    const result = readModule({ 'main.tf.json': '{"resource": {,}}' });
    expect(result.findings.map((f) => [f.ruleId, f.location?.span.start.column])).toEqual([['parse-error', 14]]);
  });

  it('does not evaluate module calls: their outputs are unresolved', () => {
    const result = readModule({
      'main.tf': `module "oidc" {
  source = "./modules/oidc"
}
resource "aws_iam_role" "ci" {
  assume_role_policy = module.oidc.trust_policy
}
`,
    });
    expect(result.findings[0]?.message).toContain('output of module oidc');
  });
});
