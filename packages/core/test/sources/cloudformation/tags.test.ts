import { describe, expect, it } from 'vitest';
import { INTRINSIC_TAGS } from '../../../src/sources/cloudformation/parse-yaml.js';
import { AUD, cfn, node, onlyPolicy, roleTemplate, shown, str, SUB, trustDocs } from './helpers.js';

const subPath = ['Statement', 0, 'Condition', 'StringLike', SUB];

describe('CloudFormation YAML tags', () => {
  it('accepts every intrinsic tag in scalar, sequence and mapping form without a parse error', () => {
    const props = INTRINSIC_TAGS.flatMap((tag) => [
      `      Scalar${tag}: !${tag} Value`,
      `      Seq${tag}: !${tag} [a, b, c]`,
      `      Block${tag}: !${tag}\n        - a\n        - b`,
      `      Map${tag}: !${tag} { Name: a, Value: b }`,
      `      BlockMap${tag}: !${tag}\n        Name: a`,
    ]);
    const text = `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n${props.join('\n')}\n`;
    expect(cfn(text)).toEqual({ documents: [], findings: [], declared: { parameters: [] } });
  });

  it('resolves every tag form inside a policy without failing (unknown shapes become unresolved parts)', () => {
    const tags = INTRINSIC_TAGS.filter((t) => t !== 'If' && t !== 'Condition');
    const items = tags.flatMap((tag) => [
      `                  - !${tag} Value`,
      `                  - !${tag} [a, b, c]`,
      `                  - !${tag} { Name: a }`,
    ]);
    const doc = onlyPolicy(cfn(roleTemplate(`              StringLike:\n                ${SUB}:\n${items.join('\n')}`)));
    const list = node(doc, subPath);
    expect(list.type === 'array' && list.items.length).toBe(items.length);
    expect(shown(doc, [...subPath, 0])).toBe('<!And Value>');
    expect(str(doc, [...subPath, tags.indexOf('Ref') * 3]).unresolved?.[0]).toMatchObject({ expression: 'Value', reason: '"Value" is not a parameter or resource of this template' });
  });

  it('reads scalar-form tags: !Ref, !GetAtt Res.Attr, !Sub, !ImportValue', () => {
    const text = roleTemplate(
      `              StringEquals:\n                ${AUD}: !Ref Audience\n              StringLike:\n                ${SUB}: !Sub repo:\${Org}/*`,
      `Parameters:\n  Audience: { Type: String, Default: sts.amazonaws.com }\n  Org: { Type: String, Default: acme }\n`,
    );
    const doc = onlyPolicy(cfn(text));
    expect(shown(doc, ['Statement', 0, 'Condition', 'StringEquals', AUD])).toBe('sts.amazonaws.com');
    expect(shown(doc, subPath)).toBe('repo:acme/*');
  });

  it('reads sequence-form tags: !GetAtt [Res, Attr], !Sub [template, vars], !Join, !Select', () => {
    const text = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Oidc:
    Type: AWS::IAM::OIDCProvider
    Properties: { Url: 'https://token.actions.githubusercontent.com', ClientIdList: [sts.amazonaws.com] }
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Federated: !GetAtt [Oidc, Arn] }
            Action: !Select [1, [s3:GetObject, sts:AssumeRoleWithWebIdentity]]
            Condition:
              StringLike:
                ${SUB}:
                  - !Sub ['repo:\${O}/\${R}:*', { O: acme, R: app }]
                  - !Join
                    - ':'
                    - [repo, acme/app, ref, refs/heads/main]
`;
    const doc = onlyPolicy(cfn(text));
    expect(shown(doc, ['Statement', 0, 'Principal', 'Federated'])).toBe('arn:aws:iam::<AWS::AccountId>:oidc-provider/token.actions.githubusercontent.com');
    expect(shown(doc, ['Statement', 0, 'Action'])).toBe('sts:AssumeRoleWithWebIdentity');
    expect(shown(doc, [...subPath, 0])).toBe('repo:acme/app:*');
    expect(shown(doc, [...subPath, 1])).toBe('repo:acme/app:ref:refs/heads/main');
  });

  it('reads mapping-form tags and unknown tags as unresolved values, never as errors', () => {
    const text = roleTemplate(
      `              StringLike:\n                ${SUB}:\n                  - !Transform { Name: 'AWS::Include', Parameters: { Location: s3://b/k } }\n                  - !Rain::Include { Path: sub.yaml }\n                  - !Rain::S3 path/file`,
    );
    const doc = onlyPolicy(cfn(text));
    const transform = str(doc, [...subPath, 0]);
    expect(transform.unresolved?.[0]?.expression).toMatch(/^!Transform \{Name: AWS::Include/);
    expect(transform.unresolved?.[0]?.reason).toMatch(/macro/);
    expect(str(doc, [...subPath, 1]).unresolved?.[0]).toMatchObject({ expression: '!Rain::Include {Path: sub.yaml}', reason: expect.stringMatching(/unknown tag/) as unknown });
    expect(shown(doc, [...subPath, 2])).toBe('<!Rain::S3 path/file>');
  });

  it('reads long forms in YAML (Ref, Fn::Sub, Fn::Join, Fn::GetAtt)', () => {
    const text = roleTemplate(
      `              StringEquals:\n                ${AUD}:\n                  Ref: Audience\n              StringLike:\n                ${SUB}:\n                  Fn::Join: ['', [{ 'Fn::Sub': 'repo:\${Org}' }, '/app:*']]`,
      `Parameters:\n  Audience: { Type: String, Default: sts.amazonaws.com }\n  Org: { Type: String, Default: acme }\n`,
    );
    const doc = onlyPolicy(cfn(text));
    expect(shown(doc, ['Statement', 0, 'Condition', 'StringEquals', AUD])).toBe('sts.amazonaws.com');
    expect(shown(doc, subPath)).toBe('repo:acme/app:*');
  });

  it('follows YAML anchors and aliases', () => {
    const text = roleTemplate(`              StringEquals:\n                ${AUD}: &aud sts.amazonaws.com\n              StringLike:\n                ${SUB}: [*aud]`);
    const doc = onlyPolicy(cfn(text));
    expect(shown(doc, [...subPath, 0])).toBe('sts.amazonaws.com');
  });

  it('keeps duplicate keys for the policy checks instead of failing', () => {
    const text = roleTemplate(`              StringLike:\n                ${SUB}: repo:acme/app:*\n                ${SUB}: repo:acme/app:ref:refs/heads/main`);
    const like = node(trustDocs(cfn(text))[0]!, ['Statement', 0, 'Condition', 'StringLike']);
    expect(like.type === 'object' && like.members.map((m) => m.key)).toEqual([SUB, SUB]);
  });
});

describe('CloudFormation input errors', () => {
  it('reports YAML syntax errors at the parser position', () => {
    const text = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Role:\n    Type: AWS::IAM::Role\n  Properties: x\n   Bad: y\n";
    const r = cfn(text);
    expect(r.documents).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'parse-error', severity: 'error', location: { file: 'template.yaml', span: { start: { line: 5, column: 14 } } } });
    expect(r.findings[0]!.message).toMatch(/not valid YAML/);
  });

  it('reports JSON syntax errors at the parser position', () => {
    const text = '{\n  "Resources": {\n    "Role": { "Type": "AWS::IAM::Role", }\n  }\n}\n';
    const r = cfn(text, { file: 'stack.template.json' });
    expect(r.findings).toEqual([
      expect.objectContaining({ ruleId: 'parse-error', location: { file: 'stack.template.json', span: expect.objectContaining({ start: { line: 3, column: 40, offset: 59 } }) as unknown } }),
    ]);
  });

  it('skips a walked template that does not parse, but always reports a *.template', () => {
    const text = 'Resources:\n  A: [unclosed\n';
    expect(cfn(text, { explicit: false })).toEqual({ documents: [], findings: [] });
    expect(cfn(text, { explicit: false, file: 'stack.template' }).findings[0]?.ruleId).toBe('parse-error');
  });

  it('marks a file that is not a template as unrecognised, named or walked (no finding)', () => {
    const text = 'name: not-a-template\nitems: [1, 2]\n';
    expect(cfn(text)).toEqual({ documents: [], findings: [], unrecognised: true });
    expect(cfn(text, { explicit: false })).toEqual({ documents: [], findings: [], unrecognised: true });
  });

  it('treats a JSON .template file as JSON and a YAML one as YAML', () => {
    const json = '{"Resources": {"Key": {"Type": "AWS::IAM::AccessKey", "Properties": {"UserName": "ci"}}}}';
    expect(cfn(json, { file: 'a.template' }).documents).toHaveLength(1);
    const yaml = 'Resources:\n  Key:\n    Type: AWS::IAM::AccessKey\n    Properties: { UserName: ci }\n';
    expect(cfn(yaml, { file: 'a.template' }).documents).toHaveLength(1);
  });
});
