/**
 * The online checks (IAM Access Analyzer, live-account scan). A separate entry: importing it loads no
 * SDK either — the clients are created by `await import()` when a check runs — but the offline path
 * does not even load this module (see load.ts).
 */
import type { TrustlintConfig } from '../config.js';
import type { ModelDocument, TrustPolicyDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { checkWithAccessAnalyzer } from './access-analyzer.js';
import { AwsCallError, callAws, newCallContext, type AwsOperation, type CallContext, type CallStats } from './call.js';
import { FailureLog } from './failures.js';
import { applyConfig, compareOnlineFindings } from './findings.js';
import type { AccessAnalyzerPort, AwsSettings, IamPort } from './ports.js';
import { startOnlineRun, type OnlineRun, type RunOptions } from './run.js';
import { scanAccount, type ScanProgress, type ScanResult } from './scan.js';
import { assumeRoleSettings, createAccessAnalyzerPort, createIamPort, createOrganizationsPort, createStsPort, type Closable } from './sdk.js';
import { scanOrganizationInRun, type OrganizationPorts, type OrganizationScanOptions, type OrganizationScanResult } from './organization.js';

export type * from './ports.js';
export { AwsCallError, callAws, classifyAwsError, deadlineError, mapLimit, newCallContext, permissionOf } from './call.js';
export type { AwsErrorKind, AwsOperation, CallContext, CallStats, ClassifiedError } from './call.js';
export { FailureLog, type FailureSubject } from './failures.js';
export { applyConfig, compareOnlineFindings, delocalize } from './findings.js';
export { capItems, readListing, truncatedListing, type Listing } from './listing.js';
export { pathAtPosition, pathKey, renderPolicy } from './render.js';
export type { RenderedEntry, RenderedPolicy, TextPosition, TextRange } from './render.js';
export { backoffDelay, planRetryWait, type RetryPlan } from './retry.js';
export {
  DEFAULT_LISTING_CAPS,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_TOTAL_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  startOnlineRun,
  type ListingAction,
  type ListingCap,
  type OnlineRun,
  type RetryOptions,
  type RunOptions,
} from './run.js';
export {
  CHECK_NO_PUBLIC_ACCESS,
  VALIDATE_POLICY,
  checkWithAccessAnalyzer,
  hasUnresolvedValue,
  mapAaLocation,
  sourceLocationOf,
} from './access-analyzer.js';
export type { AccessAnalyzerOptions, AccessAnalyzerRun, MappedLocation } from './access-analyzer.js';
export { decodePolicyDocument, liveProviderDocument, maskAccessKeyId, scanAccount, trustsOidcProvider } from './scan.js';
export type { ScanCounts, ScanOptions, ScanPhase, ScanProgress, ScanResult } from './scan.js';
export { assumeRoleSettings, createAccessAnalyzerPort, createIamPort, createOrganizationsPort, createStsPort } from './sdk.js';
export {
  ASSUME_MEMBER_ROLE,
  DEFAULT_MEMBER_ROLE_NAME,
  isValidMemberRoleName,
  LIST_ACCOUNTS,
  MEMBER_SCAN_ACTIONS,
  MEMBER_SESSION_NAME,
  memberRoleArn,
  recordedRoleDocument,
  scanOrganizationInRun,
  SESSION_POLICY,
} from './organization.js';
export type { AccountRecord, AccountStatus, OrganizationPorts, OrganizationProgress, OrganizationScanOptions, OrganizationScanResult, RecordedRole } from './organization.js';
export { childRun } from './run.js';
export type { Closable } from './sdk.js';
// The GitHub online checks share this entry (and its run bounds): one dynamic import for every online path.
export * from '../github-online/index.js';

const ASSUME_ROLE: AwsOperation = { service: 'sts', action: 'AssumeRole' };

/** The run's bounds (time limit, retries, response sizes, listing caps) and its inputs. */
export interface OnlineRunOptions extends RunOptions {
  config?: TrustlintConfig;
  /** Calls in flight at once (default 4). */
  concurrency?: number;
  /** Injected ports (tests); else SDK-backed ones are created from the settings. */
  ports?: { iam?: IamPort; accessAnalyzer?: AccessAnalyzerPort };
}

export interface AccessAnalyzerCheckOptions extends OnlineRunOptions {
  /** ValidatePolicy (default true). */
  validate?: boolean;
  /** CheckNoPublicAccess: a charged custom policy check, so opt-in. */
  checkNoPublicAccess?: boolean;
}

export interface AccessAnalyzerCheckResult {
  /** access-analyzer, access-analyzer-public and aws-check-failed findings, after the configuration step. */
  findings: Finding[];
  suppressed: number;
  stats: CallStats;
  /** Trust policies with at least one successful call. */
  checked: number;
  /** Trust policies not sent because they hold unresolved values. */
  skipped: number;
}

/**
 * `--role-arn`: the role's credentials, or undefined (logged) when AssumeRole failed. Its call is
 * counted apart (`calls`): a successful AssumeRole alone has not checked anything.
 */
async function withAssumedRole(settings: AwsSettings, calls: CallContext, failures: FailureLog): Promise<AwsSettings | undefined> {
  const { roleArn } = settings;
  if (roleArn === undefined) return settings;
  try {
    return await callAws(ASSUME_ROLE, () => assumeRoleSettings({ ...settings, roleArn }, calls.run), calls);
  } catch (err) {
    if (!(err instanceof AwsCallError)) throw err;
    failures.record(err, 'nothing was checked in that account', { label: roleArn });
    return undefined;
  }
}

/** `check --access-analyzer`: every trust-policy document of an offline analysis, checked online. */
export async function runAccessAnalyzerChecks(
  documents: readonly ModelDocument[],
  settings: AwsSettings,
  options: AccessAnalyzerCheckOptions = {},
): Promise<AccessAnalyzerCheckResult> {
  const run = startOnlineRun(options);
  try {
    return await accessAnalyzerChecksInRun(documents, settings, options, run);
  } finally {
    run.close();
  }
}

async function accessAnalyzerChecksInRun(
  documents: readonly ModelDocument[],
  settings: AwsSettings,
  options: AccessAnalyzerCheckOptions,
  run: OnlineRun,
): Promise<AccessAnalyzerCheckResult> {
  const calls = newCallContext(run);
  const failures = new FailureLog();
  const trust = documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy');
  let findings: Finding[] = [];
  let checked = 0;
  let skipped = 0;
  if (trust.length > 0) {
    const assume = newCallContext(run);
    const effective = await withAssumedRole(settings, assume, failures);
    if (!effective) Object.assign(calls.stats, assume.stats);
    if (effective) {
      const port = options.ports?.accessAnalyzer ?? (await createAccessAnalyzerPort(effective, run));
      try {
        const result = await checkWithAccessAnalyzer(trust, port, {
          ...(options.validate !== undefined ? { validate: options.validate } : {}),
          checkNoPublicAccess: options.checkNoPublicAccess === true,
          concurrency: options.concurrency ?? 4,
          calls,
          failures,
        });
        findings = result.findings;
        checked = result.checked;
        skipped = result.skipped.length;
      } finally {
        if (!options.ports?.accessAnalyzer) (port as Partial<Closable>).close?.();
      }
    }
  }
  const configured = applyConfig([...findings, ...failures.findings()], options.config ?? {});
  return { findings: configured.findings.sort(compareOnlineFindings), suppressed: configured.suppressed, stats: calls.stats, checked, skipped };
}

export interface LiveScanOptions extends OnlineRunOptions {
  /** ValidatePolicy on every role trusting an OIDC provider. */
  accessAnalyzer?: boolean;
  /** CheckNoPublicAccess on the same roles (charged; independent of `accessAnalyzer`). */
  accessAnalyzerPublic?: boolean;
  now?: () => Date;
  onProgress?: (progress: ScanProgress) => void;
}

/** `aws scan`: assumes `roleArn` when given, creates the clients and scans the account. */
export async function scanLiveAccount(settings: AwsSettings, options: LiveScanOptions = {}): Promise<ScanResult> {
  const run = startOnlineRun(options);
  try {
    return await scanInRun(settings, options, run);
  } finally {
    run.close();
  }
}

async function scanInRun(settings: AwsSettings, options: LiveScanOptions, run: OnlineRun): Promise<ScanResult> {
  const calls = newCallContext(run);
  const failures = new FailureLog();
  const assume = newCallContext(run);
  const effective = await withAssumedRole(settings, assume, failures);
  if (!effective) {
    const configured = applyConfig(failures.findings(), options.config ?? {});
    return {
      findings: configured.findings,
      suppressed: configured.suppressed,
      documents: [],
      stats: assume.stats,
      counts: { providers: 0, roles: 0, rolesTrustingOidc: 0, users: 0, activeAccessKeys: 0 },
    };
  }
  const wantAa = options.accessAnalyzer === true || options.accessAnalyzerPublic === true;
  const iam = options.ports?.iam ?? (await createIamPort(effective, run));
  const aa = wantAa ? (options.ports?.accessAnalyzer ?? (await createAccessAnalyzerPort(effective, run))) : undefined;
  try {
    return await scanAccount(iam, {
      ...(options.config ? { config: options.config } : {}),
      ...(aa ? { accessAnalyzer: aa } : {}),
      accessAnalyzerValidate: options.accessAnalyzer === true,
      accessAnalyzerPublic: options.accessAnalyzerPublic === true,
      concurrency: options.concurrency ?? 4,
      calls,
      failures,
      ...(options.now ? { now: options.now } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } finally {
    if (!options.ports?.iam) (iam as Partial<Closable>).close?.();
    if (aa && !options.ports?.accessAnalyzer) (aa as Partial<Closable>).close?.();
  }
}

export interface LiveOrganizationScanOptions extends RunOptions, OrganizationScanOptions {
  /** Injected ports (tests); else SDK-backed ones are created from the settings. */
  organizationPorts?: OrganizationPorts;
}

/** The time limit of an organization scan unless `timeoutMs` says otherwise: an hour, not 300 s. */
export const DEFAULT_ORGANIZATION_TIMEOUT_MS = 3_600_000;

/**
 * `aws scan --organization`: assumes `roleArn` first when given (a delegated administrator account),
 * lists the accounts with those credentials and scans each through its member role.
 */
export async function scanOrganization(settings: AwsSettings, options: LiveOrganizationScanOptions = {}): Promise<OrganizationScanResult> {
  const run = startOnlineRun({ ...options, timeoutMs: options.timeoutMs ?? DEFAULT_ORGANIZATION_TIMEOUT_MS });
  if (!options.organizationPorts) run.agents = await sharedAgents(options);
  try {
    const failures = new FailureLog();
    const assume = newCallContext(run);
    const effective = await withAssumedRole(settings, assume, failures);
    if (!effective) {
      const configured = applyConfig(failures.findings(), options.config ?? {});
      return { findings: configured.findings, suppressed: configured.suppressed, accounts: [], resumed: 0, skipped: [], listed: false, stats: assume.stats, totalMs: 0 };
    }
    const ports = options.organizationPorts ?? (await sdkOrganizationPorts(effective, run, options));
    try {
      const result = await scanOrganizationInRun(effective, ports, run, options);
      result.stats.attempted += assume.stats.attempted;
      result.stats.succeeded += assume.stats.succeeded;
      result.stats.failed += assume.stats.failed;
      return result;
    } finally {
      if (!options.organizationPorts) (ports as Partial<Closable>).close?.();
    }
  } finally {
    run.close();
    run.agents?.http.destroy();
    run.agents?.https.destroy();
  }
}

/** Keep-alive pools for every account's clients: enough sockets for the accounts in flight, each with its calls. */
async function sharedAgents(options: OrganizationScanOptions): Promise<NonNullable<OnlineRun['agents']>> {
  const [{ Agent: HttpAgent }, { Agent: HttpsAgent }] = await Promise.all([import('node:http'), import('node:https')]);
  const maxSockets = Math.max(1, options.accountConcurrency ?? 4) * Math.max(1, options.concurrency ?? 4) + 2;
  return { http: new HttpAgent({ keepAlive: true, maxSockets }), https: new HttpsAgent({ keepAlive: true, maxSockets }) };
}

async function sdkOrganizationPorts(settings: AwsSettings, run: OnlineRun, options: OrganizationScanOptions): Promise<OrganizationPorts & Closable> {
  const organizations = await createOrganizationsPort(settings, run);
  const sts = await createStsPort(settings, run);
  const wantAa = options.accessAnalyzer === true || options.accessAnalyzerPublic === true;
  return {
    organizations,
    sts,
    async member(memberSettings, memberRun) {
      const iam = await createIamPort(memberSettings, memberRun);
      const accessAnalyzer = wantAa ? await createAccessAnalyzerPort(memberSettings, memberRun) : undefined;
      return {
        iam,
        ...(accessAnalyzer ? { accessAnalyzer } : {}),
        close() {
          iam.close();
          accessAnalyzer?.close();
        },
      };
    },
    close() {
      organizations.close();
      sts.close();
    },
  };
}
export { MAX_RESUME_BYTES, readResumeState, RESUME_VERSION, ResumeFileError, ResumeWriter } from './resume.js';
