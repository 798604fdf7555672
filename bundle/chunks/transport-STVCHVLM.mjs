import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  abortableSleep,
  formatSeconds,
  planRetryWait
} from "./chunk-Z75U7XZM.mjs";
import {
  NodeHttpHandler
} from "./chunk-XG22BY3O.mjs";
import {
  StandardRetryStrategy
} from "./chunk-AW35DQJJ.mjs";
import "./chunk-6Q4DRXP5.mjs";
import "./chunk-MTHRA6ME.mjs";
import {
  init_define_TRUSTLINT_PACKAGE
} from "./chunk-DAIUEL45.mjs";

// packages/core/dist/aws/transport.js
init_define_TRUSTLINT_PACKAGE();
import { Transform } from "node:stream";
var NO_SDK_WAIT = {
  computeNextBackoffDelay: () => 0,
  setDelayBase: () => void 0
};
var RunRetryStrategy = class {
  run;
  sdk;
  constructor(run) {
    this.run = run;
    this.sdk = new StandardRetryStrategy({ maxAttempts: Math.max(1, run.retry.maxAttempts ?? 5), backoff: NO_SDK_WAIT });
  }
  acquireInitialRetryToken(scope) {
    return this.sdk.acquireInitialRetryToken(scope);
  }
  recordSuccess(token) {
    this.sdk.recordSuccess(token);
  }
  async refreshRetryTokenForRetry(token, errorInfo) {
    const { retryAfterHint, ...withoutHint } = errorInfo;
    const next = await this.sdk.refreshRetryTokenForRetry(token, withoutHint);
    const plan = planRetryWait(this.run, next.getRetryCount(), retryAfterHint ? retryAfterHint.getTime() - Date.now() : void 0);
    if ("stop" in plan) {
      if (errorInfo.error)
        this.run.retryStops.set(errorInfo.error, plan.stop);
      throw new Error(plan.stop);
    }
    this.run.retryWaitMs += plan.waitMs;
    await (this.run.retry.sleep ?? abortableSleep)(plan.waitMs, this.run.signal);
    return next;
  }
};
function namedError(name, message) {
  return Object.assign(new Error(message), { name });
}
var BoundedHttpHandler = class {
  run;
  attemptTimeoutMs;
  metadata = { handlerProtocol: "http/1.1" };
  inner;
  constructor(run, attemptTimeoutMs, options) {
    this.run = run;
    this.attemptTimeoutMs = attemptTimeoutMs;
    this.inner = new NodeHttpHandler(options);
  }
  async handle(request, options = {}) {
    const attempt = new AbortController();
    const timeout = () => namedError("TimeoutError", `the response did not complete within ${formatSeconds(this.attemptTimeoutMs)}`);
    const timer = setTimeout(() => {
      attempt.abort(timeout());
    }, this.attemptTimeoutMs);
    timer.unref();
    const outer = options.abortSignal;
    const forward = () => {
      attempt.abort(outer?.reason);
    };
    if (outer?.aborted)
      forward();
    else
      outer?.addEventListener("abort", forward);
    const done = () => {
      clearTimeout(timer);
      outer?.removeEventListener("abort", forward);
    };
    let response;
    try {
      ({ response } = await this.inner.handle(request, { ...options, abortSignal: attempt.signal }));
    } catch (err) {
      done();
      throw attempt.signal.aborted && !(outer?.aborted ?? false) ? timeout() : err;
    }
    const body = response.body;
    const declared = Number(response.headers["content-length"]);
    if (Number.isFinite(declared) && declared > this.run.maxResponseBytes) {
      done();
      body.destroy();
      throw this.tooLarge();
    }
    response.body = this.bounded(body, attempt.signal, done);
    return { response };
  }
  tooLarge() {
    return namedError("ResponseTooLarge", `the response was larger than ${this.run.maxResponseBytes} bytes`);
  }
  /** The body, failing when it grows past the caps or the attempt's time runs out. */
  bounded(body, signal, done) {
    const run = this.run;
    let seen = 0;
    const limited = new Transform({
      transform: (chunk, _encoding, callback) => {
        seen += chunk.length;
        run.responseBytes += chunk.length;
        if (seen > run.maxResponseBytes)
          callback(this.tooLarge());
        else if (run.responseBytes > run.maxTotalResponseBytes) {
          callback(namedError("ResponseTooLarge", `the responses of this run passed ${run.maxTotalResponseBytes} bytes`));
        } else
          callback(null, chunk);
      }
    });
    const onAbort = () => {
      limited.destroy(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    limited.once("close", () => {
      signal.removeEventListener("abort", onAbort);
      done();
      if (!body.readableEnded)
        body.destroy();
    });
    body.once("error", (err) => limited.destroy(err));
    body.pipe(limited);
    return limited;
  }
  updateHttpClientConfig(key, value) {
    this.inner.updateHttpClientConfig(key, value);
  }
  httpHandlerConfigs() {
    return this.inner.httpHandlerConfigs();
  }
  destroy() {
    if (!this.run.agents)
      this.inner.destroy();
  }
};
function transportConfig(settings, run) {
  const attemptTimeoutMs = settings.requestTimeoutMs ?? 3e4;
  return {
    maxAttempts: Math.max(1, run.retry.maxAttempts ?? 5),
    retryStrategy: new RunRetryStrategy(run),
    requestHandler: new BoundedHttpHandler(run, attemptTimeoutMs, {
      connectionTimeout: Math.min(settings.connectionTimeoutMs ?? 5e3, attemptTimeoutMs),
      requestTimeout: attemptTimeoutMs,
      // A connection silent this long is dead, whatever the attempt's limit.
      socketTimeout: Math.min(attemptTimeoutMs, 1e4),
      // Without it the handler only logs a warning and the call waits for ever.
      throwOnRequestTimeout: true,
      ...run.agents ? { httpAgent: run.agents.http, httpsAgent: run.agents.https } : {}
    })
  };
}
export {
  BoundedHttpHandler,
  RunRetryStrategy,
  transportConfig
};
