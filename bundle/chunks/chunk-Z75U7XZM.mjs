import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  init_define_TRUSTLINT_PACKAGE
} from "./chunk-DAIUEL45.mjs";

// packages/core/dist/aws/run.js
init_define_TRUSTLINT_PACKAGE();
var DEFAULT_LISTING_CAPS = {
  ListOpenIDConnectProviders: { pages: 1, items: 1e3 },
  ListRoles: { pages: 100, items: 2e4 },
  ListUsers: { pages: 100, items: 2e4 },
  ListAccessKeys: { pages: 10, items: 100 },
  ValidatePolicy: { pages: 20, items: 1e3 },
  // Organizations returns at most 20 accounts a page; an organization's account quota is raised on request.
  ListAccounts: { pages: 1e4, items: 1e5 }
};
var DEFAULT_TIMEOUT_MS = 3e5;
var DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
var DEFAULT_MAX_TOTAL_RESPONSE_BYTES = 256 * 1024 * 1024;
function startOnlineRun(options = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new Error(`the time limit of ${formatSeconds(timeoutMs)} expired`));
  }, timeoutMs);
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
    retryStops: /* @__PURE__ */ new WeakMap(),
    denied: /* @__PURE__ */ new Map(),
    close() {
      clearTimeout(timer);
    }
  };
}
function childRun(parent) {
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
    denied: /* @__PURE__ */ new Map(),
    ...parent.agents ? { agents: parent.agents } : {},
    get unreachable() {
      return parent.unreachable;
    },
    set unreachable(failure) {
      parent.unreachable = failure;
    },
    close() {
    }
  };
}
function formatSeconds(ms) {
  return `${Number((ms / 1e3).toFixed(3))} s`;
}
function abortableSleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

// packages/core/dist/aws/retry.js
init_define_TRUSTLINT_PACKAGE();
function backoffDelay(attempt, retry) {
  const random = retry.random ?? Math.random;
  const cap = Math.min(retry.maxDelayMs ?? 2e4, (retry.baseDelayMs ?? 250) * 2 ** (attempt - 1));
  return Math.round(cap / 2 + random() * (cap / 2));
}
function planRetryWait(run, attempt, retryAfterMs, now = Date.now()) {
  const { retry } = run;
  if (run.unreachable)
    return { stop: "the endpoint stayed unreachable through the retries of an earlier call" };
  let waitMs;
  if (retryAfterMs !== void 0) {
    const asked = Math.max(0, Math.ceil(retryAfterMs / 100) * 100);
    const maxRetryAfterMs = retry.maxRetryAfterMs ?? 3e4;
    if (asked > maxRetryAfterMs) {
      return { stop: `the service asked to retry after ${formatSeconds(asked)}, longer than the ${formatSeconds(maxRetryAfterMs)} trustlint waits` };
    }
    waitMs = asked;
  } else {
    waitMs = backoffDelay(attempt, retry);
  }
  const maxTotalWaitMs = retry.maxTotalWaitMs ?? 6e4;
  if (run.retryWaitMs + waitMs > maxTotalWaitMs) {
    return { stop: `the retry waits of this run would pass their cap of ${formatSeconds(maxTotalWaitMs)}` };
  }
  if (now + waitMs >= run.deadline) {
    return { stop: `the wait of ${formatSeconds(waitMs)} would end after the time limit of the online checks` };
  }
  return { waitMs };
}

export {
  DEFAULT_LISTING_CAPS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_TOTAL_RESPONSE_BYTES,
  startOnlineRun,
  childRun,
  formatSeconds,
  abortableSleep,
  backoffDelay,
  planRetryWait
};
