import { afterEach, describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { makeTree, parseReport, removeTrees, runCli } from './helpers.js';

afterEach(removeTrees);

const POLICY = (above = ''): string => `${above}{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": { "StringLike": { "token.actions.githubusercontent.com:sub": "repo:acme*" } }
    }
  ]
}
`;
const WORKFLOW = (above = ''): string => `${above}on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy
          aws-region: eu-west-1
`;

async function fingerprints(files: Record<string, string>, config: unknown): Promise<{ sarif: Record<string, string>; json: Record<string, string>; lines: number[] }> {
  const root = makeTree({ ...files, 'trustlint.config.json': JSON.stringify(config) }, { git: true });
  const sarifRun = await runCli(['check', '.', '--format', 'sarif'], { cwd: root });
  const jsonRun = await runCli(['check', '.', '--format', 'json'], { cwd: root });
  const log = JSON.parse(sarifRun.stdout) as Log;
  const results = log.runs[0]?.results ?? [];
  const report = parseReport(jsonRun.stdout);
  return {
    sarif: Object.fromEntries(results.map((r) => [r.ruleId ?? '', r.partialFingerprints?.['trustlint/v1'] ?? ''])),
    json: Object.fromEntries(report.findings.map((f) => [f.ruleId, String(f.fingerprint)])),
    lines: report.findings.map((f) => Number(f.line)),
  };
}

describe('fingerprints in check output', () => {
  it('stay the same when the configuration changes messages and severities and lines are added above', async () => {
    const before = await fingerprints({ 'iam/p.json': POLICY(), '.github/workflows/d.yml': WORKFLOW() }, {});
    const after = await fingerprints(
      { 'iam/p.json': POLICY('\n\n\n'), '.github/workflows/d.yml': WORKFLOW('# deploy\nname: deploy\n') },
      { owners: ['acme'], rules: { 'oidc-any-owner': 'warning', 'workflow-unpinned-action': 'error' } },
    );
    expect(Object.keys(before.sarif).sort()).toEqual(['oidc-any-owner', 'oidc-audience', 'workflow-unpinned-action']);
    expect(after.lines).not.toEqual(before.lines);
    expect(after.sarif).toEqual(before.sarif);
    expect(after.json).toEqual(before.json);
    expect(before.json).toEqual(before.sarif);
  });
});
