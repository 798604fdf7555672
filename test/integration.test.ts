import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The ways users run trustlint outside this repository: the self-contained bundle (what the Action,
 * the pre-commit hooks and an install onto PATH use), the composite Action, and the pre-commit hooks.
 */
const ROOT = join(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'bundle', 'trustlint.mjs');
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trustlint-it-'));
  scratch.push(dir);
  return dir;
}

function run(cmd: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundle', () => {
  it('prints exactly what the workspace CLI prints, from outside the repository', () => {
    const viaBundle = run(process.execPath, [BUNDLE, 'check', join(ROOT, 'examples'), '--format', 'json'], { cwd: tmpdir() });
    const viaCli = run(process.execPath, [join(ROOT, 'packages/cli/bin/trustlint.js'), 'check', join(ROOT, 'examples'), '--format', 'json'], { cwd: tmpdir() });
    expect(viaBundle.code).toBe(1);
    expect(viaBundle.stdout).toBe(viaCli.stdout);
  });

  it('runs as a command on PATH (the README install) without node_modules', () => {
    const bin = tempDir();
    symlinkSync(BUNDLE, join(bin, 'trustlint'));
    const r = run('trustlint', ['--version'], { cwd: tmpdir(), env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, NODE_PATH: '' } });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }).version);
  });
});

describe('the composite GitHub Action (scripts/verify-action.mjs)', () => {
  const verify = join(ROOT, 'scripts', 'verify-action.mjs');

  it('writes valid SARIF and fails the step on error findings', () => {
    const sarif = join(tempDir(), 'out.sarif');
    const r = run(process.execPath, [verify, '--workspace', join(ROOT, 'examples'), '--input', `sarif-file=${sarif}`], { cwd: ROOT });
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as { outputs: Record<string, string> };
    expect(result.outputs).toEqual({ 'sarif-file': sarif, 'exit-code': '1' });
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results.length).toBeGreaterThan(0);
    expect(r.stdout).toContain('::error file=policies/vulnerable/owner-prefix.json');
  });

  it('passes with fail-on-findings=false, and on a clean workspace', () => {
    const sarif = join(tempDir(), 'out.sarif');
    const lenient = run(process.execPath, [verify, '--workspace', join(ROOT, 'examples'), '--input', `sarif-file=${sarif}`, '--input', 'fail-on-findings=false'], { cwd: ROOT });
    expect(lenient.code).toBe(0);
    const clean = tempDir();
    copyFileSync(join(ROOT, 'examples/policies/fixed/deploy-main.json'), join(clean, 'role.json'));
    expect(run(process.execPath, [verify, '--workspace', clean], { cwd: ROOT }).code).toBe(0);
  });
});

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
if (!hasPreCommit) console.warn('pre-commit is not installed: the pre-commit hook test is skipped (.ci/run installs it)');

describe.skipIf(!hasPreCommit)('pre-commit hooks (.pre-commit-hooks.yaml)', () => {
  it('fail on a bad trust policy and pass on a good one, through the bundle on PATH', () => {
    const repo = tempDir();
    const bin = join(repo, '.bin');
    mkdirSync(bin);
    symlinkSync(BUNDLE, join(bin, 'trustlint'));
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, PRE_COMMIT_HOME: join(repo, '.cache'), GIT_CONFIG_NOSYSTEM: '1' };
    execFileSync('git', ['init', '-q', '.'], { cwd: repo });
    copyFileSync(join(ROOT, 'examples/policies/vulnerable/aud-only.json'), join(repo, 'bad.json'));
    copyFileSync(join(ROOT, 'examples/policies/fixed/deploy-main.json'), join(repo, 'good.json'));
    writeFileSync(join(repo, 'README.md'), 'scratch\n');
    execFileSync('git', ['add', '.'], { cwd: repo });
    const bad = run('pre-commit', ['try-repo', ROOT, 'trustlint-policies', '--files', 'bad.json'], { cwd: repo, env });
    expect(bad.code, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout).toContain('oidc-any-owner');
    const good = run('pre-commit', ['try-repo', ROOT, 'trustlint-policies', '--files', 'good.json'], { cwd: repo, env });
    expect(good.code, good.stdout + good.stderr).toBe(0);
    const all = run('pre-commit', ['try-repo', ROOT, 'trustlint', '--files', 'good.json', 'README.md'], { cwd: repo, env });
    expect(all.code, all.stdout + all.stderr).toBe(0);
  });
});
