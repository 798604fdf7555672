import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/analyze.js';
import type { TrustlintConfig } from '../../src/config.js';
import { applyEdits } from '../../src/fix/edit.js';
import { planMechanicalFixes } from '../../src/fix/mechanical.js';

const GH = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
const ACME: TrustlintConfig = { repository: 'acme/app' };

async function plan(files: Record<string, string>, config: TrustlintConfig = ACME) {
  const texts = new Map(Object.entries(files));
  const analysis = await analyzeFiles([...texts].map(([file, text]) => ({ file, text, explicit: true })), { config });
  const p = planMechanicalFixes(analysis.documents, analysis.findings, texts, config);
  const after = new Map(p.files.map((f) => [f.file, f.after]));
  const again = await analyzeFiles([...new Map([...texts, ...after])].map(([file, text]) => ({ file, text, explicit: true })), { config });
  return { ...p, after, again: again.findings.map((f) => `${f.ruleId} ${f.location?.file ?? ''}`) };
}

const JWR_EQUALS = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Federated": "${GH}" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringEquals": {
          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
          "token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main",
          "token.actions.githubusercontent.com:job_workflow_ref": "acme/app/.github/workflows/deploy.yml@*"
        }
      }
    }
  ]
}
`;

describe('check --fix mechanical fixes', () => {
  it('adds the missing aud condition (JSON), and the finding is gone', async () => {
    const policy = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Federated": "${GH}" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringEquals": { "token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main" }
      }
    }
  ]
}
`;
    const p = await plan({ 'iam/role.json': policy });
    expect(p.fixes.map((f) => [f.ruleId, f.status])).toEqual([['oidc-audience', 'fixed']]);
    expect(p.after.get('iam/role.json')).toBe(
      policy.replace(
        '"StringEquals": { "token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main" }',
        '"StringEquals": {\n          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",\n          "token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main"\n        }',
      ),
    );
    expect(p.again.filter((f) => f.startsWith('oidc-audience'))).toEqual([]);
  });

  it('adds the aud condition block to a Terraform statement block, with the configured audience', async () => {
    const tf = `data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["${GH}"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:acme/app:ref:refs/heads/main"]
    }
  }
}

resource "aws_iam_role" "ci" {
  name               = "ci"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
`;
    const p = await plan({ 'infra/main.tf': tf }, { ...ACME, audiences: ['sts.amazonaws.com.cn'] });
    expect(p.fixes.map((f) => [f.ruleId, f.status])).toEqual([['oidc-audience', 'fixed']]);
    expect(p.after.get('infra/main.tf')).toBe(
      tf.replace(
        '      values   = ["repo:acme/app:ref:refs/heads/main"]\n    }\n',
        '      values   = ["repo:acme/app:ref:refs/heads/main"]\n    }\n\n    condition {\n      test     = "StringEquals"\n      variable = "token.actions.githubusercontent.com:aud"\n      values   = ["sts.amazonaws.com.cn"]\n    }\n',
      ),
    );
  });

  it('StringEquals with a wildcard → StringLike when nothing widens (job_workflow_ref @*), not on sub', async () => {
    const p = await plan({ 'iam/role.json': JWR_EQUALS });
    expect(p.fixes.map((f) => [f.ruleId, f.status])).toEqual([['oidc-stringequals-wildcard', 'fixed']]);
    const after = JSON.parse(p.after.get('iam/role.json') ?? '{}') as { Statement: { Condition: unknown }[] };
    expect(after.Statement[0]?.Condition).toEqual({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main' },
      StringLike: { 'token.actions.githubusercontent.com:job_workflow_ref': 'acme/app/.github/workflows/deploy.yml@*' },
    });
    expect(p.again).toEqual([]);
    const sub = await plan({ 'iam/role.json': JWR_EQUALS.replace('refs/heads/main"', 'refs/heads/release-*"').replace(',\n          "token.actions.githubusercontent.com:job_workflow_ref": "acme/app/.github/workflows/deploy.yml@*"', '') });
    expect(sub.fixes.map((f) => [f.status, f.reason])).toEqual([['refused', 'the edit would bring oidc-ref-wildcard iam/role.json']]);
    expect(sub.files).toEqual([]);
  });

  it('StringEquals → StringLike in a Terraform condition block changes only its test', async () => {
    const tf = `data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["${GH}"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:acme/app:ref:refs/heads/main"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:job_workflow_ref"
      values   = ["acme/app/.github/workflows/deploy.yml@*"]
    }
  }
}

resource "aws_iam_role" "ci" {
  name               = "ci"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
`;
    const p = await plan({ 'infra/main.tf': tf });
    expect(p.fixes.map((f) => [f.ruleId, f.status])).toEqual([['oidc-stringequals-wildcard', 'fixed']]);
    const i = tf.lastIndexOf('"StringEquals"');
    expect(p.after.get('infra/main.tf')).toBe(`${tf.slice(0, i)}"StringLike"${tf.slice(i + '"StringEquals"'.length)}`);
    expect(p.again).toEqual([]);
  });

  it('removes static keys next to role-to-assume when the job may request a token; not otherwise', async () => {
    const wf = (perm: string): string => `name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
${perm}    steps:
      - uses: aws-actions/configure-aws-credentials@8df5847569e6427dd6c4fb1cf565c83acfa8afa7 # v6.0.0
        with:
          aws-region: eu-west-1
          role-to-assume: arn:aws:iam::123456789012:role/deploy
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
      - run: ./deploy.sh
`;
    const granted = wf('    permissions:\n      id-token: write\n');
    const p = await plan({ '.github/workflows/deploy.yml': granted });
    expect(p.fixes.map((f) => [f.ruleId, f.status])).toEqual([['workflow-static-aws-keys', 'fixed']]);
    expect(p.after.get('.github/workflows/deploy.yml')).toBe(granted.replace(/ {10}aws-(access-key-id|secret-access-key): .*\n/g, ''));
    expect(p.again.filter((f) => f.startsWith('workflow-static-aws-keys'))).toEqual([]);
    const none = await plan({ '.github/workflows/deploy.yml': wf('') });
    expect(none.fixes.map((f) => [f.status, f.reason])).toEqual([['refused', 'the job has no id-token: write, so the action could not request an OIDC token']]);
  });

  it('moves id-token: write from the workflow to the job that assumes a role, copying the other scopes', async () => {
    const wf = `name: deploy
on:
  push:
    branches: [main]
permissions:
  contents: read
  id-token: write
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
  deploy:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@8df5847569e6427dd6c4fb1cf565c83acfa8afa7 # v6.0.0
        with:
          aws-region: eu-west-1
          role-to-assume: arn:aws:iam::123456789012:role/deploy
`;
    const p = await plan({ '.github/workflows/deploy.yml': wf });
    expect(p.fixes.map((f) => [f.ruleId, f.status, f.reason])).toEqual([['workflow-id-token-scope', 'fixed', undefined]]);
    expect(p.after.get('.github/workflows/deploy.yml')).toBe(
      wf.replace('  contents: read\n  id-token: write\n', '  contents: read\n').replace('  deploy:\n', '  deploy:\n    permissions:\n      contents: read\n      id-token: write\n'),
    );
    expect(p.again).toEqual([]);
    // Only id-token at workflow level: moving it would leave an empty block, which means no permission at all.
    const only = await plan({ '.github/workflows/deploy.yml': wf.replace('  contents: read\n', '') });
    expect(only.fixes.map((f) => f.status)).toEqual(['refused']);
  });
  it('separately: each fix is proven alone on the original text and carries its own edits (editors apply one at a time)', async () => {
    const text = JWR_EQUALS.replace('          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",\n', '');
    const texts = new Map([['iam/role.json', text]]);
    const analysis = await analyzeFiles([{ file: 'iam/role.json', text, explicit: true }], { config: ACME });
    const p = planMechanicalFixes(analysis.documents, analysis.findings, texts, ACME, { separately: true });
    expect(p.fixes.map((f) => [f.ruleId, f.status])).toEqual([
      ['oidc-audience', 'fixed'],
      ['oidc-stringequals-wildcard', 'fixed'],
    ]);
    expect(p.files).toEqual([]);
    expect(p.fixes[0]?.data).toEqual({ key: 'token.actions.githubusercontent.com:aud', audience: 'sts.amazonaws.com' });
    // Each fix applied alone removes its own finding and brings none.
    for (const f of p.fixes) {
      const after = applyEdits(text, f.edits ?? []);
      expect(after).not.toBe(text);
      const again = await analyzeFiles([{ file: 'iam/role.json', text: after, explicit: true }], { config: ACME });
      const before = analysis.findings.filter((g) => g.ruleId === f.ruleId).length;
      expect(again.findings.filter((g) => g.ruleId === f.ruleId).length).toBeLessThan(before);
      expect(again.findings.filter((g) => !analysis.findings.some((h) => h.ruleId === g.ruleId))).toEqual([]);
    }
  });
});
