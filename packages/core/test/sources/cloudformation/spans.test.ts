import { describe, expect, it } from 'vitest';
import { analyzeTrustPolicy } from '../../../src/analyze.js';
import type { Span } from '../../../src/model/span.js';
import { yamlScalarOrigins } from '../../../src/sources/cloudformation/origins.js';
import { jsonStringOrigins } from '../../../src/sources/shared/json-origins.js';
import { at, AUD, cfn, node, onlyPolicy, roleTemplate, shown, str, SUB, textAt } from './helpers.js';

const subPath = ['Statement', 0, 'Condition', 'StringLike', SUB];

/** `line:column` (1-based line, 0-based column) of the n-th occurrence of `needle`, counted independently. */
function find(text: string, needle: string, nth = 0): string {
  let idx = -1;
  for (let i = 0; i <= nth; i++) idx = text.indexOf(needle, idx + 1);
  if (idx < 0) throw new Error(`${needle} not found`);
  const line = text.slice(0, idx).split('\n').length;
  return `${line}:${idx - (text.lastIndexOf('\n', idx - 1) + 1)}`;
}

const params = `Parameters:\n  GitHubOrg: { Type: String }\n  Branch: { Type: String }\n  Repo: { Type: String }\n`;

describe('spans of CloudFormation values', () => {
  it('points a plain YAML scalar at its exact text', () => {
    const text = roleTemplate(`              StringLike:\n                ${SUB}: repo:acme/app:*`);
    const value = str(onlyPolicy(cfn(text)), subPath);
    expect(at(value.span)).toBe('15:57');
    expect(at(value.span)).toBe(find(text, 'repo:acme/app:*'));
    expect(textAt(text, value.span)).toBe('repo:acme/app:*');
  });

  it('points the keys of a YAML policy at the key text', () => {
    const text = roleTemplate(`              StringEquals:\n                ${AUD}: sts.amazonaws.com`);
    const doc = onlyPolicy(cfn(text));
    const cond = node(doc, ['Statement', 0, 'Condition', 'StringEquals']);
    expect(cond.type === 'object' && textAt(text, cond.members[0]!.keySpan)).toBe(AUD);
  });

  it('keeps the literal text around unresolved !Sub parts and locates each part at its ${…}', () => {
    const text = roleTemplate(`              StringLike:\n                ${SUB}: !Sub 'repo:\${GitHubOrg}/*:ref:refs/heads/\${Branch}'`, params);
    const doc = onlyPolicy(cfn(text));
    expect(shown(doc, subPath)).toBe('repo:<GitHubOrg>/*:ref:refs/heads/<Branch>');
    const value = str(doc, subPath);
    expect(textAt(text, value.span)).toBe("'repo:${GitHubOrg}/*:ref:refs/heads/${Branch}'");
    const [org, branch] = value.unresolved!;
    expect(org).toMatchObject({ expression: 'GitHubOrg', reason: 'parameter GitHubOrg has no default (pass --parameter GitHubOrg=…)' });
    expect(textAt(text, org!.span)).toBe('${GitHubOrg}');
    expect(at(org!.span)).toBe(find(text, '${GitHubOrg}'));
    expect(textAt(text, branch!.span)).toBe('${Branch}');
    expect(at(branch!.span)).toBe(find(text, '${Branch}'));
  });

  it('maps positions through double-quoted escapes', () => {
    const text = roleTemplate(`              StringLike:\n                ${SUB}: !Sub "repo:\\x61cme/\\"\${Repo}:*"`, params);
    const value = str(onlyPolicy(cfn(text)), subPath);
    expect(shown(onlyPolicy(cfn(text)), subPath)).toBe('repo:acme/"<Repo>:*');
    expect(textAt(text, value.unresolved![0]!.span)).toBe('${Repo}');
  });

  it('maps positions in multi-line plain and double-quoted scalars', () => {
    const text = roleTemplate(
      `              StringLike:\n                ${SUB}:\n                  - !Sub repo:acme/\${Repo}:ref:refs/heads/\n                    \${Branch}\n                  - !Sub "repo:acme/app:ref:\\\n                    refs/heads/\${Branch}"`,
      params,
    );
    const doc = onlyPolicy(cfn(text));
    expect(shown(doc, [...subPath, 0])).toBe('repo:acme/<Repo>:ref:refs/heads/ <Branch>');
    const plain = str(doc, [...subPath, 0]).unresolved!;
    expect(at(plain[1]!.span)).toBe(find(text, '${Branch}', 0));
    expect(shown(doc, [...subPath, 1])).toBe('repo:acme/app:ref:refs/heads/<Branch>');
    const quoted = str(doc, [...subPath, 1]).unresolved!;
    expect(at(quoted[0]!.span)).toBe(find(text, '${Branch}', 1));
    expect(quoted[0]!.span.start.line).toBe(23);
  });

  it('maps a !Sub | block JSON policy into the template, finding and part included', () => {
    const text = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  GitHubOrg:
    Type: String
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: !Sub |
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Principal": {"Federated": "arn:aws:iam::\${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com"},
            "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": {
              "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
              "StringLike": {"token.actions.githubusercontent.com:sub": "repo:\${GitHubOrg}/app:*"}
            }
          }]
        }
`;
    const doc = onlyPolicy(cfn(text));
    expect(at(doc.location.span)).toBe('9:32');
    const value = str(doc, subPath);
    expect(textAt(text, value.span)).toBe('"repo:${GitHubOrg}/app:*"');
    expect(at(value.span)).toBe('18:72');
    expect(textAt(text, value.unresolved![0]!.span)).toBe('${GitHubOrg}');
    const federated = str(doc, ['Statement', 0, 'Principal', 'Federated']);
    expect(textAt(text, federated.unresolved![0]!.span)).toBe('${AWS::AccountId}');
    const findings = analyzeTrustPolicy(doc);
    const unresolved = findings.find((f) => f.ruleId === 'oidc-unresolved');
    expect(unresolved?.location?.span.start).toMatchObject({ line: 18, column: 78 });
    const scope = findings.find((f) => f.ruleId === 'oidc-any-context');
    expect(scope?.location?.span.start).toMatchObject({ line: 18, column: 72 });
  });

  it('maps a folded (>) JSON policy', () => {
    const text = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: >
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
        "Action": "sts:AssumeRoleWithWebIdentity",
        "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/*"}}}]}
`;
    const value = str(onlyPolicy(cfn(text)), subPath);
    expect(textAt(text, value.span)).toBe('"repo:acme/*"');
    expect(at(value.span)).toBe(find(text, '"repo:acme/*"'));
  });

  it("maps a JSON string policy written as a single-quoted YAML string (with '' escapes)", () => {
    const text = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: '{"Version": "2012-10-17", "Statement": [{"Sid": "it''s ours", "Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/*"}}}]}'
`;
    const doc = onlyPolicy(cfn(text));
    expect(shown(doc, ['Statement', 0, 'Sid'])).toBe("it's ours");
    expect(textAt(text, str(doc, subPath).span)).toBe('"repo:acme/*"');
  });

  it('maps JSON template strings with escapes, and !Sub parts inside them', () => {
    const text = `{
  "Parameters": { "Repo": { "Type": "String" } },
  "Resources": { "Role": { "Type": "AWS::IAM::Role", "Properties": { "AssumeRolePolicyDocument": {
    "Version": "2012-10-17",
    "Statement": [{ "Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity",
      "Principal": { "Federated": "arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com" },
      "Condition": { "StringLike": { "${SUB}": { "Fn::Sub": "repo:\\u0061cme\\/\${Repo}:*" } } } }]
  } } } }
}`;
    const doc = onlyPolicy(cfn(text, { file: 'stack.template.json' }));
    expect(shown(doc, subPath)).toBe('repo:acme/<Repo>:*');
    const part = str(doc, subPath).unresolved![0]!;
    expect(textAt(text, part.span)).toBe('${Repo}');
    expect(at(part.span)).toBe(find(text, '${Repo}'));
  });

  it('falls back to the whole literal when characters cannot be mapped (explicit indentation indicator)', () => {
    const text = roleTemplate(`              StringLike:\n                ${SUB}: !Sub |2\n                    repo:acme/\${Repo}:*`, params);
    const value = str(onlyPolicy(cfn(text)), subPath);
    const part: Span = value.unresolved![0]!.span;
    expect(textAt(text, part)).toContain('${Repo}');
  });
});

describe('character origins', () => {
  it('decodes JSON escapes with their source widths', () => {
    const text = '"a\\"b\\u0041\\n"';
    const o = jsonStringOrigins(text, 0, text.length, 'a"bA\n');
    expect(o!.starts).toEqual([1, 2, 4, 5, 11]);
    expect(o!.ends).toEqual([2, 4, 5, 11, 13]);
  });

  it('rejects a decoding that does not reproduce the parser value', () => {
    expect(jsonStringOrigins('"abc"', 0, 5, 'abd')).toBeNull();
  });

  it('maps YAML styles: plain folding, single-quote doubling, double-quote escapes, literal blocks', () => {
    expect(yamlScalarOrigins('a\n  b', 0, 5, 'PLAIN', 'a b')!.starts).toEqual([0, 1, 4]);
    expect(yamlScalarOrigins("'it''s'", 0, 7, 'QUOTE_SINGLE', "it's")!.starts).toEqual([1, 2, 3, 5]);
    expect(yamlScalarOrigins('"a\\tb"', 0, 6, 'QUOTE_DOUBLE', 'a\tb')!.starts).toEqual([1, 2, 4]);
    const block = '|\n  x\n  y\n';
    expect(yamlScalarOrigins(block, 0, block.length, 'BLOCK_LITERAL', 'x\ny\n')!.starts).toEqual([4, 5, 8, 9]);
    const folded = '>-\n  x\n  y\n';
    expect(yamlScalarOrigins(folded, 0, folded.length, 'BLOCK_FOLDED', 'x y')!.starts).toEqual([5, 6, 9]);
  });
});
