import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import type { Finding } from '../../../src/model/finding.js';
import { loadTerraformParser } from '../../../src/sources/terraform/index.js';

/**
 * What Terraform itself rejects in an aws_iam_policy_document (issue 13) is a finding, not a
 * silent skip: `terraform plan` fails ("Unsupported argument", "Missing required argument"), so the
 * role the user thinks exists is never deployed. In a condition block `test`, `variable` and
 * `values` are required, in principals `type` and `identifiers`
 * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document);
 * a null is the same as leaving a required argument out.
 */

beforeAll(async () => {
  await loadTerraformParser();
});

const GH = 'token.actions.githubusercontent.com';

function doc(statement: string, head = ''): string {
  return `${head}
data "aws_iam_policy_document" "trust" {
  statement {
${statement}
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/${GH}"]
    }
    condition {
      test     = "StringEquals"
      variable = "${GH}:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "r" {
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
`;
}

const run = (text: string): Finding[] => analyze([{ file: 'main.tf', text }]).findings;
const inputErrors = (fs: Finding[]): Finding[] => fs.filter((f) => f.ruleId === 'input-error');

describe('arguments Terraform rejects in aws_iam_policy_document', () => {
  it('reports `action` for `actions` at the argument, with the fix', () => {
    const fs = run(doc('    action = ["sts:AssumeRoleWithWebIdentity"]'));
    const [e, ...rest] = inputErrors(fs);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ severity: 'error', resource: 'data.aws_iam_policy_document.trust', location: { file: 'main.tf', span: { start: { line: 4 } } } });
    expect(e?.message).toContain('"action" is not an argument of a statement block (did you mean "actions"?)');
  });

  it('reports a misspelt block (principal for principals)', () => {
    const fs = run(doc('    actions = ["sts:AssumeRoleWithWebIdentity"]\n    principal {\n      type = "AWS"\n      identifiers = ["*"]\n    }'));
    expect(inputErrors(fs).map((f) => f.message)).toEqual([expect.stringContaining('a block "principal" is not expected in a statement block (did you mean "principals"?)')]);
  });

  it('reports values = var.x with default = null (Terraform rejects a null values)', () => {
    const text = doc(
      '    actions = ["sts:AssumeRoleWithWebIdentity"]\n    condition {\n      test     = "StringLike"\n      variable = "' + GH + ':sub"\n      values   = var.subjects\n    }',
      'variable "subjects" {\n  type    = list(string)\n  default = null\n}\n',
    );
    const errs = inputErrors(run(text));
    expect(errs).toHaveLength(1);
    expect(errs[0]?.message).toContain('the argument "values" of a condition block is null, and it is required');
    expect(errs[0]?.location?.span.start.line).toBe(12);
  });

  it('reports a condition without values', () => {
    const fs = run(doc('    actions = ["sts:AssumeRoleWithWebIdentity"]\n    condition {\n      test     = "StringLike"\n      variable = "' + GH + ':sub"\n    }'));
    expect(inputErrors(fs).map((f) => f.message)).toEqual([expect.stringContaining('the argument "values" of a condition block is required, but it is not set')]);
  });

  it('accepts a well-formed document, dynamic blocks and meta-arguments', () => {
    const text = doc('    actions = ["sts:AssumeRoleWithWebIdentity"]\n    dynamic "condition" {\n      for_each = ["repo:acme/app:ref:refs/heads/main"]\n      content {\n        test     = "StringEquals"\n        variable = "' + GH + ':sub"\n        values   = [condition.value]\n      }\n    }').replace('data "aws_iam_policy_document" "trust" {', 'data "aws_iam_policy_document" "trust" {\n  count = 1');
    expect(inputErrors(run(text.replace('data.aws_iam_policy_document.trust.json', 'data.aws_iam_policy_document.trust[0].json')))).toEqual([]);
  });
});
