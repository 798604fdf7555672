import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionError, diffArguments, readInputs, runGithubAction } from '../src/github-action.js';
import { commitFiles, GIT_TEST_ENV, gitIn, gitRepo } from './git-helpers.js';
import { githubTrustPolicy, removeTrees } from './helpers.js';

afterEach(removeTrees);

const SUB = 'token.actions.githubusercontent.com:sub';
const AUD = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' };
const MAIN = githubTrustPolicy({ StringEquals: { ...AUD, [SUB]: 'repo:acme/app:ref:refs/heads/main' } });
const ANY_REPO = githubTrustPolicy({ StringEquals: AUD, StringLike: { [SUB]: 'repo:acme/*' } });

async function runAction(cwd: string, env: Record<string, string>): Promise<{ code: number; stdout: string; outputs: string; summary: string }> {
  let stdout = '';
  const outputFile = join(cwd, '.github-output');
  const summaryFile = join(cwd, '.step-summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const code = await runGithubAction({
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: () => true },
    cwd,
    env: { ...GIT_TEST_ENV, GITHUB_WORKSPACE: cwd, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...env },
    isTTY: false,
  });
  return { code, stdout, outputs: readFileSync(outputFile, 'utf8'), summary: readFileSync(summaryFile, 'utf8') };
}

describe('the Action with diff-base', () => {
  it('writes the trust diff as markdown to the job summary and fails the step on a widening', async () => {
    const root = gitRepo({ 'iam/deploy.json': MAIN });
    const base = gitIn(root, ['rev-parse', 'HEAD']);
    commitFiles(root, { 'iam/deploy.json': ANY_REPO }, 'widen');
    const run = await runAction(root, { TRUSTLINT_DIFF_BASE: base, TRUSTLINT_OUTPUT: 'trustlint.sarif' });
    expect(run.stdout).toContain(`trustlint diff --base ${base} . --format markdown --output`);
    expect(run.summary).toContain('## trustlint: trust changes');
    expect(run.summary).toContain('| other repositories of the owner | no | yes | **widened** |');
    expect(run.summary).toContain('```mermaid');
    expect(run.outputs).toContain('trust-widened=true\n');
    // check alone finds only a warning (oidc-owner-wide): the diff is what fails the step.
    expect(run.outputs).toContain('exit-code=0\n');
    expect(run.code).toBe(1);
    const lenient = await runAction(root, { TRUSTLINT_DIFF_BASE: base, TRUSTLINT_FAIL_ON_FINDINGS: 'false' });
    expect(lenient.code).toBe(0);
  });

  it('passes when nothing widened, and validates the input', async () => {
    const root = gitRepo({ 'iam/deploy.json': ANY_REPO });
    const base = gitIn(root, ['rev-parse', 'HEAD']);
    commitFiles(root, { 'iam/deploy.json': MAIN }, 'narrow');
    const run = await runAction(root, { TRUSTLINT_DIFF_BASE: base });
    expect(run.outputs).toContain('trust-widened=false\n');
    expect(run.summary).toContain('narrowed');
    expect(run.code).toBe(0);
    expect(() => readInputs({ TRUSTLINT_DIFF_BASE: '--upload-pack=x' })).toThrow(ActionError);
    expect(readInputs({ TRUSTLINT_DIFF_BASE: base }).diffBase).toBe(base);
    expect(diffArguments({ ...readInputs({ TRUSTLINT_CONFIG: 'c.json' }), diffBase: base }, '/tmp/d.md')).toEqual([
      'diff', '--base', base, '.', '--format', 'markdown', '--output', '/tmp/d.md', '--config', 'c.json',
    ]);
  });
});
