import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeTrustPolicy } from '../../../src/analyze.js';
import { loadTerraformParser } from '../../../src/sources/terraform/index.js';
import { accessKeys, GH_KEY, node, providers, readFixture, rendered, ruleIds, trustDoc, trustDocs } from './helpers.js';

/**
 * Modules written in the style of real GitHub OIDC Terraform (organisation modules, repository
 * lists with templates, conditions assembled in locals, per-repository roles, the legacy template
 * provider, IAM users with keys, JSON syntax), with the verdicts a reviewer would give.
 */
beforeAll(async () => {
  await loadTerraformParser();
});

describe('real-world-like Terraform modules', () => {
  it('org-environment: tfvars value and a local map give an organisation-wide environment subject', () => {
    const result = readFixture('org-environment');
    expect(result.findings).toEqual([]);
    const doc = trustDoc(result, 'aws_iam_role.deploy');
    expect(doc.roleName).toBe('deployment');
    const sub = node(doc, ['Statement', 0, 'Condition', 'StringLike', `${GH_KEY}:sub`]);
    expect(sub).toMatchObject({ type: 'string', value: 'repo:acme/*:environment:Production' });
    expect(ruleIds([doc])).toEqual(['oidc-audience', 'oidc-owner-wide']);
    // The provider created with count = 1 (its ARN variable defaults to null) is the principal.
    expect((rendered(doc) as { Statement: { Principal: { Federated: string } }[] }).Statement[0]?.Principal.Federated).toBe(`arn:aws:iam::<aws_iam_openid_connect_provider.this[0].arn>:oidc-provider/${GH_KEY}`);
    expect(providers(result)).toHaveLength(1);
  });

  it('repo-list-template: a repository without a ref gets ":*" from a template directive', () => {
    const result = readFixture('repo-list-template');
    const doc = trustDoc(result, 'aws_iam_role.github');
    expect(doc.roleName).toBe('github-actions');
    expect(node(doc, ['Statement', 0, 'Condition', 'StringLike', `${GH_KEY}:sub`])).toMatchObject({ type: 'array' });
    expect((rendered(doc) as { Statement: { Condition: { StringLike: Record<string, unknown> } }[] }).Statement[0]?.Condition.StringLike[`${GH_KEY}:sub`]).toEqual([
      'repo:acme/infra:ref:refs/heads/main',
      'repo:acme/app:*',
    ]);
    const anyContext = analyzeTrustPolicy(doc).find((f) => f.ruleId === 'oidc-any-context');
    expect(anyContext?.path).toEqual(['Statement', 0, 'Condition', 'StringLike', `${GH_KEY}:sub`, 1]);
    expect(ruleIds([doc])).toEqual(['oidc-any-context', 'oidc-audience']);
  });

  it('dynamic-conditions: conditions grouped in locals and expanded by a dynamic block are safe', () => {
    const result = readFixture('dynamic-conditions');
    const doc = trustDoc(result, 'aws_iam_role.main');
    expect(doc.roleName).toBe('acme-app-deploy');
    expect((rendered(doc) as { Statement: { Condition: unknown }[] }).Statement[0]?.Condition).toEqual({
      StringEquals: { [`${GH_KEY}:aud`]: 'sts.amazonaws.com' },
      StringLike: { [`${GH_KEY}:sub`]: 'repo:acme/app:ref:refs/heads/main' },
      StringNotLike: { [`${GH_KEY}:sub`]: 'repo:acme/app:pull_request' },
    });
    expect(analyzeTrustPolicy(doc).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('per-repo-roles: one trust policy per for_each key, built in a local', () => {
    const result = readFixture('per-repo-roles');
    const docs = trustDocs(result);
    expect(docs.map((d) => d.resource)).toEqual(['aws_iam_role.repo["app"]', 'aws_iam_role.repo["legacy"]']);
    expect(ruleIds([docs[0]!])).toEqual([]);
    expect(ruleIds([docs[1]!])).toEqual(['oidc-ref-wildcard']);
    // The template is in local.trust: the finding points there; the "*" came from local.repos.
    const sub = node(docs[1]!, ['Statement', 0, 'Condition', 'StringLike', `${GH_KEY}:sub`]);
    expect(sub.span.start.line).toBe(16);
    expect(sub.provenance).toMatchObject({ kind: 'terraform-local', name: 'repos', location: { span: { start: { line: 5, column: 38 } } } });
    const finding = analyzeTrustPolicy(docs[1]!).find((f) => f.ruleId === 'oidc-ref-wildcard');
    expect(finding?.related?.map((r) => [r.message, r.location.span.start.line])).toContainEqual(['value of local.repos', 5]);
  });

  it('legacy-template-file: data "template_file" over a template file of the module', () => {
    const result = readFixture('legacy-template-file');
    const doc = trustDoc(result, 'aws_iam_role.this');
    expect(doc.file).toBe('legacy-template-file/assume_role.tpl');
    expect(ruleIds([doc])).toEqual(['oidc-any-context', 'oidc-audience']);
    const [provider] = providers(result);
    expect(provider?.clientIds).toBe('unresolved');
  });

  it('iam-user-keys: the access key is a document; the EC2 role has no finding', () => {
    const result = readFixture('iam-user-keys');
    expect(accessKeys(result).map((k) => [k.resource, k.userName])).toEqual([['aws_iam_access_key.ci', 'ci-deployer']]);
    expect(ruleIds(result.documents)).toEqual([]);
  });

  it('json-syntax: a .tf.json module with a JSON variables file', () => {
    const result = readFixture('json-syntax');
    expect(result.findings).toEqual([]);
    const doc = trustDoc(result, 'aws_iam_role.ci');
    expect(doc.file).toBe('json-syntax/main.tf.json');
    expect(ruleIds([doc])).toEqual(['oidc-any-context']);
    const sub = node(doc, ['Statement', 0, 'Condition', 'StringLike', `${GH_KEY}:sub`]);
    expect(sub).toMatchObject({ value: 'repo:acme/app:*', span: { start: { line: 9 } } });
  });
});
