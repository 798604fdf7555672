import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { BudgetLimits } from '../../src/budget.js';
import type { Finding } from '../../src/model/finding.js';
import { readCdkProgram } from '../../src/sources/cdk/index.js';
import { loadTerraformParser } from '../../src/sources/terraform/index.js';
import { parse } from './cdk/helpers.js';

/**
 * Issue 12: one finding for an exhausted budget whatever the format. The same overflow — a trust
 * policy nested too deep, an evaluation that needs too many steps, a value built too large — written
 * in every format that can express it gives one input-error with the same message tail, the same
 * properties and the same severity; only the subject (file, resource) and the place differ.
 */

const GH = 'token.actions.githubusercontent.com';
const FED = `arn:aws:iam::123456789012:oidc-provider/${GH}`;

interface Written {
  format: string;
  file: string;
  text: string;
  cdk?: boolean;
}

function inputErrors(w: Written, limits: Partial<BudgetLimits>): Finding[] {
  const findings = w.cdk ? readCdkProgram(parse(w.text), w.file, w.text, { limits }).findings : analyze([{ file: w.file, text: w.text, explicit: true }], { sources: { limits } }).findings;
  return findings.filter((f) => f.ruleId === 'input-error');
}

/** The part of the message after the subject, and what else must be equal. */
function shape(f: Finding): unknown {
  return { ruleId: f.ruleId, severity: f.severity, tail: f.message.slice(f.message.indexOf(' was not analysed: ')), properties: f.properties };
}

function expectSameFinding(written: readonly Written[], limits: Partial<BudgetLimits>, limit: string): void {
  const shapes = written.map((w) => {
    const found = inputErrors(w, limits);
    expect(found, `${w.format}: ${JSON.stringify(found.map((f) => f.message))}`).toHaveLength(1);
    const f = found[0]!;
    expect(f.location?.file).toBe(w.file);
    expect(f.properties, w.format).toMatchObject({ limit });
    return { format: w.format, shape: shape(f) };
  });
  const first = shapes[0]!.shape;
  for (const s of shapes) expect(s.shape, `${s.format} against ${shapes[0]!.format}`).toEqual(first);
}

beforeAll(async () => {
  await loadTerraformParser();
});

describe('one finding for a crossed cap, whatever the format', () => {
  const deep = `${'['.repeat(250)}"repo:acme/app:*"${']'.repeat(250)}`;

  it('a trust policy nested past the depth cap', () => {
    const policy = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "${FED}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"${GH}:sub": ${deep}}}}]}`;
    expectSameFinding(
      [
        { format: 'JSON policy', file: 'policies/p.json', text: policy },
        { format: 'policy template', file: 'policies/p.json.tpl', text: policy },
        { format: 'Terraform jsonencode', file: 'tf/main.tf', text: `resource "aws_iam_role" "r" {\n  assume_role_policy = jsonencode({ Statement = [{ Condition = { StringLike = { sub = ${deep} } } }] })\n}\n` },
        { format: 'Terraform heredoc', file: 'tf/main.tf', text: `resource "aws_iam_role" "r" {\n  assume_role_policy = <<EOF\n${policy}\nEOF\n}\n` },
        { format: 'Terraform plan', file: 'plan/tfplan.json', text: `{"format_version": "1.2", "planned_values": {"root_module": {"resources": [{"address": "aws_iam_role.r", "mode": "managed", "type": "aws_iam_role", "name": "r", "values": {"assume_role_policy": ${JSON.stringify(policy)}}}]}}}` },
        { format: 'CloudFormation YAML', file: 'cfn/t.yaml', text: `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {Statement: [{Condition: {StringLike: {sub: ${deep}}}}]}\n` },
        { format: 'CloudFormation JSON', file: 'cfn/t.template.json', text: `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Role": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": ${policy}}}}}` },
        { format: 'CloudFormation embedded JSON', file: 'cfn/e.yaml', text: `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: '${policy}'\n` },
        { format: 'workflow', file: '.github/workflows/ci.yml', text: `on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - run: echo\n        with: {x: ${deep}}\n` },
        { format: 'CDK', file: 'lib/stack.ts', cdk: true, text: `import * as iam from 'aws-cdk-lib/aws-iam';\nnew iam.Role(this, 'R', { assumedBy: new iam.WebIdentityPrincipal('${FED}', { StringLike: { sub: ${deep} } }) });\n` },
      ],
      {},
      'depth',
    );
  });

  it('an evaluation past the step cap', () => {
    const limits = { steps: 300 };
    const written: Written[] = [
      { format: 'Terraform', file: 'tf/main.tf', text: `locals {\n  subs = [for i in range(1000) : "repo:acme/app-\${i}:*"]\n}\nresource "aws_iam_role" "r" {\n  assume_role_policy = jsonencode({ Statement = [{ Condition = { StringLike = { sub = local.subs } } }] })\n}\n` },
      { format: 'CloudFormation', file: 'cfn/t.yaml', text: `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {Statement: [{Condition: {StringLike: {sub: [${Array(1000).fill("!Sub 'repo:acme/app:*'").join(', ')}]}}}]}\n` },
      { format: 'CDK', file: 'lib/stack.ts', cdk: true, text: `import * as iam from 'aws-cdk-lib/aws-iam';\nconst subs = [${Array(1000).fill("'repo:acme/app:*'").join(', ')}];\nnew iam.Role(this, 'R', { assumedBy: new iam.WebIdentityPrincipal('${FED}', { StringLike: { sub: subs } }) });\n` },
    ];
    expectSameFinding(written, limits, 'steps');
  });

  it('values built past the value-size cap', () => {
    const limits = { valueSize: 100_000 };
    const doublings = 12;
    const tfLocals = Array.from({ length: doublings }, (_, i) => `  s${i + 1} = "\${local.s${i}}\${local.s${i}}"`).join('\n');
    const cfnSubs = `${"!Sub ['${a}${a}', {a: ".repeat(doublings)}'repo:acme/app:*-0123456789'${'}]'.repeat(doublings)}`;
    const cdkConsts = Array.from({ length: doublings }, (_, i) => `const s${i + 1} = s${i} + s${i};`).join('\n');
    expectSameFinding(
      [
        { format: 'Terraform', file: 'tf/main.tf', text: `locals {\n  s0 = "repo:acme/app:*-0123456789"\n${tfLocals}\n}\nresource "aws_iam_role" "r" {\n  assume_role_policy = jsonencode({ Statement = [{ Condition = { StringLike = { sub = local.s${doublings} } } }] })\n}\n` },
        { format: 'CloudFormation', file: 'cfn/t.yaml', text: `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {Statement: [{Condition: {StringLike: {sub: ${cfnSubs}}}}]}\n` },
        { format: 'CDK', file: 'lib/stack.ts', cdk: true, text: `import * as iam from 'aws-cdk-lib/aws-iam';\nconst s0 = 'repo:acme/app:*-0123456789';\n${cdkConsts}\nnew iam.Role(this, 'R', { assumedBy: new iam.WebIdentityPrincipal('${FED}', { StringLike: { sub: s${doublings} } }) });\n` },
      ],
      limits,
      'valueSize',
    );
  });
});
