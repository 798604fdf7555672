import {
  AccessAnalyzerClient,
  AccessDeniedException,
  CheckNoPublicAccessCommand,
  ThrottlingException,
  ValidatePolicyCommand,
} from '@aws-sdk/client-accessanalyzer';
import {
  GetAccessKeyLastUsedCommand,
  GetOpenIDConnectProviderCommand,
  IAMClient,
  IAMServiceException,
  ListAccessKeysCommand,
  ListOpenIDConnectProvidersCommand,
  ListRolesCommand,
  ListUsersCommand,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { runAccessAnalyzerChecks, scanLiveAccount } from '../../src/aws/index.js';
import { readPolicyFile } from '../../src/sources/policy-file.js';
import { ACCOUNT, GITHUB_PROVIDER_ARN, githubTrust, iamEncode } from './fake-aws.js';

const iam = mockClient(IAMClient);
const aa = mockClient(AccessAnalyzerClient);
const SETTINGS = { region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
const NO_WAIT = { sleep: () => Promise.resolve(), random: () => 0 };

afterEach(() => {
  iam.reset();
  aa.reset();
});

function roleArn(name: string): string {
  return `arn:aws:iam::${ACCOUNT}:role/${name}`;
}

describe('SDK-backed IAM port (aws-sdk-client-mock)', () => {
  it('scans with the real command shapes: Marker pagination, URL-encoded documents, last use', async () => {
    iam.on(ListOpenIDConnectProvidersCommand).resolves({ OpenIDConnectProviderList: [{ Arn: GITHUB_PROVIDER_ARN }] });
    iam.on(GetOpenIDConnectProviderCommand, { OpenIDConnectProviderArn: GITHUB_PROVIDER_ARN }).resolves({ Url: 'token.actions.githubusercontent.com', ClientIDList: ['github'] });
    const role = (name: string, policy: unknown): { RoleName: string; Arn: string; Path: string; RoleId: string; CreateDate: Date; AssumeRolePolicyDocument: string } => ({
      RoleName: name,
      Arn: roleArn(name),
      Path: '/',
      RoleId: `AROA${name}`,
      CreateDate: new Date('2022-01-01'),
      AssumeRolePolicyDocument: iamEncode(JSON.stringify(policy)),
    });
    // The SDK's paginator reuses one input object: record each call's Marker when it is made.
    const markers: (string | undefined)[] = [];
    const rolePages = [
      { Roles: [role('wide', githubTrust('repo:acme*'))], IsTruncated: true, Marker: 'page2' },
      { Roles: [role('tight', githubTrust('repo:acme/app:ref:refs/heads/main'))], IsTruncated: false },
    ];
    iam.on(ListRolesCommand).callsFake((input: { Marker?: string; MaxItems?: number }) => {
      markers.push(input.Marker);
      return rolePages[markers.length - 1];
    });
    iam.on(ListUsersCommand).resolves({ Users: [{ UserName: 'ci', Arn: `arn:aws:iam::${ACCOUNT}:user/ci`, Path: '/', UserId: 'AIDA', CreateDate: new Date('2019-01-01') }], IsTruncated: false });
    iam.on(ListAccessKeysCommand, { UserName: 'ci' }).resolves({
      AccessKeyMetadata: [{ AccessKeyId: 'AKIAIOSFODNN7CIKEY01', Status: 'Active', CreateDate: new Date('2020-01-01T00:00:00Z'), UserName: 'ci' }],
    });
    iam.on(GetAccessKeyLastUsedCommand).resolves({ UserName: 'ci', AccessKeyLastUsed: { LastUsedDate: new Date('2025-12-31T00:00:00Z'), ServiceName: 'sts', Region: 'us-east-1' } });

    const result = await scanLiveAccount(SETTINGS, { now: () => new Date('2026-01-01T00:00:00Z'), retry: NO_WAIT });
    expect(markers).toEqual([undefined, 'page2']);
    expect(iam.commandCalls(ListRolesCommand)[0]!.args[0].input.MaxItems).toBe(1000);
    expect(result.findings.map((f) => `${f.ruleId} ${f.resource ?? ''}`)).toEqual([
      `oidc-provider-audience ${GITHUB_PROVIDER_ARN}`,
      // The provider accepts only "github": no token with aud sts.amazonaws.com gets in.
      `oidc-audience ${roleArn('tight')}`,
      `oidc-any-owner ${roleArn('wide')}`,
      `oidc-audience ${roleArn('wide')}`,
      `aws-user-access-key arn:aws:iam::${ACCOUNT}:user/ci`,
    ]);
    expect(result.findings[1]!.severity).toBe('error');
    expect(result.findings[4]!.message).toContain('created 2020-01-01 (2,192 days ago), last used 2025-12-31 (1 day ago) with sts in us-east-1');
  });

  it('maps IAM errors: AccessDenied names the permission, Throttling is reported as such', async () => {
    // aws-sdk-client-mock replaces send(), so the SDK's retry middleware does not run here: retries
    // are tested over the wire (wire.test.ts, attacks-online.test.ts).
    const throttled = new IAMServiceException({ name: 'Throttling', $fault: 'client', $metadata: { httpStatusCode: 400 }, message: 'Rate exceeded' });
    const deniedErr = new IAMServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 }, message: 'not authorized to perform: iam:ListRoles' });
    iam.on(ListOpenIDConnectProvidersCommand).rejects(throttled);
    iam.on(ListRolesCommand).rejects(deniedErr);
    iam.on(ListUsersCommand).resolves({ Users: [] });
    const result = await scanLiveAccount(SETTINGS, { retry: NO_WAIT });
    expect(iam.commandCalls(ListOpenIDConnectProvidersCommand)).toHaveLength(1);
    expect(iam.commandCalls(ListRolesCommand)).toHaveLength(1);
    expect(result.findings.map((f) => [f.ruleId, f.properties?.operation, f.properties?.kind, f.properties?.missingPermission])).toEqual([
      ['aws-check-failed', 'iam:ListOpenIDConnectProviders', 'throttled', undefined],
      ['aws-check-failed', 'iam:ListRoles', 'access-denied', 'iam:ListRoles'],
    ]);
    expect(result.stats).toEqual({ attempted: 3, succeeded: 1, failed: 2 });
  });

  it('treats an answer without its required list as a failed call, not as an empty account', async () => {
    iam.on(ListOpenIDConnectProvidersCommand).resolves({});
    iam.on(ListRolesCommand).resolves({ IsTruncated: false });
    iam.on(ListUsersCommand).resolves({ Users: [] });
    const result = await scanLiveAccount(SETTINGS, { retry: NO_WAIT });
    expect(result.findings.map((f) => [f.properties?.operation, f.properties?.kind, f.message])).toEqual([
      ['iam:ListOpenIDConnectProviders', 'malformed', expect.stringContaining('has no OpenIDConnectProviderList: it is not an AWS ListOpenIDConnectProviders response')],
      ['iam:ListRoles', 'malformed', expect.stringContaining('has no Roles')],
    ]);
  });
});

describe('SDK-backed Access Analyzer port (aws-sdk-client-mock)', () => {
  const text = JSON.stringify(githubTrust('repo:*'), null, 1);
  const docs = readPolicyFile('trust.json', text, false).documents;

  it('sends RESOURCE_POLICY / AssumeRolePolicyDocument and pages on nextToken', async () => {
    const subPath = [{ value: 'Statement' }, { index: 0 }, { value: 'Condition' }, { value: 'StringLike' }, { value: 'token.actions.githubusercontent.com:sub' }];
    const finding = (code: string, type: 'SECURITY_WARNING' | 'SUGGESTION') => ({
      findingType: type,
      issueCode: code,
      findingDetails: code,
      learnMoreLink: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
      locations: [{ path: subPath, span: { start: { line: 16, column: 52, offset: 400 }, end: { line: 16, column: 60, offset: 408 } } }],
    });
    // The SDK's paginator reuses one input object: record each call's input when it is made.
    const calls: Record<string, unknown>[] = [];
    const pages = [{ findings: [finding('OVERLY_BROAD', 'SECURITY_WARNING')], nextToken: 'n2' }, { findings: [finding('CONFIRM_AUDIENCE_CLAIM_TYPE', 'SUGGESTION')] }];
    aa.on(ValidatePolicyCommand).callsFake((input: Record<string, unknown>) => {
      calls.push(Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
      return pages[calls.length - 1];
    });
    aa.on(CheckNoPublicAccessCommand).resolves({ result: 'FAIL', message: 'grants public access', reasons: [{ description: 'any GitHub repository', statementIndex: 0 }] });

    const result = await runAccessAnalyzerChecks(docs, SETTINGS, { retry: NO_WAIT, checkNoPublicAccess: true });
    expect(calls).toStrictEqual([
      { policyDocument: JSON.stringify(githubTrust('repo:*'), null, 2), policyType: 'RESOURCE_POLICY', validatePolicyResourceType: 'AWS::IAM::AssumeRolePolicyDocument' },
      { policyDocument: JSON.stringify(githubTrust('repo:*'), null, 2), policyType: 'RESOURCE_POLICY', validatePolicyResourceType: 'AWS::IAM::AssumeRolePolicyDocument', nextToken: 'n2' },
    ]);
    expect(aa.commandCalls(CheckNoPublicAccessCommand)[0]!.args[0].input.resourceType).toBe('AWS::IAM::AssumeRolePolicyDocument');
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.location?.span.start.line])).toEqual([
      ['access-analyzer-public', 'error', 4],
      ['access-analyzer', 'error', 15],
      ['access-analyzer', 'info', 15],
    ]);
    expect(result.checked).toBe(1);
  });

  it('reports ThrottlingException as throttled; AccessDenied is one finding', async () => {
    aa.on(ValidatePolicyCommand).rejectsOnce(new ThrottlingException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 429 }, retryAfterSeconds: 4 }));
    const throttled = await runAccessAnalyzerChecks(docs, SETTINGS, { retry: NO_WAIT });
    expect(throttled.findings.map((f) => [f.properties?.kind, f.properties?.errorCode])).toEqual([['throttled', 'ThrottlingException']]);
    expect(throttled.stats).toEqual({ attempted: 1, succeeded: 0, failed: 1 });

    aa.reset();
    aa.on(ValidatePolicyCommand).rejects(new AccessDeniedException({ message: 'no', $metadata: { httpStatusCode: 403 } }));
    const denied = await runAccessAnalyzerChecks([...docs, ...docs], SETTINGS, { retry: NO_WAIT, concurrency: 1 });
    expect(denied.findings.map((f) => f.properties?.missingPermission)).toEqual(['access-analyzer:ValidatePolicy']);
    expect(denied.stats.succeeded).toBe(0);
    expect(aa.commandCalls(ValidatePolicyCommand)).toHaveLength(1);
  });

  it('treats a ValidatePolicy answer of the wrong shape as a failed call', async () => {
    aa.on(ValidatePolicyCommand).resolvesOnce({}).resolvesOnce({ findings: [{ findingType: 5 } as never] });
    const result = await runAccessAnalyzerChecks([...docs, ...docs], SETTINGS, { retry: NO_WAIT, concurrency: 1 });
    expect(result.findings.map((f) => [f.properties?.kind, f.message])).toEqual([
      ['malformed', expect.stringContaining('(MalformedResponse: findingType in the answer to ValidatePolicy is not a string)')],
      ['malformed', expect.stringContaining('(MalformedResponse: the 200 answer to ValidatePolicy has no findings: it is not an AWS ValidatePolicy response)')],
    ]);
    expect(result.checked).toBe(0);
  });
});
