import { beforeAll, describe, expect, it } from 'vitest';
import { loadTerraformParser, terraformFileRole } from '../../../src/sources/terraform/index.js';
import { GH_KEY, node, readModule, rendered, textAt, trustDoc } from './helpers.js';

beforeAll(async () => {
  await loadTerraformParser();
});

const MAIN = `
resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/${GH_KEY}" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringLike = { "${GH_KEY}:sub" = [var.a, var.b, var.c, var.d, var.e, var.f] }
      }
    }]
  })
}`;

const VARIABLES = ['a', 'b', 'c', 'd', 'e', 'f'].map((v) => `variable "${v}" {\n  default = "default-${v}"\n}\n`).join('');

const FILES = {
  'main.tf': MAIN,
  'variables.tf': VARIABLES,
  'terraform.tfvars': 'b = "tfvars-b"\nc = "tfvars-c"\nd = "tfvars-d"\ne = "tfvars-e"\nf = "tfvars-f"\n',
  'terraform.tfvars.json': '{"c": "tfvars-json-c", "d": "tfvars-json-d"}',
  'b.auto.tfvars.json': '{"d": "auto-b-d"}',
  'a.auto.tfvars': 'd = "auto-a-d"\ne = "auto-a-e"\n',
};

describe('Terraform variable precedence', () => {
  it('default < terraform.tfvars < terraform.tfvars.json < *.auto.tfvars (lexical) < --var-file < --var', () => {
    const result = readModule(FILES, {
      varFiles: [{ file: 'prod.tfvars', text: 'e = "var-file-e"\nf = "var-file-f"\n', explicit: true }],
      vars: { f: 'cli-f' },
    });
    expect(result.findings).toEqual([]);
    const doc = trustDoc(result);
    expect((rendered(doc) as { Statement: { Condition: { StringLike: Record<string, unknown> } }[] }).Statement[0]?.Condition.StringLike[`${GH_KEY}:sub`]).toEqual([
      'default-a',
      'tfvars-b',
      'tfvars-json-c',
      'auto-b-d',
      'var-file-e',
      'cli-f',
    ]);
  });

  it('locates each value where it was assigned, with its provenance', () => {
    const result = readModule(FILES, { varFiles: [{ file: 'prod.tfvars', text: 'e = "var-file-e"\n', explicit: true }] });
    const doc = trustDoc(result);
    const at = (i: number) => node(doc, ['Statement', 0, 'Condition', 'StringLike', `${GH_KEY}:sub`, i]);
    const a = at(0);
    expect(a.file).toBe('mod/variables.tf');
    expect(textAt(FILES, a)).toBe('"default-a"');
    expect(a.provenance).toMatchObject({ kind: 'variable-default', name: 'a', location: { file: 'mod/variables.tf' } });
    const b = at(1);
    expect(b.file).toBe('mod/terraform.tfvars');
    expect(b.provenance).toMatchObject({ kind: 'tfvars', name: 'b', location: { file: 'mod/terraform.tfvars', span: { start: { line: 1, column: 4 } } } });
    expect(at(3).file).toBe('mod/b.auto.tfvars.json');
    expect(at(4).file).toBe('prod.tfvars');
  });

  it('loads only terraform.tfvars(.json) and *.auto.tfvars(.json) automatically', () => {
    expect(['a.tf', 'a.tf.json', 'terraform.tfvars', 'x.auto.tfvars', 'terraform.tfvars.json', 'x.auto.tfvars.json', 'prod.tfvars', 'trust.json'].map(terraformFileRole)).toEqual([
      'tf',
      'tf.json',
      'tfvars',
      'tfvars',
      'tfvars.json',
      'tfvars.json',
      'other',
      'other',
    ]);
    const doc = trustDoc(readModule({ 'main.tf': MAIN, 'variables.tf': VARIABLES, 'prod.tfvars': 'a = "prod-a"\n' }));
    expect(node(doc, ['Statement', 0, 'Condition', 'StringLike', `${GH_KEY}:sub`, 0])).toMatchObject({ value: 'default-a' });
  });

  it('--var gives a string for primitive types and an HCL value for complex types', () => {
    const result = readModule(
      {
        'main.tf': MAIN.replace('[var.a, var.b, var.c, var.d, var.e, var.f]', 'concat([var.one], var.many)'),
        'variables.tf': 'variable "one" {}\nvariable "many" {\n  type = list(string)\n}\n',
      },
      { vars: { one: 'repo:acme/app:ref:refs/heads/main', many: '["repo:acme/web:*", "repo:acme/api:*"]' } },
    );
    const doc = trustDoc(result);
    expect(node(doc, ['Statement', 0, 'Condition', 'StringLike', `${GH_KEY}:sub`])).toMatchObject({ type: 'array' });
    expect((rendered(doc) as { Statement: { Condition: { StringLike: Record<string, unknown> } }[] }).Statement[0]?.Condition.StringLike[`${GH_KEY}:sub`]).toEqual([
      'repo:acme/app:ref:refs/heads/main',
      'repo:acme/web:*',
      'repo:acme/api:*',
    ]);
    // Located at the variable's declaration.
    expect(node(doc, ['Statement', 0, 'Condition', 'StringLike', `${GH_KEY}:sub`, 0]).file).toBe('mod/variables.tf');
  });

  it('a variable without default or value is an unresolved marker naming the expression', () => {
    const files = { 'main.tf': MAIN.replace('[var.a, var.b, var.c, var.d, var.e, var.f]', '"repo:${var.org}/app:*"'), 'variables.tf': 'variable "org" {}\n' };
    const result = readModule(files);
    const doc = trustDoc(result);
    const sub = node(doc, ['Statement', 0, 'Condition', 'StringLike', `${GH_KEY}:sub`]);
    expect(sub.type).toBe('string');
    if (sub.type !== 'string') return;
    expect(sub.value).toMatch(/^repo:\uE000\d+\uE001\/app:\*$/);
    expect(sub.unresolved).toEqual([expect.objectContaining({ expression: 'var.org', reason: 'variable org has no default or value' })]);
    const part = sub.unresolved?.[0];
    expect(part ? textAt(files, { span: part.span }) : '').toBe('var.org');
  });
});
