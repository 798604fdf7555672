/**
 * Real SDK clients (static fake credentials, `endpoint` set) against a loopback server speaking IAM's
 * and STS's query protocol (XML) and Access Analyzer's REST JSON. Nothing leaves 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import { runAccessAnalyzerChecks, scanLiveAccount } from '../../src/aws/index.js';
import { toJson } from '../../src/model/policy.js';
import { readPolicyFile } from '../../src/sources/policy-file.js';
import { ACCOUNT, githubTrust, iamEncode, plantedAccount } from './fake-aws.js';
import { NOW, recorder, settings, start } from './wire-kit.js';

function summary(findings: readonly { ruleId: string; resource?: string }[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.resource ?? ''}`);
}

describe('aws scan over the wire', () => {
  it('lists every page, decodes the documents and finds the planted problems', async () => {
    const state = plantedAccount();
    // A policy IAM encodes fully (+ as %2B, non-ASCII as UTF-8 escapes) that must decode to itself.
    const tricky = githubTrust('repo:acme/app:ref:refs/heads/release+1.0');
    (tricky.Statement as { Sid?: string }[])[0]!.Sid = 'Déploiement+prod 🚀';
    state.roles!.push({ name: 'tricky', policy: tricky });
    const f = await start(state);
    const result = await scanLiveAccount(settings(f), { now: NOW, retry: recorder() });
    expect(summary(result.findings)).toEqual([
      `oidc-provider-audience arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com/acme`,
      `oidc-any-owner arn:aws:iam::${ACCOUNT}:role/deploy-any-repo`,
      `aws-user-access-key arn:aws:iam::${ACCOUNT}:user/legacy-ci`,
    ]);
    expect(f.requests.filter((r) => r.action === 'ListRoles').map((r) => r.params.Marker ?? null)).toEqual([null, 'm2', 'm4']);
    expect(f.requests.filter((r) => r.action === 'ListUsers').map((r) => r.params.Marker ?? null)).toEqual([null, 'm2']);
    // IAM sent %2B and UTF-8 escapes; the document reads back exactly.
    expect(iamEncode(JSON.stringify(tricky))).toContain('%2B');
    const doc = result.documents.find((d) => d.kind === 'trust-policy' && d.roleName === 'tricky');
    expect(doc?.kind === 'trust-policy' ? JSON.stringify(toJson(doc.root)) : undefined).toBe(JSON.stringify(tricky));
    for (const r of f.requests) {
      expect(r.remoteAddress).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
      expect(r.authorization).toBe(true);
    }
    expect(result.stats.failed).toBe(0);
  });

  it('retries IAM Throttling and 500s, then succeeds', async () => {
    const f = await start({ ...plantedAccount(), faults: { ListRoles: ['ok', 'throttle', 'server-error', 'bad-gateway-html'], ListOpenIDConnectProviders: ['server-error'] } });
    const retry = recorder();
    const result = await scanLiveAccount(settings(f), { now: NOW, retry });
    expect(result.findings.filter((x) => x.ruleId === 'aws-check-failed')).toEqual([]);
    expect(f.requests.filter((r) => r.action === 'ListRoles').map((r) => r.params.Marker ?? null)).toEqual([null, 'm2', 'm2', 'm2', 'm2', 'm4']);
    expect(retry.sleeps).toEqual([125, 125, 250, 500]);
    expect(result.stats).toEqual({ attempted: 13, succeeded: 13, failed: 0 });
  });

  it('reports 500s that outlast the retries, and goes on', async () => {
    const f = await start({ ...plantedAccount(), faults: { ListUsers: Array<'server-error'>(5).fill('server-error') } });
    const result = await scanLiveAccount(settings(f), { now: NOW, retry: recorder() });
    const failed = result.findings.filter((x) => x.ruleId === 'aws-check-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.message).toBe(
      'iam:ListUsers failed: server error 500 after 5 attempts (ServiceFailureException: Request processing has failed due to some unknown error, exception or failure.); IAM users were not checked for access keys',
    );
    expect(summary(result.findings).filter((s) => !s.startsWith('aws-check-failed'))).toHaveLength(2);
  });

  it('turns AccessDenied into a warning naming the permission, without retrying', async () => {
    const f = await start({ ...plantedAccount(), faults: { ListRoles: ['access-denied'], GetAccessKeyLastUsed: ['access-denied'] } });
    const result = await scanLiveAccount(settings(f), { now: NOW, retry: recorder() });
    const failed = result.findings.filter((x) => x.ruleId === 'aws-check-failed');
    expect(failed.map((x) => [x.properties?.missingPermission, x.severity])).toEqual([
      ['iam:ListRoles', 'warning'],
      ['iam:GetAccessKeyLastUsed', 'warning'],
    ]);
    expect(failed[0]!.message).toContain(`is not authorized to perform: iam:ListRoles`);
    expect(f.requests.filter((r) => r.action === 'ListRoles')).toHaveLength(1);
    expect(summary(result.findings).filter((s) => !s.startsWith('aws-check-failed'))).toEqual([
      `oidc-provider-audience arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com/acme`,
      `aws-user-access-key arn:aws:iam::${ACCOUNT}:user/legacy-ci`,
    ]);
    expect(result.findings.find((x) => x.ruleId === 'aws-user-access-key')!.message).toContain('last use unknown');
  });

  it('reports a malformed body without crashing', async () => {
    const f = await start({ ...plantedAccount(), faults: { ListRoles: ['malformed'] } });
    const result = await scanLiveAccount(settings(f), { now: NOW, retry: recorder() });
    const failed = result.findings.filter((x) => x.ruleId === 'aws-check-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.properties).toMatchObject({ operation: 'iam:ListRoles', kind: 'malformed' });
    expect(failed[0]!.message).toMatch(/^iam:ListRoles failed: the response could not be read .*; no role was scanned$/);
  });

  it('times out on a slow server, retries, and reports a call that never answers in time', async () => {
    const f = await start({ ...plantedAccount(), faults: { ListOpenIDConnectProviders: [{ slowMs: 1500 }], ListUsers: [{ slowMs: 1500 }, { slowMs: 1500 }] } });
    const retry = recorder();
    const result = await scanLiveAccount(settings(f, { requestTimeoutMs: 200 }), { now: NOW, retry: { ...retry, maxAttempts: 2 } });
    const failed = result.findings.filter((x) => x.ruleId === 'aws-check-failed');
    // Each answer would take 1.5 s: a timeout finding with two attempts proves the client gave up first.
    expect(failed.map((x) => [x.properties?.operation, x.properties?.kind, x.properties?.attempts])).toEqual([['iam:ListUsers', 'timeout', 2]]);
    expect(f.requests.filter((r) => r.action === 'ListUsers')).toHaveLength(2);
    expect(f.requests.filter((r) => r.action === 'ListOpenIDConnectProviders')).toHaveLength(2);
    expect(retry.sleeps).toEqual([125, 125]);
    expect(summary(result.findings).filter((s) => !s.startsWith('aws-check-failed'))).toHaveLength(2);
  });

  it('assumes --role-arn through STS and signs the scan with the role\'s credentials', async () => {
    const f = await start({ ...plantedAccount(), faults: {} });
    const target = `arn:aws:iam::${ACCOUNT}:role/audit`;
    const result = await scanLiveAccount(settings(f, { roleArn: target }), { now: NOW, retry: recorder() });
    expect(f.requests[0]).toMatchObject({ action: 'AssumeRole', params: { RoleArn: target, RoleSessionName: 'trustlint-scan' } });
    expect(result.findings).toHaveLength(3);

    const denied = await start({ ...plantedAccount(), faults: { AssumeRole: ['access-denied'] } });
    const refused = await scanLiveAccount(settings(denied, { roleArn: target }), { retry: recorder() });
    expect(refused.findings.map((x) => x.properties?.missingPermission)).toEqual(['sts:AssumeRole']);
    expect(refused.stats).toEqual({ attempted: 1, succeeded: 0, failed: 1 });
    expect(denied.requests.map((r) => r.action)).toEqual(['AssumeRole']);

    // AssumeRole alone checks nothing: with every IAM call denied the run counts no success.
    const inside = await start({ ...plantedAccount(), faults: { ListOpenIDConnectProviders: ['access-denied'], ListRoles: ['access-denied'], ListUsers: ['access-denied'] } });
    const nothing = await scanLiveAccount(settings(inside, { roleArn: target }), { retry: recorder() });
    expect(nothing.stats).toEqual({ attempted: 3, succeeded: 0, failed: 3 });
  });
});

describe('Access Analyzer over the wire', () => {
  const text = `{\n  "Version": "2012-10-17",\n  "Statement": [{"Sid": "Zugriff für GitHub", "Effect": "Allow",\n    "Principal": {"Federated": "arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com"},\n    "Action": "sts:AssumeRoleWithWebIdentity",\n    "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:*"}}}]\n}\n`;
  const docs = readPolicyFile('iam/trust.json', text, false).documents;
  const subFinding = (code: string, type: string) => ({
    findingType: type,
    issueCode: code,
    findingDetails: `${code} details`,
    learnMoreLink: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
    // Only a span (line 13 of the rendered text: the sub value); the offset is deliberately wrong.
    locations: [{ path: [], span: { start: { line: 13, column: 53, offset: 0 }, end: { line: 13, column: 61, offset: 0 } } }],
  });

  it('pages on nextToken and maps a span back to the user\'s file', async () => {
    const f = await start({
      validate: () => [subFinding('MISSING_GITHUB_REPO_CONDITION_KEY', 'SECURITY_WARNING'), subFinding('SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED', 'WARNING'), subFinding('CONFIRM_AUDIENCE_CLAIM_TYPE', 'SUGGESTION')],
      validatePageSize: 2,
    });
    const result = await runAccessAnalyzerChecks(docs, settings(f), { retry: recorder() });
    const sent = f.requests.filter((r) => r.action === 'ValidatePolicy');
    expect(sent.map((r) => r.params.nextToken ?? null)).toEqual([null, 't2']);
    const body = JSON.parse(sent[0]!.body) as Record<string, string>;
    expect(body).toMatchObject({ policyType: 'RESOURCE_POLICY', validatePolicyResourceType: 'AWS::IAM::AssumeRolePolicyDocument' });
    expect(body.policyDocument!.split('\n')[12]).toBe('          "token.actions.githubusercontent.com:sub": "repo:*"');
    expect(result.findings.map((x) => [x.severity, x.properties?.issueCode, x.location?.file, x.location?.span.start.line, x.location?.span.start.column])).toEqual([
      ['error', 'MISSING_GITHUB_REPO_CONDITION_KEY', 'iam/trust.json', 6, 76],
      ['info', 'CONFIRM_AUDIENCE_CLAIM_TYPE', 'iam/trust.json', 6, 76],
      ['warning', 'SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED', 'iam/trust.json', 6, 76],
    ]);
  });

  it('honours Retry-After on 429, retries 500s, and reports what still fails', async () => {
    const f = await start({ validate: () => [], faults: { ValidatePolicy: [{ throttle: 2 }, 'server-error', 'ok', 'access-denied'] } });
    const retry = recorder();
    const first = await runAccessAnalyzerChecks(docs, settings(f), { retry });
    expect(retry.sleeps).toEqual([2000, 0]);
    expect(first.findings).toEqual([]);
    expect(first.stats).toEqual({ attempted: 1, succeeded: 1, failed: 0 });
    const second = await runAccessAnalyzerChecks(docs, settings(f), { retry });
    expect(second.findings.map((x) => [x.ruleId, x.location?.file, x.properties?.missingPermission])).toEqual([['aws-check-failed', 'iam/trust.json', 'access-analyzer:ValidatePolicy']]);
    expect(second.stats.succeeded).toBe(0);
  });

  it('reports a malformed JSON body and a slow server', async () => {
    const f = await start({ validate: () => [], faults: { ValidatePolicy: ['malformed', { slowMs: 1000 }, { slowMs: 1000 }] } });
    const malformed = await runAccessAnalyzerChecks(docs, settings(f), { retry: recorder() });
    expect(malformed.findings.map((x) => x.properties?.kind)).toEqual(['malformed']);
    const slow = await runAccessAnalyzerChecks(docs, settings(f, { requestTimeoutMs: 150 }), { retry: { ...recorder(), maxAttempts: 2 } });
    expect(slow.findings.map((x) => [x.properties?.kind, x.properties?.attempts])).toEqual([['timeout', 2]]);
  });

  it('runs CheckNoPublicAccess only when asked', async () => {
    const f = await start({ validate: () => [], publicAccess: () => ({ result: 'FAIL', message: 'The policy allows public access.', reasons: [{ description: 'sub matches any repository', statementIndex: 0 }] }) });
    const without = await runAccessAnalyzerChecks(docs, settings(f), { retry: recorder() });
    expect(without.findings).toEqual([]);
    expect(f.requests.map((r) => r.action)).toEqual(['ValidatePolicy']);
    const withPublic = await runAccessAnalyzerChecks(docs, settings(f), { retry: recorder(), validate: false, checkNoPublicAccess: true });
    expect(withPublic.findings.map((x) => [x.ruleId, x.location?.span.start.line, x.path])).toEqual([['access-analyzer-public', 3, ['Statement', 0]]]);
    const body = JSON.parse(f.requests.at(-1)!.body) as Record<string, string>;
    expect(body.resourceType).toBe('AWS::IAM::AssumeRolePolicyDocument');
  });
});
