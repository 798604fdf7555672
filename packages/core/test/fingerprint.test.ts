import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { findingFingerprints, yamlPathAt } from '../src/fingerprint.js';
import { parseYamlDocument } from '../src/limits.js';
import type { Finding } from '../src/model/finding.js';
import type { Node } from 'yaml';

const WORKFLOW = `on: push
permissions:
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy
          aws-region: eu-west-1
`;

function prints(file: string, text: string, config = {}): Map<string, string> {
  const { findings } = analyze([{ file, text, explicit: true }], { config });
  const fps = findingFingerprints(findings, { texts: new Map([[file, text]]) });
  return new Map(findings.map((f, i) => [typeof f.properties?.uses === 'string' ? `${f.ruleId} ${f.properties.uses}` : f.ruleId, fps[i] ?? '']));
}

describe('finding fingerprints', () => {
  it('anchor workflow findings at their YAML key path: lines added above, comments and messages do not change them', () => {
    const before = prints('.github/workflows/d.yml', WORKFLOW);
    expect([...before.keys()]).toEqual([
      'workflow-unpinned-action actions/checkout@v4',
      'workflow-unpinned-action aws-actions/configure-aws-credentials@v4',
    ]);
    const shifted = WORKFLOW.replace('on: push\n', '# deploys main\n\non: push\nenv:\n  A: b\n');
    expect(prints('.github/workflows/d.yml', shifted)).toEqual(before);
    // A different step is a different finding.
    const swapped = WORKFLOW.replace('actions/checkout@v4', 'actions/setup-node@v4');
    expect(prints('.github/workflows/d.yml', swapped).get('workflow-unpinned-action actions/setup-node@v4')).toBe(
      before.get('workflow-unpinned-action actions/checkout@v4'),
    );
  });

  it('anchor policy findings at the policy path, unchanged by configuration that changes messages and severities', () => {
    const policy = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme*' } },
          },
        ],
      },
      null,
      2,
    );
    const plain = analyze([{ file: 'p.json', text: policy, explicit: true }]).findings;
    const configured = analyze([{ file: 'p.json', text: `\n\n${policy}`, explicit: true }], {
      config: { owners: ['acme'], rules: { 'oidc-any-owner': 'warning' } },
    }).findings;
    const anyOwner = (fs: Finding[]): Finding => fs.find((f) => f.ruleId === 'oidc-any-owner')!;
    expect(anyOwner(configured).message).not.toBe(anyOwner(plain).message);
    expect(anyOwner(configured).location?.span.start.line).toBe((anyOwner(plain).location?.span.start.line ?? 0) + 2);
    expect(findingFingerprints([anyOwner(configured)])).toEqual(findingFingerprints([anyOwner(plain)]));
  });

  it('tell findings with the same anchor apart by their order, and name the file by fileKey', () => {
    const f: Finding = { ruleId: 'parse-error', severity: 'error', message: 'x', location: { file: 'sub/a.tf', span: { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: 1, offset: 1 } } } };
    const [first, second] = findingFingerprints([f, { ...f, message: 'y' }]);
    expect(first).not.toBe(second);
    expect(findingFingerprints([f], { fileKey: (file) => `root/${file}` })).not.toEqual(findingFingerprints([f]));
  });

  it('anchor a secret outside YAML by its masked value, never by the key itself', () => {
    const key = `AKIA${'Q'.repeat(15)}Z`;
    const other = `AKIA${'Q'.repeat(15)}Y`;
    const policy = (k: string, above = ''): string => `${above}{ "Version": "2012-10-17", "Statement": [], "Sid": "${k}" }\n`;
    const secretPrint = (text: string): string[] => {
      const found = analyze([{ file: 'k.json', text, explicit: true }]).findings.filter((f) => f.ruleId === 'secret-aws-access-key');
      expect(found).toHaveLength(1);
      expect(found[0]?.properties?.masked).toMatch(/^\*+Q{3}[YZ]$/);
      return findingFingerprints(found, { texts: new Map([['k.json', text]]) });
    };
    expect(secretPrint(policy(key, '\n\n\n'))).toEqual(secretPrint(policy(key)));
    expect(secretPrint(policy(other))).not.toEqual(secretPrint(policy(key)));
  });
});

describe('yamlPathAt', () => {
  it('walks maps by key and sequences by index to the node at an offset', () => {
    const doc = parseYamlDocument(WORKFLOW);
    if (doc instanceof Error) throw doc;
    const root = doc.contents as Node;
    expect(yamlPathAt(root, WORKFLOW.indexOf('aws-region'))).toEqual(['jobs', 'deploy', 'steps', 1, 'with', 'aws-region']);
    expect(yamlPathAt(root, WORKFLOW.indexOf('eu-west-1'))).toEqual(['jobs', 'deploy', 'steps', 1, 'with', 'aws-region']);
    expect(yamlPathAt(root, WORKFLOW.indexOf('id-token'))).toEqual(['permissions', 'id-token']);
    expect(yamlPathAt(root, 0)).toEqual(['on']);
  });
});
