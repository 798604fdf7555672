/**
 * The SDK clients' retry strategy and HTTP handler, bounded by the run. Loaded only by the SDK-backed
 * ports (sdk.ts, through `await import()`), like the SDK itself.
 */
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import type { HttpHandler, HttpRequest, HttpResponse } from '@smithy/core/protocols';
import { StandardRetryStrategy } from '@smithy/core/retry';
import { NodeHttpHandler, type NodeHttpHandlerOptions } from '@smithy/node-http-handler';
import type { HttpHandlerOptions, RetryErrorInfo, RetryStrategyV2, StandardRetryBackoffStrategy, StandardRetryToken } from '@smithy/types';
import type { AwsSettings } from './ports.js';
import { planRetryWait } from './retry.js';
import { abortableSleep, formatSeconds, type OnlineRun } from './run.js';

/** The SDK strategy must not wait itself: the wait is planned and taken below. */
const NO_SDK_WAIT: StandardRetryBackoffStrategy = {
  computeNextBackoffDelay: () => 0,
  setDelayBase: () => undefined,
};

/**
 * The SDK's StandardRetryStrategy decides whether a call is retried (throttling and transient errors
 * only, attempts left, the retry quota); planRetryWait decides how long it waits, within the run.
 */
export class RunRetryStrategy implements RetryStrategyV2 {
  private readonly sdk: StandardRetryStrategy;

  constructor(private readonly run: OnlineRun) {
    this.sdk = new StandardRetryStrategy({ maxAttempts: Math.max(1, run.retry.maxAttempts ?? 5), backoff: NO_SDK_WAIT });
  }

  acquireInitialRetryToken(scope: string): Promise<StandardRetryToken> {
    return this.sdk.acquireInitialRetryToken(scope);
  }

  recordSuccess(token: StandardRetryToken): void {
    this.sdk.recordSuccess(token);
  }

  async refreshRetryTokenForRetry(token: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<StandardRetryToken> {
    // Without the hint the SDK's own wait is 0 ms; it throws when no retry is allowed.
    const { retryAfterHint, ...withoutHint } = errorInfo;
    const next = await this.sdk.refreshRetryTokenForRetry(token, withoutHint);
    const plan = planRetryWait(this.run, next.getRetryCount(), retryAfterHint ? retryAfterHint.getTime() - Date.now() : undefined);
    if ('stop' in plan) {
      if (errorInfo.error) this.run.retryStops.set(errorInfo.error, plan.stop);
      throw new Error(plan.stop);
    }
    this.run.retryWaitMs += plan.waitMs;
    await (this.run.retry.sleep ?? abortableSleep)(plan.waitMs, this.run.signal);
    return next;
  }
}

function namedError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name });
}

/**
 * Node's handler with a limit on each attempt as a whole and on the bytes read. Its own timeouts
 * end when the headers arrive (requestTimeout) or restart with every byte (socketTimeout), so a body
 * trickled a byte a second would never time out; and it reads a body of any size.
 */
export class BoundedHttpHandler implements HttpHandler<NodeHttpHandlerOptions> {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  private readonly inner: NodeHttpHandler;

  constructor(
    private readonly run: OnlineRun,
    private readonly attemptTimeoutMs: number,
    options: NodeHttpHandlerOptions,
  ) {
    this.inner = new NodeHttpHandler(options);
  }

  async handle(request: HttpRequest, options: HttpHandlerOptions = {}): Promise<{ response: HttpResponse }> {
    const attempt = new AbortController();
    const timeout = (): Error => namedError('TimeoutError', `the response did not complete within ${formatSeconds(this.attemptTimeoutMs)}`);
    const timer = setTimeout(() => {
      attempt.abort(timeout());
    }, this.attemptTimeoutMs);
    timer.unref();
    // The SDK hands over the signal given to send(): the run's, a Node AbortSignal.
    const outer = options.abortSignal as AbortSignal | undefined;
    const forward = (): void => {
      attempt.abort(outer?.reason);
    };
    if (outer?.aborted) forward();
    else outer?.addEventListener('abort', forward);
    const done = (): void => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', forward);
    };
    let response: HttpResponse;
    try {
      ({ response } = await this.inner.handle(request, { ...options, abortSignal: attempt.signal }));
    } catch (err) {
      done();
      // Our own abort surfaces as the SDK's AbortError: say what it was (a timeout is retried).
      throw attempt.signal.aborted && !(outer?.aborted ?? false) ? timeout() : err;
    }
    const body = response.body as Readable;
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > this.run.maxResponseBytes) {
      done();
      body.destroy();
      throw this.tooLarge();
    }
    response.body = this.bounded(body, attempt.signal, done);
    return { response };
  }

  private tooLarge(): Error {
    return namedError('ResponseTooLarge', `the response was larger than ${this.run.maxResponseBytes} bytes`);
  }

  /** The body, failing when it grows past the caps or the attempt's time runs out. */
  private bounded(body: Readable, signal: AbortSignal, done: () => void): Transform {
    const run = this.run;
    let seen = 0;
    const limited = new Transform({
      transform: (chunk: Buffer, _encoding, callback) => {
        seen += chunk.length;
        run.responseBytes += chunk.length;
        if (seen > run.maxResponseBytes) callback(this.tooLarge());
        else if (run.responseBytes > run.maxTotalResponseBytes) {
          callback(namedError('ResponseTooLarge', `the responses of this run passed ${run.maxTotalResponseBytes} bytes`));
        } else callback(null, chunk);
      },
    });
    const onAbort = (): void => {
      limited.destroy(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    limited.once('close', () => {
      signal.removeEventListener('abort', onAbort);
      done();
      // An unfinished body holds the socket: close it (a finished one goes back to the agent).
      if (!body.readableEnded) body.destroy();
    });
    body.once('error', (err) => limited.destroy(err));
    body.pipe(limited);
    return limited;
  }

  updateHttpClientConfig(key: keyof NodeHttpHandlerOptions, value: NodeHttpHandlerOptions[typeof key]): void {
    this.inner.updateHttpClientConfig(key, value);
  }

  httpHandlerConfigs(): NodeHttpHandlerOptions {
    return this.inner.httpHandlerConfigs();
  }

  destroy(): void {
    // Shared pools belong to the run (NodeHttpHandler.destroy would end them for every client).
    if (!this.run.agents) this.inner.destroy();
  }
}

/** Client settings for the run: the bounded retry strategy and HTTP handler. */
export function transportConfig(settings: AwsSettings, run: OnlineRun): Record<string, unknown> {
  const attemptTimeoutMs = settings.requestTimeoutMs ?? 30_000;
  return {
    maxAttempts: Math.max(1, run.retry.maxAttempts ?? 5),
    retryStrategy: new RunRetryStrategy(run),
    requestHandler: new BoundedHttpHandler(run, attemptTimeoutMs, {
      connectionTimeout: Math.min(settings.connectionTimeoutMs ?? 5_000, attemptTimeoutMs),
      requestTimeout: attemptTimeoutMs,
      // A connection silent this long is dead, whatever the attempt's limit.
      socketTimeout: Math.min(attemptTimeoutMs, 10_000),
      // Without it the handler only logs a warning and the call waits for ever.
      throwOnRequestTimeout: true,
      ...(run.agents ? { httpAgent: run.agents.http, httpsAgent: run.agents.https } : {}),
    }),
  };
}
