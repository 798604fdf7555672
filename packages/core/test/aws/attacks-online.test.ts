/**
 * Hostile or broken AWS endpoints, on 127.0.0.1, against the real SDK clients: endless pagination,
 * silent and trickling answers, huge Retry-After values, HTML and garbage 200 answers, and bodies
 * without end. Each run must end (small time limits, an injected sleep — no wall-clock assertion),
 * report what it could not do (`aws-check-failed`, never a silent pass), make a bounded number of
 * requests and hold a bounded amount of memory.
 */
import { describe, expect, it } from 'vitest';
import { runAccessAnalyzerChecks, scanLiveAccount, type ScanResult } from '../../src/aws/index.js';
import type { Finding } from '../../src/model/finding.js';
import { readPolicyFile } from '../../src/sources/policy-file.js';
import { prng } from '../robustness/mutate.js';
import { ACCOUNT, githubTrust, plantedAccount, type Fault, type FakeAws } from './fake-aws.js';
import { NOW, recorder, settings, start } from './wire-kit.js';

/** A hang on the code before these bounds shows as a failed test, not a stuck suite. */
const HANG = 20_000;

function failures(result: { findings: readonly Finding[] }): Finding[] {
  return result.findings.filter((f) => f.ruleId === 'aws-check-failed');
}

/** [operation, kind] of each aws-check-failed finding. */
function failed(result: { findings: readonly Finding[] }): [unknown, unknown][] {
  return failures(result).map((f) => [f.properties?.operation, f.properties?.kind]);
}

function requests(f: FakeAws, action: string): number {
  return f.requests.filter((r) => r.action === action).length;
}

/** Peak of the bytes the process holds (heap and buffers) while `run` runs, above the start. */
async function peakBytes<T>(run: () => Promise<T>): Promise<{ result: T; peak: number }> {
  const held = (): number => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const base = held();
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, held() - base);
  }, 5);
  try {
    const result = await run();
    peak = Math.max(peak, held() - base);
    return { result, peak };
  } finally {
    clearInterval(timer);
  }
}

const TRUST_TEXT = JSON.stringify(githubTrust('repo:acme/app:ref:refs/heads/main'), null, 2);
const docs = (n: number) => Array.from({ length: n }, (_, i) => readPolicyFile(`iam/trust-${i}.json`, TRUST_TEXT, false).documents[0]!);

describe('endless pagination', () => {
  it('ValidatePolicy returning a fresh nextToken for ever stops at 20 pages and says so', { timeout: HANG }, async () => {
    const f = await start({ validate: () => [], endless: ['ValidatePolicy'] });
    const result = await runAccessAnalyzerChecks(docs(1), settings(f), { retry: recorder() });
    expect(failed(result)).toEqual([['access-analyzer:ValidatePolicy', 'truncated']]);
    expect(failures(result)[0]!.message).toBe(
      'access-analyzer:ValidatePolicy was cut short for iam/trust-0.json: more than the cap of 20 pages; Access Analyzer findings after page 20 are missing',
    );
    expect(failures(result)[0]!.location?.file).toBe('iam/trust-0.json');
    // 20 pages and the one that proves there was more.
    expect(requests(f, 'ValidatePolicy')).toBe(21);
    expect(result.checked).toBe(1);
  });

  it.each([
    ['ListRoles', 100],
    ['ListUsers', 100],
  ])('%s announcing another page for ever stops at %i pages and says so', { timeout: HANG }, async (action, pages) => {
    const state = plantedAccount();
    const f = await start({ ...state, pageSize: 3, endless: [action] });
    const result = await scanLiveAccount(settings(f), { now: NOW, retry: recorder() });
    expect(failed(result)).toContainEqual([`iam:${action}`, 'truncated']);
    expect(failures(result).find((x) => x.properties?.operation === `iam:${action}`)!.message).toMatch(new RegExp(`^iam:${action} was cut short: more than the cap of ${pages} pages; `));
    expect(requests(f, action)).toBe(pages + 1);
  });

  it('ListAccessKeys announcing another page for ever stops at 10 pages for that user', { timeout: HANG }, async () => {
    const f = await start({ ...plantedAccount(), endless: ['ListAccessKeys'] });
    const result = await scanLiveAccount(settings(f), { now: NOW, retry: recorder() });
    const cut = failures(result).filter((x) => x.properties?.operation === 'iam:ListAccessKeys');
    // One finding per user: each listing was cut on its own.
    expect(cut.map((x) => [x.resource, x.properties?.kind])).toEqual([
      [`arn:aws:iam::${ACCOUNT}:user/alice`, 'truncated'],
      [`arn:aws:iam::${ACCOUNT}:user/bob`, 'truncated'],
      [`arn:aws:iam::${ACCOUNT}:user/legacy-ci`, 'truncated'],
    ]);
    expect(requests(f, 'ListAccessKeys')).toBe(3 * 11);
  });

  it('an item cap cuts a listing whose pages are too long', { timeout: HANG }, async () => {
    const roles = Array.from({ length: 30 }, (_, i) => ({ name: `r${i}`, policy: githubTrust('repo:acme/app:ref:refs/heads/main') }));
    const f = await start({ roles, pageSize: 7 });
    const result = await scanLiveAccount(settings(f), { now: NOW, retry: recorder(), listings: { ListRoles: { pages: 100, items: 10 } } });
    expect(failures(result).map((x) => x.message)).toEqual(['iam:ListRoles was cut short: more than the cap of 10 items; only the first 10 roles were scanned']);
    expect(result.counts.roles).toBe(10);
    expect(requests(f, 'ListRoles')).toBe(2);
  });
});

describe('silent and slow endpoints', () => {
  it('a silent endpoint: the time limit ends every call, and each unfinished one is reported', { timeout: HANG }, async () => {
    const f = await start({ validate: () => [], faults: { ValidatePolicy: Array<Fault>(10).fill('silent') } });
    const retry = recorder();
    const result = await runAccessAnalyzerChecks(docs(10), settings(f), { retry, timeoutMs: 3000, concurrency: 4 });
    expect(failed(result)).toEqual([['access-analyzer:ValidatePolicy', 'deadline']]);
    const finding = failures(result)[0]!;
    expect(finding.message).toBe(
      'access-analyzer:ValidatePolicy did not finish for 10 resources (iam/trust-0.json, iam/trust-1.json, iam/trust-2.json, iam/trust-3.json, iam/trust-4.json, and 5 more): the time limit of the online checks (3 s) expired first; the policy was not validated by Access Analyzer',
    );
    expect(finding.properties?.resources).toEqual(docs(10).map((d) => d.file));
    // Four calls were in flight when the limit expired; the six queued ones never started.
    expect(requests(f, 'ValidatePolicy')).toBe(4);
    expect(retry.sleeps).toEqual([]);
    expect(result.stats).toEqual({ attempted: 10, succeeded: 0, failed: 10 });
  });

  it('a silent endpoint within the time limit: each attempt gives up on its own and is retried', { timeout: HANG }, async () => {
    const f = await start({ ...plantedAccount(), faults: { ListRoles: ['silent', 'silent'] } });
    const retry = recorder();
    const result = await scanLiveAccount(settings(f, { requestTimeoutMs: 300 }), { now: NOW, retry: { ...retry, maxAttempts: 2 } });
    expect(failed(result)).toEqual([['iam:ListRoles', 'timeout']]);
    expect(failures(result)[0]!.properties?.attempts).toBe(2);
    expect(requests(f, 'ListRoles')).toBe(2);
    expect(retry.sleeps).toEqual([125]);
  });

  it('a body trickled one byte at a time times out as a whole, though no byte is late', { timeout: HANG }, async () => {
    // 50 ms a byte: the answer would take minutes, and every byte resets an idle timeout.
    const f = await start({ ...plantedAccount(), faults: { ListOpenIDConnectProviders: [{ trickle: 50 }, { trickle: 50 }] } });
    const retry = recorder();
    const result = await scanLiveAccount(settings(f, { requestTimeoutMs: 500 }), { now: NOW, retry: { ...retry, maxAttempts: 2 } });
    expect(failed(result)).toEqual([['iam:ListOpenIDConnectProviders', 'timeout']]);
    expect(failures(result)[0]!.message).toContain('(TimeoutError: the response did not complete within 0.5 s)');
    expect(requests(f, 'ListOpenIDConnectProviders')).toBe(2);
    // Only a part of the answer was sent before the client gave up.
    for (const r of f.requests.filter((x) => x.action === 'ListOpenIDConnectProviders')) expect(r.bytesSent).toBeLessThan(100);
  });

  it('a trickling endpoint under the time limit: the scan ends at the limit with what it read', { timeout: HANG }, async () => {
    const f = await start({ ...plantedAccount(), faults: { ListUsers: Array<Fault>(5).fill({ trickle: 50 }) } });
    const result = await scanLiveAccount(settings(f), { now: NOW, retry: recorder(), timeoutMs: 4000 });
    expect(failed(result)).toEqual([['iam:ListUsers', 'deadline']]);
    // Providers and roles were read before: their findings are there.
    expect(result.findings.filter((x) => x.ruleId === 'oidc-any-owner')).toHaveLength(1);
    expect(requests(f, 'ListUsers')).toBe(1);
  });
});

describe('Retry-After', () => {
  it('a Retry-After of an hour is not honoured: the call fails at once and says why', { timeout: HANG }, async () => {
    const f = await start({ ...plantedAccount(), validate: () => [], faults: { ValidatePolicy: [{ throttle: 3600 }], ListRoles: [{ throttle: 3600 }] } });
    const retry = recorder();
    const aa = await runAccessAnalyzerChecks(docs(1), settings(f), { retry });
    const scan = await scanLiveAccount(settings(f), { now: NOW, retry });
    expect(retry.sleeps).toEqual([]);
    expect(requests(f, 'ValidatePolicy')).toBe(1);
    expect(requests(f, 'ListRoles')).toBe(1);
    expect(failures(aa)[0]!.message).toBe(
      'access-analyzer:ValidatePolicy failed for iam/trust-0.json: still throttled (ThrottlingException: Rate exceeded); not retried further: the service asked to retry after 3600 s, longer than the 30 s trustlint waits; the policy was not validated by Access Analyzer',
    );
    expect(failures(scan).map((x) => [x.properties?.operation, x.properties?.kind, x.properties?.retryStopped])).toEqual([
      ['iam:ListRoles', 'throttled', 'the service asked to retry after 3600 s, longer than the 30 s trustlint waits'],
    ]);
  });

  it('the retry waits of a run stop at their total cap', { timeout: HANG }, async () => {
    const f = await start({ validate: () => [], faults: { ValidatePolicy: Array<Fault>(10).fill({ throttle: 25 }) } });
    const retry = recorder();
    const result = await runAccessAnalyzerChecks(docs(2), settings(f), { retry, concurrency: 1 });
    // 25 s + 25 s = 50 s; a third wait would pass 60 s: neither document gets another.
    expect(retry.sleeps).toEqual([25_000, 25_000]);
    expect(requests(f, 'ValidatePolicy')).toBe(4);
    expect(failures(result).map((x) => [x.location?.file, x.properties?.attempts, x.properties?.retryStopped])).toEqual([
      ['iam/trust-0.json', 3, 'the retry waits of this run would pass their cap of 60 s'],
      ['iam/trust-1.json', 1, 'the retry waits of this run would pass their cap of 60 s'],
    ]);
  });

  it('a wait that would end after the time limit is not started', { timeout: HANG }, async () => {
    const f = await start({ validate: () => [], faults: { ValidatePolicy: [{ throttle: 10 }] } });
    const retry = recorder();
    const result = await runAccessAnalyzerChecks(docs(1), settings(f), { retry, timeoutMs: 5000 });
    expect(retry.sleeps).toEqual([]);
    expect(failures(result)[0]!.properties?.retryStopped).toBe('the wait of 10 s would end after the time limit of the online checks');
  });
});

/** A scan whose every IAM call gets `fault` (up to four requests each). */
async function scanWith(fault: Fault): Promise<{ f: FakeAws; result: ScanResult }> {
  const every = (): Fault[] => Array<Fault>(4).fill(fault);
  const f = await start({ ...plantedAccount(), faults: { ListOpenIDConnectProviders: every(), ListRoles: every(), ListUsers: every() } });
  const result = await scanLiveAccount(settings(f), { now: NOW, retry: recorder() });
  return { f, result };
}

describe('answers that are not AWS answers', () => {
  it('a 200 HTML page (a proxy\'s sign-in page) fails every call: nothing was checked', { timeout: HANG }, async () => {
    const { f, result } = await scanWith('html-200');
    expect(failed(result)).toEqual([
      ['iam:ListOpenIDConnectProviders', 'malformed'],
      ['iam:ListRoles', 'malformed'],
      ['iam:ListUsers', 'malformed'],
    ]);
    expect(failures(result)[1]!.message).toBe(
      'iam:ListRoles failed: the response could not be read (MalformedResponse: the 200 answer to ListRoles has no Roles: it is not an AWS ListRoles response); no role was scanned',
    );
    expect(result.stats).toEqual({ attempted: 3, succeeded: 0, failed: 3 });
    // Not retried: another copy of the same page would not help.
    expect(f.requests).toHaveLength(3);

    const aaFake = await start({ faults: { ValidatePolicy: ['html-200'] } });
    const aa = await runAccessAnalyzerChecks(docs(1), settings(aaFake), { retry: recorder() });
    expect(failed(aa)).toEqual([['access-analyzer:ValidatePolicy', 'malformed']]);
    expect(aa.stats.succeeded).toBe(0);
  });

  const XML_GARBAGE = [
    '',
    ' ',
    'garbage',
    '<foo/>',
    '<?xml version="1.0"?><ListRolesResponse><Other/></ListRolesResponse>',
    '<ListRolesResponse><ListRolesResult><Roles><member><RoleName>x</Rol',
    '<ListRolesResponse><ListRolesResult>',
    '{"Roles": []}',
    '[]',
    'null',
    '\u0000\u0001\u0002',
    '<!-- a comment -->',
    '<![CDATA[<ListRolesResponse/>]]>',
  ];
  const JSON_GARBAGE = ['', 'null', '[]', '{}', '"findings"', '5', '{"findings": 5}', '{"findings": "x"}', '{"findings": [5]}', '{"findings": [{"findingType": 5}]}', '{"findings": [{}]}', '{"findings": [ {"findingType": "ERR', '<html/>', '\u0000'];
  /** Seeded random bytes as text: never an AWS answer. */
  const random = prng(0x0a11);
  const noise = (): string => Array.from({ length: 1 + Math.floor(random() * 200) }, () => String.fromCharCode(Math.floor(random() * 256))).join('');
  const XML_NOISE = Array.from({ length: 30 }, noise);
  const JSON_NOISE = Array.from({ length: 30 }, noise);

  it.each([...XML_GARBAGE, ...XML_NOISE].map((body, i) => [i, body] as const))('IAM 200 answer #%i of garbage is a failed ListRoles', { timeout: HANG }, async (_i, body) => {
    const f = await start({ ...plantedAccount(), faults: { ListRoles: [{ raw: { status: 200, contentType: 'text/xml', body } }] } });
    const result = await scanLiveAccount(settings(f), { now: NOW, retry: recorder() });
    expect(failed(result)).toEqual([['iam:ListRoles', 'malformed']]);
    expect(requests(f, 'ListRoles')).toBe(1);
    expect(result.counts.roles).toBe(0);
  });

  it.each([...JSON_GARBAGE, ...JSON_NOISE].map((body, i) => [i, body] as const))('Access Analyzer 200 answer #%i of garbage is a failed ValidatePolicy', { timeout: HANG }, async (_i, body) => {
    const f = await start({ faults: { ValidatePolicy: [{ raw: { status: 200, contentType: 'application/json', body } }] } });
    const result = await runAccessAnalyzerChecks(docs(1), settings(f), { retry: recorder() });
    expect(failed(result)).toEqual([['access-analyzer:ValidatePolicy', 'malformed']]);
    expect(result.checked).toBe(0);
  });
});

describe('answers without end', () => {
  it('a 200 body of 128 MiB is read up to the 16 MiB cap, then the call fails; memory stays bounded', { timeout: HANG }, async () => {
    const f = await start({ ...plantedAccount(), faults: { ListRoles: [{ flood: 128 * 1024 * 1024 }] } });
    const { result, peak } = await peakBytes(() => scanLiveAccount(settings(f), { now: NOW, retry: recorder() }));
    expect(failed(result)).toEqual([['iam:ListRoles', 'malformed']]);
    expect(failures(result)[0]!.message).toContain('(ResponseTooLarge: the response was larger than 16777216 bytes)');
    expect(requests(f, 'ListRoles')).toBe(1);
    // The server wrote what the client read plus what the sockets buffer, far from 128 MiB.
    expect(f.requests.find((r) => r.action === 'ListRoles')!.bytesSent).toBeLessThan(32 * 1024 * 1024);
    expect(peak).toBeLessThan(96 * 1024 * 1024);
  });

  it('a declared Content-Length past the cap is refused before reading', { timeout: HANG }, async () => {
    const body = `<ListRolesResponse><ListRolesResult><IsTruncated>false</IsTruncated><Roles>${'<member/>'.repeat(1000)}</Roles></ListRolesResult></ListRolesResponse>`;
    const headers = { 'content-length': String(Buffer.byteLength(body)) };
    const f = await start({ ...plantedAccount(), faults: { ListRoles: [{ raw: { status: 200, contentType: 'text/xml', body, headers } }] } });
    const result = await scanLiveAccount(settings(f), { now: NOW, retry: recorder(), maxResponseBytes: 1024 });
    expect(failed(result)).toEqual([['iam:ListRoles', 'malformed']]);
    expect(failures(result)[0]!.message).toContain('(ResponseTooLarge: the response was larger than 1024 bytes)');
  });

  it('the bytes of all answers of a run are capped too', { timeout: HANG }, async () => {
    const f = await start({ ...plantedAccount(), pageSize: 1, endless: ['ListRoles'] });
    const result = await scanLiveAccount(settings(f), { now: NOW, retry: recorder(), maxTotalResponseBytes: 64 * 1024 });
    const cut = failures(result).find((x) => x.properties?.operation === 'iam:ListRoles')!;
    expect(cut.properties?.kind).toBe('malformed');
    expect(cut.message).toContain('(ResponseTooLarge: the responses of this run passed 65536 bytes)');
    expect(requests(f, 'ListRoles')).toBeLessThan(100);
  });
});
