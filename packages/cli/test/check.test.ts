import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BROKEN_POLICY, EMPTY_POLICY, LATIN1_POLICY, githubTrustPolicy, makeTree, parseReport, removeTrees, runCli } from './helpers.js';

afterEach(removeTrees);

/** A trust policy conditioned on a claim STS does not pass on: one `oidc-key-mismatch` warning. */
const UNSUPPORTED_CLAIM = githubTrustPolicy({
  StringEquals: {
    'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
    'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main',
    'token.actions.githubusercontent.com:runner_environment': 'github-hosted',
  },
});

/** No audience condition, but the template's provider enforces the audience: one `oidc-audience` info. */
const PROVIDER_ENFORCES_AUDIENCE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Provider:
    Type: AWS::IAM::OIDCProvider
    Properties:
      Url: https://token.actions.githubusercontent.com
      ClientIdList: [sts.amazonaws.com]
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Federated: !Ref Provider }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                token.actions.githubusercontent.com:sub: repo:acme/app:ref:refs/heads/main
`;

/**
 * Errors (a named broken policy, a policy that is not UTF-8), two warnings, one info, and a named
 * file of no recognised kind (no finding).
 */
function mixedTree(): string {
  return makeTree(
    {
      'broken.json': BROKEN_POLICY,
      'latin1.json': LATIN1_POLICY,
      'w1.json': UNSUPPORTED_CLAIM,
      'w2.json': UNSUPPORTED_CLAIM,
      'info.yaml': PROVIDER_ENFORCES_AUDIENCE,
      'notes.txt': 'hello\n',
      'ok.json': EMPTY_POLICY,
    },
    { git: true },
  );
}

const WARNINGS_ONLY = ['w1.json', 'w2.json', 'info.yaml', 'notes.txt', 'ok.json'];

describe('check exit codes', () => {
  it('exits 0 with "no problems" on a clean tree', async () => {
    const root = makeTree({ 'ok.json': EMPTY_POLICY, 'tsconfig.json': '{ // comments\n}' }, { git: true });
    expect(await runCli(['check'], { cwd: root })).toEqual({ code: 0, stdout: 'no problems\n1 file analysed, 1 of no recognised kind\n', stderr: '' });
  });

  it('exits 1 on an error-severity finding', async () => {
    const root = mixedTree();
    const result = await runCli(['check', 'broken.json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('parse-error');
  });

  it('exits 0 with warnings and infos only', async () => {
    const root = mixedTree();
    const result = await runCli(['check', ...WARNINGS_ONLY], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✖ 3 problems (0 errors, 2 warnings, 1 info)');
  });

  it('--max-warnings: exit 1 only when warnings exceed N; infos never count', async () => {
    const root = mixedTree();
    expect((await runCli(['check', ...WARNINGS_ONLY, '--max-warnings', '2'], { cwd: root })).code).toBe(0);
    const over = await runCli(['check', ...WARNINGS_ONLY, '--max-warnings', '1'], { cwd: root });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('trustlint: too many warnings (2; maximum 1)\n');
    expect((await runCli(['check', 'notes.txt', '--max-warnings', '0'], { cwd: root })).code).toBe(0);
  });

  it('--quiet reports errors only and ignores warnings for the exit code', async () => {
    const root = mixedTree();
    const quiet = await runCli(['check', ...WARNINGS_ONLY, '--quiet', '--max-warnings', '0', '--format', 'json'], { cwd: root });
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.stdout).findings).toEqual([]);
    const withError = await runCli(['check', '.', 'broken.json', '--quiet', '--format', 'json'], { cwd: root });
    expect(withError.code).toBe(1);
    // The policy that is not UTF-8 is an error too: the gate fails closed.
    expect(parseReport(withError.stdout).findings.map((f) => [f.ruleId, f.file])).toEqual([
      ['parse-error', 'broken.json'],
      ['input-error', 'latin1.json'],
    ]);
  });

  it('exits 2 for a named path that does not exist', async () => {
    const root = mixedTree();
    expect(await runCli(['check', 'ok.json', 'missing/'], { cwd: root })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'trustlint: no such file or directory: missing/\n',
    });
  });

  it('exits 2 when an internal error escapes, without a stack trace unless TRUSTLINT_DEBUG=1', async () => {
    const root = makeTree({ 'ok.json': EMPTY_POLICY });
    const failing = {
      write: () => {
        throw new Error('disk on fire');
      },
    };
    const plain = await runCli(['check'], { cwd: root, stdout: failing });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe('trustlint: internal error: disk on fire\ntrustlint: set TRUSTLINT_DEBUG=1 for the stack trace\n');
    const debug = await runCli(['check'], { cwd: root, stdout: failing, env: { TRUSTLINT_DEBUG: '1' } });
    expect(debug.stderr).toMatch(/^trustlint: internal error: disk on fire\nError: disk on fire\n\s+at /);
  });
});

describe('check usage errors exit 2 with one line', () => {
  it.each([
    [['check', '--formt', 'json'], "trustlint: unknown option '--formt' (Did you mean --format?)\n"],
    [['check', '--format', 'xml'], "trustlint: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, json, sarif, github.\n"],
    [['check', '--max-warnings', 'many'], "trustlint: --max-warnings expects a non-negative integer, got 'many'\n"],
    [['check', '--max-warnings', '-1'], "trustlint: --max-warnings expects a non-negative integer, got '-1'\n"],
    [['check', '--var', 'novalue'], "trustlint: --var expects NAME=VALUE, got 'novalue'\n"],
    [['check', '--parameter', '=x'], "trustlint: --parameter expects NAME=VALUE, got '=x'\n"],
    [['check', '--var-file', 'nope.tfvars'], 'trustlint: --var-file: no such file: nope.tfvars\n'],
    [['check', '--region', 'Mars'], "trustlint: --region expects an AWS region such as us-east-1, got 'Mars'\n"],
    [['check', '--endpoint-url', 'ftp://x'], "trustlint: --endpoint-url expects an http(s) URL, got 'ftp://x'\n"],
    [['lint'], "trustlint: unknown command 'lint'\n"],
  ])('%j', async (argv, stderr) => {
    const root = makeTree({ 'ok.json': EMPTY_POLICY });
    expect(await runCli(argv, { cwd: root })).toEqual({ code: 2, stdout: '', stderr });
  });

  it('accepts valid source and AWS options', async () => {
    const root = makeTree({ 'ok.json': EMPTY_POLICY, 'prod.tfvars': 'x = 1\n' }, { git: true });
    const argv = ['check', '--var', 'org=acme', '--var', 'k=a=b', '--var-file', 'prod.tfvars', '--parameter', 'Org=acme'];
    argv.push('--profile', 'ci', '--region', 'us-gov-west-1', '--endpoint-url', 'http://127.0.0.1:4566');
    expect((await runCli(argv, { cwd: root })).code).toBe(0);
  });

  it('exits 2 when online checks were asked for and no AWS call could succeed (never a silent pass)', async () => {
    const root = makeTree({ 'ok.json': EMPTY_POLICY });
    // A closed loopback port: nothing listens, so every call fails fast.
    const env = { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_EC2_METADATA_DISABLED: 'true', TRUSTLINT_AWS_TIMEOUT_MS: '2000' };
    const result = await runCli(['check', '--access-analyzer', '--region', 'eu-west-1', '--endpoint-url', 'http://127.0.0.1:9', '--format', 'json'], { cwd: root, env });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('aws-check-failed');
  });

  it('--help and --version exit 0', async () => {
    const root = makeTree({});
    const help = await runCli(['check', '--help'], { cwd: root });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--max-warnings <n>');
    const version = await runCli(['--version'], { cwd: root });
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('no command prints the help on stderr and exits 2', async () => {
    const result = await runCli([], { cwd: makeTree({}) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: trustlint');
  });
});

describe('check output', () => {
  it('--format json has the documented shape with paths relative to cwd', async () => {
    const root = mixedTree();
    const inner = await runCli(['check', 'broken.json', 'notes.txt', 'latin1.json', '--format', 'json'], { cwd: root });
    expect(inner.code).toBe(1);
    const report = JSON.parse(inner.stdout);
    expect(report).toEqual({
      version: 1,
      tool: { name: 'trustlint', version: expect.stringMatching(/^\d+\.\d+\.\d+/) },
      findings: [
        {
          ruleId: 'parse-error',
          severity: 'error',
          message: expect.stringContaining('not valid JSON'),
          file: 'broken.json',
          line: 4,
          column: 6,
          endLine: 4,
          endColumn: 7,
          properties: {},
          fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        },
        expect.objectContaining({ ruleId: 'input-error', severity: 'error', file: 'latin1.json', line: 1, column: 1 }),
      ],
      // notes.txt has no recognised kind (no finding, counted) and latin1.json was not readable:
      // one file analysed.
      summary: { files: 1, unrecognised: 1, errors: 2, warnings: 0, infos: 0, suppressed: 0 },
    });
  });

  it('names files from a subfolder relative to cwd', async () => {
    const root = makeTree({ 'infra/broken.json': BROKEN_POLICY, 'app/.keep': '' }, { git: true });
    const result = await runCli(['check', '../infra/broken.json', '--format', 'json'], { cwd: join(root, 'app') });
    expect(JSON.parse(result.stdout).findings[0].file).toBe('../infra/broken.json');
  });

  it('--output writes the report to a file (parents created) and nothing to stdout', async () => {
    const root = mixedTree();
    const result = await runCli(['check', 'broken.json', '--format', 'sarif', '--output', 'reports/trustlint.sarif'], {
      cwd: root,
      isTTY: true,
    });
    expect(result).toEqual({ code: 1, stdout: '', stderr: '' });
    const sarif = JSON.parse(readFileSync(join(root, 'reports', 'trustlint.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'broken.json',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('never colours --output files, even from a terminal', async () => {
    const root = mixedTree();
    await runCli(['check', 'broken.json', '--output', 'out.txt'], { cwd: root, isTTY: true });
    expect(readFileSync(join(root, 'out.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it('colours stylish output on a TTY unless NO_COLOR is set', async () => {
    const root = mixedTree();
    const tty = await runCli(['check', 'broken.json'], { cwd: root, isTTY: true });
    expect(tty.stdout).toContain('\u001b[');
    const noColor = await runCli(['check', 'broken.json'], { cwd: root, isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
    const piped = await runCli(['check', 'broken.json'], { cwd: root, isTTY: false });
    expect(piped.stdout).not.toContain('\u001b[');
  });

  it('stylish shows a code frame from the checked file', async () => {
    const root = mixedTree();
    const result = await runCli(['check', 'broken.json', 'latin1.json'], { cwd: root });
    expect(result.stdout).toBe(
      [
        'broken.json',
        "  4:6  error  policy document is not valid JSON: unexpected ','  parse-error",
        '      4 |     {,',
        '        |      ^',
        '',
        'latin1.json',
        '  1:1  error  the file is not valid UTF-8: it was not analysed  input-error',
        '',
        '✖ 2 problems (2 errors, 0 warnings, 0 infos)',
        '1 file analysed',
        '',
      ].join('\n'),
    );
  });

  it('--format github uses paths relative to GITHUB_WORKSPACE, else the git root', async () => {
    const root = makeTree({ 'infra/broken.json': BROKEN_POLICY }, { git: true });
    const cwd = join(root, 'infra');
    const fromGitRoot = await runCli(['check', 'broken.json', '--format', 'github'], { cwd });
    expect(fromGitRoot.stdout).toMatch(/^::error file=infra\/broken.json,line=4,col=6,endLine=4,endColumn=7,title=parse-error::/);
    const fromWorkspace = await runCli(['check', 'broken.json', '--format', 'github'], { cwd, env: { GITHUB_WORKSPACE: cwd } });
    expect(fromWorkspace.stdout).toMatch(/^::error file=broken.json,/);
  });
});

describe('rules command', () => {
  it('lists the catalog in aligned columns', async () => {
    const result = await runCli(['rules'], { cwd: makeTree({}) });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^oidc-any-owner +error +Any GitHub repository can assume the role$/);
    const severityColumn = new Set(lines.map((l) => l.search(/ (error|warning|info) /)));
    expect(severityColumn.size).toBe(1);
    expect(lines.some((l) => l.startsWith('parse-error '))).toBe(true);
  });

  it('--format json prints the catalog array', async () => {
    const result = await runCli(['rules', '--format', 'json'], { cwd: makeTree({}) });
    const rules = JSON.parse(result.stdout);
    expect(Array.isArray(rules)).toBe(true);
    expect(rules[0]).toMatchObject({ id: 'oidc-any-owner', defaultSeverity: 'error', title: expect.any(String) });
  });
});

describe('check one.tf reads its module, not sibling policies (spec/cli.md Discovery; issue 19)', () => {
  const ROLE = `resource "aws_iam_role" "ci" {
  name               = "ci"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
        StringLike   = { "token.actions.githubusercontent.com:sub" = "repo:acme/app:*" }
      }
    }]
  })
}
`;

  it('a sibling JSON policy that cannot be read (not UTF-8) or is broken gives no error and no finding', async () => {
    const dir = makeTree(
      { 'infra/main.tf': ROLE, 'infra/variables.tf': 'variable "unused" {\n  default = "x"\n}\n', 'infra/latin1.json': LATIN1_POLICY, 'infra/broken.json': BROKEN_POLICY, 'infra/policy.tpl': LATIN1_POLICY },
      { git: true },
    );
    const named = await runCli(['check', 'infra/main.tf', '--format', 'json'], { cwd: dir });
    const findings = parseReport(named.stdout).findings;
    expect(findings.map((f) => [f.ruleId, f.file])).toEqual([['oidc-any-context', 'infra/main.tf']]);
    expect(named.stderr).toBe('');
    // The same files are errors when the folder is checked: they are unreadable, and check reads them then.
    const folder = parseReport((await runCli(['check', 'infra', '--format', 'json'], { cwd: dir })).stdout).findings;
    expect(folder.filter((f) => f.ruleId === 'input-error' || f.ruleId === 'parse-error').map((f) => f.file).sort()).toEqual(['infra/latin1.json', 'infra/policy.tpl']);
  });

  it('a sibling the module reads with file() is still read, and its problems still reported', async () => {
    const dir = makeTree(
      {
        'infra/main.tf': 'resource "aws_iam_role" "ci" {\n  name               = "ci"\n  assume_role_policy = file("${path.module}/trust.json")\n}\n',
        'infra/trust.json': githubTrustPolicy({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:*' } }),
        'infra/other.json': LATIN1_POLICY,
      },
      { git: true },
    );
    // explain shows the role's policy: the trust.json that file() reads (check reports findings in named files only).
    const explained = JSON.parse((await runCli(['explain', 'infra/main.tf', '--format', 'json'], { cwd: dir })).stdout) as { target: string; providers: { statements: { ruleId?: string }[] }[] }[];
    expect(explained.map((r) => [r.target, r.providers[0]?.statements[0]?.ruleId])).toEqual([['infra/main.tf:aws_iam_role.ci', 'oidc-any-context']]);
    const unreadable = makeTree(
      { 'infra/main.tf': 'resource "aws_iam_role" "ci" {\n  name               = "ci"\n  assume_role_policy = file("${path.module}/trust.json")\n}\n', 'infra/trust.json': LATIN1_POLICY },
      { git: true },
    );
    const refused = parseReport((await runCli(['check', 'infra/main.tf', '--format', 'json'], { cwd: unreadable })).stdout).findings;
    expect(refused.map((f) => [f.ruleId, f.file])).toContainEqual(['input-error', 'infra/trust.json']);
  });
});
