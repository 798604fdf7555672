import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import type { Finding } from '../../../src/model/finding.js';
import { loadTerraformParser } from '../../../src/sources/terraform/index.js';

/**
 * Parity through module calls (issue 13): the same logical trust policy written inline, through a
 * local module and through a registry module installed by `terraform init` gives the same rule
 * ids, severities, paths and witnesses. Only the resource address (module.x. prefix) and, where a
 * caller's argument carries the value, the location differ.
 */

beforeAll(async () => {
  await loadTerraformParser();
});

const GH = 'token.actions.githubusercontent.com';

/** The role, its subjects and audience given by variables (defaults safe). */
const ROLE = `variable "subjects" {
  type    = list(string)
  default = ["repo:acme/app:ref:refs/heads/main"]
}

variable "audience" {
  type    = string
  default = "sts.amazonaws.com"
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/${GH}"]
    }
    condition {
      test     = "StringEquals"
      variable = "${GH}:aud"
      values   = [var.audience]
    }
    condition {
      test     = "StringLike"
      variable = "${GH}:sub"
      values   = var.subjects
    }
  }
}

resource "aws_iam_role" "this" {
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
`;

/** The subjects of each case, as HCL. */
const CASES: Record<string, { subjects: string; audience?: string }> = {
  any_owner: { subjects: '["repo:*"]' },
  any_context: { subjects: '["repo:acme/app:*"]' },
  owner_wide: { subjects: '["repo:acme/*"]' },
  pull_request: { subjects: '["repo:acme/app:pull_request"]' },
  safe: { subjects: '["repo:acme/app:ref:refs/heads/main"]' },
  two_subjects: { subjects: '["repo:acme/app:ref:refs/heads/main", "repo:acme/*:environment:prod"]' },
  any_repo_main: { subjects: '["repo:acme/app:pull_request", "repo:*:ref:refs/heads/main"]', audience: '"sts.amazonaws.com"' },
};

function args(c: { subjects: string; audience?: string }): string {
  return `  subjects = ${c.subjects}\n${c.audience ? `  audience = ${c.audience}\n` : ''}`;
}

type Verdict = Pick<Finding, 'ruleId' | 'severity' | 'path' | 'witness'>;

function verdicts(files: Record<string, string>): Verdict[] {
  const { findings } = analyze(Object.entries(files).map(([file, text]) => ({ file, text })));
  return findings
    .map((f) => ({ ruleId: f.ruleId, severity: f.severity, ...(f.path ? { path: f.path } : {}), ...(f.witness ? { witness: f.witness } : {}) }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function inline(c: { subjects: string; audience?: string }): Record<string, string> {
  let text = ROLE.replace('default = ["repo:acme/app:ref:refs/heads/main"]', `default = ${c.subjects}`);
  if (c.audience) text = text.replace('default = "sts.amazonaws.com"', `default = ${c.audience}`);
  return { 'main.tf': text };
}

function local(c: { subjects: string; audience?: string }): Record<string, string> {
  return { 'main.tf': `module "gha" {\n  source   = "./modules/role"\n${args(c)}}\n`, 'modules/role/main.tf': ROLE };
}

function registry(c: { subjects: string; audience?: string }): Record<string, string> {
  const manifest = JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'gha', Source: 'registry.terraform.io/acme/gha-role/aws', Version: '1.0.0', Dir: '.terraform/modules/gha' }] });
  return { 'main.tf': `module "gha" {\n  source   = "acme/gha-role/aws"\n  version  = "1.0.0"\n${args(c)}}\n`, '.terraform/modules/modules.json': manifest, '.terraform/modules/gha/main.tf': ROLE };
}

describe('the same policy inline, through a local module and a registry module', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      const expected = verdicts(inline(c));
      if (name !== 'safe') expect(expected.length).toBeGreaterThan(0);
      expect(verdicts(local(c))).toEqual(expected);
      expect(verdicts(registry(c))).toEqual(expected);
    });
  }
});
