import { describe, expect, it } from 'vitest';
import { AwsCallError, callAws, classifyAwsError, mapLimit, newCallContext, type AwsOperation } from '../../src/aws/call.js';
import { backoffDelay, planRetryWait } from '../../src/aws/retry.js';
import { startOnlineRun, type RetryOptions } from '../../src/aws/run.js';

const LIST_ROLES: AwsOperation = { service: 'iam', action: 'ListRoles' };

function sdkError(name: string, status: number | undefined, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(`${name} happened`), { name, ...(status !== undefined ? { $metadata: { httpStatusCode: status } } : {}), ...extra });
}

describe('classifyAwsError', () => {
  it.each([
    [sdkError('AccessDenied', 403), 'access-denied', false],
    [sdkError('AccessDeniedException', 403), 'access-denied', false],
    [sdkError('InvalidClientTokenId', 403), 'credentials', false],
    [Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }), 'credentials', false],
    [sdkError('Throttling', 400), 'throttled', true],
    [sdkError('ThrottlingException', 429, { retryAfterSeconds: 3 }), 'throttled', true],
    [sdkError('SomethingNew', 429), 'throttled', true],
    [sdkError('ServiceFailure', 500), 'server', true],
    [sdkError('InternalServerException', 500), 'server', true],
    [sdkError('TimeoutError', undefined), 'timeout', true],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), 'network', true],
    [sdkError('SyntaxError', 200), 'malformed', false],
    [Object.assign(new Error('Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.'), { $metadata: { httpStatusCode: 200 } }), 'malformed', false],
    [sdkError('ValidationException', 400), 'client', false],
  ])('%s → %s', (err, kind, retryable) => {
    const c = classifyAwsError(err);
    expect(c.kind).toBe(kind);
    expect(c.retryable).toBe(retryable);
  });

  it('drops the SDK\'s pointer to a hidden field from the message', () => {
    const err = Object.assign(new Error('@aws-sdk XML parse error: unexpected content.\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.'), { $metadata: { httpStatusCode: 200 } });
    expect(classifyAwsError(err)).toMatchObject({ kind: 'malformed', message: '@aws-sdk XML parse error: unexpected content.' });
    expect(classifyAwsError(Object.assign(new Error('the response was larger than 16 bytes'), { name: 'ResponseTooLarge', $metadata: { httpStatusCode: 500 } })).kind).toBe('malformed');
  });
});

describe('backoffDelay', () => {
  it('grows exponentially with jitter in the upper half, capped', () => {
    const low = { random: () => 0, baseDelayMs: 100, maxDelayMs: 1000 };
    const high = { random: () => 0.999999, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, low))).toEqual([50, 100, 200, 400, 500, 500]);
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, high))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });
});

describe('planRetryWait', () => {
  const runWith = (retry: RetryOptions, timeoutMs = 300_000) => {
    const run = startOnlineRun({ retry, timeoutMs });
    run.close();
    return run;
  };

  it('waits what the service asked, in whole 100 ms', () => {
    const run = runWith({ random: () => 0 });
    expect(planRetryWait(run, 1, 3000)).toEqual({ waitMs: 3000 });
    expect(planRetryWait(run, 1, 1999.2)).toEqual({ waitMs: 2000 });
    expect(planRetryWait(run, 1, -5)).toEqual({ waitMs: 0 });
    expect(planRetryWait(run, 2, undefined)).toEqual({ waitMs: 250 });
  });

  it('does not retry when the service asks for longer than the cap', () => {
    expect(planRetryWait(runWith({}), 1, 3_600_000)).toEqual({ stop: 'the service asked to retry after 3600 s, longer than the 30 s trustlint waits' });
    expect(planRetryWait(runWith({ maxRetryAfterMs: 5000 }), 1, 6000)).toMatchObject({ stop: expect.stringContaining('longer than the 5 s') });
  });

  it('keeps all waits of the run within their cap and before the deadline', () => {
    const run = runWith({ maxTotalWaitMs: 10_000 });
    run.retryWaitMs = 9000;
    expect(planRetryWait(run, 1, 1000)).toEqual({ waitMs: 1000 });
    expect(planRetryWait(run, 1, 1100)).toEqual({ stop: 'the retry waits of this run would pass their cap of 10 s' });
    const short = runWith({}, 5000);
    expect(planRetryWait(short, 1, 4000, short.deadline - 5000)).toEqual({ waitMs: 4000 });
    expect(planRetryWait(short, 1, 4000, short.deadline - 3000)).toEqual({ stop: 'the wait of 4 s would end after the time limit of the online checks' });
  });

  it('retries nothing once the endpoint proved unreachable', () => {
    const run = runWith({});
    run.unreachable = new AwsCallError(LIST_ROLES, { kind: 'network', code: 'ECONNREFUSED', message: 'refused', retryable: true }, 5);
    expect(planRetryWait(run, 1, undefined)).toEqual({ stop: 'the endpoint stayed unreachable through the retries of an earlier call' });
  });
});

describe('callAws', () => {
  it('classifies a failure, counts attempts the SDK made, and counts logical calls', async () => {
    const ctx = newCallContext();
    const err = await callAws(LIST_ROLES, () => Promise.reject(sdkError('ServiceFailure', 500, { $metadata: { httpStatusCode: 500, attempts: 3 } })), ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AwsCallError);
    expect((err as AwsCallError).attempts).toBe(3);
    expect((err as AwsCallError).error.kind).toBe('server');
    await expect(callAws(LIST_ROLES, () => Promise.resolve('ok'), ctx)).resolves.toBe('ok');
    // The end of a listing made no request: not a call.
    await expect(callAws(LIST_ROLES, () => Promise.resolve({ done: true }), ctx, (r) => !r.done)).resolves.toEqual({ done: true });
    expect(ctx.stats).toEqual({ attempted: 2, succeeded: 1, failed: 1 });
    ctx.run.close();
  });

  it('does not call a denied operation again', async () => {
    const ctx = newCallContext();
    let n = 0;
    const call = (): Promise<never> => (n++, Promise.reject(sdkError('AccessDenied', 403)));
    await expect(callAws(LIST_ROLES, call, ctx)).rejects.toBeInstanceOf(AwsCallError);
    await expect(callAws(LIST_ROLES, call, ctx)).rejects.toMatchObject({ error: { kind: 'access-denied' } });
    expect(n).toBe(1);
    expect(ctx.stats).toEqual({ attempted: 2, succeeded: 0, failed: 2 });
    // Another operation is still called.
    await expect(callAws({ service: 'iam', action: 'ListUsers' }, () => Promise.resolve(1), ctx)).resolves.toBe(1);
    ctx.run.close();
  });

  it('ends a call that never answers when the time limit expires, and starts none after', async () => {
    const ctx = newCallContext(startOnlineRun({ timeoutMs: 50 }));
    const never = new Promise<never>(() => undefined);
    await expect(callAws(LIST_ROLES, () => never, ctx)).rejects.toMatchObject({ error: { kind: 'deadline', code: 'TimeLimitExpired', message: 'the time limit of the online checks (0.05 s) expired first' } });
    let called = false;
    await expect(callAws(LIST_ROLES, () => ((called = true), Promise.resolve(1)), ctx)).rejects.toMatchObject({ error: { kind: 'deadline' }, attempts: 0 });
    expect(called).toBe(false);
    expect(ctx.stats).toEqual({ attempted: 2, succeeded: 0, failed: 2 });
  });
});

describe('mapLimit', () => {
  it('keeps order and never exceeds the limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 0, 6], 4, async (x) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, x));
      inFlight--;
      return x * 2;
    });
    expect(out).toEqual([10, 2, 8, 4, 6, 0, 12]);
    expect(peak).toBe(4);
    expect(await mapLimit([], 4, () => Promise.resolve(1))).toEqual([]);
  });
});
