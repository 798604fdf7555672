/**
 * Read-only GitHub REST calls within the bounds of an online run (aws/run.ts): the run's deadline,
 * its retry-wait budget and Retry-After ceiling (planRetryWait), a time limit per attempt, and caps on
 * the bytes of one answer and of all answers. Node's built-in fetch; no SDK.
 *
 * GitHub semantics followed here (docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api,
 * …/best-practices-for-using-the-rest-api):
 * - primary rate limit: 403 or 429 with `x-ratelimit-remaining: 0`; do not retry before
 *   `x-ratelimit-reset` (epoch seconds);
 * - secondary rate limit: 403 or 429; wait `retry-after` seconds when present, else at least a minute;
 * - a renamed or transferred repository answers 301 with the `/repositories/{id}` URL: follow it;
 * - lists page with the `Link` header (`rel="next"`).
 * The token is sent only to the configured API origin and never appears in an error or a finding.
 */
import { planRetryWait } from '../aws/retry.js';
import { EtagCache } from './cache.js';
import { abortableSleep, formatSeconds, type OnlineRun } from '../aws/run.js';

export type GitHubErrorKind =
  | 'not-found'
  | 'forbidden'
  | 'credentials'
  | 'rate-limited'
  | 'server'
  | 'timeout'
  | 'network'
  | 'malformed'
  | 'client'
  | 'deadline'
  | 'truncated';

export interface GitHubError {
  kind: GitHubErrorKind;
  status?: number;
  message: string;
  /** Why retrying stopped before the attempts ran out. */
  retryStopped?: string;
}

/** A call that failed for good. `endpoint` is the route template, e.g. `GET /repos/{owner}/{repo}`. */
export class GitHubCallError extends Error {
  override readonly name = 'GitHubCallError';

  constructor(
    readonly endpoint: string,
    readonly error: GitHubError,
    readonly attempts: number,
  ) {
    super(`${endpoint}: ${error.message}`);
  }
}

export interface GitHubAnswer {
  status: number;
  /** The parsed JSON body (undefined for 304 and empty bodies). */
  body: unknown;
  headers: Headers;
  /** URLs of the redirects followed, in order (a renamed or transferred repository). */
  redirects: string[];
}

export interface GitHubClientOptions {
  /** API base URL (default https://api.github.com; GHES: https://HOST/api/v3). */
  apiUrl?: string;
  /** Never printed. */
  token?: string;
  /** One attempt, body included (default 30 s). */
  attemptTimeoutMs?: number;
  /** Pages one listing may read (default 10). */
  pageCap?: number;
  /** `Date.now()` unless injected (rate-limit reset times are wall-clock). */
  now?: () => number;
  /** Folder of the ETag cache (e.g. `~/.cache/trustlint`); no cache when absent. */
  cacheDir?: string;
}

export interface CallCount {
  /** Logical calls (retries of one call count once; so does a redirect). */
  attempted: number;
  succeeded: number;
  failed: number;
  /** HTTP requests sent, retries and redirects included. */
  requests: number;
  /** Answers reused from the ETag cache (304 Not Modified). */
  notModified: number;
}

const REDIRECTS = new Set([301, 302, 307, 308]);
const MAX_REDIRECTS = 3;
const NETWORK = /ECONNREFUSED|ECONNRESET|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_SOCKET|other side closed|fetch failed/i;

/** A function, not a property read: the signal aborts while a call is awaited, which narrowing cannot see. */
function expired(run: OnlineRun): boolean {
  return run.signal.aborted;
}

export const DEFAULT_GITHUB_API = 'https://api.github.com';

export class GitHubClient {
  readonly apiUrl: string;
  readonly stats: CallCount = { attempted: 0, succeeded: 0, failed: 0, requests: 0, notModified: 0 };
  private readonly cache: EtagCache | undefined;
  private readonly origin: string;
  private readonly attemptTimeoutMs: number;
  readonly pageCap: number;
  private readonly now: () => number;

  constructor(
    readonly run: OnlineRun,
    private readonly options: GitHubClientOptions = {},
  ) {
    this.apiUrl = (options.apiUrl ?? DEFAULT_GITHUB_API).replace(/\/+$/, '');
    this.origin = new URL(this.apiUrl).origin;
    this.attemptTimeoutMs = options.attemptTimeoutMs ?? 30_000;
    this.pageCap = options.pageCap ?? 10;
    this.now = options.now ?? Date.now;
    this.cache = options.cacheDir !== undefined ? new EtagCache(options.cacheDir, options.token, run.maxResponseBytes) : undefined;
  }

  /** Whether a token is configured (never the token itself). */
  get authenticated(): boolean {
    return this.options.token !== undefined && this.options.token !== '';
  }

  /**
   * One logical GET: retried on rate limits, 5xx, timeouts and network errors within the run's
   * bounds; redirects followed (at most three, same origin only). 404 and other 4xx answers are
   * returned, not thrown, when `accept` lists them (a missing repository is a result, not a failure).
   */
  async get(endpoint: string, path: string, accept: readonly number[] = [], extraHeaders: Record<string, string> = {}): Promise<GitHubAnswer> {
    const fail = (error: GitHubError, attempts: number): GitHubCallError => {
      this.stats.attempted++;
      this.stats.failed++;
      return new GitHubCallError(endpoint, error, attempts);
    };
    if (this.run.signal.aborted) throw fail(this.deadline(), 0);
    let url = path.startsWith('http') ? path : `${this.apiUrl}${path}`;
    const redirects: string[] = [];
    let attempt = 0;
    for (;;) {
      attempt++;
      let outcome: { answer: GitHubAnswer } | { error: GitHubError; retryAfterMs?: number; retryable: boolean };
      try {
        outcome = await this.attempt(url, extraHeaders);
      } catch (err) {
        if (expired(this.run)) throw fail(this.deadline(), attempt);
        outcome = this.classify(err);
      }
      if ('answer' in outcome) {
        const { answer } = outcome;
        if (REDIRECTS.has(answer.status)) {
          const location = answer.headers.get('location');
          const next = location ? new URL(location, url) : undefined;
          if (!next || next.origin !== this.origin || redirects.length >= MAX_REDIRECTS) {
            throw fail({ kind: 'malformed', status: answer.status, message: `a redirect ${next ? (next.origin !== this.origin ? 'to another host' : 'chain longer than 3') : 'without a Location header'} was not followed` }, attempt);
          }
          redirects.push(next.href);
          url = next.href;
          attempt = 0;
          continue;
        }
        if ((answer.status >= 200 && answer.status < 300) || answer.status === 304 || accept.includes(answer.status)) {
          this.stats.attempted++;
          this.stats.succeeded++;
          return { ...answer, redirects };
        }
        outcome = this.failureOf(answer);
      }
      if (!outcome.retryable || attempt >= Math.max(1, this.run.retry.maxAttempts ?? 5)) {
        throw fail(attempt > 1 && outcome.retryable ? { ...outcome.error, message: `${outcome.error.message} (after ${attempt} attempts)` } : outcome.error, attempt);
      }
      // The deadline is wall-clock: planned against Date.now(); `now` only converts rate-limit reset times.
      const plan = planRetryWait(this.run, attempt, outcome.retryAfterMs);
      if ('stop' in plan) throw fail({ ...outcome.error, retryStopped: plan.stop }, attempt);
      this.run.retryWaitMs += plan.waitMs;
      try {
        await (this.run.retry.sleep ?? abortableSleep)(plan.waitMs, this.run.signal);
      } catch {
        throw fail(this.deadline(), attempt);
      }
    }
  }

  /**
   * Every page of a list endpoint (`Link: rel="next"`), up to the page cap; a list longer than the cap
   * fails as `truncated` with what was read, so the caller can say what was not checked.
   */
  async getPaged<T>(endpoint: string, path: string, pick: (body: unknown) => T[] | undefined): Promise<{ items: T[]; truncated?: GitHubCallError }> {
    const items: T[] = [];
    let next: string | undefined = path.includes('?') ? `${path}&per_page=100` : `${path}?per_page=100`;
    for (let page = 0; next !== undefined; page++) {
      if (page >= this.pageCap) {
        return { items, truncated: new GitHubCallError(endpoint, { kind: 'truncated', message: `the list has more than ${this.pageCap} pages; only the first ${items.length} items were read` }, 1) };
      }
      const answer = await this.get(endpoint, next);
      const got = pick(answer.body);
      if (!got) throw new GitHubCallError(endpoint, { kind: 'malformed', status: answer.status, message: 'the answer is not the list GitHub returns' }, 1);
      for (const item of got) items.push(item);
      const link = nextLink(answer.headers.get('link'), this.origin);
      // A next page elsewhere is not followed (the token would go with it), and not silently dropped.
      if (link === null) throw new GitHubCallError(endpoint, { kind: 'malformed', status: answer.status, message: 'the next page is on another host or not a URL' }, 1);
      next = link;
    }
    return { items };
  }

  private deadline(): GitHubError {
    return { kind: 'deadline', message: `the time limit of the online checks (${formatSeconds(this.run.timeoutMs)}) expired first` };
  }

  private async attempt(url: string, extraHeaders: Record<string, string>): Promise<{ answer: GitHubAnswer } | { error: GitHubError; retryable: boolean }> {
    const timer = new AbortController();
    const timeout = setTimeout(() => {
      timer.abort(Object.assign(new Error(`the response did not complete within ${formatSeconds(this.attemptTimeoutMs)}`), { name: 'TimeoutError' }));
    }, this.attemptTimeoutMs);
    timeout.unref();
    const signal = AbortSignal.any([this.run.signal, timer.signal]);
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'trustlint',
      ...extraHeaders,
    };
    // Only to the API's own origin: a redirect elsewhere is refused before this point anyway.
    if (this.authenticated && new URL(url).origin === this.origin) headers.authorization = `Bearer ${this.options.token ?? ''}`;
    const cached = this.cache?.get(url);
    if (cached) headers['if-none-match'] = cached.etag;
    this.stats.requests++;
    try {
      const response = await fetch(url, { headers, redirect: 'manual', signal });
      const text = await this.readBody(response, signal);
      let body: unknown;
      if (text !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          return { error: { kind: 'malformed', status: response.status, message: `the answer (HTTP ${response.status}) is not JSON` }, retryable: false };
        }
      }
      if (response.status === 304 && cached) {
        this.stats.notModified++;
        return { answer: { status: 200, body: cached.body, headers: response.headers, redirects: [] } };
      }
      const etag = response.headers.get('etag');
      if (this.cache && response.status === 200 && etag) this.cache.set(url, etag, body);
      return { answer: { status: response.status, body, headers: response.headers, redirects: [] } };
    } finally {
      clearTimeout(timeout);
    }
  }

  /** The body as text, failing past the per-answer and per-run byte caps. */
  private async readBody(response: Response, signal: AbortSignal): Promise<string> {
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > this.run.maxResponseBytes) {
      await response.body?.cancel();
      throw Object.assign(new Error(`the response was larger than ${this.run.maxResponseBytes} bytes`), { name: 'ResponseTooLarge' });
    }
    if (!response.body) return '';
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const chunks: Uint8Array[] = [];
    let seen = 0;
    for (;;) {
      if (signal.aborted) throw signal.reason as Error;
      const { done, value } = await reader.read();
      if (done) break;
      seen += value.length;
      this.run.responseBytes += value.length;
      if (seen > this.run.maxResponseBytes || this.run.responseBytes > this.run.maxTotalResponseBytes) {
        await reader.cancel();
        throw Object.assign(new Error(seen > this.run.maxResponseBytes ? `the response was larger than ${this.run.maxResponseBytes} bytes` : `the responses of this run passed ${this.run.maxTotalResponseBytes} bytes`), { name: 'ResponseTooLarge' });
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  private classify(err: unknown): { error: GitHubError; retryable: boolean } {
    const e = err as { name?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
    const message = typeof e.message === 'string' ? e.message : String(err);
    const cause = `${typeof e.cause?.code === 'string' ? e.cause.code : ''} ${typeof e.cause?.message === 'string' ? e.cause.message : ''}`;
    if (e.name === 'ResponseTooLarge') return { error: { kind: 'malformed', message }, retryable: false };
    if (e.name === 'TimeoutError' || (e.name === 'AbortError' && !this.run.signal.aborted)) return { error: { kind: 'timeout', message }, retryable: true };
    if (NETWORK.test(cause) || NETWORK.test(message)) return { error: { kind: 'network', message: `${message}${cause.trim() ? ` (${cause.trim()})` : ''}` }, retryable: true };
    return { error: { kind: 'network', message }, retryable: true };
  }

  /** A non-success answer: what it means, whether a retry can help, and when. */
  private failureOf(answer: GitHubAnswer): { error: GitHubError; retryAfterMs?: number; retryable: boolean } {
    const { status, headers } = answer;
    const apiMessage = messageOf(answer.body);
    const said = apiMessage ? `: ${apiMessage}` : '';
    const retryAfter = Number(headers.get('retry-after'));
    const remaining = headers.get('x-ratelimit-remaining');
    const reset = Number(headers.get('x-ratelimit-reset'));
    const secondary = /secondary rate limit|abuse/i.test(apiMessage);
    if (status === 429 || ((status === 403 || status === 429) && (remaining === '0' || secondary || headers.has('retry-after')))) {
      let retryAfterMs: number | undefined;
      if (Number.isFinite(retryAfter) && headers.has('retry-after')) retryAfterMs = retryAfter * 1000;
      else if (remaining === '0' && Number.isFinite(reset)) retryAfterMs = Math.max(0, reset * 1000 - this.now());
      // Secondary limit without retry-after: GitHub asks for at least a minute.
      else if (secondary) retryAfterMs = 60_000;
      const which = remaining === '0' ? 'primary' : 'secondary';
      const when = remaining === '0' && Number.isFinite(reset) ? ` (resets at ${new Date(reset * 1000).toISOString()})` : '';
      return {
        error: { kind: 'rate-limited', status, message: `HTTP ${status}, ${which} rate limit${when}${said}` },
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        retryable: true,
      };
    }
    if (status === 401) return { error: { kind: 'credentials', status, message: `HTTP 401: the token was rejected${said}` }, retryable: false };
    if (status === 403) return { error: { kind: 'forbidden', status, message: `HTTP 403: the token may not read this${said}` }, retryable: false };
    if (status === 404) return { error: { kind: 'not-found', status, message: `HTTP 404${said}` }, retryable: false };
    if (status >= 500) return { error: { kind: 'server', status, message: `HTTP ${status}${said}` }, retryable: true };
    return { error: { kind: 'client', status, message: `HTTP ${status}${said}` }, retryable: false };
  }
}

function messageOf(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const m = (body as { message?: unknown }).message;
  return typeof m === 'string' ? m.replace(/\s+/g, ' ').slice(0, 200) : '';
}

/** The `rel="next"` URL of a Link header; null when it is not a URL on the API's origin. */
export function nextLink(link: string | null, origin: string): string | undefined | null {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (m?.[1] && m[2]?.split(/\s+/).includes('next')) {
      try {
        const url = new URL(m[1]);
        return url.origin === origin ? url.href : null;
      } catch {
        return null;
      }
    }
  }
  return undefined;
}
