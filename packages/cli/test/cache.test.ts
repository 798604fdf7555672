import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTree, removeTrees, runCli } from './helpers.js';

// The workflow-role-mismatch fixture (packages/core/test/fixtures/rules/workflow-role-mismatch/invalid/
// environment-job), with the role in another folder: a cross-file finding.
const WORKFLOW = `name: deploy
on:
  push:
    branches: [main]
permissions:
  contents: read
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: aws-actions/configure-aws-credentials@8df5847569e6427dd6c4fb1cf565c83acfa8afa7 # v6.0.0
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy
          aws-region: eu-west-1
`;
const role = (sub: string): string => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  DeployRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: deploy
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Federated: arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                token.actions.githubusercontent.com:aud: sts.amazonaws.com
                token.actions.githubusercontent.com:sub: ${sub}
`;

interface Report {
  findings: { ruleId: string; message: string; file: string }[];
  summary: { files: number };
}

function tree(): string {
  return makeTree({
    'trustlint.config.json': '{ "repository": "acme/app" }\n',
    '.github/workflows/deploy.yml': WORKFLOW,
    'infra/role.yaml': role('repo:acme/app:ref:refs/heads/main'),
  });
}

async function check(cwd: string, ...extra: string[]): Promise<{ code: number; stderr: string; report: Report }> {
  const r = await runCli(['check', '.', '--format', 'json', '--cache', ...extra], { cwd });
  return { code: r.code, stderr: r.stderr, report: JSON.parse(r.stdout) as Report };
}

const rules = (r: Report): string[] => r.findings.map((f) => f.ruleId).sort();

/** Marks the cached entry's findings, so that a run shows whether it reused them (no clock needed). */
function markCachedMessages(file: string, edit: (entry: Record<string, unknown>) => void = () => undefined): void {
  const entry = JSON.parse(readFileSync(file, 'utf8')) as { result: { findings: { message: string }[] } } & Record<string, unknown>;
  for (const f of entry.result.findings) f.message = `CACHED ${f.message}`;
  edit(entry);
  writeFileSync(file, JSON.stringify(entry));
}

const fromCache = (r: Report): boolean => r.findings.length > 0 && r.findings.every((f) => f.message.startsWith('CACHED '));

describe('check --cache (issue 19)', () => {
  afterEach(removeTrees);

  it('writes .trustlintcache, and a second run on the unchanged tree reuses the result', async () => {
    const cwd = tree();
    const first = await check(cwd);
    expect(first.code).toBe(1);
    expect(rules(first.report)).toContain('workflow-role-mismatch');
    const cacheFile = join(cwd, '.trustlintcache');
    markCachedMessages(cacheFile);
    const second = await check(cwd);
    expect(second.code).toBe(1);
    expect(fromCache(second.report)).toBe(true);
    expect(rules(second.report)).toEqual(rules(first.report));
    expect(second.report.summary.files).toBe(first.report.summary.files);
  });

  it('a changed file re-analyses the run: the cross-file rule sees the role changed in another folder', async () => {
    const cwd = tree();
    await check(cwd);
    markCachedMessages(join(cwd, '.trustlintcache'));
    writeFileSync(join(cwd, 'infra/role.yaml'), role('repo:acme/app:environment:production'));
    const after = await check(cwd);
    expect(fromCache(after.report)).toBe(false);
    expect(rules(after.report)).not.toContain('workflow-role-mismatch');
    // And the new result is what is cached now.
    markCachedMessages(join(cwd, '.trustlintcache'), (e) => {
      (e.result as { findings: unknown[] }).findings.push({ ruleId: 'oidc-audience', severity: 'info', message: 'CACHED marker', location: null });
    });
    const again = await check(cwd);
    expect(again.report.findings.some((f) => f.message === 'CACHED marker')).toBe(true);
  });

  it('an added file, a changed configuration or --rule re-analyses the run', async () => {
    const cwd = tree();
    const cacheFile = join(cwd, '.trustlintcache');
    await check(cwd);
    markCachedMessages(cacheFile);
    writeFileSync(join(cwd, 'infra/other.json'), '{ "Version": "2012-10-17", "Statement": [] }\n');
    expect(fromCache((await check(cwd)).report)).toBe(false);

    markCachedMessages(cacheFile);
    writeFileSync(join(cwd, 'trustlint.config.json'), '{ "repository": "acme/other" }\n');
    expect(fromCache((await check(cwd)).report)).toBe(false);

    markCachedMessages(cacheFile);
    const ruled = await check(cwd, '--rule', 'workflow-role-mismatch=warning');
    expect(fromCache(ruled.report)).toBe(false);
  });

  it('an entry of another trustlint version is not reused', async () => {
    const cwd = tree();
    const cacheFile = join(cwd, '.trustlintcache');
    await check(cwd);
    markCachedMessages(cacheFile, (e) => {
      e.version = '0.0.0-another';
    });
    expect(fromCache((await check(cwd)).report)).toBe(false);
  });

  // Fifteen runs: a generous limit on a shared machine (no timing is asserted).
  it('a garbage or poisoned cache file is ignored (the run is as without a cache) and replaced', { timeout: 180_000 }, async () => {
    const cwd = tree();
    const reference = await check(cwd, '--cache-location', join(cwd, 'reference-cache'));
    const cacheFile = join(cwd, '.trustlintcache');
    await check(cwd);
    const valid = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, unknown> & { result: Record<string, unknown> };
    const poisoned = (edit: (e: typeof valid) => void): string => {
      const e = structuredClone(valid);
      edit(e);
      return JSON.stringify(e);
    };
    const cases: Record<string, string> = {
      'not JSON': '{"format": "trustlint-cache", ',
      'binary': '\u0000\u0001\u0002\uFFFD',
      'JSON but not an object': '[1, 2, 3]',
      'another format': poisoned((e) => (e.format = 'eslint')),
      'findings not an array': poisoned((e) => (e.result.findings = 'none')),
      'a finding without a rule id': poisoned((e) => (e.result.findings = [{ severity: 'error', message: 'x', location: null }])),
      'an unknown rule id': poisoned((e) => (e.result.findings = [{ ruleId: 'no-such-rule', severity: 'error', message: 'x', location: null }])),
      'a bad severity': poisoned((e) => (e.result.findings = [{ ruleId: 'oidc-audience', severity: 'fatal', message: 'x', location: null }])),
      'a bad location': poisoned((e) => (e.result.findings = [{ ruleId: 'oidc-audience', severity: 'error', message: 'x', location: { file: 'a', span: 'line 1' } }])),
      'a witness that is not strings': poisoned((e) => (e.result.findings = [{ ruleId: 'oidc-audience', severity: 'error', message: 'x', location: null, witness: { sub: 1 } }])),
      'a negative count': poisoned((e) => (e.result.suppressed = -1)),
      'no undeclared lists': poisoned((e) => delete e.result.undeclared),
      'a prototype key': poisoned((e) => (e.result = JSON.parse('{"__proto__": {"findings": []}}') as Record<string, unknown>)),
    };
    for (const [name, text] of Object.entries(cases)) {
      writeFileSync(cacheFile, text);
      const run = await check(cwd);
      expect({ name, code: run.code, stderr: run.stderr }).toEqual({ name, code: reference.code, stderr: reference.stderr });
      expect({ name, findings: run.report.findings }).toEqual({ name, findings: reference.report.findings });
      // Replaced by a valid entry of this run.
      const rewritten = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string };
      expect(rewritten.key).toBe(valid.key);
    }
  });

  it('--cache-location names the file, or a folder to hold .trustlintcache; it needs --cache', async () => {
    const cwd = tree();
    await check(cwd, '--cache-location', 'cache-dir/');
    expect(readFileSync(join(cwd, 'cache-dir/.trustlintcache'), 'utf8')).toContain('"trustlint-cache"');
    await check(cwd, '--cache-location', 'my-cache');
    expect(readFileSync(join(cwd, 'my-cache'), 'utf8')).toContain('"trustlint-cache"');
    const alone = await runCli(['check', '.', '--cache-location', 'x'], { cwd });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--cache-location needs --cache');
  });
});
