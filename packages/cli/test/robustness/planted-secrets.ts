/**
 * Credentials of every well-known shape, drawn from a seeded PRNG (never issued by anyone), the input
 * trees they are planted in, and the check that none of them reaches an output.
 */
import type { Random } from '../../../core/test/robustness/mutate.js';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const BASE32 = `${UPPER}234567`;
const ALNUM = `${UPPER}${LOWER}${DIGITS}`;
const BASE64 = `${ALNUM}+/`;
const BASE64URL = `${ALNUM}-_`;

/** One planted credential: its full value and the part that is secret (what must never be printed). */
export interface Planted {
  name: string;
  value: string;
  secret: string;
}

function draw(random: Random, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)] ?? 'A';
  return out;
}

/** Random, as real keys are: every character class present (a draw without one is drawn again). */
function drawMixed(random: Random, alphabet: string, length: number, classes: readonly string[]): string {
  for (;;) {
    const value = draw(random, alphabet, length);
    if (classes.every((c) => Array.from(c).some((ch) => value.includes(ch)))) return value;
  }
}

function pem(random: Random, kind: string): string {
  const body = Array.from({ length: 6 }, () => drawMixed(random, BASE64, 64, [UPPER, LOWER, DIGITS]));
  return [`-----BEGIN ${kind}PRIVATE KEY-----`, ...body, `-----END ${kind}PRIVATE KEY-----`].join('\n');
}

export type SecretName =
  | 'AKIA' | 'ASIA' | 'ABIA' | 'ACCA' | 'A3T'
  | 'secretKey' | 'secretAlnum'
  | 'sessionFwo' | 'sessionIQo'
  | 'ghp' | 'gho' | 'ghu' | 'ghs' | 'ghr' | 'pat'
  | 'rsaKey' | 'opensshKey'
  | 'jwt' | 'npm' | 'slack' | 'glpat' | 'google' | 'stripe';

export type Secrets = Record<SecretName, string>;

/** Prefixes that are no secret themselves: the rest of each value is. */
const FIXED_PREFIX = /^(?:AKIA|ASIA|ABIA|ACCA|A3T.|FwoGZXIvYXdzE|IQoJb3JpZ2luX2VjE|gh[pousr]_|github_pat_|npm_|xoxb-|glpat-|AIza|sk_live_|eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9\.)/;

export function drawSecrets(random: Random): Secrets {
  const id = (prefix: string): string => prefix + drawMixed(random, BASE32, 16, [UPPER, '234567']);
  return {
    AKIA: id('AKIA'),
    ASIA: id('ASIA'),
    ABIA: id('ABIA'),
    ACCA: id('ACCA'),
    A3T: id('A3TX'),
    secretKey: drawMixed(random, BASE64, 20, [UPPER, LOWER, DIGITS]) + '/' + drawMixed(random, ALNUM, 17, [UPPER, LOWER]) + '+' + draw(random, ALNUM, 1),
    // What fits where only alphanumerics are allowed (a statement Sid, a logical id).
    secretAlnum: drawMixed(random, ALNUM, 40, [UPPER, LOWER, DIGITS]),
    sessionFwo: `FwoGZXIvYXdzE${drawMixed(random, BASE64, 280, [UPPER, LOWER, DIGITS, '+/'])}`,
    sessionIQo: `IQoJb3JpZ2luX2VjE${drawMixed(random, BASE64, 600, [UPPER, LOWER, DIGITS, '+/'])}==`,
    ghp: `ghp_${drawMixed(random, ALNUM, 36, [UPPER, LOWER, DIGITS])}`,
    gho: `gho_${drawMixed(random, ALNUM, 36, [UPPER, LOWER, DIGITS])}`,
    ghu: `ghu_${drawMixed(random, ALNUM, 36, [UPPER, LOWER, DIGITS])}`,
    ghs: `ghs_${drawMixed(random, ALNUM, 36, [UPPER, LOWER, DIGITS])}`,
    ghr: `ghr_${drawMixed(random, ALNUM, 36, [UPPER, LOWER, DIGITS])}`,
    pat: `github_pat_${drawMixed(random, ALNUM, 22, [UPPER, LOWER, DIGITS])}_${drawMixed(random, ALNUM, 59, [UPPER, LOWER, DIGITS])}`,
    rsaKey: pem(random, 'RSA '),
    opensshKey: pem(random, 'OPENSSH '),
    jwt: `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${drawMixed(random, BASE64URL, 120, [UPPER, LOWER, DIGITS])}.${drawMixed(random, BASE64URL, 86, [UPPER, LOWER, DIGITS])}`,
    npm: `npm_${drawMixed(random, ALNUM, 36, [UPPER, LOWER, DIGITS])}`,
    slack: `xoxb-${draw(random, DIGITS, 12)}-${draw(random, DIGITS, 13)}-${drawMixed(random, ALNUM, 24, [UPPER, LOWER, DIGITS])}`,
    glpat: `glpat-${drawMixed(random, ALNUM, 20, [UPPER, LOWER, DIGITS])}`,
    google: `AIza${drawMixed(random, `${ALNUM}_-`, 35, [UPPER, LOWER, DIGITS])}`,
    stripe: `sk_live_${drawMixed(random, ALNUM, 32, [UPPER, LOWER, DIGITS])}`,
  };
}

export function planted(secrets: Secrets): Planted[] {
  return Object.entries(secrets).map(([name, value]) => ({ name, value, secret: value.replace(FIXED_PREFIX, '') }));
}

/** Shortest run of a secret that counts as a leak: more than the four characters a mask keeps. */
const WINDOW = 8;

/**
 * The planted credentials of which any 8-character run of the secret part appears in `output`,
 * compared without case (an upper-cased copy leaks most of a token too). Multi-line values (private
 * keys) are checked line by line, so an escaped `\n` does not hide a line.
 */
export function leaksIn(output: string, all: readonly Planted[]): string[] {
  const haystack = output.toLowerCase();
  const leaked: string[] = [];
  for (const p of all) {
    const lines = p.secret.split('\n').filter((l) => !l.startsWith('-----'));
    const hit = lines.some((line) => {
      const l = line.toLowerCase();
      for (let i = 0; i + WINDOW <= l.length; i++) if (haystack.includes(l.slice(i, i + WINDOW))) return true;
      return false;
    });
    if (hit) leaked.push(p.name);
  }
  return leaked;
}

const GITHUB_PROVIDER = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
const P = 'token.actions.githubusercontent.com';

function statement(sid: string | undefined, condition: Record<string, unknown>, principal = GITHUB_PROVIDER): Record<string, unknown> {
  return {
    ...(sid !== undefined ? { Sid: sid } : {}),
    Effect: 'Allow',
    Principal: { Federated: principal },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: condition,
  };
}

function policy(...statements: Record<string, unknown>[]): Record<string, unknown> {
  return { Version: '2012-10-17', Statement: statements };
}

const pretty = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;
const indent = (text: string, by: string): string => text.split('\n').map((l) => by + l).join('\n');

/** Trust policy files (JSON) with a credential in each position a policy has. */
function policyFiles(s: Secrets): Record<string, string> {
  const keyStatement = (sid: string, sub: string): Record<string, unknown> => statement(sid, { StringLike: { [`${P}:sub`]: sub } });
  return {
    // Statement ids (alphanumerics only): quoted by explain, simulate and messages.
    'policies/sids.json': pretty(policy(keyStatement(s.AKIA, 'repo:*'), keyStatement(s.secretAlnum, 'repo:acme/app:*'), keyStatement(s.ASIA, 'repo:acme/*'))),
    // sub values: quoted in messages and carried into witnesses.
    'policies/sub-values.json': pretty(
      policy(
        statement(undefined, {
          StringEquals: { [`${P}:aud`]: s.ghs },
          StringLike: {
            [`${P}:sub`]: [
              `repo:acme/${s.ghp}:*`,
              `repo:${s.gho}*`,
              `repo:acme/app:ref:refs/heads/${s.secretKey}*`,
              `repo:acme/app:environment:${s.jwt}*`,
              `repo:acme/app:ref:refs/tags/${s.sessionFwo}`,
              `repo:acme/app:environment:${s.rsaKey}`,
              `repo:acme/${s.npm}:ref:refs/heads/${s.slack}`,
            ],
          },
        }),
        statement(undefined, { StringEqualsIgnoreCase: { [`${P}:sub`]: `repo:acme/app:ref:refs/heads/${s.glpat}` }, StringEquals: { [`${P}:aud`]: 'sts.amazonaws.com' } }),
      ),
    ),
    // Condition keys and operators: quoted by key-mismatch and unresolved findings.
    'policies/condition-keys.json': pretty(
      policy(
        statement(undefined, {
          StringEquals: { [`${P}:${s.ABIA}`]: 'x', [`${P}:sub`]: `repo:acme/${s.ghu}/*`, [`${P}:aud`]: 'sts.amazonaws.com' },
          [`${s.ACCA}StringLike`]: { [`${P}:sub`]: 'repo:acme/app:*' },
          StringLike: { [`${P}:${s.google}`]: 'y', [`${P}:actor`]: s.stripe },
        }),
      ),
    ),
    // Duplicate keys (reported as unresolved, naming the value that was assumed).
    'policies/duplicates.json': `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "${s.A3T}",
      "Sid": "${s.secretAlnum}",
      "Effect": "Allow",
      "Principal": { "Federated": "${GITHUB_PROVIDER}" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringLike": {
          "${P}:sub": "repo:acme/${s.ghr}:*",
          "${P}:sub": "repo:acme/${s.pat}:*"
        }
      }
    }
  ]
}
`,
    // Minified: every finding of the file is on the one line that holds the keys.
    'policies/minified.json': JSON.stringify(
      policy(statement(s.ACCA, { StringLike: { [`${P}:sub`]: `repo:${s.opensshKey}*`, [`${P}:job_workflow_ref`]: s.sessionIQo } }), keyStatement(s.AKIA, `repo:acme/${s.ghp}*`)),
    ),
    // An enterprise provider whose slug is a token: the condition-key prefix quotes it.
    'policies/federated.json': pretty(
      policy(statement(undefined, { StringLike: { [`${P}/${s.gho}:sub`]: 'repo:acme/*' } }, `${GITHUB_PROVIDER}/${s.gho}`)),
    ),
    // The file name itself is a key id.
    [`policies/${s.AKIA}.json`]: pretty(policy(keyStatement('Open', 'repo:*'))),
    // Text that does not parse, at a key (named on the command line: a parse-error quoting it).
    'policies/broken.json': `{\n  "Version": "2012-10-17",\n  "Statement": [ ${s.A3T} "${s.secretKey}" ${s.ghs} ]\n}\n`,
    'policies/broken-token.json': `{ "Statement": ${s.ghp}, "x": "${s.AKIA}" }\n`,
  };
}

function terraformFiles(s: Secrets): Record<string, string> {
  return {
    'tf/main.tf': `provider "aws" {
  region     = "eu-west-1"
  access_key = "${s.AKIA}"
  secret_key = "${s.secretKey}"
  token      = "${s.sessionIQo}"
}

variable "subject" {
  default = "repo:acme/${s.gho}:*"
}

variable "branch" {}

variable "pem" {
  default = <<EOT
${s.rsaKey}
EOT
}

locals {
  owner = "${s.ghs}"
}

resource "aws_iam_role" "ci" {
  name = "${s.ASIA}"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Sid = "${s.secretAlnum}", Effect = "Allow", Principal = { Federated = "${GITHUB_PROVIDER}" }, Action = "sts:AssumeRoleWithWebIdentity", Condition = { StringLike = { "${P}:sub" = [var.subject, "repo:\${local.owner}*", "repo:acme/app:ref:refs/heads/\${var.branch}", "repo:acme/app:environment:\${var.pem}"] } } }] })
}

resource "aws_iam_role" "heredoc" {
  name = "${s.npm}"
  assume_role_policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "${s.ABIA}",
      "Effect": "Allow",
      "Principal": { "Federated": "${GITHUB_PROVIDER}" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": { "StringLike": { "${P}:sub": "repo:acme/${s.ghu}/*" } }
    }
  ]
}
EOF
}

resource "aws_iam_access_key" "${s.ghr}" {
  user = "${s.A3T}"
}
`,
    'tf/terraform.tfvars': `branch = "${s.pat}"\n`,
    // A module that does not parse, with keys around the error.
    'tf-broken/main.tf': `resource "aws_iam_role" "x" {\n  name = "${s.ACCA}"\n  assume_role_policy = ${s.secretKey} ${s.ghp} }}\n}\n`,
  };
}

function planFile(s: Secrets): Record<string, string> {
  const trust = JSON.stringify(policy(statement(s.ABIA, { StringLike: { [`${P}:sub`]: [`repo:${s.pat}*`, `repo:acme/app:ref:refs/heads/${s.secretKey}`] } })));
  return {
    'plan/tfplan.json': JSON.stringify({
      format_version: '1.2',
      terraform_version: '1.9.8',
      planned_values: {
        root_module: {
          resources: [
            { address: `aws_iam_role.${s.ghs}`, mode: 'managed', type: 'aws_iam_role', name: s.ghs, values: { name: s.ASIA, assume_role_policy: trust } },
            { address: 'aws_iam_access_key.ci', mode: 'managed', type: 'aws_iam_access_key', name: 'ci', values: { user: s.AKIA, secret: s.secretKey } },
          ],
        },
      },
    }),
  };
}

function cloudFormationFiles(s: Secrets): Record<string, string> {
  return {
    'cfn/role.yaml': `AWSTemplateFormatVersion: '2010-09-09'
Description: deploy role ${s.AKIA}
Parameters:
  Org:
    Type: String
    Default: ${s.ghp}
  Branch:
    Type: String
    Default: "${s.secretKey}"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      RoleName: ${s.ACCA}
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: ${s.secretAlnum}
            Effect: Allow
            Action: sts:AssumeRoleWithWebIdentity
            Principal:
              Federated: ${GITHUB_PROVIDER}
            Condition:
              StringLike:
                ${P}:environment: |
${indent(s.opensshKey, '                  ')}
                ${P}:sub: !Sub repo:\${Org}*
                ${P}:ref: !Sub refs/heads/\${Branch}
              StringEquals:
                ${P}:job_workflow_ref: "${s.rsaKey.replace(/\n/g, '\\n')}"
  Key:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: ${s.ASIA}
`,
    'cfn/role.template.json': pretty({
      AWSTemplateFormatVersion: '2010-09-09',
      Parameters: { Owner: { Type: 'String', Default: s.gho } },
      Resources: {
        [s.secretAlnum]: {
          Type: 'AWS::IAM::Role',
          Properties: {
            RoleName: s.AKIA,
            AssumeRolePolicyDocument: policy(
              statement(s.A3T, { StringLike: { [`${P}:sub`]: { 'Fn::Sub': `repo:\${Owner}/${s.ghu}*` } }, StringEquals: { [`${P}:aud`]: s.jwt } }),
            ),
          },
        },
      },
    }),
  };
}

function workflowFiles(s: Secrets): Record<string, string> {
  return {
    '.github/workflows/deploy.yml': `on: pull_request_target
permissions:
  id-token: write
  contents: read
env:
  AWS_ACCESS_KEY_ID: ${s.AKIA}
  AWS_SECRET_ACCESS_KEY: ${s.secretKey}
  AWS_SESSION_TOKEN: ${s.sessionFwo}
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: ${s.ghp}
    steps:
      - uses: actions/checkout@${s.ghs}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          token: ${s.gho}
      - uses: aws-actions/configure-aws-credentials@${s.npm}
        with:
          role-to-assume: arn:aws:iam::123456789012:role/${s.ASIA}
          aws-region: eu-west-1
          audience: ${s.jwt}
      - run: |
          aws configure set aws_access_key_id ${s.ABIA}
          aws configure set aws_secret_access_key ${s.secretAlnum}
          echo "${s.slack}" "${s.ghr}"
${indent(s.rsaKey, '          ')}
  other:
    runs-on: ubuntu-latest
    steps:
      - uses: docker://${s.pat}
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${s.ACCA}
          aws-secret-access-key: ${s.stripe}
          role-to-assume: arn:aws:iam::123456789012:role/${s.A3T}
`,
    [`.github/workflows/${s.ghu}.yml`]: `on: push
jobs:
  ${s.glpat}:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/ci
          aws-region: eu-west-1
`,
  };
}

/** Every input kind, each with credentials in every position it has. */
export function plantedTree(s: Secrets): Record<string, string> {
  return { ...policyFiles(s), ...terraformFiles(s), ...planFile(s), ...cloudFormationFiles(s), ...workflowFiles(s) };
}

/** Files named on the command line as well: parse errors are only reported for named files. */
export const NAMED_FILES = ['policies/broken.json', 'policies/broken-token.json', 'tf-broken/main.tf'];

/** What `explain` and `simulate` are pointed at. */
export const POLICY_TARGETS = [
  'policies/sids.json',
  'policies/sub-values.json',
  'policies/condition-keys.json',
  'policies/duplicates.json',
  'policies/minified.json',
  'policies/federated.json',
  'tf/main.tf',
  'plan/tfplan.json',
  'cfn/role.yaml',
  'cfn/role.template.json',
];

/** A CDK stack for the ESLint plugin (the CLI reads CDK apps through cdk.out only). */
export function cdkStack(s: Secrets): string {
  return `import * as iam from 'aws-cdk-lib/aws-iam';
import * as cdk from 'aws-cdk-lib';
export class Deploy extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new iam.Role(this, '${s.secretAlnum}', {
      roleName: '${s.AKIA}',
      assumedBy: new iam.WebIdentityPrincipal('${GITHUB_PROVIDER}', {
        StringLike: { '${P}:sub': 'repo:${s.ghp}*', '${P}:${s.ASIA}': '${s.secretKey}' },
      }),
    });
    new iam.AccessKey(this, '${s.ghs}', { user: iam.User.fromUserName(this, 'U', '${s.A3T}') });
  }
}
`;
}
