/**
 * `aws scan --organization` through the built launcher (packages/cli/bin/trustlint.js) in a child
 * process, against the loopback Organizations/STS/IAM stand-in (packages/core/test/aws/fake-org.ts):
 * the report and exit code a user gets, and a run killed mid-scan that `--resume` finishes.
 * Part of the e2e suite (vitest.e2e.config.ts): it needs `pnpm build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { EC2_TRUST, githubTrust, type FakeAwsState } from '../../core/test/aws/fake-aws.js';
import { numberedAccounts, startFakeOrg, type FakeOrg, type FakeOrgAccount } from '../../core/test/aws/fake-org.js';
import { CREDENTIALS, runBin } from './aws-bin.js';
import { makeTree, parseReport, removeTrees } from './helpers.js';

const BIN = fileURLToPath(new URL('../bin/trustlint.js', import.meta.url));

let fake: FakeOrg | undefined;
afterEach(async () => {
  removeTrees();
  await fake?.close();
  fake = undefined;
});

const providerArn = (account: string): string => `arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com`;

function member(account: FakeOrgAccount): Partial<FakeAwsState> {
  return {
    providers: [{ arn: providerArn(account.id), url: 'token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'] }],
    roles: [
      { name: 'deploy-any', policy: githubTrust('repo:*', { providerArn: providerArn(account.id) }) },
      { name: 'deploy-main', policy: githubTrust('repo:acme/app:ref:refs/heads/main', { providerArn: providerArn(account.id) }) },
      { name: 'ec2', policy: EC2_TRUST },
    ],
  };
}

const ENV = { ...CREDENTIALS, TRUSTLINT_AWS_TIMEOUT_MS: '2000' };

interface OrgSummary {
  accounts: { id: string; name: string; status: string; resumed: boolean; roles: number; findings: number }[];
  skipped: { id: string; name: string; state: string }[];
  roles: number;
}

describe('node packages/cli/bin/trustlint.js aws scan --organization', () => {
  it('every member account scanned through the member role: findings carry the account, an unassumable one is a warning, exit 1', async () => {
    const accounts = [...numberedAccounts(3).map((a, i) => (i === 1 ? { ...a, name: 'locked', denyAssume: true } : a)), { id: '100000000077', name: 'closed', state: 'SUSPENDED' }];
    fake = await startFakeOrg({ accounts, member });
    const cwd = makeTree({});
    const r = await runBin(['aws', 'scan', '--organization', '--endpoint-url', fake.url, '--format', 'json'], cwd, ENV);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = parseReport(r.stdout);
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.resource, (f.properties as Record<string, unknown>).accountId, (f.properties as Record<string, unknown>).accountName])).toEqual([
      ['oidc-any-owner', 'error', 'arn:aws:iam::100000000000:role/deploy-any', '100000000000', 'acct-0'],
      ['aws-check-failed', 'warning', 'arn:aws:iam::100000000001:role/OrganizationAccountAccessRole', '100000000001', 'locked'],
      ['oidc-any-owner', 'error', 'arn:aws:iam::100000000002:role/deploy-any', '100000000002', 'acct-2'],
    ]);
    const org = (JSON.parse(r.stdout) as { organization: OrgSummary }).organization;
    expect(org.accounts.map((a) => [a.id, a.status, a.roles, a.findings])).toEqual([
      ['100000000000', 'scanned', 3, 1],
      ['100000000001', 'not-assumed', 0, 1],
      ['100000000002', 'scanned', 3, 1],
    ]);
    expect(org.skipped).toEqual([{ id: '100000000077', name: 'closed', state: 'SUSPENDED' }]);
    // Every member was reached through AssumeRole of the documented default role, and nothing else was asked of STS.
    const assumed = fake.requests.filter((q) => q.action === 'AssumeRole').map((q) => q.params.RoleArn);
    expect(assumed.sort()).toEqual(['100000000000', '100000000001', '100000000002'].map((id) => `arn:aws:iam::${id}:role/OrganizationAccountAccessRole`));
    // The stand-in's member credentials never reach the output.
    expect(r.stdout + r.stderr).not.toMatch(/ASIAORG|member-secret|member-token/);
  });

  it('a scan killed after its first account is finished by --resume, which scans only the others', async () => {
    const accounts = numberedAccounts(3);
    // The second account does not answer ListRoles until the test lets it.
    let released = false;
    const slow = (a: FakeOrgAccount): Partial<FakeAwsState> => ({ ...member(a), ...(a.id === '100000000001' && !released ? { faults: { ListRoles: Array<'silent'>(5).fill('silent') } } : {}) });
    fake = await startFakeOrg({ accounts, member: slow });
    const cwd = makeTree({});
    const state = join(cwd, 'org-state.json');
    const home = makeTree({});
    const child = spawn(process.execPath, [BIN, 'aws', 'scan', '--organization', '--concurrency', '1', '--resume', 'org-state.json', '--endpoint-url', fake.url, '--format', 'json'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: home, AWS_CONFIG_FILE: join(home, 'c'), AWS_SHARED_CREDENTIALS_FILE: join(home, 'k'), AWS_EC2_METADATA_DISABLED: 'true', ...ENV },
    });
    const exited = new Promise<number | null>((resolve) => {
      child.on('close', (code) => {
        resolve(code);
      });
    });
    // Wait (bounded by the test timeout, not by a clock assertion) until the first account is recorded.
    const recorded = (): boolean => existsSync(state) && (JSON.parse(readFileSync(state, 'utf8')) as { accounts: unknown[] }).accounts.length === 1;
    while (!recorded()) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await exited;
    const saved = JSON.parse(readFileSync(state, 'utf8')) as { kind: string; accounts: { id: string }[] };
    expect(saved.kind).toBe('trustlint-organization-scan');
    expect(saved.accounts.map((a) => a.id)).toEqual(['100000000000']);

    // Member accounts are built on their first request: the killed run may or may not have reached it.
    released = true;
    const second = fake.members.get('100000000001');
    if (second) second.state.faults.ListRoles = [];
    const before = fake.requests.length;
    const r = await runBin(['aws', 'scan', '--organization', '--resume', 'org-state.json', '--endpoint-url', fake.url, '--format', 'json'], cwd, ENV);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const assumed = fake.requests.slice(before).filter((q) => q.action === 'AssumeRole').map((q) => /::(\d+):/.exec(q.params.RoleArn ?? '')?.[1]);
    expect(assumed.sort()).toEqual(['100000000001', '100000000002']);
    const org = (JSON.parse(r.stdout) as { organization: OrgSummary }).organization;
    expect(org.accounts.map((a) => [a.id, a.status, a.resumed])).toEqual([
      ['100000000000', 'scanned', true],
      ['100000000001', 'scanned', false],
      ['100000000002', 'scanned', false],
    ]);
    expect(parseReport(r.stdout).findings.map((f) => f.resource)).toEqual(accounts.map((a) => `arn:aws:iam::${a.id}:role/deploy-any`));
  });
});
