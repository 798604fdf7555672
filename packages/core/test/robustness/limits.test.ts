import { describe, expect, it } from 'vitest';
import { analyze, analyzeFiles, type AnalyzeResult } from '../../src/analyze.js';
import { DEFAULT_LIMITS, type BudgetUsage } from '../../src/budget.js';
import { MAX_FILE_BYTES, MAX_NESTING_DEPTH, jsonDepthExceededAt, oversizedInput } from '../../src/limits.js';
import type { Finding } from '../../src/model/finding.js';
import { preparePolicyTemplate } from '../../src/sources/policy-file.js';
import { splitExpressions } from '../../src/sources/workflow/expressions.js';

/**
 * Each cap of spec/rules.md `input-error`: a located error (fail closed), the file skipped, the run unharmed.
 * Bounded work is asserted through what the budget counts (steps, aliases, the cap crossed), never
 * by the clock; the linear-time cases are timed by `pnpm bench` (bench/hostile.mjs).
 */

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

/** What the budget of `file` (a file, or a Terraform module by its folder) spent. */
function usage(result: AnalyzeResult, file: string): BudgetUsage | undefined {
  return result.budgets.find((b) => b.file === file)?.usage;
}

/** The findings and the budget of one named file. */
function runWithBudget(file: string, text: string): { findings: Finding[]; usage: BudgetUsage | undefined } {
  const result = analyze([{ file, text, explicit: true }]);
  return { findings: result.findings, usage: usage(result, file) };
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
    const result = analyze([{ file, text, explicit: true }]);
    const f = only(result.findings);
    expect(f).toMatchObject({ severity: 'error', location: { file, span: { start: { line: 1, column: 0 } } } });
    expect(f.message).toBe('the file is larger than the 5 MiB size cap (5.0 MiB): it was not analysed');
    // Refused before any source read it: no budget was even opened for it.
    expect(usage(result, file)).toBeUndefined();
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
    const { findings, usage: spent } = runWithBudget(file, text);
    const f = only(findings);
    expect(f).toMatchObject({ severity: 'error', location: { file }, properties: { limit: 'depth', cap: MAX_NESTING_DEPTH } });
    // Found by the linear pre-pass: nothing was evaluated.
    expect(spent).toMatchObject({ steps: 0, crossed: ['depth'] });
    // Where the cap is crossed, not the start of the file.
    expect(f.location?.span.start.offset).toBeGreaterThan(20);
    expect(f.message).toBe(`${what} was not analysed: nesting deeper than 200 levels (the depth cap)`);
  });

  it('reports a policy string nested past the cap inside a template, naming the resource', () => {
    const policy = `{"Version": "2012-10-17", "Statement": ${nestedJson(300)}}`;
    const text = `${TEMPLATE_HEAD}  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: '${policy}'\n`;
    const f = only(run('cfn/t.yaml', text));
    expect(f).toMatchObject({ severity: 'error', resource: 'Resources.Role', location: { span: { start: { line: 6 } } } });
    expect(f.message).toBe('Resources.Role was not analysed: nesting deeper than 200 levels (the depth cap)');
  });

  it('reports a plan policy string nested past the cap, naming the resource', () => {
    const policy = JSON.stringify(`{"Version": "2012-10-17", "Statement": ${nestedJson(300)}}`);
    const role = `{"address": "aws_iam_role.r", "mode": "managed", "type": "aws_iam_role", "name": "r", "values": {"assume_role_policy": ${policy}}}`;
    const text = `${PLAN_HEAD}{"root_module": {"resources": [${role}]}}}`;
    const f = only(run('plan/p.json', text));
    expect(f).toMatchObject({ severity: 'error', resource: 'aws_iam_role.r' });
    expect(f.message).toBe('the trust policy of aws_iam_role.r was not analysed: nesting deeper than 200 levels (the depth cap)');
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
    const { findings, usage: spent } = runWithBudget('cfn/t.yaml', text);
    const f = only(findings);
    expect(f).toMatchObject({ severity: 'error', location: { file: 'cfn/t.yaml' }, properties: { limit: 'aliases', cap: DEFAULT_LIMITS.aliases } });
    expect(f.message).toBe('the CloudFormation template was not analysed: aliases expand to more than 100000 nodes (the YAML alias expansion cap)');
    expect(f.location?.span.start.line).toBeGreaterThan(2);
    // It stopped at the node that crossed the cap, not after the expansion (10^10 nodes).
    expect(spent).toMatchObject({ aliases: DEFAULT_LIMITS.aliases + 1, crossed: ['aliases'] });
  });

  it('resolves many small aliases once each and analyses the template', () => {
    const uses = Array.from({ length: 20_000 }, (_, i) => `  K${i}: *v`).join('\n');
    const text = `AWSTemplateFormatVersion: '2010-09-09'\nX: &v 1\nMetadata:\n${uses}\nResources: {}\n`;
    const { findings, usage: spent } = runWithBudget('cfn/t.yaml', text);
    expect(findings).toEqual([]);
    // One node materialised per alias: linear in the number of aliases.
    expect(spent).toMatchObject({ aliases: 20_000, crossed: [] });
  });

  it('caps alias dereferences in a workflow at the alias that crosses the cap', () => {
    const steps = Array(DEFAULT_LIMITS.aliases + 1).fill('*s').join(', ');
    const text = `x-step: &s {run: echo}\non: push\njobs:\n  j:\n    runs-on: x\n    steps: [${steps}]\n`;
    const { findings, usage: spent } = runWithBudget('.github/workflows/w.yml', text);
    const f = only(findings);
    expect(f).toMatchObject({ severity: 'error', location: { span: { start: { line: 6 } } }, properties: { limit: 'aliases' } });
    expect(f.message).toBe('the workflow was not analysed: aliases expand to more than 100000 nodes (the YAML alias expansion cap)');
    expect(spent).toMatchObject({ aliases: DEFAULT_LIMITS.aliases + 1, crossed: ['aliases'] });
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
    const result = await analyzeFiles([
      { file: 'infra/main.tf', text: main, explicit: true },
      { file: 'policies/p.json', text: other, explicit: true },
    ]);
    const { findings } = result;
    const f = only(findings.filter((x) => x.location?.file === 'infra/main.tf'));
    // Located at the expression that was being evaluated when the cap was crossed (the range()).
    expect(f).toMatchObject({ severity: 'error', location: { file: 'infra/main.tf', span: { start: { line: 2 } } }, resource: 'aws_iam_role.r', properties: { limit: 'steps' } });
    expect(f.message).toBe('the Terraform module in infra from aws_iam_role.r on was not analysed: more than 200000 evaluation steps (the evaluation step cap)');
    // The work stopped at the cap: one step past it, not five million.
    expect(usage(result, 'infra')).toMatchObject({ steps: DEFAULT_LIMITS.steps + 1, crossed: ['steps'] });
    expect(findings.some((x) => x.location?.file === 'policies/p.json' && x.ruleId === 'oidc-any-owner')).toBe(true);
  });
});

/** Correct results on the texts bench/hostile.mjs times (their linear time is measured there, not here). */
describe('hostile text for the linear-time scans', () => {
  it('finds duplicate workflow keys without comparing every pair', () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `  K${i}: v`).join('\n');
    const text = `on: push\nenv:\n${keys}\n  K7: again\njobs:\n  j:\n    runs-on: x\n`;
    const f = only(run('.github/workflows/w.yml', text), 'parse-error');
    expect(f.location?.span.start).toMatchObject({ line: 60_003, column: 2 });
    expect(f.message).toBe('workflow is not valid YAML: Map keys must be unique');
  });

  it('scans template placeholders in a flood of openers', () => {
    const flood = `{"Statement": "${'${'.repeat(300_000)}${'{{'.repeat(300_000)}__a_${'a_'.repeat(300_000)}"}`;
    expect(preparePolicyTemplate(flood).placeholders).toEqual([]);
  });

  it('splits workflow expressions in a flood of openers', () => {
    expect(splitExpressions(`${'${{ '.repeat(300_000)}x`)).toHaveLength(1);
    expect(splitExpressions('a ${{ b }} c ${{ d')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'expression', text: 'b', refs: [] },
      { kind: 'text', text: ' c ${{ d' },
    ]);
  });

  it('locates short-form tags after long anchors without backtracking', () => {
    const anchor = `&${'a&'.repeat(40)}a`;
    const text = `${TEMPLATE_HEAD}  R:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Join ${anchor} # c\n        - ''\n        - [a, b]\n`;
    expect(run('cfn/t.yaml', text)).toEqual([]);
  });

  it('detects the kind of a file of blank lines', () => {
    // No recognised kind: no finding (fail closed only for analysed kinds), counted as unrecognised.
    const result = analyze([{ file: 'cfn/blank.yaml', text: '\n'.repeat(400_000), explicit: true }]);
    expect(result.findings).toEqual([]);
    expect(result.unrecognised).toEqual(['cfn/blank.yaml']);
  });

  it('trims long whitespace runs in workflow values', () => {
    const text = `on: push\njobs:\n  j:\n    runs-on: "x${' '.repeat(2_000_000)}y"\n    steps:\n      - run: echo\n`;
    expect(run('.github/workflows/w.yml', text)).toEqual([]);
  });
});
