import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTree, removeTrees, runCli } from './helpers.js';

const WIDE = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringLike": { "token.actions.githubusercontent.com:sub": "repo:acme/app:*" }
      }
    }
  ]
}
`;

const DEPLOY = `name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    permissions:
      id-token: write
    steps:
      - uses: aws-actions/configure-aws-credentials@8df5847569e6427dd6c4fb1cf565c83acfa8afa7 # v6.0.0
        with:
          aws-region: eu-west-1
          role-to-assume: arn:aws:iam::123456789012:role/deploy
`;

const CONFIG = '{ "repository": "acme/app" }\n';

afterEach(removeTrees);

describe('trustlint fix', () => {
  it('--dry-run prints the unified diff and writes nothing', async () => {
    const cwd = makeTree({ 'iam/deploy.json': WIDE, '.github/workflows/deploy.yml': DEPLOY, 'trustlint.config.json': CONFIG });
    const r = await runCli(['fix', '--dry-run'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`--- a/iam/deploy.json
+++ b/iam/deploy.json
@@ -6,7 +6,10 @@
       "Principal": { "Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" },
       "Action": "sts:AssumeRoleWithWebIdentity",
       "Condition": {
-        "StringLike": { "token.actions.githubusercontent.com:sub": "repo:acme/app:*" }
+        "StringEquals": {
+          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
+          "token.actions.githubusercontent.com:sub": "repo:acme/app:environment:production"
+        }
       }
     }
   ]
`);
    expect(r.stderr).toBe('trustlint: would narrow iam/deploy.json (admits only repo:acme/app:environment:production; aud sts.amazonaws.com)\n');
    expect(readFileSync(join(cwd, 'iam/deploy.json'), 'utf8')).toBe(WIDE);
  });

  it('writes the file; check then finds neither the scope finding nor a role mismatch', async () => {
    const cwd = makeTree({ 'iam/deploy.json': WIDE, '.github/workflows/deploy.yml': DEPLOY, 'trustlint.config.json': CONFIG });
    const before = await runCli(['check', '-f', 'json'], { cwd });
    expect((JSON.parse(before.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toContain('oidc-any-context');
    const r = await runCli(['fix'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(cwd, 'iam/deploy.json'), 'utf8')).toContain('"repo:acme/app:environment:production"');
    const after = await runCli(['check', '-f', 'json'], { cwd });
    expect(after.code).toBe(0);
    expect((JSON.parse(after.stdout) as { findings: unknown[] }).findings).toEqual([]);
    const again = await runCli(['fix', '--dry-run'], { cwd });
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe('trustlint: iam/deploy.json already admits only what its jobs need\n');
  });

  it('a role no scanned job assumes: says so, and --subject narrows it to that subject', async () => {
    const cwd = makeTree({ 'iam/ci.json': WIDE, 'trustlint.config.json': CONFIG });
    const r = await runCli(['fix', '--dry-run'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('skipped iam/ci.json: no job in the scanned workflows assumes role ci; state the subject with --subject');
    const s = await runCli(['fix', '--dry-run', '--subject', 'repo:acme/app:environment:prod'], { cwd });
    expect(s.stdout).toContain('+          "token.actions.githubusercontent.com:sub": "repo:acme/app:environment:prod"');
    const bad = await runCli(['fix', '--subject', 'repo:acme/*'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--subject repo:acme/*: expected');
  });

  it('without the repository it explains what is missing and changes nothing', async () => {
    const cwd = makeTree({ 'iam/deploy.json': WIDE, '.github/workflows/deploy.yml': DEPLOY });
    const r = await runCli(['fix'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('skipped iam/deploy.json: the repository is not known');
    expect(readFileSync(join(cwd, 'iam/deploy.json'), 'utf8')).toBe(WIDE);
  });

  it('explain ends with what the jobs need when the role is wider, and not once it is narrowed', async () => {
    const cwd = makeTree({ 'iam/deploy.json': WIDE, '.github/workflows/deploy.yml': DEPLOY, 'trustlint.config.json': CONFIG });
    const wide = await runCli(['explain', 'iam/deploy.json'], { cwd });
    expect(wide.code).toBe(0);
    expect(wide.stdout.trimEnd().split('\n').at(-1)).toBe(
      '  the jobs that use this role need only: sub StringEquals repo:acme/app:environment:production; aud StringEquals sts.amazonaws.com (trustlint fix writes it)',
    );
    await runCli(['fix'], { cwd });
    const narrow = await runCli(['explain', 'iam/deploy.json'], { cwd });
    expect(narrow.stdout).not.toContain('need only');
    // A role no scanned job uses gets no such line.
    const alone = makeTree({ 'iam/deploy.json': WIDE, 'trustlint.config.json': CONFIG });
    expect((await runCli(['explain', 'iam/deploy.json'], { cwd: alone })).stdout).not.toContain('need only');
  });

  it('check --fix applies the safe mechanical fixes first, says so on stderr, then reports what is left', async () => {
    const cwd = makeTree({ 'iam/deploy.json': WIDE, 'trustlint.config.json': CONFIG });
    const r = await runCli(['check', '--fix', '-f', 'json'], { cwd });
    expect(r.stderr).toBe('trustlint: fixed oidc-audience: iam/deploy.json: add "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}\n');
    expect((JSON.parse(r.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toEqual(['oidc-any-context']);
    expect(readFileSync(join(cwd, 'iam/deploy.json'), 'utf8')).toContain('"StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" }');
    expect(r.code).toBe(0); // oidc-any-context is a warning
    const stdin = await runCli(['check', '--fix', '--stdin', '--stdin-filename', 'x.json'], { cwd, readStdin: () => Promise.resolve(WIDE) });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('--fix writes files');
  });
});

