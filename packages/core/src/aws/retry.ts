/**
 * How long to wait before a retry, within the run's bounds. The SDK's StandardRetryStrategy decides
 * *whether* a retry is allowed (retryable error, attempts left, retry quota); this decides how long
 * it waits, because the SDK's own wait has no cap on the total and stretches any Retry-After to its
 * backoff plus 5 s on a bare timer that neither the deadline nor a test can see.
 */
import { formatSeconds, type OnlineRun, type RetryOptions } from './run.js';

/** Exponential backoff with jitter in the upper half: attempt counts from 1 (the failed one). */
export function backoffDelay(attempt: number, retry: RetryOptions): number {
  const random = retry.random ?? Math.random;
  const cap = Math.min(retry.maxDelayMs ?? 20_000, (retry.baseDelayMs ?? 250) * 2 ** (attempt - 1));
  return Math.round(cap / 2 + random() * (cap / 2));
}

/** A wait the run can afford, or why it cannot (then the call fails with its last error). */
export type RetryPlan = { waitMs: number } | { stop: string };

/**
 * The wait before retry number `attempt` (1 = after the first failure): what the service asked for
 * (Retry-After), else the backoff; refused when it is longer than trustlint honours, would pass the
 * run's total retry wait, or would end after the run's deadline. `now` is `Date.now()` unless injected.
 */
export function planRetryWait(run: OnlineRun, attempt: number, retryAfterMs: number | undefined, now = Date.now()): RetryPlan {
  const { retry } = run;
  if (run.unreachable) return { stop: 'the endpoint stayed unreachable through the retries of an earlier call' };
  let waitMs: number;
  if (retryAfterMs !== undefined) {
    // Whole 100 ms: the SDK turns the header into a date, so a few milliseconds are lost on the way.
    const asked = Math.max(0, Math.ceil(retryAfterMs / 100) * 100);
    const maxRetryAfterMs = retry.maxRetryAfterMs ?? 30_000;
    // Retrying before the service's time would only be throttled again.
    if (asked > maxRetryAfterMs) {
      return { stop: `the service asked to retry after ${formatSeconds(asked)}, longer than the ${formatSeconds(maxRetryAfterMs)} trustlint waits` };
    }
    waitMs = asked;
  } else {
    waitMs = backoffDelay(attempt, retry);
  }
  const maxTotalWaitMs = retry.maxTotalWaitMs ?? 60_000;
  if (run.retryWaitMs + waitMs > maxTotalWaitMs) {
    return { stop: `the retry waits of this run would pass their cap of ${formatSeconds(maxTotalWaitMs)}` };
  }
  if (now + waitMs >= run.deadline) {
    return { stop: `the wait of ${formatSeconds(waitMs)} would end after the time limit of the online checks` };
  }
  return { waitMs };
}
