/**
 * `aws scan --organization`: list the Organization's accounts, assume a named role in each, scan
 * each account as `aws scan` scans one, a bounded number of accounts at a time, and aggregate. An
 * account that cannot be assumed is a finding, never an abort; accounts already done in an earlier,
 * interrupted run (`--resume`) are taken from its records instead of being scanned again.
 */
import { ruleMeta } from '../catalog/rules.js';
import type { TrustlintConfig } from '../config.js';
import type { TrustPolicyDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { toJson } from '../model/policy.js';
import { parseJsonTree } from '../sources/json-tree.js';
import { AwsCallError, callAws, deadlineError, mapLimit, newCallContext, type AwsOperation, type CallContext, type CallStats } from './call.js';
import { FailureLog } from './failures.js';
import { applyConfig, compareOnlineFindings } from './findings.js';
import { readListing } from './listing.js';
import type { AccessAnalyzerPort, AwsSettings, IamPort, OrganizationAccount, OrganizationsPort, StsPort } from './ports.js';
import { childRun, type OnlineRun } from './run.js';
import { scanAccount, type ScanCounts, type ScanProgress } from './scan.js';

export const LIST_ACCOUNTS: AwsOperation = { service: 'organizations', action: 'ListAccounts' };
export const ASSUME_MEMBER_ROLE: AwsOperation = { service: 'sts', action: 'AssumeRole' };

/**
 * The role Organizations creates in every account it creates (AWS Organizations User Guide,
 * "Accessing member accounts"): present without any set-up in those accounts. It is an
 * administrator role, so the session is limited by SESSION_POLICY to the read-only calls below.
 */
export const DEFAULT_MEMBER_ROLE_NAME = 'OrganizationAccountAccessRole';
export const MEMBER_SESSION_NAME = 'trustlint-org-scan';

/** The calls a member-account scan makes; the documented minimal member-role policy is the same list. */
export const MEMBER_SCAN_ACTIONS = [
  'iam:ListOpenIDConnectProviders',
  'iam:GetOpenIDConnectProvider',
  'iam:ListRoles',
  'iam:ListUsers',
  'iam:ListAccessKeys',
  'iam:GetAccessKeyLastUsed',
  'access-analyzer:ValidatePolicy',
  'access-analyzer:CheckNoPublicAccess',
] as const;

/**
 * An inline session policy passed with AssumeRole: the session's permissions are the intersection
 * of the role's and this policy's (IAM User Guide, "Session policies"), so even an administrator
 * member role yields a read-only session.
 */
export const SESSION_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'TrustlintReadOnly', Effect: 'Allow', Action: [...MEMBER_SCAN_ACTIONS], Resource: '*' }],
});

/** A role trusting an OIDC provider, kept as text so that a resumed run can check it on GitHub too. */
export interface RecordedRole {
  arn: string;
  roleName: string;
  /** The trust policy as JSON text (decoded). */
  policy: string;
}

export type AccountStatus =
  /** Assumed and scanned to the end (some calls may still have failed: see its aws-check-failed findings). */
  | 'scanned'
  /** AssumeRole failed: nothing was read in it. */
  | 'not-assumed'
  /** The time limit cut its scan short. */
  | 'incomplete'
  /** The time limit expired before it was started. */
  | 'not-started';

/** The result of one account: what `--resume` stores, and the summary row. */
export interface AccountRecord {
  id: string;
  name: string;
  status: AccountStatus;
  /** Wall time of its scan, AssumeRole included (ms). */
  durationMs: number;
  counts: ScanCounts;
  /** Its findings after the configuration step, each with `properties.accountId` and `accountName`. */
  findings: Finding[];
  suppressed: number;
  roles: RecordedRole[];
  stats: CallStats;
}

export interface OrganizationProgress {
  accountsDone: number;
  /** Unknown while the accounts are being listed. */
  accountsTotal?: number;
  rolesScanned: number;
  findings: number;
}

export interface OrganizationScanOptions {
  config?: TrustlintConfig;
  /** Role name, optionally with its path (`audit/trustlint`); default DEFAULT_MEMBER_ROLE_NAME. */
  memberRoleName?: string;
  /** Accounts scanned at once (default 4). */
  accountConcurrency?: number;
  /** IAM calls in flight within one account (default 4). */
  concurrency?: number;
  accessAnalyzer?: boolean;
  accessAnalyzerPublic?: boolean;
  /** Records of an earlier run (only `scanned` ones are taken); those accounts are not called. */
  done?: ReadonlyMap<string, AccountRecord>;
  /** Called once per account this run finishes (scanned or not), in completion order. */
  onAccount?: (record: AccountRecord) => void;
  onProgress?: (progress: OrganizationProgress) => void;
  now?: () => Date;
  /** Milliseconds since some origin (tests inject one). */
  clock?: () => number;
}

/** What the organization scan needs from the outside; SDK-backed unless injected. */
export interface OrganizationPorts {
  organizations: OrganizationsPort;
  sts: StsPort;
  /** Clients for one member account's temporary credentials; `close` when its scan ends. */
  member(settings: AwsSettings, run: OnlineRun): Promise<{ iam: IamPort; accessAnalyzer?: AccessAnalyzerPort; close(): void }>;
}

export interface OrganizationScanResult {
  /** Every account's findings and the organization-level ones, after the configuration step, sorted. */
  findings: Finding[];
  suppressed: number;
  /** Every ACTIVE account listed, in listing order, resumed ones included. */
  accounts: AccountRecord[];
  /** Accounts that were taken from the resume records. */
  resumed: number;
  /** Accounts listed but not ACTIVE (suspended, closing): not scanned. */
  skipped: { id: string; name: string; state: string }[];
  /** Whether ListAccounts read the whole list (else only the accounts listed were scanned). */
  listed: boolean;
  /** Calls of this run (resumed accounts' calls not included). */
  stats: CallStats;
  totalMs: number;
}

const EMPTY_COUNTS: ScanCounts = { providers: 0, roles: 0, rolesTrustingOidc: 0, users: 0, activeAccessKeys: 0 };

/** Role names and paths as IAM allows them (IAM User Guide, "IAM identifiers"). */
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

export function isValidMemberRoleName(name: string): boolean {
  return ROLE_NAME.test(name) && name.length <= 512;
}

/** `arn:<partition>:iam::<account>:role/<path/name>`; the partition is the one the account's ARN names. */
export function memberRoleArn(account: OrganizationAccount, roleName: string): string {
  const partition = /^arn:(aws[a-z-]*):/.exec(account.arn ?? '')?.[1] ?? 'aws';
  return `arn:${partition}:iam::${account.id}:role/${roleName}`;
}

function addStats(into: CallStats, from: CallStats): void {
  into.attempted += from.attempted;
  into.succeeded += from.succeeded;
  into.failed += from.failed;
}

function withAccount(finding: Finding, account: { id: string; name: string }): Finding {
  return { ...finding, properties: { ...finding.properties, accountId: account.id, accountName: account.name } };
}

function recordedRoles(documents: readonly { kind: string }[]): RecordedRole[] {
  return documents
    .filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy')
    .map((d) => ({ arn: d.resource ?? d.file, roleName: d.roleName ?? '', policy: JSON.stringify(toJson(d.root)) }));
}


/** One member account: AssumeRole, then the single-account scan with the role's credentials. */
async function scanMember(
  account: OrganizationAccount,
  base: AwsSettings,
  ports: OrganizationPorts,
  parent: OnlineRun,
  options: OrganizationScanOptions,
  onRoles: (count: number) => void,
): Promise<AccountRecord> {
  const clock = options.clock ?? Date.now;
  const started = clock();
  const roleName = options.memberRoleName ?? DEFAULT_MEMBER_ROLE_NAME;
  const roleArn = memberRoleArn(account, roleName);
  const run = childRun(parent);
  const calls: CallContext = newCallContext(run);
  const failures = new FailureLog();
  const label = `account ${account.id}${account.name ? ` (${account.name})` : ''}`;
  const finish = (status: AccountStatus, part: { counts?: ScanCounts; findings?: Finding[]; suppressed?: number; roles?: RecordedRole[] }): AccountRecord => ({
    id: account.id,
    name: account.name,
    status,
    durationMs: Math.max(0, clock() - started),
    counts: part.counts ?? { ...EMPTY_COUNTS },
    findings: (part.findings ?? []).map((f) => withAccount(f, account)),
    suppressed: part.suppressed ?? 0,
    roles: part.roles ?? [],
    stats: calls.stats,
  });

  let credentials;
  try {
    credentials = await callAws(ASSUME_MEMBER_ROLE, () => ports.sts.assumeRole(roleArn, MEMBER_SESSION_NAME, SESSION_POLICY), calls);
  } catch (err) {
    if (!(err instanceof AwsCallError)) throw err;
    const hint =
      err.error.kind === 'access-denied'
        ? `nothing was checked in ${label}: the role ${roleName} must exist there and trust the identity running the scan`
        : `nothing was checked in ${label}`;
    failures.record(err, hint, { label: roleArn, resource: roleArn });
    const configured = applyConfig(failures.findings(), options.config ?? {});
    return finish(err.error.kind === 'deadline' ? 'incomplete' : 'not-assumed', configured);
  }

  const settings: AwsSettings = { ...base, credentials };
  delete settings.profile;
  delete settings.roleArn;
  const clients = await ports.member(settings, run);
  try {
    const result = await scanAccount(clients.iam, {
      ...(options.config ? { config: options.config } : {}),
      ...(clients.accessAnalyzer ? { accessAnalyzer: clients.accessAnalyzer } : {}),
      accessAnalyzerValidate: options.accessAnalyzer === true,
      accessAnalyzerPublic: options.accessAnalyzerPublic === true,
      concurrency: options.concurrency ?? 4,
      calls,
      failures,
      ...(options.now ? { now: options.now } : {}),
      onProgress: (p: ScanProgress) => {
        if (p.phase === 'roles') onRoles(p.done);
      },
    });
    // Read from the run, not from the findings (a configuration may turn aws-check-failed off): an
    // account the time limit may have cut is not done, and a resumed run scans it again.
    return finish(run.signal.aborted ? 'incomplete' : 'scanned', { ...result, roles: recordedRoles(result.documents) });
  } finally {
    clients.close();
  }
}

/**
 * The organization scan within `run`: `settings` are the management (or delegated administrator)
 * credentials, already past any `--role-arn`.
 */
export async function scanOrganizationInRun(
  settings: AwsSettings,
  ports: OrganizationPorts,
  run: OnlineRun,
  options: OrganizationScanOptions = {},
): Promise<OrganizationScanResult> {
  const clock = options.clock ?? Date.now;
  const started = clock();
  const config = options.config ?? {};
  const stats: CallStats = { attempted: 0, succeeded: 0, failed: 0 };
  const orgCalls = newCallContext(run);
  const orgFailures = new FailureLog();
  const progress = { accountsDone: 0, rolesScanned: 0, findings: 0 } as OrganizationProgress;
  const report = (): void => options.onProgress?.({ ...progress });

  const listing = await readListing(LIST_ACCOUNTS, ports.organizations.listAccounts(), orgCalls, () => {
    report();
  });
  addStats(stats, orgCalls.stats);
  if (listing.failure) {
    orgFailures.record(
      listing.failure,
      listing.items.length ? `only the first ${listing.items.length} accounts listed were scanned` : 'no account of the organization was scanned',
    );
  }
  // An account listed twice (a misbehaving endpoint) is scanned once.
  const seen = new Set<string>();
  const active: OrganizationAccount[] = [];
  const skipped: OrganizationScanResult['skipped'] = [];
  for (const account of listing.items) {
    if (seen.has(account.id)) continue;
    seen.add(account.id);
    if (account.state === 'ACTIVE') active.push(account);
    else skipped.push({ id: account.id, name: account.name, state: account.state });
  }
  progress.accountsTotal = active.length;
  report();

  let resumed = 0;
  const notStarted: OrganizationAccount[] = [];
  const records = await mapLimit(active, Math.max(1, options.accountConcurrency ?? 4), async (account): Promise<AccountRecord | undefined> => {
    const previous = options.done?.get(account.id);
    let record: AccountRecord;
    if (previous?.status === 'scanned') {
      resumed++;
      // The name may have changed since: the listing's is current.
      record = { ...previous, name: account.name, findings: previous.findings.map((f) => withAccount(f, account)) };
    } else if (run.signal.aborted) {
      notStarted.push(account);
      return undefined;
    } else {
      let rolesBefore = 0;
      record = await scanMember(account, settings, ports, run, options, (done) => {
        progress.rolesScanned += done - rolesBefore;
        rolesBefore = done;
        report();
      });
      addStats(stats, record.stats);
      options.onAccount?.(record);
      progress.rolesScanned += record.counts.roles - rolesBefore;
    }
    if (previous?.status === 'scanned') progress.rolesScanned += record.counts.roles;
    progress.accountsDone++;
    progress.findings += record.findings.length;
    report();
    return record;
  });

  const accounts: AccountRecord[] = [];
  for (const [i, record] of records.entries()) {
    const account = active[i] as OrganizationAccount;
    accounts.push(record ?? { id: account.id, name: account.name, status: 'not-started', durationMs: 0, counts: { ...EMPTY_COUNTS }, findings: [], suppressed: 0, roles: [], stats: { attempted: 0, succeeded: 0, failed: 0 } });
  }
  const orgFindings = [...orgFailures.findings()];
  if (notStarted.length > 0) orgFindings.push(notStartedFinding(notStarted, run));
  const configured = applyConfig(orgFindings, config);
  const findings = [...configured.findings, ...accounts.flatMap((a) => a.findings)].sort(compareOnlineFindings);
  return {
    findings,
    suppressed: configured.suppressed + accounts.reduce((n, a) => n + a.suppressed, 0),
    accounts,
    resumed,
    skipped,
    listed: listing.failure === undefined,
    stats,
    totalMs: Math.max(0, clock() - started),
  };
}

const MAX_LISTED = 5;

/** One finding for every account the time limit left unstarted (not one per account). */
function notStartedFinding(accounts: readonly OrganizationAccount[], run: OnlineRun): Finding {
  const listed = accounts.slice(0, MAX_LISTED).map((a) => a.id).join(', ');
  const more = accounts.length > MAX_LISTED ? `, and ${accounts.length - MAX_LISTED} more` : '';
  const error = deadlineError(run);
  return {
    ruleId: 'aws-check-failed',
    severity: ruleMeta('aws-check-failed').defaultSeverity,
    message: `${accounts.length} account${accounts.length === 1 ? ' was' : 's were'} not scanned (${listed}${more}): ${error.message}; run again with --resume to scan them`,
    location: null,
    properties: { operation: 'sts:AssumeRole', errorCode: error.code, kind: 'deadline', accounts: accounts.map((a) => a.id) },
  };
}

/** A recorded role as the model document the trust rules and the GitHub checks read (file = its ARN). */
export function recordedRoleDocument(role: RecordedRole): TrustPolicyDocument | undefined {
  let root;
  try {
    root = parseJsonTree(role.policy);
  } catch {
    return undefined;
  }
  if (root.type !== 'object') return undefined;
  return { kind: 'trust-policy', file: role.arn, resource: role.arn, roleName: role.roleName, root, location: { file: role.arn, span: root.span }, sourceKind: 'live' };
}
