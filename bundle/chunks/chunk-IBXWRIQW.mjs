import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  CATALOG,
  DEFAULT_AUDIENCES,
  DEFAULT_LIMITS,
  EvaluationBudget,
  MAX_PROVEN_ROLES,
  OUTSIDER_CLASSES,
  SCOPE_RULES,
  TrustAnalysis,
  analyze,
  analyzeTrustPolicy,
  appendAll,
  applyFileEdits,
  attr,
  changedFiles,
  classPhrase,
  collectUnresolved,
  displayValue,
  emptyFacetKnowledge,
  evaluatePolicy,
  indentUnit,
  inputOf,
  isGitHubProvider,
  isTerraformParserLoaded,
  jsonPolicyEdits,
  lineEnding,
  parseHclFile,
  parseYamlDocument,
  preparePolicy,
  readCacStep,
  redactSecrets,
  requestFor,
  require_dist,
  stepsOfJob,
  synthesizeIssuerWitnesses,
  synthesizeWitnesses,
  terraformValueEdits,
  toJson,
  trustedProvider,
  usesIdToken,
  yamlPolicyEdits
} from "./chunk-5NIPEJ5H.mjs";
import {
  __toESM,
  init_define_TRUSTLINT_PACKAGE
} from "./chunk-DAIUEL45.mjs";

// packages/cli/dist/errors.js
init_define_TRUSTLINT_PACKAGE();
var CliError = class extends Error {
  name = "CliError";
  exitCode;
  constructor(message, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
};
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}

// packages/core/dist/load-online.js
init_define_TRUSTLINT_PACKAGE();
function loadOnlineChecks() {
  return import("./aws-6VXXTIJ4.mjs");
}

// packages/core/dist/output/sanitize.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/output/control-characters.js
init_define_TRUSTLINT_PACKAGE();
function isControlCharacter(code) {
  return code < 32 || code >= 127 && code <= 159 || code === 8232 || code === 8233 || code === 1564 || code === 8206 || code === 8207 || code >= 8234 && code <= 8238 || code >= 8294 && code <= 8297;
}
function replaceControls(text2, replace) {
  let out = "";
  let at = 0;
  for (let i = 0; i < text2.length; i++) {
    const code = text2.charCodeAt(i);
    if (!isControlCharacter(code))
      continue;
    const replacement = replace(text2.charAt(i), code);
    if (replacement === text2.charAt(i))
      continue;
    out += text2.slice(at, i) + replacement;
    at = i + 1;
  }
  return at === 0 ? text2 : out + text2.slice(at);
}
function unicodeEscape(code) {
  return `\\u${code.toString(16).padStart(4, "0")}`;
}
function escapeControlCharacters(text2) {
  return replaceControls(text2, (_, code) => unicodeEscape(code));
}
function escapeControlCharactersInText(text2) {
  return replaceControls(text2, (c, code) => c === "	" || c === "\n" ? c : unicodeEscape(code));
}
function showControlCharacters(text2) {
  return replaceControls(text2, (c, code) => {
    if (c === "	" || c === "\n" || c === "\r")
      return c;
    if (code < 32)
      return String.fromCharCode(9216 + code);
    return code === 127 ? "\u2421" : "\uFFFD";
  });
}

// packages/core/dist/output/sanitize.js
function sanitizeText(text2, mode = "terminal") {
  const redacted = redactSecrets(text2);
  return mode === "terminal" ? escapeControlCharacters(redacted) : redacted;
}
var MAX_DEPTH = 64;
function sanitizeValue(value, mode) {
  return sanitizeDeep(value, mode, 0);
}
function sanitizeDeep(value, mode, depth) {
  if (typeof value === "string")
    return sanitizeText(value, mode);
  if (value === null || typeof value !== "object")
    return value;
  if (depth >= MAX_DEPTH)
    return sanitizeText(JSON.stringify(value), mode);
  if (Array.isArray(value))
    return value.map((item) => sanitizeDeep(item, mode, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [sanitizeText(k, mode), sanitizeDeep(v, mode, depth + 1)]));
}
function sanitizeSource(text2, mode) {
  const redacted = redactSecrets(text2);
  return mode === "terminal" ? showControlCharacters(redacted) : redacted;
}
var ESC = String.fromCharCode(27);
var SGR = new RegExp(`${ESC}\\[[0-9;]*m`, "g");
var LINE_RESET = `\r${ESC}[K`;
function sanitizeOutput(chunk) {
  const reset = chunk.startsWith(LINE_RESET) ? LINE_RESET : "";
  const body = chunk.slice(reset.length);
  let out = reset;
  let at = 0;
  for (const m of body.matchAll(SGR)) {
    out += sanitizeOutputSegment(body.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + sanitizeOutputSegment(body.slice(at));
}
function sanitizeOutputSegment(text2) {
  return escapeControlCharactersInText(redactSecrets(text2));
}

// packages/core/dist/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/model/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/model/finding.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/model/document.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/model/workflow.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/model/gitlab-ci.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/config.js
init_define_TRUSTLINT_PACKAGE();
function configSchema() {
  const ruleIds = CATALOG.map((r) => r.id);
  const stringList = { type: "array", items: { type: "string", minLength: 1 } };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://trustlint.dev/schema/config.json",
    title: "trustlint configuration",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      rules: {
        type: "object",
        description: 'Severity per rule id, or "off".',
        additionalProperties: false,
        properties: Object.fromEntries(ruleIds.map((id) => [id, { enum: ["error", "warning", "info", "off"] }]))
      },
      owners: { ...stringList, description: "GitHub owners you trust (only changes messages)." },
      repository: {
        type: "string",
        pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$",
        description: "owner/repo, used when the git remote origin is absent."
      },
      gitlabProject: {
        type: "string",
        pattern: "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$",
        description: "group/subgroup/project path of the GitLab project whose pipelines are scanned (GitLab CI cross-checks)."
      },
      deployBranch: { type: "string", minLength: 1, description: "Branch named in fix suggestions." },
      audiences: { ...stringList, description: "Audiences OIDC providers should accept." },
      issuers: {
        type: "array",
        description: "Extra OIDC issuers: a URL is a GitHub issuer; an object adds a registry entry (docs/issuers.md).",
        items: {
          oneOf: [
            { type: "string", minLength: 1 },
            {
              type: "object",
              additionalProperties: false,
              required: ["url"],
              properties: {
                url: { type: "string", pattern: "^https://[^\\s]+$" },
                like: { enum: ["github", "gitlab", "terraform", "buildkite", "circleci", "bitbucket"] },
                name: { type: "string", minLength: 1 },
                sub: {
                  oneOf: [
                    { type: "string", minLength: 1 },
                    { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }
                  ]
                },
                claims: { type: "object", additionalProperties: { type: "string" } },
                audiences: stringList,
                private: { type: "boolean" },
                terms: {
                  type: "object",
                  additionalProperties: false,
                  properties: { namespace: { type: "string", minLength: 1 }, project: { type: "string", minLength: 1 } }
                }
              }
            }
          ]
        }
      },
      ignore: { ...stringList, description: "Globs relative to the config file." },
      ignoreFindings: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["file", "rule", "reason"],
          properties: {
            file: { type: "string", minLength: 1 },
            rule: { enum: ruleIds },
            reason: { type: "string", minLength: 1 }
          }
        }
      }
    }
  };
}

// packages/core/dist/check-policy.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/fingerprint.js
init_define_TRUSTLINT_PACKAGE();
var import_yaml = __toESM(require_dist(), 1);
var createHash = (...args) => process.getBuiltinModule("node:crypto").createHash(...args);
var RECIPE = "trustlint-fingerprint/1";
function findingFingerprints(findings, options = {}) {
  const anchors = new AnchorFinder(options.texts);
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const file = f.location ? options.fileKey?.(f.location.file) ?? f.location.file : "";
    const key = [RECIPE, f.ruleId, file, f.resource ?? "", anchors.anchorOf(f)].join("\0");
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return createHash("sha256").update(`${key}\0${ordinal}`).digest("hex").slice(0, 32);
  });
}
var AnchorFinder = class {
  texts;
  yamlRoots = /* @__PURE__ */ new Map();
  constructor(texts) {
    this.texts = texts;
  }
  anchorOf(f) {
    if (f.path)
      return `policy:${JSON.stringify(f.path)}`;
    const location = f.location;
    if (location && /\.ya?ml$/.test(location.file)) {
      const root = this.yamlRoot(location.file);
      if (root)
        return `yaml:${JSON.stringify(yamlPathAt(root, location.span.start.offset))}`;
    }
    const masked = f.properties?.masked;
    if (typeof masked === "string")
      return `secret:${masked}`;
    return "";
  }
  yamlRoot(file) {
    const cached = this.yamlRoots.get(file);
    if (cached !== void 0)
      return cached;
    const text2 = this.texts?.get(file);
    let root = null;
    if (text2 !== void 0) {
      const doc = parseYamlDocument(text2, { uniqueKeys: false, strict: false, prettyErrors: false });
      root = doc instanceof Error ? null : doc.contents ?? null;
    }
    this.yamlRoots.set(file, root);
    return root;
  }
};
function yamlPathAt(root, offset) {
  const path = [];
  let node = root;
  for (; ; ) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && (contains(p.key, offset) || contains(p.value, offset)));
      if (!pair)
        return path;
      path.push((0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "?");
      if (contains(pair.key, offset))
        return path;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node)) {
      const index = node.items.findIndex((item) => contains(item, offset));
      if (index < 0)
        return path;
      path.push(index);
      node = node.items[index];
    } else
      return path;
  }
}
function contains(node, offset) {
  const range = node?.range;
  return range !== void 0 && (range[0] ?? 0) <= offset && offset < (range[2] ?? range[1] ?? 0);
}

// packages/core/dist/report/finding.js
init_define_TRUSTLINT_PACKAGE();
function reportLocation(location) {
  const { start, end } = location.span;
  return { file: location.file, line: start.line, column: start.column + 1, endLine: end.line, endColumn: end.column + 1 };
}
function toReportFinding(f, fingerprint) {
  const out = { ruleId: f.ruleId, severity: f.severity, message: f.message };
  if (f.location)
    Object.assign(out, reportLocation(f.location));
  else
    out.file = null;
  if (f.path)
    out.path = f.path;
  if (f.resource !== void 0)
    out.resource = f.resource;
  if (f.witness)
    out.witness = f.witness;
  if (f.related && f.related.length > 0)
    out.related = f.related.map((r) => ({ ...reportLocation(r.location), message: r.message }));
  out.properties = f.properties ?? {};
  if (fingerprint !== void 0)
    out.fingerprint = fingerprint;
  return out;
}

// packages/core/dist/workflow/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/companions.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/patterns.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/estree.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/classes.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/values.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/scope.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/documents.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/constructs.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/json.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/statements.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/trust-policy.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/mutations.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/strings.js
init_define_TRUSTLINT_PACKAGE();
var MAX_OPTIONS = DEFAULT_LIMITS.alternatives;

// packages/core/dist/sources/cdk/github-oidc.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/to-policy.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/evaluate.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/calls.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/walk.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/fix/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/fix/mechanical.js
init_define_TRUSTLINT_PACKAGE();
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function labelOf(doc) {
  return doc.resource ? `${doc.resourceFile ?? doc.file}:${doc.resource}` : doc.file;
}
function statements(policy) {
  return Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement ?? null];
}
function policyEdits(doc, texts, policy, changed) {
  const text2 = texts.get(doc.root.file ?? doc.file);
  if (text2 === void 0)
    return { reason: "the source text is not available" };
  if (doc.sourceKind === "policy")
    return jsonPolicyEdits(doc, text2, policy);
  if (doc.sourceKind === "cloudformation")
    return text2.trimStart().startsWith("{") ? jsonPolicyEdits(doc, text2, policy) : yamlPolicyEdits(doc, text2, policy);
  if (doc.sourceKind === "terraform")
    return terraformValueEdits(doc, texts, policy, changed);
  return { reason: `editing ${doc.sourceKind} sources is not supported yet` };
}
function audienceFix(doc, findings, texts, config) {
  const missing = findings.some((f) => f.ruleId === "oidc-audience" && f.severity !== "info" && f.message.startsWith("no condition on"));
  if (!missing)
    return void 0;
  const provider = trustedProvider(doc, config);
  if ("reason" in provider)
    return { ruleId: "oidc-audience", file: doc.file, description: "add the aud condition", edits: provider };
  const audience = (config.audiences ?? DEFAULT_AUDIENCES)[0] ?? "sts.amazonaws.com";
  const key = `${provider.prefix}:aud`;
  const policy = toJson(doc.root);
  const changed = [];
  const list = statements(policy).map((s, i) => {
    if (!isObject(s) || !provider.statements.has(i))
      return s;
    const cond = isObject(s.Condition) ? s.Condition : {};
    const hasAud = Object.values(cond).some((block) => isObject(block) && Object.keys(block).some((k) => k.toLowerCase() === key.toLowerCase()));
    if (hasAud)
      return s;
    changed.push({ index: i, key, to: "StringEquals", values: [audience] });
    const eq = isObject(cond.StringEquals) ? cond.StringEquals : {};
    return { ...s, Condition: { ...cond, StringEquals: { [key]: audience, ...eq } } };
  });
  const rewritten = { ...policy, Statement: Array.isArray(policy.Statement) ? list : list[0] ?? null };
  return {
    ruleId: "oidc-audience",
    file: doc.file,
    description: `${labelOf(doc)}: add "StringEquals": {"${key}": "${audience}"}`,
    edits: policyEdits(doc, texts, rewritten, changed),
    ...doc.resource !== void 0 ? { resource: doc.resource } : {},
    data: { key, audience }
  };
}
function wildcardFix(doc, findings, texts) {
  const paths = findings.filter((f) => f.ruleId === "oidc-stringequals-wildcard" && f.path).map((f) => f.path ?? []);
  if (paths.length === 0)
    return void 0;
  const policy = toJson(doc.root);
  const list = statements(policy);
  const changed = [];
  for (const p of paths) {
    const single = typeof p[1] !== "number";
    const i = single ? 0 : p[1];
    const opKey = p[single ? 2 : 3];
    const condKey = p[single ? 3 : 4];
    if (typeof opKey !== "string" || typeof condKey !== "string" || !/(^|:)StringEquals$/.test(opKey))
      continue;
    if (!changed.some((c) => c.index === i && c.key === condKey))
      changed.push({ index: i, key: condKey, from: opKey, to: opKey.replace(/StringEquals$/, "StringLike") });
  }
  if (changed.length === 0)
    return void 0;
  const out = list.map((s, i) => {
    if (!isObject(s) || !isObject(s.Condition))
      return s;
    let cond = { ...s.Condition };
    for (const c of changed.filter((x) => x.index === i)) {
      if (c.from === void 0)
        continue;
      const from = cond[c.from];
      if (!isObject(from) || from[c.key] === void 0)
        continue;
      const rest = Object.fromEntries(Object.entries(from).filter(([k]) => k !== c.key));
      const target = isObject(cond[c.to]) ? cond[c.to] : {};
      if (target[c.key] !== void 0)
        return s;
      const next = {};
      for (const [k, v] of Object.entries(cond)) {
        if (k === c.from) {
          if (Object.keys(rest).length > 0)
            next[k] = rest;
          if (!isObject(cond[c.to]))
            next[c.to] = { [c.key]: from[c.key] ?? null };
        } else if (k === c.to)
          next[k] = { ...target, [c.key]: from[c.key] ?? null };
        else
          next[k] = v;
      }
      cond = next;
    }
    return { ...s, Condition: cond };
  });
  const rewritten = { ...policy, Statement: Array.isArray(policy.Statement) ? out : out[0] ?? null };
  return {
    ruleId: "oidc-stringequals-wildcard",
    file: doc.file,
    description: `${labelOf(doc)}: ${changed.map((c) => `${c.key} from ${c.from} to ${c.to}`).join(", ")}`,
    edits: policyEdits(doc, texts, rewritten, changed),
    ...doc.resource !== void 0 ? { resource: doc.resource } : {}
  };
}
function lineStart(text2, offset) {
  return text2.lastIndexOf("\n", offset - 1) + 1;
}
function staticKeyFixes(documents, texts) {
  const out = [];
  for (const doc of documents) {
    if (doc.kind !== "workflow" || doc.workflowKind !== "workflow")
      continue;
    const text2 = texts.get(doc.file);
    if (text2 === void 0)
      continue;
    for (const job of doc.jobs) {
      for (const s of stepsOfJob(doc, job)) {
        if (s.document !== doc)
          continue;
        const cac = readCacStep(s);
        if (cac?.mode !== "static-keys" || !cac.role || cac.role.from !== "input")
          continue;
        const description = `${doc.file}: job ${job.id}: remove the static keys from configure-aws-credentials (it assumes ${cac.role.value.text} through OIDC)`;
        if (job.idToken.level !== "write") {
          out.push({ ruleId: "workflow-static-aws-keys", file: doc.file, description, edits: { reason: "the job has no id-token: write, so the action could not request an OIDC token" } });
          continue;
        }
        const entries = ["aws-access-key-id", "aws-secret-access-key", "aws-session-token"].map((n) => inputOf(s.step, n)).filter((e) => e !== void 0);
        const edits = [];
        for (const e of entries) {
          const start = lineStart(text2, e.nameLocation.span.start.offset);
          const end = text2.indexOf("\n", e.value.location.span.end.offset);
          const own = text2.slice(start, e.nameLocation.span.start.offset).trim() === "" && !text2.slice(e.nameLocation.span.start.offset, end < 0 ? text2.length : end).includes("\n");
          if (!own || e.value.location.span.start.line !== e.nameLocation.span.start.line) {
            edits.length = 0;
            break;
          }
          edits.push({ file: doc.file, start, end: end < 0 ? text2.length : end + 1, text: "" });
        }
        out.push({ ruleId: "workflow-static-aws-keys", file: doc.file, description, edits: edits.length ? edits : { reason: "the key inputs are not each on a line of their own" } });
      }
    }
  }
  return out;
}
function idTokenFixes(documents, texts) {
  const out = [];
  for (const doc of documents) {
    if (doc.kind !== "workflow" || doc.workflowKind !== "workflow")
      continue;
    const block = doc.permissions;
    const text2 = texts.get(doc.file);
    const scope = block?.scopes.find((x) => x.name === "id-token");
    if (!block || !text2 || block.kind !== "map" || scope?.level !== "write")
      continue;
    const inheriting = doc.jobs.filter((j) => !j.permissions && !j.uses);
    const users = inheriting.filter((j) => stepsOfJob(doc, j).some(usesIdToken));
    if (users.length === inheriting.length)
      continue;
    const description = `${doc.file}: move id-token: write from the workflow to job${users.length === 1 ? "" : "s"} ${users.map((j) => j.id).join(", ") || "(none)"}`;
    const lineOf = (loc) => {
      const start = lineStart(text2, loc.span.start.offset);
      const nl = text2.indexOf("\n", loc.span.end.offset);
      return [start, nl < 0 ? text2.length : nl + 1];
    };
    const ownLine = (sc) => text2.slice(lineStart(text2, sc.nameLocation.span.start.offset), sc.nameLocation.span.start.offset).trim() === "" && sc.location.span.end.line === sc.nameLocation.span.start.line;
    if (block.scopes.length < 2 || !block.scopes.every(ownLine) || block.location.span.start.line === block.keyLocation.span.start.line) {
      out.push({ ruleId: "workflow-id-token-scope", file: doc.file, description, edits: { reason: "the workflow permissions are not a block of other scopes, one per line" } });
      continue;
    }
    const [cutStart, cutEnd] = lineOf(scope.location);
    const scopeLines = block.scopes.map((sc) => text2.slice(...lineOf(sc.location)).replace(/^[ \t]*/, ""));
    const edits = [{ file: doc.file, start: cutStart, end: cutEnd, text: "" }];
    const eol = lineEnding(text2);
    const unit = indentUnit(text2);
    const flowJob = users.find((j) => !/^[^:]*:[ \t]*(#.*)?\r?\n?$/.test(text2.slice(j.idLocation.span.start.offset, lineOf(j.idLocation)[1])));
    if (flowJob) {
      out.push({ ruleId: "workflow-id-token-scope", file: doc.file, description, edits: { reason: `job ${flowJob.id} is not written in block style` } });
      continue;
    }
    for (const job of users) {
      const [, afterId] = lineOf(job.idLocation);
      const jobIndent = " ".repeat(job.idLocation.span.start.column) + unit;
      const body = scopeLines.map((l) => `${jobIndent}${unit}${l.replace(/\r?\n$/, "")}${eol}`).join("");
      edits.push({ file: doc.file, start: afterId, end: afterId, text: `${jobIndent}permissions:${eol}${body}` });
    }
    out.push({ ruleId: "workflow-id-token-scope", file: doc.file, description, edits });
  }
  return out;
}
function findingKey(f) {
  return `${f.ruleId} ${f.location?.file ?? ""}`;
}
function countBy(findings) {
  const m = /* @__PURE__ */ new Map();
  for (const f of findings)
    m.set(findingKey(f), (m.get(findingKey(f)) ?? 0) + 1);
  return m;
}
function planMechanicalFixes(documents, findings, texts, config, options = {}) {
  const separately = options.separately === true;
  const explicit = options.explicit ?? true;
  const candidates2 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const doc of documents) {
    if (doc.kind !== "trust-policy" || doc.sourceKind === "live" || seen.has(labelOf(doc)))
      continue;
    seen.add(labelOf(doc));
    const own = analyzeTrustPolicy(doc, config);
    for (const c of [audienceFix(doc, own, texts, config), wildcardFix(doc, own, texts)])
      if (c)
        candidates2.push(c);
  }
  for (const c of staticKeyFixes(documents, texts))
    candidates2.push(c);
  for (const c of idTokenFixes(documents, texts))
    candidates2.push(c);
  const fixes = [];
  let accepted = [];
  let current = new Map(texts);
  let baseline = countBy(findings);
  let proven = 0;
  for (const c of candidates2) {
    const about = { ruleId: c.ruleId, file: c.file, description: c.description, ...c.resource !== void 0 ? { resource: c.resource } : {}, ...c.data ? { data: c.data } : {} };
    if ("reason" in c.edits) {
      fixes.push({ ...about, status: "refused", reason: c.edits.reason });
      continue;
    }
    if (++proven > MAX_PROVEN_ROLES) {
      fixes.push({ ...about, status: "refused", reason: `more than ${MAX_PROVEN_ROLES} fixes in one run: run check --fix again` });
      continue;
    }
    const combined = separately ? c.edits : [...accepted, ...c.edits];
    let edited;
    try {
      edited = applyFileEdits(texts, combined);
    } catch {
      fixes.push({ ...about, status: "refused", reason: "overlaps another fix" });
      continue;
    }
    const again = analyze([...edited].map(([file, text2]) => ({ file, text: text2, explicit })), { config });
    const after = countBy(again.findings);
    const fixedKey = `${c.ruleId} ${c.file}`;
    const gone = (after.get(fixedKey) ?? 0) < (baseline.get(fixedKey) ?? 0);
    const appeared = [...after].filter(([k, n]) => n > (baseline.get(k) ?? 0)).map(([k]) => k);
    if (!gone || appeared.length > 0) {
      const reason = !gone ? "the finding is still reported after the edit" : `the edit would bring ${appeared.join(", ")}`;
      fixes.push({ ...about, status: "refused", reason });
      continue;
    }
    fixes.push({ ...about, status: "fixed", edits: c.edits });
    if (separately)
      continue;
    accepted = combined;
    current = edited;
    baseline = after;
  }
  const files = changedFiles(texts, current);
  return { fixes, files };
}

// packages/core/dist/diff/trust-diff.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/moved.js
init_define_TRUSTLINT_PACKAGE();
function readMovedBlocks(file, text2, budget = new EvaluationBudget()) {
  if (!/\bmoved\b/.test(text2))
    return [];
  if (file.endsWith(".tf.json"))
    return jsonMovedBlocks(file, text2);
  let body;
  try {
    if (file.endsWith(".tf") && isTerraformParserLoaded())
      body = parseHclFile(file, text2, budget).body;
    else
      return [];
  } catch {
    return [];
  }
  const out = [];
  for (const block of body.blocks) {
    if (block.type !== "moved" || block.labels.length > 0)
      continue;
    const from = addressOf(attr(block.body, "from")?.expr);
    const to = addressOf(attr(block.body, "to")?.expr);
    if (from !== void 0 && to !== void 0 && from !== to)
      out.push({ file, from, to });
  }
  return out;
}
function jsonMovedBlocks(file, text2) {
  let root;
  try {
    root = JSON.parse(text2);
  } catch {
    return [];
  }
  if (root === null || typeof root !== "object" || Array.isArray(root))
    return [];
  const moved = root["moved"];
  const blocks = Array.isArray(moved) ? moved : moved !== void 0 ? [moved] : [];
  const out = [];
  for (const b of blocks) {
    if (b === null || typeof b !== "object")
      continue;
    const { from, to } = b;
    if (typeof from !== "string" || typeof to !== "string")
      continue;
    const f = from.trim();
    const t = to.trim();
    if (ADDRESS.test(f) && ADDRESS.test(t) && f !== t)
      out.push({ file, from: f, to: t });
  }
  return out;
}
var ADDRESS = /^(module\.[A-Za-z_][\w-]*(\[(\d+|"[^"\\]*")\])?\.)*(module\.[A-Za-z_][\w-]*|[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)(\[(\d+|"[^"\\]*")\])?$/;
var MODULE_PREFIX = /^(module\.[A-Za-z_][\w-]*(\[(\d+|"[^"\\]*")\])?\.)+$/;
function addressOf(expr) {
  if (!expr)
    return void 0;
  const steps = [];
  let e = expr;
  for (; ; ) {
    if (e.t === "getattr") {
      steps.unshift(`.${e.name}`);
      e = e.target;
    } else if (e.t === "index") {
      const key = indexKey(e.key);
      if (key === void 0)
        return void 0;
      steps.unshift(key);
      e = e.target;
    } else if (e.t === "name") {
      steps.unshift(e.name);
      break;
    } else
      return void 0;
  }
  const address = steps.join("");
  return ADDRESS.test(address) ? address : void 0;
}
function indexKey(key) {
  if (key.t === "literal" && typeof key.value === "number" && Number.isInteger(key.value) && key.value >= 0)
    return `[${key.value}]`;
  if (key.t !== "template")
    return void 0;
  let text2 = "";
  for (const p of key.parts) {
    if (p.t !== "lit")
      return void 0;
    text2 += p.text;
  }
  return `[${JSON.stringify(text2)}]`;
}
function movedFrom(address, blocks) {
  const out = [];
  let current = address;
  for (let step = 0; step < blocks.length; step++) {
    const previous = previousAddress(current, blocks);
    if (previous === void 0 || previous === address || out.includes(previous))
      break;
    out.push(previous);
    current = previous;
  }
  return out;
}
function previousAddress(address, blocks) {
  for (const b of blocks) {
    let at = address.indexOf(b.to);
    while (at >= 0) {
      const before = address.slice(0, at);
      const after = address.slice(at + b.to.length);
      if ((before === "" || before.endsWith(".")) && (after === "" || after.startsWith(".") || after.startsWith("[") && !b.to.endsWith("]"))) {
        if (before === "" || MODULE_PREFIX.test(before))
          return `${before}${b.from}${after}`;
      }
      at = address.indexOf(b.to, at + 1);
    }
  }
  return void 0;
}

// packages/core/dist/diff/trust-diff.js
var MAX_WITNESSES_PER_PAIR = 5e3;
function diffTrust(before, after, options = {}) {
  const config = options.config ?? {};
  const beforeRoles = rolesOf(before, config);
  const afterRoles = rolesOf(after, config);
  const pairs = pairRoles(beforeRoles, afterRoles, movedBlocks(after.texts));
  const paired = new Set(pairs.flatMap(([b, a]) => [b, a]));
  const roles = pairs.map(([b, a, by]) => ({ before: b.ref, after: a.ref, pairedBy: by, classes: compareRoles(b, a, config) }));
  const added = afterRoles.filter((r) => !paired.has(r)).map((r) => verdictOf(r));
  const removed = beforeRoles.filter((r) => !paired.has(r)).map((r) => verdictOf(r));
  const renamed = renamedFiles(before, after, pairs);
  const workflows = workflowChanges(before, after, renamed);
  return {
    roles,
    added,
    removed,
    workflows,
    renamed: [...renamed].map(([from, to]) => ({ before: from, after: to })),
    widened: roles.some((r) => r.classes.some((c) => c.status === "widened")) || added.some((r) => r.admitted.length > 0),
    newWorkflowErrors: workflows.some((w) => w.error)
  };
}
function rolesOf(side, config) {
  const byKey = /* @__PURE__ */ new Map();
  for (const doc of side.documents) {
    if (doc.kind !== "trust-policy")
      continue;
    const file = doc.resourceFile ?? doc.file;
    const key = `${file}\0${doc.resource ?? ""}`;
    let role = byKey.get(key);
    if (!role) {
      const ref = { file, label: doc.resource ?? doc.roleName ?? file };
      if (doc.resource !== void 0)
        ref.resource = doc.resource;
      if (doc.roleName !== void 0)
        ref.roleName = doc.roleName;
      role = { ref, docs: [], policies: [], signature: "", parts: [] };
      byKey.set(key, role);
    }
    role.docs.push(doc);
    appendAll(role.parts, collectUnresolved(doc.root).map((u) => u.part));
    const policy = preparePolicy(doc, config);
    role.policies.push({ policy, trust: new TrustAnalysis(policy, config, SCOPE_RULES) });
  }
  for (const role of byKey.values())
    role.signature = canonicalJson(role.docs.map((d) => toJson(d.root)));
  return [...byKey.values()];
}
function pairRoles(before, after, moved) {
  const out = [];
  const left = new Set(before);
  const right = new Set(after);
  const pass = (by, keyOfBefore, keyOfAfter = keyOfBefore) => {
    const index = (roles, keyOf2) => {
      const m = /* @__PURE__ */ new Map();
      for (const r of roles) {
        const k = keyOf2(r);
        if (k !== void 0)
          m.set(k, [...m.get(k) ?? [], r]);
      }
      return m;
    };
    const a = index(right, keyOfAfter);
    for (const [k, bs] of index(left, keyOfBefore)) {
      const as = a.get(k);
      const b = bs[0];
      const r = as?.[0];
      if (bs.length !== 1 || as?.length !== 1 || !b || !r)
        continue;
      out.push([b, r, by]);
      left.delete(b);
      right.delete(r);
    }
  };
  pass("same", (r) => `${r.ref.file}\0${r.ref.resource ?? ""}`);
  pass("resource", (r) => r.ref.resource);
  const beforeAddresses = new Set(before.flatMap((r) => r.ref.resource !== void 0 ? [r.ref.resource] : []));
  pass("moved", (r) => r.ref.resource, (r) => r.ref.resource !== void 0 ? movedFrom(r.ref.resource, moved).find((a) => beforeAddresses.has(a)) : void 0);
  pass("role-name", (r) => r.ref.roleName);
  pass("same-policy", (r) => r.signature);
  pass("file-name", (r) => `${r.ref.file.split("/").pop() ?? ""}\0${r.ref.resource ?? ""}`);
  return out;
}
function movedBlocks(texts) {
  const out = [];
  for (const [file, text2] of texts ?? [])
    if (file.endsWith(".tf") || file.endsWith(".tf.json"))
      appendAll(out, readMovedBlocks(file, text2));
  return out;
}
function candidates(roles, config) {
  const out = /* @__PURE__ */ new Map();
  for (const role of roles) {
    for (const { trust } of role.policies) {
      for (const p of trust.providers) {
        const key = p.provider.prefix.toLowerCase();
        let entry = out.get(key);
        if (!entry) {
          entry = { provider: p.provider, witnesses: [], seen: /* @__PURE__ */ new Set() };
          out.set(key, entry);
        }
        const witnesses = isGitHubProvider(p.provider) ? synthesizeWitnesses(p.knowledge, config.owners ?? []) : synthesizeIssuerWitnesses(p.facets ?? emptyFacetKnowledge(), { entry: p.provider.registry.entry, match: p.provider.registry.match, configOwners: config.owners ?? [] });
        for (const w of witnesses) {
          if (entry.witnesses.length >= MAX_WITNESSES_PER_PAIR)
            break;
          const id = `${w.cls}\0${JSON.stringify(w.claims)}`;
          if (entry.seen.has(id))
            continue;
          entry.seen.add(id);
          entry.witnesses.push(w);
        }
      }
    }
  }
  return out;
}
function admits(role, prefix, claims) {
  return role.policies.some(({ policy, trust }) => {
    const p = trust.providers.find((x) => x.provider.prefix.toLowerCase() === prefix);
    if (!p || p.statements.length === 0)
      return false;
    const result = evaluatePolicy(policy, requestFor(p.provider, claims), { unresolved: "literal" });
    if (result.statements.some((s) => s.effect === "Deny" && s.applies === true))
      return false;
    const trusting = new Set(p.statements.map((s) => s.index));
    return result.statements.some((s) => trusting.has(s.index) && s.effect === "Allow" && s.applies !== false);
  });
}
function compareRoles(before, after, config) {
  const out = [];
  const fromBefore = candidates([before], config);
  const fromAfter = candidates([after], config);
  const admittedBefore = admittedClasses(before);
  const admittedAfter = admittedClasses(after);
  const prefixes = [.../* @__PURE__ */ new Set([...fromBefore.keys(), ...fromAfter.keys()])].sort();
  for (const prefix of prefixes) {
    for (const cls of OUTSIDER_CLASSES) {
      const inBefore = admittedBefore.has(`${prefix}\0${cls}`);
      const inAfter = admittedAfter.has(`${prefix}\0${cls}`);
      if (!inBefore && !inAfter)
        continue;
      const widened = inAfter ? fromAfter.get(prefix)?.witnesses.find((w) => w.cls === cls && admits(after, prefix, w.claims) && !admits(before, prefix, w.claims)) : void 0;
      const narrowed = inBefore ? fromBefore.get(prefix)?.witnesses.find((w) => w.cls === cls && admits(before, prefix, w.claims) && !admits(after, prefix, w.claims)) : void 0;
      const status = widened ? "widened" : narrowed ? "narrowed" : "unchanged";
      const witness = widened ?? narrowed;
      out.push({
        provider: prefix,
        cls,
        outsider: classPhrase(cls),
        status,
        before: inBefore,
        after: inAfter,
        ...witness ? { witness: shown(witness.claims, widened ? after : before) } : {}
      });
    }
  }
  return out;
}
function admittedClasses(role) {
  const out = /* @__PURE__ */ new Set();
  for (const { trust } of role.policies) {
    for (const v of trust.scope())
      for (const cls of v.admitted.keys())
        out.add(`${v.provider.prefix.toLowerCase()}\0${cls}`);
  }
  return out;
}
function verdictOf(role) {
  const byKey = /* @__PURE__ */ new Map();
  for (const { trust } of role.policies) {
    for (const v of trust.scope()) {
      for (const [cls, a] of v.admitted) {
        const prefix = v.provider.prefix.toLowerCase();
        const key = `${prefix}\0${cls}`;
        if (!byKey.has(key))
          byKey.set(key, { provider: prefix, cls, outsider: classPhrase(cls), witness: shown(a.witness.claims, role) });
      }
    }
  }
  const rank = (cls) => OUTSIDER_CLASSES.indexOf(cls);
  return { role: role.ref, admitted: [...byKey.values()].sort((a, b) => a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : rank(a.cls) - rank(b.cls)) };
}
var WORKFLOW_RULES = new Set(CATALOG.filter((r) => r.category === "workflow" || r.category === "long-lived-keys").map((r) => r.id));
var STATIC_KEY_RULES = /* @__PURE__ */ new Set(["workflow-static-aws-keys", "secret-aws-access-key"]);
var TRIGGER_RULES = /* @__PURE__ */ new Set(["workflow-untrusted-trigger-oidc"]);
function keyOf(side) {
  return (file) => side.fileKey?.(file) ?? file;
}
function renamedFiles(before, after, pairs) {
  const out = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  const add = (from, to) => {
    if (out.has(from) || taken.has(to))
      return;
    out.set(from, to);
    taken.add(to);
  };
  const workflowsOf = (side) => {
    const key = keyOf(side);
    const m = /* @__PURE__ */ new Map();
    for (const doc of side.documents)
      if (doc.kind === "workflow")
        m.set(key(doc.file), doc);
    return m;
  };
  const filesOf = (side) => {
    const key = keyOf(side);
    return new Set(side.documents.map((d) => key(d.kind === "trust-policy" ? d.resourceFile ?? d.file : d.file)));
  };
  const beforeFiles = filesOf(before);
  const afterFiles = filesOf(after);
  const was = [...workflowsOf(before)].filter(([k]) => !afterFiles.has(k));
  const now = [...workflowsOf(after)].filter(([k]) => !beforeFiles.has(k));
  const textOf = (side, doc) => side.texts?.get(doc.file);
  const jobsOf = (doc) => doc.workflowKind === "workflow" ? doc.jobs.map((j) => j.id).sort().join("\0") : "";
  const nameOf = (doc) => doc.name?.text ?? "";
  const signatures = [
    (side, doc) => textOf(side, doc),
    (_side, doc) => doc.workflowKind === "workflow" && doc.jobs.length > 0 ? `${nameOf(doc)}\0\0${jobsOf(doc)}` : void 0,
    (_side, doc) => doc.workflowKind === "workflow" && doc.jobs.length > 0 ? jobsOf(doc) : void 0
  ];
  for (const signature of signatures) {
    const index = (side, docs) => {
      const m = /* @__PURE__ */ new Map();
      for (const [k, doc] of docs) {
        if (out.has(k) || taken.has(k))
          continue;
        const s = signature(side, doc);
        if (s !== void 0)
          m.set(`${doc.workflowKind}\0${s}`, [...m.get(`${doc.workflowKind}\0${s}`) ?? [], k]);
      }
      return m;
    };
    const right = index(after, now);
    for (const [s, froms] of index(before, was)) {
      const tos = right.get(s);
      if (froms.length === 1 && tos?.length === 1 && froms[0] !== void 0 && tos[0] !== void 0)
        add(froms[0], tos[0]);
    }
  }
  const targets = /* @__PURE__ */ new Map();
  for (const [b, a] of pairs) {
    const from = keyOf(before)(b.ref.file);
    const to = keyOf(after)(a.ref.file);
    if (from === to || afterFiles.has(from) || beforeFiles.has(to))
      continue;
    targets.set(from, /* @__PURE__ */ new Set([...targets.get(from) ?? [], to]));
  }
  for (const [from, tos] of targets)
    if (tos.size === 1)
      add(from, [...tos][0] ?? "");
  return out;
}
function jobFacts(side, renamed = /* @__PURE__ */ new Map()) {
  const out = /* @__PURE__ */ new Map();
  const key = keyOf(side);
  for (const doc of side.documents) {
    if (doc.kind !== "workflow" || doc.workflowKind !== "workflow")
      continue;
    const wf = doc;
    const file = key(wf.file);
    for (const job of wf.jobs) {
      const aws = stepsOfJob(wf, job).some((s) => readCacStep(s) !== void 0);
      out.set(`${renamed.get(file) ?? file}\0${job.id}`, { file: wf.file, job: job.id, aws, idToken: job.idToken.level === "write" });
    }
  }
  return out;
}
function workflowChanges(before, after, renamed) {
  const out = [];
  const was = jobFacts(before, renamed);
  for (const [key, now] of jobFacts(after)) {
    const then = was.get(key);
    if (now.aws && !then?.aws) {
      out.push({ kind: "obtains-aws-credentials", file: now.file, job: now.job, error: false, message: "now obtains AWS credentials (configure-aws-credentials)" });
    }
    if (now.idToken && !then?.idToken) {
      out.push({ kind: "id-token-write", file: now.file, job: now.job, error: false, message: "now gets id-token: write (it can request OIDC tokens)" });
    }
  }
  const known = new Set(printsOf({ ...before, fileKey: (f) => {
    const k = keyOf(before)(f);
    return renamed.get(k) ?? k;
  } }));
  const prints = printsOf(after);
  after.findings.forEach((f, i) => {
    if (!WORKFLOW_RULES.has(f.ruleId) || known.has(prints[i] ?? ""))
      return;
    const kind = STATIC_KEY_RULES.has(f.ruleId) ? "static-keys" : TRIGGER_RULES.has(f.ruleId) ? "untrusted-trigger" : "new-finding";
    out.push({ kind, file: f.location?.file ?? "", finding: f, error: f.severity === "error", message: `${f.ruleId}: ${f.message}` });
  });
  return out;
}
function printsOf(side) {
  return findingFingerprints(side.findings, { ...side.fileKey ? { fileKey: side.fileKey } : {}, ...side.texts ? { texts: side.texts } : {} });
}
function canonicalJson(value) {
  if (Array.isArray(value))
    return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return value === void 0 ? "null" : JSON.stringify(value);
}
function shown(claims, role) {
  return Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, displayValue(v, role.parts)]));
}

export {
  CliError,
  errorMessage,
  configSchema,
  findingFingerprints,
  toReportFinding,
  loadOnlineChecks,
  sanitizeText,
  sanitizeValue,
  sanitizeSource,
  sanitizeOutput,
  planMechanicalFixes,
  diffTrust
};
