import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_POLICY, githubTrustPolicy, makeTree, parseReport, removeTrees, runCli } from './helpers.js';

/**
 * `--config-from-base REF`: a pull request cannot switch its own gate off. The configuration and the
 * .gitignore files come from the base commit; what the pull request commits to them is not read.
 */

afterEach(removeTrees);

const ANY_OWNER = githubTrustPolicy({
  StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
  StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' },
});

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A repository whose first commit is `base`; `pr` is then committed on top (force-added: as a pull request can). */
function repository(base: Record<string, string>, pr: Record<string, string>): { root: string; baseSha: string } {
  const root = makeTree({});
  git(root, 'init', '-q', '-b', 'main');
  write(root, { 'README.md': '# app\n', ...base });
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'base');
  const baseSha = git(root, 'rev-parse', 'HEAD');
  write(root, pr);
  git(root, 'add', '-A', '-f');
  git(root, 'commit', '-q', '--allow-empty', '-m', 'pull request');
  return { root, baseSha };
}

describe('--config-from-base REF', () => {
  it('ignores an "ignore everything" configuration the pull request adds: the base has none, so defaults', async () => {
    const { root, baseSha } = repository({}, { '.trustlintrc.json': '{ "ignore": ["**"] }', 'iam/ci.json': ANY_OWNER });
    // The pull request's own configuration hides everything: with the unmatched-folder check off
    // (ESLint's flag) the run would pass, having analysed nothing.
    const fromPr = await runCli(['check', '--format', 'json', '--no-error-on-unmatched-pattern'], { cwd: root });
    expect(fromPr.code).toBe(0);
    expect(parseReport(fromPr.stdout).summary).toMatchObject({ files: 0, errors: 0 });
    // By default a folder that gives no file is a usage error: exit 2, never a silent pass.
    expect((await runCli(['check', '--format', 'json'], { cwd: root })).code).toBe(2);

    for (const ref of [baseSha, 'HEAD^1', 'main~1']) {
      const gated = await runCli(['check', '--config-from-base', ref, '--format', 'json'], { cwd: root });
      expect(gated.stderr).toBe('');
      expect(gated.code).toBe(1);
      const report = parseReport(gated.stdout);
      expect(report.findings.map((f) => [f.ruleId, f.file])).toEqual([['oidc-any-owner', 'iam/ci.json']]);
      expect(report.summary).toMatchObject({ files: 1 });
    }
  });

  it('keeps the base configuration when the pull request turns a rule off', async () => {
    const { root } = repository(
      { 'trustlint.config.json': '{ "rules": { "oidc-any-owner": "warning" } }' },
      { 'trustlint.config.json': '{ "rules": { "oidc-any-owner": "off" } }', 'iam/ci.json': ANY_OWNER },
    );
    expect(parseReport((await runCli(['check', '--format', 'json'], { cwd: root })).stdout).findings).toEqual([]);
    const gated = parseReport((await runCli(['check', '--config-from-base', 'HEAD~1', '--format', 'json'], { cwd: root })).stdout);
    expect(gated.findings.map((f) => [f.ruleId, f.severity])).toEqual([['oidc-any-owner', 'warning']]);
  });

  it('reads the .gitignore files of the base: one the pull request adds or widens hides nothing', async () => {
    const { root } = repository(
      { '.gitignore': 'generated/\n', 'generated/.keep': '' },
      { '.gitignore': 'generated/\n*.json\n', 'iam/.gitignore': '*\n', 'iam/ci.json': ANY_OWNER, 'other/ci.json': ANY_OWNER },
    );
    // Untracked output that the base ignores stays ignored.
    write(root, { 'generated/out.json': ANY_OWNER });
    const fromPr = parseReport((await runCli(['check', '--format', 'json', '--no-error-on-unmatched-pattern'], { cwd: root })).stdout);
    expect(fromPr.findings).toEqual([]);
    const gated = parseReport((await runCli(['check', '--config-from-base', 'HEAD~1', '--format', 'json'], { cwd: root })).stdout);
    expect(gated.findings.map((f) => f.file)).toEqual(['iam/ci.json', 'other/ci.json']);
    // Named folders see the base's .gitignore files above them too.
    const named = parseReport((await runCli(['check', 'iam', '--config-from-base', 'HEAD~1', '--format', 'json'], { cwd: root })).stdout);
    expect(named.findings.map((f) => f.file)).toEqual(['iam/ci.json']);
  });

  it('looks the configuration up from the working directory to the root in the base, and reads --config there', async () => {
    const { root } = repository(
      { 'infra/.trustlintrc.json': '{ "rules": { "oidc-any-owner": "info" } }', 'strict.json': '{ "rules": { "oidc-any-owner": "warning" } }' },
      { 'infra/.trustlintrc.json': '{ "rules": { "oidc-any-owner": "off" } }', 'strict.json': '{ "rules": { "oidc-any-owner": "off" } }', 'infra/ci.json': ANY_OWNER },
    );
    const cwd = join(root, 'infra');
    const looked = parseReport((await runCli(['check', '--config-from-base', 'HEAD~1', '--format', 'json'], { cwd })).stdout);
    expect(looked.findings.map((f) => f.severity)).toEqual(['info']);
    const named = parseReport((await runCli(['check', '--config-from-base', 'HEAD~1', '--config', '../strict.json', '--format', 'json'], { cwd })).stdout);
    expect(named.findings.map((f) => f.severity)).toEqual(['warning']);
    const missing = await runCli(['check', '--config-from-base', 'HEAD~1', '--config', 'nope.json'], { cwd });
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'trustlint: no such file in HEAD~1: infra/nope.json\n' });
  });

  it('reports a base configuration that is a link or invalid JSON with its place in the base (exit 2)', async () => {
    const linked = repository({}, {});
    symlinkSync('/etc/passwd', join(linked.root, 'trustlint.config.json'));
    git(linked.root, 'add', '-A');
    git(linked.root, 'commit', '-qm', 'link');
    expect(await runCli(['check', '--config-from-base', 'HEAD'], { cwd: linked.root })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'trustlint: HEAD:trustlint.config.json: a symbolic link in the base commit: not read\n',
    });
    const broken = repository({ '.trustlintrc.json': '{ "rules": ' }, { 'a.json': EMPTY_POLICY });
    const result = await runCli(['check', '--config-from-base', 'HEAD~1'], { cwd: broken.root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^trustlint: HEAD~1:\.trustlintrc\.json:1:10: invalid JSON: unexpected end of input after ':'\n$/);
  });

  it('is a usage error without a repository, with an unknown ref, or with an option-like ref', async () => {
    const { root } = repository({}, { 'a.json': EMPTY_POLICY });
    const unknown = await runCli(['check', '--config-from-base', 'no-such-branch'], { cwd: root });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^trustlint: --config-from-base: no-such-branch is not a commit of this repository .*fetch-depth/);
    expect((await runCli(['check', '--config-from-base', '--output=x'], { cwd: root })).stderr).toBe(
      "trustlint: --config-from-base expects a commit, branch or tag, got '--output=x'\n",
    );
    rmSync(join(root, '.git'), { recursive: true });
    expect((await runCli(['check', '--config-from-base', 'HEAD'], { cwd: root })).stderr).toBe(
      'trustlint: --config-from-base needs a git repository: the working directory is in none\n',
    );
  });

  it('applies to explain and simulate as well', async () => {
    const { root } = repository(
      { 'trustlint.config.json': '{ "owners": ["acme"] }' },
      { 'trustlint.config.json': '{ "owners": ["evil"] }', 'ci.json': ANY_OWNER },
    );
    const explained = await runCli(['explain', 'ci.json', '--config-from-base', 'HEAD~1', '--format', 'json'], { cwd: root });
    expect(explained.code).toBe(0);
    const simulated = await runCli(['simulate', 'ci.json', '--sub', 'repo:x/y:ref:refs/heads/main', '--config-from-base', 'HEAD~1'], { cwd: root });
    expect(simulated.code).toBe(0);
    expect((await runCli(['simulate', 'ci.json', '--sub', 'x', '--config-from-base', 'nope'], { cwd: root })).code).toBe(2);
  });
});
