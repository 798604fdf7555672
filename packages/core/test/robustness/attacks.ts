import type { LimitKind } from '../../src/budget.js';

/**
 * Hostile inputs by attack class (issue 10: value growth, self-reference, long scalars, deep
 * nesting, instance explosions), each small on disk and built to exhaust a runner, skip a file or
 * slip a policy through. Every case names the file it attacks and what must come out: the cap it
 * crosses (one input-error there) or the findings of a complete analysis.
 */

export interface AttackInput {
  file: string;
  text: string;
  /** Named on the command line (default); a module's template files are found by walking. */
  explicit?: boolean;
  /** CDK TypeScript: parsed as the ESLint plugin parses it, then read by the core. */
  cdk?: boolean;
}

export type AttackExpectation =
  /** One input-error for this cap, on `file` (at `line` when given). */
  | { limit: LimitKind; file: string; line?: number }
  /** Analysed completely: no input-error, and a finding of `ruleId` on `file` (matching `message`). */
  | { analysed: string; file: string; message?: RegExp };

export interface Attack {
  name: string;
  inputs: AttackInput[];
  expect: AttackExpectation;
}

export interface AttackClass {
  name: string;
  attacks: Attack[];
}

export const GH = 'token.actions.githubusercontent.com';
const FED = `arn:aws:iam::123456789012:oidc-provider/${GH}`;

/** A role trusting GitHub whose `sub` condition is the HCL expression `sub` (an open one admits any owner). */
function tfRole(sub: string): string {
  return `resource "aws_iam_role" "r" {
  name = "r"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "${FED}" }
      Condition = { StringLike = { "${GH}:sub" = ${sub} } }
    }]
  })
}
`;
}

const tf = (text: string, extra: Record<string, string> = {}): AttackInput[] => [
  { file: 'infra/main.tf', text },
  ...Object.entries(extra).map(([name, t]) => ({ file: `infra/${name}`, text: t, explicit: false })),
];

/** Locals `name0 … nameN`, each built from the one before by `step` (`$p` is the previous local). */
function chain(name: string, first: string, n: number, step: string): string {
  const lines = [`  ${name}0 = ${first}`];
  for (let i = 1; i <= n; i++) lines.push(`  ${name}${i} = ${step.replaceAll('$p', `local.${name}${i - 1}`)}`);
  return `locals {\n${lines.join('\n')}\n}\n`;
}

/** Locals that grow by `step` n times, the last one the role's subject: stopped by the value-size cap. */
function tfGrowth(name: string, local: string, first: string, n: number, step: string): Attack {
  return { name, inputs: tf(chain(local, first, n, step) + tfRole(`local.${local}${n}`)), expect: { limit: 'valueSize', file: 'infra/main.tf' } };
}

const CFN_HEAD = "AWSTemplateFormatVersion: '2010-09-09'\n";

function cfnRole(sub: string, name = 'Role', indent = '  '): string {
  return `${indent}${name}:
${indent}  Type: AWS::IAM::Role
${indent}  Properties:
${indent}    AssumeRolePolicyDocument:
${indent}      Version: '2012-10-17'
${indent}      Statement:
${indent}        - Effect: Allow
${indent}          Principal: {Federated: '${FED}'}
${indent}          Action: sts:AssumeRoleWithWebIdentity
${indent}          Condition:
${indent}            StringLike:
${indent}              '${GH}:sub': ${sub}
`;
}

const cfn = (text: string, file = 'cfn/stack.yaml'): AttackInput[] => [{ file, text }];

const WORKFLOW = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    permissions:\n      id-token: write\n    steps:\n';

function cdkRole(sub: string, prelude: string): string {
  return `import * as iam from 'aws-cdk-lib/aws-iam';
${prelude}
export class Stack {
  constructor(scope: unknown) {
    new iam.Role(scope, 'Deploy', {
      assumedBy: new iam.WebIdentityPrincipal('${FED}', { StringLike: { '${GH}:sub': ${sub} } }),
    });
  }
}
`;
}

const cdk = (text: string): AttackInput[] => [{ file: 'lib/stack.ts', text, cdk: true }];

const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

export const ATTACK_CLASSES: AttackClass[] = [
  {
    name: 'value growth',
    attacks: [
      tfGrowth('Terraform string doubling (30 doublings of a 16-byte local)', 's', '"0123456789abcdef"', 30, '"${$p}${$p}"'),
      tfGrowth('Terraform list doubling with concat', 'l', '["repo:acme/app:*"]', 40, 'concat($p, $p)'),
      tfGrowth('Terraform list doubling with flatten', 'l', '["repo:acme/app:*"]', 40, 'flatten([$p, $p])'),
      tfGrowth('Terraform string doubling with formatlist', 'l', '["repo:acme/app:*"]', 30, 'formatlist("%s%s", $p, $p)'),
      tfGrowth('Terraform squaring with replace', 's', `"${'a'.repeat(64)}"`, 4, 'replace($p, "a", $p)'),
      tfGrowth('Terraform doubling through jsonencode', 'j', '"repo:acme/app:*"', 30, 'jsonencode([$p, $p])'),
      {
        name: 'Terraform template repeating a long local',
        inputs: tf(`locals {\n  big = "${'x'.repeat(4000)}"\n  s   = "%{for i in range(40000)}\${local.big}%{endfor}"\n}\n${tfRole('local.s')}`),
        expect: { limit: 'valueSize', file: 'infra/main.tf', line: 3 },
      },
      {
        name: 'Terraform templatefile called in a loop',
        inputs: tf(`locals {\n  big  = "${'x'.repeat(4000)}"\n  subs = [for i in range(50000) : templatefile("\${path.module}/sub.tpl", { x = local.big })]\n}\n${tfRole('local.subs')}`, {
          'sub.tpl': 'repo:acme/${x}${x}${x}${x}:*',
        }),
        expect: { limit: 'valueSize', file: 'infra/main.tf' },
      },
      {
        name: 'CloudFormation Fn::Join of 20,000 references to a long parameter',
        inputs: cfn(`${CFN_HEAD}Parameters:\n  P:\n    Type: String\n    Default: '${'p'.repeat(5000)}'\nResources:\n${cfnRole(`!Join ['', [${Array(20_000).fill('!Ref P').join(', ')}]]`)}`),
        expect: { limit: 'valueSize', file: 'cfn/stack.yaml' },
      },
      {
        name: 'CloudFormation Fn::Sub of 20,000 references to a long parameter',
        inputs: cfn(`${CFN_HEAD}Parameters:\n  P:\n    Type: String\n    Default: '${'p'.repeat(5000)}'\nResources:\n${cfnRole(`!Sub '${'${P}'.repeat(20_000)}'`)}`),
        expect: { limit: 'valueSize', file: 'cfn/stack.yaml' },
      },
      {
        name: 'CloudFormation Fn::Sub variables doubling 40 levels deep',
        inputs: cfn(`${CFN_HEAD}Resources:\n${cfnRole(`${"!Sub ['${a}${a}', {a: ".repeat(40)}x${"}]".repeat(40)}`)}`),
        expect: { limit: 'valueSize', file: 'cfn/stack.yaml' },
      },
      {
        name: 'YAML anchors doubling a string through aliases',
        inputs: cfn(
          `${CFN_HEAD}Metadata:\n  l0: &l0 [${'x'.repeat(100)}]\n${Array.from({ length: 40 }, (_, i) => `  l${i + 1}: &l${i + 1} [*l${i}, *l${i}]`).join('\n')}\nResources:\n${cfnRole('*l40')}`,
        ),
        expect: { limit: 'aliases', file: 'cfn/stack.yaml' },
      },
      {
        name: 'YAML aliases by the hundred thousand in workflow steps',
        inputs: [{ file: '.github/workflows/ci.yml', text: `x: &s {run: echo}\n${WORKFLOW}${'      - *s\n'.repeat(100_001)}` }],
        expect: { limit: 'aliases', file: '.github/workflows/ci.yml' },
      },
      {
        name: 'Terraform object shared twice per level, 40 levels (2^40 paths)',
        inputs: tf(chain('d', '{ v = "*" }', 40, '{ a = $p, b = $p }') + tfRole('jsonencode(local.d40)')),
        expect: { limit: 'valueSize', file: 'infra/main.tf' },
      },
      {
        name: 'CDK object shared twice per level, 40 levels (2^40 paths)',
        inputs: cdk(cdkRole('a40', Array.from({ length: 41 }, (_, i) => (i === 0 ? "const a0 = ['*'];" : `const a${i} = [a${i - 1}, a${i - 1}];`)).join('\n'))),
        expect: { limit: 'valueSize', file: 'lib/stack.ts' },
      },
      {
        // Compared with the other choice of `??` (alternatives are deduplicated by content).
        name: 'CDK object shared twice per level, 40 levels, behind ??',
        inputs: cdk(cdkRole('scope.sub ?? a40', Array.from({ length: 41 }, (_, i) => (i === 0 ? "const a0 = ['*'];" : `const a${i} = [a${i - 1}, a${i - 1}];`)).join('\n'))),
        expect: { limit: 'valueSize', file: 'lib/stack.ts' },
      },
      {
        name: 'CDK string doubling with +',
        inputs: cdk(cdkRole('a30', Array.from({ length: 31 }, (_, i) => (i === 0 ? "const a0 = 'repo:acme/app:*';" : `const a${i} = a${i - 1} + a${i - 1};`)).join('\n'))),
        expect: { limit: 'valueSize', file: 'lib/stack.ts' },
      },
      {
        name: 'CDK array doubling with spreads',
        inputs: cdk(cdkRole('a40', Array.from({ length: 41 }, (_, i) => (i === 0 ? "const a0 = ['repo:acme/app:*'];" : `const a${i} = [...a${i - 1}, ...a${i - 1}];`)).join('\n'))),
        expect: { limit: 'valueSize', file: 'lib/stack.ts' },
      },
    ],
  },
  {
    name: 'self-reference',
    attacks: [
      {
        name: 'Terraform variable whose default reads itself',
        inputs: tf(`variable "subject" {\n  default = var.subject\n}\n${tfRole('var.subject')}`),
        expect: { analysed: 'oidc-unresolved', file: 'infra/main.tf', message: /refers to itself/ },
      },
      {
        name: 'Terraform locals in a cycle',
        inputs: tf(`locals {\n  a = local.b\n  b = local.a\n}\n${tfRole('local.a')}`),
        expect: { analysed: 'oidc-unresolved', file: 'infra/main.tf', message: /refers to itself/ },
      },
      {
        name: 'Terraform template file that calls templatefile on itself',
        inputs: tf(tfRole('templatefile("${path.module}/self.tpl", {})'), { 'self.tpl': 'repo:acme/${templatefile("self.tpl", {})}' }),
        expect: { analysed: 'oidc-unresolved', file: 'infra/main.tf', message: /cannot recursively call templatefile/ },
      },
      {
        name: 'CloudFormation conditions in a cycle',
        inputs: cfn(`${CFN_HEAD}Conditions:\n  A: !Condition B\n  B: !Condition A\nResources:\n${cfnRole("!If [A, '*', '*']")}`),
        expect: { analysed: 'oidc-any-owner', file: 'cfn/stack.yaml' },
      },
      {
        name: 'CloudFormation role whose name references itself',
        inputs: cfn(`${CFN_HEAD}Resources:\n${cfnRole("!Sub 'repo:${Role}/*'")}      RoleName: !Ref Role\n`),
        expect: { analysed: 'oidc-unresolved', file: 'cfn/stack.yaml' },
      },
      {
        name: 'CDK constant defined by itself',
        inputs: cdk(cdkRole('a', "const a: string = a + '*';")),
        expect: { analysed: 'oidc-unresolved', file: 'lib/stack.ts', message: /depends on itself/ },
      },
    ],
  },
  {
    name: 'long scalars',
    attacks: [
      {
        name: 'CloudFormation policy in a 130,000-character double-quoted YAML scalar',
        inputs: cfn(
          `${CFN_HEAD}Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Sid\\": \\"${'s'.repeat(130_000)}\\", \\"Effect\\": \\"Allow\\", \\"Principal\\": {\\"Federated\\": \\"${FED}\\"}, \\"Action\\": \\"sts:AssumeRoleWithWebIdentity\\"}]}"\n`,
        ),
        expect: { analysed: 'oidc-any-owner', file: 'cfn/stack.yaml' },
      },
      {
        name: 'CloudFormation 200,000-character single-quoted scalar in a Fn::Sub',
        inputs: cfn(`${CFN_HEAD}Resources:\n${cfnRole(`!Sub '${'x'.repeat(200_000)}*'`)}`),
        expect: { analysed: 'oidc-audience', file: 'cfn/stack.yaml' },
      },
      {
        name: 'workflow step with a 130,000-character quoted run',
        inputs: [{ file: '.github/workflows/ci.yml', text: `${WORKFLOW}      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: "arn:aws:iam::1:role/${'r'.repeat(130_000)}"\n` }],
        expect: { analysed: 'workflow-unpinned-action', file: '.github/workflows/ci.yml' },
      },
      {
        name: 'JSON policy with a 1,000,000-character string',
        inputs: [{ file: 'policies/long.json', text: `{"Version": "2012-10-17", "Statement": [{"Sid": "${'s'.repeat(1_000_000)}", "Effect": "Allow", "Principal": {"Federated": "${FED}"}, "Action": "sts:AssumeRoleWithWebIdentity"}]}` }],
        expect: { analysed: 'oidc-any-owner', file: 'policies/long.json' },
      },
      {
        // 1,000,000 characters take some 250 MiB: the parse and the pattern matcher's per-character
        // units, proportional to the input (bounded by the file size cap), not growth.
        name: 'Terraform string of 200,000 characters',
        inputs: tf(tfRole(`"repo:${'x'.repeat(200_000)}*"`)),
        expect: { analysed: 'oidc-audience', file: 'infra/main.tf' },
      },
    ],
  },
  {
    name: 'deep nesting',
    attacks: [
      {
        name: 'JSON policy nested 100,000 deep',
        inputs: [{ file: 'policies/deep.json', text: `{"Statement": ${nested(100_000)}}` }],
        expect: { limit: 'depth', file: 'policies/deep.json', line: 1 },
      },
      {
        name: 'CloudFormation YAML flow collections nested 100,000 deep',
        inputs: cfn(`${CFN_HEAD}Resources:\n${cfnRole(nested(100_000))}`),
        expect: { limit: 'depth', file: 'cfn/stack.yaml', line: 14 },
      },
      {
        name: 'workflow block mappings nested 300 deep',
        inputs: [{ file: '.github/workflows/ci.yml', text: `${WORKFLOW}      - run: echo\nx:\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n` }],
        expect: { limit: 'depth', file: '.github/workflows/ci.yml' },
      },
      {
        name: 'Terraform brackets nested 100,000 deep',
        inputs: tf(tfRole(nested(100_000))),
        expect: { limit: 'depth', file: 'infra/main.tf', line: 9 },
      },
      {
        name: 'Terraform operator chain of 20,000 terms',
        inputs: tf(tfRole(Array(20_000).fill('"x"').join(' == '))),
        expect: { limit: 'depth', file: 'infra/main.tf', line: 9 },
      },
      {
        name: 'Terraform conditional chain of 5,000 branches',
        inputs: tf(tfRole(`${'true ? "repo:acme/app:*" : '.repeat(5_000)}"*"`)),
        expect: { limit: 'depth', file: 'infra/main.tf', line: 9 },
      },
      {
        name: 'Terraform template directives nested 5,000 deep',
        inputs: tf(tfRole(`"${'%{ if true }'.repeat(5_000)}*${'%{ endif }'.repeat(5_000)}"`)),
        expect: { limit: 'depth', file: 'infra/main.tf', line: 9 },
      },
      {
        name: 'Terraform interpolations nested 5,000 deep',
        inputs: tf(tfRole(`${'"${'.repeat(5_000)}"*"${'}"'.repeat(5_000)}`)),
        expect: { limit: 'depth', file: 'infra/main.tf', line: 9 },
      },
      {
        name: 'Terraform chain of 3,000 locals',
        inputs: tf(chain('c', '"*"', 3_000, '$p') + tfRole('local.c3000')),
        expect: { limit: 'evaluationDepth', file: 'infra/main.tf' },
      },
      {
        // Each local copies the one before with its provenance: the copies are what grow.
        name: 'Terraform values nested 3,000 deep through cached locals',
        inputs: tf(`${chain('n', '"*"', 3_000, '[$p]')}locals {\n  all = [${Array.from({ length: 3_001 }, (_, i) => `local.n${i}`).join(', ')}]\n}\n${tfRole('length(local.all) > 0 ? local.n3000 : "*"')}`),
        expect: { limit: 'valueSize', file: 'infra/main.tf' },
      },
      {
        name: 'CloudFormation chain of 5,000 conditions',
        inputs: cfn(`${CFN_HEAD}Conditions:\n${Array.from({ length: 5_000 }, (_, i) => `  C${i}: !Condition C${i + 1}`).join('\n')}\n  C5000: !Equals [a, a]\nResources:\n${cfnRole("!If [C0, '*', 'repo:acme/app:*']")}`),
        expect: { limit: 'evaluationDepth', file: 'cfn/stack.yaml' },
      },
      {
        name: 'Terraform plan nested 100,000 deep',
        inputs: [{ file: 'plan/tfplan.json', text: `{"format_version": "1.2", "planned_values": ${nested(100_000)}}` }],
        expect: { limit: 'depth', file: 'plan/tfplan.json', line: 1 },
      },
      {
        // Far longer chains overflow the parser itself (typescript-eslint), before the core sees them.
        name: 'CDK expression chain of 300 terms',
        inputs: cdk(cdkRole(Array(300).fill("'x'").join(' + '), '')),
        expect: { limit: 'depth', file: 'lib/stack.ts' },
      },
      {
        name: 'CDK chain of 3,000 constants',
        inputs: cdk(cdkRole('c3000', Array.from({ length: 3_001 }, (_, i) => (i === 0 ? "const c0 = '*';" : `const c${i} = c${i - 1};`)).join('\n'))),
        expect: { limit: 'evaluationDepth', file: 'lib/stack.ts' },
      },
    ],
  },
  {
    name: 'instance explosions',
    attacks: [
      {
        name: 'Terraform count of a billion',
        inputs: tf(tfRole('"*"').replace('name = "r"', 'name = "r"\n  count = 1000000000')),
        expect: { limit: 'instances', file: 'infra/main.tf', line: 3 },
      },
      {
        name: 'Terraform count past the old cap of 100, admitting only instance 120',
        inputs: tf(tfRole('count.index == 120 ? "*" : "repo:acme/app:ref:refs/heads/main"').replace('name = "r"', 'name = "r-${count.index}"\n  count = 150')),
        expect: { analysed: 'oidc-any-owner', file: 'infra/main.tf' },
      },
      {
        name: 'Terraform for_each over a million keys',
        inputs: tf(tfRole('each.value').replace('name = "r"', 'name = each.key\n  for_each = toset([for i in range(1000000) : "repo:acme/app-${i}:*"])')),
        expect: { limit: 'steps', file: 'infra/main.tf' },
      },
      {
        name: 'Terraform dynamic statements over 200,000 items',
        inputs: tf(`data "aws_iam_policy_document" "t" {\n  dynamic "statement" {\n    for_each = range(200000)\n    content {\n      actions = ["sts:AssumeRoleWithWebIdentity"]\n      principals {\n        type        = "Federated"\n        identifiers = ["${FED}"]\n      }\n    }\n  }\n}\nresource "aws_iam_role" "r" {\n  assume_role_policy = data.aws_iam_policy_document.t.json\n}\n`),
        expect: { limit: 'steps', file: 'infra/main.tf' },
      },
      {
        name: 'CloudFormation Fn::ForEach role admitting any owner',
        inputs: cfn(`${CFN_HEAD}Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::Roles:\n    - Team\n    - [web, api]\n    - Role\${Team}:\n${cfnRole("!Sub 'repo:acme/${Team}:*'", 'Unused', '      ').split('\n').slice(1).join('\n').replace("!Sub 'repo:acme/${Team}:*'", "'*'")}`),
        expect: { analysed: 'oidc-any-owner', file: 'cfn/stack.yaml' },
      },
      {
        name: 'CloudFormation Fn::ForEach over 1,000 × 1,000 items',
        inputs: cfn(
          `${CFN_HEAD}Transform: AWS::LanguageExtensions\nParameters:\n  Names:\n    Type: CommaDelimitedList\n    Default: '${Array.from({ length: 1_000 }, (_, i) => `n${i}`).join(',')}'\nResources:\n  Fn::ForEach::Outer:\n    - A\n    - !Ref Names\n    - Fn::ForEach::Inner:\n        - B\n        - !Ref Names\n        - Role\${A}\${B}:\n            Type: AWS::IAM::Role\n            Properties:\n              AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}\n`,
        ),
        expect: { limit: 'instances', file: 'cfn/stack.yaml' },
      },
      {
        name: 'CloudFormation Fn::ForEach over a parameter without a default',
        inputs: cfn(`${CFN_HEAD}Transform: AWS::LanguageExtensions\nParameters:\n  Teams: {Type: CommaDelimitedList}\nResources:\n  Fn::ForEach::Roles:\n    - Team\n    - !Ref Teams\n    - Role\${Team}:\n${cfnRole("'*'", 'Unused', '      ').split('\n').slice(1).join('\n')}`),
        expect: { analysed: 'oidc-unresolved', file: 'cfn/stack.yaml', message: /could not be expanded/ },
      },
    ],
  },
];
