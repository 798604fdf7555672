import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeFiles } from '../src/analyze.js';
import { lineComments, suppressionDirectives } from '../src/suppress.js';

const TEMPLATE = (comment: string): string => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
${comment}
  DeployUserKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: ci
`;

function directivesOf(file: string, text: string): { appliesTo: number; rules: string[]; reason?: string }[] {
  return suppressionDirectives(file, text, lineComments(file, text)).map((d) => ({
    appliesTo: d.appliesTo,
    rules: d.rules.map((r) => r.id),
    ...(d.reason !== undefined ? { reason: d.reason } : {}),
  }));
}

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
    expect(directivesOf('main.tf', '// trustlint-ignore a, b -- why\nx\n')).toEqual([{ appliesTo: 2, rules: ['a', 'b'], reason: 'why' }]);
    expect(directivesOf('main.tf', '  # trustlint-ignore a -- why\n')).toEqual([{ appliesTo: 2, rules: ['a'], reason: 'why' }]);
    expect(directivesOf('p.json', '# trustlint-ignore a -- why\n')).toEqual([]);
  });

  it('reads // only in HCL, ids separated by commas or spaces, and every line ending', () => {
    expect(directivesOf('w.yml', '// trustlint-ignore a -- why\n')).toEqual([]);
    expect(directivesOf('w.yml', 'a: 1\r\n#trustlint-ignore a b,c --  the reason \r\nb: 2\r')).toEqual([
      { appliesTo: 3, rules: ['a', 'b', 'c'], reason: 'the reason' },
    ]);
    // Not a directive: another word, or trustlint-ignore inside a value.
    expect(directivesOf('w.yml', '# trustlint-ignored a -- x\nkey: "# trustlint-ignore a -- x"\n')).toEqual([]);
  });
});

describe('unused-suppression', () => {
  function problems(comment: string): { line: number; column: number; endColumn: number; message: string; problem: unknown }[] {
    const r = analyze([{ file: 't.yaml', text: TEMPLATE(comment) }]);
    return r.findings
      .filter((f) => f.ruleId === 'unused-suppression')
      .map((f) => ({
        line: f.location?.span.start.line ?? 0,
        column: f.location?.span.start.column ?? 0,
        endColumn: f.location?.span.end.column ?? 0,
        message: f.message,
        problem: f.properties?.problem,
      }));
  }

  it('reports a comment without a reason, at the directive, with the default severity warning', () => {
    const r = analyze([{ file: 't.yaml', text: TEMPLATE('  # trustlint-ignore iac-access-key') }]);
    const found = r.findings.find((f) => f.ruleId === 'unused-suppression');
    expect(found?.severity).toBe('warning');
    expect(problems('  # trustlint-ignore iac-access-key')).toEqual([
      {
        line: 3,
        column: 4,
        endColumn: 35,
        problem: 'no-reason',
        message:
          'this trustlint-ignore comment for iac-access-key has no reason, so it suppresses nothing: add why the finding is accepted after `--` (`trustlint-ignore rule-id -- reason`).',
      },
    ]);
  });

  it('reports an unknown rule id at the id, with the nearest catalog id, and still honours the known ones', () => {
    const comment = '  # trustlint-ignore iac-access-key, oidc-any-ownr -- rotated';
    expect(problems(comment)).toEqual([
      {
        line: 3,
        column: 37,
        endColumn: 50,
        problem: 'unknown-rule',
        message: '"oidc-any-ownr" is not a trustlint rule id (did you mean "oidc-any-owner"?), so it suppresses nothing; `trustlint rules` lists the ids.',
      },
    ]);
    expect(analyze([{ file: 't.yaml', text: TEMPLATE(comment) }]).suppressed).toBe(1);
  });

  it('reports a known rule that has no finding on the line below', () => {
    expect(problems('  # trustlint-ignore oidc-audience -- other rule')).toEqual([
      {
        line: 3,
        column: 21,
        endColumn: 34,
        problem: 'unused',
        message:
          'trustlint-ignore oidc-audience suppresses nothing: no oidc-audience finding starts on line 4. Remove the comment, or move it to the line above the finding.',
      },
    ]);
  });

  it('reports a comment that names no rule', () => {
    expect(problems('  # trustlint-ignore -- why').map((p) => p.problem)).toEqual(['no-rule']);
  });

  it('a used directive gives no finding; the rule can be configured like any other', () => {
    expect(problems('  # trustlint-ignore iac-access-key -- rotated')).toEqual([]);
    const off = analyze([{ file: 't.yaml', text: TEMPLATE('  # trustlint-ignore iac-access-key') }], { config: { rules: { 'unused-suppression': 'off' } } });
    expect(off.findings.map((f) => f.ruleId)).toEqual(['iac-access-key']);
  });

  it('counts a directive as used when its rule found something, even if the rule is configured off', () => {
    const r = analyze([{ file: 't.yaml', text: TEMPLATE('  # trustlint-ignore iac-access-key -- rotated') }], { config: { rules: { 'iac-access-key': 'off' } } });
    expect(r.findings).toEqual([]);
  });

  it('a Terraform companion file (read as module context) is not reported for its unused comments; named, it is', async () => {
    const main = 'resource "aws_iam_access_key" "ci" {\n  user = "ci"\n}\n';
    const variables = '# trustlint-ignore oidc-audience -- not about this file\nvariable "x" {\n  default = "y"\n}\n';
    const asCompanion = await analyzeFiles([
      { file: 'm/main.tf', text: main, explicit: true },
      { file: 'm/variables.tf', text: variables, companion: true },
    ]);
    expect(asCompanion.findings.map((f) => f.ruleId)).toEqual(['iac-access-key']);
    const asNamed = await analyzeFiles([
      { file: 'm/main.tf', text: main, explicit: true },
      { file: 'm/variables.tf', text: variables, explicit: true },
    ]);
    expect(asNamed.findings.map((f) => `${f.ruleId} ${f.location?.file}:${f.location?.span.start.line}`)).toEqual([
      'iac-access-key m/main.tf:1',
      'unused-suppression m/variables.tf:1',
    ]);
  });
});

describe('the docs page examples of unused-suppression', () => {
  const page = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'rules', 'unused-suppression.md'), 'utf8');
  const examples = [...page.matchAll(/<!-- example: (bad|good) file=(\S+) -->\n```yaml\n([\s\S]*?)```/g)];

  it('has a bad and a good example, and they do what they say', () => {
    expect(examples.map((m) => m[1])).toEqual(['bad', 'good']);
    for (const [, kind, file, text] of examples) {
      const ids = analyze([{ file: file ?? '', text: text ?? '', explicit: true }]).findings.map((f) => f.ruleId);
      if (kind === 'bad') expect(ids).toEqual(['unused-suppression', 'iac-access-key']);
      else expect(ids).toEqual([]);
    }
  });
});
