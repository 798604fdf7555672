import { describe, expect, it } from 'vitest';
import { analyze, analyzeFiles } from '../../src/analyze.js';
import { MAX_ALIAS_DEREFS, MAX_FILE_BYTES, MAX_NESTING_DEPTH, jsonDepthExceededAt, oversizedInput } from '../../src/limits.js';
import type { Finding } from '../../src/model/finding.js';
import { preparePolicyTemplate } from '../../src/sources/policy-file.js';
import { splitExpressions } from '../../src/sources/workflow/expressions.js';

/** Each cap of spec/rules.md `input-error`: a located error (fail closed), the file skipped, the run unharmed. */

const POLICY = '{ "Version": "2012-10-17", "Statement": [] }';
const TEMPLATE_HEAD = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n";
const PLAN_HEAD = '{"format_version": "1.2", "planned_values": ';
const WORKFLOW_HEAD = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';

function only(findings: readonly Finding[], ruleId = 'input-error'): Finding {
  const matching = findings.filter((f) => f.ruleId === ruleId);
  expect(matching, JSON.stringify(findings.map((f) => f.message))).toHaveLength(1);
  return matching[0] as Finding;
}

function run(file: string, text: string): Finding[] {
  return analyze([{ file, text, explicit: true }]).findings;
}

/** Times `fn` and returns its result; fails when it takes longer than `ms`. */
function within<T>(ms: number, fn: () => T): T {
  const started = performance.now();
  const result = fn();
  expect(performance.now() - started).toBeLessThan(ms);
  return result;
}

const nestedJson = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedBlockYaml = (depth: number, indent = '  '): string =>
  Array.from({ length: depth }, (_, i) => `${indent}${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';

describe('file size cap', () => {
  const big = (prefix: string, suffix: string): string => prefix + ' '.repeat(MAX_FILE_BYTES + 1 - prefix.length - suffix.length) + suffix;

  it.each([
    ['a policy', 'policies/big.json', big('{ "Statement": [', '] }')],
    ['a CloudFormation template', 'cfn/big.yaml', big(TEMPLATE_HEAD, '')],
    ['a Terraform plan', 'plan/big.json', big(`${PLAN_HEAD}{`, '}}')],
    ['a workflow', '.github/workflows/big.yml', big(WORKFLOW_HEAD, '')],
  ])('reports %s over the cap at its first line and does not parse it', (_what, file, text) => {
    const f = within(2_000, () => only(run(file, text)));
    expect(f).toMatchObject({ severity: 'error', location: { file, span: { start: { line: 1, column: 0 } } } });
    expect(f.message).toBe('the file is larger than the 5 MiB size cap (5.0 MiB): it was not analysed');
  });

  it('counts UTF-8 bytes, not characters', () => {
    const text = `{"Statement": [], "x": "${'é'.repeat(MAX_FILE_BYTES / 2)}"}`;
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    expect(oversizedInput('p.json', text)?.message).toMatch(/size cap/);
    expect(oversizedInput('p.json', POLICY)).toBeUndefined();
  });

  it('analyses a file of exactly the cap', () => {
    const text = POLICY + ' '.repeat(MAX_FILE_BYTES - POLICY.length);
    expect(run('p.json', text)).toEqual([]);
  });
});

describe('nesting depth cap', () => {
  it('finds the first bracket past the cap, skipping strings', () => {
    expect(jsonDepthExceededAt(nestedJson(MAX_NESTING_DEPTH))).toBe(-1);
    expect(jsonDepthExceededAt(nestedJson(MAX_NESTING_DEPTH + 1))).toBe(MAX_NESTING_DEPTH);
    expect(jsonDepthExceededAt(`["${'['.repeat(500)}\\"${'{'.repeat(500)}"]`)).toBe(-1);
  });

  it('reports a JSON policy nested past the cap where the cap is crossed', () => {
    const text = `{\n  "Statement": [\n    {"Condition": ${nestedJson(MAX_NESTING_DEPTH)}}\n  ]\n}\n`;
    const f = only(run('p.json', text));
    // `{` (1) `[` (2) `{` (3): the 198th bracket of the value is the 201st level.
    expect(f).toMatchObject({ severity: 'error', location: { span: { start: { line: 3, column: 18 + 197 } } } });
    expect(f.message).toBe('the policy document was not analysed: nesting deeper than 200 levels (the depth cap)');
  });

  it('keeps policies within the cap', () => {
    const text = `{"Statement": [], "Deep": ${nestedJson(MAX_NESTING_DEPTH - 2)}}`;
    expect(run('p.json', text).filter((f) => f.ruleId === 'input-error')).toEqual([]);
  });

  it.each([
    ['a JSON template', 'cfn/t.template.json', `{"AWSTemplateFormatVersion": "2010-09-09", "Metadata": ${nestedJson(100_000)}}`, 'the CloudFormation template'],
    ['a YAML template in flow style', 'cfn/t.yaml', `${TEMPLATE_HEAD}  X: ${nestedJson(100_000)}\n`, 'the CloudFormation template'],
    ['a YAML template in block style', 'cfn/t.yaml', `${TEMPLATE_HEAD}${nestedBlockYaml(MAX_NESTING_DEPTH + 5)}`, 'the CloudFormation template'],
    ['a plan', 'plan/p.json', `${PLAN_HEAD}${nestedJson(100_000)}}`, 'the Terraform plan'],
    ['a workflow in flow style', '.github/workflows/w.yml', `${WORKFLOW_HEAD}x: ${nestedJson(100_000)}\n`, 'the workflow'],
    ['a workflow in block style', '.github/workflows/w.yml', `${WORKFLOW_HEAD}x:\n${nestedBlockYaml(MAX_NESTING_DEPTH + 5)}`, 'the workflow'],
  ])('reports %s nested past the cap without recursing into it', (_what, file, text, what) => {
    const f = within(3_000, () => only(run(file, text)));
    expect(f).toMatchObject({ severity: 'error', location: { file } });
    // Where the cap is crossed, not the start of the file.
    expect(f.location?.span.start.offset).toBeGreaterThan(20);
    expect(f.message).toBe(`${what} was not analysed: nesting deeper than 200 levels (the depth cap)`);
  });

  it('reports a policy string nested past the cap inside a template, naming the resource', () => {
    const policy = `{"Version": "2012-10-17", "Statement": ${nestedJson(300)}}`;
    const text = `${TEMPLATE_HEAD}  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: '${policy}'\n`;
    const f = only(run('cfn/t.yaml', text));
    expect(f).toMatchObject({ severity: 'error', resource: 'Resources.Role', location: { span: { start: { line: 6 } } } });
    expect(f.message).toMatch(/the policy text was not analysed: nesting deeper than 200 levels/);
  });

  it('reports a plan policy string nested past the cap, naming the resource', () => {
    const policy = JSON.stringify(`{"Version": "2012-10-17", "Statement": ${nestedJson(300)}}`);
    const role = `{"address": "aws_iam_role.r", "mode": "managed", "type": "aws_iam_role", "name": "r", "values": {"assume_role_policy": ${policy}}}`;
    const text = `${PLAN_HEAD}{"root_module": {"resources": [${role}]}}}`;
    const f = only(run('plan/p.json', text));
    expect(f).toMatchObject({ severity: 'error', resource: 'aws_iam_role.r' });
    expect(f.message).toMatch(/aws_iam_role\.r: the policy was not analysed: nesting deeper than 200 levels/);
  });
});

describe('Terraform nesting depth cap', () => {
  it('reports a .tf file nested past the cap (brackets or parentheses) at the place, and reads the rest', async () => {
    const deep = `locals {\n  x = ${'('.repeat(MAX_NESTING_DEPTH + 50)}1${')'.repeat(MAX_NESTING_DEPTH + 50)}\n}\n`;
    const r = await analyzeFiles([
      { file: 'm/deep.tf', text: deep, explicit: true },
      { file: 'p.json', text: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRoleWithWebIdentity"}]}', explicit: true },
    ]);
    const capped = r.findings.find((f) => f.location?.file === 'm/deep.tf');
    expect(capped).toMatchObject({ ruleId: 'input-error', severity: 'error' });
    expect(capped?.message).toContain('nesting deeper than');
    expect(capped?.location?.span.start.line).toBe(2);
    expect(r.findings.some((f) => f.location?.file === 'p.json' && f.ruleId === 'trust-wildcard-principal')).toBe(true);
  });
});

describe('YAML alias expansion cap', () => {
  const bomb = (levels: number): string => {
    const lines = ['  l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < levels; i++) lines.push(`  l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
    return `Metadata:\n${lines.join('\n')}\n`;
  };

  it('stops a billion-laughs template at the alias that crosses the cap', () => {
    const text = `AWSTemplateFormatVersion: '2010-09-09'\n${bomb(10)}Resources: {}\n`;
    const f = within(3_000, () => only(run('cfn/t.yaml', text)));
    expect(f).toMatchObject({ severity: 'error', location: { file: 'cfn/t.yaml' } });
    expect(f.message).toBe('the CloudFormation template was not analysed: aliases expand to more than 100000 nodes (the YAML alias expansion cap)');
    expect(f.location?.span.start.line).toBeGreaterThan(2);
  });

  it('resolves many small aliases in linear time and analyses the template', () => {
    const uses = Array.from({ length: 20_000 }, (_, i) => `  K${i}: *v`).join('\n');
    const text = `AWSTemplateFormatVersion: '2010-09-09'\nX: &v 1\nMetadata:\n${uses}\nResources: {}\n`;
    expect(within(3_000, () => run('cfn/t.yaml', text))).toEqual([]);
  });

  it('caps alias dereferences in a workflow', () => {
    const steps = Array(MAX_ALIAS_DEREFS + 1).fill('*s').join(', ');
    const text = `x-step: &s {run: echo}\non: push\njobs:\n  j:\n    runs-on: x\n    steps: [${steps}]\n`;
    const f = only(run('.github/workflows/w.yml', text));
    expect(f).toMatchObject({ severity: 'error', location: { span: { start: { line: 1 } } } });
    expect(f.message).toMatch(/alias dereferences \(the YAML alias expansion cap\)/);
  });
});

describe('Terraform evaluation step cap (implemented by the Terraform source)', () => {
  it('reports a runaway evaluation as a located input-error and goes on with other files', async () => {
    const main = [
      'locals {',
      '  subjects = [for i in range(5000000) : "repo:acme/app-${i}:ref:refs/heads/main"]',
      '}',
      'data "aws_iam_policy_document" "t" {',
      '  statement {',
      '    actions = ["sts:AssumeRoleWithWebIdentity"]',
      '    principals {',
      '      type        = "Federated"',
      '      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]',
      '    }',
      '    condition {',
      '      test     = "StringLike"',
      '      variable = "token.actions.githubusercontent.com:sub"',
      '      values   = local.subjects',
      '    }',
      '  }',
      '}',
      'resource "aws_iam_role" "r" {',
      '  name               = "r"',
      '  assume_role_policy = data.aws_iam_policy_document.t.json',
      '}',
      '',
    ].join('\n');
    const other = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity"}]}';
    const started = performance.now();
    const { findings } = await analyzeFiles([
      { file: 'infra/main.tf', text: main, explicit: true },
      { file: 'policies/p.json', text: other, explicit: true },
    ]);
    expect(performance.now() - started).toBeLessThan(5_000);
    const f = only(findings.filter((x) => x.location?.file === 'infra/main.tf'));
    expect(f).toMatchObject({ severity: 'error', location: { file: 'infra/main.tf', span: { start: { line: 1 } } } });
    expect(f.message).toMatch(/evaluation step cap/);
    expect(findings.some((x) => x.location?.file === 'policies/p.json' && x.ruleId === 'oidc-any-owner')).toBe(true);
  });
});

describe('linear time on hostile text', () => {
  it('finds duplicate workflow keys without comparing every pair', () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `  K${i}: v`).join('\n');
    const text = `on: push\nenv:\n${keys}\n  K7: again\njobs:\n  j:\n    runs-on: x\n`;
    const f = within(3_000, () => only(run('.github/workflows/w.yml', text), 'parse-error'));
    expect(f.location?.span.start).toMatchObject({ line: 60_003, column: 2 });
    expect(f.message).toBe('workflow is not valid YAML: Map keys must be unique');
  });

  it('scans template placeholders in linear time', () => {
    const flood = `{"Statement": "${'${'.repeat(300_000)}${'{{'.repeat(300_000)}__a_${'a_'.repeat(300_000)}"}`;
    expect(within(1_000, () => preparePolicyTemplate(flood).placeholders)).toEqual([]);
  });

  it('splits workflow expressions in linear time', () => {
    expect(within(1_000, () => splitExpressions(`${'${{ '.repeat(300_000)}x`))).toHaveLength(1);
    expect(splitExpressions('a ${{ b }} c ${{ d')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'expression', text: 'b', refs: [] },
      { kind: 'text', text: ' c ${{ d' },
    ]);
  });

  it('locates short-form tags after long anchors without backtracking', () => {
    const anchor = `&${'a&'.repeat(40)}a`;
    const text = `${TEMPLATE_HEAD}  R:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Join ${anchor} # c\n        - ''\n        - [a, b]\n`;
    expect(within(1_000, () => run('cfn/t.yaml', text))).toEqual([]);
  });

  // Open: sources/detect.ts tests `/^\s+Type:\s*["']?(AWS|Custom)::/m` on every walked YAML file;
  // `\s+` runs across line breaks, so a file of blank lines takes quadratic time (40,000 newlines:
  // 1.3 s; 5 MiB: hours). Unskip once the pattern uses `[ \t]+` (and `[ \t]*`).
  it('detects the kind of a file of blank lines in linear time', () => {
    // No recognised kind: no finding, counted among the unrecognised files.
    expect(within(1_000, () => analyze([{ file: 'cfn/blank.yaml', text: '\n'.repeat(400_000), explicit: true }]))).toMatchObject({ findings: [], unrecognised: ['cfn/blank.yaml'] });
  });

  it('trims long whitespace runs in workflow values in linear time', () => {
    const text = `on: push\njobs:\n  j:\n    runs-on: "x${' '.repeat(2_000_000)}y"\n    steps:\n      - run: echo\n`;
    expect(within(2_000, () => run('.github/workflows/w.yml', text))).toEqual([]);
  });
});
