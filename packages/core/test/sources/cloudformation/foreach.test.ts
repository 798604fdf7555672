import { describe, expect, it } from 'vitest';
import { runRules } from '../../../src/rules/index.js';
import { cfn, shown, str, SUB, textAt, trustDocs } from './helpers.js';

/**
 * Fn::ForEach of the AWS::LanguageExtensions transform (sources/cloudformation/foreach.ts), as AWS
 * documents it: loops in Resources, Conditions and properties, `${Identifier}` and `&{Identifier}`
 * in keys, `Ref: Identifier` and `${Identifier}` in Fn::Sub, nested loops, collections from a
 * CommaDelimitedList parameter. Before, every resource in a loop was skipped without a word.
 */

const FED = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';

/** A template whose Resources are `resources` (YAML, indented two spaces). */
const template = (resources: string, head = ''): string => `AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::LanguageExtensions\n${head}Resources:\n${resources}`;

/** A role's properties with `sub` as its subject condition (YAML, for the fragment at 8 spaces). */
const roleProps = (sub: string, extra = ''): string => `        Type: AWS::IAM::Role
        Properties:
${extra}          AssumeRolePolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Principal: {Federated: '${FED}'}
                Action: sts:AssumeRoleWithWebIdentity
                Condition:
                  StringLike:
                    '${SUB}': ${sub}
`;

const SUB_PATH = ['Statement', 0, 'Condition', 'StringLike', SUB];

describe('Fn::ForEach in Resources', () => {
  it('declares one resource per item, the identifier bound in Fn::Sub and Ref', () => {
    const text = template(`  Fn::ForEach::Roles:\n    - Team\n    - [web, api]\n    - Role\${Team}:\n${roleProps("!Sub 'repo:acme/${Team}:*'", '          RoleName: !Ref Team\n')}`);
    const r = cfn(text);
    expect(r.findings).toEqual([]);
    const docs = trustDocs(r);
    expect(docs.map((d) => [d.resource, d.roleName, shown(d, SUB_PATH)])).toEqual([
      ['Resources.Roleweb', 'web', 'repo:acme/web:*'],
      ['Resources.Roleapi', 'api', 'repo:acme/api:*'],
    ]);
    // Every value is located where it is written: the subject at the fragment's Fn::Sub.
    expect(textAt(text, str(docs[0]!, SUB_PATH).span)).toBe("'repo:acme/${Team}:*'");
  });

  it('reports each role of a loop with its own resource name', () => {
    const text = template(`  Fn::ForEach::Roles:\n    - Team\n    - [web, api]\n    - Role\${Team}:\n${roleProps("'*'")}`);
    const r = cfn(text);
    const findings = runRules(r.documents, [{ file: 'template.yaml', text }], {}).filter((f) => f.ruleId === 'oidc-any-owner');
    expect(findings.map((f) => f.resource)).toEqual(['Resources.Roleweb', 'Resources.Roleapi']);
    expect(textAt(text, findings[0]!.location!.span)).toBe("'*'");
  });

  it('strips non-alphanumeric characters for &{Identifier} in keys and Fn::Sub', () => {
    const text = template(`  Fn::ForEach::Roles:\n    - Repo\n    - [acme/web-app, acme/api]\n    - Role&{Repo}:\n${roleProps("!Sub 'repo:${Repo}:environment:&{Repo}'")}`);
    const docs = trustDocs(cfn(text));
    expect(docs.map((d) => [d.resource, shown(d, SUB_PATH)])).toEqual([
      ['Resources.Roleacmewebapp', 'repo:acme/web-app:environment:acmewebapp'],
      ['Resources.Roleacmeapi', 'repo:acme/api:environment:acmeapi'],
    ]);
  });

  it('iterates over a CommaDelimitedList parameter, nested loops each binding their identifier', () => {
    const head = "Parameters:\n  Teams:\n    Type: CommaDelimitedList\n    Default: 'web, api'\n";
    const text = template(
      `  Fn::ForEach::Outer:\n    - Team\n    - !Ref Teams\n    - Fn::ForEach::Inner:\n        - Env\n        - [prod, dev]\n        - Role\${Team}\${Env}:\n    ${roleProps("!Sub 'repo:acme/${Team}:environment:${Env}'").replace(/\n(?=.)/g, '\n    ')}`,
      head,
    );
    const docs = trustDocs(cfn(text));
    expect(docs.map((d) => [d.resource, shown(d, SUB_PATH)])).toEqual([
      ['Resources.Rolewebprod', 'repo:acme/web:environment:prod'],
      ['Resources.Rolewebdev', 'repo:acme/web:environment:dev'],
      ['Resources.Roleapiprod', 'repo:acme/api:environment:prod'],
      ['Resources.Roleapidev', 'repo:acme/api:environment:dev'],
    ]);
  });

  it('resolves a Ref to a resource of a loop with that resource\'s item', () => {
    const text = template(
      `  Fn::ForEach::Users:\n    - Name\n    - [alice]\n    - User\${Name}:\n        Type: AWS::IAM::User\n        Properties:\n          UserName: !Sub 'ci-\${Name}'\n  Key:\n    Type: AWS::IAM::AccessKey\n    Properties:\n      UserName: !Ref Useralice\n`,
    );
    const r = cfn(text);
    expect(r.documents).toEqual([expect.objectContaining({ kind: 'access-key', resource: 'Resources.Key', userName: 'ci-alice' })]);
  });

  it('reports a loop over a collection that cannot be resolved when it declares a role', () => {
    const text = template(`  Fn::ForEach::Roles:\n    - Team\n    - !Ref Teams\n    - Role\${Team}:\n${roleProps("'*'")}`, 'Parameters:\n  Teams: {Type: CommaDelimitedList}\n');
    const r = cfn(text);
    expect(trustDocs(r)).toEqual([]);
    expect(r.findings).toEqual([
      expect.objectContaining({
        ruleId: 'oidc-unresolved',
        resource: 'Resources.Fn::ForEach::Roles',
        message: 'the resources of Resources.Fn::ForEach::Roles could not be expanded: "Teams" (parameter Teams has no default (pass --parameter Teams=…)); the roles, providers and keys it declares were not analysed',
      }),
    ]);
    expect(textAt(text, r.findings[0]!.location!.span)).toBe('!Ref Teams');
  });

  it('says nothing for an unresolved loop that declares nothing analysed', () => {
    const text = template(`  Fn::ForEach::Topics:\n    - T\n    - !Ref Teams\n    - Topic\${T}:\n        Type: AWS::SNS::Topic\n`, 'Parameters:\n  Teams: {Type: CommaDelimitedList}\n');
    expect(cfn(text)).toEqual({ documents: [], findings: [], declared: { parameters: ['Teams'] } });
  });

  it('recognises a template whose only resources are in a loop', () => {
    const text = `Resources:\n  Fn::ForEach::Roles:\n    - Team\n    - [web]\n    - Role\${Team}:\n${roleProps("'repo:acme/web:*'")}`;
    expect(trustDocs(cfn(text)).map((d) => d.resource)).toEqual(['Resources.Roleweb']);
  });

  it('counts the items against the instance cap', () => {
    const text = template(`  Fn::ForEach::Roles:\n    - Team\n    - [${Array.from({ length: 20 }, (_, i) => `t${i}`).join(', ')}]\n    - Role\${Team}:\n${roleProps("'*'")}`);
    const r = cfn(text, { limits: { instances: 10 } });
    expect(trustDocs(r)).toEqual([]);
    expect(r.findings).toEqual([
      expect.objectContaining({
        ruleId: 'input-error',
        message: 'the CloudFormation template was not analysed: more than 10 instances from count, for_each or Fn::ForEach (the instance cap)',
        properties: { limit: 'instances', cap: 10 },
      }),
    ]);
    // At the loop's key.
    expect(r.findings[0]!.location?.span.start.line).toBe(4);
  });
});

describe('Fn::ForEach in Conditions and properties', () => {
  it('declares one condition per item', () => {
    const head = "Parameters:\n  Env: {Type: String, Default: prod}\nConditions:\n  Fn::ForEach::Is:\n    - E\n    - [prod, dev]\n    - Is${E}: !Equals [!Ref Env, !Ref E]\n";
    const text = template(`  Role:\n${roleProps("!If [Isprod, 'repo:acme/app:environment:prod', '*']").replace(/^ {2}/gm, '')}`, head);
    const docs = trustDocs(cfn(text));
    expect(docs.map((d) => shown(d, SUB_PATH))).toEqual(['repo:acme/app:environment:prod']);
  });

  it('expands a loop inside a policy into its members', () => {
    const condition = `Fn::ForEach::Subjects:\n                      - Repo\n                      - [web, api]\n                      - '${SUB.replace('sub', '${Repo}')}': !Sub 'repo:acme/\${Repo}:*'`;
    const text = template(`  Role:\n${roleProps("'repo:acme/app:*'").replace(/^ {2}/gm, '').replace(`'${SUB}': 'repo:acme/app:*'`, condition)}`);
    const doc = trustDocs(cfn(text))[0]!;
    const keys = ['web', 'api'].map((repo) => `token.actions.githubusercontent.com:${repo}`);
    expect(keys.map((key) => shown(doc, ['Statement', 0, 'Condition', 'StringLike', key]))).toEqual(['repo:acme/web:*', 'repo:acme/api:*']);
  });
});
