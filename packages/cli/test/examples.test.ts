import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTree, removeTrees, runCli, validateSarif } from './helpers.js';

/** The repository root: the README's demo runs `trustlint check examples/` from there. */
const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const io = { cwd: ROOT, env: {} };

afterAll(removeTrees);

/**
 * The rule descriptions are the catalog's (tested in reporters.test.ts: every catalog rule, its help
 * and ranking); the snapshot is about results. Each result's ruleIndex is checked to name its rule,
 * then both are left out, so that adding a rule to the catalog does not rewrite the snapshot.
 */
function withoutRuleHelp(sarif: string): string {
  const log = JSON.parse(sarif) as { runs: { tool: { driver: { rules?: { id: string }[] } }; results?: { ruleId: string; ruleIndex?: number }[] }[] };
  for (const run of log.runs) {
    const rules = run.tool.driver.rules ?? [];
    expect(rules.length).toBeGreaterThan(0);
    for (const r of run.results ?? []) {
      expect(rules[r.ruleIndex ?? -1]?.id, r.ruleId).toBe(r.ruleId);
      delete r.ruleIndex;
    }
    delete run.tool.driver.rules;
  }
  // The checkout's absolute location differs between machines.
  return `${JSON.stringify(log, null, 2)}\n`.replaceAll(pathToFileURL(`${ROOT}/`).href, 'file:///REPO/');
}

describe('check examples/ (the README demo)', () => {
  for (const format of ['stylish', 'json', 'sarif', 'github'] as const) {
    it(`--format ${format} output is stable and exits 1`, async () => {
      const result = await runCli(['check', 'examples/', '--format', format], io);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      const ext = format === 'json' || format === 'sarif' ? 'json' : 'txt';
      await expect(format === 'sarif' ? withoutRuleHelp(result.stdout) : result.stdout).toMatchFileSnapshot(
        `__snapshots__/examples.${format}.${ext}`,
      );
    });
  }

  it('reports every vulnerable example and nothing on the fixed ones', async () => {
    const report = JSON.parse((await runCli(['check', 'examples/', '--format', 'json'], io)).stdout) as {
      findings: { file: string; ruleId: string; severity: string }[];
    };
    const files = new Set(report.findings.map((f) => f.file));
    for (const name of ['aud-only', 'owner-prefix', 'hidden-star', 'second-team', 'any-context']) {
      expect(files).toContain(`examples/policies/vulnerable/${name}.json`);
    }
    expect(report.findings.filter((f) => f.file.includes('/fixed/'))).toEqual([]);
  });

  it('the README shows what the demo prints today', async () => {
    const result = await runCli(['check', 'examples/'], io);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- demo:start -->\n```text\n([\s\S]*?)```\n<!-- demo:end -->/.exec(readme);
    expect(block?.[1], 'run node scripts/update-readme-demo.mjs').toBe(result.stdout);
  });

  it('SARIF output is valid against the official schema', async () => {
    const result = await runCli(['check', 'examples/', '--format', 'sarif'], io);
    expect(validateSarif(JSON.parse(result.stdout))).toEqual([]);
  });
});

describe('explain', () => {
  it('lists every outsider class with a witness for the admitted ones', async () => {
    const result = await runCli(['explain', 'examples/policies/vulnerable/hidden-star.json', '--format', 'json'], io);
    expect(result.code).toBe(0);
    const [policy] = JSON.parse(result.stdout) as { providers: { statements: { ruleId?: string; outsiders: { class: string; admitted: boolean; witness?: { sub: string } }[] }[] }[] }[];
    const statement = policy!.providers[0]!.statements[0]!;
    expect(statement.ruleId).toBe('oidc-any-owner');
    const owner = statement.outsiders.find((o) => o.class === 'other-owner');
    expect(owner).toMatchObject({ admitted: true, witness: { sub: 'repo:acme-evil/app:ref:refs/heads/main' } });
    expect(statement.outsiders.find((o) => o.class === 'pull-request')?.admitted).toBe(true);
  });

  it('says a named file has no recognised kind when no kind can have its name (exit 2)', async () => {
    expect(await runCli(['explain', 'examples/README.md'], io)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'trustlint: examples/README.md: no recognised kind: no trust policy found\n',
    });
  });

  it('says nothing gets in for a pinned policy, and notes the environment protection', async () => {
    const result = await runCli(['explain', 'examples/policies/fixed/environment-prod.json'], io);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no outsider class admitted');
    expect(result.stdout).toContain('environment "production": only as strong as its protection rules');
    expect(result.stdout).not.toContain('ADMITTED');
  });

  it('names the workflow jobs of the repository that assume the role', async () => {
    const fixture = join(ROOT, 'packages/core/test/fixtures/rules/workflow-role-mismatch/valid/push-to-main');
    const dir = makeTree(
      {
        'infra/role.yaml': readFileSync(join(fixture, 'role.yaml'), 'utf8'),
        '.github/workflows/deploy.yml': readFileSync(join(fixture, '.github/workflows/deploy.yml'), 'utf8'),
      },
      { git: true },
    );
    const text = await runCli(['explain', 'infra/role.yaml'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('assumed by job "deploy" in .github/workflows/deploy.yml:15');
    const json = JSON.parse((await runCli(['explain', 'infra/role.yaml', '--format', 'json'], { cwd: dir })).stdout) as { usedBy: unknown[] }[];
    expect(json[0]?.usedBy).toEqual([{ file: '.github/workflows/deploy.yml', line: 15, job: 'deploy' }]);
  });

  it('exits 2 for a file without a trust policy, or an unknown role', async () => {
    const dir = makeTree({ 'package.json': '{"name":"x"}', 'p.json': '{"Version":"2012-10-17","Statement":[]}' });
    expect((await runCli(['explain', 'package.json'], { cwd: dir })).code).toBe(2);
    const unknownRole = await runCli(['explain', 'p.json:ci'], { cwd: dir });
    expect(unknownRole.code).toBe(2);
    expect(unknownRole.stderr).toContain('no trust policy named ci');
  });
});

describe('simulate', () => {
  const file = 'examples/policies/vulnerable/owner-prefix.json';

  it('allows a token the policy admits (exit 0) and denies others (exit 1)', async () => {
    const allow = await runCli(['simulate', file, '--sub', 'repo:acme-evil/x:ref:refs/heads/main', '--format', 'json'], io);
    expect(allow.code).toBe(0);
    const parsed = JSON.parse(allow.stdout) as { decision: string; statements: unknown[] };
    expect(parsed.decision).toBe('allow');
    expect(parsed.statements).toEqual([{ index: 0, effect: 'Allow', matched: true, file, line: 4, column: 5 }]);
    const deny = await runCli(['simulate', file, '--sub', 'repo:other/x:ref:refs/heads/main'], io);
    expect(deny.code).toBe(1);
    expect(deny.stdout).toMatch(/^deny/);
  });

  it('derives nothing from sub: only the claims given are present', async () => {
    const dir = makeTree({
      'p.json': JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'token.actions.githubusercontent.com:repository': 'acme/app' } } }],
      }),
    });
    expect((await runCli(['simulate', 'p.json', '--sub', 'repo:acme/app:ref:refs/heads/main'], { cwd: dir })).code).toBe(1);
    expect((await runCli(['simulate', 'p.json', '--sub', 'x', '--claim', 'repository=acme/app'], { cwd: dir })).code).toBe(0);
    const ignored = await runCli(['simulate', 'p.json', '--sub', 'x', '--claim', 'runner_environment=github-hosted'], { cwd: dir });
    expect(ignored.stderr).toContain('runner_environment');
  });

  it('gives unknown (exit 2) when an unresolved value decides', async () => {
    const result = await runCli(['simulate', 'examples/policies/vulnerable/ci-role.json.tpl', '--sub', 'repo:acme/app:ref:refs/heads/main', '--format', 'json'], io);
    expect(result.code).toBe(2);
    expect((JSON.parse(result.stdout) as { decision: string }).decision).toBe('unknown');
  });

  it('rejects a malformed --claim and a missing --sub (exit 2)', async () => {
    expect((await runCli(['simulate', file, '--sub', 'x', '--claim', 'novalue'], io)).code).toBe(2);
    expect((await runCli(['simulate', file], io)).code).toBe(2);
  });
});

describe('scripts/run-vectors.mjs', () => {
  it('reproduces match/no-match vectors through simulate and fails on a wrong expectation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trustlint-vectors-test-'));
    try {
      const vectors = {
        vectors: [
          { id: 'exact', subject: 'repo:o/r:ref:refs/heads/main', condition: { consumer: 'aws-stringequals', claim: 'sub', pattern: 'repo:o/r:ref:refs/heads/main' }, expect: 'match' },
          { id: 'star-literal', subject: 'repo:o/x:ref:refs/heads/main', condition: { consumer: 'aws-stringequals', claim: 'sub', pattern: 'repo:o/*' }, expect: 'no-match' },
          { id: 'all', subject: 'repo:o/r:pull_request', claims: { sub: 'repo:o/r:pull_request', aud: 'sts.amazonaws.com' }, condition: { consumer: 'aws-all', of: [{ consumer: 'aws-stringequals', claim: 'aud', pattern: 'sts.amazonaws.com' }, { consumer: 'aws-stringlike', claim: 'sub', pattern: 'repo:o/r:*' }] }, expect: 'match' },
        ],
      };
      const good = join(dir, 'good.json');
      writeFileSync(good, JSON.stringify(vectors));
      const script = join(ROOT, 'scripts', 'run-vectors.mjs');
      expect(execFileSync(process.execPath, [script, good], { encoding: 'utf8' })).toContain('vectors: 3 passed, 0 failed');
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ vectors: [{ ...vectors.vectors[1], expect: 'match' }] }));
      expect(() => execFileSync(process.execPath, [script, bad], { encoding: 'utf8', stdio: 'pipe' })).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
