/**
 * The habits users bring from ESLint, tflint and Checkov: -f, -o/--output-file, --color/--no-color and
 * FORCE_COLOR, --stdin with --stdin-filename, unmatched folders and globs, --rule/--skip-rule, and
 * warnings for --var/--parameter names nothing declares.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_POLICY, makeTree, parseReport, removeTrees, runCli } from './helpers.js';

afterEach(removeTrees);

const ARN = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
const policy = (sub: string): string =>
  `${JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: ARN },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
            StringLike: { 'token.actions.githubusercontent.com:sub': sub },
          },
        },
      ],
    },
    null,
    2,
  )}\n`;
const WIDE = policy('repo:acme*');
const OWNER_WIDE = policy('repo:acme/*');

const ROLE_TF = `resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "${ARN}" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
        StringLike   = { "token.actions.githubusercontent.com:sub" = var.subject }
      }
    }]
  })
}
`;
const VARIABLES_TF = 'variable "subject" {\n  default = "repo:acme*"\n}\n';

describe('-f, -o and --output-file', () => {
  it('-f is --format, -o and --output-file are --output', async () => {
    const root = makeTree({ 'p.json': WIDE }, { git: true });
    const short = await runCli(['check', 'p.json', '-f', 'json'], { cwd: root });
    expect(parseReport(short.stdout).findings.map((f) => f.ruleId)).toEqual(['oidc-any-owner']);
    for (const flag of ['-o', '--output-file', '--output']) {
      const result = await runCli(['check', 'p.json', '-f', 'sarif', flag, `out/${flag}.sarif`], { cwd: root });
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expect(JSON.parse(readFileSync(join(root, 'out', `${flag}.sarif`), 'utf8'))).toMatchObject({ version: '2.1.0' });
    }
    expect(await runCli(['check', 'p.json', '-o', 'a.txt', '--output-file', 'b.txt'], { cwd: root })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'trustlint: --output and --output-file name the same option: give one\n',
    });
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  async function colored(args: string[], io: { isTTY?: boolean; env?: Record<string, string> }): Promise<boolean> {
    const root = makeTree({ 'p.json': WIDE }, { git: true });
    const result = await runCli(['check', 'p.json', ...args], { cwd: root, isTTY: io.isTTY ?? false, env: io.env ?? {} });
    expect(result.code).toBe(1);
    return result.stdout.includes(ESC);
  }

  it('follows --color/--no-color, then FORCE_COLOR, then NO_COLOR, then the terminal', async () => {
    expect(await colored([], { isTTY: true })).toBe(true);
    expect(await colored([], { isTTY: false })).toBe(false);
    expect(await colored(['--color'], { isTTY: false })).toBe(true);
    expect(await colored(['--no-color'], { isTTY: true })).toBe(false);
    expect(await colored(['--no-color'], { isTTY: true, env: { FORCE_COLOR: '1' } })).toBe(false);
    expect(await colored([], { isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(await colored([], { isTTY: false, env: { FORCE_COLOR: '' } })).toBe(true);
    expect(await colored([], { isTTY: true, env: { FORCE_COLOR: '0' } })).toBe(false);
    expect(await colored([], { isTTY: true, env: { FORCE_COLOR: 'false' } })).toBe(false);
    expect(await colored([], { isTTY: true, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).toBe(true);
    expect(await colored([], { isTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(await colored([], { isTTY: true, env: { NO_COLOR: '' } })).toBe(true);
    expect(await colored([], { isTTY: true, env: { TERM: 'dumb' } })).toBe(false);
  });

  it('colours a report file only on --color', async () => {
    const root = makeTree({ 'p.json': WIDE }, { git: true });
    await runCli(['check', 'p.json', '-o', 'plain.txt'], { cwd: root, isTTY: true, env: { FORCE_COLOR: '1' } });
    await runCli(['check', 'p.json', '-o', 'forced.txt', '--color'], { cwd: root });
    expect(readFileSync(join(root, 'plain.txt'), 'utf8')).not.toContain(ESC);
    expect(readFileSync(join(root, 'forced.txt'), 'utf8')).toContain(ESC);
  });
});

describe('--stdin with --stdin-filename', () => {
  it('analyses the text under the given name: the name decides the kind', async () => {
    const root = makeTree({ 'iam/role.json': EMPTY_POLICY }, { git: true });
    // The buffer an editor holds differs from the file on disk: the buffer is checked.
    const result = await runCli(['check', '--stdin', '--stdin-filename', 'iam/role.json', '-f', 'json'], { cwd: root, readStdin: () => Promise.resolve(WIDE) });
    expect(result.code).toBe(1);
    expect(parseReport(result.stdout).findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([['oidc-any-owner', 'iam/role.json', 15]]);
    // A name no kind can have: no finding, counted as of no recognised kind (fail closed only for analysed kinds).
    const asText = await runCli(['check', '--stdin', '--stdin-filename', 'notes.txt', '-f', 'json'], { cwd: root, readStdin: () => Promise.resolve(WIDE) });
    const report = parseReport(asText.stdout) as ReturnType<typeof parseReport> & { summary: { files: number; unrecognised: number } };
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ files: 0, unrecognised: 1 });
  });

  it('evaluates a piped .tf file with the rest of its module folder on disk', async () => {
    const root = makeTree({ 'infra/main.tf': '# not saved yet\n', 'infra/variables.tf': VARIABLES_TF }, { git: true });
    const result = await runCli(['check', '--stdin', '--stdin-filename', 'infra/main.tf', '-f', 'json'], { cwd: root, readStdin: () => Promise.resolve(ROLE_TF) });
    const findings = parseReport(result.stdout).findings;
    expect(findings.map((f) => [f.ruleId, f.file, f.resource])).toEqual([['oidc-any-owner', 'infra/variables.tf', 'aws_iam_role.ci']]);
    // The finding points at the default in variables.tf, which came from disk. A file that does not
    // exist yet is fine too.
    const fresh = await runCli(['check', '--stdin', '--stdin-filename', 'new/p.json', '-f', 'json'], { cwd: root, readStdin: () => Promise.resolve(WIDE) });
    expect(parseReport(fresh.stdout).findings.map((f) => f.file)).toEqual(['new/p.json']);
  });

  it('is a usage error without a name, with paths, or a name without --stdin', async () => {
    const root = makeTree({ 'p.json': EMPTY_POLICY }, { git: true });
    const io = { cwd: root, readStdin: () => Promise.resolve(WIDE) };
    expect((await runCli(['check', '--stdin'], io)).stderr).toBe('trustlint: --stdin needs --stdin-filename PATH: the name decides what kind of file the text is\n');
    expect((await runCli(['check', 'p.json', '--stdin', '--stdin-filename', 'x.json'], io)).stderr).toBe('trustlint: --stdin checks standard input only; remove p.json\n');
    expect((await runCli(['check', '--stdin-filename', 'x.json'], io)).stderr).toBe('trustlint: --stdin-filename needs --stdin\n');
  });
});

describe('folders and globs that match no file', () => {
  it('exit 2 naming the folder or pattern, unless --no-error-on-unmatched-pattern', async () => {
    const root = makeTree({ 'docs/README.md': '# x\n', 'web/package.json': '{"name":"x"}\n', 'iam/p.json': EMPTY_POLICY }, { git: true });
    const folder = await runCli(['check', 'iam', 'docs'], { cwd: root });
    expect(folder).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "trustlint: no file trustlint reads matches the folder 'docs' (trust policies, Terraform, plans, CloudFormation, workflows); check the path, or pass --no-error-on-unmatched-pattern\n",
    });
    // A folder of files of no recognised kind is unmatched too; a glob that matches nothing is.
    expect((await runCli(['check', 'web/'], { cwd: root })).code).toBe(2);
    const glob = await runCli(['check', 'infra/**/*.tf'], { cwd: root });
    expect(glob.stderr).toContain("matches the pattern 'infra/**/*.tf'");
    expect(glob.code).toBe(2);
    for (const [args, files] of [[['iam', 'docs'], '1 file analysed'], [['infra/**/*.tf'], '0 files analysed'], [['missing/', 'iam'], '1 file analysed']] as const) {
      expect(await runCli(['check', ...args, '--no-error-on-unmatched-pattern'], { cwd: root })).toEqual({ code: 0, stdout: `no problems\n${files}\n`, stderr: '' });
    }
  });

  it('expands globs the shell left alone; matches are read as if found by walking', async () => {
    const root = makeTree(
      {
        'stacks/a/role.json': WIDE,
        'stacks/b/role.json': OWNER_WIDE,
        'stacks/b/package.json': '{"name":"b"}\n',
        'stacks/node_modules/x/role.json': WIDE,
        'other/role.json': WIDE,
      },
      { git: true },
    );
    const result = await runCli(['check', 'stacks/**/*.json', '-f', 'json'], { cwd: root });
    expect(parseReport(result.stdout).findings.map((f) => [f.ruleId, f.file])).toEqual([
      ['oidc-any-owner', 'stacks/a/role.json'],
      ['oidc-owner-wide', 'stacks/b/role.json'],
    ]);
    const folders = await runCli(['check', 'stacks/*', '-f', 'json'], { cwd: root });
    expect(parseReport(folders.stdout).findings.map((f) => f.file)).toEqual(['stacks/a/role.json', 'stacks/b/role.json']);
  });

  it('counts a folder whose only file could not be read as matched: its input-error says what happened', async () => {
    // Not UTF-8, but a policy by its content: it may be of an analysed kind, so it fails closed.
    const latin1 = Uint8Array.from([...Buffer.from('{"Statement": [], "Sid": "caf'), 0xe9, ...Buffer.from('"}')]);
    const root = makeTree({ 'iam/p.json': latin1 }, { git: true });
    const result = await runCli(['check', 'iam', '-f', 'json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(parseReport(result.stdout).findings.map((f) => [f.ruleId, f.severity])).toEqual([['input-error', 'error']]);
  });
});

describe('--rule and --skip-rule', () => {
  it('set severities over the configuration file, as ESLint --rule does', async () => {
    const root = makeTree({ 'p.json': OWNER_WIDE, 'trustlint.config.json': '{ "rules": { "oidc-owner-wide": "error" } }' }, { git: true });
    const configured = await runCli(['check', 'p.json', '-f', 'json'], { cwd: root });
    expect(configured.code).toBe(1);
    const lowered = await runCli(['check', 'p.json', '-f', 'json', '--rule', 'oidc-owner-wide=info'], { cwd: root });
    expect(lowered.code).toBe(0);
    expect(parseReport(lowered.stdout).findings.map((f) => [f.ruleId, f.severity])).toEqual([['oidc-owner-wide', 'info']]);
    const skipped = await runCli(['check', 'p.json', '-f', 'json', '--skip-rule', 'oidc-owner-wide'], { cwd: root });
    expect(parseReport(skipped.stdout).findings).toEqual([]);
  });

  it('are validated against the catalog', async () => {
    const root = makeTree({ 'p.json': EMPTY_POLICY }, { git: true });
    expect((await runCli(['check', '--rule', 'oidc-any-ownr=off'], { cwd: root })).stderr).toBe(
      "trustlint: --rule: unknown rule id 'oidc-any-ownr' (did you mean 'oidc-any-owner'?); `trustlint rules` lists them\n",
    );
    expect((await runCli(['check', '--rule', 'oidc-any-owner=fatal'], { cwd: root })).stderr).toBe(
      "trustlint: --rule oidc-any-owner: expected one of error, warning, info, off, got 'fatal'\n",
    );
    expect((await runCli(['check', '--skip-rule', 'nope'], { cwd: root })).code).toBe(2);
    expect((await runCli(['aws', 'scan', '--skip-rule', 'nope'], { cwd: root })).stderr).toBe("trustlint: --skip-rule: unknown rule id 'nope'; `trustlint rules` lists them\n");
  });
});

describe('--var and --parameter that nothing declares', () => {
  it('warn on stderr, as Terraform warns for undeclared values; declared names do not', async () => {
    const root = makeTree({ 'infra/main.tf': ROLE_TF, 'infra/variables.tf': VARIABLES_TF }, { git: true });
    const typo = await runCli(['check', 'infra', '--var', 'subjct=repo:acme/app:ref:refs/heads/main', '--parameter', 'Org=acme', '-f', 'json'], { cwd: root });
    expect(typo.stderr).toBe(
      [
        'trustlint: warning: --var subjct: no Terraform module in the scan declares variable "subjct"; the value was not used',
        'trustlint: warning: --parameter Org: no CloudFormation template in the scan declares parameter "Org"; the value was not used',
        '',
      ].join('\n'),
    );
    expect(typo.code).toBe(1);
    const declared = await runCli(['check', 'infra', '--var', 'subject=repo:acme/app:ref:refs/heads/main', '-f', 'json'], { cwd: root });
    expect(declared).toMatchObject({ code: 0, stderr: '' });
    expect(parseReport(declared.stdout).findings).toEqual([]);
  });
});
