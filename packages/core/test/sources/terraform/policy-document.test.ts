import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeTrustPolicy } from '../../../src/analyze.js';
import { loadTerraformParser } from '../../../src/sources/terraform/index.js';
import { GH_KEY, node, readModule, rendered, textAt, trustDoc, trustDocs } from './helpers.js';

beforeAll(async () => {
  await loadTerraformParser();
});

const FED = `arn:aws:iam::123456789012:oidc-provider/${GH_KEY}`;

function doc(statements: string, extra = ''): string {
  return `data "aws_iam_policy_document" "trust" {
${extra}${statements}
}

resource "aws_iam_role" "ci" {
  name               = "ci"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
`;
}

const STATEMENT = `  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["${FED}"]
    }
    condition {
      test     = "StringEquals"
      variable = "${GH_KEY}:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringLike"
      variable = "${GH_KEY}:sub"
      values   = ["repo:acme/app:ref:refs/heads/main", "repo:acme/*"]
    }
  }`;

describe('data "aws_iam_policy_document"', () => {
  it('renders the JSON the AWS provider produces (single values as strings, lists sorted in reverse)', () => {
    const result = readModule({ 'main.tf': doc(STATEMENT) });
    expect(result.findings).toEqual([]);
    const d = trustDoc(result, 'aws_iam_role.ci');
    expect(d.roleName).toBe('ci');
    expect(rendered(d)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: '',
          Effect: 'Allow',
          Action: 'sts:AssumeRoleWithWebIdentity',
          Principal: { Federated: FED },
          Condition: {
            StringEquals: { [`${GH_KEY}:aud`]: 'sts.amazonaws.com' },
            StringLike: { [`${GH_KEY}:sub`]: ['repo:acme/app:ref:refs/heads/main', 'repo:acme/*'] },
          },
        },
      ],
    });
  });

  it('locates each rendered node at its HCL attribute or value, and findings use the rendered paths', () => {
    const files = { 'main.tf': doc(STATEMENT) };
    const d = trustDoc(readModule(files), 'aws_iam_role.ci');
    const sub = ['Statement', 0, 'Condition', 'StringLike', `${GH_KEY}:sub`];
    expect(textAt(files, node(d, [...sub, 1]))).toBe('"repo:acme/*"');
    expect(textAt(files, node(d, sub))).toBe('["repo:acme/app:ref:refs/heads/main", "repo:acme/*"]');
    expect(textAt(files, node(d, ['Statement', 0, 'Action']))).toBe('"sts:AssumeRoleWithWebIdentity"');
    expect(textAt(files, node(d, ['Statement', 0, 'Principal', 'Federated']))).toBe(`"${FED}"`);
    const condition = node(d, ['Statement', 0, 'Condition']);
    if (condition.type !== 'object') throw new Error('not an object');
    expect(condition.members.map((m) => textAt(files, { span: m.keySpan }))).toEqual(['"StringEquals"', '"StringLike"']);
    const inner = node(d, ['Statement', 0, 'Condition', 'StringLike']);
    if (inner.type !== 'object') throw new Error('not an object');
    expect(textAt(files, { span: inner.members[0]!.keySpan })).toBe(`"${GH_KEY}:sub"`);
    const owner = analyzeTrustPolicy(d).find((f) => f.ruleId === 'oidc-owner-wide');
    expect(owner?.path).toEqual([...sub, 1]);
    expect(owner?.resource).toBe('aws_iam_role.ci');
    expect(owner?.location?.span.start.line).toBe(16);
  });

  it('expands dynamic statement and condition blocks whose for_each is known', () => {
    const files = {
      'main.tf': doc(`  dynamic "statement" {
    for_each = var.repos
    iterator = repo
    content {
      sid     = "Repo\${repo.key}"
      actions = ["sts:AssumeRoleWithWebIdentity"]
      principals {
        type        = "Federated"
        identifiers = ["${FED}"]
      }
      dynamic "condition" {
        for_each = { aud = ["sts.amazonaws.com"], sub = ["repo:\${repo.value}:ref:refs/heads/main"] }
        content {
          test     = "StringEquals"
          variable = "${GH_KEY}:\${condition.key}"
          values   = condition.value
        }
      }
    }
  }`),
      'variables.tf': 'variable "repos" {\n  default = ["acme/app", "acme/web"]\n}\n',
    };
    const d = trustDoc(readModule(files));
    const statements = (rendered(d) as { Statement: { Sid: string; Condition: unknown }[] }).Statement;
    expect(statements.map((s) => s.Sid)).toEqual(['Repo0', 'Repo1']);
    expect(statements[1]?.Condition).toEqual({
      StringEquals: { [`${GH_KEY}:aud`]: 'sts.amazonaws.com', [`${GH_KEY}:sub`]: 'repo:acme/web:ref:refs/heads/main' },
    });
    expect(analyzeTrustPolicy(d).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('renders repeated condition blocks both ways (trap 31): merged values and last block kept', () => {
    const files = {
      'main.tf': doc(`  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["${FED}"]
    }
    condition {
      test     = "StringEquals"
      variable = "${GH_KEY}:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringLike"
      variable = "${GH_KEY}:sub"
      values   = ["repo:acme/*"]
    }
    condition {
      test     = "StringLike"
      variable = "${GH_KEY}:sub"
      values   = ["*:ref:refs/heads/main"]
    }
  }`),
    };
    const docs = trustDocs(readModule(files));
    expect(docs.map((x) => x.variant)).toEqual([
      'current AWS provider: values of repeated condition blocks merged',
      'older AWS provider: the last of repeated condition blocks kept',
    ]);
    const sub = (x: (typeof docs)[number]) => (rendered(x) as { Statement: { Condition: { StringLike: Record<string, unknown> } }[] }).Statement[0]?.Condition.StringLike[`${GH_KEY}:sub`];
    expect(sub(docs[0]!)).toEqual(['repo:acme/*', '*:ref:refs/heads/main']);
    expect(sub(docs[1]!)).toBe('*:ref:refs/heads/main');
    // Merged: any repository on GitHub with a main branch gets in.
    const merged = analyzeTrustPolicy(docs[0]!);
    expect(merged.map((f) => f.ruleId)).toContain('oidc-any-owner');
    expect(merged.find((f) => f.ruleId === 'oidc-any-owner')?.message).toContain('(current AWS provider');
    expect(analyzeTrustPolicy(docs[1]!).map((f) => f.ruleId)).toContain('oidc-any-owner');
  });

  it('gives one document when both renderings agree', () => {
    const docs = trustDocs(readModule({ 'main.tf': doc(STATEMENT) }));
    expect(docs).toHaveLength(1);
    expect(docs[0]?.variant).toBeUndefined();
  });

  it('merges source_policy_documents and override_policy_documents by Sid', () => {
    const files = {
      'main.tf': `data "aws_iam_policy_document" "base" {
  statement {
    sid     = "GitHub"
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["${FED}"]
    }
    condition {
      test     = "StringLike"
      variable = "${GH_KEY}:sub"
      values   = ["repo:acme/*"]
    }
  }
}

data "aws_iam_policy_document" "override" {
  statement {
    sid     = "GitHub"
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["${FED}"]
    }
    condition {
      test     = "StringEquals"
      variable = "${GH_KEY}:sub"
      values   = ["repo:acme/app:ref:refs/heads/main"]
    }
  }
}

data "aws_iam_policy_document" "combined" {
  source_policy_documents   = [data.aws_iam_policy_document.base.json]
  override_policy_documents = [data.aws_iam_policy_document.override.json]
  statement {
    sid     = "Ec2"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "ci" {
  assume_role_policy = data.aws_iam_policy_document.combined.json
}
`,
    };
    const result = readModule(files);
    const docs = trustDocs(result);
    // base and override are used by the combined document: not analysed on their own.
    expect(docs.map((d) => d.resource)).toEqual(['aws_iam_role.ci']);
    const statements = (rendered(docs[0]!) as { Statement: { Sid: string; Condition?: unknown }[] }).Statement;
    expect(statements.map((s) => s.Sid)).toEqual(['GitHub', 'Ec2']);
    expect(statements[0]?.Condition).toEqual({ StringEquals: { [`${GH_KEY}:sub`]: 'repo:acme/app:ref:refs/heads/main' } });
    // The overriding statement is located in the override document.
    expect(textAt(files, node(docs[0]!, ['Statement', 0, 'Condition', 'StringEquals', `${GH_KEY}:sub`]))).toBe('"repo:acme/app:ref:refs/heads/main"');
  });

  it('analyses a policy document no role uses only when it looks like a trust policy', () => {
    const result = readModule({
      'main.tf': `data "aws_iam_policy_document" "trust" {
${STATEMENT}
}
data "aws_iam_policy_document" "permissions" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}
`,
    });
    expect(trustDocs(result).map((d) => d.resource)).toEqual(['data.aws_iam_policy_document.trust']);
  });

  it('renders principals "*" as "*", not_principals and not_actions, and the &{} policy-variable escape', () => {
    const d = trustDoc(
      readModule({
        'main.tf': doc(`  statement {
    effect      = "Deny"
    not_actions = ["s3:*"]
    not_principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root", "arn:aws:iam::210987654321:root"]
    }
  }
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalTag/team"
      values   = ["&{aws:username}"]
    }
  }`),
      }),
    );
    expect(rendered(d)).toMatchObject({
      Statement: [
        { Effect: 'Deny', NotAction: 's3:*', NotPrincipal: { AWS: ['arn:aws:iam::210987654321:root', 'arn:aws:iam::123456789012:root'] } },
        { Principal: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': '${aws:username}' } } },
      ],
    });
  });
});
