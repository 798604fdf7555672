import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT, startFakeAws, type AaFindingJson, type FakeAws, type FakeAwsState } from '../../core/test/aws/fake-aws.js';
import { makeTree, parseReport, removeTrees, runCli } from './helpers.js';

let fake: FakeAws | undefined;
afterEach(async () => {
  removeTrees();
  await fake?.close();
  fake = undefined;
});

const ENV = { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', TRUSTLINT_AWS_TIMEOUT_MS: '2000' };

/** A user's policy in their own layout, with non-ASCII text before the condition. */
const WIDE = [
  '{ "Version": "2012-10-17",',
  '  "Statement": [ { "Sid": "Zugriff für GitHub 🚀",',
  '      "Effect": "Allow",',
  `      "Principal": { "Federated": "arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com" },`,
  '      "Action": "sts:AssumeRoleWithWebIdentity",',
  '      "Condition": { "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },',
  '                     "StringLike": { "token.actions.githubusercontent.com:sub": "repo:*" } } } ] }',
  '',
].join('\n');

const SUB = [{ value: 'Statement' }, { index: 0 }, { value: 'Condition' }, { value: 'StringLike' }, { value: 'token.actions.githubusercontent.com:sub' }];

function aaFinding(type: string, code: string, path: Record<string, unknown>[]): AaFindingJson {
  return {
    findingType: type,
    issueCode: code,
    findingDetails: `${code} details`,
    learnMoreLink: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
    locations: [{ path, span: { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: 1, offset: 1 } } }],
  };
}

async function check(state: Partial<FakeAwsState>, files: Record<string, string>, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  fake = await startFakeAws(state);
  const cwd = makeTree(files, { git: true });
  return runCli(['check', '--region', 'eu-west-1', '--endpoint-url', fake.url, ...args], { cwd, env: ENV });
}

describe('trustlint check --access-analyzer', () => {
  it('maps Access Analyzer findings to the user\'s file and keeps trustlint\'s own', async () => {
    const result = await check({ validate: () => [aaFinding('SECURITY_WARNING', 'MISSING_GITHUB_REPO_CONDITION_KEY', SUB), aaFinding('SUGGESTION', 'CONFIRM_AUDIENCE_CLAIM_TYPE', [{ value: 'Statement' }, { index: 0 }, { value: 'Condition' }, { value: 'StringEquals' }])] }, { 'iam/trust.json': WIDE }, ['--format', 'json', '--access-analyzer']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const findings = parseReport(result.stdout).findings;
    const aa = findings.filter((f) => f.ruleId === 'access-analyzer');
    expect(aa.map((f) => [f.severity, f.file, f.line, f.column, f.endColumn, (f.properties as Record<string, unknown>).issueCode])).toEqual([
      ['info', 'iam/trust.json', 6, 38, 104, 'CONFIRM_AUDIENCE_CLAIM_TYPE'],
      ['error', 'iam/trust.json', 7, 81, 89, 'MISSING_GITHUB_REPO_CONDITION_KEY'],
    ]);
    expect(aa[1]!.message).toBe('Access Analyzer SECURITY_WARNING MISSING_GITHUB_REPO_CONDITION_KEY: MISSING_GITHUB_REPO_CONDITION_KEY details');
    expect(findings.map((f) => f.ruleId)).toContain('oidc-any-owner');
    expect(fake!.requests.map((r) => r.action)).toEqual(['ValidatePolicy']);
  });

  it('a clean Access Analyzer result hides nothing', async () => {
    const result = await check({ validate: () => [] }, { 'iam/trust.json': WIDE }, ['--format', 'json', '--access-analyzer']);
    expect(result.code).toBe(1);
    expect(parseReport(result.stdout).findings.map((f) => f.ruleId)).toEqual(['oidc-any-owner']);
  });

  it('--access-analyzer-public calls CheckNoPublicAccess only', async () => {
    const result = await check(
      { publicAccess: () => ({ result: 'FAIL', message: 'grants public access', reasons: [{ statementIndex: 0, description: 'any repository' }] }) },
      { 'iam/trust.json': WIDE },
      ['--format', 'json', '--access-analyzer-public'],
    );
    expect(fake!.requests.map((r) => r.action)).toEqual(['CheckNoPublicAccess']);
    const pub = parseReport(result.stdout).findings.filter((f) => f.ruleId === 'access-analyzer-public');
    expect(pub.map((f) => [f.severity, f.file, f.line, f.path])).toEqual([['error', 'iam/trust.json', 2, ['Statement', 0]]]);
  });

  it('does not send policies with unresolved values', async () => {
    const template = '{"Statement": [{"Effect": "Allow", "Principal": {"Federated": "${provider}"}, "Action": "sts:AssumeRoleWithWebIdentity"}]}\n';
    const result = await check({ validate: () => [] }, { 'trust.json.tpl': template }, ['--format', 'json', '--access-analyzer']);
    expect(fake!.requests).toEqual([]);
    expect(result.code).not.toBe(2);
  });

  it('AccessDenied: one aws-check-failed naming access-analyzer:ValidatePolicy, exit 2 as nothing was checked', async () => {
    const result = await check({ faults: { ValidatePolicy: ['access-denied', 'access-denied'] } }, { 'iam/trust.json': WIDE, 'other.json': WIDE }, ['--format', 'json', '--access-analyzer']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no AWS call succeeded');
    const failed = parseReport(result.stdout).findings.filter((f) => f.ruleId === 'aws-check-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.message).toContain('lacks the permission access-analyzer:ValidatePolicy');
  });

  it('a throttled call that succeeds on retry is not a failure; an unreadable answer is reported at its file', async () => {
    const ok = await check({ validate: () => [], faults: { ValidatePolicy: [{ throttle: 0 }] } }, { 'iam/trust.json': WIDE }, ['--format', 'json', '--access-analyzer']);
    expect(parseReport(ok.stdout).findings.map((f) => f.ruleId)).toEqual(['oidc-any-owner']);
    await fake?.close();
    const malformed = await check({ faults: { ValidatePolicy: ['malformed', 'malformed'] } }, { 'iam/trust.json': WIDE, 'b.json': WIDE }, ['--format', 'json', '--access-analyzer']);
    expect(malformed.code).toBe(2);
    const failed = parseReport(malformed.stdout).findings.filter((f) => f.ruleId === 'aws-check-failed');
    expect(failed.map((f) => [f.file, f.line])).toEqual([
      ['b.json', 1],
      ['iam/trust.json', 1],
    ]);
  });
});
