/**
 * What every AWS call of one online run shares: the overall deadline, the retry budget, the bytes
 * read, and what earlier calls taught (denied operations, an unreachable endpoint). Each bound is
 * reported when it is reached — as an `aws-check-failed` finding — never silently.
 */
import type { AwsCallError } from './call.js';

/** Pages and items one listing may take before it stops and reports itself truncated. */
export interface ListingCap {
  pages: number;
  items: number;
}

/** The listings trustlint reads, by AWS action. */
export type ListingAction = 'ListOpenIDConnectProviders' | 'ListRoles' | 'ListUsers' | 'ListAccessKeys' | 'ValidatePolicy' | 'ListAccounts';

/**
 * Far above what a real account returns (IAM allows at most 5,000 roles, 5,000 users, 100 OIDC
 * providers and 2 access keys per user; a trust policy gets a handful of Access Analyzer findings),
 * so reaching one means the endpoint misbehaves or the account is not what trustlint was built for.
 */
export const DEFAULT_LISTING_CAPS: Readonly<Record<ListingAction, ListingCap>> = {
  ListOpenIDConnectProviders: { pages: 1, items: 1_000 },
  ListRoles: { pages: 100, items: 20_000 },
  ListUsers: { pages: 100, items: 20_000 },
  ListAccessKeys: { pages: 10, items: 100 },
  ValidatePolicy: { pages: 20, items: 1_000 },
  // Organizations returns at most 20 accounts a page; an organization's account quota is raised on request.
  ListAccounts: { pages: 10_000, items: 100_000 },
};

export interface RetryOptions {
  /** Attempts per call including the first (default 5). */
  maxAttempts?: number;
  /** First backoff delay (default 250 ms); doubles per attempt, with jitter. */
  baseDelayMs?: number;
  /** Cap of one backoff delay (default 20 s). */
  maxDelayMs?: number;
  /** The longest Retry-After honoured (default 30 s); a service asking for more is not retried. */
  maxRetryAfterMs?: number;
  /** Cap of all retry waits of the run together (default 60 s). */
  maxTotalWaitMs?: number;
  /** Waits `ms`, or rejects when `signal` aborts first (tests inject one that records and returns). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** In [0, 1); for the jitter. */
  random?: () => number;
}

export interface RunOptions {
  /** The whole run (default 300 s); when it expires, every unfinished call fails. */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Bytes of one response (default 16 MiB) and of all responses of the run (default 256 MiB). */
  maxResponseBytes?: number;
  maxTotalResponseBytes?: number;
  listings?: Partial<Record<ListingAction, ListingCap>>;
}

export const DEFAULT_TIMEOUT_MS = 300_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
export const DEFAULT_MAX_TOTAL_RESPONSE_BYTES = 256 * 1024 * 1024;

export interface OnlineRun {
  /** Aborted when the run's time limit expires. */
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  /** `Date.now()` at which the signal aborts. */
  readonly deadline: number;
  readonly retry: RetryOptions;
  readonly maxResponseBytes: number;
  readonly maxTotalResponseBytes: number;
  readonly listings: Readonly<Record<ListingAction, ListingCap>>;
  /** Sum of the retry waits so far. */
  retryWaitMs: number;
  /** Bytes of every response body read so far. */
  responseBytes: number;
  /** Why the retries of a failed attempt's error stopped early (keyed by the error object). */
  readonly retryStops: WeakMap<object, string>;
  /** Operations that failed with AccessDenied or rejected credentials: not called again. */
  readonly denied: Map<string, AwsCallError>;
  /** Set when a call could not reach the endpoint through its retries: later calls try once. */
  unreachable?: AwsCallError;
  /**
   * Connection pools shared by every client of the run (the organization scan's member accounts):
   * a keep-alive connection is reused by the next account instead of a new TCP and TLS handshake
   * per account and service. Requests are signed one by one, so a connection carries no identity.
   * Owned by whoever set them (clients do not destroy them).
   */
  agents?: { http: import('node:http').Agent; https: import('node:https').Agent };
  /** Stops the run's timer (idempotent); the run's signal stays as it is. */
  close(): void;
}

export function startOnlineRun(options: RunOptions = {}): OnlineRun {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new Error(`the time limit of ${formatSeconds(timeoutMs)} expired`));
  }, timeoutMs);
  // The timer must not keep a finished process alive.
  timer.unref();
  return {
    signal: controller.signal,
    timeoutMs,
    deadline: Date.now() + timeoutMs,
    retry: options.retry ?? {},
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    maxTotalResponseBytes: options.maxTotalResponseBytes ?? DEFAULT_MAX_TOTAL_RESPONSE_BYTES,
    listings: { ...DEFAULT_LISTING_CAPS, ...options.listings },
    retryWaitMs: 0,
    responseBytes: 0,
    retryStops: new WeakMap(),
    denied: new Map(),
    close() {
      clearTimeout(timer);
    },
  };
}

/**
 * The run of one member account inside an organization scan: the parent's deadline, signal and
 * bounds, but its own denied operations (one account denying a call says nothing about another),
 * its own retry-wait and response-byte budgets (each account is scanned as `aws scan` would scan
 * it), and the parent's knowledge that the endpoint is unreachable (the same endpoint for all).
 */
export function childRun(parent: OnlineRun): OnlineRun {
  return {
    signal: parent.signal,
    timeoutMs: parent.timeoutMs,
    deadline: parent.deadline,
    retry: parent.retry,
    maxResponseBytes: parent.maxResponseBytes,
    maxTotalResponseBytes: parent.maxTotalResponseBytes,
    listings: parent.listings,
    retryWaitMs: 0,
    responseBytes: 0,
    retryStops: parent.retryStops,
    denied: new Map(),
    ...(parent.agents ? { agents: parent.agents } : {}),
    get unreachable() {
      return parent.unreachable;
    },
    set unreachable(failure) {
      parent.unreachable = failure;
    },
    close() {
      // The parent's timer is the parent's to stop.
    },
  };
}

/** `300 s`, `1.5 s`: durations in messages. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** A sleep that ends early (rejecting) when the signal aborts, and never holds the process open after. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
