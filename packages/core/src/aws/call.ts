/**
 * One AWS call: its failure classified for the report, its AccessDenied remembered, and the run's
 * deadline enforced. Retries are the AWS SDK's (its retry middleware and StandardRetryStrategy,
 * bounded in transport.ts); an injected port is one logical call and retries as it sees fit.
 */
import { formatSeconds, startOnlineRun, type OnlineRun } from './run.js';

/** An AWS API operation; its IAM permission is `service:action`. */
export interface AwsOperation {
  service: 'iam' | 'access-analyzer' | 'sts' | 'organizations';
  action: string;
}

export function permissionOf(op: AwsOperation): string {
  return `${op.service}:${op.action}`;
}

export type AwsErrorKind =
  | 'access-denied'
  | 'credentials'
  | 'throttled'
  | 'server'
  | 'timeout'
  | 'network'
  | 'malformed'
  | 'client'
  /** The run's overall time limit expired before the call finished (or started). */
  | 'deadline'
  /** A listing stopped at its page or item cap: what follows was not read. */
  | 'truncated';

export interface ClassifiedError {
  kind: AwsErrorKind;
  /** The AWS error code (`AccessDenied`, `ThrottlingException`, …) or a Node error code. */
  code: string;
  status?: number;
  message: string;
  retryable: boolean;
  /** Why retrying stopped before the attempts ran out (a Retry-After too long, the wait budget spent). */
  retryStopped?: string;
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
const MALFORMED = new Set(['SyntaxError', 'MalformedResponse', 'ResponseTooLarge']);
const SDK_HINT = /Deserialization error: to see the raw response, inspect the hidden field \{error\}\.\$response on this object\./;
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED', 'UND_ERR_SOCKET']);

function field(err: unknown, name: string): unknown {
  return typeof err === 'object' && err !== null ? (err as Record<string, unknown>)[name] : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** What kind of failure an SDK (or Node) error is, and whether retrying can help. */
export function classifyAwsError(err: unknown): ClassifiedError {
  const name = str(field(err, 'name')) ?? 'Error';
  const nodeCode = str(field(err, 'code'));
  const code = name === 'Error' && nodeCode !== undefined ? nodeCode : name;
  const rawStatus = field(field(err, '$metadata'), 'httpStatusCode');
  const status = typeof rawStatus === 'number' ? rawStatus : undefined;
  // The SDK's pointer to a hidden field helps nobody reading a report.
  const raw = str(field(err, 'message')) ?? String(err);
  const message = raw.replace(SDK_HINT, '').replace(/\s+/g, ' ').trim();
  const base = { code, message, ...(status !== undefined ? { status } : {}) };
  const throttling = field(field(err, '$retryable'), 'throttling') === true;
  if (ACCESS_DENIED.has(name)) return { ...base, kind: 'access-denied', retryable: false };
  // Whatever the status, an answer trustlint cannot read (a 500 with a body past the cap, too).
  if (MALFORMED.has(name)) return { ...base, kind: 'malformed', retryable: false };
  if (CREDENTIALS.has(name) || /could not load credentials/i.test(message)) return { ...base, kind: 'credentials', retryable: false };
  if (THROTTLING.has(name) || status === 429 || throttling) return { ...base, kind: 'throttled', retryable: true };
  if (TIMEOUT.has(name) || (nodeCode !== undefined && TIMEOUT.has(nodeCode))) return { ...base, kind: 'timeout', retryable: true };
  if (nodeCode !== undefined && NETWORK.has(nodeCode)) return { ...base, kind: 'network', retryable: true };
  if (status !== undefined && status >= 500) return { ...base, kind: 'server', retryable: true };
  if (/deserialization error|unexpected end|not valid json|unexpected token|invalid xml|xml parse error|non-whitespace before first tag/i.test(raw)) {
    return { ...base, kind: 'malformed', retryable: false };
  }
  if (status === 403) return { ...base, kind: 'access-denied', retryable: false };
  if (status === undefined && /socket hang up|network|fetch failed/i.test(message)) return { ...base, kind: 'network', retryable: true };
  return { ...base, kind: 'client', retryable: false };
}

/** A call that failed for good (after the SDK's retries, or at once when retrying cannot help). */
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

/** Logical calls (a call retried three times is one call; so is one page of a listing). */
export interface CallStats {
  attempted: number;
  succeeded: number;
  failed: number;
}

/** The run the calls belong to, and their count (kept apart per phase, e.g. AssumeRole). */
export interface CallContext {
  run: OnlineRun;
  stats: CallStats;
}

export function newCallContext(run: OnlineRun = startOnlineRun()): CallContext {
  return { run, stats: { attempted: 0, succeeded: 0, failed: 0 } };
}

/** The failure of a call the run's time limit cut off, or that it never started. */
export function deadlineError(run: OnlineRun): ClassifiedError {
  return {
    kind: 'deadline',
    code: 'TimeLimitExpired',
    message: `the time limit of the online checks (${formatSeconds(run.timeoutMs)}) expired first`,
    retryable: false,
  };
}

/** Attempts the SDK made (its retry middleware records them on the error), else one. */
function attemptsOf(err: unknown): number {
  const attempts = field(field(err, '$metadata'), 'attempts');
  return typeof attempts === 'number' && Number.isInteger(attempts) && attempts > 0 ? attempts : 1;
}

/** A function, not a property read: the signal aborts while a call is awaited, which narrowing cannot see. */
function expired(run: OnlineRun): boolean {
  return run.signal.aborted;
}

/** Settles with `promise`, or rejects with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

/**
 * Runs one AWS call; throws AwsCallError when it fails. A call of an operation denied earlier in the
 * run fails at once, and so does every call once the run's time limit has expired: a port that never
 * answers cannot hold the run past it. `isCall` tells a result that made no request (the end of a
 * listing) from one that did: only calls are counted.
 */
export async function callAws<T>(op: AwsOperation, fn: () => Promise<T>, ctx: CallContext, isCall: (result: T) => boolean = () => true): Promise<T> {
  const { run, stats } = ctx;
  const key = permissionOf(op);
  const fail = (failure: AwsCallError): AwsCallError => {
    stats.attempted++;
    stats.failed++;
    return failure;
  };
  const denied = run.denied.get(key);
  if (denied) throw fail(denied);
  if (expired(run)) throw fail(new AwsCallError(op, deadlineError(run), 0));
  let result: T;
  try {
    result = await untilAborted(fn(), run.signal);
  } catch (err) {
    if (err instanceof AwsCallError) throw fail(err);
    if (expired(run)) throw fail(new AwsCallError(op, deadlineError(run), attemptsOf(err)));
    const classified = classifyAwsError(err);
    const stopped = typeof err === 'object' && err !== null ? run.retryStops.get(err) : undefined;
    const error = stopped !== undefined ? { ...classified, retryStopped: stopped } : classified;
    const failure = new AwsCallError(op, error, attemptsOf(err));
    if (error.kind === 'access-denied' || error.kind === 'credentials') run.denied.set(key, failure);
    if (error.kind === 'network' && failure.attempts > 1) run.unreachable = failure;
    throw fail(failure);
  }
  if (isCall(result)) {
    stats.attempted++;
    stats.succeeded++;
  }
  return result;
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
