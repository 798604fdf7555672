import { describe, expect, it } from 'vitest';
import { decodePolicyDocument, maskAccessKeyId, scanAccount, trustsOidcProvider, type ScanProgress } from '../../src/aws/scan.js';
import type { IamPort } from '../../src/aws/ports.js';
import type { PolicyObject } from '../../src/model/policy.js';
import { parseJsonTree } from '../../src/sources/json-tree.js';
import { ACCOUNT, GITHUB_PROVIDER_ARN, githubTrust, iamEncode, plantedAccount, type FakeAwsState, type FakeRole } from './fake-aws.js';

const NOW = new Date('2026-07-01T00:00:00Z');
const ACME_PROVIDER_ARN = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com/acme`;

/** A listing in pages of `size`, each page one call of `guard` (so that failures and counts apply per page). */
async function* paged<T>(items: readonly T[], size: number, page: (value: () => T[]) => Promise<T[]>): AsyncGenerator<T[]> {
  let start = 0;
  do {
    const from = start;
    yield await page(() => items.slice(from, from + size));
    start += size;
  } while (start < items.length);
}

type Failing = Partial<Record<keyof IamPort, Error>>;

/** An in-memory IamPort over the fake account's data (policies URL-encoded as IAM returns them). */
function memoryIam(state: Partial<FakeAwsState>, failing: Failing = {}): IamPort & { calls: string[] } {
  const size = state.pageSize ?? 100;
  const calls: string[] = [];
  const guard = <T>(name: keyof IamPort, value: () => T): Promise<T> => {
    calls.push(name);
    const err = failing[name];
    return err ? Promise.reject(err) : Promise.resolve(value());
  };
  return {
    calls,
    listOpenIdConnectProviders: () => guard('listOpenIdConnectProviders', () => (state.providers ?? []).map((p) => p.arn)),
    getOpenIdConnectProvider: (arn) =>
      guard('getOpenIdConnectProvider', () => {
        const p = (state.providers ?? []).find((x) => x.arn === arn)!;
        return { url: p.url, clientIds: p.clientIds, thumbprints: p.thumbprints ?? [] };
      }),
    listRoles: () =>
      paged(
        (state.roles ?? []).map((r) => ({
          arn: `arn:aws:iam::${ACCOUNT}:role${r.path ?? '/'}${r.name}`,
          roleName: r.name,
          assumeRolePolicyDocument: typeof r.policy === 'string' ? r.policy : iamEncode(JSON.stringify(r.policy)),
        })),
        size,
        (page) => guard('listRoles', page),
      ),
    listUsers: () => paged((state.users ?? []).map((u) => ({ arn: `arn:aws:iam::${ACCOUNT}:user/${u.name}`, userName: u.name })), size, (page) => guard('listUsers', page)),
    listAccessKeys: (userName) =>
      paged(
        (state.users ?? []).find((u) => u.name === userName)!.keys.map((k) => ({ accessKeyId: k.id, status: k.status, createDate: new Date(k.created), userName })),
        size,
        (page) => guard('listAccessKeys', page),
      ),
    getAccessKeyLastUsed: (id) =>
      guard('getAccessKeyLastUsed', () => {
        const key = (state.users ?? []).flatMap((u) => u.keys).find((k) => k.id === id)!;
        return key.lastUsed ? { lastUsedDate: new Date(key.lastUsed.date), serviceName: key.lastUsed.service, region: key.lastUsed.region } : { serviceName: 'N/A', region: 'N/A' };
      }),
  };
}

const denied = (permission: string): Error =>
  Object.assign(new Error(`User: arn:aws:iam::${ACCOUNT}:user/ci is not authorized to perform: ${permission} on resource: *`), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });

function ids(findings: readonly { ruleId: string; resource?: string }[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.resource ?? ''}`);
}

describe('scanAccount', () => {
  it('finds every planted problem and nothing on the clean resources', async () => {
    const result = await scanAccount(memoryIam(plantedAccount()), { now: () => NOW });
    expect(ids(result.findings)).toEqual([
      `oidc-provider-audience ${ACME_PROVIDER_ARN}`,
      `oidc-any-owner arn:aws:iam::${ACCOUNT}:role/deploy-any-repo`,
      `aws-user-access-key arn:aws:iam::${ACCOUNT}:user/legacy-ci`,
    ]);
    for (const f of result.findings) expect(f.location).toBeNull();
    expect(result.findings[1]!.path).toEqual(['Statement', 0, 'Condition', 'StringLike', 'token.actions.githubusercontent.com:sub']);
    expect(result.counts).toEqual({ providers: 3, roles: 5, rolesTrustingOidc: 3, users: 3, activeAccessKeys: 1 });
    expect(result.stats).toEqual({ attempted: 13, succeeded: 13, failed: 0 });
  });

  it('gives the age and the last use of each active key', async () => {
    const state: Partial<FakeAwsState> = {
      users: [
        {
          name: 'deployer',
          keys: [
            { id: 'AKIAIOSFODNN7DEPLOY1', status: 'Active', created: '2024-07-01T00:00:00Z', lastUsed: { date: '2026-06-30T12:00:00Z', service: 's3', region: 'eu-west-1' } },
            { id: 'AKIAIOSFODNN7DEPLOY2', status: 'Inactive', created: '2020-07-01T00:00:00Z' },
          ],
        },
      ],
    };
    const [finding, ...rest] = (await scanAccount(memoryIam(state), { now: () => NOW })).findings;
    expect(rest).toEqual([]);
    expect(finding!.message).toBe(
      'IAM user deployer has an active access key AKIA************LOY1, created 2024-07-01 (730 days ago), last used 2026-06-30 (less than a day ago) with s3 in eu-west-1. Let CI assume a role through GitHub OIDC instead, then deactivate and delete the key.',
    );
    expect(finding!.properties).toEqual({
      user: 'deployer',
      accessKeyId: 'AKIA************LOY1',
      createDate: '2024-07-01T00:00:00.000Z',
      ageDays: 730,
      lastUsedDate: '2026-06-30T12:00:00.000Z',
      lastUsedDaysAgo: 0,
      lastUsedService: 's3',
      lastUsedRegion: 'eu-west-1',
    });
    expect(maskAccessKeyId('AKIAIOSFODNN7EXAMPLE')).toBe('AKIA************MPLE');
  });

  it('runs oidc-audience with the live providers: error when aud cannot match, info when the client-id list covers it', async () => {
    const state: Partial<FakeAwsState> = {
      providers: [
        { arn: GITHUB_PROVIDER_ARN, url: 'https://token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'] },
        { arn: ACME_PROVIDER_ARN, url: 'token.actions.githubusercontent.com/acme', clientIds: ['https://github.com/acme'] },
      ],
      roles: [
        { name: 'no-aud', policy: githubTrust('repo:acme/app:ref:refs/heads/main', { aud: false }) },
        {
          name: 'acme-aud',
          policy: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { Federated: ACME_PROVIDER_ARN },
                Action: 'sts:AssumeRoleWithWebIdentity',
                Condition: {
                  StringEquals: {
                    'token.actions.githubusercontent.com/acme:aud': 'sts.amazonaws.com',
                    'token.actions.githubusercontent.com/acme:sub': 'repo:acme/app:ref:refs/heads/main',
                  },
                },
              },
            ],
          },
        },
      ],
    };
    const result = await scanAccount(memoryIam(state), { now: () => NOW });
    const audience = result.findings.filter((f) => f.ruleId === 'oidc-audience');
    expect(audience.map((f) => [f.severity, f.resource])).toEqual([
      ['error', `arn:aws:iam::${ACCOUNT}:role/acme-aud`],
      ['info', `arn:aws:iam::${ACCOUNT}:role/no-aud`],
    ]);
    expect(ids(result.findings.filter((f) => f.ruleId === 'oidc-provider-audience'))).toEqual([`oidc-provider-audience ${ACME_PROVIDER_ARN}`]);
  });

  it('reads every page and decodes policies with decodeURIComponent (a + stays a +)', async () => {
    const roles: FakeRole[] = Array.from({ length: 6 }, (_, i) => ({ name: `r${i}`, policy: githubTrust(`repo:acme/app:ref:refs/heads/fix+${i}`) }));
    // An endpoint that leaves `+` unencoded: form decoding would turn it into a space.
    roles.push({ name: 'raw-plus', policy: iamEncode(JSON.stringify(githubTrust('repo:acme/app:ref:refs/heads/x+y'))).replace('%2B', '+') });
    roles.push({ name: 'wide', policy: githubTrust('repo:*') });
    const iam = memoryIam({ roles, pageSize: 3 });
    const result = await scanAccount(iam, { now: () => NOW });
    expect(iam.calls.filter((c) => c === 'listRoles')).toHaveLength(3);
    expect(result.counts.roles).toBe(8);
    const text = (name: string): string => JSON.stringify(result.documents.find((d) => d.kind === 'trust-policy' && d.roleName === name));
    expect(text('r3')).toContain('"repo:acme/app:ref:refs/heads/fix+3"');
    expect(text('raw-plus')).toContain('"repo:acme/app:ref:refs/heads/x+y"');
    expect(ids(result.findings)).toEqual([`oidc-any-owner arn:aws:iam::${ACCOUNT}:role/wide`]);
    expect(decodePolicyDocument('%7B%22a%22%3A%22b+c%20d%22%7D')).toBe('{"a":"b+c d"}');
    expect(decodePolicyDocument('{"a":"100%"}')).toBe('{"a":"100%"}');
  });

  it('keeps scanning when one call is denied, naming the missing permission', async () => {
    const iam = memoryIam(plantedAccount(), { listUsers: denied('iam:ListUsers') });
    const result = await scanAccount(iam, { now: () => NOW });
    const failed = result.findings.filter((f) => f.ruleId === 'aws-check-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ severity: 'warning', location: null, properties: { operation: 'iam:ListUsers', missingPermission: 'iam:ListUsers', errorCode: 'AccessDenied' } });
    expect(failed[0]!.message).toMatch(/^iam:ListUsers failed: access denied: the identity running the scan lacks the permission iam:ListUsers \(AccessDenied: User: .* is not authorized to perform: iam:ListUsers on resource: \*\); IAM users were not checked for access keys$/);
    expect(ids(result.findings.filter((f) => f.ruleId !== 'aws-check-failed'))).toEqual([
      `oidc-provider-audience ${ACME_PROVIDER_ARN}`,
      `oidc-any-owner arn:aws:iam::${ACCOUNT}:role/deploy-any-repo`,
    ]);
  });

  it('reports a key whose last use cannot be read, and the denied call once', async () => {
    const state = plantedAccount();
    state.users!.push({ name: 'second', keys: [{ id: 'AKIAIOSFODNN7SECOND1', status: 'Active', created: '2025-01-01T00:00:00Z' }] });
    const result = await scanAccount(memoryIam(state, { getAccessKeyLastUsed: denied('iam:GetAccessKeyLastUsed') }), { now: () => NOW });
    const keys = result.findings.filter((f) => f.ruleId === 'aws-user-access-key');
    expect(keys.map((f) => f.message)).toEqual([expect.stringContaining('last use unknown'), expect.stringContaining('last use unknown')]);
    const failed = result.findings.filter((f) => f.ruleId === 'aws-check-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.message).toContain('for 2 resources (user legacy-ci, user second)');
  });

  it('reports an unreadable trust policy instead of skipping it silently', async () => {
    const result = await scanAccount(memoryIam({ roles: [{ name: 'broken', policy: '%7B%22Statement%22%3A%5B' }, { name: 'bad-escape', policy: '%E0%A4%A' }] }), { now: () => NOW });
    expect(result.findings.map((f) => [f.ruleId, f.resource, f.message])).toEqual([
      ['aws-check-failed', `arn:aws:iam::${ACCOUNT}:role/bad-escape`, expect.stringContaining('is not valid URL encoding')],
      ['aws-check-failed', `arn:aws:iam::${ACCOUNT}:role/broken`, expect.stringContaining('is not valid JSON after URL-decoding')],
    ]);
  });

  it('applies the configuration (off, severity) and reports progress', async () => {
    const progress: ScanProgress[] = [];
    const result = await scanAccount(memoryIam(plantedAccount()), {
      now: () => NOW,
      config: { rules: { 'aws-user-access-key': 'off', 'oidc-any-owner': 'warning' } },
      onProgress: (p) => progress.push(p),
    });
    expect(result.findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['oidc-provider-audience:error', 'oidc-any-owner:warning']);
    expect(progress.at(-1)).toEqual({ phase: 'users', done: 3, total: 3 });
    expect(progress.filter((p) => p.phase === 'roles').map((p) => p.done)).toEqual([2, 4, 5]);
  });
});

describe('trustsOidcProvider', () => {
  const root = (policy: unknown): PolicyObject => parseJsonTree(JSON.stringify(policy)) as PolicyObject;
  it.each([
    [githubTrust('repo:acme/app:*'), true],
    [{ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole*' }] }, true],
    [{ Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }] }, false],
    [{ Statement: [{ Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity' }] }, false],
    [{ Statement: [{ Effect: 'Deny', Principal: { Federated: GITHUB_PROVIDER_ARN }, Action: 'sts:AssumeRoleWithWebIdentity' }] }, false],
    [{ Statement: { Effect: 'Allow', Principal: { Federated: [`arn:aws:iam::${ACCOUNT}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/X`] }, Action: 'sts:AssumeRoleWithWebIdentity' } }, true],
  ])('%j → %s', (policy, expected) => {
    expect(trustsOidcProvider(root(policy))).toBe(expected);
  });
});
