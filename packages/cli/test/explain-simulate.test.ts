/**
 * `explain` and `simulate` read what `check` reads, the way it reads it, and agree with it: every file
 * under examples/ that check analyses gets an answer, a file with several policies lists them and
 * each FILE:ROLE then works, and a witness explain prints is allowed by simulate.
 */
import { resolve } from 'node:path';
import { detectKind, SCOPE_ORDER } from '@trustlint/core';
import { afterEach, describe, expect, it } from 'vitest';
import { discover } from '../src/discover.js';
import { makeTree, parseReport, removeTrees, runCli } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const io = { cwd: ROOT, env: {} };
afterEach(removeTrees);

interface ExplainedJson {
  target: string;
  file: string;
  resource?: string;
  variant?: string;
  providers: { statements: { ruleId?: string; outsiders: { admitted: boolean; witness?: Record<string, string> }[] }[] }[];
}

/** The files `check examples/` analyses: discovered as check discovers them, with a recognised kind. */
async function analysedExamples(): Promise<{ path: string; kind: string }[]> {
  return (await discover(['examples'], { cwd: ROOT })).files.flatMap((f) => {
    const kind = detectKind(f.path, f.text);
    return kind ? [{ path: f.path, kind }] : [];
  });
}

/** `--claim` flags for every witness claim but sub and aud. */
function claimFlags(witness: Record<string, string>): string[] {
  return Object.entries(witness).flatMap(([k, v]) => (k === 'sub' || k === 'aud' ? [] : ['--claim', `${k}=${v}`]));
}

const SCOPE = new Set<string>(SCOPE_ORDER);

// Test cases are made per file: the discovery runs before they are collected.
const EXAMPLES = await analysedExamples();

describe('explain and simulate on every example check analyses', () => {
  const files = EXAMPLES;

  it('covers every input format of the examples', () => {
    expect(new Set(files.map((f) => f.kind))).toEqual(new Set(['cloudformation', 'policy', 'policy-template', 'terraform', 'terraform-plan', 'workflow']));
  });

  for (const { path, kind } of files) {
    it(`${path} (${kind})`, async () => {
      const scan = kind === 'workflow' ? ['--scan', 'examples'] : [];
      const explained = await runCli(['explain', path, ...scan, '--format', 'json'], io);
      if (path.endsWith('preview-vulnerable.yml')) {
        // Its job passes long-lived keys: no role is assumed through OIDC, and explain says so.
        expect(explained).toMatchObject({ code: 2, stdout: '' });
        expect(explained.stderr).toContain('no job of this workflow assumes an AWS role through OIDC');
        return;
      }
      expect(explained.stderr.replace(/^trustlint: note: .*\n/gm, '')).toBe('');
      expect(explained.code).toBe(0);
      const results = JSON.parse(explained.stdout) as ExplainedJson[];
      expect(results.length).toBeGreaterThan(0);
      const targets = [...new Set(results.map((r) => r.target))];

      // Several policies: simulate lists the labels, and each label selects one.
      const anySub = ['--sub', 'repo:someone-else/x:ref:refs/heads/main'];
      const listed = await runCli(['simulate', path, ...scan, ...anySub], io);
      if (targets.length > 1) {
        expect(listed.code).toBe(2);
        for (const t of targets) expect(listed.stderr).toContain(`\ntrustlint:   ${t}`);
      } else expect([0, 1, 2]).toContain(listed.code);

      for (const target of targets) {
        const renderings = results.filter((r) => r.target === target);
        const byLabel = JSON.parse((await runCli(['explain', target, ...scan, '--format', 'json'], io)).stdout) as ExplainedJson[];
        expect(byLabel).toEqual(renderings);

        // check reports the scope rule explain names, for the same policy.
        const checkPath = renderings[0]!.file;
        const findings = parseReport((await runCli(['check', checkPath, '--format', 'json'], io)).stdout).findings;
        const reported = new Set(findings.filter((f) => SCOPE.has(f.ruleId) && f.resource === renderings[0]!.resource).map((f) => f.ruleId));
        const explainedIds = new Set(renderings.flatMap((r) => r.providers.flatMap((p) => p.statements.flatMap((s) => (s.ruleId ? [s.ruleId] : [])))));
        expect(explainedIds).toEqual(reported);

        // A witness explain shows gets in through simulate; with none admitted, an outsider is denied.
        for (const [i, r] of renderings.entries()) {
          const witness = r.providers.flatMap((p) => p.statements.flatMap((s) => s.outsiders)).find((o) => o.admitted)?.witness;
          const args = witness ? ['--sub', witness.sub!, '--aud', witness.aud!, ...claimFlags(witness)] : anySub;
          const sim = await runCli(['simulate', target, ...scan, ...args, '--format', 'json'], io);
          const body = JSON.parse(sim.stdout) as { decision: string; variants?: { decision: string }[] };
          const decision = body.variants ? body.variants[i]!.decision : body.decision;
          const unresolved = path.endsWith('.tpl');
          expect(decision, `${target} ${r.variant ?? ''}`).toBe(witness ? (unresolved ? 'unknown' : 'allow') : 'deny');
        }
      }
    });
  }
});

describe('selecting a policy', () => {
  const CFN = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Deploy:
    Type: AWS::IAM::Role
    Properties:
      RoleName: deploy-role
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Federated: arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals: { token.actions.githubusercontent.com:aud: sts.amazonaws.com }
              StringLike: { token.actions.githubusercontent.com:sub: "repo:acme/*" }
  Audit:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Federated: arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                token.actions.githubusercontent.com:aud: sts.amazonaws.com
                token.actions.githubusercontent.com:sub: repo:acme/audit:ref:refs/heads/main
`;

  it('a file with several policies: explain lists them all, simulate asks for one, each label works', async () => {
    const dir = makeTree({ 'stack.yaml': CFN }, { git: true });
    const explained = await runCli(['explain', 'stack.yaml'], { cwd: dir });
    expect(explained.code).toBe(0);
    expect(explained.stdout.startsWith('2 trust policies (explain or simulate one with FILE:ROLE):\n  stack.yaml:Deploy\n  stack.yaml:Audit\n\nstack.yaml:Deploy\n')).toBe(true);
    const ambiguous = await runCli(['simulate', 'stack.yaml', '--sub', 'repo:acme/x:ref:refs/heads/main'], { cwd: dir });
    expect(ambiguous).toEqual({
      code: 2,
      stdout: '',
      stderr: 'trustlint: stack.yaml: 2 trust policies; choose one with FILE:ROLE:\ntrustlint:   stack.yaml:Deploy\ntrustlint:   stack.yaml:Audit\n',
    });
    expect((await runCli(['simulate', 'stack.yaml:Deploy', '--sub', 'repo:acme/x:ref:refs/heads/main'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['simulate', 'stack.yaml:Audit', '--sub', 'repo:acme/x:ref:refs/heads/main'], { cwd: dir })).code).toBe(1);
    // The role name and the resource address select too.
    expect((await runCli(['simulate', 'stack.yaml:deploy-role', '--sub', 'repo:acme/x:ref:refs/heads/main'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['simulate', 'stack.yaml:Resources.Audit', '--sub', 'repo:acme/audit:ref:refs/heads/main'], { cwd: dir })).code).toBe(0);
  });

  it('a folder: explain takes every policy in it, simulate lists them', async () => {
    const dir = makeTree({ 'iam/a/stack.yaml': CFN, 'iam/b.json': '{"Version":"2012-10-17","Statement":[]}', 'other/x.yaml': CFN }, { git: true });
    const explained = JSON.parse((await runCli(['explain', 'iam', '--format', 'json'], { cwd: dir })).stdout) as ExplainedJson[];
    expect(explained.map((r) => r.target)).toEqual(['iam/a/stack.yaml:Deploy', 'iam/a/stack.yaml:Audit', 'iam/b.json']);
    const listed = await runCli(['simulate', 'iam', '--sub', 'x'], { cwd: dir });
    expect(listed.code).toBe(2);
    expect(listed.stderr).toContain('trustlint: iam: 3 trust policies; choose one with FILE:ROLE:');
  });

  it('Terraform: the module folder is read, --var applies as in check, and a policy template read by templatefile() is its role', async () => {
    const dir = makeTree(
      {
        'infra/main.tf': `resource "aws_iam_role" "ci" {
  name               = "ci"
  assume_role_policy = templatefile("\${path.module}/trust.json.tpl", { sub = var.subject })
}
`,
        'infra/variables.tf': 'variable "subject" {\n  default = "repo:acme*"\n}\n',
        'infra/trust.json.tpl': `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": { "Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" },
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Condition": {
      "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
      "StringLike": { "token.actions.githubusercontent.com:sub": "\${sub}" }
    }
  }]
}
`,
      },
      { git: true },
    );
    const wide = ['--sub', 'repo:acme-evil/x:ref:refs/heads/main'];
    expect((await runCli(['simulate', 'infra/main.tf', ...wide], { cwd: dir })).code).toBe(0);
    expect((await runCli(['simulate', 'infra/main.tf:aws_iam_role.ci', ...wide, '--var', 'subject=repo:acme/app:ref:refs/heads/main'], { cwd: dir })).code).toBe(1);
    // The folder: the template is the role's policy, not a second one. Named alone, it is read alone,
    // as `check infra/trust.json.tpl` reads it (its placeholder unresolved).
    const folder = JSON.parse((await runCli(['explain', 'infra', '--format', 'json'], { cwd: dir })).stdout) as ExplainedJson[];
    expect(folder.map((r) => [r.target, r.providers[0]?.statements[0]?.ruleId])).toEqual([['infra/main.tf:aws_iam_role.ci', 'oidc-any-owner']]);
    // check agrees: the template is not analysed a second time on its own (no oidc-unresolved for \${sub}).
    const checked = parseReport((await runCli(['check', 'infra', '--format', 'json'], { cwd: dir })).stdout).findings;
    expect(checked.map((f) => [f.ruleId, f.file, f.resource])).toEqual([['oidc-any-owner', 'infra/trust.json.tpl', 'aws_iam_role.ci']]);
    const alone = JSON.parse((await runCli(['explain', 'infra/trust.json.tpl', '--format', 'json'], { cwd: dir })).stdout) as ExplainedJson[];
    expect(alone.map((r) => r.target)).toEqual(['infra/trust.json.tpl']);
    const variables = await runCli(['explain', 'infra/variables.tf'], { cwd: dir });
    expect(variables.code).toBe(0);
    expect(variables.stderr).toBe('trustlint: note: infra/variables.tf defines no trust policy; these are the trust policies of its Terraform module (infra)\n');
    expect(variables.stdout.split('\n')[0]).toBe('infra/main.tf:aws_iam_role.ci');
  });

  it('a workflow: the roles its jobs assume, found in the scan; a role not in the scan is said', async () => {
    const dir = makeTree(
      {
        'iam/stack.yaml': CFN,
        '.github/workflows/deploy.yml': `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy-role
          aws-region: eu-west-1
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/elsewhere
          aws-region: eu-west-1
`,
      },
      { git: true },
    );
    const explained = await runCli(['explain', '.github/workflows/deploy.yml'], { cwd: dir });
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain('iam/stack.yaml:Deploy\n  assumed by job "deploy" in .github/workflows/deploy.yml:10\n');
    expect(explained.stderr).toBe(
      'trustlint: job "deploy" (.github/workflows/deploy.yml:14) assumes role elsewhere, which no trust policy in the scanned files (.) defines; name the folder that defines it with --scan\n',
    );
    const simulated = await runCli(['simulate', '.github/workflows/deploy.yml:deploy-role', '--sub', 'repo:acme/app:ref:refs/heads/main'], { cwd: dir });
    expect(simulated.code).toBe(0);
    const nowhere = await runCli(['explain', '.github/workflows/deploy.yml', '--scan', 'iam/none'], { cwd: dir });
    expect(nowhere.code).toBe(2);
  });

  it('a broken file says where, as check does', async () => {
    const dir = makeTree({ 'p.json': '{\n  "Statement": [,]\n}\n' }, { git: true });
    expect(await runCli(['explain', 'p.json'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: "trustlint: p.json:2:17: policy document is not valid JSON: unexpected ','\n",
    });
  });
});
