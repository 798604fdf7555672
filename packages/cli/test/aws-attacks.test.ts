/**
 * The online commands as CI runs them (the built launcher in a child process) against a broken or
 * hostile endpoint on 127.0.0.1: the run ends within `--timeout`, says what it could not check, and
 * never exits 0 on answers that are not AWS answers. No wall-clock assertion: a hang fails the test
 * through its timeout; everything else is counted (requests, findings).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT, plantedAccount, startFakeAws, type Fault, type FakeAws, type FakeAwsState } from '../../core/test/aws/fake-aws.js';
import { CREDENTIALS, runBin } from './aws-bin.js';
import { makeTree, parseReport, removeTrees } from './helpers.js';

const HANG = 30_000;

let fake: FakeAws | undefined;
afterEach(async () => {
  removeTrees();
  await fake?.close();
  fake = undefined;
});

async function endpoint(state: Partial<FakeAwsState>): Promise<FakeAws> {
  fake = await startFakeAws(state);
  return fake;
}

function properties(stdout: string): Record<string, unknown>[] {
  return parseReport(stdout)
    .findings.filter((f) => f.ruleId === 'aws-check-failed')
    .map((f) => f.properties as Record<string, unknown>);
}

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main' } },
    },
  ],
});

describe('trustlint aws scan / check --access-analyzer against a hostile endpoint', () => {
  it('aws scan --timeout 4 against a silent endpoint ends, reports every unfinished call and exits 2', { timeout: HANG }, async () => {
    const f = await endpoint({ ...plantedAccount(), faults: { ListOpenIDConnectProviders: ['silent'] } });
    const result = await runBin(['aws', 'scan', '--endpoint-url', f.url, '--format', 'json', '--timeout', '4'], makeTree({}, { git: true }), CREDENTIALS);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('trustlint: the online checks failed: no AWS call succeeded (see the aws-check-failed findings)\n');
    expect(properties(result.stdout).map((p) => [p.operation, p.kind])).toEqual([
      ['iam:ListOpenIDConnectProviders', 'deadline'],
      ['iam:ListRoles', 'deadline'],
      ['iam:ListUsers', 'deadline'],
    ]);
    // The silent call was the only one made: the others would have started after the limit.
    expect(f.requests.map((r) => r.action)).toEqual(['ListOpenIDConnectProviders']);
  });

  it('aws scan against a proxy answering 200 with an HTML page exits 2, not 0', { timeout: HANG }, async () => {
    const every: Fault[] = ['html-200'];
    const f = await endpoint({ ...plantedAccount(), faults: { ListOpenIDConnectProviders: every, ListRoles: [...every], ListUsers: [...every] } });
    const result = await runBin(['aws', 'scan', '--endpoint-url', f.url, '--format', 'json'], makeTree({}, { git: true }), CREDENTIALS);
    expect(result.code).toBe(2);
    expect(properties(result.stdout).map((p) => [p.operation, p.kind])).toEqual([
      ['iam:ListOpenIDConnectProviders', 'malformed'],
      ['iam:ListRoles', 'malformed'],
      ['iam:ListUsers', 'malformed'],
    ]);
    expect(f.requests).toHaveLength(3);
  });

  it('check --access-analyzer against endless ValidatePolicy pages stops at the cap and says so at the file', { timeout: HANG }, async () => {
    const f = await endpoint({ validate: () => [], endless: ['ValidatePolicy'] });
    const cwd = makeTree({ 'iam/trust.json': TRUST }, { git: true });
    const result = await runBin(['check', 'iam/trust.json', '--access-analyzer', '--endpoint-url', f.url, '--format', 'json'], cwd, CREDENTIALS);
    expect(result.stderr).toBe('');
    // A warning: the pages that were read succeeded.
    expect(result.code).toBe(0);
    const findings = parseReport(result.stdout).findings;
    expect(findings.map((x) => [x.ruleId, x.file, x.line, (x.properties as Record<string, unknown>).kind])).toEqual([['aws-check-failed', 'iam/trust.json', 1, 'truncated']]);
    expect(f.requests).toHaveLength(21);
  });

  it('check --access-analyzer --timeout 3 against a trickling endpoint ends at the limit', { timeout: HANG }, async () => {
    const f = await endpoint({ validate: () => [], faults: { ValidatePolicy: [{ trickle: 500 }] } });
    const cwd = makeTree({ 'iam/trust.json': TRUST }, { git: true });
    const result = await runBin(['check', 'iam/trust.json', '--access-analyzer', '--endpoint-url', f.url, '--format', 'json', '--timeout', '3'], cwd, CREDENTIALS);
    expect(result.code).toBe(2);
    expect(properties(result.stdout).map((p) => [p.operation, p.kind])).toEqual([['access-analyzer:ValidatePolicy', 'deadline']]);
    expect(f.requests).toHaveLength(1);
    // The 15-byte answer would take 7.5 s.
    expect(f.requests[0]!.bytesSent).toBeLessThan(15);
  });

  it.each(['0', '-5', 'abc', '1e3', '86401'])('--timeout %s is a usage error', async (value) => {
    const result = await runBin(['aws', 'scan', '--timeout', value], makeTree({}, { git: true }), CREDENTIALS);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--timeout expects a number of seconds between 0.001 and 86400, got '${value}'`);
  });
});
