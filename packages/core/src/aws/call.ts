/**
 * One AWS call with classification of its failure, retries (throttling, 5xx, timeouts, network) and
 * bounded concurrency. Retries are ours, not the SDK's (the clients are created with maxAttempts 1):
 * that is how `retryAfterSeconds` is honoured and how the tests observe every delay.
 */

/** An AWS API operation; its IAM permission is `service:action`. */
export interface AwsOperation {
  service: 'iam' | 'access-analyzer' | 'sts';
  action: string;
}

export function permissionOf(op: AwsOperation): string {
  return `${op.service}:${op.action}`;
}

export type AwsErrorKind = 'access-denied' | 'credentials' | 'throttled' | 'server' | 'timeout' | 'network' | 'malformed' | 'client';

export interface ClassifiedError {
  kind: AwsErrorKind;
  /** The AWS error code (`AccessDenied`, `ThrottlingException`, …) or a Node error code. */
  code: string;
  status?: number;
  message: string;
  retryable: boolean;
  /** From `retryAfterSeconds` (Access Analyzer's Retry-After header) or a Retry-After header. */
  retryAfterMs?: number;
}

const ACCESS_DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'AuthorizationError']);
const CREDENTIALS = new Set([
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'ExpiredTokenException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'IncompleteSignature',
  'MissingAuthenticationToken',
  'CredentialsProviderError',
  'TokenProviderError',
]);
const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
  'RequestThrottled',
  'RequestThrottledException',
  'ProvisionedThroughputExceededException',
]);
const TIMEOUT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'ETIMEDOUT', 'ESOCKETTIMEDOUT']);
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED', 'UND_ERR_SOCKET']);

function field(err: unknown, name: string): unknown {
  return typeof err === 'object' && err !== null ? (err as Record<string, unknown>)[name] : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function retryAfterOf(err: unknown): number | undefined {
  const seconds = field(err, 'retryAfterSeconds');
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const headers = field(field(err, '$response'), 'headers');
  if (typeof headers === 'object' && headers !== null) {
    for (const [k, v] of Object.entries(headers as Record<string, unknown>)) {
      if (k.toLowerCase() !== 'retry-after' || typeof v !== 'string') continue;
      const n = Number(v.trim());
      if (Number.isFinite(n) && n >= 0) return n * 1000;
    }
  }
  return undefined;
}

/** What kind of failure an SDK (or Node) error is, and whether retrying can help. */
export function classifyAwsError(err: unknown): ClassifiedError {
  const name = str(field(err, 'name')) ?? 'Error';
  const nodeCode = str(field(err, 'code'));
  const code = name === 'Error' && nodeCode !== undefined ? nodeCode : name;
  const rawStatus = field(field(err, '$metadata'), 'httpStatusCode');
  const status = typeof rawStatus === 'number' ? rawStatus : undefined;
  const message = (str(field(err, 'message')) ?? String(err)).replace(/\s+/g, ' ').trim();
  const retryAfterMs = retryAfterOf(err);
  const base = { code, message, ...(status !== undefined ? { status } : {}), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  const throttling = field(field(err, '$retryable'), 'throttling') === true;
  if (ACCESS_DENIED.has(name)) return { ...base, kind: 'access-denied', retryable: false };
  if (CREDENTIALS.has(name) || /could not load credentials/i.test(message)) return { ...base, kind: 'credentials', retryable: false };
  if (THROTTLING.has(name) || status === 429 || throttling) return { ...base, kind: 'throttled', retryable: true };
  if (TIMEOUT.has(name) || (nodeCode !== undefined && TIMEOUT.has(nodeCode))) return { ...base, kind: 'timeout', retryable: true };
  if (nodeCode !== undefined && NETWORK.has(nodeCode)) return { ...base, kind: 'network', retryable: true };
  if (status !== undefined && status >= 500) return { ...base, kind: 'server', retryable: true };
  if (/deserialization error|unexpected end|not valid json|unexpected token|invalid xml|non-whitespace before first tag/i.test(message) || name === 'SyntaxError' || name === 'MalformedResponse') {
    return { ...base, kind: 'malformed', retryable: false };
  }
  if (status === 403) return { ...base, kind: 'access-denied', retryable: false };
  if (status === undefined && /socket hang up|network|fetch failed/i.test(message)) return { ...base, kind: 'network', retryable: true };
  return { ...base, kind: 'client', retryable: false };
}

/** A call that failed for good (after retries, or at once when retrying cannot help). */
export class AwsCallError extends Error {
  override readonly name = 'AwsCallError';

  constructor(
    readonly operation: AwsOperation,
    readonly error: ClassifiedError,
    readonly attempts: number,
  ) {
    super(`${permissionOf(operation)}: ${error.code}: ${error.message}`);
  }
}

export interface RetryOptions {
  /** Attempts per call including the first (default 5). */
  maxAttempts?: number;
  /** First backoff delay (default 250 ms); doubles per attempt, with full jitter. */
  baseDelayMs?: number;
  /** Cap of one backoff delay (default 20 s). */
  maxDelayMs?: number;
  /** Cap of an honoured retryAfterSeconds (default 60 s). */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1); for the jitter. */
  random?: () => number;
}

/** Logical calls (a call retried three times is one call). */
export interface CallStats {
  attempted: number;
  succeeded: number;
  failed: number;
}

/** Shared by every call of one run. */
export interface CallContext {
  retry: RetryOptions;
  stats: CallStats;
  /** Operations that failed with AccessDenied or rejected credentials: not called again. */
  denied: Map<string, AwsCallError>;
  /** Set when a call could not reach the endpoint even after retries: later calls try once. */
  unreachable?: AwsCallError;
}

export function newCallContext(retry: RetryOptions = {}): CallContext {
  return { retry, stats: { attempted: 0, succeeded: 0, failed: 0 }, denied: new Map() };
}

const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** Delay before attempt `attempt + 1` (attempt counts from 1). */
export function backoffDelay(attempt: number, error: ClassifiedError, retry: RetryOptions): number {
  const random = retry.random ?? Math.random;
  if (error.retryAfterMs !== undefined) {
    // The service said when; a little jitter keeps parallel callers from returning together.
    const wait = Math.min(error.retryAfterMs, retry.maxRetryAfterMs ?? 60_000);
    return Math.round(wait + random() * Math.min(250, wait * 0.1 + 50));
  }
  const cap = Math.min(retry.maxDelayMs ?? 20_000, (retry.baseDelayMs ?? 250) * 2 ** (attempt - 1));
  return Math.round(cap / 2 + random() * (cap / 2));
}

/** Runs one AWS call with retries; throws AwsCallError when it fails for good. */
export async function callAws<T>(op: AwsOperation, fn: () => Promise<T>, ctx: CallContext): Promise<T> {
  const key = permissionOf(op);
  ctx.stats.attempted++;
  const denied = ctx.denied.get(key);
  if (denied) {
    ctx.stats.failed++;
    throw denied;
  }
  // An endpoint that stayed unreachable through one call's retries gets one attempt per later call,
  // so that a scan against a dead endpoint ends in seconds, not minutes.
  const maxAttempts = ctx.unreachable ? 1 : Math.max(1, ctx.retry.maxAttempts ?? 5);
  const sleep = ctx.retry.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await fn();
      ctx.stats.succeeded++;
      return result;
    } catch (err) {
      const error = err instanceof AwsCallError ? err.error : classifyAwsError(err);
      if (!error.retryable || attempt >= maxAttempts) {
        ctx.stats.failed++;
        const failure = new AwsCallError(op, error, attempt);
        if (error.kind === 'access-denied' || error.kind === 'credentials') ctx.denied.set(key, failure);
        if (error.kind === 'network' && attempt > 1) ctx.unreachable = failure;
        throw failure;
      }
      await sleep(backoffDelay(attempt, error, ctx.retry));
    }
  }
}

/** Maps `items` with at most `limit` calls of `fn` in flight; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
