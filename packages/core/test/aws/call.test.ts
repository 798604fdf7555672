import { describe, expect, it } from 'vitest';
import { AwsCallError, backoffDelay, callAws, classifyAwsError, mapLimit, newCallContext, type AwsOperation } from '../../src/aws/call.js';

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

  it('reads retryAfterSeconds and a Retry-After header', () => {
    expect(classifyAwsError(sdkError('ThrottlingException', 429, { retryAfterSeconds: 2 })).retryAfterMs).toBe(2000);
    expect(classifyAwsError(sdkError('Throttling', 400, { $response: { headers: { 'Retry-After': '7' } } })).retryAfterMs).toBe(7000);
  });
});

describe('backoffDelay', () => {
  const throttled = classifyAwsError(sdkError('Throttling', 400));
  it('grows exponentially with full jitter in the upper half, capped', () => {
    const low = { random: () => 0, baseDelayMs: 100, maxDelayMs: 1000 };
    const high = { random: () => 0.999999, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, throttled, low))).toEqual([50, 100, 200, 400, 500, 500]);
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, throttled, high))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('honours retryAfterSeconds (capped), with a little jitter', () => {
    const said = { ...throttled, retryAfterMs: 3000 };
    expect(backoffDelay(1, said, { random: () => 0 })).toBe(3000);
    expect(backoffDelay(1, said, { random: () => 0.5 })).toBe(3125);
    expect(backoffDelay(1, { ...throttled, retryAfterMs: 3_600_000 }, { random: () => 0, maxRetryAfterMs: 10_000 })).toBe(10_000);
  });
});

describe('callAws', () => {
  it('retries throttling then succeeds, waiting what the service asked', async () => {
    const sleeps: number[] = [];
    const ctx = newCallContext({ sleep: (ms) => (sleeps.push(ms), Promise.resolve()), random: () => 0 });
    let n = 0;
    const result = await callAws(LIST_ROLES, () => (++n < 3 ? Promise.reject(sdkError('ThrottlingException', 429, { retryAfterSeconds: 2 })) : Promise.resolve('ok')), ctx);
    expect(result).toBe('ok');
    expect(sleeps).toEqual([2000, 2000]);
    expect(ctx.stats).toEqual({ attempted: 1, succeeded: 1, failed: 0 });
  });

  it('gives up after maxAttempts on 5xx', async () => {
    const ctx = newCallContext({ sleep: () => Promise.resolve(), maxAttempts: 3 });
    let n = 0;
    const err = await callAws(LIST_ROLES, () => (n++, Promise.reject(sdkError('ServiceFailure', 500))), ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AwsCallError);
    expect((err as AwsCallError).attempts).toBe(3);
    expect(n).toBe(3);
    expect(ctx.stats).toEqual({ attempted: 1, succeeded: 0, failed: 1 });
  });

  it('does not retry AccessDenied and does not call the operation again', async () => {
    const ctx = newCallContext({ sleep: () => Promise.resolve() });
    let n = 0;
    const call = (): Promise<never> => (n++, Promise.reject(sdkError('AccessDenied', 403)));
    await expect(callAws(LIST_ROLES, call, ctx)).rejects.toBeInstanceOf(AwsCallError);
    await expect(callAws(LIST_ROLES, call, ctx)).rejects.toMatchObject({ error: { kind: 'access-denied' } });
    expect(n).toBe(1);
    expect(ctx.stats).toEqual({ attempted: 2, succeeded: 0, failed: 2 });
    // Another operation is still called.
    await expect(callAws({ service: 'iam', action: 'ListUsers' }, () => Promise.resolve(1), ctx)).resolves.toBe(1);
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

describe('an unreachable endpoint', () => {
  it('gets one attempt per call once a call has exhausted its retries on network errors', async () => {
    const ctx = newCallContext({ sleep: () => Promise.resolve() });
    const refused = (): Promise<never> => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }));
    await expect(callAws(LIST_ROLES, refused, ctx)).rejects.toMatchObject({ attempts: 5, error: { kind: 'network' } });
    await expect(callAws({ service: 'iam', action: 'ListUsers' }, refused, ctx)).rejects.toMatchObject({ attempts: 1 });
  });
});
