import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareRepository, formatComparison, type CorpusFinding, type LabelledEntry } from '../scripts/corpus-repos/compare.mjs';
import { parseRepositoryList, readRepositoryList } from '../scripts/corpus-repos/list.mjs';

/**
 * The whole-repository corpus (corpus/README.md): the comparison rules, the checks on the list, and
 * scripts/fetch-corpus-repos.mjs + `pnpm corpus --repos` end to end on tiny git repositories written
 * here (no real repository's files, no network). The synthetic trust policies are single-file cases
 * whose verdicts do not depend on the analysis features issue 13 adds, so this test holds as they land.
 */
const ROOT = join(import.meta.dirname, '..');
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trustlint-corpus-repos-test-'));
  scratch.push(dir);
  return dir;
}

function finding(ruleId: string, file: string, severity: CorpusFinding['severity'] = 'warning', line = 1): CorpusFinding {
  return { tool: 'cli', ruleId, severity, file, line, column: 1, message: `${ruleId} here` };
}

describe('compareRepository', () => {
  const entry: LabelledEntry = {
    expected: [
      { ruleId: 'oidc-any-context', file: 'main.tf', count: 1, note: 'caller argument' },
      { ruleId: 'oidc-set-operator', file: ['m/main.tf', 'main.tf'], note: 'inside the module' },
      { ruleId: 'oidc-unresolved', file: 'm/main.tf', optional: true, note: 'may be said' },
    ],
    mustNot: [{ ruleId: 'oidc-any-owner', note: 'a safe construct' }],
  };

  it('agrees when every expected finding is reported and nothing else at error or warning', () => {
    const result = compareRepository(entry, [
      finding('oidc-any-context', 'main.tf'),
      finding('oidc-set-operator', 'main.tf'),
      finding('oidc-set-operator', 'm/main.tf'),
      finding('oidc-audience', 'main.tf', 'info'),
    ]);
    expect(result).toEqual({ agree: true, missing: [], forbidden: [], unexpected: [] });
  });

  it('lets an optional finding be reported or not, without counting it as unexpected', () => {
    const base = [finding('oidc-any-context', 'main.tf'), finding('oidc-set-operator', 'm/main.tf')];
    expect(compareRepository(entry, base).agree).toBe(true);
    expect(compareRepository(entry, [...base, finding('oidc-unresolved', 'm/main.tf')]).agree).toBe(true);
  });

  it('reports a missing finding, a wrong count, a must-not hit once, and unexpected warnings', () => {
    const tooMany = [finding('oidc-any-context', 'main.tf', 'warning', 3), finding('oidc-any-context', 'main.tf', 'warning', 9)];
    const owner = finding('oidc-any-owner', 'lib/role.ts', 'error', 12);
    const stray = finding('oidc-unresolved', 'other.tf', 'warning', 4);
    const result = compareRepository(entry, [...tooMany, owner, stray, finding('input-error', 'x.json', 'info')]);
    expect(result.agree).toBe(false);
    expect(result.missing.map((m) => [m.expected.ruleId, m.found])).toEqual([
      ['oidc-any-context', 2],
      ['oidc-set-operator', 0],
    ]);
    expect(result.forbidden.map((f) => f.finding)).toEqual([owner]);
    expect(result.unexpected).toEqual([stray]);
    expect(formatComparison('demo (acme/infra@0123456789ab)', result)).toEqual([
      'DISAGREE demo (acme/infra@0123456789ab)',
      '  missing    oidc-any-context in main.tf (expected 1, reported 2)',
      '  missing    oidc-set-operator in m/main.tf or main.tf',
      '  must-not   error oidc-any-owner lib/role.ts:12',
      '  unexpected warning oidc-unresolved other.tf:4',
    ]);
  });

  it('matches severity, line and resource when a label gives them', () => {
    const strict: LabelledEntry = {
      expected: [{ ruleId: 'oidc-audience', file: 'a.yaml', severity: 'info', line: 5, resource: 'Resources.Role', note: 'info variant' }],
    };
    const at = (severity: CorpusFinding['severity'], line: number, resource?: string): CorpusFinding => ({ ...finding('oidc-audience', 'a.yaml', severity, line), resource });
    expect(compareRepository(strict, [at('info', 5, 'Resources.Role')]).agree).toBe(true);
    expect(compareRepository(strict, [at('warning', 5, 'Resources.Role')]).agree).toBe(false);
    expect(compareRepository(strict, [at('info', 6, 'Resources.Role')]).agree).toBe(false);
    expect(compareRepository(strict, [at('info', 5, 'Resources.Other')]).agree).toBe(false);
  });
});

describe('the repository list', () => {
  const valid = {
    id: 'demo',
    repo: 'acme/infra',
    commit: '0123456789abcdef0123456789abcdef01234567',
    patterns: ['terraform-local-module'],
    why: 'a module call',
    expected: [{ ruleId: 'oidc-any-context', file: 'main.tf', note: 'the caller passes repo:acme/app:*' }],
    notes: 'synthetic',
  };
  const parse = (entry: object): unknown => parseRepositoryList(JSON.stringify({ repositories: [entry] }), 'list.json');

  it('accepts a complete entry', () => {
    expect(parse(valid)).toHaveLength(1);
  });

  it.each([
    [{ ...valid, expected: [{ ruleId: 'oidc-any-context', file: 'main.tf' }] }, 'list.json: repositories[0] (demo).expected[0]: every label needs a note that explains the verdict'],
    [{ ...valid, commit: 'HEAD' }, 'list.json: repositories[0] (demo): commit is not 40 hex digits'],
    [{ ...valid, paths: ['../outside'] }, 'list.json: repositories[0] (demo).paths[0]: "../outside" is not a relative path inside the repository'],
    [{ ...valid, expected: [{ ruleId: 'x', note: 'n', count: 2, optional: true }] }, 'list.json: repositories[0] (demo).expected[0]: an optional finding has no count'],
    [{ ...valid, mustNot: [{ ruleId: 'x', note: 'n', severity: 'fatal' }] }, 'list.json: repositories[0] (demo).mustNot[0]: unknown severity "fatal"'],
    [
      { ...valid, terraformInit: [{ root: 'infra', modules: [{ Key: 'gha', Source: 's', Dir: '.terraform/modules/other', package: { repo: 'acme/m', commit: valid.commit } }] }] },
      'list.json: repositories[0] (demo).terraformInit[0].modules[0]: Dir must lie in .terraform/modules/gha, where the package is unpacked',
    ],
    [
      { ...valid, terraformInit: [{ root: 'infra', modules: [{ Key: '../x', Source: 's', Dir: '.' }] }] },
      'list.json: repositories[0] (demo).terraformInit[0].modules[0]: Key is not a module key such as "gha" or "gha.inner"',
    ],
  ])('rejects a malformed entry, naming it and the field (%#)', (entry, message) => {
    expect(() => parse(entry)).toThrow(message);
  });

  it('rejects an id used twice', () => {
    expect(() => parseRepositoryList(JSON.stringify({ repositories: [valid, valid] }), 'list.json')).toThrow('id "demo" is used twice');
  });

  it('is the committed corpus: at least 15 repositories, each labelled', () => {
    const entries = readRepositoryList();
    expect(new Set(entries.map((e) => e.repo)).size).toBeGreaterThanOrEqual(15);
    for (const entry of entries) expect(entry.expected.length + (entry.mustNot?.length ?? 0)).toBeGreaterThan(0);
  });
});

// --- end to end: two tiny repositories in a mirror folder -------------------------------------------

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=corpus test', '-c', 'user.email=corpus@example.invalid', '-c', 'core.hooksPath=/dev/null', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A git repository with one commit of `files`; returns that commit. */
function commitRepository(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q');
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'synthetic');
  return git(dir, 'rev-parse', 'HEAD');
}

const TRUST = `resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
        StringLike   = { "token.actions.githubusercontent.com:sub" = "repo:acme/app:*" }
      }
    }]
  })
}

module "bucket" {
  source = "git::https://example.invalid/acme/modules.git//bucket?ref=v1"
}
`;

const STACK = `import * as iam from 'aws-cdk-lib/aws-iam';
import { Stack } from 'aws-cdk-lib';

export class CiStack extends Stack {
  constructor(scope: never, id: string) {
    super(scope, id);
    new iam.Role(this, 'Deploy', {
      assumedBy: new iam.WebIdentityPrincipal('arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com', {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:*' },
      }),
    });
  }
}
`;

function runScript(script: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('fetch-corpus-repos.mjs and pnpm corpus --repos', () => {
  const work = tempDir();
  const mirror = join(work, 'mirror');
  // A plain clone (MIRROR/owner+name with .git) and a bare copy (MIRROR/owner+name/repo, the fetch layout).
  const infraCommit = commitRepository(join(mirror, 'acme+infra'), {
    '.gitignore': '**/.terraform/*\n',
    'README.md': 'not materialised\n',
    'infra/main.tf': TRUST,
    'cdk/stack.ts': STACK,
  });
  const modulesSource = join(work, 'modules-src');
  const modulesCommit = commitRepository(modulesSource, { 'bucket/main.tf': 'resource "aws_s3_bucket" "b" {}\n' });
  git(work, 'clone', '-q', '--bare', modulesSource, join(mirror, 'acme+modules', 'repo'));

  const labels = { patterns: ['synthetic'], why: 'test', notes: 'test' };
  const moduleRecord = { Key: 'bucket', Source: 'git::https://example.invalid/acme/modules.git//bucket?ref=v1', Dir: '.terraform/modules/bucket/bucket' };
  const list = {
    repositories: [
      {
        id: 'good',
        repo: 'acme/infra',
        commit: infraCommit,
        paths: ['infra', 'cdk'],
        terraformInit: [{ root: 'infra', modules: [{ ...moduleRecord, package: { repo: 'acme/modules', commit: modulesCommit } }] }],
        eslint: ['cdk/**/*.ts'],
        ...labels,
        expected: [
          { ruleId: 'oidc-any-context', file: 'infra/main.tf', count: 1, note: 'repo:acme/app:* in jsonencode' },
          { ruleId: 'oidc-any-context', file: 'cdk/stack.ts', count: 1, note: 'the same subject in CDK' },
        ],
        mustNot: [{ ruleId: 'oidc-any-owner', note: 'one repository' }],
      },
      {
        id: 'wrong-labels',
        repo: 'acme/infra',
        commit: infraCommit,
        paths: ['infra'],
        ...labels,
        expected: [{ ruleId: 'oidc-any-owner', file: 'infra/main.tf', note: 'deliberately wrong' }],
        mustNot: [{ ruleId: 'oidc-any-context', file: 'infra/main.tf', note: 'deliberately wrong' }],
      },
    ],
  };
  const listFile = join(work, 'repositories.json');
  writeFileSync(listFile, JSON.stringify(list));
  const trees = join(work, 'trees');

  it('materialises the pinned paths, the top-level .gitignore and the terraform init layout', () => {
    const r = runScript('fetch-corpus-repos.mjs', ['--to', trees, '--mirror', mirror, '--list', listFile]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(`2/2 repositories materialised in ${trees}`);
    expect(readFileSync(join(trees, 'good', 'infra', 'main.tf'), 'utf8')).toBe(TRUST);
    expect(existsSync(join(trees, 'good', '.gitignore'))).toBe(true);
    expect(existsSync(join(trees, 'good', 'README.md'))).toBe(false);
    expect(existsSync(join(trees, 'wrong-labels', 'cdk'))).toBe(false);
    expect(readFileSync(join(trees, 'good', 'infra', '.terraform', 'modules', 'bucket', 'bucket', 'main.tf'), 'utf8')).toContain('aws_s3_bucket');
    expect(JSON.parse(readFileSync(join(trees, 'good', 'infra', '.terraform', 'modules', 'modules.json'), 'utf8'))).toEqual({
      Modules: [{ Key: '', Source: '', Dir: '.' }, moduleRecord],
    });
  });

  // The CLI and ESLint (typescript-eslint) start in child processes: a generous limit for a busy machine.
  it('scores each repository and prints the agreement line', { timeout: 120_000 }, () => {
    const r = runScript('eval-corpus.mjs', ['--repos', trees, '--list', listFile]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const short = infraCommit.slice(0, 12);
    expect(r.stdout.trim().split('\n')).toEqual([
      `agree    good (acme/infra@${short})`,
      `DISAGREE wrong-labels (acme/infra@${short})`,
      '  missing    oidc-any-owner in infra/main.tf',
      '  must-not   warning oidc-any-context infra/main.tf:11 (aws_iam_role.ci)',
      'repositories: 1/2 agree',
    ]);
  });

  it('refuses to score a tree materialised from other labels, and goes on with the others', { timeout: 120_000 }, () => {
    const [good, wrong] = list.repositories;
    // `good` without its ESLint part (the CLI alone is quick); its tree is still current.
    const cliOnly = { ...good, eslint: undefined, expected: good?.expected.slice(0, 1) };
    const changed = { repositories: [{ ...wrong, commit: modulesCommit }, cliOnly] };
    const changedFile = join(work, 'changed.json');
    writeFileSync(changedFile, JSON.stringify(changed));
    const r = runScript('eval-corpus.mjs', ['--repos', trees, '--list', changedFile]);
    expect(r.stdout).toContain(`DISAGREE wrong-labels (acme/infra@${modulesCommit.slice(0, 12)}): materialised from other labels`);
    expect(r.stdout).toContain(`agree    good (acme/infra@${infraCommit.slice(0, 12)})`);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('repositories: 1/2 agree');
  });

  it('reports a repository missing from the mirror and still materialises the others', () => {
    const partial = { repositories: [{ ...list.repositories[1], id: 'absent', repo: 'acme/absent' }, list.repositories[1]] };
    const partialFile = join(work, 'partial.json');
    writeFileSync(partialFile, JSON.stringify(partial));
    const r = runScript('fetch-corpus-repos.mjs', ['--to', join(work, 'trees-partial'), '--mirror', mirror, '--list', partialFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`FAILED   absent: no copy of acme/absent in ${mirror}`);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(`1/2 repositories materialised in ${join(work, 'trees-partial')}`);
  });

  it('is a usage error without a mirror', () => {
    const r = runScript('fetch-corpus-repos.mjs', ['--to', trees]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: node scripts/fetch-corpus-repos.mjs --to DIR --mirror MIRROR');
  });
});
