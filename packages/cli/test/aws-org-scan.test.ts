/**
 * `trustlint aws scan --organization` and `aws scan --github`, in-process, against the loopback
 * organization (packages/core/test/aws/fake-org.ts) and the GitHub stand-in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EC2_TRUST, githubTrust, plantedAccount, startFakeAws, type FakeAws, type FakeAwsState } from '../../core/test/aws/fake-aws.js';
import { numberedAccounts, startFakeOrg, type FakeOrg, type FakeOrgAccount, type FakeOrgState } from '../../core/test/aws/fake-org.js';
import { startFakeGitHub, type FakeGitHub } from '../../core/test/github-online/fake-github.js';
import { makeTree, parseReport, removeTrees, runCli } from './helpers.js';

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  removeTrees();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const ENV = { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-east-1', TRUSTLINT_AWS_TIMEOUT_MS: '2000', PATH: '/nonexistent' };
const providerArn = (account: string): string => `arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com`;

function member(account: FakeOrgAccount): Partial<FakeAwsState> {
  return {
    providers: [{ arn: providerArn(account.id), url: 'token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'] }],
    roles: [
      { name: 'deploy-any', policy: githubTrust('repo:*', { providerArn: providerArn(account.id) }) },
      { name: 'deploy-ghost', policy: githubTrust('repo:ghost-org/app:ref:refs/heads/main', { providerArn: providerArn(account.id) }) },
      { name: 'ec2', policy: EC2_TRUST },
    ],
  };
}

async function org(state: Partial<FakeOrgState> & { accounts: FakeOrgAccount[] }): Promise<FakeOrg> {
  const fake = await startFakeOrg({ member, ...state });
  servers.push(fake);
  return fake;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function scan(fake: { url: string }, args: string[], options: { cwd?: string; stderrTTY?: boolean } = {}): Promise<Run> {
  const cwd = options.cwd ?? makeTree({}, { git: true });
  let stderr = '';
  const result = await runCli(['aws', 'scan', '--endpoint-url', fake.url, ...args], {
    cwd,
    env: ENV,
    ...(options.stderrTTY ? { stderr: { write: (s: string) => (stderr += s), isTTY: true } as { write: (s: string) => string } } : {}),
  });
  return options.stderrTTY ? { ...result, stderr } : result;
}

interface OrgJson {
  accounts: { id: string; name: string; status: string; resumed: boolean; durationMs: number; roles: number; findings: number }[];
  skipped: unknown[];
  totalMs: number;
  roles: number;
}

function orgOf(stdout: string): OrgJson {
  return (JSON.parse(stdout) as { organization: OrgJson }).organization;
}

describe('trustlint aws scan --organization', () => {
  it('reports every account: findings with the account id and name, an unassumable account as a warning, times in the summary', async () => {
    const accounts = [...numberedAccounts(3).map((a, i) => (i === 2 ? { ...a, name: 'locked', denyAssume: true } : a)), { id: '100000000050', name: 'gone', state: 'SUSPENDED' }];
    const fake = await org({ accounts });
    const result = await scan(fake, ['--organization', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const report = parseReport(result.stdout);
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.resource, (f.properties as Record<string, unknown>).accountName])).toEqual([
      ['oidc-any-owner', 'error', 'arn:aws:iam::100000000000:role/deploy-any', 'acct-0'],
      ['oidc-any-owner', 'error', 'arn:aws:iam::100000000001:role/deploy-any', 'acct-1'],
      ['aws-check-failed', 'warning', 'arn:aws:iam::100000000002:role/OrganizationAccountAccessRole', 'locked'],
    ]);
    for (const f of report.findings) {
      expect(f.file).toBeNull();
      expect((f.properties as Record<string, unknown>).accountId).toMatch(/^1000000000\d\d$/);
    }
    const summary = orgOf(result.stdout);
    expect(summary.accounts.map((a) => [a.id, a.status, a.roles, a.findings, a.resumed])).toEqual([
      ['100000000000', 'scanned', 3, 1, false],
      ['100000000001', 'scanned', 3, 1, false],
      ['100000000002', 'not-assumed', 0, 1, false],
    ]);
    expect(summary.skipped).toEqual([{ id: '100000000050', name: 'gone', state: 'SUSPENDED' }]);
    for (const a of summary.accounts) expect(a.durationMs).toBeGreaterThanOrEqual(0);
    expect(summary.roles).toBe(6);

    const stylish = await scan(fake, ['--organization']);
    expect(stylish.stdout).toMatch(/organization: 3 accounts: 2 scanned, 1 not assumed; 1 not ACTIVE, skipped; 6 roles in \d+\.\d s\n/);
    expect(stylish.stdout).toMatch(/per account: \d+\.\d s on average; slowest: 1000000000\d\d \(/);
  });

  it('--resume records finished accounts atomically and a second run scans only the rest', async () => {
    const accounts = numberedAccounts(3);
    // Silent through every attempt (each ends after TRUSTLINT_AWS_TIMEOUT_MS): only the time limit ends it.
    const hanging = (a: FakeOrgAccount): Partial<FakeAwsState> => ({ ...member(a), ...(a.id === '100000000001' ? { faults: { ListRoles: Array<'silent'>(5).fill('silent') } } : {}) });
    const fake = await org({ accounts, member: hanging });
    const cwd = makeTree({}, { git: true });
    const first = await scan(fake, ['--organization', '--concurrency', '1', '--timeout', '3', '--resume', 'state.json', '--format', 'json'], { cwd });
    expect(first.stderr).toContain('trustlint: 2 accounts not scanned to the end; run the same command again to scan only those (--resume ');
    expect(orgOf(first.stdout).accounts.map((a) => a.status)).toEqual(['scanned', 'incomplete', 'not-started']);
    const state = JSON.parse(readFileSync(join(cwd, 'state.json'), 'utf8')) as { kind: string; memberRoleName: string; accounts: { id: string; findings: { properties?: Record<string, unknown> }[] }[] };
    expect(state.kind).toBe('trustlint-organization-scan');
    expect(state.memberRoleName).toBe('OrganizationAccountAccessRole');
    expect(state.accounts.map((a) => a.id)).toEqual(['100000000000']);
    // No credential is ever stored.
    expect(readFileSync(join(cwd, 'state.json'), 'utf8')).not.toMatch(/member-secret|member-token|ASIAORG/);

    // The account answers again.
    fake.members.get('100000000001')!.state.faults.ListRoles = [];
    const before = fake.requests.length;
    const second = await scan(fake, ['--organization', '--resume', 'state.json', '--format', 'json'], { cwd });
    expect(second.code).toBe(1);
    expect(second.stderr).toBe('');
    const assumed = fake.requests.slice(before).filter((r) => r.action === 'AssumeRole').map((r) => /::(\d+):/.exec(r.params.RoleArn ?? '')?.[1]);
    expect(assumed.sort()).toEqual(['100000000001', '100000000002']);
    expect(orgOf(second.stdout).accounts.map((a) => [a.status, a.resumed])).toEqual([
      ['scanned', true],
      ['scanned', false],
      ['scanned', false],
    ]);
    const findings = parseReport(second.stdout).findings;
    expect(findings.map((f) => [f.resource, (f.properties as Record<string, unknown>).accountName])).toEqual(accounts.map((a) => [`arn:aws:iam::${a.id}:role/deploy-any`, a.name]));
    expect((JSON.parse(readFileSync(join(cwd, 'state.json'), 'utf8')) as { accounts: unknown[] }).accounts).toHaveLength(3);
  });

  it('refuses a state file that is not one, or that another member role wrote, with the file named', async () => {
    const fake = await org({ accounts: numberedAccounts(1) });
    const cwd = makeTree({ 'bad.json': '{"kind": "something else"', 'other.json': JSON.stringify({ version: 1, kind: 'trustlint-organization-scan', memberRoleName: 'other', accounts: [] }) }, { git: true });
    const bad = await scan(fake, ['--organization', '--resume', 'bad.json'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^trustlint: .*bad\.json: not a trustlint state file: /);
    const other = await scan(fake, ['--organization', '--resume', 'other.json'], { cwd });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('other.json: written by a scan through the member role "other", not "OrganizationAccountAccessRole"');
    const edited = JSON.stringify({ version: 1, kind: 'trustlint-organization-scan', memberRoleName: 'OrganizationAccountAccessRole', accounts: [{ id: '1', name: 'x' }] });
    writeFileSync(join(cwd, 'edited.json'), edited);
    const third = await scan(fake, ['--organization', '--resume', 'edited.json'], { cwd });
    expect(third.stderr).toContain('edited.json: accounts[0] has no 12-digit id');
    expect(fake.requests).toEqual([]);
  });

  it('shows accounts, roles and findings on a terminal only', async () => {
    const fake = await org({ accounts: numberedAccounts(2) });
    const tty = await scan(fake, ['--organization', '--format', 'json'], { stderrTTY: true });
    expect(tty.stderr).toContain('\r\x1b[Ktrustlint: accounts 2/2, roles 6, findings 2');
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect((await scan(fake, ['--organization', '--format', 'json'])).stderr).toBe('');
  });

  it('exits 2 when ListAccounts is denied', async () => {
    const fake = await org({ accounts: numberedAccounts(2), faults: { ListAccounts: ['access-denied'] } });
    const result = await scan(fake, ['--organization', '--format', 'json']);
    expect(result.code).toBe(2);
    expect(parseReport(result.stdout).findings.map((f) => (f.properties as Record<string, unknown>).missingPermission)).toEqual(['organizations:ListAccounts']);
  });

  it('rejects organization flags without --organization, and bad values', async () => {
    const cwd = makeTree({});
    const cases: [string[], string][] = [
      [['--resume', 's.json'], '--resume needs --organization'],
      [['--member-role-name', 'audit'], '--member-role-name needs --organization'],
      [['--organization', '--concurrency', '0'], "--concurrency expects a whole number from 1 to 64, got '0'"],
      [['--organization', '--member-role-name', 'bad name'], "--member-role-name expects a role name such as trustlint-audit (optionally with its path, audit/trustlint), got 'bad name'"],
    ];
    for (const [args, message] of cases) {
      expect(await runCli(['aws', 'scan', ...args], { cwd, env: ENV })).toEqual({ code: 2, stdout: '', stderr: `trustlint: ${message}\n` });
    }
    const help = await runCli(['aws', 'scan', '--help'], { cwd });
    for (const flag of ['--organization', '--member-role-name', '--concurrency', '--resume', '--github', '--github-api']) expect(help.stdout).toContain(flag);
  });
});

describe('trustlint aws scan --github', () => {
  async function github(): Promise<FakeGitHub> {
    const gh = await startFakeGitHub({ users: { acme: { id: 1, type: 'Organization' } }, repos: [{ id: 2, owner: 'acme', name: 'app' }] });
    servers.push(gh);
    return gh;
  }

  it('checks the names the live roles trust: a missing owner is an error on the role ARN, file null', async () => {
    const gh = await github();
    const state: Partial<FakeAwsState> = { ...plantedAccount(), roles: [{ name: 'deploy-ghost', policy: githubTrust('repo:ghost-org/app:ref:refs/heads/main') }] };
    const aws: FakeAws = await startFakeAws(state);
    servers.push(aws);
    const result = await scan(aws, ['--format', 'json', '--github', '--github-api', gh.url]);
    expect(result.code).toBe(1);
    const findings = parseReport(result.stdout).findings.filter((f) => f.ruleId.startsWith('github-'));
    expect(findings.map((f) => [f.ruleId, f.severity, f.file, f.resource])).toEqual([['github-owner-missing', 'error', null, 'arn:aws:iam::123456789012:role/deploy-ghost']]);
    expect(gh.requests.map((r) => r.path)).toEqual(['/users/ghost-org']);
  });

  it('with --organization: one lookup per name across all accounts, findings carry the account', async () => {
    const gh = await github();
    const fake = await org({ accounts: numberedAccounts(2) });
    const result = await scan(fake, ['--organization', '--format', 'json', '--github', '--github-api', gh.url]);
    const findings = parseReport(result.stdout).findings.filter((f) => f.ruleId === 'github-owner-missing');
    expect(findings.map((f) => [f.file, f.resource, (f.properties as Record<string, unknown>).accountId])).toEqual([
      [null, 'arn:aws:iam::100000000000:role/deploy-ghost', '100000000000'],
      [null, 'arn:aws:iam::100000000001:role/deploy-ghost', '100000000001'],
    ]);
    expect(gh.requests.map((r) => r.path)).toEqual(['/users/ghost-org']);
  });
});
