import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeTrustPolicy } from '../../../src/analyze.js';
import { loadTerraformParser } from '../../../src/sources/terraform/index.js';
import { GH_KEY, node, readModule, rendered, textAt, trustDoc } from './helpers.js';

beforeAll(async () => {
  await loadTerraformParser();
});

const FED = `arn:aws:iam::123456789012:oidc-provider/${GH_KEY}`;
const SUB = ['Statement', 0, 'Condition', 'StringLike', `${GH_KEY}:sub`];

describe('spans of Terraform trust policies', () => {
  it('maps JSON in a heredoc back into the .tf file, through <<- indentation', () => {
    const files = {
      'main.tf': `resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": { "Federated": "${FED}" },
        "Action": "sts:AssumeRoleWithWebIdentity",
        "Condition": { "StringLike": { "${GH_KEY}:sub": "repo:acme*" } }
      }]
    }
  EOF
}
`,
    };
    const doc = trustDoc(readModule(files));
    expect(doc.file).toBe('mod/main.tf');
    expect(doc.roleName).toBe('ci');
    expect(doc.resource).toBe('aws_iam_role.ci');
    expect(doc.sourceKind).toBe('terraform');
    const sub = node(doc, SUB);
    expect(textAt(files, sub)).toBe('"repo:acme*"');
    expect(sub.span.start).toEqual({ line: 10, column: 82, offset: files['main.tf'].indexOf('"repo:acme*"') });
    const cond = node(doc, ['Statement', 0, 'Condition']);
    if (cond.type !== 'object') throw new Error('not an object');
    expect(textAt(files, { span: cond.members[0]!.keySpan })).toBe('"StringLike"');
    const [finding] = analyzeTrustPolicy(doc).filter((f) => f.ruleId === 'oidc-any-owner');
    expect(finding?.location?.span.start.line).toBe(10);
  });

  it('locates an interpolated variable default: the JSON string in the heredoc, with the default as provenance', () => {
    const files = {
      'main.tf': `resource "aws_iam_role" "ci" {
  assume_role_policy = <<EOF
{"Statement": [{"Effect": "Allow", "Principal": {"Federated": "${FED}"},
  "Action": "sts:AssumeRoleWithWebIdentity",
  "Condition": {"StringLike": {"${GH_KEY}:sub": "repo:\${var.org}/*"}}}]}
EOF
}
`,
      'variables.tf': 'variable "org" {\n  default = "acme"\n}\n',
    };
    const doc = trustDoc(readModule(files));
    const sub = node(doc, SUB);
    expect(sub).toMatchObject({ type: 'string', value: 'repo:acme/*' });
    expect(textAt(files, sub)).toBe('"repo:${var.org}/*"');
    expect(sub.provenance).toMatchObject({ kind: 'variable-default', name: 'org', location: { file: 'mod/variables.tf', span: { start: { line: 2, column: 12 } } } });
    const finding = analyzeTrustPolicy(doc).find((f) => f.ruleId === 'oidc-owner-wide');
    expect(finding?.related?.map((r) => r.message)).toContain('value from the default of var.org');
  });

  it('gives every key and value of a jsonencode() object its own span', () => {
    const files = {
      'main.tf': `resource "aws_iam_role" "ci" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "${FED}" }
      Action    = ["sts:AssumeRoleWithWebIdentity"]
      Condition = {
        StringLike = {
          "${GH_KEY}:sub" = ["repo:acme/app:*", "*"]
        }
      }
    }]
  })
}
`,
    };
    const doc = trustDoc(readModule(files));
    expect(textAt(files, node(doc, [...SUB, 1]))).toBe('"*"');
    expect(textAt(files, node(doc, SUB))).toBe('["repo:acme/app:*", "*"]');
    expect(textAt(files, node(doc, ['Statement', 0, 'Action', 0]))).toBe('"sts:AssumeRoleWithWebIdentity"');
    expect(textAt(files, doc.root)).toMatch(/^\{\n {4}Version/);
    const statement = node(doc, ['Statement', 0]);
    if (statement.type !== 'object') throw new Error('not an object');
    expect(statement.members.map((m) => textAt(files, { span: m.keySpan }))).toEqual(['Action', 'Condition', 'Effect', 'Principal']);
  });

  it('reads policies from file() and templatefile() in their own files', () => {
    const json = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "${FED}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"${GH_KEY}:sub": "repo:acme/*"}}}]}\n`;
    const tpl = json.replace('repo:acme/*', 'repo:${org}/${repo}:*');
    const files = {
      'main.tf': `resource "aws_iam_role" "a" {
  assume_role_policy = file("\${path.module}/trust.json")
}
resource "aws_iam_role" "b" {
  assume_role_policy = templatefile("\${path.module}/trust.json.tftpl", { org = "acme", repo = var.repo })
}
`,
      'trust.json': json,
      'trust.json.tftpl': tpl,
    };
    const result = readModule(files);
    const a = trustDoc(result, 'aws_iam_role.a');
    expect(a.file).toBe('mod/trust.json');
    expect(json.slice(node(a, SUB).span.start.offset, node(a, SUB).span.end.offset)).toBe('"repo:acme/*"');
    const b = trustDoc(result, 'aws_iam_role.b');
    expect(b.file).toBe('mod/trust.json.tftpl');
    const sub = node(b, SUB);
    expect(tpl.slice(sub.span.start.offset, sub.span.end.offset)).toBe('"repo:${org}/${repo}:*"');
    expect(sub.type === 'string' && sub.unresolved?.map((p) => [p.expression, p.file])).toEqual([['var.repo', 'mod/main.tf']]);
  });

  it('maps JSON produced by jsonencode() or %{for} inside a heredoc to where each piece was written', () => {
    const files = {
      'main.tf': `locals {
  repos = ["acme/app", "acme/web"]
  statements = [for r in local.repos : {
    Effect    = "Allow"
    Principal = { Federated = "${FED}" }
    Action    = "sts:AssumeRoleWithWebIdentity"
    Condition = { StringLike = { "${GH_KEY}:sub" = "repo:\${r}:*" } }
  }]
}
resource "aws_iam_role" "embedded" {
  assume_role_policy = <<EOF
{"Version": "2012-10-17", "Statement": \${jsonencode(local.statements)}}
EOF
}
resource "aws_iam_role" "loop" {
  assume_role_policy = <<-EOF
    {"Version": "2012-10-17", "Statement": [
      %{~ for i, r in local.repos ~}
      \${i > 0 ? "," : ""}{"Effect": "Allow", "Principal": {"Federated": "${FED}"}, "Action": "sts:AssumeRoleWithWebIdentity",
        "Condition": {"StringLike": {"${GH_KEY}:sub": "repo:\${r}:ref:refs/heads/*"}}}
      %{~ endfor ~}
    ]}
  EOF
}
`,
    };
    const result = readModule(files);
    const embedded = trustDoc(result, 'aws_iam_role.embedded');
    expect(textAt(files, node(embedded, [...SUB.slice(0, 1), 1, ...SUB.slice(2)]))).toBe('"repo:${r}:*"');
    expect(textAt(files, node(embedded, ['Statement', 1, 'Condition']))).toMatch(/^\{ StringLike = /);
    const loop = trustDoc(result, 'aws_iam_role.loop');
    expect((rendered(loop) as { Statement: unknown[] }).Statement).toHaveLength(2);
    expect(node(loop, [...SUB.slice(0, 1), 1, ...SUB.slice(2)])).toMatchObject({ value: 'repo:acme/web:ref:refs/heads/*' });
    expect(textAt(files, node(loop, [...SUB.slice(0, 1), 1, ...SUB.slice(2)]))).toBe('"repo:${r}:ref:refs/heads/*"');
  });

  it('reports JSON errors inside a heredoc at their position', () => {
    const files = {
      'main.tf': `resource "aws_iam_role" "bad" {
  assume_role_policy = <<EOF
{"Statement": [ {"Effect": "Allow",} ]}
EOF
}
`,
    };
    const result = readModule(files);
    expect(result.documents).toEqual([]);
    const [f] = result.findings;
    expect(f?.ruleId).toBe('parse-error');
    expect(f?.location?.span.start.line).toBe(3);
    expect(f?.message).toContain('aws_iam_role.bad');
  });

  it('reports syntax errors with their position and still evaluates the rest of the module', () => {
    const files = {
      'broken.tf': 'resource "aws_iam_role" "x" {\n  name = foo(\n}\n\nlocals {\n  ok = "repo:acme/app:*"\n}\n',
      'main.tf': `resource "aws_iam_role" "ci" {
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { Federated = "${FED}" }, Action = "sts:AssumeRoleWithWebIdentity", Condition = { StringLike = { "${GH_KEY}:sub" = local.ok } } }] })
}
`,
    };
    const result = readModule(files);
    expect(result.findings.map((f) => [f.ruleId, f.location?.file, f.location?.span.start.line, f.location?.span.start.column])).toEqual([['parse-error', 'mod/broken.tf', 2, 12]]);
    const doc = trustDoc(result, 'aws_iam_role.ci');
    expect(rendered(doc)).toMatchObject({ Statement: [{ Condition: { StringLike: { [`${GH_KEY}:sub`]: 'repo:acme/app:*' } } }] });
    // The local lives in the file with the error: its node points there.
    expect(node(doc, SUB).file).toBe('mod/broken.tf');
  });

  it('reports an unterminated heredoc as a parse error', () => {
    const result = readModule({ 'main.tf': 'locals {\n  a = <<EOF\nnever ends\n}\n' });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['parse-error']);
  });
});
