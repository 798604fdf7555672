import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runGithubAction } from '../src/github-action.js';
import { commitFiles, GIT_TEST_ENV, gitIn, gitRepo } from './git-helpers.js';
import { githubTrustPolicy, parseReport, removeTrees, runCli } from './helpers.js';

afterEach(removeTrees);

/**
 * Issue 15's end-to-end: one git repository with two commits (a base with old findings, a head that
 * widens one role, adds a finding and fixes an old one), and the three ways to gate on the change —
 * `diff`, `check --new-only`, the baseline round trip — first through the CLI, then through the
 * Action's step (action.yml → runGithubAction, in-process; the bundled run is test/packaged.test.ts).
 * Each way must agree on what is new.
 */
const SUB = 'token.actions.githubusercontent.com:sub';
const AUD = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' };
const MAIN = githubTrustPolicy({ StringEquals: { ...AUD, [SUB]: 'repo:acme/app:ref:refs/heads/main' } });
/** Any repository of acme: oidc-owner-wide (a warning). */
const ANY_REPO = githubTrustPolicy({ StringEquals: AUD, StringLike: { [SUB]: 'repo:acme/*' } });
/** Any branch of acme/app: an old finding the change leaves alone. */
const ANY_BRANCH = githubTrustPolicy({ StringEquals: AUD, StringLike: { [SUB]: 'repo:acme/app:*' } });
/** Any owner whose name starts with acme, no audience: oidc-any-owner (an error), fixed by the change. */
const ANY_OWNER = githubTrustPolicy({ StringLike: { [SUB]: 'repo:acme*' } });

interface Repo {
  root: string;
  base: string;
}

function twoCommits(): Repo {
  const root = gitRepo({ 'iam/deploy.json': MAIN, 'iam/build.json': ANY_BRANCH, 'iam/legacy.json': ANY_OWNER });
  const base = gitIn(root, ['rev-parse', 'HEAD']);
  // The head: deploy widened to any repository of acme, legacy fixed, build left alone (its lines move).
  commitFiles(root, { 'iam/deploy.json': ANY_REPO, 'iam/legacy.json': MAIN, 'iam/build.json': `\n${ANY_BRANCH}` }, 'widen deploy, fix legacy');
  return { root, base };
}

const pairs = (findings: readonly { ruleId: string; file?: string | null }[]): string[] => findings.map((f) => `${f.ruleId} ${f.file ?? ''}`).sort();

interface SarifLog {
  runs: { results?: { ruleId?: string; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[];
}
const sarifPairs = (log: SarifLog): string[] =>
  log.runs.flatMap((r) => r.results ?? []).map((r) => `${r.ruleId ?? ''} ${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''}`).sort();

async function runAction(cwd: string, env: Record<string, string>): Promise<{ code: number; outputs: string; summary: string }> {
  const outputFile = join(cwd, '.github-output');
  const summaryFile = join(cwd, '.step-summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const code = await runGithubAction({
    stdout: { write: () => true },
    stderr: { write: () => true },
    cwd,
    env: { ...GIT_TEST_ENV, GITHUB_WORKSPACE: cwd, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...env },
    isTTY: false,
  });
  return { code, outputs: readFileSync(outputFile, 'utf8'), summary: readFileSync(summaryFile, 'utf8') };
}

describe('two commits, end to end: diff, check --new-only and the baseline round trip', () => {
  it('through the CLI', async () => {
    const { root, base } = twoCommits();
    const cli = (argv: string[]): ReturnType<typeof runCli> => runCli(argv, { cwd: root, env: GIT_TEST_ENV });

    // diff: deploy widened (other-repo), legacy narrowed, build unchanged; exit 1 for the widening.
    const diff = await cli(['diff', '--base', base, '--format', 'json']);
    expect(diff.code).toBe(1);
    const report = JSON.parse(diff.stdout) as { widened: boolean; roles: { after: { file: string }; classes: { cls: string; status: string; witness?: Record<string, string> }[] }[] };
    expect(report.widened).toBe(true);
    const byFile = new Map(report.roles.map((r) => [r.after.file, r.classes.filter((c) => c.status !== 'unchanged')]));
    expect(byFile.get('iam/deploy.json')?.map((c) => `${c.status} ${c.cls}`)).toContain('widened other-repo');
    expect(byFile.get('iam/deploy.json')?.find((c) => c.cls === 'other-repo')?.witness?.['sub']).toMatch(/^repo:acme\//);
    expect(byFile.get('iam/legacy.json')?.every((c) => c.status === 'narrowed')).toBe(true);
    expect(byFile.get('iam/build.json')).toEqual([]);
    expect((report as unknown as { renamed: unknown }).renamed).toEqual([]);
    const markdown = await cli(['diff', '--base', base, '--format', 'markdown']);
    expect(markdown.stdout).toContain('| other repositories of the owner | no | yes | **widened** |');

    // check --new-only: only deploy's new finding; legacy's is fixed, build's is known.
    const newOnly = await cli(['check', '.', '--new-only', '--base', base, '--format', 'json']);
    expect(pairs(parseReport(newOnly.stdout).findings)).toEqual(['oidc-owner-wide iam/deploy.json']);
    expect(newOnly.stderr).toMatch(/fixed: oidc-any-owner iam\/legacy\.json/);

    // Baseline: written at the base commit, read at the head — the same answer as --new-only.
    gitIn(root, ['checkout', '-q', base]);
    const written = await cli(['check', '.', '--write-baseline', 'trustlint-baseline.json']);
    expect(written.stderr).toMatch(/wrote \d+ findings to the baseline trustlint-baseline\.json/);
    gitIn(root, ['checkout', '-q', '-']);
    const known = await cli(['check', '.', '--baseline', 'trustlint-baseline.json', '--format', 'json']);
    const baselined = parseReport(known.stdout);
    expect(pairs(baselined.findings)).toEqual(['oidc-owner-wide iam/deploy.json']);
    const fixed = (baselined as unknown as { baseline: { fixed: { ruleId: string; file: string }[] } }).baseline.fixed;
    expect(pairs(fixed)).toContain('oidc-any-owner iam/legacy.json');
    // A warning only: the gate on findings passes, the gate on trust (diff) does not.
    expect(known.code).toBe(0);
  });

  it("through the Action's step: diff-base, then --new-only and --baseline as extra arguments", async () => {
    const { root, base } = twoCommits();

    const diff = await runAction(root, { TRUSTLINT_DIFF_BASE: base, TRUSTLINT_OUTPUT: 'full.sarif' });
    expect(diff.outputs).toContain('trust-widened=true\n');
    expect(diff.summary).toContain('| other repositories of the owner | no | yes | **widened** |');
    expect(diff.code).toBe(1);
    // The plain check reports the old finding too (build); legacy's is fixed at the head.
    const full = JSON.parse(readFileSync(join(root, 'full.sarif'), 'utf8')) as SarifLog;
    expect(sarifPairs(full)).toEqual(['oidc-any-context iam/build.json', 'oidc-owner-wide iam/deploy.json']);

    const newOnly = await runAction(root, { TRUSTLINT_ARGS: `--new-only --base ${base}`, TRUSTLINT_OUTPUT: 'new.sarif' });
    const fresh = JSON.parse(readFileSync(join(root, 'new.sarif'), 'utf8')) as SarifLog;
    expect(sarifPairs(fresh)).toEqual(['oidc-owner-wide iam/deploy.json']);
    expect(newOnly.outputs).toContain('errors=0\n');
    expect(newOnly.code).toBe(0);

    gitIn(root, ['checkout', '-q', base]);
    const write = await runAction(root, { TRUSTLINT_ARGS: '--write-baseline trustlint-baseline.json', TRUSTLINT_OUTPUT: 'base.sarif', TRUSTLINT_FAIL_ON_FINDINGS: 'false' });
    expect(write.code).toBe(0);
    // The baseline file is not committed: it stays in the workspace across the checkout.
    gitIn(root, ['checkout', '-q', '-']);
    const read = await runAction(root, { TRUSTLINT_ARGS: '--baseline trustlint-baseline.json', TRUSTLINT_OUTPUT: 'baselined.sarif' });
    const baselined = JSON.parse(readFileSync(join(root, 'baselined.sarif'), 'utf8')) as SarifLog;
    expect(sarifPairs(baselined)).toEqual(sarifPairs(fresh));
    expect(read.code).toBe(0);
  });
});
