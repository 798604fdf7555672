import { LimitError } from '../budget.js';
import { ruleMeta } from '../catalog/rules.js';
import type { TrustlintConfig } from '../config.js';
import { actionMatches } from '../iam/match.js';
import { normalizePolicy } from '../iam/normalize.js';
import type { Statement } from '../iam/types.js';
import type { ModelDocument, OidcProviderDocument, TrustPolicyDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import type { PolicyObject } from '../model/policy.js';
import { runRules } from '../rules/index.js';
import { JsonSyntaxError, parseJsonTree } from '../sources/json-tree.js';
import { checkWithAccessAnalyzer } from './access-analyzer.js';
import { AwsCallError, callAws, mapLimit, newCallContext, type AwsOperation, type CallContext, type CallStats } from './call.js';
import { capItems, readListing } from './listing.js';
import { FailureLog } from './failures.js';
import { applyConfig, compareOnlineFindings, delocalize } from './findings.js';
import type { AccessAnalyzerPort, AccessKeyInfo, IamPort, OidcProviderInfo, RoleSummary, UserSummary } from './ports.js';

const iamOp = (action: string): AwsOperation => ({ service: 'iam', action });
const LIST_PROVIDERS = iamOp('ListOpenIDConnectProviders');
const GET_PROVIDER = iamOp('GetOpenIDConnectProvider');
const LIST_ROLES = iamOp('ListRoles');
const LIST_USERS = iamOp('ListUsers');
const LIST_ACCESS_KEYS = iamOp('ListAccessKeys');
const GET_ACCESS_KEY_LAST_USED = iamOp('GetAccessKeyLastUsed');

export type ScanPhase = 'providers' | 'roles' | 'users' | 'access-analyzer';

export interface ScanProgress {
  phase: ScanPhase;
  done: number;
  /** Known for providers and users, not for roles (listed page by page). */
  total?: number;
}

export interface ScanOptions {
  config?: TrustlintConfig;
  /** Run ValidatePolicy on every role that trusts an OIDC provider. */
  accessAnalyzer?: AccessAnalyzerPort;
  /** With `accessAnalyzer`: run ValidatePolicy (default true). */
  accessAnalyzerValidate?: boolean;
  /** With `accessAnalyzer`: also CheckNoPublicAccess (charged). */
  accessAnalyzerPublic?: boolean;
  /** Calls in flight at once (default 4). */
  concurrency?: number;
  /** The run's calls (deadline, retry budget, caps); a new run with the defaults otherwise. */
  calls?: CallContext;
  failures?: FailureLog;
  now?: () => Date;
  onProgress?: (progress: ScanProgress) => void;
}

export interface ScanCounts {
  providers: number;
  roles: number;
  /** Roles whose trust policy trusts an OIDC provider (the ones the trust rules ran on). */
  rolesTrustingOidc: number;
  users: number;
  activeAccessKeys: number;
}

export interface ScanResult {
  /** After the configuration step, sorted. */
  findings: Finding[];
  suppressed: number;
  documents: ModelDocument[];
  stats: CallStats;
  counts: ScanCounts;
}

/**
 * IAM returns policy documents URL-encoded (RFC 3986): `decodeURIComponent`, never form decoding,
 * which would turn `+` into a space. A document that already starts with `{` was decoded by the
 * endpoint (AWS always encodes the brace) and is kept as is.
 */
export function decodePolicyDocument(raw: string): string {
  if (raw.trimStart().startsWith('{')) return raw;
  return decodeURIComponent(raw);
}

const WEB_IDENTITY = 'sts:AssumeRoleWithWebIdentity';

function coversWebIdentity(statement: Statement): boolean {
  if (statement.action) return statement.action.some((a) => actionMatches(a.value, WEB_IDENTITY));
  if (statement.notAction) return !statement.notAction.some((a) => actionMatches(a.value, WEB_IDENTITY));
  return false;
}

/** Whether an Allow statement trusts an OIDC provider (any issuer), or anyone with web identity. */
export function trustsOidcProvider(root: PolicyObject): boolean {
  return normalizePolicy(root).statements.some((s) => {
    if (s.effect !== 'Allow') return false;
    if (s.notPrincipal) return coversWebIdentity(s);
    const p = s.principal;
    if (!p) return false;
    if (p.kind === 'wildcard') return coversWebIdentity(s);
    return p.entries.some(
      (e) =>
        (e.type === 'Federated' && e.values.some((v) => /:oidc-provider\//i.test(v.value))) ||
        (e.type === 'AWS' && e.values.some((v) => v.value === '*') && coversWebIdentity(s)),
    );
  });
}

/** The provider's host and path from its ARN (`…:oidc-provider/<host[/path]>`). */
function urlFromArn(arn: string): string {
  const i = arn.indexOf(':oidc-provider/');
  return i < 0 ? arn : arn.slice(i + ':oidc-provider/'.length);
}

export function liveProviderDocument(arn: string, info: OidcProviderInfo | undefined): OidcProviderDocument {
  return {
    kind: 'oidc-provider',
    file: arn,
    resource: arn,
    url: info?.url ? info.url : urlFromArn(arn),
    urlLocation: null,
    clientIds: info ? info.clientIds.map((value) => ({ value, location: null })) : 'unresolved',
    clientIdsLocation: null,
    location: null,
    sourceKind: 'live',
  };
}

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000));
}

function ago(days: number): string {
  return days === 0 ? 'less than a day ago' : days === 1 ? '1 day ago' : `${days.toLocaleString('en-US')} days ago`;
}

/** `AKIA…WXYZ`: key ids are not secret, but reports travel; the last four identify the key. */
export function maskAccessKeyId(id: string): string {
  return id.length <= 8 ? id : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

function accessKeyFinding(user: UserSummary, key: AccessKeyInfo, lastUse: { date?: Date; service?: string; region?: string } | 'unknown', now: Date): Finding {
  const masked = maskAccessKeyId(key.accessKeyId);
  const ageDays = key.createDate ? daysBetween(key.createDate, now) : undefined;
  const created = key.createDate ? `created ${day(key.createDate)} (${ago(ageDays ?? 0)})` : 'of unknown age';
  let used: string;
  let lastUsedDays: number | undefined;
  if (lastUse === 'unknown') used = 'last use unknown';
  else if (!lastUse.date) used = 'never used';
  else {
    lastUsedDays = daysBetween(lastUse.date, now);
    const where = [lastUse.service, lastUse.region].filter((s): s is string => s !== undefined);
    used = `last used ${day(lastUse.date)} (${ago(lastUsedDays)})${where.length ? ` with ${where.join(' in ')}` : ''}`;
  }
  const advice =
    lastUse !== 'unknown' && !lastUse.date
      ? 'It has never been used: deactivate and delete it.'
      : 'Let CI assume a role through GitHub OIDC instead, then deactivate and delete the key.';
  return {
    ruleId: 'aws-user-access-key',
    severity: ruleMeta('aws-user-access-key').defaultSeverity,
    message: `IAM user ${user.userName} has an active access key ${masked}, ${created}, ${used}. ${advice}`,
    location: null,
    resource: user.arn,
    properties: {
      user: user.userName,
      accessKeyId: masked,
      ...(key.createDate ? { createDate: key.createDate.toISOString(), ageDays } : {}),
      ...(lastUse === 'unknown'
        ? { lastUsed: 'unknown' }
        : {
            lastUsedDate: lastUse.date ? lastUse.date.toISOString() : null,
            ...(lastUsedDays !== undefined ? { lastUsedDaysAgo: lastUsedDays } : {}),
            ...(lastUse.service !== undefined ? { lastUsedService: lastUse.service } : {}),
            ...(lastUse.region !== undefined ? { lastUsedRegion: lastUse.region } : {}),
          }),
    },
  };
}

/**
 * The read-only live-account scan: OIDC providers, the trust policies of roles that trust an OIDC
 * provider, and IAM users with active access keys. Every failed call becomes an `aws-check-failed`
 * finding; the scan goes on with what it could read.
 */
export async function scanAccount(iam: IamPort, options: ScanOptions = {}): Promise<ScanResult> {
  if (options.calls) return scanInRun(iam, options, options.calls);
  const calls = newCallContext();
  try {
    return await scanInRun(iam, options, calls);
  } finally {
    calls.run.close();
  }
}

async function scanInRun(iam: IamPort, options: ScanOptions, calls: CallContext): Promise<ScanResult> {
  const config = options.config ?? {};
  const failures = options.failures ?? new FailureLog();
  const limit = options.concurrency ?? 4;
  const now = options.now?.() ?? new Date();
  const progress = options.onProgress ?? ((): void => undefined);
  const counts: ScanCounts = { providers: 0, roles: 0, rolesTrustingOidc: 0, users: 0, activeAccessKeys: 0 };
  const extra: Finding[] = [];

  // OIDC providers (one call: the API has no pagination; the item cap still applies).
  let providerArns: string[] = [];
  try {
    const listed = capItems(LIST_PROVIDERS, await callAws(LIST_PROVIDERS, () => iam.listOpenIdConnectProviders(), calls), calls);
    providerArns = listed.items;
    if (listed.failure) failures.record(listed.failure, `only the first ${listed.items.length} OIDC providers were checked`);
  } catch (err) {
    if (!(err instanceof AwsCallError)) throw err;
    failures.record(err, 'the OIDC providers were not checked');
  }
  let providersDone = 0;
  progress({ phase: 'providers', done: 0, total: providerArns.length });
  const providers = await mapLimit(providerArns, limit, async (arn) => {
    let info: OidcProviderInfo | undefined;
    try {
      info = await callAws(GET_PROVIDER, () => iam.getOpenIdConnectProvider(arn), calls);
    } catch (err) {
      if (!(err instanceof AwsCallError)) throw err;
      failures.record(err, 'its client-id list was not checked', { label: arn, resource: arn });
    }
    progress({ phase: 'providers', done: ++providersDone, total: providerArns.length });
    return liveProviderDocument(arn, info);
  });
  counts.providers = providers.length;

  // Roles, every page.
  const listed = await readListing(LIST_ROLES, iam.listRoles(), calls, (items) => {
    progress({ phase: 'roles', done: items.length });
  });
  if (listed.failure) {
    failures.record(listed.failure, listed.items.length ? `only the first ${listed.items.length} roles were scanned` : 'no role was scanned');
  }
  counts.roles = listed.items.length;
  const trustDocs: TrustPolicyDocument[] = [];
  for (const role of listed.items) {
    const doc = roleDocument(role, extra);
    if (doc) trustDocs.push(doc);
  }
  counts.rolesTrustingOidc = trustDocs.length;

  // The trust rules on the roles, the provider rules on the providers (client-id lists inform both).
  const documents: ModelDocument[] = [...providers, ...trustDocs];
  const synthetic = new Set<string>(trustDocs.map((d) => d.file));
  const ruleFindings = runRules(documents, [], config).map((f) => delocalize(f, synthetic));

  // Users with active access keys.
  const users = await readListing(LIST_USERS, iam.listUsers(), calls);
  if (users.failure) {
    failures.record(users.failure, users.items.length ? `only the first ${users.items.length} IAM users were checked for access keys` : 'IAM users were not checked for access keys');
  }
  counts.users = users.items.length;
  let usersDone = 0;
  progress({ phase: 'users', done: 0, total: users.items.length });
  const keyFindings = (
    await mapLimit(users.items, limit, async (user) => {
      const keys = await readListing(LIST_ACCESS_KEYS, iam.listAccessKeys(user.userName), calls);
      if (keys.failure) {
        const consequence = keys.items.length ? `only its first ${keys.items.length} access keys were checked` : 'its access keys were not checked';
        failures.record(keys.failure, consequence, { label: `user ${user.userName}`, resource: user.arn });
      }
      const out: Finding[] = [];
      for (const key of keys.items) {
        if (key.status !== 'Active') continue;
        counts.activeAccessKeys++;
        let lastUse: { date?: Date; service?: string; region?: string } | 'unknown';
        try {
          const used = await callAws(GET_ACCESS_KEY_LAST_USED, () => iam.getAccessKeyLastUsed(key.accessKeyId), calls);
          // ServiceName and Region are "N/A" for a key never used since tracking began (2015-04-22).
          const known = (v: string | undefined): v is string => v !== undefined && v !== '' && v !== 'N/A';
          lastUse = {
            ...(used.lastUsedDate ? { date: used.lastUsedDate } : {}),
            ...(known(used.serviceName) ? { service: used.serviceName } : {}),
            ...(known(used.region) ? { region: used.region } : {}),
          };
        } catch (err) {
          if (!(err instanceof AwsCallError)) throw err;
          failures.record(err, 'the last use of its access key is unknown', { label: `user ${user.userName}`, resource: user.arn });
          lastUse = 'unknown';
        }
        out.push(accessKeyFinding(user, key, lastUse, now));
      }
      progress({ phase: 'users', done: ++usersDone, total: users.items.length });
      return out;
    })
  ).flat();

  // Access Analyzer, when asked, on the same trust policies.
  let aaFindings: Finding[] = [];
  if (options.accessAnalyzer) {
    progress({ phase: 'access-analyzer', done: 0, total: trustDocs.length });
    const run = await checkWithAccessAnalyzer(trustDocs, options.accessAnalyzer, {
      validate: options.accessAnalyzerValidate !== false,
      checkNoPublicAccess: options.accessAnalyzerPublic === true,
      concurrency: limit,
      calls,
      failures,
    });
    aaFindings = run.findings.map((f) => delocalize(f, synthetic));
  }

  const configured = applyConfig([...ruleFindings, ...keyFindings, ...aaFindings, ...extra, ...failures.findings()], config);
  return {
    findings: configured.findings.sort(compareOnlineFindings),
    suppressed: configured.suppressed,
    documents,
    stats: calls.stats,
    counts,
  };
}

/** The model document of a role trusting an OIDC provider; undefined for other roles. */
function roleDocument(role: RoleSummary, extra: Finding[]): TrustPolicyDocument | undefined {
  const problem = (message: string): void => {
    extra.push({
      ruleId: 'aws-check-failed',
      severity: ruleMeta('aws-check-failed').defaultSeverity,
      message: `the trust policy of role ${role.roleName} returned by iam:ListRoles ${message}; the role was not checked`,
      location: null,
      resource: role.arn,
      properties: { operation: 'iam:ListRoles', kind: 'malformed' },
    });
  };
  if (role.assumeRolePolicyDocument === undefined || role.assumeRolePolicyDocument === '') {
    problem('is missing');
    return undefined;
  }
  let text: string;
  try {
    text = decodePolicyDocument(role.assumeRolePolicyDocument);
  } catch {
    problem('is not valid URL encoding');
    return undefined;
  }
  let root;
  try {
    root = parseJsonTree(text);
  } catch (err) {
    if (err instanceof LimitError) {
      problem(`was not analysed: ${err.message}`);
      return undefined;
    }
    if (!(err instanceof JsonSyntaxError)) throw err;
    problem(`is not valid JSON after URL-decoding (${err.message} at ${err.position.line}:${err.position.column + 1})`);
    return undefined;
  }
  if (root.type !== 'object') {
    problem('is not a JSON object');
    return undefined;
  }
  if (!trustsOidcProvider(root)) return undefined;
  // The rules locate findings in this synthetic file; delocalize() drops it again (location null).
  const file = role.arn;
  return {
    kind: 'trust-policy',
    file,
    resource: role.arn,
    roleName: role.roleName,
    root,
    location: { file, span: root.span },
    sourceKind: 'live',
  };
}
