import { describe, expect, it } from 'vitest';
import { findings, IAM, P, policyJson, read, trustPolicies } from './helpers.js';

/**
 * Trust composed from PolicyStatement / PolicyDocument (issue 13), with the JSON aws-cdk-lib renders
 * for them (aws-iam/lib/policy-statement.ts toStatementJson, policy-document.ts; Role.assumeRolePolicy is
 * the document its trust is synthesized from; PrincipalWithConditions merges an operator present on both
 * sides as { ...principal's, ...added }).
 */
const ARN = `arn:aws:iam::1:oidc-provider/${P}`;
const ids = (text: string): string[] => findings(`${IAM}${text}`).map((f) => f.ruleId);
const MAIN = `{ StringEquals: { '${P}:aud': 'sts.amazonaws.com', '${P}:sub': 'repo:acme/app:ref:refs/heads/main' } }`;

describe('CDK: PolicyStatement and PolicyDocument composed into the trust', () => {
  it('role.assumeRolePolicy?.addStatements adds a statement to what is judged; addToPolicy (permissions) does not', () => {
    const text = `const role = new iam.Role(stack, 'Deploy', { assumedBy: new iam.WebIdentityPrincipal('${ARN}', ${MAIN}) });
role.assumeRolePolicy?.addStatements(new iam.PolicyStatement({
  actions: ['sts:AssumeRoleWithWebIdentity'],
  principals: [new iam.FederatedPrincipal('${ARN}', { StringLike: { '${P}:sub': 'repo:acme/*' } })],
  conditions: { StringEquals: { '${P}:aud': 'sts.amazonaws.com' } },
}));
role.addToPolicy(new iam.PolicyStatement({ actions: ['sts:AssumeRole'], resources: ['*'] }));`;
    const [doc] = trustPolicies(read(`${IAM}${text}`));
    expect(policyJson(doc!)).toMatchObject({
      Statement: [
        { Action: 'sts:AssumeRoleWithWebIdentity' },
        {
          Effect: 'Allow',
          Principal: { Federated: ARN },
          Action: ['sts:AssumeRoleWithWebIdentity'],
          Condition: { StringEquals: { [`${P}:aud`]: 'sts.amazonaws.com' }, StringLike: { [`${P}:sub`]: 'repo:acme/*' } },
        },
      ],
    });
    expect(ids(text)).toEqual(['oidc-owner-wide']);
  });

  it('a PolicyDocument of PolicyStatements as a CfnRole assumeRolePolicyDocument; iam.Effect.DENY; AnyPrincipal is { AWS: \'*\' }', () => {
    const text = `new iam.CfnRole(stack, 'Cfn', { assumeRolePolicyDocument: new iam.PolicyDocument({ statements: [
  new iam.PolicyStatement({ effect: iam.Effect.ALLOW, actions: ['sts:AssumeRoleWithWebIdentity'],
    principals: [new iam.OpenIdConnectPrincipal(iam.OpenIdConnectProvider.fromOpenIdConnectProviderArn(stack, 'P', '${ARN}'))],
    conditions: { StringEquals: { '${P}:aud': 'sts.amazonaws.com' } } }),
  new iam.PolicyStatement({ sid: 'NoForks', effect: iam.Effect.DENY, actions: ['sts:AssumeRoleWithWebIdentity'], principals: [new iam.AnyPrincipal()] }),
] }) });`;
    const [doc] = trustPolicies(read(`${IAM}${text}`));
    expect(policyJson(doc!)).toMatchObject({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: ARN } }, { Sid: 'NoForks', Effect: 'Deny', Principal: { AWS: '*' } }] });
    expect(ids(text.replace(/,\n {2}new iam.PolicyStatement\(\{ sid[^\n]*/, ''))).toEqual(['oidc-any-owner']);
  });

  it('withConditions on a key the principal already has: the added value replaces it (no duplicate key)', () => {
    const text = `const base = new iam.WebIdentityPrincipal('${ARN}', ${MAIN});
new iam.Role(stack, 'W', { assumedBy: base.withConditions({ StringEquals: { '${P}:sub': 'repo:acme/app:pull_request' } }) });`;
    expect(ids(text)).toEqual(['oidc-pull-request']);
  });
});
