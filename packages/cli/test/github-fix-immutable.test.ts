/**
 * `trustlint fix --github --immutable` end to end in-process, against the GitHub stand-in on
 * 127.0.0.1: the ids GitHub reports for a name-only trust are written into the value where it
 * stands (JSON and Terraform, byte for byte), after the re-read scan proved the role.
 * Immutable subject form: https://docs.github.com/en/actions/reference/security/oidc#immutable-subject-claims
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubState } from '../../core/test/github-online/fake-github.js';
import { makeTree, removeTrees, runCli } from './helpers.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  removeTrees();
  await fake?.close();
  fake = undefined;
});

const ACME: Partial<FakeGitHubState> = { users: { acme: { id: 1001, type: 'Organization' } }, repos: [{ id: 2002, owner: 'acme', name: 'app' }] };
const ENV = { PATH: '/nonexistent', GITHUB_TOKEN: 'ghp_0123456789abcdefABCDEF0123456789abcd' };

const JSON_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringEquals": {
          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
          "token.actions.githubusercontent.com:sub": ["repo:acme/app:ref:refs/heads/main", "repo:acme/app:environment:prod"]
        }
      }
    }
  ]
}
`;

const TF = `resource "aws_iam_role" "deploy" {
  name               = "deploy"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:acme/app:ref:refs/heads/release/*"]
    }
  }
}
`;

const WORKFLOW = `name: deploy
on:
  push:
    branches: [release/1.x]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy
          aws-region: eu-west-1
`;

async function fix(state: Partial<FakeGitHubState>, files: Record<string, string>, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string; cwd: string }> {
  fake = await startFakeGitHub(state);
  const cwd = makeTree(files, { git: true });
  const r = await runCli(['fix', '--github', '--github-api', fake.url, '--immutable', ...args], { cwd, env: ENV });
  return { ...r, cwd };
}

describe('trustlint fix --github --immutable', () => {
  it('JSON: both name-only values get the ids GitHub reports, and nothing else of the file changes', async () => {
    const r = await fix(ACME, { 'iam/trust.json': JSON_POLICY });
    // GitHub did not say which form the tokens use: the opt-in reminder.
    expect(r.stderr).toContain('trustlint: deploy these once the repositories issue immutable subjects');
    expect(r.stderr).toContain('trustlint: rewrote iam/trust.json:11 repo:acme/app:ref:refs/heads/main -> repo:acme@1001/app@2002:ref:refs/heads/main\n');
    expect(r.code).toBe(0);
    expect(readFileSync(join(r.cwd, 'iam/trust.json'), 'utf8')).toBe(
      JSON_POLICY.replace('"repo:acme/app:ref:refs/heads/main", "repo:acme/app:environment:prod"', '"repo:acme@1001/app@2002:ref:refs/heads/main", "repo:acme@1001/app@2002:environment:prod"'),
    );
    expect(fake!.requests.map((r) => r.path).slice(0, 2)).toEqual(['/users/acme', '/repos/acme/app']);
  });

  it('Terraform: the condition value is rewritten in place, proven against the job that assumes the role', async () => {
    const r = await fix(ACME, { 'main.tf': TF, '.github/workflows/deploy.yml': WORKFLOW, 'trustlint.config.json': '{ "repository": "acme/app" }\n' });
    expect(r.stderr).toContain('rewrote main.tf:21 repo:acme/app:ref:refs/heads/release/* -> repo:acme@1001/app@2002:ref:refs/heads/release/*');
    expect(r.code).toBe(0);
    expect(readFileSync(join(r.cwd, 'main.tf'), 'utf8')).toBe(TF.replace('"repo:acme/app:ref:refs/heads/release/*"', '"repo:acme@1001/app@2002:ref:refs/heads/release/*"'));
    // The workflow is read, never written.
    expect(readFileSync(join(r.cwd, '.github/workflows/deploy.yml'), 'utf8')).toBe(WORKFLOW);
  });

  it('a repository GitHub says is on immutable subjects: the broken role is repaired, without the opt-in reminder', async () => {
    const state: Partial<FakeGitHubState> = { ...ACME, repos: [{ id: 2002, owner: 'acme', name: 'app', sub: { use_default: true, sub_claim_prefix: 'repo:acme@1001/app@2002' } }] };
    const r = await fix(state, { 'iam/trust.json': JSON_POLICY });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('trustlint: GitHub says these repositories already issue immutable subjects: the rewritten values match their tokens again\n');
    expect(r.stderr).not.toContain('deploy these once');
    expect(readFileSync(join(r.cwd, 'iam/trust.json'), 'utf8')).toContain('"repo:acme@1001/app@2002:ref:refs/heads/main", "repo:acme@1001/app@2002:environment:prod"');
  });

  it('--dry-run prints the diff and writes nothing', async () => {
    const r = await fix(ACME, { 'iam/trust.json': JSON_POLICY }, ['--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('+          "token.actions.githubusercontent.com:sub": ["repo:acme@1001/app@2002:ref:refs/heads/main", "repo:acme@1001/app@2002:environment:prod"]');
    expect(r.stderr).toContain('would rewrite iam/trust.json:11');
    expect(readFileSync(join(r.cwd, 'iam/trust.json'), 'utf8')).toBe(JSON_POLICY);
  });

  it('a renamed repository is not migrated (its name no longer admits it): the file stays as it is', async () => {
    const state: Partial<FakeGitHubState> = { users: { acme: { id: 1001, type: 'Organization' } }, repos: [{ id: 2002, owner: 'acme', name: 'app2' }], moved: { 'acme/app': 2002 } };
    const r = await fix(state, { 'iam/trust.json': JSON_POLICY });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('rewrote');
    expect(readFileSync(join(r.cwd, 'iam/trust.json'), 'utf8')).toBe(JSON_POLICY);
  });

  it('a condition the migration leaves alone would lock the token out: refused, the file unchanged', async () => {
    // Both blocks of one statement must match (AND): the name-only StringLike refuses the immutable token.
    const policy = JSON_POLICY.replace('"StringEquals": {', '"StringLike": { "token.actions.githubusercontent.com:sub": "repo:acme/*:ref:refs/heads/main" },\n        "StringEquals": {');
    const r = await fix(ACME, { 'iam/trust.json': policy });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not changed iam/trust.json:12 repo:acme/app:ref:refs/heads/main: the immutable-form token repo:acme@1001/app@2002:ref:refs/heads/main is not admitted (deny)');
    expect(readFileSync(join(r.cwd, 'iam/trust.json'), 'utf8')).toBe(policy);
  });

  it('another statement still admitting the name is refused, not half-migrated', async () => {
    const parsed = JSON.parse(JSON_POLICY) as { Statement: Record<string, unknown>[] };
    const second = { ...parsed.Statement[0], Condition: { StringLike: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:acme/*:ref:refs/heads/main' } } };
    const policy = `${JSON.stringify({ ...parsed, Statement: [parsed.Statement[0], second] }, null, 2)}\n`;
    const r = await fix(ACME, { 'iam/trust.json': policy });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the name-only token repo:acme/app:ref:refs/heads/main is still admitted (another value admits it)');
    expect(readFileSync(join(r.cwd, 'iam/trust.json'), 'utf8')).toBe(policy);
  });

  it('no GitHub call succeeded: exit 2 and nothing written', async () => {
    const r = await fix({ ...ACME, script: { '/users/': [{ status: 401, body: { message: 'Bad credentials' } }] } }, { 'iam/trust.json': JSON_POLICY });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('GET /users/{username} failed for owner acme');
    expect(readFileSync(join(r.cwd, 'iam/trust.json'), 'utf8')).toBe(JSON_POLICY);
  });

  it('--immutable needs --github, and --github on fix needs --immutable', async () => {
    const cwd = makeTree({ 'a.json': '{}' });
    const a = await runCli(['fix', '--immutable'], { cwd, env: {} });
    expect([a.code, a.stderr]).toEqual([2, expect.stringContaining('--immutable needs --github')]);
    const b = await runCli(['fix', '--github'], { cwd, env: {} });
    expect([b.code, b.stderr]).toEqual([2, expect.stringContaining('--github on fix needs --immutable')]);
  });
});
