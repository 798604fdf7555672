import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  CATALOG,
  JsonSyntaxError,
  LimitError,
  MAX_PROVEN_ROLES,
  TrustAnalysis,
  UNRESOLVED_OPEN,
  actionMatches,
  analyze,
  analyzeTrustPolicy,
  appendAll,
  applyFileEdits,
  changedFiles,
  conditionsForSubject,
  getMember,
  hasMarker,
  hasWildcard,
  isGitHubProvider,
  nodeAt,
  normalizePolicy,
  parseCustomSubject,
  parseDefaultSubject,
  parseJsonTree,
  preparePolicy,
  provenanceNotes,
  redactSecrets,
  roleUsesOf,
  ruleMeta,
  runRules,
  simulatePolicy,
  synthesizeConditions,
  templateKeysOf,
  toJson,
  trustedProvider
} from "./chunk-5NIPEJ5H.mjs";
import {
  DEFAULT_LISTING_CAPS,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_TOTAL_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  abortableSleep,
  backoffDelay,
  childRun,
  formatSeconds,
  planRetryWait,
  startOnlineRun
} from "./chunk-Z75U7XZM.mjs";
import {
  init_define_TRUSTLINT_PACKAGE
} from "./chunk-DAIUEL45.mjs";

// packages/core/dist/aws/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/aws/access-analyzer.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/aws/call.js
init_define_TRUSTLINT_PACKAGE();
function permissionOf(op) {
  return `${op.service}:${op.action}`;
}
var ACCESS_DENIED = /* @__PURE__ */ new Set(["AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "AuthorizationError"]);
var CREDENTIALS = /* @__PURE__ */ new Set([
  "InvalidClientTokenId",
  "SignatureDoesNotMatch",
  "ExpiredToken",
  "ExpiredTokenException",
  "UnrecognizedClientException",
  "InvalidSignatureException",
  "IncompleteSignature",
  "MissingAuthenticationToken",
  "CredentialsProviderError",
  "TokenProviderError"
]);
var THROTTLING = /* @__PURE__ */ new Set([
  "Throttling",
  "ThrottlingException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "SlowDown",
  "RequestThrottled",
  "RequestThrottledException",
  "ProvisionedThroughputExceededException"
]);
var TIMEOUT = /* @__PURE__ */ new Set(["TimeoutError", "RequestTimeout", "RequestTimeoutException", "ETIMEDOUT", "ESOCKETTIMEDOUT"]);
var MALFORMED = /* @__PURE__ */ new Set(["SyntaxError", "MalformedResponse", "ResponseTooLarge"]);
var SDK_HINT = /Deserialization error: to see the raw response, inspect the hidden field \{error\}\.\$response on this object\./;
var NETWORK = /* @__PURE__ */ new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ECONNABORTED", "UND_ERR_SOCKET"]);
function field(err, name) {
  return typeof err === "object" && err !== null ? err[name] : void 0;
}
function str(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function classifyAwsError(err) {
  const name = str(field(err, "name")) ?? "Error";
  const nodeCode = str(field(err, "code"));
  const code = name === "Error" && nodeCode !== void 0 ? nodeCode : name;
  const rawStatus = field(field(err, "$metadata"), "httpStatusCode");
  const status = typeof rawStatus === "number" ? rawStatus : void 0;
  const raw = str(field(err, "message")) ?? String(err);
  const message = raw.replace(SDK_HINT, "").replace(/\s+/g, " ").trim();
  const base = { code, message, ...status !== void 0 ? { status } : {} };
  const throttling = field(field(err, "$retryable"), "throttling") === true;
  if (ACCESS_DENIED.has(name))
    return { ...base, kind: "access-denied", retryable: false };
  if (MALFORMED.has(name))
    return { ...base, kind: "malformed", retryable: false };
  if (CREDENTIALS.has(name) || /could not load credentials/i.test(message))
    return { ...base, kind: "credentials", retryable: false };
  if (THROTTLING.has(name) || status === 429 || throttling)
    return { ...base, kind: "throttled", retryable: true };
  if (TIMEOUT.has(name) || nodeCode !== void 0 && TIMEOUT.has(nodeCode))
    return { ...base, kind: "timeout", retryable: true };
  if (nodeCode !== void 0 && NETWORK.has(nodeCode))
    return { ...base, kind: "network", retryable: true };
  if (status !== void 0 && status >= 500)
    return { ...base, kind: "server", retryable: true };
  if (/deserialization error|unexpected end|not valid json|unexpected token|invalid xml|xml parse error|non-whitespace before first tag/i.test(raw)) {
    return { ...base, kind: "malformed", retryable: false };
  }
  if (status === 403)
    return { ...base, kind: "access-denied", retryable: false };
  if (status === void 0 && /socket hang up|network|fetch failed/i.test(message))
    return { ...base, kind: "network", retryable: true };
  return { ...base, kind: "client", retryable: false };
}
var AwsCallError = class extends Error {
  operation;
  error;
  attempts;
  name = "AwsCallError";
  constructor(operation, error, attempts) {
    super(`${permissionOf(operation)}: ${error.code}: ${error.message}`);
    this.operation = operation;
    this.error = error;
    this.attempts = attempts;
  }
};
function newCallContext(run = startOnlineRun()) {
  return { run, stats: { attempted: 0, succeeded: 0, failed: 0 } };
}
function deadlineError(run) {
  return {
    kind: "deadline",
    code: "TimeLimitExpired",
    message: `the time limit of the online checks (${formatSeconds(run.timeoutMs)}) expired first`,
    retryable: false
  };
}
function attemptsOf(err) {
  const attempts = field(field(err, "$metadata"), "attempts");
  return typeof attempts === "number" && Number.isInteger(attempts) && attempts > 0 ? attempts : 1;
}
function expired(run) {
  return run.signal.aborted;
}
function untilAborted(promise, signal) {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => {
      signal.removeEventListener("abort", onAbort);
    });
  });
}
async function callAws(op, fn, ctx, isCall = () => true) {
  const { run, stats } = ctx;
  const key = permissionOf(op);
  const fail = (failure) => {
    stats.attempted++;
    stats.failed++;
    return failure;
  };
  const denied = run.denied.get(key);
  if (denied)
    throw fail(denied);
  if (expired(run))
    throw fail(new AwsCallError(op, deadlineError(run), 0));
  let result;
  try {
    result = await untilAborted(fn(), run.signal);
  } catch (err) {
    if (err instanceof AwsCallError)
      throw fail(err);
    if (expired(run))
      throw fail(new AwsCallError(op, deadlineError(run), attemptsOf(err)));
    const classified = classifyAwsError(err);
    const stopped = typeof err === "object" && err !== null ? run.retryStops.get(err) : void 0;
    const error = stopped !== void 0 ? { ...classified, retryStopped: stopped } : classified;
    const failure = new AwsCallError(op, error, attemptsOf(err));
    if (error.kind === "access-denied" || error.kind === "credentials")
      run.denied.set(key, failure);
    if (error.kind === "network" && failure.attempts > 1)
      run.unreachable = failure;
    throw fail(failure);
  }
  if (isCall(result)) {
    stats.attempted++;
    stats.succeeded++;
  }
  return result;
}
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

// packages/core/dist/aws/listing.js
init_define_TRUSTLINT_PACKAGE();
function truncatedListing(op, reason) {
  return new AwsCallError(op, { kind: "truncated", code: "ListingTruncated", message: reason, retryable: false }, 1);
}
function capOf(ctx, op) {
  return ctx.run.listings[op.action];
}
function capItems(op, items, ctx) {
  const cap = capOf(ctx, op);
  if (items.length <= cap.items)
    return { items: [...items], pages: 1 };
  return { items: items.slice(0, cap.items), pages: 1, failure: truncatedListing(op, `${items.length} items returned, more than the cap of ${cap.items}`) };
}
async function readListing(op, source, ctx, onPage) {
  const cap = capOf(ctx, op);
  const items = [];
  const iterator = source[Symbol.asyncIterator]();
  let failure;
  let pages = 0;
  try {
    for (; ; ) {
      const step = await callAws(op, () => iterator.next(), ctx, (r) => r.done !== true);
      if (step.done === true)
        break;
      if (pages === cap.pages) {
        failure = truncatedListing(op, `more than the cap of ${cap.pages} page${cap.pages === 1 ? "" : "s"}`);
        break;
      }
      pages++;
      const room = cap.items - items.length;
      for (const item of step.value.slice(0, room))
        items.push(item);
      onPage?.(items);
      if (step.value.length > room) {
        failure = truncatedListing(op, `more than the cap of ${cap.items} items`);
        break;
      }
    }
  } catch (err) {
    if (!(err instanceof AwsCallError))
      throw err;
    failure = err;
  }
  if (failure)
    void iterator.return?.().catch(() => void 0);
  return failure ? { items, pages, failure } : { items, pages };
}

// packages/core/dist/aws/failures.js
init_define_TRUSTLINT_PACKAGE();
var MAX_LISTED = 5;
var VERB = {
  deadline: "did not finish",
  truncated: "was cut short"
};
var FailureLog = class {
  entries = /* @__PURE__ */ new Map();
  seq = 0;
  record(failure, consequence, subject) {
    const systemic = failure.error.kind === "access-denied" || failure.error.kind === "credentials" || failure.error.kind === "deadline";
    const key = systemic ? `${permissionOf(failure.operation)} ${failure.error.kind} ${failure.error.code}` : `#${this.seq++}`;
    const entry = this.entries.get(key);
    if (entry) {
      if (subject)
        entry.subjects.push(subject);
      return;
    }
    this.entries.set(key, { failure, consequence, subjects: subject ? [subject] : [] });
  }
  get size() {
    return this.entries.size;
  }
  findings() {
    return [...this.entries.values()].map(toFinding);
  }
};
function what(failure) {
  const { error, attempts } = failure;
  const permission = permissionOf(failure.operation);
  const tries = attempts > 1 ? ` after ${attempts} attempts` : "";
  const stopped = error.retryStopped !== void 0 ? `; not retried further: ${error.retryStopped}` : "";
  const detail = (error.message && error.message !== error.code ? ` (${error.code}: ${truncate(error.message, 300)})` : ` (${error.code})`) + stopped;
  switch (error.kind) {
    case "access-denied":
      return `access denied: the identity running the scan lacks the permission ${permission}${detail}`;
    case "credentials":
      return `the AWS credentials were missing or rejected${detail}`;
    case "throttled":
      return `still throttled${tries}${detail}`;
    case "server":
      return `server error${error.status !== void 0 ? ` ${error.status}` : ""}${tries}${detail}`;
    case "timeout":
      return `timed out${tries}${detail}`;
    case "network":
      return `network error${tries}${detail}`;
    case "malformed":
      return `the response could not be read${detail}`;
    case "client":
      return `the request was rejected${detail}`;
    case "deadline":
    case "truncated":
      return error.message;
  }
}
function truncate(text, max) {
  const safe = redactSecrets(text);
  return safe.length <= max ? safe : `${safe.slice(0, max - 1)}\u2026`;
}
function toFinding(entry) {
  const { failure, subjects, consequence } = entry;
  const permission = permissionOf(failure.operation);
  const single = subjects.length === 1 ? subjects[0] : void 0;
  let scope = "";
  if (single)
    scope = ` for ${single.label}`;
  else if (subjects.length > 1) {
    const listed = subjects.slice(0, MAX_LISTED).map((s) => s.label).join(", ");
    scope = ` for ${subjects.length} resources (${listed}${subjects.length > MAX_LISTED ? `, and ${subjects.length - MAX_LISTED} more` : ""})`;
  }
  const error = failure.error;
  return {
    ruleId: "aws-check-failed",
    severity: ruleMeta("aws-check-failed").defaultSeverity,
    message: `${permission} ${VERB[error.kind] ?? "failed"}${scope}: ${what(failure)}; ${consequence}`,
    location: single?.location ?? null,
    ...single?.resource !== void 0 ? { resource: single.resource } : {},
    properties: {
      operation: permission,
      errorCode: error.code,
      kind: error.kind,
      attempts: failure.attempts,
      ...error.kind === "access-denied" ? { missingPermission: permission } : {},
      ...error.retryStopped !== void 0 ? { retryStopped: error.retryStopped } : {},
      ...error.status !== void 0 ? { httpStatus: error.status } : {},
      ...subjects.length > 1 ? { resources: subjects.map((s) => s.resource ?? s.label) } : {}
    }
  };
}

// packages/core/dist/aws/render.js
init_define_TRUSTLINT_PACKAGE();
function pathKey(path) {
  return JSON.stringify(path);
}
function renderPolicy(root) {
  const value = toJson(root);
  let text = "";
  let line = 1;
  let column = 0;
  const entries = [];
  const emit = (s) => {
    text += s;
    column += s.length;
  };
  const newline = (indent) => {
    text += `
${" ".repeat(indent)}`;
    line++;
    column = indent;
  };
  const here = () => ({ line, column });
  const write = (v, indent, path, key) => {
    const start = here();
    if (Array.isArray(v)) {
      if (v.length === 0)
        emit("[]");
      else {
        emit("[");
        v.forEach((item, i) => {
          newline(indent + 2);
          write(item, indent + 2, [...path, i]);
          if (i < v.length - 1)
            emit(",");
        });
        newline(indent);
        emit("]");
      }
    } else if (typeof v === "object" && v !== null) {
      const members = Object.entries(v);
      if (members.length === 0)
        emit("{}");
      else {
        emit("{");
        members.forEach(([k, item], i) => {
          newline(indent + 2);
          const keyStart = here();
          emit(JSON.stringify(k));
          const keyRange = { start: keyStart, end: here() };
          emit(": ");
          write(item, indent + 2, [...path, k], keyRange);
          if (i < members.length - 1)
            emit(",");
        });
        newline(indent);
        emit("}");
      }
    } else {
      emit(JSON.stringify(v));
    }
    entries.push({ path, value: { start, end: here() }, ...key ? { key } : {} });
  };
  write(value, 0, []);
  const byPath = /* @__PURE__ */ new Map();
  const byLine = /* @__PURE__ */ new Map();
  for (const e of entries) {
    byPath.set(pathKey(e.path), e);
    const first = (e.key ?? e.value).start.line;
    if (!byLine.has(first))
      byLine.set(first, e);
  }
  return { text, entries, byPath, byLine };
}
function pathAtPosition(rendered, position2) {
  const entry = rendered.byLine.get(position2.line);
  if (entry) {
    if (entry.key && position2.column <= entry.key.start.column)
      return { path: entry.path, at: "key" };
    return { path: entry.path, at: "value" };
  }
  let best;
  for (const e of rendered.entries) {
    if (e.value.start.line > position2.line || e.value.end.line < position2.line)
      continue;
    if (!best || e.value.end.line - e.value.start.line < best.value.end.line - best.value.start.line)
      best = e;
  }
  return best ? { path: best.path, at: "value" } : void 0;
}

// packages/core/dist/aws/access-analyzer.js
var VALIDATE_POLICY = { service: "access-analyzer", action: "ValidatePolicy" };
var CHECK_NO_PUBLIC_ACCESS = { service: "access-analyzer", action: "CheckNoPublicAccess" };
function hasUnresolvedValue(node) {
  switch (node.type) {
    case "string":
      return node.value.includes(UNRESOLVED_OPEN);
    case "array":
      return node.items.some(hasUnresolvedValue);
    case "object":
      return node.members.some((m) => m.key.includes(UNRESOLVED_OPEN) || hasUnresolvedValue(m.value));
    default:
      return false;
  }
}
function severityOf(findingType) {
  if (findingType === "ERROR" || findingType === "SECURITY_WARNING")
    return "error";
  if (findingType === "SUGGESTION")
    return "info";
  return ruleMeta("access-analyzer").defaultSeverity;
}
function documentSubject(doc) {
  return {
    label: doc.resource ?? doc.file,
    ...doc.resource !== void 0 ? { resource: doc.resource } : {},
    location: doc.sourceKind === "live" ? null : doc.location
  };
}
async function checkWithAccessAnalyzer(documents, port, options) {
  const findings = [];
  const skipped = [];
  let checked = 0;
  const sendable = documents.filter((doc) => {
    if (!hasUnresolvedValue(doc.root))
      return true;
    skipped.push(doc);
    return false;
  });
  await mapLimit(sendable, options.concurrency ?? 4, async (doc) => {
    const rendered = renderPolicy(doc.root);
    let ok = false;
    if (options.validate !== false) {
      const listing = await readListing(VALIDATE_POLICY, port.validatePolicy(rendered.text), options.calls);
      if (listing.pages > 0)
        ok = true;
      for (const f of listing.items)
        findings.push(validateFinding(doc, rendered, f));
      if (listing.failure) {
        const consequence = listing.pages > 0 ? `Access Analyzer findings after page ${listing.pages} are missing` : "the policy was not validated by Access Analyzer";
        options.failures.record(listing.failure, consequence, documentSubject(doc));
      }
    }
    if (options.checkNoPublicAccess) {
      try {
        const result = await callAws(CHECK_NO_PUBLIC_ACCESS, () => port.checkNoPublicAccess(rendered.text), options.calls);
        ok = true;
        if (result.result === "FAIL")
          findings.push(publicAccessFinding(doc, result.message, result.reasons));
      } catch (err) {
        if (!(err instanceof AwsCallError))
          throw err;
        options.failures.record(err, "public access was not checked", documentSubject(doc));
      }
    }
    if (ok)
      checked++;
  });
  return { findings, checked, skipped };
}
function mapAaLocation(rendered, location) {
  const path = [];
  let at2 = "value";
  let substring;
  for (const el of location.path) {
    at2 = "value";
    if (typeof el.index === "number")
      path.push(el.index);
    else if (typeof el.value === "string")
      path.push(el.value);
    else if (typeof el.key === "string") {
      path.push(el.key);
      at2 = "key";
    } else {
      if (el.substring)
        substring = el.substring;
      break;
    }
  }
  if (path.length > 0 && rendered.byPath.has(pathKey(path)))
    return { path, at: at2, ...substring ? { substring } : {} };
  const start = location.span?.start;
  if (start && Number.isInteger(start.line) && Number.isInteger(start.column)) {
    const found = pathAtPosition(rendered, start);
    if (found)
      return found;
  }
  for (let n = path.length - 1; n >= 0; n--) {
    if (rendered.byPath.has(pathKey(path.slice(0, n))))
      return { path: path.slice(0, n), at: "value" };
  }
  return { path: [], at: "value" };
}
function sourceLocationOf(doc, mapped) {
  if (doc.sourceKind === "live")
    return null;
  let node = doc.root;
  let path = mapped.path;
  for (let n = path.length; n >= 0; n--) {
    const found = nodeAt(doc.root, path.slice(0, n));
    if (found) {
      node = found;
      path = path.slice(0, n);
      break;
    }
  }
  const file = node.file ?? doc.file;
  const last = path.at(-1);
  if (mapped.at === "key" && typeof last === "string") {
    const parent = nodeAt(doc.root, path.slice(0, -1));
    const member = parent?.type === "object" ? getMember(parent, last) : void 0;
    if (member)
      return { file: parent?.file ?? doc.file, span: member.keySpan };
  }
  if (mapped.substring && node.type === "string") {
    const narrowed = narrowToSubstring(node.value, node.span, mapped.substring);
    if (narrowed)
      return { file, span: narrowed };
  }
  return { file, span: node.span };
}
function narrowToSubstring(value, span, sub) {
  if (span.start.line !== span.end.line)
    return void 0;
  if (!/^[\x20-\x7e]*$/.test(value) || /["\\]/.test(value))
    return void 0;
  if (span.end.column - span.start.column !== value.length + 2)
    return void 0;
  if (sub.start < 0 || sub.length < 0 || sub.start + sub.length > value.length)
    return void 0;
  const col = span.start.column + 1 + sub.start;
  const off = span.start.offset + 1 + sub.start;
  return {
    start: { line: span.start.line, column: col, offset: off },
    end: { line: span.start.line, column: col + sub.length, offset: off + sub.length }
  };
}
function withVariant(doc, message) {
  return doc.variant ? `${message} (${doc.variant})` : message;
}
function validateFinding(doc, rendered, f) {
  const mapped = f.locations.map((l) => mapAaLocation(rendered, l));
  const primary = mapped[0] ?? { path: [], at: "value" };
  const location = sourceLocationOf(doc, primary) ?? null;
  const related = doc.sourceKind === "live" ? [] : provenanceNotes(nodeAt(doc.root, primary.path));
  for (const m of mapped.slice(1)) {
    const loc = sourceLocationOf(doc, m);
    if (loc)
      related.push({ location: loc, message: `also reported here: ${JSON.stringify(m.path)}` });
  }
  const details = f.findingDetails.replace(/\s+/g, " ").trim();
  return {
    ruleId: "access-analyzer",
    severity: severityOf(f.findingType),
    message: withVariant(doc, `Access Analyzer ${f.findingType} ${f.issueCode}: ${details}`),
    location,
    path: primary.path,
    ...doc.resource !== void 0 ? { resource: doc.resource } : {},
    ...related.length ? { related } : {},
    properties: {
      issueCode: f.issueCode,
      findingType: f.findingType,
      ...f.learnMoreLink ? { learnMoreLink: f.learnMoreLink } : {}
    }
  };
}
function publicAccessFinding(doc, message, reasons) {
  const statements = getMember(doc.root, "Statement")?.value;
  const index = reasons.find((r) => typeof r.statementIndex === "number")?.statementIndex;
  let path = [];
  if (index !== void 0 && statements?.type === "array" && statements.items[index])
    path = ["Statement", index];
  else if (statements?.type === "object")
    path = ["Statement"];
  const why = reasons.map((r) => [r.statementId ? `statement ${r.statementId}` : typeof r.statementIndex === "number" ? `statement ${r.statementIndex}` : "", r.description ?? ""].filter(Boolean).join(": ")).filter(Boolean);
  const text = [message?.trim(), ...why].filter((s) => s !== void 0 && s !== "").join("; ");
  return {
    ruleId: "access-analyzer-public",
    severity: ruleMeta("access-analyzer-public").defaultSeverity,
    message: withVariant(doc, `Access Analyzer CheckNoPublicAccess: FAIL, the trust policy grants public access${text ? ` (${text})` : ""}`),
    location: sourceLocationOf(doc, { path, at: "value" }),
    path,
    ...doc.resource !== void 0 ? { resource: doc.resource } : {},
    properties: { result: "FAIL", reasons: reasons.map((r) => ({ ...r })) }
  };
}

// packages/core/dist/aws/findings.js
init_define_TRUSTLINT_PACKAGE();
function applyConfig(findings, config) {
  let suppressed = 0;
  const out = [];
  for (const f of findings) {
    const setting = config.rules?.[f.ruleId];
    if (setting === "off")
      continue;
    const file = f.location?.file;
    const ignored = (config.ignoreFindings ?? []).some((i) => i.rule === f.ruleId && file !== void 0 && normalizePath(i.file) === normalizePath(file));
    if (ignored) {
      suppressed++;
      continue;
    }
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return { findings: out, suppressed };
}
function normalizePath(p) {
  return p.replace(/\\/g, "/").replace(/^\.\//, "");
}
function delocalize(finding2, syntheticFiles, resource) {
  const out = { ...finding2 };
  if (out.location && syntheticFiles.has(out.location.file))
    out.location = null;
  if (out.related) {
    const related = out.related.filter((r) => !syntheticFiles.has(r.location.file));
    if (related.length)
      out.related = related;
    else
      delete out.related;
  }
  if (out.suggestion?.replacement && syntheticFiles.has(out.suggestion.replacement.location.file)) {
    out.suggestion = { description: out.suggestion.description };
  }
  if (resource !== void 0 && out.resource === void 0)
    out.resource = resource;
  return out;
}
function compareOnlineFindings(a, b) {
  const key = (f) => [
    f.location?.file ?? "",
    f.resource ?? "",
    f.location?.span.start.line ?? 0,
    f.location?.span.start.column ?? 0,
    f.ruleId,
    f.message
  ];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i] ?? "";
    const y = kb[i] ?? "";
    if (x < y)
      return -1;
    if (x > y)
      return 1;
  }
  return 0;
}

// packages/core/dist/aws/scan.js
init_define_TRUSTLINT_PACKAGE();
var iamOp = (action) => ({ service: "iam", action });
var LIST_PROVIDERS = iamOp("ListOpenIDConnectProviders");
var GET_PROVIDER = iamOp("GetOpenIDConnectProvider");
var LIST_ROLES = iamOp("ListRoles");
var LIST_USERS = iamOp("ListUsers");
var LIST_ACCESS_KEYS = iamOp("ListAccessKeys");
var GET_ACCESS_KEY_LAST_USED = iamOp("GetAccessKeyLastUsed");
function decodePolicyDocument(raw) {
  if (raw.trimStart().startsWith("{"))
    return raw;
  return decodeURIComponent(raw);
}
var WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";
function coversWebIdentity(statement) {
  if (statement.action)
    return statement.action.some((a) => actionMatches(a.value, WEB_IDENTITY));
  if (statement.notAction)
    return !statement.notAction.some((a) => actionMatches(a.value, WEB_IDENTITY));
  return false;
}
function trustsOidcProvider(root) {
  return normalizePolicy(root).statements.some((s) => {
    if (s.effect !== "Allow")
      return false;
    if (s.notPrincipal)
      return coversWebIdentity(s);
    const p = s.principal;
    if (!p)
      return false;
    if (p.kind === "wildcard")
      return coversWebIdentity(s);
    return p.entries.some((e) => e.type === "Federated" && e.values.some((v) => /:oidc-provider\//i.test(v.value)) || e.type === "AWS" && e.values.some((v) => v.value === "*") && coversWebIdentity(s));
  });
}
function urlFromArn(arn) {
  const i = arn.indexOf(":oidc-provider/");
  return i < 0 ? arn : arn.slice(i + ":oidc-provider/".length);
}
function liveProviderDocument(arn, info) {
  return {
    kind: "oidc-provider",
    file: arn,
    resource: arn,
    url: info?.url ? info.url : urlFromArn(arn),
    urlLocation: null,
    clientIds: info ? info.clientIds.map((value) => ({ value, location: null })) : "unresolved",
    clientIdsLocation: null,
    location: null,
    sourceKind: "live"
  };
}
function day(d) {
  return d.toISOString().slice(0, 10);
}
function daysBetween(from, to) {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 864e5));
}
function ago(days) {
  return days === 0 ? "less than a day ago" : days === 1 ? "1 day ago" : `${days.toLocaleString("en-US")} days ago`;
}
function maskAccessKeyId(id) {
  return id.length <= 8 ? id : `${id.slice(0, 4)}${"*".repeat(id.length - 8)}${id.slice(-4)}`;
}
function accessKeyFinding(user, key, lastUse, now) {
  const masked = maskAccessKeyId(key.accessKeyId);
  const ageDays = key.createDate ? daysBetween(key.createDate, now) : void 0;
  const created = key.createDate ? `created ${day(key.createDate)} (${ago(ageDays ?? 0)})` : "of unknown age";
  let used;
  let lastUsedDays;
  if (lastUse === "unknown")
    used = "last use unknown";
  else if (!lastUse.date)
    used = "never used";
  else {
    lastUsedDays = daysBetween(lastUse.date, now);
    const where = [lastUse.service, lastUse.region].filter((s) => s !== void 0);
    used = `last used ${day(lastUse.date)} (${ago(lastUsedDays)})${where.length ? ` with ${where.join(" in ")}` : ""}`;
  }
  const advice = lastUse !== "unknown" && !lastUse.date ? "It has never been used: deactivate and delete it." : "Let CI assume a role through GitHub OIDC instead, then deactivate and delete the key.";
  return {
    ruleId: "aws-user-access-key",
    severity: ruleMeta("aws-user-access-key").defaultSeverity,
    message: `IAM user ${user.userName} has an active access key ${masked}, ${created}, ${used}. ${advice}`,
    location: null,
    resource: user.arn,
    properties: {
      user: user.userName,
      accessKeyId: masked,
      ...key.createDate ? { createDate: key.createDate.toISOString(), ageDays } : {},
      ...lastUse === "unknown" ? { lastUsed: "unknown" } : {
        lastUsedDate: lastUse.date ? lastUse.date.toISOString() : null,
        ...lastUsedDays !== void 0 ? { lastUsedDaysAgo: lastUsedDays } : {},
        ...lastUse.service !== void 0 ? { lastUsedService: lastUse.service } : {},
        ...lastUse.region !== void 0 ? { lastUsedRegion: lastUse.region } : {}
      }
    }
  };
}
async function scanAccount(iam, options = {}) {
  if (options.calls)
    return scanInRun(iam, options, options.calls);
  const calls = newCallContext();
  try {
    return await scanInRun(iam, options, calls);
  } finally {
    calls.run.close();
  }
}
async function scanInRun(iam, options, calls) {
  const config = options.config ?? {};
  const failures = options.failures ?? new FailureLog();
  const limit = options.concurrency ?? 4;
  const now = options.now?.() ?? /* @__PURE__ */ new Date();
  const progress = options.onProgress ?? (() => void 0);
  const counts = { providers: 0, roles: 0, rolesTrustingOidc: 0, users: 0, activeAccessKeys: 0 };
  const extra = [];
  let providerArns = [];
  try {
    const listed2 = capItems(LIST_PROVIDERS, await callAws(LIST_PROVIDERS, () => iam.listOpenIdConnectProviders(), calls), calls);
    providerArns = listed2.items;
    if (listed2.failure)
      failures.record(listed2.failure, `only the first ${listed2.items.length} OIDC providers were checked`);
  } catch (err) {
    if (!(err instanceof AwsCallError))
      throw err;
    failures.record(err, "the OIDC providers were not checked");
  }
  let providersDone = 0;
  progress({ phase: "providers", done: 0, total: providerArns.length });
  const providers = await mapLimit(providerArns, limit, async (arn) => {
    let info;
    try {
      info = await callAws(GET_PROVIDER, () => iam.getOpenIdConnectProvider(arn), calls);
    } catch (err) {
      if (!(err instanceof AwsCallError))
        throw err;
      failures.record(err, "its client-id list was not checked", { label: arn, resource: arn });
    }
    progress({ phase: "providers", done: ++providersDone, total: providerArns.length });
    return liveProviderDocument(arn, info);
  });
  counts.providers = providers.length;
  const listed = await readListing(LIST_ROLES, iam.listRoles(), calls, (items) => {
    progress({ phase: "roles", done: items.length });
  });
  if (listed.failure) {
    failures.record(listed.failure, listed.items.length ? `only the first ${listed.items.length} roles were scanned` : "no role was scanned");
  }
  counts.roles = listed.items.length;
  const trustDocs = [];
  for (const role of listed.items) {
    const doc = roleDocument(role, extra);
    if (doc)
      trustDocs.push(doc);
  }
  counts.rolesTrustingOidc = trustDocs.length;
  const documents = [...providers, ...trustDocs];
  const synthetic = new Set(trustDocs.map((d) => d.file));
  const ruleFindings = runRules(documents, [], config).map((f) => delocalize(f, synthetic));
  const users = await readListing(LIST_USERS, iam.listUsers(), calls);
  if (users.failure) {
    failures.record(users.failure, users.items.length ? `only the first ${users.items.length} IAM users were checked for access keys` : "IAM users were not checked for access keys");
  }
  counts.users = users.items.length;
  let usersDone = 0;
  progress({ phase: "users", done: 0, total: users.items.length });
  const keyFindings = (await mapLimit(users.items, limit, async (user) => {
    const keys = await readListing(LIST_ACCESS_KEYS, iam.listAccessKeys(user.userName), calls);
    if (keys.failure) {
      const consequence = keys.items.length ? `only its first ${keys.items.length} access keys were checked` : "its access keys were not checked";
      failures.record(keys.failure, consequence, { label: `user ${user.userName}`, resource: user.arn });
    }
    const out = [];
    for (const key of keys.items) {
      if (key.status !== "Active")
        continue;
      counts.activeAccessKeys++;
      let lastUse;
      try {
        const used = await callAws(GET_ACCESS_KEY_LAST_USED, () => iam.getAccessKeyLastUsed(key.accessKeyId), calls);
        const known = (v) => v !== void 0 && v !== "" && v !== "N/A";
        lastUse = {
          ...used.lastUsedDate ? { date: used.lastUsedDate } : {},
          ...known(used.serviceName) ? { service: used.serviceName } : {},
          ...known(used.region) ? { region: used.region } : {}
        };
      } catch (err) {
        if (!(err instanceof AwsCallError))
          throw err;
        failures.record(err, "the last use of its access key is unknown", { label: `user ${user.userName}`, resource: user.arn });
        lastUse = "unknown";
      }
      out.push(accessKeyFinding(user, key, lastUse, now));
    }
    progress({ phase: "users", done: ++usersDone, total: users.items.length });
    return out;
  })).flat();
  let aaFindings = [];
  if (options.accessAnalyzer) {
    progress({ phase: "access-analyzer", done: 0, total: trustDocs.length });
    const run = await checkWithAccessAnalyzer(trustDocs, options.accessAnalyzer, {
      validate: options.accessAnalyzerValidate !== false,
      checkNoPublicAccess: options.accessAnalyzerPublic === true,
      concurrency: limit,
      calls,
      failures
    });
    aaFindings = run.findings.map((f) => delocalize(f, synthetic));
  }
  const configured = applyConfig([...ruleFindings, ...keyFindings, ...aaFindings, ...extra, ...failures.findings()], config);
  return {
    findings: configured.findings.sort(compareOnlineFindings),
    suppressed: configured.suppressed,
    documents,
    stats: calls.stats,
    counts
  };
}
function roleDocument(role, extra) {
  const problem = (message) => {
    extra.push({
      ruleId: "aws-check-failed",
      severity: ruleMeta("aws-check-failed").defaultSeverity,
      message: `the trust policy of role ${role.roleName} returned by iam:ListRoles ${message}; the role was not checked`,
      location: null,
      resource: role.arn,
      properties: { operation: "iam:ListRoles", kind: "malformed" }
    });
  };
  if (role.assumeRolePolicyDocument === void 0 || role.assumeRolePolicyDocument === "") {
    problem("is missing");
    return void 0;
  }
  let text;
  try {
    text = decodePolicyDocument(role.assumeRolePolicyDocument);
  } catch {
    problem("is not valid URL encoding");
    return void 0;
  }
  let root;
  try {
    root = parseJsonTree(text);
  } catch (err) {
    if (err instanceof LimitError) {
      problem(`was not analysed: ${err.message}`);
      return void 0;
    }
    if (!(err instanceof JsonSyntaxError))
      throw err;
    problem(`is not valid JSON after URL-decoding (${err.message} at ${err.position.line}:${err.position.column + 1})`);
    return void 0;
  }
  if (root.type !== "object") {
    problem("is not a JSON object");
    return void 0;
  }
  if (!trustsOidcProvider(root))
    return void 0;
  const file = role.arn;
  return {
    kind: "trust-policy",
    file,
    resource: role.arn,
    roleName: role.roleName,
    root,
    location: { file, span: root.span },
    sourceKind: "live"
  };
}

// packages/core/dist/aws/sdk.js
init_define_TRUSTLINT_PACKAGE();
function quietSdk() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
}
async function clientConfig(settings, run) {
  const { transportConfig } = await import("./transport-STVCHVLM.mjs");
  return {
    ...settings.region !== void 0 ? { region: settings.region } : {},
    ...settings.profile !== void 0 ? { profile: settings.profile } : {},
    ...settings.endpoint !== void 0 ? { endpoint: settings.endpoint } : {},
    ...settings.credentials !== void 0 ? { credentials: settings.credentials } : {},
    ...transportConfig(settings, run)
  };
}
async function withRegion(settings, run, create) {
  const client = create(await clientConfig(settings, run));
  if (settings.region !== void 0)
    return client;
  try {
    await client.config.region();
    return client;
  } catch {
    client.destroy();
    return create({ ...await clientConfig(settings, run), region: "us-east-1" });
  }
}
function required(value, member, action) {
  if (value === void 0 || value === null) {
    throw Object.assign(new Error(`the 200 answer to ${action} has no ${member}: it is not an AWS ${action} response`), { name: "MalformedResponse" });
  }
  return value;
}
function requiredList(value, member, action) {
  const list = required(value, member, action);
  if (!Array.isArray(list))
    throw Object.assign(new Error(`${member} in the answer to ${action} is not a list`), { name: "MalformedResponse" });
  return list;
}
async function* mapPages(pages, map) {
  for await (const page of pages)
    yield map(page);
}
async function createIamPort(settings, run) {
  quietSdk();
  const sdk = await import("./dist-es-WFKPJE5L.mjs");
  const client = await withRegion(settings, run, (config) => new sdk.IAMClient(config));
  const send = { abortSignal: run.signal };
  const paging = { client, pageSize: 1e3 };
  return {
    async listOpenIdConnectProviders() {
      const out = await client.send(new sdk.ListOpenIDConnectProvidersCommand({}), send);
      return requiredList(out.OpenIDConnectProviderList, "OpenIDConnectProviderList", "ListOpenIDConnectProviders").map((p) => p.Arn).filter((a) => typeof a === "string" && a !== "");
    },
    async getOpenIdConnectProvider(arn) {
      const out = await client.send(new sdk.GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }), send);
      return {
        url: required(out.Url, "Url", "GetOpenIDConnectProvider"),
        clientIds: out.ClientIDList ?? [],
        thumbprints: out.ThumbprintList ?? [],
        ...out.CreateDate ? { createDate: out.CreateDate } : {}
      };
    },
    listRoles() {
      return mapPages(sdk.paginateListRoles(paging, {}, send), (out) => requiredList(out.Roles, "Roles", "ListRoles").map((r) => ({
        arn: r.Arn ?? "",
        roleName: r.RoleName ?? "",
        ...r.Path !== void 0 ? { path: r.Path } : {},
        ...r.AssumeRolePolicyDocument !== void 0 ? { assumeRolePolicyDocument: r.AssumeRolePolicyDocument } : {},
        ...r.CreateDate ? { createDate: r.CreateDate } : {}
      })));
    },
    listUsers() {
      return mapPages(sdk.paginateListUsers(paging, {}, send), (out) => requiredList(out.Users, "Users", "ListUsers").map((u) => ({ arn: u.Arn ?? "", userName: u.UserName ?? "", ...u.CreateDate ? { createDate: u.CreateDate } : {} })));
    },
    listAccessKeys(userName) {
      return mapPages(sdk.paginateListAccessKeys({ client }, { UserName: userName }, send), (out) => requiredList(out.AccessKeyMetadata, "AccessKeyMetadata", "ListAccessKeys").map((k) => ({
        accessKeyId: k.AccessKeyId ?? "",
        status: k.Status ?? "",
        ...k.CreateDate ? { createDate: k.CreateDate } : {},
        ...k.UserName !== void 0 ? { userName: k.UserName } : {}
      })));
    },
    async getAccessKeyLastUsed(accessKeyId) {
      const out = await client.send(new sdk.GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }), send);
      const used = required(out.AccessKeyLastUsed, "AccessKeyLastUsed", "GetAccessKeyLastUsed");
      return {
        ...used.LastUsedDate ? { lastUsedDate: used.LastUsedDate } : {},
        ...used.ServiceName !== void 0 ? { serviceName: used.ServiceName } : {},
        ...used.Region !== void 0 ? { region: used.Region } : {}
      };
    },
    close() {
      client.destroy();
    }
  };
}
function pathElement(el) {
  if (typeof el.index === "number")
    return { index: el.index };
  if (typeof el.key === "string")
    return { key: el.key };
  if (typeof el.value === "string")
    return { value: el.value };
  const sub = el.substring;
  if (sub && typeof sub.start === "number" && typeof sub.length === "number")
    return { substring: { start: sub.start, length: sub.length } };
  return {};
}
function position(p) {
  if (!p || typeof p.line !== "number" || typeof p.column !== "number")
    return void 0;
  return { line: p.line, column: p.column, ...typeof p.offset === "number" ? { offset: p.offset } : {} };
}
function requiredString(value, member, action) {
  if (typeof value !== "string")
    throw Object.assign(new Error(`${member} in the answer to ${action} is not a string`), { name: "MalformedResponse" });
  return value;
}
function validateFinding2(f) {
  const action = "ValidatePolicy";
  return {
    findingType: requiredString(f.findingType, "findingType", action),
    issueCode: requiredString(f.issueCode, "issueCode", action),
    findingDetails: requiredString(f.findingDetails, "findingDetails", action),
    ...typeof f.learnMoreLink === "string" ? { learnMoreLink: f.learnMoreLink } : {},
    locations: requiredList(f.locations, "locations", action).map((l) => {
      const start = position(l.span?.start);
      const end = position(l.span?.end);
      return {
        path: (Array.isArray(l.path) ? l.path : []).map((el) => pathElement(el)),
        ...start && end ? { span: { start, end } } : {}
      };
    })
  };
}
async function createAccessAnalyzerPort(settings, run) {
  quietSdk();
  const sdk = await import("./dist-es-EB4LBM4E.mjs");
  const client = await withRegion(settings, run, (config) => new sdk.AccessAnalyzerClient(config));
  const send = { abortSignal: run.signal };
  return {
    validatePolicy(policyDocument) {
      const input = { policyDocument, policyType: "RESOURCE_POLICY", validatePolicyResourceType: "AWS::IAM::AssumeRolePolicyDocument" };
      return mapPages(sdk.paginateValidatePolicy({ client }, input, send), (out) => requiredList(out.findings, "findings", "ValidatePolicy").map(validateFinding2));
    },
    async checkNoPublicAccess(policyDocument) {
      const out = await client.send(new sdk.CheckNoPublicAccessCommand({ policyDocument, resourceType: "AWS::IAM::AssumeRolePolicyDocument" }), send);
      return {
        result: requiredString(out.result, "result", "CheckNoPublicAccess"),
        ...typeof out.message === "string" ? { message: out.message } : {},
        reasons: (Array.isArray(out.reasons) ? out.reasons : []).map((r) => ({
          ...typeof r.description === "string" ? { description: r.description } : {},
          ...typeof r.statementIndex === "number" ? { statementIndex: r.statementIndex } : {},
          ...typeof r.statementId === "string" ? { statementId: r.statementId } : {}
        }))
      };
    },
    close() {
      client.destroy();
    }
  };
}
async function assumeRoleSettings(settings, run, sessionName = "trustlint-scan") {
  quietSdk();
  const sdk = await import("./dist-es-6DTMNHQQ.mjs");
  const client = await withRegion(settings, run, (config) => new sdk.STSClient(config));
  try {
    const out = await client.send(new sdk.AssumeRoleCommand({ RoleArn: settings.roleArn, RoleSessionName: sessionName, DurationSeconds: 3600 }), { abortSignal: run.signal });
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey)
      throw Object.assign(new Error("AssumeRole returned no credentials"), { name: "MalformedResponse" });
    const rest = { ...settings };
    delete rest.roleArn;
    delete rest.profile;
    return {
      ...rest,
      credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, ...c.SessionToken ? { sessionToken: c.SessionToken } : {} }
    };
  } finally {
    client.destroy();
  }
}
async function createOrganizationsPort(settings, run) {
  quietSdk();
  const sdk = await import("./dist-es-722U32JC.mjs");
  const client = await withRegion(settings, run, (config) => new sdk.OrganizationsClient(config));
  const send = { abortSignal: run.signal };
  return {
    listAccounts() {
      return mapPages(sdk.paginateListAccounts({ client, pageSize: 20 }, {}, send), (out) => requiredList(out.Accounts, "Accounts", "ListAccounts").map((a) => {
        const id = requiredString(a.Id, "Id", "ListAccounts");
        if (!/^\d{12}$/.test(id))
          throw Object.assign(new Error(`ListAccounts returned an account id that is not 12 digits`), { name: "MalformedResponse" });
        return {
          id,
          name: typeof a.Name === "string" ? a.Name : "",
          ...typeof a.Arn === "string" ? { arn: a.Arn } : {},
          state: a.State ?? a.Status ?? "UNKNOWN"
        };
      }));
    },
    close() {
      client.destroy();
    }
  };
}
async function createStsPort(settings, run) {
  quietSdk();
  const sdk = await import("./dist-es-6DTMNHQQ.mjs");
  const client = await withRegion(settings, run, (config) => new sdk.STSClient(config));
  return {
    async assumeRole(roleArn, sessionName, policy) {
      const input = { RoleArn: roleArn, RoleSessionName: sessionName, DurationSeconds: 3600, ...policy !== void 0 ? { Policy: policy } : {} };
      const out = await client.send(new sdk.AssumeRoleCommand(input), { abortSignal: run.signal });
      const c = out.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey)
        throw Object.assign(new Error("AssumeRole returned no credentials"), { name: "MalformedResponse" });
      return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, ...c.SessionToken ? { sessionToken: c.SessionToken } : {} };
    },
    close() {
      client.destroy();
    }
  };
}

// packages/core/dist/aws/organization.js
init_define_TRUSTLINT_PACKAGE();
var LIST_ACCOUNTS = { service: "organizations", action: "ListAccounts" };
var ASSUME_MEMBER_ROLE = { service: "sts", action: "AssumeRole" };
var DEFAULT_MEMBER_ROLE_NAME = "OrganizationAccountAccessRole";
var MEMBER_SESSION_NAME = "trustlint-org-scan";
var MEMBER_SCAN_ACTIONS = [
  "iam:ListOpenIDConnectProviders",
  "iam:GetOpenIDConnectProvider",
  "iam:ListRoles",
  "iam:ListUsers",
  "iam:ListAccessKeys",
  "iam:GetAccessKeyLastUsed",
  "access-analyzer:ValidatePolicy",
  "access-analyzer:CheckNoPublicAccess"
];
var SESSION_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Sid: "TrustlintReadOnly", Effect: "Allow", Action: [...MEMBER_SCAN_ACTIONS], Resource: "*" }]
});
var EMPTY_COUNTS = { providers: 0, roles: 0, rolesTrustingOidc: 0, users: 0, activeAccessKeys: 0 };
var ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
function isValidMemberRoleName(name) {
  return ROLE_NAME.test(name) && name.length <= 512;
}
function memberRoleArn(account, roleName) {
  const partition = /^arn:(aws[a-z-]*):/.exec(account.arn ?? "")?.[1] ?? "aws";
  return `arn:${partition}:iam::${account.id}:role/${roleName}`;
}
function addStats(into, from) {
  into.attempted += from.attempted;
  into.succeeded += from.succeeded;
  into.failed += from.failed;
}
function withAccount(finding2, account) {
  return { ...finding2, properties: { ...finding2.properties, accountId: account.id, accountName: account.name } };
}
function recordedRoles(documents) {
  return documents.filter((d) => d.kind === "trust-policy").map((d) => ({ arn: d.resource ?? d.file, roleName: d.roleName ?? "", policy: JSON.stringify(toJson(d.root)) }));
}
async function scanMember(account, base, ports, parent, options, onRoles) {
  const clock = options.clock ?? Date.now;
  const started = clock();
  const roleName = options.memberRoleName ?? DEFAULT_MEMBER_ROLE_NAME;
  const roleArn = memberRoleArn(account, roleName);
  const run = childRun(parent);
  const calls = newCallContext(run);
  const failures = new FailureLog();
  const label = `account ${account.id}${account.name ? ` (${account.name})` : ""}`;
  const finish = (status, part) => ({
    id: account.id,
    name: account.name,
    status,
    durationMs: Math.max(0, clock() - started),
    counts: part.counts ?? { ...EMPTY_COUNTS },
    findings: (part.findings ?? []).map((f) => withAccount(f, account)),
    suppressed: part.suppressed ?? 0,
    roles: part.roles ?? [],
    stats: calls.stats
  });
  let credentials;
  try {
    credentials = await callAws(ASSUME_MEMBER_ROLE, () => ports.sts.assumeRole(roleArn, MEMBER_SESSION_NAME, SESSION_POLICY), calls);
  } catch (err) {
    if (!(err instanceof AwsCallError))
      throw err;
    const hint = err.error.kind === "access-denied" ? `nothing was checked in ${label}: the role ${roleName} must exist there and trust the identity running the scan` : `nothing was checked in ${label}`;
    failures.record(err, hint, { label: roleArn, resource: roleArn });
    const configured = applyConfig(failures.findings(), options.config ?? {});
    return finish(err.error.kind === "deadline" ? "incomplete" : "not-assumed", configured);
  }
  const settings = { ...base, credentials };
  delete settings.profile;
  delete settings.roleArn;
  const clients = await ports.member(settings, run);
  try {
    const result = await scanAccount(clients.iam, {
      ...options.config ? { config: options.config } : {},
      ...clients.accessAnalyzer ? { accessAnalyzer: clients.accessAnalyzer } : {},
      accessAnalyzerValidate: options.accessAnalyzer === true,
      accessAnalyzerPublic: options.accessAnalyzerPublic === true,
      concurrency: options.concurrency ?? 4,
      calls,
      failures,
      ...options.now ? { now: options.now } : {},
      onProgress: (p) => {
        if (p.phase === "roles")
          onRoles(p.done);
      }
    });
    return finish(run.signal.aborted ? "incomplete" : "scanned", { ...result, roles: recordedRoles(result.documents) });
  } finally {
    clients.close();
  }
}
async function scanOrganizationInRun(settings, ports, run, options = {}) {
  const clock = options.clock ?? Date.now;
  const started = clock();
  const config = options.config ?? {};
  const stats = { attempted: 0, succeeded: 0, failed: 0 };
  const orgCalls = newCallContext(run);
  const orgFailures = new FailureLog();
  const progress = { accountsDone: 0, rolesScanned: 0, findings: 0 };
  const report = () => options.onProgress?.({ ...progress });
  const listing = await readListing(LIST_ACCOUNTS, ports.organizations.listAccounts(), orgCalls, () => {
    report();
  });
  addStats(stats, orgCalls.stats);
  if (listing.failure) {
    orgFailures.record(listing.failure, listing.items.length ? `only the first ${listing.items.length} accounts listed were scanned` : "no account of the organization was scanned");
  }
  const seen = /* @__PURE__ */ new Set();
  const active = [];
  const skipped = [];
  for (const account of listing.items) {
    if (seen.has(account.id))
      continue;
    seen.add(account.id);
    if (account.state === "ACTIVE")
      active.push(account);
    else
      skipped.push({ id: account.id, name: account.name, state: account.state });
  }
  progress.accountsTotal = active.length;
  report();
  let resumed = 0;
  const notStarted = [];
  const records = await mapLimit(active, Math.max(1, options.accountConcurrency ?? 4), async (account) => {
    const previous = options.done?.get(account.id);
    let record;
    if (previous?.status === "scanned") {
      resumed++;
      record = { ...previous, name: account.name, findings: previous.findings.map((f) => withAccount(f, account)) };
    } else if (run.signal.aborted) {
      notStarted.push(account);
      return void 0;
    } else {
      let rolesBefore = 0;
      record = await scanMember(account, settings, ports, run, options, (done) => {
        progress.rolesScanned += done - rolesBefore;
        rolesBefore = done;
        report();
      });
      addStats(stats, record.stats);
      options.onAccount?.(record);
      progress.rolesScanned += record.counts.roles - rolesBefore;
    }
    if (previous?.status === "scanned")
      progress.rolesScanned += record.counts.roles;
    progress.accountsDone++;
    progress.findings += record.findings.length;
    report();
    return record;
  });
  const accounts = [];
  for (const [i, record] of records.entries()) {
    const account = active[i];
    accounts.push(record ?? { id: account.id, name: account.name, status: "not-started", durationMs: 0, counts: { ...EMPTY_COUNTS }, findings: [], suppressed: 0, roles: [], stats: { attempted: 0, succeeded: 0, failed: 0 } });
  }
  const orgFindings = [...orgFailures.findings()];
  if (notStarted.length > 0)
    orgFindings.push(notStartedFinding(notStarted, run));
  const configured = applyConfig(orgFindings, config);
  const findings = [...configured.findings, ...accounts.flatMap((a) => a.findings)].sort(compareOnlineFindings);
  return {
    findings,
    suppressed: configured.suppressed + accounts.reduce((n, a) => n + a.suppressed, 0),
    accounts,
    resumed,
    skipped,
    listed: listing.failure === void 0,
    stats,
    totalMs: Math.max(0, clock() - started)
  };
}
var MAX_LISTED2 = 5;
function notStartedFinding(accounts, run) {
  const listed = accounts.slice(0, MAX_LISTED2).map((a) => a.id).join(", ");
  const more = accounts.length > MAX_LISTED2 ? `, and ${accounts.length - MAX_LISTED2} more` : "";
  const error = deadlineError(run);
  return {
    ruleId: "aws-check-failed",
    severity: ruleMeta("aws-check-failed").defaultSeverity,
    message: `${accounts.length} account${accounts.length === 1 ? " was" : "s were"} not scanned (${listed}${more}): ${error.message}; run again with --resume to scan them`,
    location: null,
    properties: { operation: "sts:AssumeRole", errorCode: error.code, kind: "deadline", accounts: accounts.map((a) => a.id) }
  };
}
function recordedRoleDocument(role) {
  let root;
  try {
    root = parseJsonTree(role.policy);
  } catch {
    return void 0;
  }
  if (root.type !== "object")
    return void 0;
  return { kind: "trust-policy", file: role.arn, resource: role.arn, roleName: role.roleName, root, location: { file: role.arn, span: root.span }, sourceKind: "live" };
}

// packages/core/dist/github-online/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/github-online/checks.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/github-online/client.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/github-online/cache.js
init_define_TRUSTLINT_PACKAGE();
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
function defaultCacheDir(env) {
  const xdg = env.XDG_CACHE_HOME?.trim();
  if (xdg)
    return join(xdg, "trustlint");
  const home = (env.HOME ?? env.USERPROFILE)?.trim();
  return home ? join(home, ".cache", "trustlint") : void 0;
}
var EtagCache = class {
  maxBytes;
  dir;
  tokenHash;
  constructor(root, token, maxBytes) {
    this.maxBytes = maxBytes;
    this.dir = join(root, "github");
    this.tokenHash = createHash("sha256").update(`trustlint-token
${token ?? ""}`).digest("hex").slice(0, 16);
  }
  file(url) {
    return join(this.dir, `${createHash("sha256").update(`${this.tokenHash}
${url}`).digest("hex")}.json`);
  }
  get(url) {
    try {
      const file = this.file(url);
      if (statSync(file).size > this.maxBytes)
        return void 0;
      const entry = JSON.parse(readFileSync(file, "utf8"));
      return entry.url === url && typeof entry.etag === "string" && entry.etag !== "" ? { etag: entry.etag, body: entry.body } : void 0;
    } catch {
      return void 0;
    }
  }
  set(url, etag, body) {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 448 });
      const file = this.file(url);
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ url, etag, body }), { mode: 384 });
      renameSync(tmp, file);
    } catch {
    }
  }
};

// packages/core/dist/github-online/client.js
var GitHubCallError = class extends Error {
  endpoint;
  error;
  attempts;
  name = "GitHubCallError";
  constructor(endpoint, error, attempts) {
    super(`${endpoint}: ${error.message}`);
    this.endpoint = endpoint;
    this.error = error;
    this.attempts = attempts;
  }
};
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 307, 308]);
var MAX_REDIRECTS = 3;
var NETWORK2 = /ECONNREFUSED|ECONNRESET|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_SOCKET|other side closed|fetch failed/i;
function expired2(run) {
  return run.signal.aborted;
}
var DEFAULT_GITHUB_API = "https://api.github.com";
var GitHubClient = class {
  run;
  options;
  apiUrl;
  stats = { attempted: 0, succeeded: 0, failed: 0, requests: 0, notModified: 0 };
  cache;
  origin;
  attemptTimeoutMs;
  pageCap;
  now;
  constructor(run, options = {}) {
    this.run = run;
    this.options = options;
    this.apiUrl = (options.apiUrl ?? DEFAULT_GITHUB_API).replace(/\/+$/, "");
    this.origin = new URL(this.apiUrl).origin;
    this.attemptTimeoutMs = options.attemptTimeoutMs ?? 3e4;
    this.pageCap = options.pageCap ?? 10;
    this.now = options.now ?? Date.now;
    this.cache = options.cacheDir !== void 0 ? new EtagCache(options.cacheDir, options.token, run.maxResponseBytes) : void 0;
  }
  /** Whether a token is configured (never the token itself). */
  get authenticated() {
    return this.options.token !== void 0 && this.options.token !== "";
  }
  /**
   * One logical GET: retried on rate limits, 5xx, timeouts and network errors within the run's
   * bounds; redirects followed (at most three, same origin only). 404 and other 4xx answers are
   * returned, not thrown, when `accept` lists them (a missing repository is a result, not a failure).
   */
  async get(endpoint, path, accept = [], extraHeaders = {}) {
    const fail = (error, attempts) => {
      this.stats.attempted++;
      this.stats.failed++;
      return new GitHubCallError(endpoint, error, attempts);
    };
    if (this.run.signal.aborted)
      throw fail(this.deadline(), 0);
    let url = path.startsWith("http") ? path : `${this.apiUrl}${path}`;
    const redirects = [];
    let attempt = 0;
    for (; ; ) {
      attempt++;
      let outcome;
      try {
        outcome = await this.attempt(url, extraHeaders);
      } catch (err) {
        if (expired2(this.run))
          throw fail(this.deadline(), attempt);
        outcome = this.classify(err);
      }
      if ("answer" in outcome) {
        const { answer } = outcome;
        if (REDIRECTS.has(answer.status)) {
          const location = answer.headers.get("location");
          const next = location ? new URL(location, url) : void 0;
          if (!next || next.origin !== this.origin || redirects.length >= MAX_REDIRECTS) {
            throw fail({ kind: "malformed", status: answer.status, message: `a redirect ${next ? next.origin !== this.origin ? "to another host" : "chain longer than 3" : "without a Location header"} was not followed` }, attempt);
          }
          redirects.push(next.href);
          url = next.href;
          attempt = 0;
          continue;
        }
        if (answer.status >= 200 && answer.status < 300 || answer.status === 304 || accept.includes(answer.status)) {
          this.stats.attempted++;
          this.stats.succeeded++;
          return { ...answer, redirects };
        }
        outcome = this.failureOf(answer);
      }
      if (!outcome.retryable || attempt >= Math.max(1, this.run.retry.maxAttempts ?? 5)) {
        throw fail(attempt > 1 && outcome.retryable ? { ...outcome.error, message: `${outcome.error.message} (after ${attempt} attempts)` } : outcome.error, attempt);
      }
      const plan = planRetryWait(this.run, attempt, outcome.retryAfterMs);
      if ("stop" in plan)
        throw fail({ ...outcome.error, retryStopped: plan.stop }, attempt);
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
  async getPaged(endpoint, path, pick) {
    const items = [];
    let next = path.includes("?") ? `${path}&per_page=100` : `${path}?per_page=100`;
    for (let page = 0; next !== void 0; page++) {
      if (page >= this.pageCap) {
        return { items, truncated: new GitHubCallError(endpoint, { kind: "truncated", message: `the list has more than ${this.pageCap} pages; only the first ${items.length} items were read` }, 1) };
      }
      const answer = await this.get(endpoint, next);
      const got = pick(answer.body);
      if (!got)
        throw new GitHubCallError(endpoint, { kind: "malformed", status: answer.status, message: "the answer is not the list GitHub returns" }, 1);
      for (const item of got)
        items.push(item);
      const link = nextLink(answer.headers.get("link"), this.origin);
      if (link === null)
        throw new GitHubCallError(endpoint, { kind: "malformed", status: answer.status, message: "the next page is on another host or not a URL" }, 1);
      next = link;
    }
    return { items };
  }
  deadline() {
    return { kind: "deadline", message: `the time limit of the online checks (${formatSeconds(this.run.timeoutMs)}) expired first` };
  }
  async attempt(url, extraHeaders) {
    const timer = new AbortController();
    const timeout = setTimeout(() => {
      timer.abort(Object.assign(new Error(`the response did not complete within ${formatSeconds(this.attemptTimeoutMs)}`), { name: "TimeoutError" }));
    }, this.attemptTimeoutMs);
    timeout.unref();
    const signal = AbortSignal.any([this.run.signal, timer.signal]);
    const headers = {
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      "user-agent": "trustlint",
      ...extraHeaders
    };
    if (this.authenticated && new URL(url).origin === this.origin)
      headers.authorization = `Bearer ${this.options.token ?? ""}`;
    const cached = this.cache?.get(url);
    if (cached)
      headers["if-none-match"] = cached.etag;
    this.stats.requests++;
    try {
      const response = await fetch(url, { headers, redirect: "manual", signal });
      const text = await this.readBody(response, signal);
      let body;
      if (text !== "") {
        try {
          body = JSON.parse(text);
        } catch {
          return { error: { kind: "malformed", status: response.status, message: `the answer (HTTP ${response.status}) is not JSON` }, retryable: false };
        }
      }
      if (response.status === 304 && cached) {
        this.stats.notModified++;
        return { answer: { status: 200, body: cached.body, headers: response.headers, redirects: [] } };
      }
      const etag = response.headers.get("etag");
      if (this.cache && response.status === 200 && etag)
        this.cache.set(url, etag, body);
      return { answer: { status: response.status, body, headers: response.headers, redirects: [] } };
    } finally {
      clearTimeout(timeout);
    }
  }
  /** The body as text, failing past the per-answer and per-run byte caps. */
  async readBody(response, signal) {
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > this.run.maxResponseBytes) {
      await response.body?.cancel();
      throw Object.assign(new Error(`the response was larger than ${this.run.maxResponseBytes} bytes`), { name: "ResponseTooLarge" });
    }
    if (!response.body)
      return "";
    const reader = response.body.getReader();
    const chunks = [];
    let seen = 0;
    for (; ; ) {
      if (signal.aborted)
        throw signal.reason;
      const { done, value } = await reader.read();
      if (done)
        break;
      seen += value.length;
      this.run.responseBytes += value.length;
      if (seen > this.run.maxResponseBytes || this.run.responseBytes > this.run.maxTotalResponseBytes) {
        await reader.cancel();
        throw Object.assign(new Error(seen > this.run.maxResponseBytes ? `the response was larger than ${this.run.maxResponseBytes} bytes` : `the responses of this run passed ${this.run.maxTotalResponseBytes} bytes`), { name: "ResponseTooLarge" });
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks).toString("utf8");
  }
  classify(err) {
    const e = err;
    const message = typeof e.message === "string" ? e.message : String(err);
    const cause = `${typeof e.cause?.code === "string" ? e.cause.code : ""} ${typeof e.cause?.message === "string" ? e.cause.message : ""}`;
    if (e.name === "ResponseTooLarge")
      return { error: { kind: "malformed", message }, retryable: false };
    if (e.name === "TimeoutError" || e.name === "AbortError" && !this.run.signal.aborted)
      return { error: { kind: "timeout", message }, retryable: true };
    if (NETWORK2.test(cause) || NETWORK2.test(message))
      return { error: { kind: "network", message: `${message}${cause.trim() ? ` (${cause.trim()})` : ""}` }, retryable: true };
    return { error: { kind: "network", message }, retryable: true };
  }
  /** A non-success answer: what it means, whether a retry can help, and when. */
  failureOf(answer) {
    const { status, headers } = answer;
    const apiMessage = messageOf(answer.body);
    const said = apiMessage ? `: ${apiMessage}` : "";
    const retryAfter = Number(headers.get("retry-after"));
    const remaining = headers.get("x-ratelimit-remaining");
    const reset = Number(headers.get("x-ratelimit-reset"));
    const secondary = /secondary rate limit|abuse/i.test(apiMessage);
    if (status === 429 || (status === 403 || status === 429) && (remaining === "0" || secondary || headers.has("retry-after"))) {
      let retryAfterMs;
      if (Number.isFinite(retryAfter) && headers.has("retry-after"))
        retryAfterMs = retryAfter * 1e3;
      else if (remaining === "0" && Number.isFinite(reset))
        retryAfterMs = Math.max(0, reset * 1e3 - this.now());
      else if (secondary)
        retryAfterMs = 6e4;
      const which = remaining === "0" ? "primary" : "secondary";
      const when = remaining === "0" && Number.isFinite(reset) ? ` (resets at ${new Date(reset * 1e3).toISOString()})` : "";
      return {
        error: { kind: "rate-limited", status, message: `HTTP ${status}, ${which} rate limit${when}${said}` },
        ...retryAfterMs !== void 0 ? { retryAfterMs } : {},
        retryable: true
      };
    }
    if (status === 401)
      return { error: { kind: "credentials", status, message: `HTTP 401: the token was rejected${said}` }, retryable: false };
    if (status === 403)
      return { error: { kind: "forbidden", status, message: `HTTP 403: the token may not read this${said}` }, retryable: false };
    if (status === 404)
      return { error: { kind: "not-found", status, message: `HTTP 404${said}` }, retryable: false };
    if (status >= 500)
      return { error: { kind: "server", status, message: `HTTP ${status}${said}` }, retryable: true };
    return { error: { kind: "client", status, message: `HTTP ${status}${said}` }, retryable: false };
  }
};
function messageOf(body) {
  if (typeof body !== "object" || body === null)
    return "";
  const m = body.message;
  return typeof m === "string" ? m.replace(/\s+/g, " ").slice(0, 200) : "";
}
function nextLink(link, origin) {
  if (!link)
    return void 0;
  for (const part of link.split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (m?.[1] && m[2]?.split(/\s+/).includes("next")) {
      try {
        const url = new URL(m[1]);
        return url.origin === origin ? url.href : null;
      } catch {
        return null;
      }
    }
  }
  return void 0;
}

// packages/core/dist/github-online/names.js
init_define_TRUSTLINT_PACKAGE();
var OWNER = "[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?";
var REPO = "[A-Za-z0-9._-]+";
var REPO_PREFIX = new RegExp(`^repo:(${OWNER})(?:@(\\d+))?/(${REPO})(?:@(\\d+))?(?::(.*))?$`);
var OWNER_PREFIX = new RegExp(`^repo:(${OWNER})(?:@(\\d+))?/`);
function admits(entry, effect) {
  return effect === "Allow" && entry.parsed !== null && !entry.parsed.negated && entry.parsed.base.startsWith("String");
}
function fromSub(value) {
  const parsed = parseDefaultSubject(value);
  if (parsed) {
    return [
      {
        form: parsed.format === "immutable" ? "immutable-sub" : "legacy-sub",
        owner: parsed.owner,
        repo: parsed.repo,
        ...parsed.ownerId !== void 0 ? { ownerId: parsed.ownerId } : {},
        ...parsed.repoId !== void 0 ? { repoId: parsed.repoId } : {},
        ...parsed.context.kind === "environment" ? { environment: parsed.context.name } : {},
        context: value.slice(value.indexOf(":", value.indexOf("/")) + 1)
      }
    ];
  }
  const custom = hasWildcard(value) ? void 0 : fromCustom(value);
  if (custom)
    return custom;
  const m = REPO_PREFIX.exec(value);
  if (m?.[1] && m[3] && !hasWildcard(m[1]) && !hasWildcard(m[3])) {
    const immutable = m[2] !== void 0 && m[4] !== void 0;
    return [{ form: immutable ? "immutable-sub" : "legacy-sub", owner: m[1], repo: m[3], ...m[2] ? { ownerId: m[2] } : {}, ...m[4] ? { repoId: m[4] } : {} }];
  }
  const o = OWNER_PREFIX.exec(value);
  if (o?.[1])
    return [{ form: o[2] !== void 0 ? "immutable-sub" : "legacy-sub", owner: o[1], ...o[2] ? { ownerId: o[2] } : {} }];
  return [];
}
function fromCustom(value) {
  const pairs = parseCustomSubject(value);
  if (!pairs)
    return void 0;
  const ref = { form: "custom-sub" };
  for (const { key, value: v } of pairs) {
    if (key === "repo") {
      const seg = new RegExp(`^(${OWNER})(?:@(\\d+))?/(${REPO})(?:@(\\d+))?$`).exec(v);
      if (seg?.[1] && seg[3])
        Object.assign(ref, { owner: seg[1], repo: seg[3], ...seg[2] ? { ownerId: seg[2] } : {}, ...seg[4] ? { repoId: seg[4] } : {} });
    } else if (key === "repository_owner")
      ref.owner = v;
    else if (key === "repository_owner_id")
      ref.ownerId = v;
    else if (key === "repository_id")
      ref.repoId = v;
    else if (key === "repository") {
      const [owner, repo] = v.split("/");
      if (owner && repo)
        Object.assign(ref, { owner, repo });
    } else if (key === "environment")
      ref.environment = v;
  }
  return ref.owner !== void 0 ? [ref] : void 0;
}
function fromClaim(claim, value) {
  if (hasWildcard(value)) {
    if (claim === "repository") {
      const [owner] = value.split("/");
      if (owner && !hasWildcard(owner) && value.includes("/"))
        return [{ form: "claim-key", owner }];
    }
    return [];
  }
  switch (claim) {
    case "repository": {
      const [owner, repo, extra] = value.split("/");
      return owner && repo && extra === void 0 ? [{ form: "claim-key", owner, repo }] : [];
    }
    case "repository_owner":
      return [{ form: "claim-key", owner: value }];
    default:
      return [];
  }
}
function nameReferences(documents, config) {
  const out = [];
  for (const document of documents) {
    const policy = preparePolicy(document, config);
    const analysis = new TrustAnalysis(policy, config);
    for (const trust of analysis.providers) {
      if (!isGitHubProvider(trust.provider))
        continue;
      const prefix = trust.provider.prefix.toLowerCase();
      for (const statement of trust.statements) {
        for (const entry of statement.conditions) {
          if (!admits(entry, statement.effect))
            continue;
          const key = entry.key.toLowerCase();
          if (!key.startsWith(`${prefix}:`))
            continue;
          const claim = key.slice(prefix.length + 1);
          if (claim !== "sub" && claim !== "repository" && claim !== "repository_owner")
            continue;
          for (const v of entry.values) {
            if (hasMarker(v.value))
              continue;
            const refs = claim === "sub" ? fromSub(v.value) : fromClaim(claim, v.value);
            for (const ref of refs) {
              out.push({ document, path: v.path, value: v.value, claim, prefix: trust.provider.prefix, issuer: trust.provider.kind, form: "legacy-sub", ...ref });
            }
          }
        }
      }
    }
  }
  return out;
}

// packages/core/dist/github-online/checks.js
var GET_USER = "GET /users/{username}";
var GET_REPO = "GET /repos/{owner}/{repo}";
function str2(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
function idOf(v) {
  return typeof v === "number" && Number.isSafeInteger(v) ? String(v) : str2(v);
}
function obj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
async function lookUpOwner(client, owner) {
  const answer = await client.get(GET_USER, `/users/${encodeURIComponent(owner)}`, [404]);
  if (answer.status === 404)
    return { exists: false };
  const body = obj(answer.body);
  const login = str2(body?.login);
  const id = idOf(body?.id);
  if (!login || !id)
    throw new GitHubCallError(GET_USER, { kind: "malformed", status: answer.status, message: "the answer has no login and id" }, 1);
  return { exists: true, login, id, type: str2(body?.type) ?? "User" };
}
async function lookUpRepo(client, owner, repo) {
  const answer = await client.get(GET_REPO, `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`, [404]);
  if (answer.status === 404)
    return { exists: false };
  const body = obj(answer.body);
  const fullName = str2(body?.full_name);
  const id = idOf(body?.id);
  const ownerObj = obj(body?.owner);
  const ownerId = idOf(ownerObj?.id);
  const ownerLogin = str2(ownerObj?.login);
  if (!fullName || !id || !ownerId || !ownerLogin) {
    throw new GitHubCallError(GET_REPO, { kind: "malformed", status: answer.status, message: "the answer has no full_name, id and owner" }, 1);
  }
  const moved = answer.redirects.length > 0 || fullName.toLowerCase() !== `${owner}/${repo}`.toLowerCase();
  return { exists: true, fullName, id, ownerId, ownerLogin, moved, ...typeof body?.private === "boolean" ? { private: body.private } : {} };
}
var Lookups = class {
  client;
  owners = /* @__PURE__ */ new Map();
  repos = /* @__PURE__ */ new Map();
  constructor(client) {
    this.client = client;
  }
  owner(name) {
    const key = name.toLowerCase();
    let p = this.owners.get(key);
    if (!p) {
      p = lookUpOwner(this.client, name);
      this.owners.set(key, p);
    }
    return p;
  }
  repo(owner, repo) {
    const key = `${owner}/${repo}`.toLowerCase();
    let p = this.repos.get(key);
    if (!p) {
      p = lookUpRepo(this.client, owner, repo);
      this.repos.set(key, p);
    }
    return p;
  }
};
function locationOf(ref) {
  const node = nodeAt(ref.document.root, ref.path);
  return { file: node?.file ?? ref.document.file, span: (node ?? ref.document.root).span };
}
function finding(ruleId, ref, message, properties, suggestion) {
  return {
    ruleId,
    severity: ruleMeta(ruleId).defaultSeverity,
    message,
    location: locationOf(ref),
    path: ref.path,
    ...ref.document.resource !== void 0 ? { resource: ref.document.resource } : {},
    properties: { value: ref.value, ...properties },
    ...suggestion !== void 0 ? { suggestion: { description: suggestion } } : {}
  };
}
var GitHubFailureLog = class {
  entries = /* @__PURE__ */ new Map();
  record(failure, label, consequence, ref) {
    const systemic = failure.error.kind === "credentials" || failure.error.kind === "deadline";
    const key = systemic ? `${failure.endpoint} ${failure.error.kind}` : `${failure.endpoint} ${label}`;
    const entry = this.entries.get(key);
    if (entry) {
      if (ref)
        entry.refs.push(ref);
      return;
    }
    this.entries.set(key, { failure, consequence, refs: ref ? [ref] : [], label });
  }
  findings() {
    return [...this.entries.values()].map(({ failure, consequence, refs, label }) => {
      const first = refs[0];
      const { error } = failure;
      const stopped = error.retryStopped !== void 0 ? `; not retried further: ${error.retryStopped}` : "";
      return {
        ruleId: "github-check-failed",
        severity: ruleMeta("github-check-failed").defaultSeverity,
        message: `${failure.endpoint} failed for ${label}: ${redactSecrets(error.message)}${stopped}; ${consequence}`,
        location: first ? locationOf(first) : null,
        ...first ? { path: first.path } : {},
        ...first?.document.resource !== void 0 ? { resource: first.document.resource } : {},
        properties: {
          endpoint: failure.endpoint,
          kind: error.kind,
          attempts: failure.attempts,
          ...error.status !== void 0 ? { httpStatus: error.status } : {},
          ...error.retryStopped !== void 0 ? { retryStopped: error.retryStopped } : {},
          ...refs.length > 1 ? { values: refs.length } : {}
        }
      };
    });
  }
};
function onThisApi(ref, customApi) {
  return customApi || ref.issuer === "github.com" || ref.issuer === "enterprise-slug";
}
async function checkNames(documents, config, lookups, failures, customApi) {
  const references = nameReferences(documents, config);
  const findings = [];
  const owners = /* @__PURE__ */ new Map();
  const repos = /* @__PURE__ */ new Map();
  for (const ref of references) {
    if (ref.owner === void 0)
      continue;
    if (!onThisApi(ref, customApi)) {
      failures.record(new GitHubCallError(GET_USER, { kind: "client", message: `the policy trusts the issuer ${ref.prefix}, whose names are not on ${lookups.client.apiUrl}` }, 0), `issuer ${ref.prefix}`, "its names were not checked (give that server with --github-api)", ref);
      continue;
    }
    let owner;
    try {
      owner = await lookups.owner(ref.owner);
    } catch (err) {
      if (!(err instanceof GitHubCallError))
        throw err;
      failures.record(err, `owner ${ref.owner}`, "whether it exists is unknown", ref);
      continue;
    }
    owners.set(ref.owner.toLowerCase(), owner);
    if (!owner.exists) {
      findings.push(finding("github-owner-missing", ref, `GitHub owner '${ref.owner}' does not exist: anyone can register it${ref.form === "immutable-sub" || ref.ownerId !== void 0 ? " (its tokens would carry another id, so this role stays closed, but it is broken)" : " and mint tokens this role accepts"}`, { owner: ref.owner, claimable: ref.ownerId === void 0 }));
      continue;
    }
    if (ref.ownerId !== void 0 && ref.ownerId !== owner.id) {
      findings.push(finding("github-id-mismatch", ref, `the policy pins owner id ${ref.ownerId} for '${ref.owner}', but GitHub's '${owner.login}' has id ${owner.id}: the name belongs to another account now (or the id is wrong), so no token of '${owner.login}' gets in`, { owner: ref.owner, policyId: ref.ownerId, actualId: owner.id }));
    }
    if (ref.repo === void 0)
      continue;
    let repo;
    try {
      repo = await lookups.repo(ref.owner, ref.repo);
    } catch (err) {
      if (!(err instanceof GitHubCallError))
        throw err;
      failures.record(err, `repository ${ref.owner}/${ref.repo}`, "whether it exists is unknown", ref);
      continue;
    }
    repos.set(`${ref.owner}/${ref.repo}`.toLowerCase(), repo);
    const name = `${ref.owner}/${ref.repo}`;
    if (!repo.exists) {
      findings.push(finding("github-repo-missing", ref, `GitHub repository '${name}' was not found${lookups.client.authenticated ? " (deleted, or private and not visible to the token)" : " (deleted, or private: no token was given)"}: the role admits a repository that does not run workflows; whoever can create '${name}' in '${owner.login}' gets in`, { repository: name }));
      continue;
    }
    if (repo.moved) {
      const sameOwner = repo.ownerLogin.toLowerCase() === ref.owner.toLowerCase();
      findings.push(finding("github-repo-moved", ref, `GitHub repository '${name}' was ${sameOwner ? "renamed" : "transferred"}: it is now '${repo.fullName}' (id ${repo.id}); its tokens carry the new name, so this value no longer admits it${ref.form === "immutable-sub" || ref.repoId !== void 0 ? "" : `, and '${name}' can be created again by whoever controls '${ref.owner}'`}`, { repository: name, newName: repo.fullName, repositoryId: repo.id, ownerId: repo.ownerId }, migration(ref, repo.fullName, repo.ownerId, repo.id)));
    }
    if (!repo.moved && ref.repoId === void 0 && ref.ownerId === void 0 && (ref.form === "legacy-sub" || ref.form === "claim-key")) {
      const text = migration(ref, repo.fullName, repo.ownerId, repo.id);
      findings.push(finding("github-name-only-trust", ref, `'${ref.value}' trusts '${name}' by name only: if the name is ever deleted or moved, whoever registers it again gets in. ${text ?? ""}`.trim(), { repository: repo.fullName, ownerId: repo.ownerId, repositoryId: repo.id }, text));
    }
    if (ref.repoId !== void 0 && ref.repoId !== repo.id) {
      findings.push(finding("github-id-mismatch", ref, `the policy pins repository id ${ref.repoId} for '${name}', but GitHub's '${repo.fullName}' has id ${repo.id}: the name belongs to another repository now (or the id is wrong), so no token of '${repo.fullName}' gets in`, { repository: name, policyId: ref.repoId, actualId: repo.id }));
    }
  }
  return { findings, references, owners, repos };
}
function migration(ref, fullName, ownerId, repoId) {
  const [owner, repo] = fullName.split("/");
  if (!owner || !repo)
    return void 0;
  if (ref.claim === "sub" && (ref.form === "legacy-sub" || ref.form === "immutable-sub")) {
    const rest = ref.context !== void 0 ? `:${ref.context}` : ref.value.slice(ref.value.indexOf(":", 5));
    return `Use the immutable subject "repo:${owner}@${ownerId}/${repo}@${repoId}${rest.startsWith(":") ? rest : `:${rest}`}" (or add "repository_id": "${repoId}" next to the name).`;
  }
  return `Trust the ids: "repository_owner_id": "${ownerId}" and "repository_id": "${repoId}".`;
}

// packages/core/dist/github-online/environments.js
init_define_TRUSTLINT_PACKAGE();
var GET_ENVIRONMENT = "GET /repos/{owner}/{repo}/environments/{environment_name}";
var LIST_BRANCH_POLICIES = "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies";
var LIST_PROTECTED_BRANCHES = "GET /repos/{owner}/{repo}/branches?protected=true";
var FNMATCH_META = /[*?[\]{}\\]/;
async function lookUpEnvironment(client, fullName, name) {
  const [o, r] = fullName.split("/");
  const answer = await client.get(GET_ENVIRONMENT, `/repos/${encodeURIComponent(o)}/${encodeURIComponent(r)}/environments/${encodeURIComponent(name)}`, [404]);
  if (answer.status === 404)
    return { exists: false };
  const body = answer.body;
  if (typeof body !== "object" || body.protection_rules !== void 0 && !Array.isArray(body.protection_rules)) {
    throw new GitHubCallError(GET_ENVIRONMENT, { kind: "malformed", status: answer.status, message: "the answer is not an environment" }, 1);
  }
  let reviewers = 0;
  for (const rule of body.protection_rules ?? []) {
    if (rule.type === "required_reviewers" && Array.isArray(rule.reviewers))
      reviewers += rule.reviewers.length;
  }
  const policy = body.deployment_branch_policy;
  return { exists: true, reviewers, protectedBranches: policy?.protected_branches === true, customBranches: policy?.custom_branch_policies === true };
}
async function listBranchPolicies(client, fullName, name) {
  const [o, r] = fullName.split("/");
  const path = `/repos/${encodeURIComponent(o)}/${encodeURIComponent(r)}/environments/${encodeURIComponent(name)}/deployment-branch-policies`;
  const { items, truncated } = await client.getPaged(LIST_BRANCH_POLICIES, path, (body) => {
    const list = body?.branch_policies;
    return Array.isArray(list) ? list : void 0;
  });
  if (truncated)
    throw truncated;
  return items.map((item) => {
    const p = item;
    if (typeof p?.name !== "string" || p.name === "" || p.type !== void 0 && p.type !== "branch" && p.type !== "tag") {
      throw new GitHubCallError(LIST_BRANCH_POLICIES, { kind: "malformed", message: "a branch policy has no name or an unknown type" }, 1);
    }
    return { name: p.name, type: p.type === "tag" ? "tag" : "branch" };
  });
}
async function listProtectedBranches(client, fullName) {
  const [o, r] = fullName.split("/");
  const { items, truncated } = await client.getPaged(LIST_PROTECTED_BRANCHES, `/repos/${encodeURIComponent(o)}/${encodeURIComponent(r)}/branches?protected=true`, (body) => Array.isArray(body) ? body : void 0);
  if (truncated)
    throw truncated;
  const out = /* @__PURE__ */ new Set();
  for (const item of items) {
    const b = item;
    if (typeof b?.name === "string" && b.protected !== false)
      out.add(b.name);
  }
  return out;
}
function openPatterns(policies, protectedBranches) {
  const out = [];
  for (const p of policies) {
    if (p.type === "tag")
      out.push({ pattern: p.name, type: "tag", why: "tag" });
    else if (FNMATCH_META.test(p.name))
      out.push({ pattern: p.name, type: "branch", why: "wildcard" });
    else if (!protectedBranches.has(p.name))
      out.push({ pattern: p.name, type: "branch", why: "unprotected-branch" });
  }
  return out;
}
function describeOpen(o) {
  if (o.why === "tag")
    return `tag pattern '${o.pattern}' (any matching tag a writer pushes)`;
  if (o.why === "wildcard")
    return `'${o.pattern}' (a pattern: any new branch named like it)`;
  return `'${o.pattern}' (not a protected branch)`;
}
function unprotected(ref, fullName, env, facts, open) {
  if (facts.exists && (facts.reviewers > 0 || facts.protectedBranches))
    return void 0;
  if (facts.exists && facts.customBranches && open !== void 0 && open.length === 0)
    return void 0;
  const why = !facts.exists ? `does not exist in '${fullName}': the first workflow job that names it creates it without protection` : facts.customBranches ? `in '${fullName}' has no required reviewers and its deployment branch policy admits refs that are not protected: ${(open ?? []).map(describeOpen).join(", ")}` : `in '${fullName}' has no required reviewers and no deployment branch policy`;
  const node = nodeAt(ref.document.root, ref.path);
  return {
    ruleId: "github-environment-unprotected",
    severity: ruleMeta("github-environment-unprotected").defaultSeverity,
    message: `environment '${env}' ${why}; the subject '${ref.value}' is as wide as any branch that can run the workflow`,
    location: { file: node?.file ?? ref.document.file, span: (node ?? ref.document.root).span },
    path: ref.path,
    ...ref.document.resource !== void 0 ? { resource: ref.document.resource } : {},
    properties: {
      value: ref.value,
      repository: fullName,
      environment: env,
      exists: facts.exists,
      ...facts.exists ? { requiredReviewers: facts.reviewers, protectedBranches: facts.protectedBranches, customBranchPolicies: facts.customBranches } : {},
      ...open !== void 0 && open.length > 0 ? { openPatterns: open.map((o) => `${o.type}:${o.pattern}`) } : {}
    }
  };
}
async function checkEnvironments(refs, repos, client, failures) {
  const out = [];
  const memo = /* @__PURE__ */ new Map();
  const policyMemo = /* @__PURE__ */ new Map();
  const branchMemo = /* @__PURE__ */ new Map();
  const once = (m, key, make) => {
    let p = m.get(key);
    if (!p) {
      p = make();
      m.set(key, p);
    }
    return p;
  };
  for (const ref of refs) {
    if (ref.environment === void 0 || ref.owner === void 0 || ref.repo === void 0 || /[*?]/.test(ref.environment))
      continue;
    const repo = repos.get(`${ref.owner}/${ref.repo}`.toLowerCase());
    if (!repo?.exists)
      continue;
    const name = ref.environment.replace(/%3A/gi, ":");
    const key = `${repo.fullName}
${name}`.toLowerCase();
    let p = memo.get(key);
    if (!p) {
      p = lookUpEnvironment(client, repo.fullName, name);
      memo.set(key, p);
    }
    let facts;
    try {
      facts = await p;
    } catch (err) {
      if (!(err instanceof GitHubCallError))
        throw err;
      failures.record(err, `environment ${name} of ${repo.fullName}`, "whether it is protected is unknown", ref);
      continue;
    }
    let open;
    if (facts.exists && facts.reviewers === 0 && !facts.protectedBranches && facts.customBranches) {
      try {
        const policies = await once(policyMemo, key, () => listBranchPolicies(client, repo.fullName, name));
        const literal = policies.some((x) => x.type === "branch" && !FNMATCH_META.test(x.name));
        const branches = literal ? await once(branchMemo, repo.fullName.toLowerCase(), () => listProtectedBranches(client, repo.fullName)) : /* @__PURE__ */ new Set();
        open = openPatterns(policies, branches);
      } catch (err) {
        if (!(err instanceof GitHubCallError))
          throw err;
        failures.record(err, `the deployment branch policies of environment ${name} of ${repo.fullName}`, "whether its patterns admit only protected branches is unknown", ref);
        continue;
      }
    }
    const f = unprotected(ref, repo.fullName, name, facts, open);
    if (f)
      out.push(f);
  }
  return out;
}

// packages/core/dist/github-online/templates.js
init_define_TRUSTLINT_PACKAGE();
var GET_REPO_SUB = "GET /repos/{owner}/{repo}/actions/oidc/customization/sub";
var GET_ORG_SUB = "GET /orgs/{org}/actions/oidc/customization/sub";
var DEFAULT_TEMPLATE = ["repo", "context"];
function immutableFacts(body) {
  const b = body;
  const prefix = typeof b?.sub_claim_prefix === "string" && b.sub_claim_prefix.startsWith("repo:") ? b.sub_claim_prefix : void 0;
  if (prefix !== void 0)
    return { prefix, immutable: prefix.includes("@") };
  return b?.use_immutable_subject === true ? { immutable: true } : {};
}
var ID_CLAIMS = /* @__PURE__ */ new Set(["repository_owner_id", "repository_id"]);
var NAME_CLAIMS = /* @__PURE__ */ new Set(["repo", "repository", "repository_owner"]);
function keysOf(body) {
  const keys = body?.include_claim_keys;
  return Array.isArray(keys) && keys.every((k) => typeof k === "string") ? keys : void 0;
}
async function repoTemplate(client, owner, fullName, orgTemplates) {
  const [o, r] = fullName.split("/");
  const answer = await client.get(GET_REPO_SUB, `/repos/${encodeURIComponent(o)}/${encodeURIComponent(r)}/actions/oidc/customization/sub`);
  const body = answer.body;
  if (typeof body?.use_default !== "boolean")
    throw new GitHubCallError(GET_REPO_SUB, { kind: "malformed", status: answer.status, message: "the answer has no use_default" }, 1);
  const facts = immutableFacts(body);
  if (body.use_default)
    return { keys: DEFAULT_TEMPLATE, source: "default", ...facts };
  const own = keysOf(body);
  if (own && own.length > 0)
    return { keys: own, source: "repository", ...facts };
  if (owner.type !== "Organization")
    return { keys: DEFAULT_TEMPLATE, source: "default", ...facts };
  const key = owner.login.toLowerCase();
  let org = orgTemplates.get(key);
  if (!org) {
    org = client.get(GET_ORG_SUB, `/orgs/${encodeURIComponent(owner.login)}/actions/oidc/customization/sub`).then((a) => {
      const keys2 = keysOf(a.body);
      if (!keys2)
        throw new GitHubCallError(GET_ORG_SUB, { kind: "malformed", status: a.status, message: "the answer has no include_claim_keys" }, 1);
      return keys2;
    });
    orgTemplates.set(key, org);
  }
  const keys = await org;
  return keys.length > 0 ? { keys, source: "organization", ...facts } : { keys: DEFAULT_TEMPLATE, source: "default", ...facts };
}
function sameKey(value, template) {
  if (value === template)
    return true;
  const contextual = /* @__PURE__ */ new Set(["context", "environment", "ref", "pull_request"]);
  return template === "context" && contextual.has(value) || value === "context" && contextual.has(template);
}
function isDefault(keys) {
  return keys.length === 2 && keys[0] === "repo" && keys[1] === "context";
}
function valueKeys(ref) {
  if (ref.form === "legacy-sub" || ref.form === "immutable-sub")
    return DEFAULT_TEMPLATE;
  if (ref.form !== "custom-sub")
    return void 0;
  return templateKeysOf(ref.value);
}
function at(ref) {
  const node = nodeAt(ref.document.root, ref.path);
  return {
    location: { file: node?.file ?? ref.document.file, span: (node ?? ref.document.root).span },
    path: ref.path,
    ...ref.document.resource !== void 0 ? { resource: ref.document.resource } : {}
  };
}
function templateFindings(ref, fullName, template) {
  const out = [];
  const shown = template.keys.join(", ");
  const from = template.source === "organization" ? `the organisation's template` : template.source === "repository" ? "its own template" : "the default format";
  const keys = valueKeys(ref);
  const comparable = ref.claim === "sub" && keys !== void 0 && !(ref.form === "custom-sub" && /[*?]/.test(ref.value));
  if (comparable) {
    const matches = keys.length === template.keys.length && keys.every((k, i) => sameKey(k, template.keys[i] ?? ""));
    if (!matches) {
      out.push({
        ruleId: "github-sub-template-mismatch",
        severity: ruleMeta("github-sub-template-mismatch").defaultSeverity,
        message: `'${ref.value}' is written in the ${isDefault(keys) ? "default format" : `template [${keys.join(", ")}]`}, but the tokens of '${fullName}' use ${from} [${shown}]: this value can never match, so the role is broken for that repository`,
        ...at(ref),
        properties: { value: ref.value, repository: fullName, template: [...template.keys], templateSource: template.source }
      });
    }
  }
  const spelled = ref.form === "legacy-sub" ? false : ref.form === "immutable-sub" ? true : void 0;
  if (ref.claim === "sub" && isDefault(template.keys) && template.immutable !== void 0 && spelled !== void 0 && spelled !== template.immutable) {
    const how = template.prefix !== void 0 ? `GitHub answers sub_claim_prefix '${template.prefix}'` : "GitHub answers use_immutable_subject: true";
    out.push({
      ruleId: "github-sub-template-mismatch",
      severity: ruleMeta("github-sub-template-mismatch").defaultSeverity,
      message: template.immutable ? `'${ref.value}' names '${fullName}' by name only, but its tokens use immutable subjects (${how}): this value can never match, so the role is broken for that repository; trustlint fix --github --immutable writes the id form` : `'${ref.value}' is in the immutable form, but the tokens of '${fullName}' still use the name-only form (${how}): this value can never match until the repository opts in to immutable subjects`,
      ...at(ref),
      properties: { value: ref.value, repository: fullName, template: [...template.keys], templateSource: template.source, immutable: template.immutable, ...template.prefix !== void 0 ? { subClaimPrefix: template.prefix } : {} }
    });
  }
  if (!isDefault(template.keys)) {
    const first = template.keys[0] ?? "";
    if (!ID_CLAIMS.has(first)) {
      const byName = NAME_CLAIMS.has(first);
      out.push({
        ruleId: "github-sub-template-forgeable",
        severity: byName ? "warning" : ruleMeta("github-sub-template-forgeable").defaultSeverity,
        message: byName ? `the tokens of '${fullName}' use ${from} [${shown}], whose first claim '${first}' names the owner by name, not by id: if the name is deleted and registered again, its tokens carry the same sub` : `the tokens of '${fullName}' use ${from} [${shown}], whose first claim '${first}' does not name the owner: a workflow in any repository can mint a sub of the same shape`,
        ...at(ref),
        properties: { value: ref.value, repository: fullName, template: [...template.keys], templateSource: template.source, firstClaim: first }
      });
    }
  }
  return out;
}
async function checkTemplates(refs, owners, repos, client, failures) {
  const out = [];
  const templates = /* @__PURE__ */ new Map();
  const orgTemplates = /* @__PURE__ */ new Map();
  for (const ref of refs) {
    if (ref.owner === void 0 || ref.repo === void 0)
      continue;
    const repo = repos.get(`${ref.owner}/${ref.repo}`.toLowerCase());
    if (!repo?.exists)
      continue;
    const owner = owners.get(repo.ownerLogin.toLowerCase()) ?? owners.get(ref.owner.toLowerCase());
    if (!owner?.exists)
      continue;
    const realOwner = owner.login.toLowerCase() === repo.ownerLogin.toLowerCase() ? owner : { ...owner, login: repo.ownerLogin };
    const key = repo.fullName.toLowerCase();
    let p = templates.get(key);
    if (!p) {
      p = repoTemplate(client, realOwner, repo.fullName, orgTemplates);
      templates.set(key, p);
    }
    try {
      for (const f of templateFindings(ref, repo.fullName, await p))
        out.push(f);
    } catch (err) {
      if (!(err instanceof GitHubCallError))
        throw err;
      failures.record(err, `repository ${repo.fullName}`, "which sub template its tokens use is unknown", ref);
    }
  }
  return out;
}

// packages/core/dist/fix/immutable.js
init_define_TRUSTLINT_PACKAGE();
var SCOPE_RULES = new Set(CATALOG.filter((r) => r.category === "trust-scope").map((r) => r.id));
var LEGACY = /^repo:([A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)(:.*)$/;
function labelOf(doc) {
  return doc.resource ? `${doc.resourceFile ?? doc.file}:${doc.resource}` : doc.file;
}
function toImmutable(sub, ids) {
  const m = LEGACY.exec(sub);
  if (!m?.[1] || !m[2] || m[3] === void 0)
    return void 0;
  if (m[1].toLowerCase() !== ids.owner.toLowerCase() || m[2].toLowerCase() !== ids.repo.toLowerCase())
    return void 0;
  return `repo:${ids.owner}@${ids.ownerId}/${ids.repo}@${ids.repoId}${m[3]}`;
}
function valueEdit(doc, path, from, to, texts) {
  const node = nodeAt(doc.root, [...path]);
  if (!node || node.type !== "string")
    return { reason: "the value is not a string node of the policy" };
  if (node.provenance !== void 0)
    return { reason: `the value comes from ${node.provenance.kind}: change it where it is defined, by hand` };
  const file = node.file ?? doc.root.file ?? doc.file;
  const text = texts.get(file);
  if (text === void 0)
    return { reason: `${file}: the source text is not available` };
  const written = text.slice(node.span.start.offset, node.span.end.offset);
  const quoted = /^(["']?)([\s\S]*)\1$/.exec(written);
  if (!quoted || quoted[2] !== from)
    return { reason: "the value is not written as a plain literal at its location (an escape, an interpolation or a template): change it by hand" };
  const q = quoted[1] ?? "";
  return { file, start: node.span.start.offset, end: node.span.end.offset, text: `${q}${to}${q}` };
}
function legacySamples(doc, documents, values, config, prefix) {
  const audience = config.audiences?.[0] ?? "sts.amazonaws.com";
  const out = /* @__PURE__ */ new Map();
  const uses = roleUsesOf(doc, documents);
  if (uses.length > 0) {
    const c = synthesizeConditions(uses, config, prefix);
    if (!("reason" in c))
      for (const s of c.samples)
        out.set(JSON.stringify(s), s);
  }
  for (const v of values)
    for (const s of conditionsForSubject(v, audience, prefix).samples)
      out.set(JSON.stringify(s), s);
  return [...out.values()].slice(0, 64);
}
function decision(doc, s, arn, config) {
  const r = simulatePolicy(doc, { sub: s.sub, aud: s.aud, ...s.claims ? { claims: s.claims } : {}, ...arn ? { provider: arn } : {}, config });
  return r.ok ? r.decision : r.error;
}
function scopeCounts(findings) {
  const m = /* @__PURE__ */ new Map();
  for (const f of findings)
    if (SCOPE_RULES.has(f.ruleId))
      m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
}
function disproof(before, documents, texts, cands, config) {
  const label = labelOf(before);
  const again = analyze([...texts].map(([file, text]) => ({ file, text, explicit: true })), { config });
  const broken = again.findings.find((f) => f.ruleId === "parse-error" || f.ruleId === "input-error");
  if (broken)
    return `the edited source does not read: ${broken.message}`;
  const after = again.documents.filter((d) => d.kind === "trust-policy" && labelOf(d) === label);
  if (after.length === 0)
    return "the edited source no longer defines the role";
  const provider = trustedProvider(before, config);
  if ("reason" in provider)
    return provider.reason;
  const old = scopeCounts(analyzeTrustPolicy(before, config));
  const samples = legacySamples(before, documents, cands.map((c) => c.migration.from), config, provider.prefix);
  for (const doc of after) {
    for (const [rule, n] of scopeCounts(analyzeTrustPolicy(doc, config))) {
      if (n > (old.get(rule) ?? 0))
        return `${rule} appears on the edited policy`;
    }
    let checked = 0;
    for (const s of samples) {
      const ids = cands.map((c) => c.ids).find((i) => toImmutable(s.sub, i) !== void 0);
      if (!ids || decision(before, s, provider.arn, config) !== "allow")
        continue;
      const sub = toImmutable(s.sub, ids) ?? s.sub;
      const next = { sub, aud: s.aud, claims: { ...s.claims ?? {}, repository_owner_id: ids.ownerId, repository_id: ids.repoId } };
      const now = decision(doc, next, provider.arn, config);
      if (now !== "allow")
        return `the immutable-form token ${sub} is not admitted (${now})`;
      if (decision(doc, s, provider.arn, config) === "allow")
        return `the name-only token ${s.sub} is still admitted (another value admits it)`;
      checked++;
    }
    if (checked === 0)
      return "no token the old values admit could be replayed (audience or other conditions): write the ids by hand";
  }
  return void 0;
}
function planImmutableFixes(documents, findings, texts, config) {
  const trust = documents.filter((d) => d.kind === "trust-policy" && d.sourceKind !== "live");
  const hints = findings.filter((f) => f.ruleId === "github-name-only-trust" && f.location !== null);
  const byRole = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const ref of nameReferences(trust, config)) {
    if (ref.claim !== "sub" || ref.form !== "legacy-sub" || ref.repo === void 0)
      continue;
    const node = nodeAt(ref.document.root, ref.path);
    const file = node?.file ?? ref.document.file;
    const at2 = (node ?? ref.document.root).span;
    const hint = hints.find((f) => f.location?.file === file && f.location.span.start.offset === at2.start.offset && f.properties?.value === ref.value);
    const ownerId = hint?.properties?.ownerId;
    const repoId = hint?.properties?.repositoryId;
    const fullName = hint?.properties?.repository;
    if (typeof ownerId !== "string" || typeof repoId !== "string" || typeof fullName !== "string")
      continue;
    const key = `${file}\0${at2.start.offset}`;
    if (seen.has(key))
      continue;
    seen.add(key);
    const [owner, repo] = fullName.split("/");
    const label = labelOf(ref.document);
    const base = { label, file, line: at2.start.line, from: ref.value };
    if (!owner || !repo)
      continue;
    const ids = { owner, ownerId, repo, repoId };
    const to = toImmutable(ref.value, ids);
    if (to === void 0) {
      byRole.set(label, [...byRole.get(label) ?? [], { doc: ref.document, ids, migration: { ...base, to: ref.value, status: "skipped", reason: "the value is not a literal repo:OWNER/REPO:CONTEXT subject" } }]);
      continue;
    }
    const edit = valueEdit(ref.document, ref.path, ref.value, to, texts);
    const migration2 = "reason" in edit ? { ...base, to, status: "skipped", reason: edit.reason } : { ...base, to, status: "fixed" };
    byRole.set(label, [...byRole.get(label) ?? [], { doc: ref.document, ids, migration: migration2, ..."reason" in edit ? {} : { edit } }]);
  }
  let current = new Map(texts);
  let accepted = [];
  let proven = 0;
  const migrations = [];
  for (const cands of byRole.values()) {
    const editable = cands.filter((c) => c.edit !== void 0);
    appendAll(migrations, cands.filter((c) => c.edit === void 0).map((c) => c.migration));
    const first = editable[0];
    if (!first)
      continue;
    const refuse = (reason) => {
      for (const c of editable)
        migrations.push({ ...c.migration, status: "refused", reason });
    };
    if (proven >= MAX_PROVEN_ROLES) {
      for (const c of editable)
        migrations.push({ ...c.migration, status: "skipped", reason: `more than ${MAX_PROVEN_ROLES} roles in one run: run fix again (or on a smaller PATH)` });
      continue;
    }
    proven++;
    const combined = [...accepted, ...editable.flatMap((c) => c.edit ? [c.edit] : [])];
    let edited;
    try {
      edited = applyFileEdits(texts, combined);
    } catch {
      refuse("its source is shared with another role edited differently: change it by hand");
      continue;
    }
    const why = disproof(first.doc, documents, edited, editable, config);
    if (why !== void 0) {
      refuse(why);
      continue;
    }
    accepted = combined;
    current = edited;
    appendAll(migrations, editable.map((c) => c.migration));
  }
  const files = changedFiles(texts, current);
  migrations.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  return { migrations, files };
}

// packages/core/dist/github-online/index.js
async function runGitHubChecks(documents, options = {}) {
  const run = startOnlineRun(options);
  try {
    const client = new GitHubClient(run, options);
    const lookups = new Lookups(client);
    const failures = new GitHubFailureLog();
    const trust = documents.filter((d) => d.kind === "trust-policy");
    const config = options.config ?? {};
    const names = await checkNames(trust, config, lookups, failures, options.apiUrl !== void 0);
    const templates = await checkTemplates(names.references, names.owners, names.repos, client, failures);
    const environments = await checkEnvironments(names.references, names.repos, client, failures);
    const configured = applyConfig([...names.findings, ...templates, ...environments, ...failures.findings()], config);
    return {
      findings: configured.findings.sort(compareOnlineFindings),
      suppressed: configured.suppressed,
      stats: client.stats,
      names: names.owners.size + names.repos.size
    };
  } finally {
    run.close();
  }
}

// packages/core/dist/aws/resume.js
init_define_TRUSTLINT_PACKAGE();
import { closeSync, fstatSync, openSync, readSync, renameSync as renameSync2, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { basename, dirname, join as join2 } from "node:path";
var RESUME_VERSION = 1;
var MAX_RESUME_BYTES = 256 * 1024 * 1024;
var ResumeFileError = class extends Error {
  name = "ResumeFileError";
};
function readBounded(file) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch (err) {
    if (err.code === "ENOENT")
      return void 0;
    throw new ResumeFileError(`${file}: cannot be read: ${err.message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      throw new ResumeFileError(`${file}: is not a regular file`);
    if (stat.size > MAX_RESUME_BYTES)
      throw new ResumeFileError(`${file}: ${stat.size} bytes, more than the ${MAX_RESUME_BYTES} a state file may have`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0)
        break;
      read += n;
    }
    return buffer.subarray(0, read).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
var SEVERITIES = /* @__PURE__ */ new Set(["error", "warning", "info"]);
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isCount = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0;
function accountProblem(a) {
  if (!isObject(a))
    return "is not an object";
  if (typeof a.id !== "string" || !/^\d{12}$/.test(a.id))
    return "has no 12-digit id";
  if (typeof a.name !== "string")
    return "has no name";
  if (a.status !== "scanned")
    return `has the status ${JSON.stringify(a.status)}, not "scanned"`;
  if (!isCount(a.durationMs) || !isCount(a.suppressed))
    return "has no durationMs or suppressed count";
  const c = a.counts;
  if (!isObject(c) || !["providers", "roles", "rolesTrustingOidc", "users", "activeAccessKeys"].every((k) => isCount(c[k])))
    return "has no counts";
  if (!Array.isArray(a.findings))
    return "has no findings list";
  for (const [i, f] of a.findings.entries()) {
    if (!isObject(f) || typeof f.ruleId !== "string" || typeof f.message !== "string" || !SEVERITIES.has(f.severity) || f.location !== null) {
      return `has a malformed finding at index ${i}`;
    }
  }
  if (!Array.isArray(a.roles) || !a.roles.every((r) => isObject(r) && typeof r.arn === "string" && typeof r.roleName === "string" && typeof r.policy === "string")) {
    return "has a malformed roles list";
  }
  const s = a.stats;
  if (!isObject(s) || !isCount(s.attempted) || !isCount(s.succeeded) || !isCount(s.failed))
    return "has no call stats";
  return void 0;
}
function readResumeState(file, memberRoleName) {
  const text = readBounded(file);
  const done = /* @__PURE__ */ new Map();
  if (text === void 0)
    return done;
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ResumeFileError(`${file}: not a trustlint state file: ${err.message}`);
  }
  if (!isObject(value) || value.kind !== "trustlint-organization-scan" || !Array.isArray(value.accounts)) {
    throw new ResumeFileError(`${file}: not a trustlint state file of aws scan --organization`);
  }
  if (value.version !== RESUME_VERSION)
    throw new ResumeFileError(`${file}: state file version ${JSON.stringify(value.version)}, this trustlint reads version ${RESUME_VERSION}`);
  if (value.memberRoleName !== memberRoleName) {
    throw new ResumeFileError(`${file}: written by a scan through the member role ${JSON.stringify(value.memberRoleName)}, not ${JSON.stringify(memberRoleName)}: use the same --member-role-name, or another --resume file`);
  }
  for (const [i, a] of value.accounts.entries()) {
    const problem = accountProblem(a);
    if (problem !== void 0)
      throw new ResumeFileError(`${file}: accounts[${i}] ${problem}`);
    const record = a;
    done.set(record.id, record);
  }
  return done;
}
function stored(record) {
  const findings = record.findings.map((f) => {
    const properties = { ...f.properties };
    delete properties.accountId;
    delete properties.accountName;
    const out = { ...f };
    if (Object.keys(properties).length)
      out.properties = properties;
    else
      delete out.properties;
    return out;
  });
  return { ...record, findings };
}
var ResumeWriter = class {
  file;
  memberRoleName;
  intervalMs;
  clock;
  accounts = /* @__PURE__ */ new Map();
  /** The first finished account is written at once. */
  lastWrite = -Infinity;
  dirty = false;
  constructor(file, memberRoleName, previous = /* @__PURE__ */ new Map(), intervalMs = 2e3, clock = Date.now) {
    this.file = file;
    this.memberRoleName = memberRoleName;
    this.intervalMs = intervalMs;
    this.clock = clock;
    for (const [id, r] of previous)
      this.accounts.set(id, r);
  }
  /** A finished account; only `scanned` ones are kept (the others are scanned again next time). */
  add(record) {
    if (record.status !== "scanned")
      return;
    this.accounts.set(record.id, stored(record));
    this.dirty = true;
    if (this.clock() - this.lastWrite >= this.intervalMs)
      this.flush();
  }
  get size() {
    return this.accounts.size;
  }
  /** Writes the state now if anything changed (or the file was never written). */
  flush(force = false) {
    if (!this.dirty && !force)
      return;
    const content = { version: RESUME_VERSION, kind: "trustlint-organization-scan", memberRoleName: this.memberRoleName, accounts: [...this.accounts.values()] };
    const tmp = join2(dirname(this.file), `.${basename(this.file)}.${process.pid}.tmp`);
    try {
      writeFileSync2(tmp, `${JSON.stringify(content)}
`, { mode: 384 });
      renameSync2(tmp, this.file);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw new ResumeFileError(`${this.file}: cannot be written: ${err.message}`);
    }
    this.lastWrite = this.clock();
    this.dirty = false;
  }
};

// packages/core/dist/aws/index.js
var ASSUME_ROLE = { service: "sts", action: "AssumeRole" };
async function withAssumedRole(settings, calls, failures) {
  const { roleArn } = settings;
  if (roleArn === void 0)
    return settings;
  try {
    return await callAws(ASSUME_ROLE, () => assumeRoleSettings({ ...settings, roleArn }, calls.run), calls);
  } catch (err) {
    if (!(err instanceof AwsCallError))
      throw err;
    failures.record(err, "nothing was checked in that account", { label: roleArn });
    return void 0;
  }
}
async function runAccessAnalyzerChecks(documents, settings, options = {}) {
  const run = startOnlineRun(options);
  try {
    return await accessAnalyzerChecksInRun(documents, settings, options, run);
  } finally {
    run.close();
  }
}
async function accessAnalyzerChecksInRun(documents, settings, options, run) {
  const calls = newCallContext(run);
  const failures = new FailureLog();
  const trust = documents.filter((d) => d.kind === "trust-policy");
  let findings = [];
  let checked = 0;
  let skipped = 0;
  if (trust.length > 0) {
    const assume = newCallContext(run);
    const effective = await withAssumedRole(settings, assume, failures);
    if (!effective)
      Object.assign(calls.stats, assume.stats);
    if (effective) {
      const port = options.ports?.accessAnalyzer ?? await createAccessAnalyzerPort(effective, run);
      try {
        const result = await checkWithAccessAnalyzer(trust, port, {
          ...options.validate !== void 0 ? { validate: options.validate } : {},
          checkNoPublicAccess: options.checkNoPublicAccess === true,
          concurrency: options.concurrency ?? 4,
          calls,
          failures
        });
        findings = result.findings;
        checked = result.checked;
        skipped = result.skipped.length;
      } finally {
        if (!options.ports?.accessAnalyzer)
          port.close?.();
      }
    }
  }
  const configured = applyConfig([...findings, ...failures.findings()], options.config ?? {});
  return { findings: configured.findings.sort(compareOnlineFindings), suppressed: configured.suppressed, stats: calls.stats, checked, skipped };
}
async function scanLiveAccount(settings, options = {}) {
  const run = startOnlineRun(options);
  try {
    return await scanInRun2(settings, options, run);
  } finally {
    run.close();
  }
}
async function scanInRun2(settings, options, run) {
  const calls = newCallContext(run);
  const failures = new FailureLog();
  const assume = newCallContext(run);
  const effective = await withAssumedRole(settings, assume, failures);
  if (!effective) {
    const configured = applyConfig(failures.findings(), options.config ?? {});
    return {
      findings: configured.findings,
      suppressed: configured.suppressed,
      documents: [],
      stats: assume.stats,
      counts: { providers: 0, roles: 0, rolesTrustingOidc: 0, users: 0, activeAccessKeys: 0 }
    };
  }
  const wantAa = options.accessAnalyzer === true || options.accessAnalyzerPublic === true;
  const iam = options.ports?.iam ?? await createIamPort(effective, run);
  const aa = wantAa ? options.ports?.accessAnalyzer ?? await createAccessAnalyzerPort(effective, run) : void 0;
  try {
    return await scanAccount(iam, {
      ...options.config ? { config: options.config } : {},
      ...aa ? { accessAnalyzer: aa } : {},
      accessAnalyzerValidate: options.accessAnalyzer === true,
      accessAnalyzerPublic: options.accessAnalyzerPublic === true,
      concurrency: options.concurrency ?? 4,
      calls,
      failures,
      ...options.now ? { now: options.now } : {},
      ...options.onProgress ? { onProgress: options.onProgress } : {}
    });
  } finally {
    if (!options.ports?.iam)
      iam.close?.();
    if (aa && !options.ports?.accessAnalyzer)
      aa.close?.();
  }
}
var DEFAULT_ORGANIZATION_TIMEOUT_MS = 36e5;
async function scanOrganization(settings, options = {}) {
  const run = startOnlineRun({ ...options, timeoutMs: options.timeoutMs ?? DEFAULT_ORGANIZATION_TIMEOUT_MS });
  if (!options.organizationPorts)
    run.agents = await sharedAgents(options);
  try {
    const failures = new FailureLog();
    const assume = newCallContext(run);
    const effective = await withAssumedRole(settings, assume, failures);
    if (!effective) {
      const configured = applyConfig(failures.findings(), options.config ?? {});
      return { findings: configured.findings, suppressed: configured.suppressed, accounts: [], resumed: 0, skipped: [], listed: false, stats: assume.stats, totalMs: 0 };
    }
    const ports = options.organizationPorts ?? await sdkOrganizationPorts(effective, run, options);
    try {
      const result = await scanOrganizationInRun(effective, ports, run, options);
      result.stats.attempted += assume.stats.attempted;
      result.stats.succeeded += assume.stats.succeeded;
      result.stats.failed += assume.stats.failed;
      return result;
    } finally {
      if (!options.organizationPorts)
        ports.close?.();
    }
  } finally {
    run.close();
    run.agents?.http.destroy();
    run.agents?.https.destroy();
  }
}
async function sharedAgents(options) {
  const [{ Agent: HttpAgent }, { Agent: HttpsAgent }] = await Promise.all([import("node:http"), import("node:https")]);
  const maxSockets = Math.max(1, options.accountConcurrency ?? 4) * Math.max(1, options.concurrency ?? 4) + 2;
  return { http: new HttpAgent({ keepAlive: true, maxSockets }), https: new HttpsAgent({ keepAlive: true, maxSockets }) };
}
async function sdkOrganizationPorts(settings, run, options) {
  const organizations = await createOrganizationsPort(settings, run);
  const sts = await createStsPort(settings, run);
  const wantAa = options.accessAnalyzer === true || options.accessAnalyzerPublic === true;
  return {
    organizations,
    sts,
    async member(memberSettings, memberRun) {
      const iam = await createIamPort(memberSettings, memberRun);
      const accessAnalyzer = wantAa ? await createAccessAnalyzerPort(memberSettings, memberRun) : void 0;
      return {
        iam,
        ...accessAnalyzer ? { accessAnalyzer } : {},
        close() {
          iam.close();
          accessAnalyzer?.close();
        }
      };
    },
    close() {
      organizations.close();
      sts.close();
    }
  };
}
export {
  ASSUME_MEMBER_ROLE,
  AwsCallError,
  CHECK_NO_PUBLIC_ACCESS,
  DEFAULT_GITHUB_API,
  DEFAULT_LISTING_CAPS,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_TOTAL_RESPONSE_BYTES,
  DEFAULT_MEMBER_ROLE_NAME,
  DEFAULT_ORGANIZATION_TIMEOUT_MS,
  DEFAULT_TEMPLATE,
  DEFAULT_TIMEOUT_MS,
  EtagCache,
  FailureLog,
  GET_ENVIRONMENT,
  GET_ORG_SUB,
  GET_REPO_SUB,
  GitHubCallError,
  GitHubClient,
  GitHubFailureLog,
  LIST_ACCOUNTS,
  Lookups,
  MAX_RESUME_BYTES,
  MEMBER_SCAN_ACTIONS,
  MEMBER_SESSION_NAME,
  RESUME_VERSION,
  ResumeFileError,
  ResumeWriter,
  SESSION_POLICY,
  VALIDATE_POLICY,
  applyConfig,
  assumeRoleSettings,
  backoffDelay,
  callAws,
  capItems,
  checkEnvironments,
  checkNames,
  checkTemplates,
  checkWithAccessAnalyzer,
  childRun,
  classifyAwsError,
  compareOnlineFindings,
  createAccessAnalyzerPort,
  createIamPort,
  createOrganizationsPort,
  createStsPort,
  deadlineError,
  decodePolicyDocument,
  defaultCacheDir,
  delocalize,
  hasUnresolvedValue,
  isValidMemberRoleName,
  liveProviderDocument,
  lookUpEnvironment,
  lookUpOwner,
  lookUpRepo,
  mapAaLocation,
  mapLimit,
  maskAccessKeyId,
  memberRoleArn,
  migration,
  nameReferences,
  newCallContext,
  nextLink,
  pathAtPosition,
  pathKey,
  permissionOf,
  planImmutableFixes,
  planRetryWait,
  readListing,
  readResumeState,
  recordedRoleDocument,
  renderPolicy,
  repoTemplate,
  runAccessAnalyzerChecks,
  runGitHubChecks,
  scanAccount,
  scanLiveAccount,
  scanOrganization,
  scanOrganizationInRun,
  sourceLocationOf,
  startOnlineRun,
  templateFindings,
  truncatedListing,
  trustsOidcProvider
};
