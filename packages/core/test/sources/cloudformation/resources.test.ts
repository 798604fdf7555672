import { describe, expect, it } from 'vitest';
import { analyzeTrustPolicy } from '../../../src/analyze.js';
import { accessKeys, at, cfn, essence, fixture, onlyPolicy, providers, resourceOf, shown, SUB, textAt, trustDocs } from './helpers.js';

const trust = `
        Statement:
          - Effect: Allow
            Principal: { Federated: !GetAtt GithubOidc.Arn }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringLike: { ${SUB}: 'repo:acme/app:ref:refs/heads/main' }`;

describe('AWS::IAM::Role', () => {
  it('names the document Resources.<LogicalId>, takes a literal RoleName and locates the policy', () => {
    const text = `Parameters:\n  Name: { Type: String, Default: gh-deploy }\nResources:\n  Deploy:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Ref Name\n      AssumeRolePolicyDocument:${trust}\n`;
    const doc = onlyPolicy(cfn(text));
    expect(doc).toMatchObject({ kind: 'trust-policy', file: 'template.yaml', resource: 'Resources.Deploy', roleName: 'gh-deploy', sourceKind: 'cloudformation' });
    expect(at(doc.location.span)).toBe('9:8');
    expect(textAt(text, doc.location.span)).toMatch(/^Statement:[\s\S]*refs\/heads\/main'/);
  });

  it('leaves roleName out when the name is generated or known only at deploy time', () => {
    const text = `Resources:\n  A:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Sub '\${AWS::StackName}-deploy'\n      AssumeRolePolicyDocument:${trust}\n  B:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:${trust}\n`;
    expect(trustDocs(cfn(text)).map((d) => d.roleName)).toEqual([undefined, undefined]);
  });

  it('does not pick a branch for context values that depend on an undecidable condition', () => {
    const text = `Parameters:\n  Env: { Type: String }\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !If [IsProd, deploy-prod, deploy-dev]\n      AssumeRolePolicyDocument:${trust}\n  GithubOidc:\n    Type: AWS::IAM::OIDCProvider\n    Properties:\n      Url: !If [IsProd, https://token.actions.githubusercontent.com, https://token.actions.githubusercontent.com/acme]\n`;
    const r = cfn(text);
    // The provider ARN in the policy follows the Url's branches: one variant each.
    expect(trustDocs(r).map((d) => [d.variant, d.roleName])).toEqual([
      ['Condition IsProd = true', undefined],
      ['Condition IsProd = false', undefined],
    ]);
    expect(onlyPolicy(cfn(text, { parameters: { Env: 'prod' } })).roleName).toBe('deploy-prod');
    expect(providers(r)[0]!.url).toMatch(/^\uE000\d+\uE001$/);
  });

  it('reports a JSON string policy that does not parse at the position inside the string', () => {
    const text = `Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: '{"Version": "2012-10-17", "Statement": [}'\n`;
    const r = cfn(text);
    expect(r.documents).toEqual([]);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'parse-error', severity: 'error', resource: 'Resources.Role' })]);
    expect(textAt(text, r.findings[0]!.location!.span)).toBe('}');
  });

  it('quotes an unresolved value spliced outside a JSON string so the policy still parses', () => {
    const text = `Parameters:\n  V: { Type: String }\nResources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: !Sub '{"Version": \${V}, "Statement": []}'\n`;
    const doc = onlyPolicy(cfn(text));
    expect(shown(doc, ['Version'])).toBe('<V>');
  });

  it('reports a role whose properties come from a macro or an intrinsic', () => {
    const text = `Resources:\n  Included:\n    Type: AWS::IAM::Role\n    Properties:\n      Fn::Transform:\n        Name: AWS::Include\n        Parameters: { Location: s3://bucket/role.yaml }\n  Chosen:\n    Type: AWS::IAM::Role\n    Properties: !If [IsProd, { RoleName: a }, { RoleName: b }]\n`;
    const r = cfn(text);
    expect(r.documents).toEqual([]);
    expect(r.findings.map((f) => [f.ruleId, f.resource, textAt(text, f.location!.span)])).toEqual([
      ['oidc-unresolved', 'Resources.Included', 'Fn::Transform'],
      ['oidc-unresolved', 'Resources.Chosen', '!If'],
    ]);
  });

  it('analyses the IAM roles of a SAM template and skips its serverless resources', () => {
    const text = `Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: index.handler\n      Policies: [AWSLambdaBasicExecutionRole]\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:${trust}\n`;
    const r = cfn(text);
    expect(r.findings).toEqual([]);
    expect(r.documents.map(resourceOf)).toEqual(['Resources.Role']);
  });
});

describe('AWS::IAM::OIDCProvider', () => {
  it('reads Url and ClientIdList with their locations', () => {
    const text = `Resources:\n  GithubOidc:\n    Type: AWS::IAM::OIDCProvider\n    Properties:\n      Url: https://token.actions.githubusercontent.com\n      ClientIdList:\n        - sts.amazonaws.com\n        - !Sub 'https://github.com/\${Org}'\n      ThumbprintList: [6938fd4d98bab03faadb97b34396831e3780aea1]\nParameters:\n  Org: { Type: String }\n`;
    const [p] = providers(cfn(text));
    expect(p).toMatchObject({ kind: 'oidc-provider', resource: 'Resources.GithubOidc', url: 'https://token.actions.githubusercontent.com', sourceKind: 'cloudformation' });
    expect(textAt(text, p!.urlLocation!.span)).toBe('https://token.actions.githubusercontent.com');
    expect(textAt(text, p!.location!.span)).toBe('GithubOidc');
    const ids = p!.clientIds;
    expect(ids !== 'unresolved' && ids.map((i) => textAt(text, i.location!.span))).toEqual(['sts.amazonaws.com', "'https://github.com/${Org}'"]);
    expect(ids !== 'unresolved' && ids[1]!.value).toMatch(/^https:\/\/github\.com\/\uE000\d+\uE001$/);
  });

  it('has an empty list when ClientIdList is missing, and "unresolved" when the list is unknown', () => {
    const missing = providers(cfn('Resources:\n  P:\n    Type: AWS::IAM::OIDCProvider\n    Properties: { Url: https://token.actions.githubusercontent.com }\n'))[0]!;
    expect(missing.clientIds).toEqual([]);
    expect(missing.clientIdsLocation).toEqual(missing.location);
    const list = `Parameters:\n  Ids: { Type: CommaDelimitedList }\n  Env: { Type: String }\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n  P:\n    Type: AWS::IAM::OIDCProvider\n    Properties: { Url: https://token.actions.githubusercontent.com, ClientIdList: !Ref Ids }\n  Q:\n    Type: AWS::IAM::OIDCProvider\n    Properties: { Url: https://token.actions.githubusercontent.com, ClientIdList: !If [IsProd, [sts.amazonaws.com], [x]] }\n`;
    expect(providers(cfn(list)).map((p) => p.clientIds)).toEqual(['unresolved', 'unresolved']);
    expect(providers(cfn(list, { parameters: { Ids: 'sts.amazonaws.com,other', Env: 'prod' } })).map((p) => p.clientIds !== 'unresolved' && p.clientIds.map((i) => i.value))).toEqual([
      ['sts.amazonaws.com', 'other'],
      ['sts.amazonaws.com'],
    ]);
  });
});

describe('AWS::IAM::AccessKey', () => {
  it('reads the user name when literal or a Ref to a user with a literal name', () => {
    const text = `Resources:\n  User:\n    Type: AWS::IAM::User\n    Properties: { UserName: ci-bot }\n  Anonymous:\n    Type: AWS::IAM::User\n  K1:\n    Type: AWS::IAM::AccessKey\n    Properties: { UserName: deployer }\n  K2:\n    Type: AWS::IAM::AccessKey\n    Properties: { UserName: !Ref User }\n  K3:\n    Type: AWS::IAM::AccessKey\n    Properties: { UserName: !Ref Anonymous, Status: Active }\n`;
    const keys = accessKeys(cfn(text));
    expect(keys.map((k) => [k.resource, k.userName])).toEqual([
      ['Resources.K1', 'deployer'],
      ['Resources.K2', 'ci-bot'],
      ['Resources.K3', undefined],
    ]);
    expect(textAt(text, keys[0]!.location.span)).toBe('K1');
    expect(keys[0]!.sourceKind).toBe('cloudformation');
  });
});

describe('cdk.out templates', () => {
  const text = fixture('cdk.out/GithubStack.template.json');
  const r = cfn(text, { file: 'cdk.out/GithubStack.template.json', explicit: false });

  it('reads the CDK provider (Custom::AWSCDKOpenIdConnectProvider), roles and access keys', () => {
    expect(r.findings).toEqual([]);
    expect(r.documents.map((d) => `${d.kind} ${resourceOf(d) ?? ''}`)).toEqual([
      'oidc-provider Resources.GithubProvider3C2D6D9B',
      'trust-policy Resources.DeployRole6D5F7B16',
      'trust-policy Resources.ReleaseRoleE1F2A3B4',
      'access-key Resources.CiUserAccessKey5A6B7C8D',
    ]);
    const provider = providers(r)[0]!;
    expect(provider.clientIds !== 'unresolved' && provider.clientIds.map((i) => i.value)).toEqual(['sts.amazonaws.com']);
    expect(accessKeys(r)[0]!.userName).toBe('ci-bot');
  });

  it('resolves Ref of the provider and a CfnJson condition map (keys built with Fn::Split on the ARN)', () => {
    const [deploy, release] = trustDocs(r);
    expect(deploy!.roleName).toBe('github-deploy');
    expect(shown(deploy!, ['Statement', 0, 'Principal', 'Federated'])).toBe('arn:aws:iam::<AWS::AccountId>:oidc-provider/token.actions.githubusercontent.com');
    expect(essence(analyzeTrustPolicy(deploy!)).map((f) => f.ruleId)).toEqual(['oidc-owner-wide']);
    expect(shown(release!, ['Statement', 0, 'Condition', 'StringLike', SUB])).toBe('repo:acme/app:*');
    const findings = analyzeTrustPolicy(release!);
    expect(findings.map((f) => f.ruleId)).toEqual(['oidc-any-context']);
    expect(textAt(text, findings[0]!.location!.span)).toContain('repo:acme/app:*');
  });
});
