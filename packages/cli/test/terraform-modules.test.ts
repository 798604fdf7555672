import { afterEach, describe, expect, it } from 'vitest';
import { discover } from '../src/discover.js';
import { makeTree, parseReport, removeTrees, runCli } from './helpers.js';

/**
 * Registry and git modules installed by `terraform init` (issue 13): discovery never walks
 * `.terraform`, and reads the module folders its manifest `.terraform/modules/modules.json` lists.
 */

afterEach(removeTrees);

const GH = 'token.actions.githubusercontent.com';
const ROLE_MODULE = `variable "subjects" {
  type    = list(string)
  default = ["repo:acme/app:ref:refs/heads/main"]
}

resource "aws_iam_role" "this" {
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/${GH}" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = { "${GH}:aud" = "sts.amazonaws.com" }
        StringLike   = { "${GH}:sub" = var.subjects }
      }
    }]
  })
}
`;
const CALL = `module "gha" {\n  source   = "acme/github-oidc-role/aws"\n  subjects = ["repo:*"]\n}\n`;
const MANIFEST = JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'gha', Source: 'registry.terraform.io/acme/github-oidc-role/aws', Dir: '.terraform/modules/gha' }] });

describe('modules installed by terraform init', () => {
  it('reads the manifest and the module folders it lists, nothing else of .terraform', async () => {
    const root = makeTree({
      'infra/main.tf': CALL,
      'infra/.terraform/modules/modules.json': MANIFEST,
      'infra/.terraform/modules/gha/main.tf': ROLE_MODULE,
      'infra/.terraform/modules/other/main.tf': ROLE_MODULE,
      'infra/.terraform/providers/x.json': '{}',
      '.gitignore': '.terraform/\n',
    });
    const files = (await discover(['.'], { cwd: root })).files.map((f) => f.path);
    expect(files).toEqual(['infra/.terraform/modules/gha/main.tf', 'infra/.terraform/modules/modules.json', 'infra/main.tf']);
  });

  it('follows the registry module: the caller argument gives oidc-any-owner at the call', async () => {
    const root = makeTree({ 'main.tf': CALL, '.terraform/modules/modules.json': MANIFEST, '.terraform/modules/gha/main.tf': ROLE_MODULE });
    const result = await runCli(['check', '--format', 'json'], { cwd: root });
    const report = parseReport(result.stdout);
    const owner = report.findings.filter((f) => f.ruleId === 'oidc-any-owner');
    expect(owner).toHaveLength(1);
    expect(owner[0]).toMatchObject({ resource: 'module.gha.aws_iam_role.this', file: 'main.tf' });
  });

  it('without terraform init the call is one warning saying so', async () => {
    const root = makeTree({ 'main.tf': CALL });
    const report = parseReport((await runCli(['check', '--format', 'json'], { cwd: root })).stdout);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['oidc-unresolved']);
    expect(report.findings[0]?.message).toContain('terraform init');
  });
});
