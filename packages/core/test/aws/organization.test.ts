/**
 * `aws scan --organization` over the wire: real SDK clients (Organizations, STS, IAM) against the
 * loopback organization (fake-org.ts). Nothing leaves 127.0.0.1.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_POLICY, scanOrganization, type AccountRecord, type AwsSettings } from '../../src/aws/index.js';
import type { FakeAwsState } from './fake-aws.js';
import { githubTrust, EC2_TRUST } from './fake-aws.js';
import { numberedAccounts, startFakeOrg, type FakeOrg, type FakeOrgAccount, type FakeOrgState } from './fake-org.js';
import { NOW, recorder } from './wire-kit.js';

const running: FakeOrg[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((f) => f.close()));
});

async function org(state: Partial<FakeOrgState> & { accounts: FakeOrgAccount[] }): Promise<FakeOrg> {
  const fake = await startFakeOrg(state);
  running.push(fake);
  return fake;
}

function settings(f: FakeOrg): AwsSettings {
  return { region: 'us-east-1', endpoint: f.url, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
}

const providerArn = (account: string): string => `arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com`;

/** A member account with one role any repository can assume, one pinned role and an EC2 role. */
function member(account: FakeOrgAccount): Partial<FakeAwsState> {
  return {
    providers: [{ arn: providerArn(account.id), url: 'token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'] }],
    roles: [
      { name: 'deploy-any', policy: githubTrust('repo:*', { providerArn: providerArn(account.id) }) },
      { name: 'deploy-main', policy: githubTrust('repo:acme/app:ref:refs/heads/main', { providerArn: providerArn(account.id) }) },
      { name: 'ec2', policy: EC2_TRUST },
    ],
    pageSize: 2,
  };
}

function summary(findings: readonly { ruleId: string; resource?: string; properties?: Record<string, unknown> }[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.resource ?? ''} ${typeof f.properties?.accountName === 'string' ? f.properties.accountName : ''}`.trim());
}

describe('aws scan --organization over the wire', () => {
  it('lists every page, assumes the member role in each active account with a read-only session policy, and aggregates', async () => {
    const accounts = [...numberedAccounts(4), { id: '100000000099', name: 'old', state: 'SUSPENDED' }];
    const f = await org({ accounts, pageSize: 2, member });
    const result = await scanOrganization(settings(f), { now: NOW, retry: recorder() });
    expect(f.requests.filter((r) => r.action === 'ListAccounts').map((r) => r.account)).toEqual(['999999999999', '999999999999', '999999999999']);
    const assumes = f.requests.filter((r) => r.action === 'AssumeRole');
    expect(assumes.map((r) => r.params.RoleArn).sort()).toEqual(numberedAccounts(4).map((a) => `arn:aws:iam::${a.id}:role/OrganizationAccountAccessRole`));
    for (const r of assumes) {
      expect(r.params.RoleSessionName).toBe('trustlint-org-scan');
      expect(JSON.parse(r.params.Policy ?? '{}')).toEqual(JSON.parse(SESSION_POLICY));
      expect(r.remoteAddress).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    }
    // Each account's IAM was read with that account's temporary credentials, every page.
    for (const a of numberedAccounts(4)) {
      expect(f.members.get(a.id)!.requests.filter((r) => r.action === 'ListRoles').map((r) => r.params.Marker ?? null)).toEqual([null, 'm2']);
    }
    expect(summary(result.findings)).toEqual(numberedAccounts(4).map((a) => `oidc-any-owner arn:aws:iam::${a.id}:role/deploy-any ${a.name}`));
    expect(result.findings[0]!.properties).toMatchObject({ accountId: '100000000000', accountName: 'acct-0' });
    expect(result.accounts.map((a) => [a.id, a.status, a.counts.roles, a.counts.rolesTrustingOidc, a.roles.length])).toEqual(
      numberedAccounts(4).map((a) => [a.id, 'scanned', 3, 2, 2]),
    );
    expect(result.skipped).toEqual([{ id: '100000000099', name: 'old', state: 'SUSPENDED' }]);
    expect(result.listed).toBe(true);
    expect(result.stats.failed).toBe(0);
    expect(f.members.has('100000000099')).toBe(false);
  });

  it('reports an account that denies AssumeRole as a finding and scans the others', async () => {
    const accounts = numberedAccounts(3).map((a, i) => (i === 1 ? { ...a, name: 'locked', denyAssume: true } : a));
    const f = await org({ accounts, member });
    const result = await scanOrganization(settings(f), { now: NOW, retry: recorder(), accountConcurrency: 1 });
    const failed = result.findings.filter((x) => x.ruleId === 'aws-check-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      severity: 'warning',
      resource: 'arn:aws:iam::100000000001:role/OrganizationAccountAccessRole',
      properties: { operation: 'sts:AssumeRole', kind: 'access-denied', accountId: '100000000001', accountName: 'locked' },
    });
    expect(failed[0]!.message).toContain('nothing was checked in account 100000000001 (locked): the role OrganizationAccountAccessRole must exist there and trust the identity running the scan');
    // Not retried, and the denial of one account does not stop the AssumeRole of the next.
    expect(f.requests.filter((r) => r.action === 'AssumeRole').map((r) => /::(\d+):/.exec(r.params.RoleArn ?? '')?.[1])).toEqual(['100000000000', '100000000001', '100000000002']);
    expect(result.accounts.map((a) => a.status)).toEqual(['scanned', 'not-assumed', 'scanned']);
    expect(summary(result.findings).filter((s) => s.startsWith('oidc-any-owner'))).toHaveLength(2);
  });

  it('retries a throttled ListAccounts and a throttled AssumeRole', async () => {
    const f = await org({
      accounts: numberedAccounts(3),
      pageSize: 1,
      member,
      faults: { ListAccounts: ['ok', 'throttle', { throttle: 2 }], AssumeRole: { '100000000002': ['throttle', 'server-error'] } },
    });
    const retry = recorder();
    const result = await scanOrganization(settings(f), { now: NOW, retry, accountConcurrency: 1 });
    expect(result.findings.filter((x) => x.ruleId === 'aws-check-failed')).toEqual([]);
    expect(f.requests.filter((r) => r.action === 'ListAccounts')).toHaveLength(5);
    expect(f.requests.filter((r) => r.action === 'AssumeRole')).toHaveLength(5);
    // The Retry-After of 2 s is honoured; the other waits are the backoff (no jitter).
    expect(retry.sleeps).toContain(2000);
    expect(result.accounts.map((a) => a.status)).toEqual(['scanned', 'scanned', 'scanned']);
  });

  it('keeps a denial inside its account: the next account still makes the call', async () => {
    const denied = (account: FakeOrgAccount): Partial<FakeAwsState> => ({ ...member(account), ...(account.id === '100000000000' ? { faults: { ListRoles: ['access-denied'] } } : {}) });
    const f = await org({ accounts: numberedAccounts(2), member: denied });
    const result = await scanOrganization(settings(f), { now: NOW, retry: recorder(), accountConcurrency: 1 });
    const failed = result.findings.filter((x) => x.ruleId === 'aws-check-failed');
    expect(failed.map((x) => [x.properties?.missingPermission, x.properties?.accountId])).toEqual([['iam:ListRoles', '100000000000']]);
    expect(f.members.get('100000000001')!.requests.filter((r) => r.action === 'ListRoles').map((r) => r.params.Marker ?? null)).toEqual([null, 'm2']);
    expect(summary(result.findings).filter((s) => s.startsWith('oidc-any-owner'))).toEqual(['oidc-any-owner arn:aws:iam::100000000001:role/deploy-any acct-1']);
  });

  it('reports an AssumeRole still throttled after its retries, for that account only', async () => {
    const f = await org({ accounts: numberedAccounts(2), member, faults: { AssumeRole: { '100000000000': Array<'throttle'>(5).fill('throttle') } } });
    const result = await scanOrganization(settings(f), { now: NOW, retry: recorder(), accountConcurrency: 1 });
    const failed = result.findings.filter((x) => x.ruleId === 'aws-check-failed');
    expect(failed.map((x) => [x.resource, x.properties?.kind, x.properties?.attempts])).toEqual([['arn:aws:iam::100000000000:role/OrganizationAccountAccessRole', 'throttled', 5]]);
    expect(result.accounts.map((a) => a.status)).toEqual(['not-assumed', 'scanned']);
  });

  it('scans at most --concurrency accounts at once', async () => {
    const slow = (account: FakeOrgAccount): Partial<FakeAwsState> => ({ ...member(account), faults: { ListRoles: [{ slowMs: 40 }] } });
    const f = await org({ accounts: numberedAccounts(9), member: slow });
    const result = await scanOrganization(settings(f), { now: NOW, retry: recorder(), accountConcurrency: 3 });
    expect(result.accounts.every((a) => a.status === 'scanned')).toBe(true);
    expect(f.maxAccountsInFlight).toBeLessThanOrEqual(3);
    expect(f.maxAccountsInFlight).toBeGreaterThanOrEqual(2);
  });

  it('reuses connections across accounts instead of one handshake per account', async () => {
    const f = await org({ accounts: numberedAccounts(12), member });
    const result = await scanOrganization(settings(f), { now: NOW, retry: recorder(), accountConcurrency: 1, concurrency: 1 });
    expect(result.accounts.every((a) => a.status === 'scanned')).toBe(true);
    // One pool of at most accounts × calls + 2 sockets; without it every account's client opens its own.
    expect(f.connections).toBeLessThanOrEqual(3);
  });

  it('runs Access Analyzer in each member account with its credentials', async () => {
    const withAa = (account: FakeOrgAccount): Partial<FakeAwsState> => ({
      ...member(account),
      validate: (doc) => (doc.includes('"repo:*"') ? [{ findingType: 'SECURITY_WARNING', issueCode: 'BROAD', findingDetails: `in ${account.id}`, learnMoreLink: 'https://example.test', locations: [] }] : []),
    });
    const f = await org({ accounts: numberedAccounts(2), member: withAa });
    const result = await scanOrganization(settings(f), { now: NOW, retry: recorder(), accessAnalyzer: true });
    const aa = result.findings.filter((x) => x.ruleId === 'access-analyzer');
    expect(aa.map((x) => [x.resource, x.message, x.properties?.accountId])).toEqual([
      ['arn:aws:iam::100000000000:role/deploy-any', 'Access Analyzer SECURITY_WARNING BROAD: in 100000000000', '100000000000'],
      ['arn:aws:iam::100000000001:role/deploy-any', 'Access Analyzer SECURITY_WARNING BROAD: in 100000000001', '100000000001'],
    ]);
    for (const a of numberedAccounts(2)) expect(f.members.get(a.id)!.requests.filter((r) => r.action === 'ValidatePolicy')).toHaveLength(2);
  });

  it('uses --member-role-name with a path', async () => {
    const f = await org({ accounts: numberedAccounts(1), member, memberRoleName: 'audit/trustlint-read' });
    const result = await scanOrganization(settings(f), { now: NOW, retry: recorder(), memberRoleName: 'audit/trustlint-read' });
    expect(f.requests.find((r) => r.action === 'AssumeRole')!.params.RoleArn).toBe('arn:aws:iam::100000000000:role/audit/trustlint-read');
    expect(result.accounts[0]!.status).toBe('scanned');
  });

  it('reports a denied ListAccounts once and scans nothing', async () => {
    const f = await org({ accounts: numberedAccounts(2), member, faults: { ListAccounts: ['access-denied'] } });
    const result = await scanOrganization(settings(f), { now: NOW, retry: recorder() });
    expect(result.findings.map((x) => [x.ruleId, x.properties?.missingPermission])).toEqual([['aws-check-failed', 'organizations:ListAccounts']]);
    expect(result.findings[0]!.message).toContain('no account of the organization was scanned');
    expect(result.accounts).toEqual([]);
    expect(result.stats).toEqual({ attempted: 1, succeeded: 0, failed: 1 });
  });

  it('stops at the time limit, says which accounts were not scanned, and a resumed run scans only those', async () => {
    const accounts = numberedAccounts(4);
    // The second account's ListRoles never answers: the time limit ends it; the rest never start.
    const hanging = (account: FakeOrgAccount): Partial<FakeAwsState> => ({ ...member(account), ...(account.id === '100000000001' ? { faults: { ListRoles: ['silent'] } } : {}) });
    // The SDK loaded and its clients warm first: the time limit below must not be spent on that.
    const warm = await org({ accounts: numberedAccounts(1), member });
    await scanOrganization(settings(warm), { now: NOW, retry: recorder() });
    const f = await org({ accounts, member: hanging });
    const done: AccountRecord[] = [];
    const first = await scanOrganization(settings(f), { now: NOW, retry: recorder(), accountConcurrency: 1, timeoutMs: 2500, onAccount: (r) => done.push(r) });
    expect(first.accounts.map((a) => a.status)).toEqual(['scanned', 'incomplete', 'not-started', 'not-started']);
    const notStarted = first.findings.find((x) => x.properties?.kind === 'deadline' && x.resource === undefined);
    expect(notStarted?.message).toMatch(/^2 accounts were not scanned \(100000000002, 100000000003\): the time limit of the online checks \(2\.5 s\) expired first; run again with --resume/);
    expect(done.map((r) => [r.id, r.status])).toEqual([
      ['100000000000', 'scanned'],
      ['100000000001', 'incomplete'],
    ]);

    // The same with aws-check-failed turned off: the cut account is still not done.
    f.members.get('100000000001')!.state.faults.ListRoles = ['silent'];
    const quiet: AccountRecord[] = [];
    const off = await scanOrganization(settings(f), { now: NOW, retry: recorder(), accountConcurrency: 1, timeoutMs: 2500, config: { rules: { 'aws-check-failed': 'off' } }, onAccount: (r) => quiet.push(r) });
    expect(off.accounts.map((a) => a.status)).toEqual(['scanned', 'incomplete', 'not-started', 'not-started']);
    expect(off.findings.filter((x) => x.ruleId === 'aws-check-failed')).toEqual([]);
    expect(quiet.map((r) => r.status)).toEqual(['scanned', 'incomplete']);

    const before = f.requests.length;
    const second = await scanOrganization(settings(f), { now: NOW, retry: recorder(), done: new Map(done.map((r) => [r.id, r])) });
    const assumed = f.requests.slice(before).filter((r) => r.action === 'AssumeRole').map((r) => /::(\d+):/.exec(r.params.RoleArn ?? '')?.[1]);
    expect(assumed.sort()).toEqual(['100000000001', '100000000002', '100000000003']);
    expect(second.resumed).toBe(1);
    expect(second.accounts.map((a) => a.status)).toEqual(['scanned', 'scanned', 'scanned', 'scanned']);
    expect(summary(second.findings)).toEqual(accounts.map((a) => `oidc-any-owner arn:aws:iam::${a.id}:role/deploy-any ${a.name}`));
  });
});
