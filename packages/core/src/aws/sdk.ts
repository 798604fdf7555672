/**
 * SDK-backed ports. The AWS SDK is only ever loaded here, by `await import()` inside the factories,
 * so that offline runs (and anything importing the core's main entry) never pay its start-up cost.
 */
import type { AaLocation, AaPathElement, AaValidateFinding, AccessAnalyzerPort, AwsSettings, IamPort, Page } from './ports.js';

/** A port that holds sockets: `close()` lets the process exit promptly. */
export interface Closable {
  close(): void;
}

function quietSdk(): void {
  // The SDK warns on stderr about Node versions it will drop; trustlint pins a release that supports 20.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}

/** Client settings shared by every client: endpoint, profile, credentials, timeouts, no SDK retries. */
function clientConfig(settings: AwsSettings, region: string | undefined): Record<string, unknown> {
  return {
    ...(region !== undefined ? { region } : {}),
    ...(settings.profile !== undefined ? { profile: settings.profile } : {}),
    ...(settings.endpoint !== undefined ? { endpoint: settings.endpoint } : {}),
    ...(settings.credentials !== undefined ? { credentials: settings.credentials } : {}),
    // Retries are done by callAws (honouring retryAfterSeconds); one attempt per SDK call.
    maxAttempts: 1,
    requestHandler: {
      connectionTimeout: settings.connectionTimeoutMs ?? 5_000,
      requestTimeout: settings.requestTimeoutMs ?? 30_000,
      // Without it the handler only logs a warning and the call waits for ever.
      throwOnRequestTimeout: true,
    },
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
async function withRegion<C extends SdkClient>(settings: AwsSettings, create: (config: Record<string, unknown>) => C): Promise<C> {
  const client = create(clientConfig(settings, settings.region));
  if (settings.region !== undefined) return client;
  try {
    await client.config.region();
    return client;
  } catch {
    client.destroy();
    return create(clientConfig(settings, 'us-east-1'));
  }
}

function page<T>(items: T[], truncated: boolean | undefined, marker: string | undefined): Page<T> {
  return truncated === true && marker !== undefined && marker !== '' ? { items, marker } : { items };
}

export async function createIamPort(settings: AwsSettings): Promise<IamPort & Closable> {
  quietSdk();
  const sdk = await import('@aws-sdk/client-iam');
  const client = await withRegion(settings, (config) => new sdk.IAMClient(config));
  return {
    async listOpenIdConnectProviders() {
      const out = await client.send(new sdk.ListOpenIDConnectProvidersCommand({}));
      return (out.OpenIDConnectProviderList ?? []).map((p) => p.Arn).filter((a): a is string => typeof a === 'string' && a !== '');
    },
    async getOpenIdConnectProvider(arn) {
      const out = await client.send(new sdk.GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
      return {
        url: out.Url ?? '',
        clientIds: out.ClientIDList ?? [],
        thumbprints: out.ThumbprintList ?? [],
        ...(out.CreateDate ? { createDate: out.CreateDate } : {}),
      };
    },
    async listRoles(marker) {
      const out = await client.send(new sdk.ListRolesCommand({ MaxItems: 1000, ...(marker !== undefined ? { Marker: marker } : {}) }));
      const roles = (out.Roles ?? []).map((r) => ({
        arn: r.Arn ?? '',
        roleName: r.RoleName ?? '',
        ...(r.Path !== undefined ? { path: r.Path } : {}),
        ...(r.AssumeRolePolicyDocument !== undefined ? { assumeRolePolicyDocument: r.AssumeRolePolicyDocument } : {}),
        ...(r.CreateDate ? { createDate: r.CreateDate } : {}),
      }));
      return page(roles, out.IsTruncated, out.Marker);
    },
    async listUsers(marker) {
      const out = await client.send(new sdk.ListUsersCommand({ MaxItems: 1000, ...(marker !== undefined ? { Marker: marker } : {}) }));
      const users = (out.Users ?? []).map((u) => ({ arn: u.Arn ?? '', userName: u.UserName ?? '', ...(u.CreateDate ? { createDate: u.CreateDate } : {}) }));
      return page(users, out.IsTruncated, out.Marker);
    },
    async listAccessKeys(userName, marker) {
      const out = await client.send(new sdk.ListAccessKeysCommand({ UserName: userName, ...(marker !== undefined ? { Marker: marker } : {}) }));
      const keys = (out.AccessKeyMetadata ?? []).map((k) => ({
        accessKeyId: k.AccessKeyId ?? '',
        status: k.Status ?? '',
        ...(k.CreateDate ? { createDate: k.CreateDate } : {}),
        ...(k.UserName !== undefined ? { userName: k.UserName } : {}),
      }));
      return page(keys, out.IsTruncated, out.Marker);
    },
    async getAccessKeyLastUsed(accessKeyId) {
      const out = await client.send(new sdk.GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }));
      const used = out.AccessKeyLastUsed;
      return {
        ...(used?.LastUsedDate ? { lastUsedDate: used.LastUsedDate } : {}),
        ...(used?.ServiceName !== undefined ? { serviceName: used.ServiceName } : {}),
        ...(used?.Region !== undefined ? { region: used.Region } : {}),
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

export async function createAccessAnalyzerPort(settings: AwsSettings): Promise<AccessAnalyzerPort & Closable> {
  quietSdk();
  const sdk = await import('@aws-sdk/client-accessanalyzer');
  const client = await withRegion(settings, (config) => new sdk.AccessAnalyzerClient(config));
  return {
    async validatePolicy(policyDocument, nextToken) {
      const out = await client.send(
        new sdk.ValidatePolicyCommand({
          policyDocument,
          policyType: 'RESOURCE_POLICY',
          validatePolicyResourceType: 'AWS::IAM::AssumeRolePolicyDocument',
          ...(nextToken !== undefined ? { nextToken } : {}),
        }),
      );
      const findings: AaValidateFinding[] = (out.findings ?? []).map((f) => ({
        findingType: f.findingType ?? 'WARNING',
        issueCode: f.issueCode ?? 'UNKNOWN',
        findingDetails: f.findingDetails ?? '',
        ...(f.learnMoreLink !== undefined ? { learnMoreLink: f.learnMoreLink } : {}),
        locations: (f.locations ?? []).map((l): AaLocation => {
          const start = position(l.span?.start);
          const end = position(l.span?.end);
          return {
            path: (l.path ?? []).map((el) => pathElement(el as unknown as Record<string, unknown>)),
            ...(start && end ? { span: { start, end } } : {}),
          };
        }),
      }));
      return out.nextToken !== undefined && out.nextToken !== '' ? { findings, nextToken: out.nextToken } : { findings };
    },
    async checkNoPublicAccess(policyDocument) {
      const out = await client.send(new sdk.CheckNoPublicAccessCommand({ policyDocument, resourceType: 'AWS::IAM::AssumeRolePolicyDocument' }));
      return {
        result: out.result ?? 'UNKNOWN',
        ...(out.message !== undefined ? { message: out.message } : {}),
        reasons: (out.reasons ?? []).map((r) => ({
          ...(r.description !== undefined ? { description: r.description } : {}),
          ...(r.statementIndex !== undefined ? { statementIndex: r.statementIndex } : {}),
          ...(r.statementId !== undefined ? { statementId: r.statementId } : {}),
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
export async function assumeRoleSettings(settings: AwsSettings & { roleArn: string }, sessionName = 'trustlint-scan'): Promise<AwsSettings> {
  quietSdk();
  const sdk = await import('@aws-sdk/client-sts');
  const client = await withRegion(settings, (config) => new sdk.STSClient(config));
  try {
    const out = await client.send(new sdk.AssumeRoleCommand({ RoleArn: settings.roleArn, RoleSessionName: sessionName, DurationSeconds: 3600 }));
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
