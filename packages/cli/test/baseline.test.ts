import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { githubTrustPolicy, makeTree, parseReport, removeTrees, runCli } from './helpers.js';

afterEach(removeTrees);

/** `repo:acme*` lets any owner whose name starts with acme in (oidc-any-owner, an error) and no aud condition (oidc-audience). */
const WIDE = githubTrustPolicy({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme*' } });
/** One repository and branch, with the audience: no finding. */
const TIGHT = githubTrustPolicy({
  StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main', 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
});

interface BaselineFile {
  version: number;
  findings: { fingerprint: string; ruleId: string; file?: string; message: string }[];
}

describe('check --write-baseline / --baseline', () => {
  it('records every finding, then reports only new ones; moving a finding down keeps it known', async () => {
    const root = makeTree({ 'iam/old.json': WIDE }, { git: true });
    const first = await runCli(['check', 'iam', '--write-baseline', 'trustlint-baseline.json'], { cwd: root });
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('wrote 2 findings to the baseline trustlint-baseline.json');
    const baseline = JSON.parse(readFileSync(join(root, 'trustlint-baseline.json'), 'utf8')) as BaselineFile;
    expect(baseline.version).toBe(1);
    expect(baseline.findings.map((f) => [f.ruleId, f.file])).toEqual([
      ['oidc-any-owner', 'iam/old.json'],
      ['oidc-audience', 'iam/old.json'],
    ]);
    for (const f of baseline.findings) expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);

    // Lines above the finding change, and a new wide policy appears: only the new one is reported.
    writeFileSync(join(root, 'iam/old.json'), `\n\n${WIDE}`);
    writeFileSync(join(root, 'iam/new.json'), WIDE);
    const second = await runCli(['check', 'iam', '--baseline', 'trustlint-baseline.json', '--format', 'json'], { cwd: root });
    expect(second.code).toBe(1);
    const report = parseReport(second.stdout);
    expect(report.findings.map((f) => [f.ruleId, f.file])).toEqual([
      ['oidc-audience', 'iam/new.json'],
      ['oidc-any-owner', 'iam/new.json'],
    ]);
    expect((report as unknown as { baseline: unknown }).baseline).toEqual({ from: 'baseline trustlint-baseline.json', matched: 2, fixed: [] });
    expect(second.stderr).toContain('2 findings known in the baseline trustlint-baseline.json not reported; 0 fixed');
  });

  it('passes when every finding is in the baseline, and lists the entries no longer found as fixed', async () => {
    const root = makeTree({ 'iam/a.json': WIDE }, { git: true });
    await runCli(['check', 'iam', '--write-baseline', 'b.json'], { cwd: root });
    const same = await runCli(['check', 'iam', '--baseline', 'b.json'], { cwd: root });
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('no problems');

    writeFileSync(join(root, 'iam/a.json'), TIGHT);
    const fixed = await runCli(['check', 'iam', '--baseline', 'b.json', '--format', 'json'], { cwd: root });
    expect(fixed.code).toBe(0);
    const known = (parseReport(fixed.stdout) as unknown as { baseline: { matched: number; fixed: { ruleId: string; file: string }[] } }).baseline;
    expect(known.matched).toBe(0);
    expect(known.fixed.map((e) => [e.ruleId, e.file])).toEqual([
      ['oidc-any-owner', 'iam/a.json'],
      ['oidc-audience', 'iam/a.json'],
    ]);
    expect(fixed.stderr).toContain('0 findings known in the baseline b.json not reported; 2 fixed');
    expect(fixed.stderr).toContain('trustlint: fixed: oidc-any-owner iam/a.json');
  });

  it('refuses a missing, malformed or other-version baseline with the file and the entry named', async () => {
    const root = makeTree({ 'iam/a.json': WIDE, 'v2.json': '{"version":2,"findings":[]}', 'bad.json': '{"version":1,"findings":[{"ruleId":"x","fingerprint":"zz"}]}' }, { git: true });
    const missing = await runCli(['check', 'iam', '--baseline', 'none.json'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--baseline: no such file: none.json');
    const v2 = await runCli(['check', 'iam', '--baseline', 'v2.json'], { cwd: root });
    expect(v2.code).toBe(2);
    expect(v2.stderr).toContain('"version" is 2; this trustlint reads version 1');
    const bad = await runCli(['check', 'iam', '--baseline', 'bad.json'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--baseline bad.json: findings[0]: "fingerprint" must be 32 hex digits');
  });

  it('masks a credential quoted in a finding message before writing it into the baseline', async () => {
    // An access key id in a workflow is reported with the key masked; the baseline must not hold it either.
    const key = ['AKIA', 'Q3EGRIJY5BTYX5QK'].join('');
    const workflow = `on: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: ${key}\n    steps:\n      - run: aws s3 ls\n`;
    const root = makeTree({ '.github/workflows/d.yml': workflow }, { git: true });
    await runCli(['check', '.', '--write-baseline', 'b.json'], { cwd: root });
    const text = readFileSync(join(root, 'b.json'), 'utf8');
    expect((JSON.parse(text) as BaselineFile).findings.length).toBeGreaterThan(0);
    expect(text).not.toContain(key);
  });
});
