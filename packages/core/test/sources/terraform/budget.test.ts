import { beforeAll, describe, expect, it } from 'vitest';
import { loadTerraformParser } from '../../../src/sources/terraform/index.js';
import { GH_KEY, readModule, rendered, trustDocs } from './helpers.js';

/** Terraform evaluation within the budget (issue 10): what used to recurse forever or be cut silently. */

beforeAll(async () => {
  await loadTerraformParser();
});

const role = (sub: string, head = ''): string => `resource "aws_iam_role" "r" {
${head}  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/${GH_KEY}" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = { StringLike = { "${GH_KEY}:sub" = ${sub} } }
    }]
  })
}
`;

const subOf = (d: ReturnType<typeof trustDocs>[number]): unknown => (rendered(d) as { Statement: { Condition: { StringLike: Record<string, unknown> } }[] }).Statement[0]?.Condition.StringLike[`${GH_KEY}:sub`];

describe('Terraform within the budget', () => {
  it('takes a variable whose default reads itself as unresolved (it recursed until the stack overflowed)', () => {
    const result = readModule({ 'main.tf': `variable "subject" {\n  default = var.subject\n}\n${role('var.subject')}` });
    expect(result.findings).toEqual([]);
    const [doc] = trustDocs(result);
    expect(subOf(doc!)).toBe('<var.subject>');
    expect(JSON.stringify(doc!.root)).toContain('the value of variable subject refers to itself');
  });

  it('gives Terraform\'s error for templatefile inside a template file (it recursed forever)', () => {
    const result = readModule({ 'main.tf': role('templatefile("${path.module}/t.tpl", {})'), 't.tpl': 'repo:acme/${templatefile("t.tpl", {})}:*' });
    // As in Terraform, the error makes the whole expression fail: the policy is unresolved, and said so.
    expect(trustDocs(result)).toEqual([]);
    expect(result.findings).toEqual([
      expect.objectContaining({ ruleId: 'oidc-unresolved', message: expect.stringContaining('evaluation error: cannot recursively call templatefile from inside templatefile call') as unknown }),
    ]);
  });

  it('expands every instance of a count past 100 (instances from 100 on were dropped)', () => {
    const result = readModule({ 'main.tf': role('"repo:acme/app-${count.index}:*"', '  count = 150\n') });
    const docs = trustDocs(result);
    expect(docs).toHaveLength(150);
    expect(docs.at(-1)?.resource).toBe('aws_iam_role.r[149]');
    expect(subOf(docs.at(-1)!)).toBe('repo:acme/app-149:*');
  });

  it('stops a count past the instance cap at the count', () => {
    const result = readModule({ 'main.tf': role('"*"', '  count = 11\n') }, { limits: { instances: 10 } });
    expect(trustDocs(result)).toEqual([]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'input-error',
        message: 'the Terraform module in mod from aws_iam_role.r on was not analysed: more than 10 instances from count, for_each or Fn::ForEach (the instance cap)',
        resource: 'aws_iam_role.r',
        properties: { limit: 'instances', cap: 10 },
      }),
    ]);
    expect(result.findings[0]?.location?.span.start.line).toBe(2);
  });

  it('reports the renderings past the variant cap (they were dropped without a word)', () => {
    const variables = [1, 2, 3, 4].map((i) => `variable "v${i}" {}\n`).join('');
    const policy = `data "aws_iam_policy_document" "t" {
  statement {
    sid     = var.v4 ? "A" : "B"
    actions = ["sts:AssumeRoleWithWebIdentity"]
    effect  = var.v1 ? "Allow" : "Deny"
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/${GH_KEY}"]
    }
    condition {
      test     = var.v2 ? "StringLike" : "StringEquals"
      variable = var.v3 ? "${GH_KEY}:sub" : "${GH_KEY}:aud"
      values   = ["repo:acme/*"]
    }
  }
}
resource "aws_iam_role" "r" {
  assume_role_policy = data.aws_iam_policy_document.t.json
}
`;
    const result = readModule({ 'main.tf': variables + policy });
    expect(trustDocs(result)).toHaveLength(8);
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'input-error',
        message:
          'the trust policy of aws_iam_role.r beyond its first 8 renderings was not analysed: more than 8 renderings from branches on values not known statically (the variant cap); pass --var to decide the conditionals on values not known statically',
        resource: 'aws_iam_role.r',
        properties: { limit: 'variants', cap: 8 },
      }),
    ]);
  });

  it('charges built values, stopping a doubling at the value-size cap where it is built', () => {
    const locals = Array.from({ length: 12 }, (_, i) => `  s${i + 1} = "\${local.s${i}}\${local.s${i}}"`).join('\n');
    const result = readModule({ 'main.tf': `locals {\n  s0 = "0123456789abcdef"\n${locals}\n}\n${role('local.s12')}` }, { limits: { valueSize: 100_000 } });
    expect(result.findings).toEqual([expect.objectContaining({ ruleId: 'input-error', properties: { limit: 'valueSize', cap: 100_000 } })]);
    // At the local whose string no longer fits (16 × 2^n characters and their pieces).
    expect(result.findings[0]?.location?.span.start.line).toBeGreaterThan(8);
    expect(result.findings[0]?.location?.span.start.line).toBeLessThan(14);
  });
});
