import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover.js';
import { EMPTY_POLICY, githubTrustPolicy, makeTree, removeTrees } from '../helpers.js';

/**
 * Attacks on "nothing outside the scanned tree is read" and "every read is bounded" (issue 10): a
 * pull request commits symbolic links and special files into every path trustlint reads, with a
 * secret planted outside the tree. Each class runs the shipped launcher (bin/trustlint.js over
 * dist/) in a child process in every output format and asserts:
 * - content: the planted secret appears in no output (stdout and stderr, every format);
 * - the refusal: an input-error (or a usage error) names the link, never its target;
 * - memory: the child runs under a 1 GiB data limit and a 256 MiB heap and reports its peak RSS (VmHWM),
 *   which must stay under MAX_RSS_MIB (a link to /dev/zero read whole grows by gigabytes);
 * - steps: discovery's folder-entry count for the tree, not the time it took.
 */

const BIN = fileURLToPath(new URL('../../bin/trustlint.js', import.meta.url));
const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
const MAX_RSS_MIB = 160;
const MARKER = 'PLANTEDSECRETq7Zx3Vw9';

const created: string[] = [];
afterAll(() => {
  removeTrees();
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder outside every scanned tree (and outside any repository) holding the planted secrets. */
function outside(): Record<'dir' | 'creds' | 'policy' | 'tf' | 'folder', string> {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'trustlint-outside-')));
  created.push(dir);
  const policy = githubTrustPolicy({ StringLike: { 'token.actions.githubusercontent.com:sub': `repo:${MARKER}*` } }, { Sid: MARKER });
  writeFileSync(join(dir, 'credentials'), `[${MARKER}]\naws_access_key_id = AKIA${MARKER}\naws_secret_access_key = ${MARKER}\n`);
  writeFileSync(join(dir, 'policy.json'), policy);
  writeFileSync(join(dir, 'module.tf'), `[${MARKER}]\n`);
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder', 'role.json'), policy);
  return { dir, creds: join(dir, 'credentials'), policy: join(dir, 'policy.json'), tf: join(dir, 'module.tf'), folder: join(dir, 'folder') };
}

/** A repository (a real `git init`: .git/config exists) with `files`, then `links` as symbolic links. */
function repository(files: Record<string, string>, links: Record<string, string> = {}): string {
  const root = makeTree(files);
  execFileSync('git', ['init', '-q'], { cwd: root });
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    rmSync(join(root, path), { force: true });
    symlinkSync(target, join(root, path));
  }
  return root;
}

interface ChildRun {
  format: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  maxRssMiB: number;
}

const MAXRSS_HOOK = (() => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'trustlint-hook-')));
  created.push(dir);
  const file = join(dir, 'maxrss.mjs');
  // VmHWM is the peak RSS of this address space; getrusage's maxRSS would carry the forking parent's over exec.
  writeFileSync(
    file,
    "import { readFileSync } from 'node:fs';\nprocess.on('exit', () => process.stderr.write(`\\nmaxrss-kib=${/VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]}\\n`));\n",
  );
  return file;
})();

/** The launcher in a child with a 1 GiB data limit and a 256 MiB heap, in every format. */
function runEveryFormat(cwd: string, args: readonly string[]): ChildRun[] {
  return FORMATS.map((format) => {
    const argv = [...args, '--format', format].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
    const command = `ulimit -d 1048576; exec '${process.execPath}' --max-old-space-size=256 --import 'file://${MAXRSS_HOOK}' '${BIN}' ${argv}`;
    const result = spawnSync('sh', ['-c', command], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', PLANTED_ENV: MARKER, AWS_SECRET_ACCESS_KEY: MARKER },
      maxBuffer: 64 * 1024 * 1024,
    });
    const rss = /\nmaxrss-kib=(\d+)\n$/.exec(result.stderr);
    return {
      format,
      code: result.status,
      signal: result.signal,
      stdout: result.stdout,
      stderr: rss ? result.stderr.slice(0, rss.index) : result.stderr,
      maxRssMiB: rss?.[1] !== undefined ? Number(rss[1]) / 1024 : Number.POSITIVE_INFINITY,
    };
  });
}

interface JsonReport {
  findings: { ruleId: string; severity: string; file: string | null; message: string }[];
  summary: Record<string, number>;
}

/**
 * The assertions every class shares; returns the JSON report. `code` is the expected exit code of
 * every format (1: the refusals are errors; 2: a usage error).
 */
function expectContained(runs: readonly ChildRun[], code: number): JsonReport | undefined {
  for (const run of runs) {
    const where = `--format ${run.format}`;
    expect(run.signal, where).toBeNull();
    expect(`${run.stdout}${run.stderr}`, where).not.toContain(MARKER);
    expect(run.stderr, where).not.toContain('internal error');
    expect(run.maxRssMiB, `${where}: peak RSS in MiB`).toBeLessThan(MAX_RSS_MIB);
    expect(run.code, `${where}: ${run.stderr}`).toBe(code);
  }
  const json = runs.find((r) => r.format === 'json');
  return json && code !== 2 ? (JSON.parse(json.stdout) as JsonReport) : undefined;
}

function refusedFiles(report: JsonReport | undefined): [string | null, string][] {
  return (report?.findings ?? []).filter((f) => f.ruleId === 'input-error').map((f) => [f.file, f.severity]);
}

const linux = process.platform === 'linux';

describe.skipIf(!linux)('attack: symbolic links out of the tree and special files, in every read path', () => {
  it('discovery walk: links to a credentials file, /proc/self/environ, a policy and a folder outside; ln -s / r', async () => {
    const out = outside();
    const root = repository(
      { 'ok.json': EMPTY_POLICY, 'inside/policy.json': EMPTY_POLICY },
      {
        'creds.tf': out.creds,
        'env.tf': '/proc/self/environ',
        'env.json': '/proc/self/environ',
        'role.json': out.policy,
        'infra': out.folder,
        'r': '/',
        'dev.yml': '/dev/zero',
        'alias.json': 'inside/policy.json',
        'notes.txt': out.creds,
      },
    );
    const report = expectContained(runEveryFormat(root, ['check']), 1);
    expect(refusedFiles(report)).toEqual([
      ['creds.tf', 'error'],
      ['dev.yml', 'error'],
      ['env.json', 'error'],
      ['env.tf', 'error'],
      ['infra', 'error'],
      ['r', 'error'],
      ['role.json', 'error'],
    ]);
    expect(report?.findings.every((f) => f.ruleId === 'input-error' && /symbolic link that leads out/.test(f.message))).toBe(true);
    // The link inside the tree is read (once); notes.txt is no input name and never looked at.
    expect(report?.summary).toMatchObject({ files: 2, unrecognised: 0 });

    // The step budget: the folder entries of this small tree, not the filesystem behind r.
    const walked = await discover(['.'], { cwd: root });
    expect(walked.entries).toBeLessThanOrEqual(13);
  });

  it('named files (a pre-commit hook passes committed links by name) and a named link to a folder', () => {
    const out = outside();
    const root = repository({ 'ok.json': EMPTY_POLICY }, { 'creds.tf': out.creds, 'env.tf': '/proc/self/environ', 'role.json': out.policy, 'r': '/', 'infra': out.folder });
    const report = expectContained(runEveryFormat(root, ['check', 'creds.tf', 'env.tf', 'role.json', 'r', 'infra', 'ok.json']), 1);
    expect(refusedFiles(report)).toEqual([
      ['creds.tf', 'error'],
      ['env.tf', 'error'],
      ['infra', 'error'],
      ['r', 'error'],
      ['role.json', 'error'],
    ]);
  });

  it('configuration lookup: trustlint.config.json to /dev/zero, .trustlintrc.json to a credentials file, --config to a link', () => {
    const out = outside();
    for (const [name, target] of [
      ['trustlint.config.json', '/dev/zero'],
      ['.trustlintrc.json', out.creds],
    ] as const) {
      const root = repository({ 'ok.json': EMPTY_POLICY }, { [name]: target });
      const runs = runEveryFormat(root, ['check']);
      expectContained(runs, 2);
      for (const run of runs) expect(run.stderr).toBe(`trustlint: ${name}: a symbolic link that leads out of the scanned tree (the repository root): it was not read\n`);
    }
    const named = repository({ 'ok.json': EMPTY_POLICY }, { 'cfg/strict.json': out.creds });
    expectContained(runEveryFormat(named, ['check', '--config', 'cfg/strict.json']), 2);
  });

  it('.gitignore to /dev/zero and to a file outside: not read, patterns not applied, reported', () => {
    const out = outside();
    for (const target of ['/dev/zero', out.creds]) {
      const root = repository({ 'ok.json': EMPTY_POLICY, 'sub/a.json': EMPTY_POLICY }, { '.gitignore': target, 'sub/.gitignore': target });
      const report = expectContained(runEveryFormat(root, ['check']), 1);
      expect(refusedFiles(report)).toEqual([
        ['.gitignore', 'error'],
        ['sub/.gitignore', 'error'],
      ]);
      expect(report?.findings[0]?.message).toMatch(/its patterns were not applied$/);
      expect(report?.summary).toMatchObject({ files: 2 });
    }
  });

  it('.git/config to /dev/zero and to a file outside: the origin is unknown, nothing is read', () => {
    const out = outside();
    for (const target of ['/dev/zero', out.creds]) {
      const root = repository({ 'ok.json': EMPTY_POLICY });
      rmSync(join(root, '.git', 'config'));
      symlinkSync(target, join(root, '.git', 'config'));
      const report = expectContained(runEveryFormat(root, ['check']), 0);
      expect(report?.summary).toMatchObject({ files: 1, errors: 0 });
    }
  });

  it('--var-file: a committed link out of the repository is a usage error naming the link', () => {
    const out = outside();
    const root = repository({ 'main.tf': 'variable "x" {}\n' }, { 'prod.tfvars': out.creds, 'zero.tfvars': '/dev/zero' });
    for (const file of ['prod.tfvars', 'zero.tfvars']) {
      const runs = runEveryFormat(root, ['check', '--var-file', file]);
      expectContained(runs, 2);
      for (const run of runs) expect(run.stderr).toBe(`trustlint: --var-file ${file}: a symbolic link that leads out of the scanned tree (the repository root): it was not read\n`);
    }
  });

  it('Terraform file() and templatefile(): a target that links out, and a path that climbs out, are never read', () => {
    const out = outside();
    const main = [
      'resource "aws_iam_role" "linked" {',
      '  name               = "linked"',
      '  assume_role_policy = file("${path.module}/trust.json")',
      '}',
      'resource "aws_iam_role" "template" {',
      '  name               = "template"',
      '  assume_role_policy = templatefile("${path.module}/trust.tftpl", {})',
      '}',
      'resource "aws_iam_role" "climbing" {',
      '  name               = "climbing"',
      `  assume_role_policy = file("\${path.module}/../../../../../..${out.policy}")`,
      '}',
      '',
    ].join('\n');
    const root = repository({ 'infra/main.tf': main }, { 'infra/trust.json': out.policy, 'infra/trust.tftpl': out.policy });
    for (const args of [['check'], ['check', 'infra/main.tf']]) {
      const report = expectContained(runEveryFormat(root, args), 1);
      expect(refusedFiles(report)).toEqual([
        ['infra/trust.json', 'error'],
        ['infra/trust.tftpl', 'error'],
      ]);
      // What file() could not read is unresolved, never taken from outside the tree.
      expect(report?.findings.filter((f) => f.ruleId === 'oidc-unresolved').length).toBeGreaterThan(0);
    }
  });

  it('module companions of a named .tf file: a variables.tf that links out is refused', () => {
    const out = outside();
    const root = repository({ 'infra/main.tf': 'resource "aws_iam_role" "r" {\n  name = var.name\n}\n' }, { 'infra/variables.tf': out.tf, 'infra/terraform.tfvars': out.creds });
    const report = expectContained(runEveryFormat(root, ['check', 'infra/main.tf']), 1);
    expect(refusedFiles(report)).toEqual([
      ['infra/terraform.tfvars', 'error'],
      ['infra/variables.tf', 'error'],
    ]);
  });

  it('special files: a FIFO walked and named never blocks; /proc and /dev typed by the user are refused', () => {
    const root = repository({ 'ok.json': EMPTY_POLICY });
    execFileSync('mkfifo', [join(root, 'pipe.json'), join(root, 'pipe.tf')]);
    const walked = expectContained(runEveryFormat(root, ['check']), 1);
    expect(refusedFiles(walked)).toEqual([
      ['pipe.json', 'error'],
      ['pipe.tf', 'error'],
    ]);
    const named = expectContained(runEveryFormat(root, ['check', 'pipe.json', 'pipe.tf', 'ok.json']), 1);
    expect(refusedFiles(named)).toEqual([
      ['pipe.json', 'error'],
      ['pipe.tf', 'error'],
    ]);
    // Typed paths outside any repository are read as typed, but only regular files off /proc.
    const out = outside();
    symlinkSync('/proc/self/environ', join(out.dir, 'env.json'));
    symlinkSync('/dev/zero', join(out.dir, 'zero.json'));
    const typed = expectContained(runEveryFormat(root, ['check', join(out.dir, 'env.json'), join(out.dir, 'zero.json'), '/proc/self/environ']), 1);
    expect(typed?.findings.map((f) => f.message)).toEqual([
      'a file of a kernel pseudo-filesystem (/proc, /sys): it was not read',
      'not a regular file (a folder, FIFO, socket or device): it was not read',
    ]);
    // /proc/self/environ has no input name: counted, not read.
    expect(typed?.summary).toMatchObject({ files: 0, unrecognised: 1 });
  });

  it('a discovery entry cap: a tree built to exhaust the walk stops with an error, not a silent pass', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`d${String(i).padStart(2, '0')}/p.json`] = EMPTY_POLICY;
    const root = makeTree(files);
    const capped = await discover(['.'], { cwd: root, maxEntries: 50 });
    expect(capped.entries).toBe(51);
    expect(capped.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['input-error', 'error', 'more than 50 folder entries (the discovery cap): the walk stopped here, the rest of the tree was not analysed'],
    ]);
    expect((await discover(['.'], { cwd: root })).entries).toBe(120);
  });
});
