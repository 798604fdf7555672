/** `--github`, slice 4: conditional requests from the ETag cache under the user's cache directory. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The info-level migration finding (github-name-only-trust) has its own test in names.test.ts.
import { defaultCacheDir, runGitHubChecks } from '../../src/aws/index.js';
import type { TrustPolicyDocument } from '../../src/model/document.js';
import { readPolicyFile } from '../../src/sources/policy-file.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

function trust(sub: string): TrustPolicyDocument {
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': sub } },
      },
    ],
  };
  return readPolicyFile('t.json', JSON.stringify(policy), false).documents[0] as TrustPolicyDocument;
}

const retry = { random: () => 0, sleep: () => Promise.resolve() };
const TOKEN = 'ghp_0123456789abcdefABCDEF0123456789abcd';

async function setup(): Promise<{ f: FakeGitHub; dir: string }> {
  const f = await startFakeGitHub({ etags: true, users: { ghost: { id: 9 } }, repos: [{ id: 1, owner: 'ghost', name: 'app' }] });
  const dir = mkdtempSync(join(tmpdir(), 'trustlint-etag-'));
  cleanup.push(
    () => f.close(),
    () => {
      rmSync(dir, { recursive: true, force: true });
    },
  );
  return { f, dir };
}

describe('ETag cache', () => {
  it('the second run asks with If-None-Match and reuses the answers on 304; the token is not written', async () => {
    const { f, dir } = await setup();
    const doc = trust('repo:ghost/app:ref:refs/heads/main');
    const first = await runGitHubChecks([doc], { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: TOKEN, retry, cacheDir: dir });
    f.state.users = {};
    const second = await runGitHubChecks([doc], { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: TOKEN, retry, cacheDir: dir });
    expect(first.findings).toEqual([]);
    // The owner's answer changed (now 404, not cached), the repository's did not (304).
    expect(second.findings.map((x) => x.ruleId)).toEqual(['github-owner-missing']);
    f.state.users = { ghost: { id: 9 } };
    const third = await runGitHubChecks([doc], { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: TOKEN, retry, cacheDir: dir });
    expect(third.findings).toEqual([]);
    expect(third.stats.notModified).toBe(3);
    expect(f.requests.slice(-3).map((r) => r.ifNoneMatch !== undefined)).toEqual([true, true, true]);
    const files = readdirSync(join(dir, 'github'));
    expect(files.length).toBe(3);
    for (const file of files) expect(readFileSync(join(dir, 'github', file), 'utf8')).not.toContain(TOKEN);
  });

  it('another token does not reuse the entries; a corrupt entry is a plain request', async () => {
    const { f, dir } = await setup();
    const doc = trust('repo:ghost/app:ref:refs/heads/main');
    await runGitHubChecks([doc], { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: TOKEN, retry, cacheDir: dir });
    const other = await runGitHubChecks([doc], { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: 'gho_other', retry, cacheDir: dir });
    expect(other.stats.notModified).toBe(0);
    for (const file of readdirSync(join(dir, 'github'))) writeFileSync(join(dir, 'github', file), '{not json');
    const again = await runGitHubChecks([doc], { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: TOKEN, retry, cacheDir: dir });
    expect(again.findings).toEqual([]);
    expect(again.stats.notModified).toBe(0);
  });

  it('lives in $XDG_CACHE_HOME/trustlint, else ~/.cache/trustlint', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' })).toBe(join('/x/cache', 'trustlint'));
    expect(defaultCacheDir({ HOME: '/home/u' })).toBe(join('/home/u', '.cache', 'trustlint'));
    expect(defaultCacheDir({})).toBeUndefined();
  });
});
