import { describe, expect, it } from 'vitest';
import { analyzeFiles, diffTrust, type ClassChange, type DiffSide, type TrustDiff } from '../../src/index.js';

/** A tree (file → text) analysed as `check` would: the side of a diff. */
async function side(files: Record<string, string>): Promise<DiffSide> {
  const inputs = Object.entries(files).map(([file, text]) => ({ file, text, explicit: false }));
  const result = await analyzeFiles(inputs);
  return { documents: result.documents, findings: result.findings, texts: new Map(Object.entries(files)) };
}

async function diff(before: Record<string, string>, after: Record<string, string>): Promise<TrustDiff> {
  return diffTrust(await side(before), await side(after));
}

const PROVIDER = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
const SUB = 'token.actions.githubusercontent.com:sub';
const AUD = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' };

function statement(condition: Record<string, Record<string, string | string[]>>): Record<string, unknown> {
  return { Effect: 'Allow', Principal: { Federated: PROVIDER }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition };
}
function policy(...statements: Record<string, unknown>[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}
/** The policy trusting exactly `subs` with StringEquals (or `op`), with the audience pinned. */
function trusting(subs: string | string[], op = 'StringEquals'): string {
  return policy(statement(op === 'StringEquals' ? { StringEquals: { ...AUD, [SUB]: subs } } : { StringEquals: AUD, [op]: { [SUB]: subs } }));
}

const MAIN = 'repo:acme/app:ref:refs/heads/main';

function changed(d: TrustDiff): ClassChange[] {
  return d.roles.flatMap((r) => r.classes.filter((c) => c.status !== 'unchanged'));
}

describe('diffTrust: widened and narrowed, per outsider class', () => {
  // Each after-pattern lets in one more kind of outsider than the exact main-branch subject.
  const cases: [string, string, string][] = [
    ['other-owner', 'repo:acme*', 'StringLike'],
    ['other-repo', 'repo:acme/*:ref:refs/heads/main', 'StringLike'],
    ['repo-name-match', 'repo:acme/app*:ref:refs/heads/main', 'StringLike'],
    ['new-branch', 'repo:acme/app:ref:refs/heads/*', 'StringLike'],
    ['new-tag', 'repo:acme/app:ref:refs/tags/*', 'StringLike'],
    ['new-environment', 'repo:acme/app:environment:*', 'StringLike'],
    ['pull-request', 'repo:acme/app:pull_request', 'StringEquals'],
  ];
  for (const [cls, sub, op] of cases) {
    it(`${cls}: widened with a witness the old policy denies, and narrowed the other way`, async () => {
      const narrow = { 'iam/deploy.json': trusting(MAIN) };
      const wide = { 'iam/deploy.json': trusting(op === 'StringEquals' ? [MAIN, sub] : sub, op) };
      const widened = await diff(narrow, wide);
      const change = widened.roles[0]?.classes.find((c) => c.cls === cls);
      expect(change?.status).toBe('widened');
      expect(change?.before).toBe(false);
      expect(change?.after).toBe(true);
      expect(change?.witness?.sub).toBeDefined();
      expect(widened.widened).toBe(true);
      expect(changed(widened).every((c) => c.status === 'widened')).toBe(true);

      const narrowed = await diff(wide, narrow);
      const back = narrowed.roles[0]?.classes.find((c) => c.cls === cls);
      expect(back?.status).toBe('narrowed');
      expect(back?.witness?.sub).toBeDefined();
      expect(narrowed.widened).toBe(false);
    });
  }
});

describe('diffTrust: rewrites that change no decision report no change', () => {
  it('reordering a list of subjects', async () => {
    const d = await diff({ 'p.json': trusting([MAIN, 'repo:acme/app:environment:prod']) }, { 'p.json': trusting(['repo:acme/app:environment:prod', MAIN]) });
    expect(d.roles).toHaveLength(1);
    expect(changed(d)).toEqual([]);
    expect(d.widened).toBe(false);
  });

  it('StringEquals → StringLike without wildcards', async () => {
    const d = await diff({ 'p.json': trusting(MAIN) }, { 'p.json': trusting(MAIN, 'StringLike') });
    expect(changed(d)).toEqual([]);
    expect(d.widened).toBe(false);
  });

  it('splitting a statement with two subjects into two statements', async () => {
    const env = 'repo:acme/app:environment:prod';
    const d = await diff(
      { 'p.json': policy(statement({ StringEquals: { ...AUD, [SUB]: [MAIN, env] } })) },
      { 'p.json': policy(statement({ StringEquals: { ...AUD, [SUB]: MAIN } }), statement({ StringEquals: { ...AUD, [SUB]: env } })) },
    );
    expect(changed(d)).toEqual([]);
    expect(d.widened).toBe(false);
  });

  it('a renamed file still pairs', async () => {
    const d = await diff({ 'iam/deploy.json': trusting('repo:acme/*', 'StringLike') }, { 'roles/deploy-role.json': trusting('repo:acme/*', 'StringLike') });
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.roles[0]?.pairedBy).toBe('same-policy');
    expect(d.roles[0]?.classes.some((c) => c.cls === 'other-repo' && c.status === 'unchanged' && c.before && c.after)).toBe(true);
    expect(changed(d)).toEqual([]);
  });

  it('a Terraform moved block pairs the old and the new address, even when the policy changes too', async () => {
    const tf = (name: string, sub: string): string =>
      `resource "aws_iam_role" "${name}" {\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect = "Allow"\n      Principal = { Federated = "${PROVIDER}" }\n      Action = "sts:AssumeRoleWithWebIdentity"\n      Condition = { StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }, StringLike = { "${SUB}" = "${sub}" } }\n    }]\n  })\n}\n`;
    const d = await diff({ 'infra/main.tf': tf('ci', MAIN) }, { 'infra/main.tf': `${tf('deploy', 'repo:acme/app:*')}\nmoved {\n  from = aws_iam_role.ci\n  to   = aws_iam_role.deploy\n}\n` });
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.roles[0]?.pairedBy).toBe('moved');
    expect(changed(d).map((c) => c.cls)).toContain('new-branch');
  });

  it('JSON file ↔ jsonencode in Terraform', async () => {
    const tf = `resource "aws_iam_role" "deploy" {\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect = "Allow"\n      Principal = { Federated = "${PROVIDER}" }\n      Action = "sts:AssumeRoleWithWebIdentity"\n      Condition = { StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com", "${SUB}" = "repo:acme/app:ref:refs/heads/main" } }\n    }]\n  })\n}\n`;
    const json = policy(statement({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', [SUB]: MAIN } }));
    const d = await diff({ 'iam/deploy.json': json }, { 'infra/main.tf': tf });
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(changed(d)).toEqual([]);
  });
});

describe('diffTrust: added and removed roles, workflows', () => {
  it('an added role carries its scope verdict and counts as widening when it admits an outsider', async () => {
    const d = await diff({ 'a.json': trusting(MAIN) }, { 'a.json': trusting(MAIN), 'b.json': trusting('repo:acme/*', 'StringLike') });
    expect(d.added.map((r) => r.role.file)).toEqual(['b.json']);
    expect(d.added[0]?.admitted.map((a) => a.cls)).toContain('other-repo');
    expect(d.widened).toBe(true);
    const tight = await diff({ 'a.json': trusting(MAIN) }, { 'a.json': trusting(MAIN), 'b.json': trusting(MAIN) });
    expect(tight.added[0]?.admitted).toEqual([]);
    expect(tight.widened).toBe(false);
  });

  it('a removed role is listed and does not widen anything', async () => {
    const d = await diff({ 'a.json': trusting(MAIN), 'b.json': trusting('repo:acme/*', 'StringLike') }, { 'a.json': trusting(MAIN) });
    expect(d.removed.map((r) => r.role.file)).toEqual(['b.json']);
    expect(d.widened).toBe(false);
  });

  const WF = (perm: string, steps: string, on = 'push'): string =>
    `on: ${on}\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n${perm}    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n${steps}`;
  const CAC = `      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502\n        with:\n          role-to-assume: arn:aws:iam::123456789012:role/deploy\n          aws-region: eu-west-1\n`;
  const OIDC = '    permissions:\n      id-token: write\n      contents: read\n';

  it('workflows: newly obtaining AWS credentials, id-token: write, static keys, an untrusted trigger', async () => {
    const file = '.github/workflows/deploy.yml';
    const d = await diff({ [file]: WF('', '') }, { [file]: WF(OIDC, CAC) });
    expect(d.workflows.map((w) => w.kind).sort()).toEqual(['id-token-write', 'obtains-aws-credentials']);

    const keys = `      - run: aws s3 ls\n        env:\n          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n`;
    const k = await diff({ [file]: WF('', '') }, { [file]: WF('', keys) });
    expect(k.workflows.map((w) => w.kind)).toContain('static-keys');

    const t = await diff({ [file]: WF(OIDC, CAC) }, { [file]: WF(OIDC, CAC, 'pull_request_target') });
    expect(t.workflows.map((w) => w.kind)).toContain('untrusted-trigger');
    expect(t.newWorkflowErrors).toBe(t.workflows.some((w) => w.finding?.severity === 'error'));

    const same = await diff({ [file]: WF(OIDC, CAC) }, { [file]: `# deploy\n${WF(OIDC, CAC)}` });
    expect(same.workflows).toEqual([]);
  });
});
