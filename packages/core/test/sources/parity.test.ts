import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeTrustPolicy } from '../../src/analyze.js';
import type { TrustPolicyDocument } from '../../src/model/document.js';
import { readPolicyFile } from '../../src/sources/policy-file.js';
import { readCloudFormation } from '../../src/sources/cloudformation/index.js';
import { readTerraformPlan } from '../../src/sources/terraform-plan/index.js';
import { loadTerraformParser } from '../../src/sources/terraform/index.js';
import type { SourceResult } from '../../src/sources/types.js';
import { GH_KEY, readModule, trustDocs } from './terraform/helpers.js';
import { read as readCdk } from './cdk/helpers.js';

/**
 * Principle 4 (one model): each policy, written as a JSON policy file, as a Terraform role in three
 * ways (jsonencode, a heredoc, an aws_iam_policy_document), as `terraform show -json` plan output and
 * as a CloudFormation role in YAML and in JSON, and as AWS CDK code in three ways (a CfnRole with the
 * document as an object literal, the same document built by a function from constants, and — where the
 * policy is one Allow for the GitHub provider — a Role with a WebIdentityPrincipal, which CDK
 * synthesizes to that statement), gives the same rule ids, severities, paths and
 * witnesses. The JSON is written the way the AWS provider renders a policy
 * document (one value as a string, several in reverse order) so that even paths are identical.
 */
const FED = `arn:aws:iam::123456789012:oidc-provider/${GH_KEY}`;
const AUD = { [`${GH_KEY}:aud`]: 'sts.amazonaws.com' };
const SUB = `${GH_KEY}:sub`;
const WEB = 'sts:AssumeRoleWithWebIdentity';
const GL_FED = 'arn:aws:iam::123456789012:oidc-provider/gitlab.com';
const GL_AUD = { 'gitlab.com:aud': 'https://gitlab.com' };
const GL_SUB = 'gitlab.com:sub';

type Json = string | Json[] | { [k: string]: Json };
interface Statement {
  Effect: string;
  Principal: Json;
  Action: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

const allow = (Condition?: Statement['Condition'], extra: Partial<Statement> = {}): Statement => ({
  Effect: 'Allow',
  Principal: { Federated: FED },
  Action: WEB,
  ...(Condition ? { Condition } : {}),
  ...extra,
});

const POLICIES: Record<string, Statement[]> = {
  aud_only: [allow({ StringEquals: AUD })],
  owner_prefix: [allow({ StringEquals: AUD, StringLike: { [SUB]: 'repo:acme*' } })],
  owner_wide: [allow({ StringEquals: AUD, StringLike: { [SUB]: 'repo:acme/*' } })],
  any_context: [allow({ StringEquals: AUD, StringLike: { [SUB]: 'repo:acme/app:*' } })],
  exact_main: [allow({ StringEquals: { ...AUD, [SUB]: 'repo:acme/app:ref:refs/heads/main' } })],
  hidden_star: [allow({ StringEquals: AUD, StringLike: { [SUB]: ['repo:acme/app:ref:refs/heads/main', '*'] } })],
  not_like: [allow({ StringEquals: AUD, StringNotLike: { [SUB]: 'repo:evil/*' } })],
  two_statements: [allow({ StringEquals: { ...AUD, [SUB]: 'repo:acme/app:ref:refs/heads/main' } }), allow({ StringEquals: AUD })],
  principal_star: [allow({ StringEquals: { ...AUD, [SUB]: 'repo:acme/app:ref:refs/heads/main' } }, { Principal: '*' })],
  equals_wildcard: [allow({ StringEquals: { ...AUD, [SUB]: 'repo:acme/*' } })],
  deny_narrows: [allow({ StringEquals: AUD }), allow({ StringNotLike: { [SUB]: 'repo:acme/app:*' } }, { Effect: 'Deny' })],
  two_repos_no_aud: [allow({ StringLike: { [SUB]: ['repo:acme/web:ref:refs/heads/main', 'repo:acme/app:ref:refs/heads/main'] } })],
  repo_prefix: [allow({ StringEquals: AUD, StringLike: { [SUB]: 'repo:acme/app*' } })],
  id_wildcard: [allow({ StringEquals: AUD, StringLike: { [SUB]: 'repo:acme@*/app@*:ref:refs/heads/main' } })],
  pull_request: [allow({ StringEquals: { ...AUD, [SUB]: 'repo:acme/app:pull_request' } })],
  ref_wildcard: [allow({ StringEquals: AUD, StringLike: { [SUB]: 'repo:acme/app:ref:refs/heads/*' } })],
  reusable_only: [allow({ StringEquals: AUD, StringLike: { [`${GH_KEY}:job_workflow_ref`]: 'acme/deploy/.github/workflows/deploy.yml@refs/heads/main' } })],
  owner_id_template: [allow({ StringEquals: { ...AUD, [SUB]: 'repository_owner_id:123456' } })],
  forall_environment: [allow({ StringEquals: AUD, 'ForAllValues:StringEquals': { [`${GH_KEY}:environment`]: 'prod' } })],
  null_only: [allow({ StringEquals: AUD, Null: { [SUB]: 'false' } })],
  misspelt_key: [allow({ StringEquals: { ...AUD, [`${GH_KEY}:subject`]: 'repo:acme/app:ref:refs/heads/main' } })],
  unmatchable: [allow({ StringEquals: { ...AUD, [SUB]: 'repo:acme/app:ref/refs/heads/main' } })],
  // Issue 18: issuers other than GitHub go through the same model (GitLab, HCP Terraform).
  gitlab_group_prefix: [allow({ StringEquals: GL_AUD, StringLike: { [GL_SUB]: 'project_path:acme*' } }, { Principal: { Federated: GL_FED } })],
  gitlab_group_wide: [allow({ StringEquals: GL_AUD, StringLike: { [GL_SUB]: 'project_path:acme/*' } }, { Principal: { Federated: GL_FED } })],
  gitlab_exact: [allow({ StringEquals: { ...GL_AUD, [GL_SUB]: 'project_path:acme/app:ref_type:branch:ref:main', 'gitlab.com:project_id': '67890' } }, { Principal: { Federated: GL_FED } })],
  gitlab_path_key: [allow({ StringEquals: { ...GL_AUD, 'gitlab.com:project_path': 'acme/app' } }, { Principal: { Federated: GL_FED } })],
  terraform_org_wide: [allow({ StringEquals: { 'app.terraform.io:aud': 'aws.workload.identity' }, StringLike: { 'app.terraform.io:sub': 'organization:acme:*' } }, { Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/app.terraform.io' } })],
};

const policyJson = (statements: Statement[]): Record<string, Json> => ({ Version: '2012-10-17', Statement: statements as unknown as Json[] });

// ---- the three Terraform renderings ----

const quote = (s: string): string => JSON.stringify(s).replace(/\$\{/g, '$${');

function hcl(v: Json, indent: string): string {
  if (typeof v === 'string') return quote(v);
  if (Array.isArray(v)) return `[${v.map((x) => hcl(x, indent)).join(', ')}]`;
  const inner = `${indent}  `;
  const key = (k: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : quote(k));
  return `{\n${Object.entries(v)
    .map(([k, x]) => `${inner}${key(k)} = ${hcl(x, inner)}`)
    .join('\n')}\n${indent}}`;
}

const list = (v: string | string[]): string => `[${(Array.isArray(v) ? v : [v]).map(quote).join(', ')}]`;

function documentBlock(name: string, statements: Statement[]): string {
  const blocks = statements.map((s) => {
    const lines = [`  statement {`, `    effect  = ${quote(s.Effect)}`, `    actions = ${list(s.Action)}`];
    const principals = typeof s.Principal === 'string' ? { '*': s.Principal } : (s.Principal as Record<string, string | string[]>);
    for (const [type, ids] of Object.entries(principals)) lines.push(`    principals {`, `      type        = ${quote(type)}`, `      identifiers = ${list(ids)}`, `    }`);
    for (const [test, keys] of Object.entries(s.Condition ?? {})) {
      for (const [variable, values] of Object.entries(keys)) {
        lines.push(`    condition {`, `      test     = ${quote(test)}`, `      variable = ${quote(variable)}`, `      values   = ${list(values)}`, `    }`);
      }
    }
    lines.push('  }');
    return lines.join('\n');
  });
  return `data "aws_iam_policy_document" "${name}" {\n${blocks.join('\n')}\n}\n`;
}

function module(): string {
  return Object.entries(POLICIES)
    .map(([name, statements]) => {
      const policy = policyJson(statements);
      const heredoc = JSON.stringify(policy, null, 2)
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n');
      return `resource "aws_iam_role" "${name}_jsonencode" {
  assume_role_policy = jsonencode(${hcl(policy, '  ')})
}

resource "aws_iam_role" "${name}_heredoc" {
  assume_role_policy = <<-EOT
${heredoc}
  EOT
}

${documentBlock(name, statements)}
resource "aws_iam_role" "${name}_document" {
  assume_role_policy = data.aws_iam_policy_document.${name}.json
}
`;
    })
    .join('\n');
}

// ---- plan JSON and CloudFormation renderings ----

function plan(): string {
  const resources = Object.entries(POLICIES).map(([name, statements]) => ({
    address: `aws_iam_role.${name}`,
    mode: 'managed',
    type: 'aws_iam_role',
    name,
    values: { name, assume_role_policy: JSON.stringify(policyJson(statements)) },
  }));
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.9.0', planned_values: { root_module: { resources } } }, null, 2);
}

/** Block-style YAML with every scalar double-quoted (valid YAML: a JSON string literal). */
function yaml(v: Json, indent: string): string {
  if (typeof v === 'string') return ` ${JSON.stringify(v)}`;
  if (Array.isArray(v)) return v.map((x) => `\n${indent}-${yaml(x, `${indent}  `)}`).join('');
  return Object.entries(v)
    .map(([k, x]) => `\n${indent}${JSON.stringify(k)}:${yaml(x, `${indent}  `)}`)
    .join('');
}

const logicalId = (name: string): string => name.replace(/(^|_)([a-z])/g, (_m, _u: string, c: string) => c.toUpperCase());

function cloudFormation(format: 'yaml' | 'json'): string {
  const resources = Object.fromEntries(
    Object.entries(POLICIES).map(([name, statements]) => [
      logicalId(name),
      { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: policyJson(statements) } },
    ]),
  );
  const template = { AWSTemplateFormatVersion: '2010-09-09', Resources: resources as unknown as Json };
  return format === 'json' ? JSON.stringify(template, null, 2) : `${yaml(template, '').slice(1)}\n`;
}

// ---- AWS CDK renderings ----

const cdkId = (name: string, form: string): string => `${logicalId(name)}${form}`;

/** A policy that CDK's WebIdentityPrincipal synthesizes exactly: one Allow of the web identity action for the provider. */
const webIdentityConditions = (statements: Statement[]): Statement['Condition'] | undefined => {
  const [s, ...rest] = statements;
  if (!s || rest.length > 0 || s.Effect !== 'Allow' || s.Action !== WEB || JSON.stringify(s.Principal) !== JSON.stringify({ Federated: FED })) return undefined;
  return s.Condition ?? {};
};

function cdkStack(): string {
  const forms = Object.entries(POLICIES).map(([name, statements]) => {
    const doc = JSON.stringify(policyJson(statements), null, 2);
    const lines = [
      `new iam.CfnRole(this, '${cdkId(name, 'Literal')}', { assumeRolePolicyDocument: ${doc} });`,
      // The same document through a constant and a function of the file: the evaluator follows both.
      `const ${name}Statements = ${JSON.stringify(statements)};`,
      `new iam.CfnRole(this, '${cdkId(name, 'Built')}', { assumeRolePolicyDocument: trust(${name}Statements) });`,
    ];
    const conditions = webIdentityConditions(statements);
    if (conditions) {
      lines.push(`new iam.Role(this, '${cdkId(name, 'Principal')}', { assumedBy: new iam.WebIdentityPrincipal(PROVIDER, ${JSON.stringify(conditions)}) });`);
    }
    return lines.join('\n');
  });
  return `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

const PROVIDER = ${JSON.stringify(FED)};
const VERSION = '2012-10-17';

function trust(statements) {
  return { Version: VERSION, Statement: statements };
}

export class TrustStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
${forms.join('\n')}
  }
}
`;
}

function essence(doc: TrustPolicyDocument): unknown[] {
  return analyzeTrustPolicy(doc)
    .map((f) => ({ ruleId: f.ruleId, severity: f.severity, path: f.path, witness: f.witness }))
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

let result: SourceResult;
let planDocs: TrustPolicyDocument[];
let cfnDocs: Record<'yaml' | 'json', TrustPolicyDocument[]>;
let cdkResult: SourceResult;

beforeAll(async () => {
  await loadTerraformParser();
  result = readModule({ 'main.tf': module() });
  planDocs = trustDocs(readTerraformPlan({ file: 'plan.json', text: plan(), explicit: true }));
  cfnDocs = {
    yaml: trustDocs(readCloudFormation({ file: 'template.yaml', text: cloudFormation('yaml'), explicit: true })),
    json: trustDocs(readCloudFormation({ file: 'template.json', text: cloudFormation('json'), explicit: true })),
  };
  cdkResult = readCdk(cdkStack(), 'lib/trust-stack.ts');
});

describe('parity: JSON = jsonencode = heredoc = aws_iam_policy_document = plan JSON = CloudFormation YAML/JSON = CDK', () => {
  it('reads every role of every form (at least 20 logical policies)', () => {
    expect(Object.keys(POLICIES).length).toBeGreaterThanOrEqual(20);
    expect(result.findings).toEqual([]);
    expect(trustDocs(result)).toHaveLength(Object.keys(POLICIES).length * 3);
    expect(planDocs).toHaveLength(Object.keys(POLICIES).length);
    expect(cfnDocs.yaml).toHaveLength(Object.keys(POLICIES).length);
    expect(cfnDocs.json).toHaveLength(Object.keys(POLICIES).length);
    expect(cdkResult.findings).toEqual([]);
    const principalForms = Object.values(POLICIES).filter((s) => webIdentityConditions(s) !== undefined).length;
    expect(principalForms).toBeGreaterThanOrEqual(10);
    expect(trustDocs(cdkResult)).toHaveLength(Object.keys(POLICIES).length * 2 + principalForms);
  });

  for (const [name, statements] of Object.entries(POLICIES)) {
    it(name, () => {
      // The reference is written as the provider renders: lists in reverse order.
      for (const s of statements) {
        for (const keys of Object.values(s.Condition ?? {})) {
          for (const v of Object.values(keys)) if (Array.isArray(v)) expect(v).toEqual([...v].sort().reverse());
        }
      }
      const json = readPolicyFile(`${name}.json`, JSON.stringify(policyJson(statements), null, 2), false).documents[0]!;
      const expected = essence(json);
      for (const form of ['jsonencode', 'heredoc', 'document']) {
        const docs = trustDocs(result).filter((d) => d.resource === `aws_iam_role.${name}_${form}`);
        expect(docs, form).toHaveLength(1);
        expect(essence(docs[0]!), `${name} as ${form}`).toEqual(expected);
      }
      const planned = planDocs.filter((d) => d.resource === `aws_iam_role.${name}`);
      expect(planned, 'plan').toHaveLength(1);
      expect(essence(planned[0]!), `${name} as plan JSON`).toEqual(expected);
      for (const format of ['yaml', 'json'] as const) {
        const cfn = cfnDocs[format].filter((d) => d.resource === `Resources.${logicalId(name)}`);
        expect(cfn, `CloudFormation ${format}`).toHaveLength(1);
        expect(essence(cfn[0]!), `${name} as CloudFormation ${format}`).toEqual(expected);
      }
      const forms = webIdentityConditions(statements) ? ['Literal', 'Built', 'Principal'] : ['Literal', 'Built'];
      for (const form of forms) {
        const cdk = trustDocs(cdkResult).filter((d) => d.resource?.endsWith(`"${cdkId(name, form)}"`));
        expect(cdk, `CDK ${form}`).toHaveLength(1);
        expect(essence(cdk[0]!), `${name} as CDK ${form}`).toEqual(expected);
      }
    });
  }

  it('is not vacuous for the other issuers: GitLab and HCP Terraform policies get their findings in every form', () => {
    const ids = (name: string): string[] =>
      trustDocs(result).filter((d) => d.resource === `aws_iam_role.${name}_document`).flatMap((d) => analyzeTrustPolicy(d).map((f) => `${f.ruleId} ${f.witness?.sub ?? ''}`));
    expect(ids('gitlab_group_prefix')).toEqual(['oidc-any-owner project_path:acme-evil/project:ref_type:branch:ref:main']);
    expect(ids('gitlab_group_wide')[0]).toMatch(/^oidc-owner-wide project_path:acme\//);
    expect(ids('gitlab_exact')).toEqual([]);
    expect(ids('gitlab_path_key')).toEqual(['oidc-key-mismatch ']);
    expect(ids('terraform_org_wide')[0]).toMatch(/^oidc-owner-wide organization:acme:/);
  });

  it('is not vacuous: the set exercises several rules', () => {
    const ids = new Set(trustDocs(result).flatMap((d) => analyzeTrustPolicy(d).map((f) => f.ruleId)));
    expect([...ids].sort()).toEqual([
      'oidc-any-context',
      'oidc-any-owner',
      'oidc-audience',
      'oidc-id-wildcard',
      'oidc-key-mismatch',
      'oidc-owner-wide',
      'oidc-pull-request',
      'oidc-ref-wildcard',
      'oidc-repo-prefix',
      'oidc-reusable-workflow-only',
      'oidc-set-operator',
      'oidc-stringequals-wildcard',
      'oidc-subject-unmatchable',
      'trust-wildcard-principal',
    ]);
  });
});
