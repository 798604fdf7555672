/**
 * SDK-backed ports. The AWS SDK is only ever loaded here, by `await import()` inside the factories,
 * so that offline runs (and anything importing the core's main entry) never pay its start-up cost.
 */
import type { AaLocation, AaPathElement, AaValidateFinding, AccessAnalyzerPort, AwsSettings, IamPort, OrganizationAccount, OrganizationsPort, Pages, StsPort } from './ports.js';
import type { OnlineRun } from './run.js';
import type { ValidatePolicyFinding } from '@aws-sdk/client-accessanalyzer';

/** A port that holds sockets: `close()` lets the process exit promptly. */
export interface Closable {
  close(): void;
}

function quietSdk(): void {
  // The SDK warns on stderr about Node versions it will drop; trustlint pins a release that supports 20.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}

/** Client settings shared by every client: endpoint, profile, credentials, the run's bounded transport. */
async function clientConfig(settings: AwsSettings, run: OnlineRun): Promise<Record<string, unknown>> {
  const { transportConfig } = await import('./transport.js');
  return {
    ...(settings.region !== undefined ? { region: settings.region } : {}),
    ...(settings.profile !== undefined ? { profile: settings.profile } : {}),
    ...(settings.endpoint !== undefined ? { endpoint: settings.endpoint } : {}),
    ...(settings.credentials !== undefined ? { credentials: settings.credentials } : {}),
    ...transportConfig(settings, run),
  };
}

interface SdkClient {
  config: { region: () => Promise<string> };
  destroy(): void;
}

/**
 * Creates a client with the given region, else the SDK's (environment, profile); IAM is global and
 * ValidatePolicy works in every region, so a machine without any region configured uses us-east-1.
 */
async function withRegion<C extends SdkClient>(settings: AwsSettings, run: OnlineRun, create: (config: Record<string, unknown>) => C): Promise<C> {
  const client = create(await clientConfig(settings, run));
  if (settings.region !== undefined) return client;
  try {
    await client.config.region();
    return client;
  } catch {
    // destroy() ends the client's HTTP handler too: the new client gets its own.
    client.destroy();
    return create({ ...(await clientConfig(settings, run)), region: 'us-east-1' });
  }
}

/**
 * A member AWS always sends. The SDK parses any well-formed XML (an HTML error page, an empty body)
 * as an answer with every member absent; without this, a proxy's 200 page would read as "no roles".
 */
function required<T>(value: T | undefined, member: string, action: string): T {
  if (value === undefined || value === null) {
    throw Object.assign(new Error(`the 200 answer to ${action} has no ${member}: it is not an AWS ${action} response`), { name: 'MalformedResponse' });
  }
  return value;
}

function requiredList<T>(value: T[] | undefined, member: string, action: string): T[] {
  const list = required(value, member, action);
  if (!Array.isArray(list)) throw Object.assign(new Error(`${member} in the answer to ${action} is not a list`), { name: 'MalformedResponse' });
  return list;
}

/** Each page of an SDK paginator, mapped. */
async function* mapPages<P, T>(pages: AsyncIterable<P>, map: (page: P) => T[]): Pages<T> {
  for await (const page of pages) yield map(page);
}

export async function createIamPort(settings: AwsSettings, run: OnlineRun): Promise<IamPort & Closable> {
  quietSdk();
  const sdk = await import('@aws-sdk/client-iam');
  const client = await withRegion(settings, run, (config) => new sdk.IAMClient(config));
  const send = { abortSignal: run.signal };
  const paging = { client, pageSize: 1000 };
  return {
    async listOpenIdConnectProviders() {
      const out = await client.send(new sdk.ListOpenIDConnectProvidersCommand({}), send);
      return requiredList(out.OpenIDConnectProviderList, 'OpenIDConnectProviderList', 'ListOpenIDConnectProviders')
        .map((p) => p.Arn)
        .filter((a): a is string => typeof a === 'string' && a !== '');
    },
    async getOpenIdConnectProvider(arn) {
      const out = await client.send(new sdk.GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }), send);
      return {
        url: required(out.Url, 'Url', 'GetOpenIDConnectProvider'),
        clientIds: out.ClientIDList ?? [],
        thumbprints: out.ThumbprintList ?? [],
        ...(out.CreateDate ? { createDate: out.CreateDate } : {}),
      };
    },
    listRoles() {
      return mapPages(sdk.paginateListRoles(paging, {}, send), (out) =>
        requiredList(out.Roles, 'Roles', 'ListRoles').map((r) => ({
        arn: r.Arn ?? '',
        roleName: r.RoleName ?? '',
        ...(r.Path !== undefined ? { path: r.Path } : {}),
        ...(r.AssumeRolePolicyDocument !== undefined ? { assumeRolePolicyDocument: r.AssumeRolePolicyDocument } : {}),
          ...(r.CreateDate ? { createDate: r.CreateDate } : {}),
        })),
      );
    },
    listUsers() {
      return mapPages(sdk.paginateListUsers(paging, {}, send), (out) =>
        requiredList(out.Users, 'Users', 'ListUsers').map((u) => ({ arn: u.Arn ?? '', userName: u.UserName ?? '', ...(u.CreateDate ? { createDate: u.CreateDate } : {}) })),
      );
    },
    listAccessKeys(userName) {
      return mapPages(sdk.paginateListAccessKeys({ client }, { UserName: userName }, send), (out) =>
        requiredList(out.AccessKeyMetadata, 'AccessKeyMetadata', 'ListAccessKeys').map((k) => ({
          accessKeyId: k.AccessKeyId ?? '',
          status: k.Status ?? '',
          ...(k.CreateDate ? { createDate: k.CreateDate } : {}),
          ...(k.UserName !== undefined ? { userName: k.UserName } : {}),
        })),
      );
    },
    async getAccessKeyLastUsed(accessKeyId) {
      const out = await client.send(new sdk.GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }), send);
      const used = required(out.AccessKeyLastUsed, 'AccessKeyLastUsed', 'GetAccessKeyLastUsed');
      return {
        ...(used.LastUsedDate ? { lastUsedDate: used.LastUsedDate } : {}),
        ...(used.ServiceName !== undefined ? { serviceName: used.ServiceName } : {}),
        ...(used.Region !== undefined ? { region: used.Region } : {}),
      };
    },
    close() {
      client.destroy();
    },
  };
}

function pathElement(el: Record<string, unknown>): AaPathElement {
  if (typeof el.index === 'number') return { index: el.index };
  if (typeof el.key === 'string') return { key: el.key };
  if (typeof el.value === 'string') return { value: el.value };
  const sub = el.substring as { start?: unknown; length?: unknown } | undefined;
  if (sub && typeof sub.start === 'number' && typeof sub.length === 'number') return { substring: { start: sub.start, length: sub.length } };
  return {};
}

function position(p: { line?: number | undefined; column?: number | undefined; offset?: number | undefined } | undefined): { line: number; column: number; offset?: number } | undefined {
  if (!p || typeof p.line !== 'number' || typeof p.column !== 'number') return undefined;
  return { line: p.line, column: p.column, ...(typeof p.offset === 'number' ? { offset: p.offset } : {}) };
}

function requiredString(value: unknown, member: string, action: string): string {
  if (typeof value !== 'string') throw Object.assign(new Error(`${member} in the answer to ${action} is not a string`), { name: 'MalformedResponse' });
  return value;
}

/** One ValidatePolicy finding; its five members are required by the API, and checked (the SDK passes any JSON through). */
function validateFinding(f: ValidatePolicyFinding): AaValidateFinding {
  const action = 'ValidatePolicy';
  return {
    findingType: requiredString(f.findingType, 'findingType', action),
    issueCode: requiredString(f.issueCode, 'issueCode', action),
    findingDetails: requiredString(f.findingDetails, 'findingDetails', action),
    ...(typeof f.learnMoreLink === 'string' ? { learnMoreLink: f.learnMoreLink } : {}),
    locations: requiredList(f.locations, 'locations', action).map((l): AaLocation => {
      const start = position(l.span?.start);
      const end = position(l.span?.end);
      return {
        path: (Array.isArray(l.path) ? l.path : []).map((el) => pathElement(el as unknown as Record<string, unknown>)),
        ...(start && end ? { span: { start, end } } : {}),
      };
    }),
  };
}

export async function createAccessAnalyzerPort(settings: AwsSettings, run: OnlineRun): Promise<AccessAnalyzerPort & Closable> {
  quietSdk();
  const sdk = await import('@aws-sdk/client-accessanalyzer');
  const client = await withRegion(settings, run, (config) => new sdk.AccessAnalyzerClient(config));
  const send = { abortSignal: run.signal };
  return {
    validatePolicy(policyDocument) {
      const input = { policyDocument, policyType: 'RESOURCE_POLICY', validatePolicyResourceType: 'AWS::IAM::AssumeRolePolicyDocument' } as const;
      return mapPages(sdk.paginateValidatePolicy({ client }, input, send), (out) => requiredList(out.findings, 'findings', 'ValidatePolicy').map(validateFinding));
    },
    async checkNoPublicAccess(policyDocument) {
      const out = await client.send(new sdk.CheckNoPublicAccessCommand({ policyDocument, resourceType: 'AWS::IAM::AssumeRolePolicyDocument' }), send);
      return {
        result: requiredString(out.result, 'result', 'CheckNoPublicAccess'),
        ...(typeof out.message === 'string' ? { message: out.message } : {}),
        reasons: (Array.isArray(out.reasons) ? out.reasons : []).map((r) => ({
          ...(typeof r.description === 'string' ? { description: r.description } : {}),
          ...(typeof r.statementIndex === 'number' ? { statementIndex: r.statementIndex } : {}),
          ...(typeof r.statementId === 'string' ? { statementId: r.statementId } : {}),
        })),
      };
    },
    close() {
      client.destroy();
    },
  };
}

/**
 * `--role-arn`: STS AssumeRole with the settings' credentials (or the standard chain); returns settings
 * whose static credentials are the role's temporary ones.
 */
export async function assumeRoleSettings(settings: AwsSettings & { roleArn: string }, run: OnlineRun, sessionName = 'trustlint-scan'): Promise<AwsSettings> {
  quietSdk();
  const sdk = await import('@aws-sdk/client-sts');
  const client = await withRegion(settings, run, (config) => new sdk.STSClient(config));
  try {
    const out = await client.send(new sdk.AssumeRoleCommand({ RoleArn: settings.roleArn, RoleSessionName: sessionName, DurationSeconds: 3600 }), { abortSignal: run.signal });
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw Object.assign(new Error('AssumeRole returned no credentials'), { name: 'MalformedResponse' });
    // The role's credentials replace the profile's and the environment's.
    const rest: AwsSettings = { ...settings };
    delete rest.roleArn;
    delete rest.profile;
    return {
      ...rest,
      credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}) },
    };
  } finally {
    client.destroy();
  }
}

/**
 * `aws scan --organization`: ListAccounts, page by page (at most 20 accounts a page, the API's
 * maximum). Organizations is a global service answered in us-east-1 (aws partition); a configured
 * region or endpoint is used as given.
 */
export async function createOrganizationsPort(settings: AwsSettings, run: OnlineRun): Promise<OrganizationsPort & Closable> {
  quietSdk();
  const sdk = await import('@aws-sdk/client-organizations');
  const client = await withRegion(settings, run, (config) => new sdk.OrganizationsClient(config));
  const send = { abortSignal: run.signal };
  return {
    listAccounts() {
      return mapPages(sdk.paginateListAccounts({ client, pageSize: 20 }, {}, send), (out) =>
        requiredList(out.Accounts, 'Accounts', 'ListAccounts').map((a): OrganizationAccount => {
          const id = requiredString(a.Id, 'Id', 'ListAccounts');
          // An account id is twelve digits: anything else would end up inside a role ARN.
          if (!/^\d{12}$/.test(id)) throw Object.assign(new Error(`ListAccounts returned an account id that is not 12 digits`), { name: 'MalformedResponse' });
          return {
            id,
            name: typeof a.Name === 'string' ? a.Name : '',
            ...(typeof a.Arn === 'string' ? { arn: a.Arn } : {}),
            state: a.State ?? a.Status ?? 'UNKNOWN',
          };
        }),
      );
    },
    close() {
      client.destroy();
    },
  };
}

/** One STS client for every AssumeRole of an organization scan (the caller's credentials). */
export async function createStsPort(settings: AwsSettings, run: OnlineRun): Promise<StsPort & Closable> {
  quietSdk();
  const sdk = await import('@aws-sdk/client-sts');
  const client = await withRegion(settings, run, (config) => new sdk.STSClient(config));
  return {
    async assumeRole(roleArn, sessionName, policy) {
      const input = { RoleArn: roleArn, RoleSessionName: sessionName, DurationSeconds: 3600, ...(policy !== undefined ? { Policy: policy } : {}) };
      const out = await client.send(new sdk.AssumeRoleCommand(input), { abortSignal: run.signal });
      const c = out.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey) throw Object.assign(new Error('AssumeRole returned no credentials'), { name: 'MalformedResponse' });
      return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}) };
    },
    close() {
      client.destroy();
    },
  };
}
