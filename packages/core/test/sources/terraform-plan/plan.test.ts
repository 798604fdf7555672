import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeTrustPolicy } from '../../../src/analyze.js';
import type { AccessKeyDocument, OidcProviderDocument, TrustPolicyDocument } from '../../../src/model/document.js';
import { nodeAt, type PolicyString } from '../../../src/model/policy.js';
import type { Span } from '../../../src/model/span.js';
import { readTerraformPlan } from '../../../src/sources/terraform-plan/index.js';
import type { SourceResult } from '../../../src/sources/types.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const SUB = 'token.actions.githubusercontent.com:sub';

const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const plan = (text: string, explicit = true, file = 'plan.json'): SourceResult => readTerraformPlan({ file, text, explicit });
const textAt = (text: string, span: Span): string => text.slice(span.start.offset, span.end.offset);
const trust = (r: SourceResult): TrustPolicyDocument[] => r.documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy');

describe('Terraform plan: roles', () => {
  const text = read('parity.plan.json');
  const r = plan(text, true, 'parity.plan.json');

  it('names each role by its full address (modules included) and takes roleName from name', () => {
    const docs = trust(r);
    expect(docs.map((d) => d.resource)).toContain('module.ci.aws_iam_role.owner_wide');
    expect(docs.find((d) => d.resource === 'aws_iam_role.aud_only')).toMatchObject({ roleName: 'gh-aud-only', sourceKind: 'terraform-plan', file: 'parity.plan.json' });
  });

  it('maps policy spans through the JSON escapes of the plan string', () => {
    const doc = trust(r).find((d) => d.resource === 'aws_iam_role.owner_prefix')!;
    const value = nodeAt(doc.root, ['Statement', 0, 'Condition', 'StringLike', SUB]) as PolicyString;
    expect(textAt(text, value.span)).toBe('\\"repo:acme*\\"');
    const key = nodeAt(doc.root, ['Statement', 0, 'Condition', 'StringLike']);
    expect(key?.type === 'object' && textAt(text, key.members[0]!.keySpan)).toBe(`\\"${SUB}\\"`);
    // The document spans the whole string literal of assume_role_policy.
    expect(textAt(text, doc.location.span)).toMatch(/^"\{\\"Statement\\":.*\}"$/);
    const finding = analyzeTrustPolicy(doc).find((f) => f.ruleId === 'oidc-any-owner');
    expect(finding?.location?.span).toEqual(value.span);
    const line = text.split('\n')[finding!.location!.span.start.line - 1]!;
    expect(line.slice(finding!.location!.span.start.column)).toMatch(/^\\"repo:acme\*\\"/);
  });
});

describe('Terraform plan: data sources, unknown values, providers and keys', () => {
  const text = read('mixed.plan.json');
  const r = plan(text, true, 'mixed.plan.json');

  it('takes an unknown assume_role_policy from the policy document its configuration references', () => {
    const deploy = trust(r).find((d) => d.resource === 'aws_iam_role.deploy')!;
    expect(deploy.roleName).toBe('gh-deploy');
    const value = nodeAt(deploy.root, ['Statement', 0, 'Condition', 'StringLike', SUB]) as PolicyString;
    expect(value.value).toBe('repo:acme/*');
    expect(textAt(text, value.span)).toBe('\\"repo:acme/*\\"');
    // Pretty-printed JSON: \n escapes do not break lines in the plan, columns stay exact.
    expect(value.span.start.line).toBe(19);
    expect(analyzeTrustPolicy(deploy).map((f) => f.ruleId)).toEqual(['oidc-owner-wide']);
  });

  it('reports a policy known only after apply as unresolved, at the role address', () => {
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ ruleId: 'oidc-unresolved', severity: 'warning', resource: 'module.legacy[0].aws_iam_role.this' });
    expect(textAt(text, f.location!.span)).toBe('"module.legacy[0].aws_iam_role.this"');
  });

  it('analyses a trust-shaped policy document no role uses, skips permission policies and deleted roles', () => {
    expect(trust(r).map((d) => d.resource)).toEqual(['aws_iam_role.deploy', 'data.aws_iam_policy_document.orphan_trust']);
  });

  it('reads OIDC providers (url, client_id_list) and access keys (user)', () => {
    const provider = r.documents.find((d): d is OidcProviderDocument => d.kind === 'oidc-provider')!;
    expect(provider).toMatchObject({ resource: 'aws_iam_openid_connect_provider.github', url: 'https://token.actions.githubusercontent.com', sourceKind: 'terraform-plan' });
    expect(provider.clientIds !== 'unresolved' && provider.clientIds.map((c) => c.value)).toEqual(['sts.amazonaws.com']);
    expect(textAt(text, provider.urlLocation!.span)).toBe('"https://token.actions.githubusercontent.com"');
    const key = r.documents.find((d): d is AccessKeyDocument => d.kind === 'access-key')!;
    expect(key).toMatchObject({ resource: 'aws_iam_access_key.ci', userName: 'ci-bot', sourceKind: 'terraform-plan' });
    expect(textAt(text, key.location.span)).toBe('"aws_iam_access_key.ci"');
  });

  it('ignores deposed objects that share an address with the current one', () => {
    const rc = (deposed: boolean): object => ({
      address: 'aws_iam_role.ci',
      mode: 'managed',
      type: 'aws_iam_role',
      name: 'ci',
      ...(deposed ? { deposed: '00000001' } : {}),
      change: deposed
        ? { actions: ['delete'], before: { name: 'ci' }, after: null }
        : { actions: ['create'], before: null, after: { name: 'ci', assume_role_policy: '{"Version":"2012-10-17","Statement":[]}' } },
    });
    const text = JSON.stringify({ format_version: '1.2', resource_changes: [rc(false), rc(true)] });
    expect(trust(plan(text)).map((d) => d.resource)).toEqual(['aws_iam_role.ci']);
  });

  it('marks a client-id list known only after apply as unresolved', () => {
    const unknown = text.replace('"client_id_list": [false]', '"client_id_list": true').replace(/"client_id_list": \["sts\.amazonaws\.com"\],\n\s*"tags": null,\n\s*"url"/, '"tags": null,\n            "url"');
    const provider = plan(unknown).documents.find((d): d is OidcProviderDocument => d.kind === 'oidc-provider')!;
    expect(provider.clientIds).toBe('unresolved');
  });
});

describe('Terraform state and input errors', () => {
  it('reads `terraform show -json` of a state (values.root_module)', () => {
    const state = JSON.stringify({
      format_version: '1.0',
      terraform_version: '1.9.8',
      values: {
        root_module: {
          child_modules: [
            {
              address: 'module.iam',
              resources: [
                {
                  address: 'module.iam.aws_iam_role.ci',
                  mode: 'managed',
                  type: 'aws_iam_role',
                  name: 'ci',
                  values: {
                    name: 'ci',
                    assume_role_policy: JSON.stringify({
                      Version: '2012-10-17',
                      Statement: [{ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity' }],
                    }),
                  },
                },
              ],
            },
          ],
        },
      },
    });
    const docs = trust(plan(state));
    expect(docs.map((d) => [d.resource, d.roleName])).toEqual([['module.iam.aws_iam_role.ci', 'ci']]);
    expect(analyzeTrustPolicy(docs[0]!).map((f) => f.ruleId)).toContain('oidc-any-owner');
  });

  it('reports a plan that is not JSON at the parser position (explicit only)', () => {
    const text = '{\n  "format_version": "1.2",\n  "planned_values": {,\n}';
    const r = plan(text);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'parse-error', severity: 'error' })]);
    expect(r.findings[0]!.location!.span.start).toMatchObject({ line: 3, column: 21 });
    expect(plan(text, false)).toEqual({ documents: [], findings: [] });
  });

  it('reports a policy string that is not JSON inside the plan string', () => {
    const text = JSON.stringify({ format_version: '1.2', planned_values: { root_module: { resources: [{ address: 'aws_iam_role.x', mode: 'managed', type: 'aws_iam_role', name: 'x', values: { assume_role_policy: '{"Version": "2012-10-17",, }' } }] } } });
    const r = plan(text);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'parse-error', resource: 'aws_iam_role.x' })]);
    expect(textAt(text, r.findings[0]!.location!.span)).toBe(',');
  });

  it('marks a JSON file that is not a plan as unrecognised, named or walked (no finding)', () => {
    expect(plan('{"Statement": []}')).toEqual({ documents: [], findings: [], unrecognised: true });
    expect(plan('{"Statement": []}', false)).toEqual({ documents: [], findings: [], unrecognised: true });
  });
});
