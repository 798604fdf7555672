import { describe, expect, it } from 'vitest';
import { analyze, TerraformParserNotLoadedError } from '../src/analyze.js';
import { checkPolicy } from '../src/check-policy.js';
import { isTerraformParserLoaded } from '../src/sources/terraform/index.js';

const POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:acme/*' } },
    },
  ],
};

describe('checkPolicy', () => {
  it('takes a plain object and gives report findings with 1-based columns into the text it returns', () => {
    const { findings, text } = checkPolicy(POLICY, { name: 'arn:aws:iam::123456789012:role/ci' });
    expect(findings.map((f) => f.ruleId)).toEqual(['oidc-stringequals-wildcard']);
    const [f] = findings;
    if (!f || f.file === null) throw new Error('expected a located finding');
    expect(f.file).toBe('arn:aws:iam::123456789012:role/ci');
    const line = text.split('\n')[f.line - 1] ?? '';
    expect(line.slice(f.column - 1, f.endColumn - 1)).toBe('"repo:acme/*"');
    expect(f.path).toEqual(['Statement', 0, 'Condition', 'StringEquals', 'token.actions.githubusercontent.com:sub']);
    expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('takes the JSON text too, and reports its syntax errors like a named file', () => {
    expect(checkPolicy(JSON.stringify(POLICY)).findings.map((f) => f.ruleId)).toEqual(['oidc-stringequals-wildcard']);
    expect(checkPolicy('{ "Statement": [,] }').findings.map((f) => [f.ruleId, f.file === null ? 0 : f.column])).toEqual([['parse-error', 17]]);
  });

  it('rejects what is not a policy object', () => {
    expect(() => checkPolicy([POLICY])).toThrow(TypeError);
    expect(() => checkPolicy(null)).toThrow('checkPolicy expects a policy object');
  });
});

describe('analyze without the Terraform parser', () => {
  it('throws an error that says what to call', () => {
    // Each test file gets its own module instances: nothing here loaded the parser.
    expect(isTerraformParserLoaded()).toBe(false);
    expect(() => analyze([{ file: 'main.tf', text: 'resource "x" "y" {}\n' }])).toThrow(TerraformParserNotLoadedError);
    expect(() => analyze([{ file: 'main.tf', text: '' }])).toThrow(/call `await analyzeFiles\(inputs, options\)`, which loads it, or `await loadTerraformParser\(\)`/);
  });
});
