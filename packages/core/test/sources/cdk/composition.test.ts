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

  it('a statement\'s own conditions are added after its principals\': its value of a key wins (PolicyStatement constructor order)', () => {
    const text = `const role = new iam.Role(stack, 'R', { assumedBy: new iam.WebIdentityPrincipal('${ARN}', ${MAIN}) });
role.assumeRolePolicy?.addStatements(new iam.PolicyStatement({
  actions: ['sts:AssumeRoleWithWebIdentity'],
  principals: [new iam.WebIdentityPrincipal('${ARN}', { StringLike: { '${P}:sub': 'repo:acme/app:ref:refs/heads/main' } })],
  conditions: { StringEquals: { '${P}:aud': 'sts.amazonaws.com' }, StringLike: { '${P}:sub': 'repo:*' } },
}));`;
    const [doc] = trustPolicies(read(`${IAM}${text}`));
    expect(policyJson(doc!)).toMatchObject({ Statement: [{}, { Condition: { StringLike: { [`${P}:sub`]: 'repo:*' } } }] });
    expect(ids(text)).toEqual(['oidc-any-owner']);
  });

  it('addCondition / addConditions / addActions on a statement before it joins the trust are followed', () => {
    const text = `const st = new iam.PolicyStatement({ principals: [new iam.FederatedPrincipal('${ARN}', {}, 'sts:AssumeRoleWithWebIdentity')] });
st.addActions('sts:AssumeRoleWithWebIdentity');
st.addConditions({ StringEquals: { '${P}:aud': 'sts.amazonaws.com' } });
st.addCondition('StringLike', { '${P}:sub': 'repo:acme/*' });
const role = new iam.Role(stack, 'R', { assumedBy: new iam.WebIdentityPrincipal('${ARN}', ${MAIN}) });
role.assumeRolePolicy?.addStatements(st);`;
    const [doc] = trustPolicies(read(`${IAM}${text}`));
    expect(policyJson(doc!)).toMatchObject({
      Statement: [{}, { Action: ['sts:AssumeRoleWithWebIdentity'], Condition: { StringEquals: { [`${P}:aud`]: 'sts.amazonaws.com' }, StringLike: { [`${P}:sub`]: 'repo:acme/*' } } }],
    });
    expect(ids(text)).toEqual(['oidc-owner-wide']);
  });

  it('a statement changed after it joined the trust, or by a method trustlint does not model: unresolved, no verdict', () => {
    const after = `const st = new iam.PolicyStatement({ actions: ['sts:AssumeRoleWithWebIdentity'], principals: [new iam.FederatedPrincipal('${ARN}', {})],
  conditions: { StringEquals: { '${P}:aud': 'sts.amazonaws.com', '${P}:sub': 'repo:acme/app:ref:refs/heads/main' } } });
const role = new iam.Role(stack, 'R', { assumedBy: new iam.WebIdentityPrincipal('${ARN}', ${MAIN}) });
role.assumeRolePolicy?.addStatements(st);
st.addCondition('StringLike', { '${P}:sub': 'repo:*' });`;
    expect(trustPolicies(read(`${IAM}${after}`))).toEqual([]);
    const found = findings(`${IAM}${after}`);
    expect(found.map((f) => f.ruleId)).toEqual(['oidc-unresolved']);
    expect(found[0]!.message).toContain("st.addCondition('StringLike'");

    const unmodelled = `const st = new iam.PolicyStatement({ actions: ['sts:AssumeRoleWithWebIdentity'],
  conditions: { StringEquals: { '${P}:aud': 'sts.amazonaws.com', '${P}:sub': 'repo:acme/app:ref:refs/heads/main' } } });
st.addPrincipals(principalFromSomewhere);
const role = new iam.Role(stack, 'R', { assumedBy: new iam.WebIdentityPrincipal('${ARN}', ${MAIN}) });
role.assumeRolePolicy?.addStatements(st);`;
    const u = findings(`${IAM}${unmodelled}`);
    expect(u.map((f) => f.ruleId)).toEqual(['oidc-unresolved']);
    expect(u[0]!.message).toContain('PolicyStatement.addPrincipals');
    expect(trustPolicies(read(`${IAM}${unmodelled}`))).toEqual([]);
  });

  it('addStatements in a branch, or on a role this file does not build: unresolved, the role is not judged without it', () => {
    const branch = `const role = new iam.Role(stack, 'R', { assumedBy: new iam.WebIdentityPrincipal('${ARN}', ${MAIN}) });
if (process.env.OPEN) {
  role.assumeRolePolicy?.addStatements(new iam.PolicyStatement({ actions: ['sts:AssumeRoleWithWebIdentity'], principals: [new iam.FederatedPrincipal('${ARN}', { StringLike: { '${P}:sub': 'repo:*' } })] }));
}`;
    expect(trustPolicies(read(`${IAM}${branch}`))).toEqual([]);
    const b = findings(`${IAM}${branch}`);
    expect(b.map((f) => f.ruleId)).toEqual(['oidc-unresolved']);
    expect(b[0]!.message).toMatch(/in a branch \(line 3\)/);

    const imported = `${IAM}import { role } from './roles';
role.assumeRolePolicy?.addStatements(new iam.PolicyStatement({ actions: ['sts:AssumeRoleWithWebIdentity'] }));`;
    // An imported role's trust is judged where it is built, without what this file adds: said, not silent.
    const i = findings(imported);
    expect(i.map((f) => f.ruleId)).toEqual(['oidc-unresolved']);
    expect(i[0]!.message).toContain('imported from "./roles"');
  });

  it('a PolicyDocument filled with addStatements before the CfnRole uses it is judged', () => {
    const text = `const doc = new iam.PolicyDocument();
doc.addStatements(new iam.PolicyStatement({ actions: ['sts:AssumeRoleWithWebIdentity'],
  principals: [new iam.OpenIdConnectPrincipal(iam.OpenIdConnectProvider.fromOpenIdConnectProviderArn(stack, 'P', '${ARN}'))],
  conditions: { StringEquals: { '${P}:aud': 'sts.amazonaws.com' }, StringLike: { '${P}:sub': 'repo:acme/*:pull_request' } } }));
new iam.CfnRole(stack, 'Cfn', { assumeRolePolicyDocument: doc });`;
    const [doc] = trustPolicies(read(`${IAM}${text}`));
    expect(policyJson(doc!)).toMatchObject({ Statement: [{ Effect: 'Allow', Principal: { Federated: ARN }, Action: ['sts:AssumeRoleWithWebIdentity'] }] });
    expect(ids(text)).toEqual(['oidc-owner-wide']);
  });
});
