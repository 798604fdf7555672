/** `trustlint check --github` end to end in-process, against the GitHub stand-in on 127.0.0.1. */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubState } from '../../core/test/github-online/fake-github.js';
import { githubTrustPolicy, makeTree, parseReport, removeTrees, runCli } from './helpers.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  removeTrees();
  await fake?.close();
  fake = undefined;
});

const TOKEN = 'ghp_0123456789abcdefABCDEF0123456789abcd';

async function check(state: Partial<FakeGitHubState>, sub: string, args: string[], env: Record<string, string> = { GITHUB_TOKEN: TOKEN }): Promise<{ code: number; stdout: string; stderr: string }> {
  fake = await startFakeGitHub(state);
  const cwd = makeTree({ 'iam/trust.json': githubTrustPolicy({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': sub } }) }, { git: true });
  return runCli(['check', '--format', 'json', '--github', '--github-api', fake.url, ...args], { cwd, env: { PATH: '/nonexistent', ...env } });
}

describe('trustlint check --github', () => {
  it('an owner nobody has registered fails the gate; the token is sent and never printed', async () => {
    const result = await check({ users: {} }, 'repo:ghost-org/app:ref:refs/heads/main', []);
    expect(result.code).toBe(1);
    const findings = parseReport(result.stdout).findings.filter((f) => f.ruleId.startsWith('github-'));
    expect(findings.map((f) => [f.ruleId, f.severity, f.file])).toEqual([['github-owner-missing', 'error', 'iam/trust.json']]);
    expect(fake!.requests.map((r) => [r.path, r.authorization])).toEqual([['/users/ghost-org', `Bearer ${TOKEN}`]]);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });

  it('GH_TOKEN is used when GITHUB_TOKEN is not set; a clean name gives only the migration hint', async () => {
    const result = await check({ users: { acme: { id: 1, type: 'Organization' } }, repos: [{ id: 2, owner: 'acme', name: 'app' }] }, 'repo:acme/app:ref:refs/heads/main', [], { GH_TOKEN: 'gho_other' });
    expect(result.code).toBe(0);
    expect(parseReport(result.stdout).findings.map((f) => [f.ruleId, f.severity])).toEqual([['github-name-only-trust', 'info']]);
    expect(fake!.requests.map((r) => r.authorization)).toEqual(['Bearer gho_other', 'Bearer gho_other', 'Bearer gho_other']);
  });

  it('no GitHub call succeeded: exit 2 with github-check-failed', async () => {
    const result = await check({ script: { '/users/': [{ status: 401, body: { message: 'Bad credentials' } }] } }, 'repo:acme/app:ref:refs/heads/main', []);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('trustlint: the GitHub checks failed: no GitHub call succeeded (see the github-check-failed findings)\n');
    expect(parseReport(result.stdout).findings.map((f) => f.ruleId)).toEqual(['github-check-failed']);
  });

  it('--github-api refuses plain http to another host, and needs --github', async () => {
    const cwd = makeTree({ 'a.json': '{}' });
    const remote = await runCli(['check', '--github', '--github-api', 'http://github.example.com/api/v3'], { cwd, env: {} });
    expect(remote.code).toBe(2);
    expect(remote.stderr).toContain("--github-api expects an https URL such as https://github.example.com/api/v3 (http only to a loopback address), got 'http://github.example.com/api/v3'");
    const alone = await runCli(['check', '--github-api', 'https://github.example.com/api/v3'], { cwd, env: {} });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--github-api needs --github');
  });
});
