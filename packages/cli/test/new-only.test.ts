import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { materializeCommit } from '../src/git-tree.js';
import { commitFiles, GIT_TEST_ENV, gitRepo } from './git-helpers.js';
import { githubTrustPolicy, parseReport, removeTrees, runCli } from './helpers.js';

afterEach(removeTrees);

const WIDE = githubTrustPolicy({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme*' } });
const AUD = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' };
/** Any branch of acme/app (oidc-any-branch at most); with aud. */
const ANY_BRANCH = githubTrustPolicy({ StringEquals: AUD, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:*' } });

function trees(): string[] {
  return readdirSync(tmpdir()).filter((n) => n.startsWith('trustlint-tree-'));
}

describe('check --new-only --base REF', () => {
  it('reports only the findings the change introduces; old ones stay out even when lines move', async () => {
    const root = gitRepo({ 'iam/old.json': WIDE, 'iam/ok.json': ANY_BRANCH });
    const before = trees();
    // The old policy moves down two lines; a new wide policy is added in a new folder.
    writeFileSync(join(root, 'iam/old.json'), `\n\n${WIDE}`);
    commitFiles(root, { 'roles/new.json': WIDE }, 'change');
    const run = await runCli(['check', '.', '--new-only', '--base', 'HEAD~1', '--format', 'json'], { cwd: root, env: GIT_TEST_ENV });
    expect(run.stderr).toMatch(/findings known in the base HEAD~1 not reported; 0 fixed/);
    expect(run.code).toBe(1);
    const report = parseReport(run.stdout);
    expect([...new Set(report.findings.map((f) => f.file))]).toEqual(['roles/new.json']);
    expect(report.findings.map((f) => f.ruleId)).toContain('oidc-any-owner');
    // The temporary tree is gone.
    expect(trees()).toEqual(before);
  });

  it('passes when the change only fixes things, and says what was fixed', async () => {
    const root = gitRepo({ 'iam/old.json': WIDE });
    commitFiles(root, { 'iam/old.json': ANY_BRANCH }, 'narrow');
    const run = await runCli(['check', 'iam', '--new-only', '--base', 'HEAD~1'], { cwd: root, env: GIT_TEST_ENV });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('trustlint: fixed: oidc-any-owner iam/old.json');
  });

  it('writes only the regular files of the commit: links are left out, and the folder is removed', () => {
    const root = gitRepo({ 'iam/a.json': ANY_BRANCH });
    symlinkSync('/etc/passwd', join(root, 'iam/link.json'));
    commitFiles(root, {}, 'link');
    const tree = materializeCommit('--base', 'HEAD', root, GIT_TEST_ENV);
    try {
      expect(tree.skipped).toEqual(['iam/link.json']);
      expect(readdirSync(join(tree.root, 'iam'))).toEqual(['a.json']);
      expect(readFileSync(join(tree.root, 'iam/a.json'), 'utf8')).toBe(ANY_BRANCH);
    } finally {
      tree.remove();
    }
    expect(existsSync(tree.root)).toBe(false);
  });

  it('needs --base, a repository and a commit of it', async () => {
    const root = gitRepo({ 'iam/a.json': WIDE });
    const noBase = await runCli(['check', '.', '--new-only'], { cwd: root, env: GIT_TEST_ENV });
    expect(noBase.code).toBe(2);
    expect(noBase.stderr).toContain('--new-only needs --base REF');
    const badRef = await runCli(['check', '.', '--new-only', '--base', 'nosuch'], { cwd: root, env: GIT_TEST_ENV });
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toContain('--base: nosuch is not a commit of this repository');
    const alone = await runCli(['check', '.', '--base', 'HEAD'], { cwd: root, env: GIT_TEST_ENV });
    expect(alone.code).toBe(2);
  });
});
