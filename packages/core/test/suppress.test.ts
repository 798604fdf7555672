import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { inlineIgnores } from '../src/suppress.js';

const TEMPLATE = (comment: string): string => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
${comment}
  DeployUserKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: ci
`;

describe('inline suppression', () => {
  it('a comment with a reason on the line above suppresses the named rules, and is counted', () => {
    const r = analyze([{ file: 't.yaml', text: TEMPLATE('  # trustlint-ignore iac-access-key -- rotated monthly by the vault job') }]);
    expect(r.findings.map((f) => f.ruleId)).not.toContain('iac-access-key');
    expect(r.suppressed).toBe(1);
  });

  it('without a reason, or for another rule, nothing is suppressed', () => {
    for (const comment of ['  # trustlint-ignore iac-access-key', '  # trustlint-ignore oidc-audience -- other rule']) {
      const r = analyze([{ file: 't.yaml', text: TEMPLATE(comment) }]);
      expect(r.findings.map((f) => f.ruleId)).toContain('iac-access-key');
      expect(r.suppressed).toBe(0);
    }
  });

  it('reads # and // comments in HCL, several ids, and no comments in JSON', () => {
    expect(inlineIgnores('main.tf', '// trustlint-ignore a, b -- why\nx\n').get(2)).toEqual(new Set(['a', 'b']));
    expect(inlineIgnores('main.tf', '  # trustlint-ignore a -- why\n').get(2)).toEqual(new Set(['a']));
    expect(inlineIgnores('p.json', '# trustlint-ignore a -- why\n').size).toBe(0);
  });
});
