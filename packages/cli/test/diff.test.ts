import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { commitFiles, GIT_TEST_ENV, gitIn, gitRepo } from './git-helpers.js';
import { githubTrustPolicy, removeTrees, runCli } from './helpers.js';

afterEach(removeTrees);

const BIN = fileURLToPath(new URL('../bin/trustlint.js', import.meta.url));
const SUB = 'token.actions.githubusercontent.com:sub';
const AUD = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' };
const MAIN = githubTrustPolicy({ StringEquals: { ...AUD, [SUB]: 'repo:acme/app:ref:refs/heads/main' } });
const MAIN_LIKE = githubTrustPolicy({ StringEquals: AUD, StringLike: { [SUB]: 'repo:acme/app:ref:refs/heads/main' } });
const ANY_REPO = githubTrustPolicy({ StringEquals: AUD, StringLike: { [SUB]: 'repo:acme/*' } });

/** The built CLI, as a user runs it. */
function trustlint(cwd: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: GIT_TEST_ENV, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface DiffJson {
  widened: boolean;
  roles: { after: { file: string }; pairedBy: string; status: string; classes: { cls: string; status: string; witness?: Record<string, string> }[] }[];
  added: { role: { file: string }; admitted: { cls: string }[] }[];
  removed: { role: { file: string } }[];
  workflows: { kind: string }[];
}

describe('trustlint diff (built CLI, a repository with two commits)', () => {
  it('widening: exit 1 with the witness in every format; the baseline and --new-only agree', () => {
    const root = gitRepo({ 'iam/deploy.json': MAIN, 'iam/old.json': ANY_REPO });
    gitIn(root, ['checkout', '-q', '-b', 'feature']);
    commitFiles(root, { 'iam/deploy.json': ANY_REPO }, 'widen deploy');

    const stylish = trustlint(root, ['diff']);
    expect(stylish.stderr).toBe('');
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain('role iam/deploy.json: widened');
    expect(stylish.stdout).toMatch(/widened {3}other repositories of the owner — witness: sub=repo:acme\/[^ ]+/);
    expect(stylish.stdout).not.toContain('iam/old.json');

    const json = JSON.parse(trustlint(root, ['diff', '--base', 'main', '--head', 'HEAD', '-f', 'json']).stdout) as DiffJson;
    expect(json.widened).toBe(true);
    const other = json.roles.find((r) => r.after.file === 'iam/deploy.json')?.classes.find((c) => c.cls === 'other-repo');
    expect(other?.status).toBe('widened');
    // The witness is a token the new policy admits and the old one denies: simulate says so.
    const sub = other?.witness?.sub ?? '';
    expect(trustlint(root, ['simulate', 'iam/deploy.json', '--sub', sub]).code).toBe(0);
    gitIn(root, ['stash', '-q', '--include-untracked']);
    gitIn(root, ['checkout', '-q', 'main']);
    expect(trustlint(root, ['simulate', 'iam/deploy.json', '--sub', sub]).code).toBe(1);
    gitIn(root, ['checkout', '-q', 'feature']);

    const markdown = trustlint(root, ['diff', '--base', 'main', '-f', 'markdown']);
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toContain('### role <code>iam/deploy.json</code>: widened');
    expect(markdown.stdout).toContain('| other repositories of the owner | no | yes | **widened** |');
    expect(markdown.stdout).toContain('```mermaid');

    const sarif = JSON.parse(trustlint(root, ['diff', '--base', 'main', '-f', 'sarif']).stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const results = sarif.runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.locations[0]?.physicalLocation.artifactLocation.uri === 'iam/deploy.json')).toBe(true);

    // check --new-only: the old wide policy is not reported, the newly widened one is.
    // (oidc-owner-wide is a warning: check exits 0 where diff, which gates on any newly admitted class, exits 1.)
    const newOnly = trustlint(root, ['check', '--new-only', '--base', 'main', '-f', 'json']);
    expect(newOnly.code).toBe(0);
    const files = new Set((JSON.parse(newOnly.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file));
    expect([...files]).toEqual(['iam/deploy.json']);

    // Baseline round trip: recorded now, nothing new; the next widening is reported.
    expect(trustlint(root, ['check', 'iam', '--write-baseline', '.trustlint-baseline.json']).stderr).toContain('wrote 2 findings');
    const known = trustlint(root, ['check', 'iam', '--baseline', '.trustlint-baseline.json']);
    expect(known.stdout).toContain('no problems');
    writeFileSync(join(root, 'iam/more.json'), ANY_REPO);
    const again = trustlint(root, ['check', 'iam', '--baseline', '.trustlint-baseline.json', '--max-warnings', '0']);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('iam/more.json');
    expect(again.stdout).not.toContain('iam/deploy.json');
    expect(JSON.parse(readFileSync(join(root, '.trustlint-baseline.json'), 'utf8'))).toMatchObject({ version: 1 });
  });

  it('no change in who gets in: a renamed file with StringEquals → StringLike without wildcards exits 0', async () => {
    const root = gitRepo({ 'iam/deploy.json': MAIN });
    commitFiles(root, { 'iam/deploy.json': null, 'roles/deploy.json': MAIN_LIKE }, 'rename');
    const run = await runCli(['diff', '--base', 'HEAD~1', '-f', 'json'], { cwd: root, env: GIT_TEST_ENV });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as DiffJson;
    expect(json.added).toEqual([]);
    expect(json.removed).toEqual([]);
    expect(json.roles.map((r) => [r.after.file, r.pairedBy, r.status])).toEqual([['roles/deploy.json', 'file-name', 'unchanged']]);
  });

  it('narrowing and removed roles exit 0; added roles carry their verdict', async () => {
    const root = gitRepo({ 'iam/deploy.json': ANY_REPO, 'iam/gone.json': MAIN });
    const prod = githubTrustPolicy({ StringEquals: { ...AUD, [SUB]: 'repo:acme/app:environment:prod' } });
    commitFiles(root, { 'iam/deploy.json': MAIN, 'iam/gone.json': null, 'iam/new.json': prod }, 'narrow');
    const run = await runCli(['diff', '--base', 'HEAD~1'], { cwd: root, env: GIT_TEST_ENV });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('role iam/deploy.json: narrowed');
    expect(run.stdout).toContain('removed role iam/gone.json');
    expect(run.stdout).toContain('added role iam/new.json: no outsider class admitted');
    expect(run.stdout).toContain('✔ no outsider newly admitted to any role');
  });

  it('a workflow that newly gets id-token: write and AWS credentials is listed', async () => {
    const wf = (extra: string): string =>
      `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n${extra}    steps:\n      - run: echo hi\n`;
    const oidc = `    permissions:\n      id-token: write\n`;
    const root = gitRepo({ '.github/workflows/d.yml': wf('') });
    commitFiles(root, { '.github/workflows/d.yml': `${wf(oidc)}      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502\n        with:\n          role-to-assume: arn:aws:iam::123456789012:role/deploy\n          aws-region: eu-west-1\n` }, 'oidc');
    const run = await runCli(['diff', '--base', 'HEAD~1', '-f', 'json'], { cwd: root, env: GIT_TEST_ENV });
    const kinds = (JSON.parse(run.stdout) as DiffJson).workflows.map((w) => w.kind);
    expect(kinds).toContain('obtains-aws-credentials');
    expect(kinds).toContain('id-token-write');
  });

  it('says which base it needs when there is no default branch', async () => {
    const root = gitRepo({ 'iam/a.json': MAIN });
    gitIn(root, ['branch', '-m', 'trunk']);
    const run = await runCli(['diff'], { cwd: root, env: GIT_TEST_ENV });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give --base REF');
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: root, env: GIT_TEST_ENV }).toString()).toBe('');
  });
});
