import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  CATALOG,
  DEFAULT_AUDIENCES,
  DEFAULT_LIMITS,
  EvaluationBudget,
  JsonSyntaxError,
  LimitError,
  NODE_SIZE,
  OUTSIDER_CLASSES,
  PIECE_SIZE,
  SCOPE_RULES,
  TrustAnalysis,
  UnresolvedAllocator,
  appendAll,
  astKey,
  astRange,
  classPhrase,
  closestName,
  collectUnresolved,
  displayValue,
  documentRoleName,
  emptyFacetKnowledge,
  escapeClaimValue,
  evaluatePolicy,
  firstLineSpan,
  folderOf,
  getMember,
  hasMarker,
  inputOf,
  isGitHubProvider,
  isRuleId,
  isSpent,
  jobIdentity,
  jsonDepthExceededAt,
  limitError,
  limitFinding,
  lineStarts,
  linkLocalActions,
  markersIn,
  normalizePolicy,
  oversizedInput,
  parseJsonAst,
  parseJsonTree,
  parseYamlDocument,
  positionAt,
  preparePolicy,
  readCacStep,
  redactSecrets,
  requestFor,
  require_dist,
  roleUsesOf,
  ruleMeta,
  runPolicyRules,
  runRules,
  searchToken,
  simulatePolicy,
  splitExpressions,
  stepsOfJob,
  synthesizeIssuerWitnesses,
  synthesizeWitnesses,
  toJson,
  unresolvedMarker,
  usesIdToken
} from "./chunk-6B3ITDZJ.mjs";
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

// packages/core/dist/analyze.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/adapter.js
init_define_TRUSTLINT_PACKAGE();
function slashed(file) {
  return file.replace(/\\/g, "/");
}
function isJsonLike(path, text3) {
  return /\.json$/.test(path) || /\.template$/.test(path) && /^\s*\{/.test(text3);
}
function isYamlLike(path, text3) {
  return /\.(ya?ml|template)$/.test(path) && !isJsonLike(path, text3);
}
function guarded(input, read) {
  try {
    return read();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return {
      documents: [],
      findings: [
        {
          ruleId: "input-error",
          severity: "error",
          message: `the file could not be analysed (${reason.split("\n")[0] ?? "internal error"}); the other files were`,
          location: { file: input.file, span: firstLineSpan(input.text) }
        }
      ]
    };
  }
}

// packages/core/dist/sources/detect.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/registry.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cloudformation/adapter.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cloudformation/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cloudformation/documents.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/shared/embedded-json.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/model/located.js
init_define_TRUSTLINT_PACKAGE();
function textSegment(text3, range, origins = null) {
  return { kind: "text", text: text3, origins, range };
}
var SpanMaker = class {
  lines;
  constructor(lines) {
    this.lines = lines;
  }
  span(range) {
    return { start: positionAt(this.lines, range[0]), end: positionAt(this.lines, range[1]) };
  }
};
var LocatedRenderer = class {
  spans;
  alloc;
  view;
  options;
  parts = /* @__PURE__ */ new Map();
  constructor(spans, alloc, view, options = {}) {
    this.spans = spans;
    this.alloc = alloc;
    this.view = view;
    this.options = options;
  }
  render(value2) {
    const shape = this.view(value2);
    this.options.budget?.grow(NODE_SIZE, { offset: shape.range[0] });
    const span = this.spans.span(shape.range);
    switch (shape.kind) {
      case "string":
        return this.string(shape.segments, span, shape.provenance);
      case "number":
      case "boolean":
      case "null":
        return { type: shape.kind, span, value: shape.value, text: shape.text };
      case "absent":
        return void 0;
      case "list":
        return { type: "array", span, items: this.items(shape.items) };
      case "alternatives": {
        const items = this.items([value2]);
        return items.length === 1 ? items[0] : { type: "array", span, items };
      }
      case "object": {
        const members = [];
        for (const m of shape.members) {
          const node = this.render(m.value);
          if (!node)
            continue;
          const key = m.keySegments ? this.text(m.keySegments).text : m.key;
          members.push({ key, keySpan: this.spans.span(m.keyRange), value: node });
        }
        return { type: "object", span, members };
      }
      case "unknown":
        return this.string([{ kind: "unresolved", expression: shape.expression, reason: shape.reason, range: shape.range }], span, void 0);
    }
  }
  /** Items of a list; choices and nested choices of lists are spliced in. */
  items(values) {
    const out = [];
    for (const v of values) {
      const shape = this.view(v);
      if (shape.kind === "alternatives") {
        appendAll(out, this.items(shape.options.flatMap((o) => {
          const option = this.view(o);
          return option.kind === "list" ? option.items : [o];
        })));
        continue;
      }
      const node = this.render(v);
      if (node)
        out.push(node);
    }
    return out;
  }
  string(segments, span, provenance) {
    const { text: text3, parts } = this.text(segments);
    const node = { type: "string", span, value: text3 };
    if (parts.length > 0)
      node.unresolved = parts;
    const first = parts[0];
    if (provenance)
      node.provenance = provenance;
    else if (first)
      node.provenance = { kind: "unresolved", expression: first.expression, reason: first.reason };
    return node;
  }
  /** The text of segments with markers for the unresolved parts, and those parts. */
  text(segments) {
    let text3 = "";
    const parts = [];
    for (const s of segments) {
      if (s.kind === "text") {
        text3 += s.text;
        continue;
      }
      const made = this.options.dedupeUnresolved ? this.shared(s) : this.alloc.part(s.expression, s.reason, this.spans.span(s.range));
      text3 += made.marker;
      if (!parts.some((p) => p.id === made.part.id))
        parts.push(made.part);
    }
    return { text: text3, parts };
  }
  shared(s) {
    const key = `${s.expression}\0${String(s.range[0])}:${String(s.range[1])}`;
    let made = this.parts.get(key);
    if (!made) {
      made = this.alloc.part(s.expression, s.reason, this.spans.span(s.range));
      this.parts.set(key, made);
    }
    return made;
  }
};
function locatedRenderer(spans, alloc = new UnresolvedAllocator(), options = {}) {
  return new LocatedRenderer(spans, alloc, (v) => v, options);
}

// packages/core/dist/sources/shared/parse-json.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/shared/json-origins.js
init_define_TRUSTLINT_PACKAGE();
function toOrigins(chars) {
  return {
    value: chars.map((x) => x.c).join(""),
    origins: { starts: chars.map((x) => x.s), ends: chars.map((x) => x.e) }
  };
}
function checked(chars, expected) {
  if (!chars)
    return null;
  const { value: value2, origins } = toOrigins(chars);
  return value2 === expected && origins.starts.length === expected.length ? origins : null;
}
var SIMPLE_JSON_ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
function jsonStringOrigins(text3, start, end, expected) {
  const chars = [];
  let i = start + 1;
  const stop = end - 1;
  while (i < stop) {
    const c = text3[i];
    if (c !== "\\") {
      chars.push({ c, s: i, e: i + 1 });
      i++;
      continue;
    }
    const next = text3[i + 1] ?? "";
    if (next === "u") {
      const code = Number.parseInt(text3.slice(i + 2, i + 6), 16);
      if (Number.isNaN(code))
        return null;
      chars.push({ c: String.fromCharCode(code), s: i, e: i + 6 });
      i += 6;
      continue;
    }
    const simple = SIMPLE_JSON_ESCAPES[next];
    if (simple === void 0)
      return null;
    chars.push({ c: simple, s: i, e: i + 2 });
    i += 2;
  }
  return checked(chars, expected);
}

// packages/core/dist/sources/shared/tree.js
init_define_TRUSTLINT_PACKAGE();
function lazyString(value2, range, decode) {
  let cached;
  return {
    kind: "string",
    value: value2,
    range,
    get origins() {
      if (cached === void 0)
        cached = decode();
      return cached;
    }
  };
}
function entryOf(node, key) {
  if (node?.kind !== "map")
    return void 0;
  return node.entries.findLast((e) => e.key === key);
}
function valueOf(node, key) {
  return entryOf(node, key)?.value;
}
function scalarText(node) {
  if (node === void 0)
    return void 0;
  if (node.kind === "string")
    return node.value;
  if (node.kind === "number" || node.kind === "boolean")
    return node.text;
  return void 0;
}
function sliceOrigins(origins, from, to) {
  if (!origins)
    return null;
  return { starts: origins.starts.slice(from, to), ends: origins.ends.slice(from, to) };
}
function subRange(node, from, to) {
  const o = node.origins;
  if (!o || to <= from)
    return node.range;
  const start = o.starts[from];
  const end = o.ends[to - 1];
  return start === void 0 || end === void 0 ? node.range : [start, end];
}
function stringOfNode(node) {
  return { kind: "string", segments: [textSegment(node.value, node.range, node.origins)], range: node.range };
}

// packages/core/dist/sources/shared/parse-json.js
function parseJsonNodes(text3, budget = new EvaluationBudget()) {
  const deep = jsonDepthExceededAt(text3, budget.limits.depth);
  if (deep >= 0)
    return { limit: budget.exceeded("depth", { offset: deep }) };
  const parsed = parseJsonAst(text3);
  if ("error" in parsed)
    return parsed;
  return { root: convert(text3, parsed.body) };
}
function convert(text3, node) {
  const range = astRange(node);
  switch (node.type) {
    case "Object":
      return {
        kind: "map",
        range,
        entries: node.members.map((m) => ({
          key: astKey(m),
          keyRange: astRange(m.name),
          value: convert(text3, m.value)
        }))
      };
    case "Array":
      return { kind: "seq", range, items: node.elements.map((e) => convert(text3, e.value)) };
    case "String":
      return lazyString(node.value, range, () => jsonStringOrigins(text3, range[0], range[1], node.value));
    case "Number":
      return { kind: "number", value: node.value, text: text3.slice(range[0], range[1]), range };
    case "Boolean":
      return { kind: "boolean", value: node.value, text: String(node.value), range };
    case "Null":
      return { kind: "null", value: null, text: "null", range };
    default:
      return { kind: "null", value: null, text: text3.slice(range[0], range[1]), range };
  }
}

// packages/core/dist/sources/shared/embedded-json.js
function assemble(segments) {
  const out = { text: "", starts: [], ends: [], parts: [] };
  let inString = false;
  let escaped = false;
  const push = (c, s, e) => {
    out.text += c;
    out.starts.push(s);
    out.ends.push(e);
  };
  for (const seg of segments) {
    if (seg.kind === "unresolved") {
      const marker = unresolvedMarker(out.parts.length);
      out.parts.push(seg);
      const quote = !inString;
      if (quote)
        push('"', seg.range[0], seg.range[1]);
      for (const c of marker)
        push(c, seg.range[0], seg.range[1]);
      if (quote)
        push('"', seg.range[0], seg.range[1]);
      continue;
    }
    for (let i = 0; i < seg.text.length; i++) {
      const c = seg.text[i];
      push(c, seg.origins?.starts[i] ?? seg.range[0], seg.origins?.ends[i] ?? seg.range[1]);
      if (escaped)
        escaped = false;
      else if (inString && c === "\\")
        escaped = true;
      else if (c === '"')
        inString = !inString;
    }
  }
  return out;
}
function parseEmbeddedJson(source, budget = new EvaluationBudget()) {
  const a = assemble(source.segments);
  const parsed = parseJsonNodes(a.text, budget);
  const fileOffset = (at) => a.starts[at] ?? a.ends.at(-1) ?? source.range[0];
  if ("limit" in parsed) {
    const { limit, cap, message, at } = parsed.limit;
    throw new LimitError(limit, cap, message, { offset: fileOffset(at.offset) });
  }
  if ("error" in parsed)
    return { error: parsed.error.message, offset: fileOffset(parsed.error.offset) };
  const mapRange2 = (r) => {
    const start = a.starts[r[0]] ?? source.range[0];
    const end = r[1] > r[0] ? a.ends[r[1] - 1] ?? start : start;
    return [start, Math.max(start, end)];
  };
  const splitMarkers = (value2, origin, whole) => {
    const segments = [];
    let cursor = 0;
    const text3 = (from, to) => {
      if (to <= from)
        return;
      const o = origin(from, to);
      const range = o && o.starts.length > 0 ? [o.starts[0], o.ends.at(-1)] : whole;
      segments.push(textSegment(value2.slice(from, to), range, o));
    };
    for (const m of markersIn(value2)) {
      const part = a.parts[m.id];
      if (!part)
        continue;
      text3(cursor, m.start);
      segments.push(part);
      cursor = m.end;
    }
    text3(cursor, value2.length);
    return segments.length > 0 ? segments : [textSegment("", whole)];
  };
  const convert2 = (node) => {
    const range = mapRange2(node.range);
    switch (node.kind) {
      case "map":
        return {
          kind: "object",
          range,
          members: node.entries.map((e) => {
            const keyRange = mapRange2(e.keyRange);
            const keyMarked = hasMarker(e.key);
            return {
              key: e.key,
              keyRange,
              ...keyMarked ? { keySegments: splitMarkers(e.key, () => null, keyRange) } : {},
              value: convert2(e.value)
            };
          })
        };
      case "seq":
        return { kind: "list", range, items: node.items.map(convert2) };
      case "string": {
        const o = node.origins;
        const origin = o ? (from, to) => ({
          starts: o.starts.slice(from, to).map((s) => a.starts[s] ?? range[0]),
          ends: o.ends.slice(from, to).map((e) => a.ends[e - 1] ?? range[1])
        }) : () => null;
        return { kind: "string", range, segments: splitMarkers(node.value, origin, range) };
      }
      default:
        return { kind: node.kind, value: node.value, text: node.text, range };
    }
  };
  return { value: convert2(parsed.root) };
}

// packages/core/dist/sources/cloudformation/resolve.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cloudformation/conditions.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cloudformation/value.js
init_define_TRUSTLINT_PACKAGE();
function literalString(text3, range, provenance) {
  return { kind: "string", segments: [textSegment(text3, range)], range, ...provenance ? { provenance } : {} };
}
function unresolvedString(expression2, reason, range) {
  return { kind: "string", segments: [{ kind: "unresolved", expression: expression2, reason, range }], range };
}
function literalText(value2) {
  if (value2 === void 0)
    return void 0;
  if (value2.kind === "number" || value2.kind === "boolean")
    return value2.text;
  if (value2.kind !== "string")
    return void 0;
  let out = "";
  for (const s of value2.segments) {
    if (s.kind !== "text")
      return void 0;
    out += s.text;
  }
  return out;
}
function asString(value2) {
  if (value2.kind === "string")
    return value2;
  if (value2.kind === "number" || value2.kind === "boolean")
    return literalString(value2.text, value2.range);
  return void 0;
}
function relocate(segments, range) {
  return segments.map((s) => s.kind === "text" ? textSegment(s.text, range) : { ...s, range });
}
function sliceSegment(s, from, to) {
  const origins = s.origins ? { starts: s.origins.starts.slice(from, to), ends: s.origins.ends.slice(from, to) } : null;
  const start = origins?.starts[0];
  const end = origins?.ends.at(-1);
  const range = start !== void 0 && end !== void 0 ? [start, end] : s.range;
  return textSegment(s.text.slice(from, to), range, origins);
}
function splitSegments(segments, delimiter) {
  const pieces2 = [[]];
  for (const s of segments) {
    if (s.kind !== "text" || delimiter === "") {
      pieces2.at(-1).push(s);
      continue;
    }
    let from = 0;
    for (let at = s.text.indexOf(delimiter); at >= 0; at = s.text.indexOf(delimiter, from)) {
      if (at > from)
        pieces2.at(-1).push(sliceSegment(s, from, at));
      pieces2.push([]);
      from = at + delimiter.length;
    }
    if (from < s.text.length)
      pieces2.at(-1).push(sliceSegment(s, from, s.text.length));
  }
  return pieces2;
}
function firstProvenance(values) {
  for (const v of values)
    if (v?.kind === "string" && v.provenance)
      return v.provenance;
  return void 0;
}
function valueSize(value2) {
  switch (value2.kind) {
    case "string":
      return value2.segments.reduce((n, s) => n + PIECE_SIZE + (s.kind === "text" ? s.text.length : 0), 0);
    case "list":
      return PIECE_SIZE * value2.items.length;
    case "object":
      return PIECE_SIZE * value2.members.length;
    default:
      return 0;
  }
}

// packages/core/dist/sources/cloudformation/conditions.js
var UNKNOWN = { value: void 0 };
function conditionOf(r, name) {
  const assumed = r.assumptions.get(name);
  if (assumed !== void 0)
    return { value: assumed };
  const cached = r.conditionCache.get(name);
  if (cached)
    return cached;
  const declared = r.env.template.conditions.get(name);
  let result = (declared ? r.guarded(`condition:${name}`, declared.node.range[0], () => r.within(declared.bindings, () => expression(r, declared.node))) : void 0) ?? UNKNOWN;
  if (result.value === void 0 && result.cause === void 0)
    result = { value: void 0, cause: name };
  r.conditionCache.set(name, result);
  return result;
}
function expression(r, node) {
  if (node.kind === "boolean")
    return { value: node.value === true };
  if (node.kind !== "map" || node.entries.length !== 1)
    return UNKNOWN;
  const { key, value: arg } = node.entries[0];
  const items = arg.kind === "seq" ? arg.items : [arg];
  switch (key) {
    case "Condition": {
      const name = scalarText(arg);
      return name === void 0 ? UNKNOWN : conditionOf(r, name);
    }
    case "Fn::Equals": {
      const [a, b] = items.map((i) => literalText(r.resolve(i)));
      return a === void 0 || b === void 0 ? UNKNOWN : { value: a === b };
    }
    case "Fn::Not": {
      const inner = items[0] ? expression(r, items[0]) : UNKNOWN;
      return inner.value === void 0 ? inner : { value: !inner.value };
    }
    case "Fn::And":
    case "Fn::Or": {
      const decisive = key === "Fn::Or";
      const values = items.map((i) => expression(r, i));
      if (values.some((v) => v.value === decisive))
        return { value: decisive };
      const unknown2 = values.find((v) => v.value === void 0);
      return unknown2 ?? { value: !decisive };
    }
    default:
      return UNKNOWN;
  }
}
function fnIf(r, arg, node) {
  const items = arg.kind === "seq" ? arg.items : [];
  const name = scalarText(items[0]);
  const whenTrue = items[1];
  const whenFalse = items[2];
  if (name === void 0 || !whenTrue || !whenFalse)
    return r.unresolved(node, "Fn::If needs [condition, value if true, value if false]");
  const condition = r.condition(name);
  let branch = condition.value;
  if (branch === void 0) {
    r.noteUndecided(condition.cause ?? name);
    branch = true;
  }
  return r.resolve(branch ? whenTrue : whenFalse);
}

// packages/core/dist/sources/cloudformation/foreach.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cloudformation/refs.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cloudformation/template.js
init_define_TRUSTLINT_PACKAGE();
var FOR_EACH = "Fn::ForEach::";
function isTemplate(root) {
  if (root.kind !== "map")
    return false;
  if (entryOf(root, "AWSTemplateFormatVersion"))
    return true;
  const resources = valueOf(root, "Resources");
  if (resources?.kind !== "map")
    return false;
  return declaresTypes(resources);
}
function declaresTypes(resources) {
  return resources.entries.some((e) => {
    const fragment = e.key.startsWith(FOR_EACH) && e.value.kind === "seq" ? e.value.items[2] : void 0;
    if (fragment?.kind === "map")
      return declaresTypes(fragment);
    const type = valueOf(e.value, "Type");
    return type?.kind === "string" && /^(AWS|Custom|Alexa)::/.test(type.value);
  });
}
function resourceOf(e, logicalId, bindings) {
  const type = valueOf(e.value, "Type");
  const props = valueOf(e.value, "Properties");
  const condition = valueOf(e.value, "Condition");
  return {
    logicalId,
    keyRange: e.keyRange,
    type: type?.kind === "string" ? type.value : void 0,
    properties: props?.kind === "map" ? props : void 0,
    condition: condition?.kind === "string" ? condition.value : void 0,
    entry: e,
    ...bindings ? { bindings } : {}
  };
}
function readTemplate(root) {
  const parameters = /* @__PURE__ */ new Map();
  const params = valueOf(root, "Parameters");
  if (params?.kind === "map") {
    for (const e of params.entries) {
      const type = valueOf(e.value, "Type");
      parameters.set(e.key, { name: e.key, type: type?.kind === "string" ? type.value : void 0, default: valueOf(e.value, "Default") });
    }
  }
  const loops = [];
  const conditions = /* @__PURE__ */ new Map();
  const conds = valueOf(root, "Conditions");
  if (conds?.kind === "map") {
    for (const e of conds.entries) {
      if (e.key.startsWith(FOR_EACH))
        loops.push({ section: "Conditions", entry: e });
      else
        conditions.set(e.key, { node: e.value });
    }
  }
  const resources = /* @__PURE__ */ new Map();
  const res = valueOf(root, "Resources");
  if (res?.kind === "map") {
    for (const e of res.entries) {
      if (e.key.startsWith(FOR_EACH))
        loops.push({ section: "Resources", entry: e });
      else
        resources.set(e.key, resourceOf(e, e.key));
    }
  }
  return { root, parameters, mappings: valueOf(root, "Mappings"), conditions, resources, loops };
}
function isListParameter(p) {
  const t = p.type ?? "";
  return t === "CommaDelimitedList" || t.startsWith("List<") || /^AWS::SSM::Parameter::Value<List</.test(t);
}

// packages/core/dist/sources/cloudformation/refs.js
var PROVIDER_TYPES = /* @__PURE__ */ new Set(["AWS::IAM::OIDCProvider", "Custom::AWSCDKOpenIdConnectProvider"]);
var DEPLOY_TIME_PSEUDO = "pseudo parameter known only at deploy time";
function ref(r, name, use) {
  switch (name) {
    case "AWS::NoValue":
      return { kind: "absent", range: use };
    // The standard partition and its URL suffix; other partitions would need an option.
    case "AWS::Partition":
      return literalString("aws", use);
    case "AWS::URLSuffix":
      return literalString("amazonaws.com", use);
    case "AWS::NotificationARNs":
      return { kind: "list", items: [unresolvedString(name, DEPLOY_TIME_PSEUDO, use)], range: use };
  }
  if (name.startsWith("AWS::"))
    return unresolvedString(name, DEPLOY_TIME_PSEUDO, use);
  const bound = r.bindings.get(name);
  if (bound)
    return { ...bound, range: use };
  const parameter = r.env.template.parameters.get(name);
  if (parameter)
    return parameterValue(r, parameter, use);
  const resource = r.env.template.resources.get(name);
  if (resource)
    return resourceRef(r, resource, use);
  return unresolvedString(name, `"${name}" is not a parameter or resource of this template`, use);
}
function parameterValue(r, p, use) {
  const list2 = isListParameter(p);
  const given = r.env.parameters[p.name];
  if (given !== void 0)
    return fromText(given, list2, use);
  const text3 = scalarText(p.default);
  if (p.default && text3 !== void 0) {
    const provenance = {
      kind: "cfn-parameter-default",
      name: p.name,
      location: { file: r.env.file, span: r.env.spans.span(p.default.range) }
    };
    return fromText(text3, list2, use, provenance);
  }
  const missing = unresolvedString(p.name, `parameter ${p.name} has no default (pass --parameter ${p.name}=\u2026)`, use);
  return list2 ? { kind: "list", items: [missing], range: use } : missing;
}
function fromText(text3, list2, use, provenance) {
  if (!list2)
    return literalString(text3, use, provenance);
  return { kind: "list", items: text3.split(",").map((t) => literalString(t.trim(), use, provenance)), range: use };
}
function resourceRef(r, res, use) {
  const type = res.type ?? "unknown type";
  if (PROVIDER_TYPES.has(type))
    return providerArn(r, res, use);
  const nameProperty = type === "AWS::IAM::User" ? "UserName" : type === "AWS::IAM::Role" ? "RoleName" : void 0;
  if (nameProperty) {
    const node = valueOf(res.properties, nameProperty);
    const value2 = node ? r.guarded(`ref:${res.logicalId}`, node.range[0], () => r.resolveOf(res, node)) : void 0;
    const text3 = literalText(value2);
    if (text3 !== void 0)
      return literalString(text3, use);
  }
  return unresolvedString(`!Ref ${res.logicalId}`, `the physical id of ${type} ${res.logicalId} is known only at deploy time`, use);
}
function getAtt(r, arg, node) {
  let id;
  let attr2;
  if (arg.kind === "seq") {
    id = scalarText(arg.items[0]);
    const a = arg.items[1];
    attr2 = a ? literalText(r.resolve(a)) : void 0;
  } else {
    const text3 = scalarText(arg);
    const dot = text3?.indexOf(".") ?? -1;
    if (text3 !== void 0 && dot > 0) {
      id = text3.slice(0, dot);
      attr2 = text3.slice(dot + 1);
    }
  }
  if (id === void 0 || attr2 === void 0)
    return r.unresolved(node, "Fn::GetAtt needs a literal resource and attribute");
  return attribute(r, id, attr2, node.range);
}
function attribute(r, id, attr2, use) {
  const res = r.env.template.resources.get(id);
  const expression2 = `!GetAtt ${id}.${attr2}`;
  if (!res)
    return unresolvedString(expression2, `"${id}" is not a resource of this template`, use);
  const type = res.type ?? "unknown type";
  if (PROVIDER_TYPES.has(type) && attr2 === "Arn")
    return providerArn(r, res, use);
  if (type === "Custom::AWSCDKCfnJson" && attr2 === "Value") {
    const json = cfnJsonValue(r, res);
    if (json)
      return json;
  }
  return unresolvedString(expression2, `attribute of ${type} ${id}, known only at deploy time`, use);
}
function cfnJsonValue(r, res) {
  const node = valueOf(res.properties, "Value");
  if (!node)
    return void 0;
  return r.guarded(`cfnjson:${res.logicalId}`, node.range[0], () => {
    const value2 = r.resolveOf(res, node);
    if (value2.kind === "object")
      return value2;
    const text3 = asString(value2);
    if (!text3)
      return void 0;
    const parsed = parseEmbeddedJson(text3, r.env.budget);
    return "value" in parsed ? parsed.value : void 0;
  });
}
function providerArn(r, res, use) {
  const urlNode = valueOf(res.properties, "Url");
  const url = urlNode ? r.guarded(`provider:${res.logicalId}`, urlNode.range[0], () => r.resolveOf(res, urlNode)) : void 0;
  const urlString = url ? asString(url) : void 0;
  const host = urlString ? stripScheme(relocate(urlString.segments, use)) : [{ kind: "unresolved", expression: `!GetAtt ${res.logicalId}.Url`, reason: "the provider URL could not be resolved", range: use }];
  return {
    kind: "string",
    range: use,
    segments: [
      textSegment("arn:aws:iam::", use),
      { kind: "unresolved", expression: "AWS::AccountId", reason: DEPLOY_TIME_PSEUDO, range: use },
      textSegment(":oidc-provider/", use),
      ...host
    ]
  };
}
function stripScheme(segments) {
  const out = [...segments];
  const first = out[0];
  if (first?.kind === "text")
    out[0] = textSegment(first.text.replace(/^https?:\/\//i, ""), first.range);
  const last = out.at(-1);
  if (last?.kind === "text")
    out[out.length - 1] = textSegment(last.text.replace(/\/+$/, ""), last.range);
  return out;
}

// packages/core/dist/sources/cloudformation/foreach.js
function loopOf(entry2) {
  const [identifier, collection, fragment] = entry2.value.kind === "seq" ? entry2.value.items : [];
  if (identifier?.kind !== "string" || !collection || fragment?.kind !== "map")
    return void 0;
  return { name: entry2.key, identifier: identifier.value, collection, fragment };
}
function unresolvedPart(r, node, reason) {
  const [part] = r.unresolved(node, reason).segments;
  return part?.kind === "unresolved" ? part : { kind: "unresolved", expression: "", reason, range: node.range };
}
function loopItems(r, loop) {
  const value2 = r.resolve(loop.collection);
  if (value2.kind !== "list") {
    const only = value2.kind === "string" && value2.segments.length === 1 ? value2.segments[0] : void 0;
    return { unresolved: only?.kind === "unresolved" ? only : unresolvedPart(r, loop.collection, "the collection is not a list") };
  }
  const items = [];
  for (const item of value2.items) {
    const text3 = asString(item);
    const part = text3?.segments.find((s) => s.kind === "unresolved");
    if (part)
      return { unresolved: part };
    if (!text3 || literalText(text3) === void 0)
      return { unresolved: unresolvedPart(r, loop.collection, "an item of the collection is not a string") };
    items.push(text3);
  }
  return { items };
}
function substituteKey(key, bindings) {
  return key.replace(/([$&])\{([^}]+)\}/g, (whole, sigil, name) => {
    const bound = bindings.get(name.trim());
    const text3 = bound ? literalText(bound) : void 0;
    if (text3 === void 0)
      return whole;
    return sigil === "&" ? text3.replace(/[^0-9A-Za-z]+/g, "") : text3;
  });
}
function forEachItem(r, loop, at, each) {
  const found = loopItems(r, loop);
  if ("unresolved" in found)
    return found.unresolved;
  r.env.budget.expand(found.items.length, { offset: at });
  for (const item of found.items)
    each(new Map([...r.bindings, [loop.identifier, item]]));
  return void 0;
}
function expandMembers(r, entry2, into) {
  const loop = loopOf(entry2);
  if (!loop)
    return;
  forEachItem(r, loop, entry2.keyRange[0], (bindings) => {
    r.within(bindings, () => {
      for (const e of loop.fragment.entries) {
        if (e.key.startsWith(FOR_EACH))
          expandMembers(r, e, into);
        else
          into.push({ key: substituteKey(e.key, bindings), keyRange: e.keyRange, value: r.resolve(e.value) });
      }
    });
  });
}
function declaresAnalysedResource(fragment) {
  return fragment.entries.some((e) => {
    const inner = e.key.startsWith(FOR_EACH) ? loopOf(e) : void 0;
    if (inner)
      return declaresAnalysedResource(inner.fragment);
    const type = valueOf(e.value, "Type");
    return type?.kind === "string" && (type.value === "AWS::IAM::Role" || type.value === "AWS::IAM::AccessKey" || PROVIDER_TYPES.has(type.value));
  });
}
function expandTemplateLoops(r) {
  const { env } = r;
  const findings = [];
  const expand = (entry2, section) => {
    const loop = loopOf(entry2);
    const unresolved = loop ? forEachItem(r, loop, entry2.keyRange[0], (bindings) => {
      r.within(bindings, () => {
        for (const e of loop.fragment.entries) {
          if (e.key.startsWith(FOR_EACH))
            expand(e, section);
          else if (section === "Resources")
            env.template.resources.set(substituteKey(e.key, bindings), resourceOf(e, substituteKey(e.key, bindings), bindings));
          else
            env.template.conditions.set(substituteKey(e.key, bindings), { node: e.value, bindings });
        }
      });
    }) : unresolvedPart(r, entry2.value, "Fn::ForEach needs [identifier, collection, {key: value}]");
    if (!unresolved || section !== "Resources" || loop && !declaresAnalysedResource(loop.fragment))
      return;
    findings.push({
      ruleId: "oidc-unresolved",
      severity: "warning",
      message: `the resources of Resources.${entry2.key} could not be expanded: "${unresolved.expression}" (${unresolved.reason}); the roles, providers and keys it declares were not analysed`,
      location: { file: env.file, span: env.spans.span(unresolved.range) },
      resource: `Resources.${entry2.key}`
    });
  };
  for (const { entry: entry2, section } of env.template.loops)
    expand(entry2, section);
  return findings;
}

// packages/core/dist/sources/cloudformation/functions.js
init_define_TRUSTLINT_PACKAGE();
function itemsOf(value2) {
  if (value2.kind === "list")
    return value2.items;
  if (value2.kind === "string")
    return [value2];
  return [];
}
function args(arg, count) {
  return arg.kind === "seq" && arg.items.length >= count ? arg.items : void 0;
}
function join(r, arg, node) {
  const a = args(arg, 2);
  if (!a)
    return r.unresolved(node, "Fn::Join needs [delimiter, list]");
  const [delimNode, listNode] = a;
  const delimiter = literalText(r.resolve(delimNode));
  if (delimiter === void 0)
    return r.unresolved(node, "the Fn::Join delimiter could not be resolved");
  const items = itemsOf(r.resolve(listNode));
  const segments = [];
  items.forEach((item, index) => {
    if (index > 0 && delimiter !== "")
      segments.push(textSegment(delimiter, delimNode.range));
    const str2 = asString(item);
    appendAll(segments, str2 ? str2.segments : unresolvedString("Fn::Join item", "a list item that is not a string", item.range).segments);
  });
  const result = { kind: "string", segments: segments.length > 0 ? segments : [textSegment("", node.range)], range: node.range };
  const provenance = firstProvenance(items);
  if (provenance)
    result.provenance = provenance;
  return r.grew(result);
}
function select(r, arg, node) {
  const a = args(arg, 2);
  if (!a)
    return r.unresolved(node, "Fn::Select needs [index, list]");
  const index = Number(literalText(r.resolve(a[0])));
  const list2 = r.resolve(a[1]);
  if (!Number.isInteger(index) || index < 0)
    return r.unresolved(node, "the Fn::Select index could not be resolved");
  const item = list2.kind === "list" ? list2.items[index] : void 0;
  return item ?? r.unresolved(node, "selects from a list that could not be resolved");
}
function split(r, arg, node) {
  const a = args(arg, 2);
  if (!a)
    return r.unresolved(node, "Fn::Split needs [delimiter, string]");
  const delimiter = literalText(r.resolve(a[0]));
  const source = asString(r.resolve(a[1]));
  if (delimiter === void 0 || !source)
    return r.unresolved(node, "Fn::Split arguments could not be resolved");
  const items = splitSegments(source.segments, delimiter).map((segments) => ({
    kind: "string",
    segments: segments.length > 0 ? segments : [textSegment("", source.range)],
    range: source.range,
    ...source.provenance ? { provenance: source.provenance } : {}
  }));
  return r.grew({ kind: "list", items, range: node.range });
}
function findInMap(r, arg, node) {
  const a = args(arg, 3);
  if (!a)
    return r.unresolved(node, "Fn::FindInMap needs [map, top-level key, second-level key]");
  const keys = a.slice(0, 3).map((k) => literalText(r.resolve(k)));
  const fallback = valueOf(a[3], "DefaultValue");
  if (keys.some((k) => k === void 0)) {
    return fallback ? r.resolve(fallback) : r.unresolved(node, "a Fn::FindInMap key could not be resolved");
  }
  const [map, top, second] = keys;
  const found = valueOf(valueOf(valueOf(r.env.template.mappings, map), top), second);
  if (found)
    return r.resolve(found);
  if (fallback)
    return r.resolve(fallback);
  return r.unresolved(node, `Mappings has no ${map}.${top}.${second}`);
}

// packages/core/dist/sources/cloudformation/sub.js
init_define_TRUSTLINT_PACKAGE();
function sub(r, arg, node) {
  const template = arg.kind === "seq" ? arg.items[0] : arg;
  const vars = arg.kind === "seq" ? arg.items[1] : void 0;
  if (template?.kind !== "string")
    return r.unresolved(node, "Fn::Sub needs a literal template string");
  const value2 = template.value;
  const segments = [];
  const used = [];
  const text3 = (from, to) => {
    if (to > from)
      segments.push(textSegment(value2.slice(from, to), subRange(template, from, to), sliceOrigins(template.origins, from, to)));
  };
  let textStart = 0;
  let i = 0;
  while (i < value2.length) {
    const open = nextPlaceholder(value2, i);
    if (open < 0)
      break;
    if (value2[open] === "&") {
      const close2 = value2.indexOf("}", open + 2);
      const bound = close2 < 0 ? void 0 : r.bindings.get(value2.slice(open + 2, close2).trim());
      const item = bound ? literalText(bound) : void 0;
      if (close2 < 0 || item === void 0) {
        i = open + 2;
        continue;
      }
      text3(textStart, open);
      segments.push(textSegment(item.replace(/[^0-9A-Za-z]+/g, ""), subRange(template, open, close2 + 1)));
      textStart = i = close2 + 1;
      continue;
    }
    if (value2[open + 2] === "!") {
      text3(textStart, open + 2);
      textStart = i = open + 3;
      continue;
    }
    const close = value2.indexOf("}", open + 2);
    if (close < 0)
      break;
    text3(textStart, open);
    const name = value2.slice(open + 2, close).trim();
    const at = subRange(template, open, close + 1);
    const resolved = variable(r, name, vars?.kind === "map" ? vars : void 0, at);
    used.push(resolved);
    const str2 = asString(resolved);
    appendAll(segments, str2 ? relocate(str2.segments, at) : unresolvedString(name, "substitutes a value that is not a string", at).segments);
    textStart = i = close + 1;
  }
  text3(textStart, value2.length);
  const provenance = firstProvenance(used);
  const result = { kind: "string", segments: segments.length > 0 ? segments : [textSegment("", template.range)], range: template.range };
  if (provenance)
    result.provenance = provenance;
  return r.grew(result);
}
function nextPlaceholder(value2, from) {
  const dollar = value2.indexOf("${", from);
  const amp = value2.indexOf("&{", from);
  if (amp < 0)
    return dollar;
  return dollar < 0 ? amp : Math.min(dollar, amp);
}
function variable(r, name, vars, at) {
  const local = vars?.entries.findLast((e) => e.key === name);
  if (local)
    return r.resolve(local.value);
  const dot = name.indexOf(".");
  if (dot > 0)
    return attribute(r, name.slice(0, dot), name.slice(dot + 1), at);
  return ref(r, name, at);
}

// packages/core/dist/sources/cloudformation/resolve.js
var INTRINSICS = {
  Ref: (r, arg, node) => {
    const name = scalarText(arg) ?? (arg.kind === "map" ? literalText(r.resolve(arg)) : void 0);
    return name === void 0 ? r.unresolved(node, "Ref needs a literal name") : ref(r, name, node.range);
  },
  "Fn::GetAtt": (r, arg, node) => getAtt(r, arg, node),
  "Fn::Sub": sub,
  "Fn::Join": join,
  "Fn::Select": select,
  "Fn::Split": split,
  "Fn::FindInMap": findInMap,
  "Fn::If": fnIf,
  // Language extension: the policy consumer accepts the object itself in place of its JSON text.
  "Fn::ToJsonString": (r, arg) => r.resolve(arg)
};
var DEPLOY_TIME = {
  "Fn::ImportValue": "an export of another stack, known only at deploy time",
  "Fn::GetAZs": "availability zones, known only at deploy time",
  "Fn::Base64": "Fn::Base64 is not evaluated",
  "Fn::Cidr": "Fn::Cidr is not evaluated",
  "Fn::Transform": "a macro that runs at deploy time",
  "Fn::Length": "Fn::Length is not evaluated"
};
var Resolver = class {
  env;
  assumptions;
  bindings;
  /** Undecidable conditions met while resolving, in order (the first one is branched on next). */
  needed = [];
  conditionCache = /* @__PURE__ */ new Map();
  active = /* @__PURE__ */ new Set();
  /** `bindings`: the Fn::ForEach identifiers in scope (those of the resource being resolved). */
  constructor(env, assumptions = /* @__PURE__ */ new Map(), bindings = NO_BINDINGS) {
    this.env = env;
    this.assumptions = assumptions;
    this.bindings = bindings;
  }
  /** Runs `fn` with other loop identifiers in scope (another resource's, a loop's item). */
  within(bindings, fn) {
    const outer = this.bindings;
    this.bindings = bindings ?? NO_BINDINGS;
    try {
      return fn();
    } finally {
      this.bindings = outer;
    }
  }
  /** A node of another resource, resolved with that resource's loop identifiers. */
  resolveOf(res, node) {
    return this.within(res.bindings, () => this.resolve(node));
  }
  resolve(node) {
    const at = { offset: node.range[0] };
    this.env.budget.step(at);
    return this.env.budget.nested(at, () => this.resolveNode(node));
  }
  resolveNode(node) {
    switch (node.kind) {
      case "string":
        return stringOfNode(node);
      case "number":
      case "boolean":
      case "null":
        return { kind: node.kind, value: node.value, text: node.text, range: node.range };
      case "seq": {
        const items = node.items.map((i) => this.resolve(i)).filter((v) => v.kind !== "absent");
        this.grew({ kind: "list", items, range: node.range });
        return { kind: "list", items, range: node.range };
      }
      case "map": {
        const fn = intrinsicName(node);
        if (fn !== void 0)
          return this.intrinsic(fn, node);
        const members = [];
        for (const e of node.entries) {
          if (e.key.startsWith(FOR_EACH))
            expandMembers(this, e, members);
          else
            members.push({ key: e.key, keyRange: e.keyRange, value: this.resolve(e.value) });
        }
        return this.grew({ kind: "object", members: members.filter((m) => m.value.kind !== "absent"), range: node.range });
      }
    }
  }
  /** Charges a built value's own size (its parts were charged where they were built). */
  grew(value2) {
    this.env.budget.grow(valueSize(value2), { offset: value2.range[0] });
    return value2;
  }
  intrinsic(fn, node) {
    const arg = node.entries[0].value;
    const impl = INTRINSICS[fn];
    if (impl)
      return impl(this, arg, node);
    const reason = DEPLOY_TIME[fn] ?? (fn.startsWith("!") ? `unknown tag ${fn} (a preprocessor or macro)` : `${fn} is not evaluated`);
    return this.unresolved(node, reason);
  }
  /** An unresolved string naming the expression as written. */
  unresolved(node, reason) {
    return unresolvedString(describe(node), reason, node.range);
  }
  /**
   * Runs `fn` (the resolution of a reference written at `at`) unless `key` is already being resolved
   * (a reference cycle): then undefined. A chain of references nests, so it counts as nested evaluation.
   */
  guarded(key, at, fn) {
    if (this.active.has(key))
      return void 0;
    this.active.add(key);
    try {
      return this.env.budget.nested({ offset: at }, fn);
    } finally {
      this.active.delete(key);
    }
  }
  noteUndecided(condition) {
    if (!this.needed.includes(condition))
      this.needed.push(condition);
  }
  condition(name) {
    return conditionOf(this, name);
  }
};
var NO_BINDINGS = /* @__PURE__ */ new Map();
function intrinsicName(node) {
  if (node.kind !== "map" || node.entries.length !== 1)
    return void 0;
  const key = node.entries[0].key;
  if (key.startsWith(FOR_EACH))
    return void 0;
  return key === "Ref" || key.startsWith("Fn::") || key.startsWith("!") ? key : void 0;
}
var MAX_DESCRIBE = 80;
function describe(node) {
  const text3 = redactSecrets(render(node, 0));
  return text3.length > MAX_DESCRIBE ? `${text3.slice(0, MAX_DESCRIBE - 1)}\u2026` : text3;
}
function render(node, depth) {
  if (depth > 4)
    return "\u2026";
  switch (node.kind) {
    case "string":
      return /^[\w:.\-/${}!*]+$/.test(node.value) ? node.value : JSON.stringify(node.value);
    case "number":
    case "boolean":
    case "null":
      return node.text || "null";
    case "seq":
      return `[${node.items.map((i) => render(i, depth + 1)).join(", ")}]`;
    case "map": {
      const fn = intrinsicName(node);
      if (fn !== void 0) {
        const tag = fn === "Ref" ? "!Ref" : fn.startsWith("!") ? fn : `!${fn.slice("Fn::".length)}`;
        return `${tag} ${render(node.entries[0].value, depth + 1)}`;
      }
      return `{${node.entries.map((e) => `${e.key}: ${render(e.value, depth + 1)}`).join(", ")}}`;
    }
  }
}

// packages/core/dist/sources/cloudformation/to-policy.js
init_define_TRUSTLINT_PACKAGE();
function toPolicyNode(value2, spans, alloc) {
  return locatedRenderer(spans, alloc).render(value2);
}

// packages/core/dist/sources/cloudformation/variants.js
init_define_TRUSTLINT_PACKAGE();
function renderVariants(cap, render2, key) {
  const queue = [[]];
  const leaves = [];
  let truncated = false;
  for (let a = queue.shift(); a !== void 0; a = queue.shift()) {
    const map = new Map(a);
    const { value: value2, needed } = render2(map);
    const next = needed.find((n) => !map.has(n));
    if (next !== void 0) {
      if (leaves.length + queue.length + 2 <= cap) {
        queue.push([...a, [next, true]], [...a, [next, false]]);
        continue;
      }
      truncated = true;
    }
    leaves.push({ value: value2, assumptions: a });
  }
  const groups = /* @__PURE__ */ new Map();
  for (const leaf of leaves) {
    const k = key(leaf.value);
    const group = groups.get(k);
    if (group)
      group.push(leaf);
    else
      groups.set(k, [leaf]);
  }
  const variants = [...groups.values()].map((group) => ({
    value: group[0].value,
    label: groups.size === 1 ? void 0 : labelOf(group.map((g) => g.assumptions))
  }));
  return { variants, truncated };
}
function labelOf(all) {
  const [first, ...rest] = all;
  if (!first)
    return void 0;
  const shared = first.filter(([name, value2]) => rest.every((a) => a.some(([n, v]) => n === name && v === value2)));
  const chosen = shared.length > 0 ? shared : first;
  return chosen.length > 0 ? chosen.map(([name, value2]) => `Condition ${name} = ${value2}`).join(", ") : void 0;
}

// packages/core/dist/sources/cloudformation/documents.js
var resourceName = (res) => `Resources.${res.logicalId}`;
function finding(env, res, ruleId, severity, message, range) {
  return { ruleId, severity, message, location: { file: env.file, span: env.spans.span(range) }, resource: resourceName(res) };
}
function policyOutcome(value2, budget) {
  if (value2.kind === "object")
    return { kind: "policy", value: value2 };
  const text3 = value2.kind === "string" ? value2 : void 0;
  if (!text3)
    return { kind: "invalid", message: `AssumeRolePolicyDocument is ${value2.kind === "list" ? "a list" : "not an object"}`, offset: value2.range[0], parse: false };
  const only = text3.segments.length === 1 ? text3.segments[0] : void 0;
  if (only?.kind === "unresolved")
    return { kind: "unresolved", part: only };
  const parsed = parseEmbeddedJson(text3, budget);
  if ("error" in parsed)
    return { kind: "invalid", message: `the policy text is not valid JSON: ${parsed.error}`, offset: parsed.offset, parse: true };
  if (parsed.value.kind !== "object")
    return { kind: "invalid", message: "the policy text is not a JSON object", offset: text3.range[0], parse: true };
  return { kind: "policy", value: parsed.value };
}
function trustPolicyDocuments(env, res) {
  const node = valueOf(res.properties, "AssumeRolePolicyDocument");
  if (!node)
    return { documents: [], findings: opaqueProperties(env, res) };
  const { variants, truncated } = renderVariants(
    env.budget.limits.variants,
    (assumptions) => {
      const r = new Resolver(env, assumptions, res.bindings);
      const outcome = policyOutcome(r.resolve(node), env.budget);
      const root = outcome.kind === "policy" ? toPolicyNode(outcome.value, env.spans, new UnresolvedAllocator()) : void 0;
      return { value: { outcome, root: root?.type === "object" ? root : void 0 }, needed: r.needed };
    },
    // Same JSON and same unresolved expressions: the same policy for every rule.
    (v) => v.root ? JSON.stringify([toJson(v.root), collectUnresolved(v.root).map((u) => u.part.expression)]) : `${v.outcome.kind}:${JSON.stringify(v.outcome)}`
  );
  const roleName = literalText(resolveProperty(env, res, "RoleName"));
  const documents = [];
  const findings = [];
  for (const { value: value2, label } of variants) {
    const { outcome, root } = value2;
    if (root) {
      documents.push({
        kind: "trust-policy",
        file: env.file,
        resource: resourceName(res),
        ...roleName !== void 0 ? { roleName } : {},
        ...label !== void 0 ? { variant: label } : {},
        root,
        location: { file: env.file, span: env.spans.span(node.range) },
        sourceKind: "cloudformation"
      });
    } else if (outcome.kind === "unresolved") {
      const { expression: expression2, reason, range } = outcome.part;
      findings.push(finding(env, res, "oidc-unresolved", "warning", `the trust policy of ${resourceName(res)} is "${expression2}" (${reason}): it could not be resolved statically and was not analysed${label ? ` (${label})` : ""}`, range));
    } else if (outcome.kind === "invalid") {
      const at = [outcome.offset, outcome.offset + 1];
      findings.push(finding(env, res, outcome.parse ? "parse-error" : "input-error", "error", `${resourceName(res)}: ${outcome.message}${label ? ` (${label})` : ""}`, at));
    }
  }
  if (truncated)
    findings.push(variantsFinding(env, res, node.range[0]));
  return { documents, findings };
}
function variantsFinding(env, res, offset) {
  const { variants } = env.budget.limits;
  const what = `the trust policy of ${resourceName(res)} beyond its first ${variants} renderings`;
  const hint = "pass --parameter to decide the undecidable Fn::If conditions";
  return limitFinding({ what, file: env.file, text: env.text, resource: resourceName(res), hint }, limitError("variants", variants, { offset }));
}
function opaqueProperties(env, res) {
  const props = res.properties;
  const opaque = props?.entries.find((e) => e.key === "Fn::Transform") ?? (props && intrinsicName(props) !== void 0 ? props.entries[0] : void 0);
  if (!props || !opaque)
    return [];
  const expression2 = describe(props);
  return [finding(env, res, "oidc-unresolved", "warning", `the properties of ${resourceName(res)} come from "${expression2}": its trust policy could not be resolved statically and was not analysed`, opaque.keyRange)];
}
function resolveProperty(env, res, name) {
  const node = valueOf(res.properties, name);
  return node ? resolveDecided(env, res, node) : void 0;
}
function resolveDecided(env, res, node) {
  const r = new Resolver(env, void 0, res.bindings);
  const value2 = r.resolve(node);
  return r.needed.length > 0 ? r.unresolved(node, `depends on the undecidable condition ${r.needed.join(", ")}`) : value2;
}
function oidcProviderDocument(env, res) {
  const alloc = new UnresolvedAllocator();
  const urlNode = valueOf(res.properties, "Url");
  const url = urlNode ? stringValue(env, res, urlNode, alloc) : void 0;
  const listNode = valueOf(res.properties, "ClientIdList") ?? valueOf(res.properties, "ClientIDList");
  const resourceLocation = { file: env.file, span: env.spans.span(res.keyRange) };
  return {
    kind: "oidc-provider",
    file: env.file,
    resource: resourceName(res),
    url: url ?? "",
    urlLocation: urlNode ? { file: env.file, span: env.spans.span(urlNode.range) } : null,
    clientIds: listNode ? clientIds(env, res, listNode, alloc) : [],
    clientIdsLocation: listNode ? { file: env.file, span: env.spans.span(listNode.range) } : resourceLocation,
    location: resourceLocation,
    sourceKind: "cloudformation"
  };
}
function stringValue(env, res, node, alloc) {
  const value2 = asString(resolveDecided(env, res, node));
  const rendered = value2 ? toPolicyNode(value2, env.spans, alloc) : void 0;
  return rendered?.type === "string" ? rendered.value : void 0;
}
function clientIds(env, res, node, alloc) {
  const list2 = resolveDecided(env, res, node);
  if (list2.kind !== "list")
    return "unresolved";
  const out = [];
  for (const item of list2.items) {
    const str2 = asString(item);
    if (!str2 || str2.segments.length === 1 && str2.segments[0]?.kind === "unresolved")
      return "unresolved";
    const rendered = toPolicyNode(str2, env.spans, alloc);
    if (rendered?.type === "string")
      out.push({ value: rendered.value, location: { file: env.file, span: rendered.span } });
  }
  return out;
}
function accessKeyDocument(env, res) {
  const userName = literalText(resolveProperty(env, res, "UserName"));
  return {
    kind: "access-key",
    file: env.file,
    resource: resourceName(res),
    location: { file: env.file, span: env.spans.span(res.keyRange) },
    ...userName !== void 0 ? { userName } : {},
    sourceKind: "cloudformation"
  };
}

// packages/core/dist/sources/cloudformation/parse-yaml.js
init_define_TRUSTLINT_PACKAGE();
var import_yaml = __toESM(require_dist(), 1);

// packages/core/dist/sources/cloudformation/origins.js
init_define_TRUSTLINT_PACKAGE();
function yamlScalarOrigins(text3, start, end, style, expected) {
  switch (style) {
    case "PLAIN":
      return checked(flowScalar(text3, start, end, "plain"), expected);
    case "QUOTE_SINGLE":
      return checked(flowScalar(text3, start + 1, end - 1, "single"), expected);
    case "QUOTE_DOUBLE":
      return checked(flowScalar(text3, start + 1, end - 1, "double"), expected);
    case "BLOCK_LITERAL":
    case "BLOCK_FOLDED":
      return checked(blockScalar(text3, start, end, style === "BLOCK_FOLDED"), expected);
  }
}
function splitLines(text3, start, end) {
  const lines = [];
  let at = start;
  for (let i = start; i < end; i++) {
    if (text3[i] === "\n") {
      const lineEnd = i > at && text3[i - 1] === "\r" ? i - 1 : i;
      lines.push({ at, text: text3.slice(at, lineEnd) });
      at = i + 1;
    }
  }
  lines.push({ at, text: text3.slice(at, end) });
  return lines;
}
var isBlank = (c) => c === " " || c === "	";
function flowScalar(text3, start, end, quoting) {
  const lines = splitLines(text3, start, end);
  const out = [];
  let emptyLines = 0;
  let joinTight = false;
  lines.forEach((line, index) => {
    let a = 0;
    let b = line.text.length;
    if (index > 0)
      while (a < b && isBlank(line.text[a]))
        a++;
    if (index < lines.length - 1)
      while (b > a && isBlank(line.text[b - 1]))
        b--;
    if (index > 0 && index < lines.length - 1 && a === b) {
      emptyLines++;
      return;
    }
    if (index > 0) {
      const at = line.at - 1;
      if (emptyLines > 0)
        for (let k = 0; k < emptyLines; k++)
          out.push({ c: "\n", s: at, e: at + 1 });
      else if (!joinTight)
        out.push({ c: " ", s: at, e: at + 1 });
    }
    emptyLines = 0;
    joinTight = false;
    const content = line.text.slice(a, b);
    const base = line.at + a;
    if (quoting === "plain") {
      for (let k = 0; k < content.length; k++)
        out.push({ c: content[k], s: base + k, e: base + k + 1 });
    } else if (quoting === "single") {
      for (let k = 0; k < content.length; k++) {
        if (content[k] === "'" && content[k + 1] === "'") {
          out.push({ c: "'", s: base + k, e: base + k + 2 });
          k++;
        } else
          out.push({ c: content[k], s: base + k, e: base + k + 1 });
      }
    } else {
      const last = index === lines.length - 1;
      const decoded = decodeDoubleQuoted(content, base, last);
      if (!decoded)
        return;
      appendAll(out, decoded.chars);
      joinTight = decoded.escapedBreak;
    }
  });
  return out;
}
var YAML_ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var HEX_ESCAPE_LENGTH = { x: 2, u: 4, U: 8 };
function decodeDoubleQuoted(content, base, last) {
  const chars = [];
  for (let k = 0; k < content.length; k++) {
    const c = content[k];
    if (c !== "\\") {
      chars.push({ c, s: base + k, e: base + k + 1 });
      continue;
    }
    if (k === content.length - 1 && !last)
      return { chars, escapedBreak: true };
    const next = content[k + 1] ?? "";
    const hex = HEX_ESCAPE_LENGTH[next];
    if (hex !== void 0) {
      const code = Number.parseInt(content.slice(k + 2, k + 2 + hex), 16);
      if (Number.isNaN(code))
        return void 0;
      const s = String.fromCodePoint(code);
      for (const unit of s.split(""))
        chars.push({ c: unit, s: base + k, e: base + k + 2 + hex });
      k += 1 + hex;
      continue;
    }
    const simple = YAML_ESCAPES[next];
    if (simple === void 0)
      return void 0;
    chars.push({ c: simple, s: base + k, e: base + k + 2 });
    k++;
  }
  return { chars, escapedBreak: false };
}
function blockScalar(text3, start, end, folded) {
  const lines = splitLines(text3, start, end);
  const header = lines.shift();
  if (!header || /\d/.test(header.text.replace(/#.*$/, "")))
    return void 0;
  const chomp = /^[|>]\s*[-+]/.test(header.text) ? header.text.includes("-") ? "strip" : "keep" : "clip";
  if (lines.length > 0 && lines.at(-1).text === "")
    lines.pop();
  const first = lines.find((l) => l.text.trim() !== "");
  if (!first)
    return [];
  const indent = first.text.length - first.text.trimStart().length;
  const out = [];
  let emptyLines = 0;
  let prev = "none";
  let lastBreakAt = start;
  const pushBreaks = (n, at) => {
    for (let k = 0; k < n; k++)
      out.push({ c: "\n", s: at, e: at + 1 });
  };
  for (const line of lines) {
    const breakAt = line.at - 1;
    if (line.text.trim() === "") {
      emptyLines++;
      lastBreakAt = line.at + line.text.length;
      continue;
    }
    if (line.text.slice(0, indent).trim() !== "")
      return void 0;
    const content = line.text.slice(indent);
    const kind = isBlank(content[0]) ? "more" : "normal";
    if (prev !== "none") {
      if (!folded)
        pushBreaks(1 + emptyLines, breakAt);
      else if (prev === "normal" && kind === "normal") {
        if (emptyLines > 0)
          pushBreaks(emptyLines, breakAt);
        else
          out.push({ c: " ", s: breakAt, e: breakAt + 1 });
      } else
        pushBreaks(1 + emptyLines, breakAt);
    } else
      pushBreaks(emptyLines, breakAt);
    emptyLines = 0;
    prev = kind;
    const base = line.at + indent;
    for (let k = 0; k < content.length; k++)
      out.push({ c: content[k], s: base + k, e: base + k + 1 });
    lastBreakAt = line.at + line.text.length;
  }
  if (chomp === "clip")
    pushBreaks(1, lastBreakAt);
  else if (chomp === "keep")
    pushBreaks(1 + emptyLines, lastBreakAt);
  return out;
}

// packages/core/dist/sources/cloudformation/parse-yaml.js
var INTRINSIC_TAGS = [
  "And",
  "Base64",
  "Cidr",
  "Condition",
  "Contains",
  "EachMemberEquals",
  "EachMemberIn",
  "Equals",
  "FindInMap",
  "GetAtt",
  "GetAZs",
  "If",
  "ImportValue",
  "Join",
  "Length",
  "Not",
  "Or",
  "Ref",
  "RefAll",
  "Select",
  "Split",
  "Sub",
  "ToJsonString",
  "Transform",
  "ValueOf",
  "ValueOfAll"
];
function longFormOfTag(tag) {
  const name = tag.slice(1);
  if (name === "Ref" || name === "Condition")
    return name;
  return INTRINSIC_TAGS.includes(name) ? `Fn::${name}` : tag;
}
var CUSTOM_TAGS = INTRINSIC_TAGS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value2) => value2 },
  { tag: `!${name}`, collection: "seq", resolve: (value2) => value2 },
  { tag: `!${name}`, collection: "map", resolve: (value2) => value2 }
]);
function parseYamlTree(text3, budget = new EvaluationBudget()) {
  const doc = parseYamlDocument(text3, { customTags: CUSTOM_TAGS, uniqueKeys: false, prettyErrors: false, strict: false }, budget);
  if (doc instanceof LimitError)
    return { limit: doc };
  const first = doc.errors[0];
  if (first)
    return { error: { message: first.message.split("\n")[0] ?? first.message, offset: first.pos[0] } };
  try {
    return { root: new YamlConverter(text3, doc, budget).convert(doc.contents, [0, 0], 0) };
  } catch (err) {
    if (err instanceof LimitError)
      return { limit: err };
    throw err;
  }
}
var TAG_SEARCH_WINDOW = 4096;
var YamlConverter = class {
  text;
  doc;
  budget;
  /** Each alias's target, found in one pass on the first alias (yaml's own resolve walks the document per alias). */
  targets;
  /** Offset of the outermost alias being expanded, or -1. */
  aliasAt = -1;
  constructor(text3, doc, budget) {
    this.text = text3;
    this.doc = doc;
    this.budget = budget;
  }
  convert(node, fallback, depth) {
    this.budget.checkDepth(depth, { offset: node?.range[0] ?? fallback[0] });
    if (this.aliasAt >= 0)
      this.budget.alias({ offset: this.aliasAt });
    if (node === null || node === void 0)
      return { kind: "null", value: null, text: "", range: [fallback[1], fallback[1]] };
    if ((0, import_yaml.isAlias)(node)) {
      const outermost = this.aliasAt < 0;
      if (outermost)
        this.aliasAt = node.range[0];
      try {
        return this.convert(this.targetOf(node), [node.range[0], node.range[1]], depth + 1);
      } finally {
        if (outermost)
          this.aliasAt = -1;
      }
    }
    const inner = this.convertUntagged(node, depth);
    const tag = node.tag;
    if (tag === void 0 || !tag.startsWith("!") || tag.startsWith("!!"))
      return inner;
    const tagStart = this.tagStart(tag, node.range[0]);
    const entry2 = { key: longFormOfTag(tag), keyRange: [tagStart, tagStart + tag.length], value: inner };
    return { kind: "map", entries: [entry2], range: [tagStart, inner.range[1]] };
  }
  /** The last node before the alias with its anchor (YAML's rule); aliases of aliases are followed by convert. */
  targetOf(alias) {
    if (!this.targets) {
      const targets = /* @__PURE__ */ new Map();
      const anchors = /* @__PURE__ */ new Map();
      (0, import_yaml.visit)(this.doc, {
        Node: (_key, n) => {
          if ((0, import_yaml.isAlias)(n)) {
            const target = anchors.get(n.source);
            if (target !== void 0)
              targets.set(n, target);
          } else if (n.anchor) {
            anchors.set(n.anchor, n);
          }
        }
      });
      this.targets = targets;
    }
    return this.targets.get(alias);
  }
  /** The tag is written before the node's own range (only spaces, breaks or an anchor in between). */
  tagStart(tag, nodeStart) {
    const from = Math.max(0, nodeStart - TAG_SEARCH_WINDOW);
    const at = this.text.lastIndexOf(tag, nodeStart);
    if (at < from)
      return nodeStart;
    const between = this.text.slice(at + tag.length, nodeStart);
    return between.split(/\s+/).every((t) => t === "" || t.startsWith("&")) ? at : nodeStart;
  }
  convertUntagged(node, depth) {
    if ((0, import_yaml.isScalar)(node)) {
      const start = node.range[0];
      const style = node.type ?? "PLAIN";
      const block = style === "BLOCK_LITERAL" || style === "BLOCK_FOLDED";
      let end = node.range[1];
      if (block)
        while (end > start && /\s/.test(this.text[end - 1] ?? ""))
          end--;
      const range = [start, end];
      const value2 = node.value;
      if (typeof value2 === "string") {
        const sourceEnd = block ? node.range[1] : end;
        return lazyString(value2, range, () => yamlScalarOrigins(this.text, start, sourceEnd, style, value2));
      }
      const raw = this.text.slice(start, end);
      if (typeof value2 === "number")
        return { kind: "number", value: value2, text: raw, range };
      if (typeof value2 === "boolean")
        return { kind: "boolean", value: value2, text: raw, range };
      if (value2 === null)
        return { kind: "null", value: null, text: raw, range };
      return { kind: "string", value: raw, range, origins: null };
    }
    if ((0, import_yaml.isMap)(node)) {
      const entries = [];
      for (const pair of node.items) {
        if (!(0, import_yaml.isPair)(pair))
          continue;
        const key = pair.key;
        const keyRange = key && !(0, import_yaml.isAlias)(key) ? [key.range[0], key.range[1]] : [node.range[0], node.range[0]];
        const keyText2 = key && (0, import_yaml.isScalar)(key) ? String(key.value) : "";
        entries.push({ key: keyText2, keyRange, value: this.convert(pair.value, keyRange, depth + 1) });
      }
      return { kind: "map", entries, range: this.collectionRange(node.range) };
    }
    if ((0, import_yaml.isSeq)(node)) {
      const items = node.items.map((item) => this.convert(item, [node.range[0], node.range[0]], depth + 1));
      return { kind: "seq", items, range: this.collectionRange(node.range) };
    }
    return { kind: "null", value: null, text: "", range: [0, 0] };
  }
  /** Block collections' ranges include the final line break: trim it. */
  collectionRange(range) {
    let end = range[1];
    while (end > range[0] && /\s/.test(this.text[end - 1] ?? ""))
      end--;
    return [range[0], end];
  }
};

// packages/core/dist/sources/cloudformation/index.js
var ALWAYS_REPORTED = /\.template$/i;
function readCloudFormation(input, options = {}, budget = new EvaluationBudget(options.limits, input.text.length)) {
  const { file, text: text3 } = input;
  const oversized = oversizedInput(file, text3);
  if (oversized)
    return { documents: [], findings: [oversized] };
  const lines = lineStarts(text3);
  const json = /\.json$/i.test(file) || /^\s*\{/.test(text3);
  const parsed = json ? parseJsonNodes(text3, budget) : parseYamlTree(text3, budget);
  if ("limit" in parsed)
    return { documents: [], findings: [limitFinding({ what: "the CloudFormation template", file, text: text3 }, parsed.limit)] };
  if ("error" in parsed) {
    if (!input.explicit && !ALWAYS_REPORTED.test(file))
      return { documents: [], findings: [] };
    const start = positionAt(lines, parsed.error.offset);
    const end = positionAt(lines, Math.min(parsed.error.offset + 1, text3.length));
    return {
      documents: [],
      findings: [
        {
          ruleId: "parse-error",
          severity: "error",
          message: `CloudFormation template is not valid ${json ? "JSON" : "YAML"}: ${parsed.error.message}`,
          location: { file, span: { start, end } }
        }
      ]
    };
  }
  const root = parsed.root;
  if (!isTemplate(root))
    return { documents: [], findings: [], unrecognised: true };
  const env = { template: readTemplate(root), parameters: options.parameters ?? {}, file, text: text3, spans: new SpanMaker(lines), budget };
  const documents = [];
  const findings = [];
  try {
    appendAll(findings, expandTemplateLoops(new Resolver(env)));
  } catch (err) {
    if (!(err instanceof LimitError))
      throw err;
    return { documents, findings: [limitFinding({ what: "the CloudFormation template", file, text: text3 }, err)] };
  }
  for (const res of env.template.resources.values()) {
    try {
      budget.withinStack(() => {
        readResource(env, res, documents, findings);
      });
    } catch (err) {
      if (!(err instanceof LimitError))
        throw err;
      const resource = `Resources.${res.logicalId}`;
      const spent = isSpent(err);
      findings.push(limitFinding({ what: spent ? `${resource} (and every resource after it)` : resource, file, text: text3, resource }, err));
      if (spent)
        break;
    }
  }
  return { documents, findings, declared: { parameters: [...env.template.parameters.keys()] } };
}
function readResource(env, res, documents, findings) {
  if (res.condition !== void 0 && env.template.conditions.has(res.condition) && !createdUnder(env, res, res.condition))
    return;
  if (res.type === "AWS::IAM::Role") {
    const built = trustPolicyDocuments(env, res);
    appendAll(documents, built.documents);
    appendAll(findings, built.findings);
  } else if (res.type !== void 0 && PROVIDER_TYPES.has(res.type)) {
    documents.push(oidcProviderDocument(env, res));
  } else if (res.type === "AWS::IAM::AccessKey") {
    documents.push(accessKeyDocument(env, res));
  }
}
function createdUnder(env, res, condition) {
  return new Resolver(env, void 0, res.bindings).condition(condition).value !== false;
}

// packages/core/dist/sources/cloudformation/adapter.js
var cloudFormationAdapter = {
  kinds: ["cloudformation"],
  inputName: /\.(json|ya?ml|template)$/,
  kindTokens: ["AWSTemplateFormatVersion", "AWS::", "Custom::"],
  byContent(path, text3) {
    if (isJsonLike(path, text3)) {
      return /"AWSTemplateFormatVersion"\s*:/.test(text3) || /"Type"\s*:\s*"(AWS|Custom)::/.test(text3) ? "cloudformation" : void 0;
    }
    if (isYamlLike(path, text3)) {
      return /^AWSTemplateFormatVersion[ \t]*:/m.test(text3) || /^[ \t]+Type:[ \t]*["']?(AWS|Custom)::/m.test(text3) ? "cloudformation" : void 0;
    }
    return void 0;
  },
  read: (_kind, source, options, budget) => readCloudFormation(source, options, budget)
};

// packages/core/dist/sources/policy-file-adapter.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/policy-file.js
init_define_TRUSTLINT_PACKAGE();
var PLACEHOLDER_RE = /\$\{[^{}:"\n]+\}|\$[A-Za-z_][A-Za-z0-9_]*|__[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*__|\{\{[^{}\n]*\}\}|%s/g;
function preparePolicyTemplate(text3) {
  const placeholders = [];
  const insideString = stringMask(text3);
  let out = "";
  let cursor = 0;
  for (const m of text3.matchAll(PLACEHOLDER_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    placeholders.push({ start, end, expression: m[0] });
    if (insideString[start] !== 1 && m[0].length >= 2) {
      out += text3.slice(cursor, start) + '"' + "_".repeat(m[0].length - 2) + '"';
      cursor = end;
    }
  }
  out += text3.slice(cursor);
  return { text: out, placeholders };
}
function stringMask(text3) {
  const mask = new Uint8Array(text3.length + 1);
  let inString = false;
  for (let i = 0; i < text3.length; i++) {
    const c = text3[i];
    if (inString) {
      if (c === "\\") {
        mask[i] = 1;
        mask[i + 1] = 1;
        i++;
        continue;
      }
      if (c === '"' || c === "\n") {
        inString = false;
        continue;
      }
      mask[i] = 1;
    } else if (c === '"') {
      inString = true;
    }
  }
  return mask;
}
function isPolicyRoot(root) {
  return root.type === "object" && getMember(root, "Statement") !== void 0;
}
function readPolicyFile(file, text3, template, budget = new EvaluationBudget({}, text3.length)) {
  const oversized = oversizedInput(file, text3);
  if (oversized)
    return { documents: [], findings: [oversized] };
  const prepared = template ? preparePolicyTemplate(text3) : { text: text3, placeholders: [] };
  let root;
  try {
    root = parseJsonTree(prepared.text, { placeholders: prepared.placeholders, budget });
  } catch (err) {
    if (err instanceof LimitError) {
      return { documents: [], findings: [limitFinding({ what: template ? "the policy template" : "the policy document", file, text: text3 }, err)] };
    }
    if (!(err instanceof JsonSyntaxError))
      throw err;
    const pos = err.position;
    return {
      documents: [],
      findings: [
        {
          ruleId: "parse-error",
          severity: "error",
          message: `${template ? "policy template" : "policy document"} is not valid JSON: ${err.message}`,
          location: { file, span: { start: pos, end: { ...pos, column: pos.column + 1, offset: pos.offset + 1 } } }
        }
      ]
    };
  }
  if (root.type !== "object" || !isPolicyRoot(root))
    return { documents: [], findings: [], unrecognised: true };
  return {
    documents: [
      {
        kind: "trust-policy",
        file,
        root,
        location: { file, span: root.span },
        sourceKind: template ? "policy-template" : "policy"
      }
    ],
    findings: []
  };
}

// packages/core/dist/sources/policy-file-adapter.js
var TEMPLATE_EXT = /\.(json\.tpl|tpl|tftpl)$/;
var HAS_STATEMENT = /"Statement"\s*:/;
var policyFileAdapter = {
  kinds: ["policy", "policy-template"],
  inputName: /\.(json|template|tpl|tftpl)$/,
  kindTokens: ["Statement"],
  byContent(path, text3) {
    if (TEMPLATE_EXT.test(path))
      return HAS_STATEMENT.test(text3) ? "policy-template" : void 0;
    return isJsonLike(path, text3) && HAS_STATEMENT.test(text3) ? "policy" : void 0;
  },
  read(kind, source, _options, budget) {
    const result = guarded(source, () => readPolicyFile(source.file, source.text, kind === "policy-template", budget));
    if (!source.explicit && result.documents.length === 0 || result.unrecognised) {
      return { documents: [], findings: result.findings.filter((f) => f.ruleId === "input-error"), unrecognised: true };
    }
    return result;
  }
};

// packages/core/dist/sources/terraform-plan/adapter.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform-plan/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform-plan/documents.js
init_define_TRUSTLINT_PACKAGE();
var isTrue = (node) => node?.kind === "boolean" && node.value === true;
function stringAttribute(instance, name) {
  const node = valueOf(instance.values, name);
  return node?.kind === "string" ? node : void 0;
}
function unknownAttribute(instance, name) {
  return isTrue(valueOf(instance.unknown, name)) || isTrue(instance.unknown);
}
function parsePolicyString(env, node, address) {
  let parsed;
  try {
    parsed = parseEmbeddedJson(stringOfNode(node), env.budget);
  } catch (err) {
    if (!(err instanceof LimitError))
      throw err;
    return { finding: limitFinding({ what: `the trust policy of ${address}`, file: env.file, text: env.text, resource: address }, err) };
  }
  if ("error" in parsed) {
    const span = env.spans.span([parsed.offset, parsed.offset + 1]);
    return { finding: { ruleId: "parse-error", severity: "error", message: `${address}: the policy is not valid JSON: ${parsed.error}`, location: { file: env.file, span }, resource: address } };
  }
  const root = locatedRenderer(env.spans, new UnresolvedAllocator()).render(parsed.value);
  if (root?.type !== "object") {
    return { finding: { ruleId: "input-error", severity: "error", message: `${address}: the policy is not a JSON object`, location: { file: env.file, span: env.spans.span(node.range) }, resource: address } };
  }
  return { root };
}
function isTrustShaped(root) {
  const statements2 = getMember(root, "Statement")?.value;
  const list2 = statements2?.type === "array" ? statements2.items : statements2 ? [statements2] : [];
  return list2.some((s) => s.type === "object" && (getMember(s, "Principal") !== void 0 || getMember(s, "NotPrincipal") !== void 0));
}
function trustDocument(env, resource, root, where, roleName) {
  return {
    kind: "trust-policy",
    file: env.file,
    resource,
    ...roleName !== void 0 ? { roleName } : {},
    root,
    location: { file: env.file, span: env.spans.span(where.range) },
    sourceKind: "terraform-plan"
  };
}
function providerDocument(env, instance) {
  const location = { file: env.file, span: env.spans.span(instance.addressRange) };
  const url = stringAttribute(instance, "url");
  const list2 = valueOf(instance.values, "client_id_list");
  let clientIds2 = [];
  if (unknownAttribute(instance, "client_id_list") || list2 !== void 0 && list2.kind !== "seq" && list2.kind !== "null")
    clientIds2 = "unresolved";
  else if (list2?.kind === "seq") {
    const items = list2.items.map((i) => i.kind === "string" ? { value: i.value, location: { file: env.file, span: env.spans.span(i.range) } } : void 0);
    clientIds2 = items.every((i) => i !== void 0) ? items : "unresolved";
  }
  return {
    kind: "oidc-provider",
    file: env.file,
    resource: instance.address,
    url: url?.value ?? "",
    urlLocation: url ? { file: env.file, span: env.spans.span(url.range) } : null,
    clientIds: clientIds2,
    clientIdsLocation: list2 ? { file: env.file, span: env.spans.span(list2.range) } : location,
    location,
    sourceKind: "terraform-plan"
  };
}
function accessKeyDocument2(env, instance) {
  const user = stringAttribute(instance, "user");
  return {
    kind: "access-key",
    file: env.file,
    resource: instance.address,
    location: { file: env.file, span: env.spans.span(instance.addressRange) },
    ...user ? { userName: user.value } : {},
    sourceKind: "terraform-plan"
  };
}

// packages/core/dist/sources/terraform-plan/instances.js
init_define_TRUSTLINT_PACKAGE();
import { posix } from "node:path";
var text = (node) => node?.kind === "string" ? node.value : void 0;
function collectInstances(root) {
  const instances = /* @__PURE__ */ new Map();
  const changes = valueOf(root, "resource_changes");
  if (changes?.kind === "seq") {
    for (const rc of changes.items) {
      const base = describeResource(rc);
      if (!base || valueOf(rc, "deposed"))
        continue;
      const change = valueOf(rc, "change");
      const actions = valueOf(change, "actions");
      const actionList = actions?.kind === "seq" ? actions.items.map(text) : [];
      const after = valueOf(change, "after");
      instances.set(base.address, {
        ...base,
        values: after?.kind === "map" ? after : void 0,
        unknown: valueOf(change, "after_unknown"),
        deleted: actionList.length > 0 && actionList.every((a) => a === "delete")
      });
    }
  }
  const fromValues = (module, preferred) => {
    walkModules(module, (resource) => {
      const base = describeResource(resource);
      const values = valueOf(resource, "values");
      if (!base || values?.kind !== "map")
        return;
      const existing = instances.get(base.address);
      if (!existing)
        instances.set(base.address, { ...base, values, unknown: void 0, deleted: false });
      else if (preferred)
        instances.set(base.address, { ...existing, values, addressRange: base.addressRange });
    });
  };
  fromValues(valueOf(valueOf(root, "planned_values"), "root_module"), true);
  fromValues(valueOf(valueOf(valueOf(root, "prior_state"), "values"), "root_module"), false);
  fromValues(valueOf(valueOf(root, "values"), "root_module"), false);
  return instances;
}
function describeResource(node) {
  const addressNode = valueOf(node, "address");
  const address = text(addressNode);
  const type = text(valueOf(node, "type"));
  const name = text(valueOf(node, "name"));
  if (!addressNode || address === void 0 || type === void 0 || name === void 0)
    return void 0;
  const mode = text(valueOf(node, "mode")) === "data" ? "data" : "managed";
  return { address, addressRange: addressNode.range, mode, type, name };
}
function walkModules(module, visit2, depth = 0) {
  if (module?.kind !== "map" || depth > 100)
    return;
  const resources = valueOf(module, "resources");
  if (resources?.kind === "seq")
    resources.items.forEach(visit2);
  const children2 = valueOf(module, "child_modules");
  if (children2?.kind === "seq")
    for (const child3 of children2.items)
      walkModules(child3, visit2, depth + 1);
}
function modulePrefix(instance) {
  const local = `${instance.mode === "data" ? "data." : ""}${instance.type}.${instance.name}`;
  const at = instance.address.lastIndexOf(local);
  return at > 0 ? instance.address.slice(0, at) : "";
}
function configuredReferences(root, instance, attribute2) {
  let module = valueOf(valueOf(root, "configuration"), "root_module");
  for (const m of modulePrefix(instance).matchAll(/module\.([^.[\]]+)(?:\[[^\]]*\])?\./g)) {
    module = valueOf(valueOf(valueOf(module, "module_calls"), m[1]), "module");
  }
  const resources = valueOf(module, "resources");
  if (resources?.kind !== "seq")
    return [];
  const local = `${instance.mode === "data" ? "data." : ""}${instance.type}.${instance.name}`;
  const config = resources.items.find((r) => text(valueOf(r, "address")) === local);
  const refs = valueOf(valueOf(valueOf(config, "expressions"), attribute2), "references");
  return refs?.kind === "seq" ? refs.items.map(text).filter((r) => r !== void 0) : [];
}
function configuredSource(root, instance, planDir) {
  let module = valueOf(valueOf(root, "configuration"), "root_module");
  if (module === void 0)
    return void 0;
  let dir = planDir;
  for (const m of modulePrefix(instance).matchAll(/module\.([^.[\]]+)(?:\[[^\]]*\])?\./g)) {
    const call = valueOf(valueOf(module, "module_calls"), m[1]);
    const source = text(valueOf(call, "source"));
    if (source === void 0 || !(source.startsWith("./") || source.startsWith("../")))
      return void 0;
    dir = normalDir(posix.join(dir, source));
    module = valueOf(call, "module");
  }
  const local = `${instance.mode === "data" ? "data." : ""}${instance.type}.${instance.name}`;
  const resources = valueOf(module, "resources");
  if (resources?.kind !== "seq" || !resources.items.some((r) => text(valueOf(r, "address")) === local))
    return void 0;
  return { dir: normalDir(dir), address: local };
}
function normalDir(dir) {
  return posix.normalize(dir.replace(/\\/g, "/")).replace(/^\.\//, "").replace(/\/$/, "") || ".";
}

// packages/core/dist/sources/terraform-plan/sources.js
init_define_TRUSTLINT_PACKAGE();
var planned = /* @__PURE__ */ new WeakMap();
function notePlannedFrom(doc, source) {
  if (source)
    planned.set(doc, source);
  return doc;
}
function localAddress(address) {
  return address.replace(/^(?:module\.[^.[\]]+(?:\[[^\]]*\])?\.)+/, "").replace(/\[[^\]]*\]$/, "");
}
function linkPlanSources(documents) {
  const sources = /* @__PURE__ */ new Map();
  for (const d of documents) {
    if (d.kind !== "trust-policy" || d.sourceKind !== "terraform" || d.resource === void 0)
      continue;
    const key = `${normalDir(folderOf(d.resourceFile ?? d.file))}\0${localAddress(d.resource)}`;
    if (!sources.has(key))
      sources.set(key, d);
  }
  if (sources.size === 0)
    return;
  for (const d of documents) {
    if (d.kind !== "trust-policy" || d.sourceKind !== "terraform-plan")
      continue;
    const from = planned.get(d);
    const source = from ? sources.get(`${from.dir}\0${from.address}`) : void 0;
    if (!source)
      continue;
    d.related = [...d.related ?? [], { location: source.location, message: `the Terraform source of ${d.resource ?? from?.address ?? "this policy"}` }];
  }
}

// packages/core/dist/sources/terraform-plan/index.js
var POLICY_DOCUMENT = "aws_iam_policy_document";
function readTerraformPlan(input, options = {}, budget = new EvaluationBudget(options.limits, input.text.length)) {
  const { file, text: text3 } = input;
  const oversized = oversizedInput(file, text3);
  if (oversized)
    return { documents: [], findings: [oversized] };
  const spans = new SpanMaker(lineStarts(text3));
  const env = { file, text: text3, spans, budget };
  const parsed = parseJsonNodes(text3, budget);
  if ("limit" in parsed)
    return { documents: [], findings: [limitFinding({ what: "the Terraform plan", file, text: text3 }, parsed.limit)] };
  if ("error" in parsed) {
    if (!input.explicit)
      return { documents: [], findings: [] };
    const at = parsed.error.offset;
    return {
      documents: [],
      findings: [{ ruleId: "parse-error", severity: "error", message: `Terraform plan is not valid JSON: ${parsed.error.message}`, location: { file, span: spans.span([at, Math.min(at + 1, text3.length)]) } }]
    };
  }
  const root = parsed.root;
  if (root.kind !== "map" || !entryOf(root, "format_version") || !(entryOf(root, "planned_values") || entryOf(root, "resource_changes") || entryOf(root, "values"))) {
    return { documents: [], findings: [], unrecognised: true };
  }
  return readPlan(env, root);
}
function readPlan(env, root) {
  const instances = collectInstances(root);
  const documents = [];
  const findings = [];
  const usedPolicies = /* @__PURE__ */ new Set();
  const live = [...instances.values()].filter((i) => !i.deleted);
  for (const instance of live) {
    if (instance.mode !== "managed")
      continue;
    if (instance.type === "aws_iam_role") {
      const policy = rolePolicy(root, instance, instances);
      if (!policy) {
        if (unknownAttribute(instance, "assume_role_policy"))
          findings.push(unknownPolicy(env, instance));
        continue;
      }
      usedPolicies.add(policy.value);
      const result = parsePolicyString(env, policy, instance.address);
      if ("finding" in result)
        findings.push(result.finding);
      else
        documents.push(notePlannedFrom(trustDocument(env, instance.address, result.root, policy, stringAttribute(instance, "name")?.value), configuredSource(root, instance, folderOf(env.file))));
    } else if (instance.type === "aws_iam_openid_connect_provider") {
      documents.push(providerDocument(env, instance));
    } else if (instance.type === "aws_iam_access_key") {
      documents.push(accessKeyDocument2(env, instance));
    }
  }
  for (const instance of live) {
    if (instance.mode !== "data" || instance.type !== POLICY_DOCUMENT)
      continue;
    const json = stringAttribute(instance, "json");
    if (!json || usedPolicies.has(json.value))
      continue;
    const result = parsePolicyString(env, json, instance.address);
    if ("root" in result && isTrustShaped(result.root))
      documents.push(notePlannedFrom(trustDocument(env, instance.address, result.root, json, void 0), configuredSource(root, instance, folderOf(env.file))));
  }
  return { documents, findings };
}
function rolePolicy(root, role, instances) {
  const own = stringAttribute(role, "assume_role_policy");
  if (own)
    return own;
  const prefix = modulePrefix(role);
  for (const ref2 of configuredReferences(root, role, "assume_role_policy")) {
    const m = /^data\.aws_iam_policy_document\.([^.[\]]+)(\[[^\]]*\])?/.exec(ref2);
    if (!m)
      continue;
    const data = instances.get(`${prefix}${m[0]}`);
    const json = data ? stringAttribute(data, "json") : void 0;
    if (json)
      return json;
  }
  return void 0;
}
function unknownPolicy(env, role) {
  return {
    ruleId: "oidc-unresolved",
    severity: "warning",
    message: `the trust policy of ${role.address} is known only after apply (after_unknown in the plan) and was not analysed; analyse the Terraform source or a plan where it is known`,
    location: { file: env.file, span: env.spans.span(role.addressRange) },
    resource: role.address
  };
}

// packages/core/dist/sources/terraform-plan/adapter.js
var terraformPlanAdapter = {
  kinds: ["terraform-plan"],
  inputName: /\.(json|template)$/,
  kindTokens: ["format_version"],
  byContent(path, text3) {
    return isJsonLike(path, text3) && /"format_version"\s*:/.test(text3) && /"(planned_values|resource_changes|values)"\s*:/.test(text3) ? "terraform-plan" : void 0;
  },
  read: (_kind, source, options, budget) => readTerraformPlan(source, options, budget),
  finish: linkPlanSources
};

// packages/core/dist/sources/terraform/adapter.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/index.js
init_define_TRUSTLINT_PACKAGE();
import { posix as posix4 } from "node:path";

// packages/core/dist/sources/terraform/json-syntax.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/parser.js
init_define_TRUSTLINT_PACKAGE();
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { sep } from "node:path";
import { fileURLToPath } from "node:url";

// packages/core/dist/sources/terraform/cst.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/template-syntax.js
init_define_TRUSTLINT_PACKAGE();
function decodeLiteral(src, ranges, mode, file, shift) {
  let text3 = "";
  const segs = [];
  const exactRun = (from, to) => {
    if (to <= from)
      return;
    const last = segs.at(-1);
    if (last?.exact && last.srcEnd === from + shift && last.end === text3.length) {
      last.end += to - from;
      last.srcEnd = to + shift;
    } else {
      segs.push({ start: text3.length, end: text3.length + to - from, srcStart: from + shift, srcEnd: to + shift, exact: true });
    }
    text3 += src.slice(from, to);
  };
  const escaped = (decoded, from, to) => {
    segs.push({ start: text3.length, end: text3.length + decoded.length, srcStart: from + shift, srcEnd: to + shift, exact: decoded.length === to - from });
    text3 += decoded;
  };
  for (const [a, b] of ranges) {
    let run = a;
    let i = a;
    while (i < b) {
      const c = src[i];
      if ((c === "$" || c === "%") && src[i + 1] === c && src[i + 2] === "{") {
        exactRun(run, i);
        escaped(`${c}{`, i, i + 3);
        i += 3;
        run = i;
        continue;
      }
      if (mode === "quoted" && c === "\\" && i + 1 < b) {
        const decoded = decodeEscape(src, i);
        exactRun(run, i);
        escaped(decoded.text, i, i + decoded.length);
        i += decoded.length;
        run = i;
        continue;
      }
      i++;
    }
    exactRun(run, b);
  }
  return { t: "lit", text: text3, segs, file };
}
function decodeEscape(src, i) {
  const n = src[i + 1];
  switch (n) {
    case "n":
      return { text: "\n", length: 2 };
    case "r":
      return { text: "\r", length: 2 };
    case "t":
      return { text: "	", length: 2 };
    case '"':
      return { text: '"', length: 2 };
    case "\\":
      return { text: "\\", length: 2 };
    case "/":
      return { text: "/", length: 2 };
    // JSON-only escape, seen in .tf.json strings
    case "u":
    case "U": {
      const digits = n === "u" ? 4 : 8;
      const hex = src.slice(i + 2, i + 2 + digits);
      if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === digits) {
        return { text: String.fromCodePoint(parseInt(hex, 16)), length: 2 + digits };
      }
      return { text: "\\", length: 1 };
    }
    default:
      return { text: "\\", length: 1 };
  }
}
function cut(lit, n, fromStart) {
  if (n <= 0)
    return lit;
  const len = lit.text.length;
  const lo = fromStart ? n : 0;
  const hi = fromStart ? len : len - n;
  const segs = [];
  for (const s of lit.segs) {
    const start = Math.max(s.start, lo);
    const end = Math.min(s.end, hi);
    if (end <= start)
      continue;
    segs.push(s.exact ? { start: start - lo, end: end - lo, srcStart: s.srcStart + (start - s.start), srcEnd: s.srcStart + (end - s.start), exact: true } : { ...s, start: start - lo, end: end - lo });
  }
  return { t: "lit", text: lit.text.slice(lo, hi), segs, file: lit.file };
}
function stripEnd(lit) {
  return cut(lit, lit.text.length - lit.text.trimEnd().length, false);
}
function stripStart(lit) {
  return cut(lit, lit.text.length - lit.text.trimStart().length, true);
}
function dedentHeredoc(src, items) {
  let min = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust = [];
  for (const item of items) {
    if (newline) {
      newline = false;
      if (item.range) {
        const piece = src.slice(item.range[0], item.range[1]);
        const trimmed = piece.trimStart();
        if (!(trimmed.length === 0 && piece.endsWith("\n"))) {
          const spaces = piece.length - trimmed.length;
          adjust.push({ item, spaces });
          min = Math.min(min, spaces);
        }
      } else {
        min = 0;
      }
    }
    if (item.range && src.slice(item.range[0], item.range[1]).endsWith("\n"))
      newline = true;
  }
  const out = /* @__PURE__ */ new Map();
  if (min === Number.MAX_SAFE_INTEGER || min === 0)
    return out;
  for (const a of adjust)
    out.set(a.item, Math.min(min, a.spaces));
  return out;
}
function splitLines2(src, start, end) {
  const out = [];
  let a = start;
  for (let i = start; i < end; i++) {
    if (src.charCodeAt(i) === 10) {
      out.push([a, i + 1]);
      a = i + 1;
    }
  }
  if (a < end)
    out.push([a, end]);
  return out;
}

// packages/core/dist/sources/terraform/cst.js
var BINARY_OPS = /* @__PURE__ */ new Set(["*", "/", "%", "+", "-", ">", ">=", "<", "<=", "==", "!=", "&&", "||"]);
var isComment = (n) => n.type === "comment";
var CstConverter = class {
  src;
  file;
  shift;
  budget;
  depth = 0;
  constructor(src, file, shift, budget) {
    this.src = src;
    this.file = file;
    this.shift = shift;
    this.budget = budget;
  }
  /** One level of nesting at `node`; the outermost expression of an attribute is level 1. */
  nest(node, convert2) {
    if (this.depth > this.budget.limits.depth)
      throw this.budget.exceeded("depth", { file: this.file, offset: node.startIndex + this.shift });
    this.depth++;
    try {
      return convert2();
    } finally {
      this.depth--;
    }
  }
  range(node) {
    return { file: this.file, start: node.startIndex + this.shift, end: node.endIndex + this.shift };
  }
  span(start, end) {
    return { file: this.file, start: start + this.shift, end: end + this.shift };
  }
  body(node) {
    const body = { attributes: [], blocks: [] };
    for (const child3 of node.namedChildren) {
      if (child3.hasError)
        continue;
      if (child3.type === "attribute")
        body.attributes.push(this.attribute(child3));
      else if (child3.type === "block")
        body.blocks.push(this.block(child3));
    }
    return body;
  }
  attribute(node) {
    const name = node.namedChildren.find((c) => c.type === "identifier");
    const value2 = node.namedChildren.find((c) => c.type === "expression");
    return {
      name: name?.text ?? "",
      nameR: this.range(name ?? node),
      expr: value2 ? this.expr(value2) : { t: "invalid", r: this.range(node) },
      r: this.range(node)
    };
  }
  block(node) {
    const kids = node.namedChildren.filter((c) => !isComment(c));
    const type = kids[0]?.text ?? "";
    const labels = [];
    let headerEnd = kids[0]?.endIndex ?? node.startIndex;
    let body = { attributes: [], blocks: [] };
    for (const k of kids.slice(1)) {
      if (k.type === "identifier") {
        labels.push(k.text);
        headerEnd = k.endIndex;
      } else if (k.type === "string_lit") {
        labels.push(this.stringLit(k));
        headerEnd = k.endIndex;
      } else if (k.type === "body") {
        body = this.body(k);
      }
    }
    return { type, labels, headerR: this.span(node.startIndex, headerEnd), body, r: this.range(node) };
  }
  stringLit(node) {
    const start = node.children[0];
    const end = node.children.at(-1);
    if (!start || !end)
      return "";
    return decodeLiteral(this.src, [[start.endIndex, end.startIndex]], "quoted", this.file, this.shift).text;
  }
  expr(node) {
    return this.nest(node, () => this.exprAt(node));
  }
  exprAt(node) {
    if (node.type === "expression") {
      const kids = node.children.filter((c) => !isComment(c));
      const only = kids[0];
      if (kids.length === 1 && only?.type === "conditional")
        return this.conditional(only);
      return this.term(kids, node);
    }
    if (node.type === "conditional")
      return this.conditional(node);
    return this.term([node], node);
  }
  conditional(node) {
    const parts = node.namedChildren.filter((c) => c.type === "expression");
    const [pred, a, b] = parts;
    if (!pred || !a || !b)
      return { t: "invalid", r: this.range(node) };
    return { t: "cond", pred: this.expr(pred), then: this.expr(a), else: this.expr(b), r: this.range(node) };
  }
  /** A primary term followed by postfix index, attribute and splat steps (tree-sitter keeps them flat). */
  term(kids, whole) {
    const first = kids[0];
    if (!first)
      return { t: "invalid", r: this.range(whole) };
    let e;
    let i;
    if (first.type === "(") {
      const inner = kids[1];
      const close = kids[2];
      e = { t: "paren", inner: inner ? this.expr(inner) : { t: "invalid", r: this.range(first) }, r: this.span(first.startIndex, (close ?? inner ?? first).endIndex) };
      i = 3;
    } else {
      e = this.primary(first);
      i = 1;
    }
    for (; i < kids.length; i++) {
      const k = kids[i];
      if (!k || isComment(k))
        continue;
      const r = { file: this.file, start: e.r.start, end: k.endIndex + this.shift };
      if (k.type === "get_attr")
        e = { t: "getattr", target: e, name: this.ident(k), r };
      else if (k.type === "index")
        e = { t: "index", target: e, key: this.indexKey(k), r };
      else if (k.type === "splat")
        e = { t: "splat", target: e, ops: this.splatOps(k), r };
    }
    return e;
  }
  ident(node) {
    return node.namedChildren.find((c) => c.type === "identifier")?.text ?? "";
  }
  indexKey(node) {
    const inner = node.namedChildren[0];
    if (!inner)
      return { t: "invalid", r: this.range(node) };
    if (inner.type === "legacy_index") {
      const digits = inner.text.slice(1);
      return { t: "literal", value: Number(digits), text: digits, r: this.range(inner) };
    }
    const e = inner.namedChildren.find((c) => c.type === "expression");
    return e ? this.expr(e) : { t: "invalid", r: this.range(inner) };
  }
  splatOps(node) {
    const inner = node.namedChildren[0];
    if (!inner)
      return [];
    const ops = [];
    for (const k of inner.namedChildren) {
      if (k.type === "get_attr")
        ops.push({ t: "attr", name: this.ident(k), r: this.range(k) });
      else if (k.type === "index")
        ops.push({ t: "index", key: this.indexKey(k), r: this.range(k) });
    }
    return ops;
  }
  primary(node) {
    const r = this.range(node);
    switch (node.type) {
      case "expression":
      case "conditional":
        return this.expr(node);
      case "literal_value":
      case "template_expr":
      case "collection_value":
      case "for_expr":
      case "operation": {
        const inner = node.namedChildren.find((c) => !isComment(c));
        return inner ? this.primary(inner) : { t: "invalid", r };
      }
      case "numeric_lit": {
        const text3 = node.text;
        return { t: "literal", value: text3.startsWith("0x") ? parseInt(text3.slice(2), 16) : Number(text3), text: text3, r };
      }
      case "bool_lit":
        return { t: "literal", value: node.text === "true", text: node.text, r };
      case "null_lit":
        return { t: "literal", value: null, text: "null", r };
      case "string_lit":
      case "quoted_template": {
        const start = node.children[0];
        const end = node.children.at(-1);
        if (!start || !end || end === start)
          return { t: "invalid", r };
        return { t: "template", parts: this.template(node, start.endIndex, end.startIndex, "quoted", false), r };
      }
      case "heredoc_template":
        return this.heredoc(node);
      case "tuple":
        return { t: "tuple", items: node.namedChildren.filter((c) => c.type === "expression").map((c) => this.expr(c)), r };
      case "object":
        return { t: "object", items: node.namedChildren.filter((c) => c.type === "object_elem").map((c) => this.objectElem(c)), r };
      case "variable_expr":
        return { t: "name", name: node.text, r };
      case "function_call":
        return this.call(node);
      case "for_tuple_expr":
      case "for_object_expr":
        return this.forExpr(node);
      case "unary_operation": {
        const op = node.children[0];
        return this.nest(node, () => ({ t: "unary", op: op?.type ?? "!", operand: this.term(node.children.slice(1).filter((c) => !isComment(c)), node), r }));
      }
      case "binary_operation": {
        const kids = node.children.filter((c) => !isComment(c));
        const at = kids.findIndex((c) => !c.isNamed && BINARY_OPS.has(c.type));
        const op = kids[at];
        if (at < 0 || !op)
          return { t: "invalid", r };
        return this.nest(node, () => ({ t: "binary", op: op.type, left: this.term(kids.slice(0, at), node), right: this.term(kids.slice(at + 1), node), r }));
      }
      default:
        return { t: "invalid", r };
    }
  }
  objectElem(node) {
    const key = node.childForFieldName("key");
    const val = node.childForFieldName("val");
    const value2 = val ? this.expr(val) : { t: "invalid", r: this.range(node) };
    if (!key)
      return { key: { t: "invalid", r: this.range(node) }, value: value2 };
    const only = key.namedChildren.length === 1 && key.children.length === 1 ? key.namedChildren[0] : void 0;
    if (only?.type === "variable_expr") {
      const r = this.range(only);
      const lit = { t: "lit", text: only.text, segs: [{ start: 0, end: only.text.length, srcStart: r.start, srcEnd: r.end, exact: true }], file: this.file };
      return { key: { t: "template", parts: [lit], r }, value: value2 };
    }
    return { key: this.expr(key), value: value2 };
  }
  call(node) {
    const name = node.namedChildren.find((c) => c.type === "identifier")?.text ?? "";
    const args2 = node.namedChildren.find((c) => c.type === "function_arguments");
    const exprs = args2 ? args2.namedChildren.filter((c) => c.type === "expression").map((c) => this.expr(c)) : [];
    const expand = args2 ? args2.namedChildren.some((c) => c.type === "ellipsis") : false;
    return { t: "call", name, args: exprs, expand, r: this.range(node) };
  }
  forExpr(node) {
    const r = this.range(node);
    const intro = node.namedChildren.find((c) => c.type === "for_intro");
    if (!intro)
      return { t: "invalid", r };
    const ids = intro.namedChildren.filter((c) => c.type === "identifier").map((c) => c.text);
    const collNode = intro.namedChildren.find((c) => c.type === "expression");
    const coll = collNode ? this.expr(collNode) : { t: "invalid", r };
    const [a, b] = ids;
    const vars = b !== void 0 ? { keyVar: a ?? "", valVar: b } : { valVar: a ?? "" };
    const exprs = node.namedChildren.filter((c) => c.type === "expression").map((c) => this.expr(c));
    const condNode = node.namedChildren.find((c) => c.type === "for_cond")?.namedChildren.find((c) => c.type === "expression");
    const cond = condNode ? { cond: this.expr(condNode) } : {};
    const [first, second] = exprs;
    if (!first)
      return { t: "invalid", r };
    if (node.type === "for_tuple_expr")
      return { t: "forTuple", ...vars, coll, value: first, ...cond, r };
    if (!second)
      return { t: "invalid", r };
    const group = node.namedChildren.some((c) => c.type === "ellipsis");
    return { t: "forObject", ...vars, coll, key: first, value: second, group, ...cond, r };
  }
  heredoc(node) {
    const r = this.range(node);
    const kids = node.children;
    const open = kids.find((c) => c.type === "heredoc_identifier");
    const close = kids.findLast((c) => c.type === "heredoc_identifier");
    if (!open || !close || open === close)
      return { t: "invalid", r };
    const nl = this.src.indexOf("\n", open.endIndex);
    const from = nl < 0 ? open.endIndex : nl + 1;
    const to = Math.max(from, this.src.lastIndexOf("\n", close.startIndex - 1) + 1);
    const indented = kids.some((c) => c.type === "heredoc_start" && c.text === "<<-");
    return { t: "template", parts: this.template(node, from, to, "heredoc", indented), r };
  }
  /** Template parts of a quoted string, heredoc or template file between offsets [from, to). */
  template(container, from, to, mode, indented) {
    const toks = this.flatten(container, from, to);
    if (indented)
      this.dedent(toks);
    for (const t of toks)
      if (t.k === "lit")
        t.part = decodeLiteral(this.src, t.ranges, mode, this.file, this.shift);
    toks.forEach((t, i) => {
      if (t.k === "lit")
        return;
      const prev = toks[i - 1];
      const next = toks[i + 1];
      if (t.sl && prev?.k === "lit" && prev.part)
        prev.part = stripEnd(prev.part);
      if (t.sr && next?.k === "lit" && next.part)
        next.part = stripStart(next.part);
    });
    return this.structure(toks, { i: 0 }, /* @__PURE__ */ new Set());
  }
  flatten(container, from, to) {
    const toks = [];
    let cursor = from;
    const lit = (end) => {
      if (end > cursor)
        toks.push({ k: "lit", ranges: [[cursor, end]] });
    };
    const strips = (n) => {
      const kids = n.children;
      return { sl: kids[1]?.type === "strip_marker", sr: kids.length > 3 && kids[kids.length - 2]?.type === "strip_marker" };
    };
    const kinds = {
      template_interpolation: "interp",
      template_if_intro: "if",
      template_else_intro: "else",
      template_if_end: "endif",
      template_for_start: "for",
      template_for_end: "endfor"
    };
    const visit2 = (n) => {
      for (const child3 of n.children) {
        if (child3.startIndex < from || child3.endIndex > to)
          continue;
        const k = kinds[child3.type];
        if (k) {
          lit(child3.startIndex);
          toks.push({ k, node: child3, ...strips(child3) });
          cursor = child3.endIndex;
        } else if (child3.type === "template_directive" || child3.type === "template_if" || child3.type === "template_for") {
          this.nest(child3, () => {
            visit2(child3);
          });
        }
      }
    };
    visit2(container);
    lit(to);
    return toks;
  }
  dedent(toks) {
    const items = [];
    for (const tok of toks) {
      if (tok.k !== "lit") {
        items.push({ item: {}, tok });
        continue;
      }
      const [range] = tok.ranges;
      if (!range)
        continue;
      const pieces2 = splitLines2(this.src, range[0], range[1]);
      tok.ranges = pieces2;
      pieces2.forEach((p, i) => items.push({ item: { range: p }, tok, piece: i }));
    }
    const cuts = dedentHeredoc(this.src, items.map((i) => i.item));
    for (const { item, tok, piece } of items) {
      const n = cuts.get(item);
      if (n === void 0 || tok.k !== "lit" || piece === void 0)
        continue;
      const range = tok.ranges[piece];
      if (range)
        range[0] += n;
    }
  }
  structure(toks, pos, stop) {
    const parts = [];
    while (pos.i < toks.length) {
      const tok = toks[pos.i];
      if (!tok || stop.has(tok.k))
        return parts;
      pos.i++;
      if (tok.k === "lit") {
        if (tok.part && tok.part.text.length > 0)
          parts.push(tok.part);
        continue;
      }
      const exprNode = tok.node.namedChildren.find((c) => c.type === "expression");
      const e = exprNode ? this.expr(exprNode) : { t: "invalid", r: this.range(tok.node) };
      if (tok.k === "interp") {
        parts.push({ t: "interp", expr: e, r: this.range(tok.node) });
      } else if (tok.k === "if") {
        const then = this.nest(tok.node, () => this.structure(toks, pos, /* @__PURE__ */ new Set(["else", "endif"])));
        let otherwise = [];
        if (toks[pos.i]?.k === "else") {
          pos.i++;
          otherwise = this.nest(tok.node, () => this.structure(toks, pos, /* @__PURE__ */ new Set(["endif"])));
        }
        const end = toks[pos.i];
        pos.i++;
        const endIndex = end && end.k !== "lit" ? end.node.endIndex : tok.node.endIndex;
        parts.push({ t: "if", cond: e, then, else: otherwise, r: this.span(tok.node.startIndex, endIndex) });
      } else if (tok.k === "for") {
        const ids = tok.node.namedChildren.filter((c) => c.type === "identifier").map((c) => c.text);
        const body = this.nest(tok.node, () => this.structure(toks, pos, /* @__PURE__ */ new Set(["endfor"])));
        const end = toks[pos.i];
        pos.i++;
        const endIndex = end && end.k !== "lit" ? end.node.endIndex : tok.node.endIndex;
        const [a, b] = ids;
        const vars = b !== void 0 ? { keyVar: a ?? "", valVar: b } : { valVar: a ?? "" };
        parts.push({ t: "for", ...vars, coll: e, body, r: this.span(tok.node.startIndex, endIndex) });
      }
    }
    return parts;
  }
};

// packages/core/dist/sources/terraform/parser.js
var parser;
var loading;
async function loadTerraformParser() {
  if (parser)
    return;
  loading ??= (async () => {
    const { Language, Parser } = await import("./web-tree-sitter-DVJHP2C4.mjs");
    const runtime = bundledWasm("web-tree-sitter.wasm");
    await Parser.init(runtime ? { locateFile: () => runtime } : void 0);
    const wasm = bundledWasm("tree-sitter-terraform.wasm") ?? createRequire(import.meta.url).resolve("@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm");
    const language = await Language.load(wasm);
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
  })();
  await loading;
}
function bundledWasm(name) {
  for (const relative of [`./${name}`, `../${name}`]) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path) && !path.includes(`${sep}node_modules${sep}`))
      return path;
  }
  return void 0;
}
function isTerraformParserLoaded() {
  return parser !== void 0;
}
function withTree(text3, use) {
  if (!parser)
    throw new Error("loadTerraformParser() must be awaited before Terraform files are read");
  const tree = parser.parse(text3);
  if (!tree)
    throw new Error("the Terraform parser returned no tree");
  try {
    return use(tree.rootNode);
  } finally {
    tree.delete();
  }
}
function firstError(root) {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.isError || node.isMissing)
      return node;
    if (!node.hasError)
      continue;
    const children2 = node.children;
    for (let i = children2.length - 1; i >= 0; i--) {
      const child3 = children2[i];
      if (child3)
        stack.push(child3);
    }
  }
  return void 0;
}
function describe2(node) {
  if (node.isMissing)
    return `missing "${node.type}"`;
  const text3 = redactSecrets(node.text.split("\n")[0] ?? "").trim().slice(0, 30);
  return text3 ? `unexpected "${text3}"` : "syntax error";
}
function parseHclFile(file, text3, budget = new EvaluationBudget()) {
  return withTree(text3, (root) => convertFile(root, file, text3, budget));
}
function convertFile(root, file, text3, budget) {
  const conv = new CstConverter(text3, file, 0, budget);
  const problems = [];
  const report = (n) => {
    const err = firstError(n);
    if (err)
      problems.push({ message: describe2(err), r: conv.range(err) });
  };
  const bodyNode = root.namedChildren.find((c) => c.type === "body");
  for (const child3 of root.namedChildren) {
    if (child3.type === "body")
      child3.namedChildren.forEach(report);
    else if (child3.type !== "comment")
      report(child3);
  }
  return { body: bodyNode ? conv.body(bodyNode) : { attributes: [], blocks: [] }, problems };
}
function onlyExpression(root) {
  const attribute2 = root.namedChildren.find((c) => c.type === "body")?.namedChildren.find((c) => c.type === "attribute");
  return attribute2?.namedChildren.find((c) => c.type === "expression");
}
function parseExpressionAt(file, source, at, budget = new EvaluationBudget()) {
  const prefix = "x=";
  return withTree(prefix + source + "\n", (root) => {
    if (root.hasError)
      return void 0;
    const node = onlyExpression(root);
    return node ? new CstConverter(prefix + source, file, at - prefix.length, budget).expr(node) : void 0;
  });
}
var EOT = "__TRUSTLINT_TEMPLATE_END__";
function parseTemplateAt(file, content, at, budget = new EvaluationBudget()) {
  const prefix = `x = <<${EOT}
`;
  const synthetic = `${prefix}${content}
${EOT}
`;
  return withTree(synthetic, (root) => {
    if (root.hasError)
      return void 0;
    const template = onlyExpression(root)?.namedChildren[0]?.namedChildren[0];
    if (template?.type !== "heredoc_template")
      return void 0;
    return new CstConverter(synthetic, file, at - prefix.length, budget).template(template, prefix.length, prefix.length + content.length, "heredoc", false);
  });
}

// packages/core/dist/sources/terraform/json-syntax.js
var NESTED_BLOCKS = /* @__PURE__ */ new Set([
  "statement",
  "principals",
  "not_principals",
  "condition",
  "content",
  "lifecycle",
  "timeouts",
  "inline_policy",
  "provisioner",
  "connection"
]);
var TOP_LEVEL = { resource: 2, data: 2, variable: 1, module: 1, output: 1, provider: 1, locals: 0, terraform: 0 };
var rangeOf = astRange;
var keyOf = astKey;
var JsonConverter = class {
  file;
  text;
  budget;
  constructor(file, text3, budget) {
    this.file = file;
    this.text = text3;
    this.budget = budget;
  }
  range(node) {
    const [start, end] = rangeOf(node);
    return { file: this.file, start, end };
  }
  /** A JSON string as a template (`${…}` and `%{…}` are HCL templates in JSON syntax). */
  template(node, literal) {
    const r = this.range(node);
    const raw = this.text.slice(r.start + 1, r.end - 1);
    if (!literal && /[$%]\{/.test(node.value)) {
      const parts = parseTemplateAt(this.file, node.value, r.start + 1, this.budget);
      if (parts)
        return { t: "template", parts, r };
      return { t: "invalid", r };
    }
    const exact = raw === node.value;
    const lit = { t: "lit", text: node.value, segs: node.value.length ? [{ start: 0, end: node.value.length, srcStart: r.start + 1, srcEnd: r.end - 1, exact }] : [], file: this.file };
    return { t: "template", parts: node.value.length ? [lit] : [], r };
  }
  expr(node, literal = false) {
    const r = this.range(node);
    switch (node.type) {
      case "String":
        return this.template(node, literal);
      case "Number":
        return { t: "literal", value: node.value, text: this.text.slice(r.start, r.end), r };
      case "Boolean":
        return { t: "literal", value: node.value, text: String(node.value), r };
      case "Null":
        return { t: "literal", value: null, text: "null", r };
      case "Array":
        return { t: "tuple", items: node.elements.map((e) => this.expr(e.value, literal)), r };
      case "Object":
        return {
          t: "object",
          items: node.members.map((m) => {
            const kr = this.range(m.name);
            const key = keyOf(m);
            const lit = { t: "lit", text: key, segs: [{ start: 0, end: key.length, srcStart: kr.start + 1, srcEnd: kr.end - 1, exact: kr.end - kr.start - 2 === key.length }], file: this.file };
            return { key: { t: "template", parts: [lit], r: kr }, value: this.expr(m.value, literal) };
          }),
          r
        };
      default:
        return { t: "invalid", r };
    }
  }
  /** Objects of a property that may be written as one object or an array of objects. */
  objects(node) {
    if (node.type === "Object")
      return [node];
    if (node.type === "Array")
      return node.elements.map((e) => e.value).filter((v) => v.type === "Object");
    return [];
  }
  body(node, literalAttributes = /* @__PURE__ */ new Set()) {
    const body = { attributes: [], blocks: [] };
    for (const m of node.members) {
      const key = keyOf(m);
      if (key === "//")
        continue;
      const isBlockValue = m.value.type === "Object" || m.value.type === "Array" && m.value.elements.length > 0 && m.value.elements.every((e) => e.value.type === "Object");
      if (key === "dynamic" && m.value.type === "Object") {
        for (const d of m.value.members) {
          for (const o of this.objects(d.value)) {
            body.blocks.push({ type: "dynamic", labels: [keyOf(d)], headerR: this.range(d.name), body: this.body(o), r: this.range(o) });
          }
        }
        continue;
      }
      if (NESTED_BLOCKS.has(key) && isBlockValue) {
        for (const o of this.objects(m.value))
          body.blocks.push({ type: key, labels: [], headerR: this.range(m.name), body: this.body(o), r: this.range(o) });
        continue;
      }
      const attribute2 = { name: key, nameR: this.range(m.name), expr: this.expr(m.value, literalAttributes.has(key)), r: this.range(m) };
      body.attributes.push(attribute2);
    }
    return body;
  }
  /** Blocks nested `labels` levels deep under a top-level property: `{"resource": {"type": {"name": {…}}}}`. */
  topLevel(type, node, labels, prefix, header) {
    if (labels === 0) {
      return this.objects(node).map((o) => ({
        type,
        labels: prefix,
        headerR: this.range(header),
        body: this.body(o, type === "variable" ? /* @__PURE__ */ new Set(["default", "type"]) : /* @__PURE__ */ new Set()),
        r: this.range(o)
      }));
    }
    const out = [];
    for (const o of this.objects(node)) {
      for (const m of o.members)
        appendAll(out, this.topLevel(type, m.value, labels - 1, [...prefix, keyOf(m)], m.name));
    }
    return out;
  }
};
function jsonProblem(file, text3, { message, offset }) {
  return { message, r: { file, start: offset, end: Math.min(offset + 1, text3.length) } };
}
function parseTfJson(file, text3, budget = new EvaluationBudget()) {
  const parsed = parseJsonAst(text3);
  if ("error" in parsed)
    return { body: { attributes: [], blocks: [] }, problems: [jsonProblem(file, text3, parsed.error)] };
  const root = parsed.body;
  const conv = new JsonConverter(file, text3, budget);
  if (root.type !== "Object") {
    return { body: { attributes: [], blocks: [] }, problems: [{ message: "a Terraform JSON file must hold an object", r: conv.range(root) }] };
  }
  const body = { attributes: [], blocks: [] };
  for (const m of root.members) {
    const key = keyOf(m);
    const labels = TOP_LEVEL[key];
    if (labels === void 0)
      continue;
    appendAll(body.blocks, conv.topLevel(key, m.value, labels, [], m.name));
  }
  return { body, problems: [] };
}
function parseJsonVarFile(file, text3) {
  const parsed = parseJsonAst(text3);
  if ("error" in parsed)
    return { attributes: [], problems: [jsonProblem(file, text3, parsed.error)] };
  const root = parsed.body;
  const conv = new JsonConverter(file, text3, new EvaluationBudget());
  if (root.type !== "Object")
    return { attributes: [], problems: [{ message: "a variables file must hold an object", r: conv.range(root) }] };
  const attributes = root.members.map((m) => ({ name: keyOf(m), nameR: conv.range(m.name), expr: conv.expr(m.value, true), r: conv.range(m) }));
  return { attributes, problems: [] };
}

// packages/core/dist/sources/terraform/module-calls.js
init_define_TRUSTLINT_PACKAGE();
import { posix as posix3 } from "node:path";

// packages/core/dist/sources/terraform/ast.js
init_define_TRUSTLINT_PACKAGE();
function attr(body, name) {
  return body.attributes.findLast((a) => a.name === name);
}

// packages/core/dist/sources/terraform/module.js
init_define_TRUSTLINT_PACKAGE();
import { posix as posix2 } from "node:path";

// packages/core/dist/sources/terraform/expressions.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/functions.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/json-values.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/values.js
init_define_TRUSTLINT_PACKAGE();
var EvalError = class extends Error {
};
var EVAL_OPEN = "\uE002";
var EVAL_CLOSE = "\uE003";
var EVAL_MARKER_RE = /\uE002(\d+)\uE003/g;
function evalMarker(id) {
  return `${EVAL_OPEN}${id}${EVAL_CLOSE}`;
}
function markersIn2(s) {
  return s.includes(EVAL_OPEN) ? [...s.matchAll(EVAL_MARKER_RE)].map((m) => Number(m[1])) : [];
}
var Unknowns = class {
  list = [];
  add(expression2, reason, loc, extra = {}) {
    this.list.push({ expression: expression2, reason, loc, ...extra });
    return this.list.length - 1;
  }
  get(id) {
    return this.list[id];
  }
};
function str(s, loc, exact = false, prov) {
  const seg = { start: 0, end: s.length, exact, ...loc ? { loc } : {}, ...prov ? { prov } : {} };
  return { k: "str", s, segs: s.length ? [seg] : [], ...loc ? { loc } : {}, ...prov ? { prov } : {} };
}
function num(n, loc, text3) {
  return { k: "num", n, text: text3 ?? formatNumber(n), ...loc ? { loc } : {} };
}
function bool(b, loc) {
  return { k: "bool", b, ...loc ? { loc } : {} };
}
function nul(loc) {
  return { k: "null", ...loc ? { loc } : {} };
}
function list(items, loc, set = false) {
  return { k: "list", items, ...loc ? { loc } : {}, ...set ? { set } : {} };
}
function unk(id, loc) {
  return { k: "unk", id, ...loc ? { loc } : {} };
}
function obj(entries, loc) {
  const byKey = /* @__PURE__ */ new Map();
  for (const e of entries)
    byKey.set(e.key, e);
  const sorted = [...byKey.values()].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { k: "obj", entries: sorted, ...loc ? { loc } : {} };
}
function orderedObj(entries, loc) {
  return { k: "obj", entries, ...loc ? { loc } : {} };
}
function formatNumber(n) {
  return Number.isInteger(n) || !Number.isFinite(n) ? String(n) : String(Number(n.toPrecision(15)));
}
function getEntry(o, key) {
  return o.entries.find((e) => e.key === key);
}
function valueSize2(v) {
  switch (v.k) {
    case "str":
      return v.s.length + PIECE_SIZE * v.segs.length;
    case "list":
      return PIECE_SIZE * v.items.length;
    case "obj":
      return PIECE_SIZE * v.entries.length;
    case "alt":
      return v.options.reduce((n, o) => n + valueSize2(o), 0);
    default:
      return 0;
  }
}
var StrBuilder = class {
  budget;
  at;
  s = "";
  segs = [];
  /** `at`: where the string is built (a template, a call). */
  constructor(budget, at) {
    this.budget = budget;
    this.at = at;
  }
  fits(chars, pieces2) {
    this.budget.room(this.s.length + chars + PIECE_SIZE * (this.segs.length + pieces2), { file: this.at.file, offset: this.at.start });
  }
  text(text3, loc, exact = false, prov) {
    if (!text3)
      return;
    this.fits(text3.length, 1);
    this.segs.push({ start: this.s.length, end: this.s.length + text3.length, exact, ...loc ? { loc } : {}, ...prov ? { prov } : {} });
    this.s += text3;
  }
  lit(part) {
    this.fits(part.text.length, part.segs.length);
    for (const seg of part.segs) {
      this.segs.push({
        start: this.s.length + seg.start,
        end: this.s.length + seg.end,
        exact: seg.exact,
        loc: { file: part.file, start: seg.srcStart, end: seg.srcEnd }
      });
    }
    this.s += part.text;
  }
  value(v) {
    const base = this.s.length;
    if (v.segs.length === 0 && v.s.length > 0) {
      this.text(v.s, v.loc, false, v.prov);
      return;
    }
    this.fits(v.s.length, v.segs.length);
    for (const seg of v.segs)
      this.segs.push({ ...seg, start: base + seg.start, end: base + seg.end });
    this.s += v.s;
  }
  /** The string built, charged to the budget (every builder's output is charged here, once). */
  build(loc) {
    const prov = singleProv(this.segs);
    const out = { k: "str", s: this.s, segs: this.segs, ...loc ? { loc } : {}, ...prov ? { prov } : {} };
    this.budget.grow(valueSize2(out), { file: this.at.file, offset: this.at.start });
    return out;
  }
};
function singleProv(segs) {
  let found;
  for (const s of segs) {
    if (!s.prov)
      continue;
    if (found && (found.kind !== s.prov.kind || found.name !== s.prov.name))
      return void 0;
    found = s.prov;
  }
  return found;
}
function firstUnknown(v) {
  switch (v.k) {
    case "unk":
      return v.id;
    case "alt":
      return v.cause;
    case "str":
      return markersIn2(v.s)[0];
    case "list":
      for (const i of v.items) {
        const u = firstUnknown(i);
        if (u !== void 0)
          return u;
      }
      return void 0;
    case "obj":
      for (const e of v.entries) {
        const u = markersIn2(e.key)[0] ?? firstUnknown(e.value);
        if (u !== void 0)
          return u;
      }
      return void 0;
    default:
      return void 0;
  }
}
function valueEquals(a, b) {
  if (a.k !== b.k)
    return false;
  switch (a.k) {
    case "str":
      return a.s === b.s;
    case "num":
      return a.n === b.n;
    case "bool":
      return a.b === b.b;
    case "null":
      return true;
    case "unk":
      return a.id === b.id;
    case "list": {
      const bi = b.items;
      return a.items.length === bi.length && a.items.every((x, i) => valueEquals(x, bi[i]));
    }
    case "obj": {
      const be = b.entries;
      return a.entries.length === be.length && a.entries.every((e, i) => e.key === be[i]?.key && valueEquals(e.value, be[i].value));
    }
    case "alt": {
      const bo = b.options;
      return a.options.length === bo.length && a.options.every((x, i) => valueEquals(x, bo[i]));
    }
    case "ref":
      return a.ref === b.ref;
  }
}
function typeName(v) {
  switch (v.k) {
    case "str":
      return "string";
    case "num":
      return "number";
    case "bool":
      return "bool";
    case "null":
      return "null";
    case "list":
      return v.set ? "set" : "list";
    case "obj":
      return "object";
    case "unk":
    case "alt":
      return "unknown";
    case "ref":
      return v.ref.describe;
  }
}
function withProv(v, prov, budget) {
  budget.grow(PIECE_SIZE * (1 + (v.k === "str" ? v.segs.length : 0)), { file: prov.loc.file, offset: prov.loc.start });
  const own = v.loc && prov.kind !== "module-argument" ? { ...prov, loc: v.loc } : prov;
  switch (v.k) {
    case "str":
      return { ...v, prov: v.prov ?? own, segs: v.segs.map((s) => s.prov ? s : { ...s, prov: own }) };
    case "list":
      return { ...v, prov: v.prov ?? own, items: v.items.map((i) => withProv(i, own, budget)) };
    case "obj":
      return { ...v, prov: v.prov ?? own, entries: v.entries.map((e) => ({ ...e, value: withProv(e.value, own, budget) })) };
    case "alt":
      return { ...v, prov: v.prov ?? own, options: v.options.map((o) => withProv(o, own, budget)) };
    case "ref":
      return v;
    default:
      return v.prov ? v : { ...v, prov: own };
  }
}
function relocate2(v, loc, budget) {
  budget.grow(PIECE_SIZE * 2, { file: loc.file, offset: loc.start });
  switch (v.k) {
    case "str":
      return { ...v, loc, segs: v.s.length ? [{ start: 0, end: v.s.length, exact: false, loc }] : [] };
    case "list":
      return { ...v, loc, items: v.items.map((i) => relocate2(i, loc, budget)) };
    case "obj":
      return { ...v, loc, entries: v.entries.map((e) => ({ key: e.key, keyLoc: loc, value: relocate2(e.value, loc, budget) })) };
    case "alt":
      return { ...v, loc, options: v.options.map((o) => relocate2(o, loc, budget)) };
    default:
      return { ...v, loc };
  }
}

// packages/core/dist/sources/terraform/json-values.js
var JsonDecodeError = class extends EvalError {
  loc;
  constructor(message, loc) {
    super(message);
    this.loc = loc;
  }
};
function mapRange(s, a, b) {
  const segA = s.segs.find((g) => g.start <= a && a < g.end) ?? s.segs.find((g) => g.start <= a && a <= g.end);
  const last = Math.max(a, b - 1);
  const segB = s.segs.find((g) => g.start <= last && last < g.end) ?? segA;
  if (!segA?.loc || !segB?.loc || segA.loc.file !== segB.loc.file)
    return s.loc;
  const start = segA.exact ? segA.loc.start + (a - segA.start) : segA.loc.start;
  const end = segB.exact ? segB.loc.start + (b - segB.start) : segB.loc.end;
  if (end < start)
    return s.loc;
  return { file: segA.loc.file, start, end };
}
function markersOutsideStrings(text3) {
  const out = [];
  let inString = false;
  for (let i = 0; i < text3.length; i++) {
    const c = text3[i];
    if (inString) {
      if (c === "\\")
        i++;
      else if (c === '"')
        inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === EVAL_OPEN) {
      out.push(i);
      const close = text3.indexOf(EVAL_CLOSE, i);
      i = close < 0 ? i : close;
    }
  }
  return out;
}
function decodeJson(s, budget) {
  const text3 = s.s;
  const inserted = [];
  let processed = "";
  let cursor = 0;
  for (const at of markersOutsideStrings(text3)) {
    const close = text3.indexOf(EVAL_CLOSE, at);
    const end = close < 0 ? at + 1 : close + 1;
    processed += text3.slice(cursor, at);
    inserted.push(processed.length);
    processed += '"' + text3.slice(at, end);
    inserted.push(processed.length);
    processed += '"';
    cursor = end;
  }
  processed += text3.slice(cursor);
  const orig = (p) => p - inserted.filter((i) => i < p).length;
  const locOf = (node) => {
    const [a, b] = astRange(node);
    return mapRange(s, orig(a), orig(b));
  };
  const siteAt = (p) => {
    const r = mapRange(s, orig(p), orig(p) + 1) ?? s.loc;
    return r ? { file: r.file, offset: r.start } : { offset: 0 };
  };
  const deep = jsonDepthExceededAt(processed, budget.limits.depth);
  if (deep >= 0)
    throw budget.exceeded("depth", siteAt(deep));
  const parsed = parseJsonAst(processed);
  if ("error" in parsed) {
    const at = orig(parsed.error.offset);
    throw new JsonDecodeError(parsed.error.message, mapRange(s, at, Math.min(at + 1, text3.length)));
  }
  const body = parsed.body;
  const provOf = (node) => {
    const [a, b] = astRange(node);
    const lo = orig(a);
    const hi = orig(b);
    return singleProv(s.segs.filter((g) => g.start < hi && g.end > lo));
  };
  const convert2 = (node) => {
    const [start, end] = astRange(node);
    budget.grow(PIECE_SIZE + (node.type === "String" ? end - start : 0), siteAt(start));
    const loc = locOf(node);
    const prov = provOf(node);
    const v = build(node, loc);
    return prov && v.k !== "obj" && v.k !== "list" ? { ...v, prov } : v;
  };
  const build = (node, loc) => {
    switch (node.type) {
      case "Object": {
        const entries = node.members.map((m) => {
          const keyLoc = locOf(m.name);
          return { key: astKey(m), ...keyLoc ? { keyLoc } : {}, value: convert2(m.value) };
        });
        return orderedObj(entries, loc);
      }
      case "Array":
        return list(node.elements.map((e) => convert2(e.value)), loc);
      case "String":
        return str(node.value, loc);
      case "Number": {
        const [a, b] = astRange(node);
        return num(node.value, loc, processed.slice(a, b));
      }
      case "Boolean":
        return bool(node.value, loc);
      case "Null":
        return nul(loc);
      default:
        throw new JsonDecodeError(`unsupported JSON value ${node.type}`, loc);
    }
  };
  return convert2(body);
}
function jsonString(s) {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function encodeJson(v, r, budget) {
  const b = new StrBuilder(budget, r);
  const write = (x) => {
    switch (x.k) {
      case "str":
        b.text(jsonString(x.s), x.loc ?? r, false, x.prov);
        return;
      case "num":
        b.text(x.text && !x.text.startsWith("0x") ? formatNumber(Number(x.text)) : formatNumber(x.n), x.loc ?? r);
        return;
      case "bool":
        b.text(String(x.b), x.loc ?? r);
        return;
      case "null":
        b.text("null", x.loc ?? r);
        return;
      // Brackets carry the container's location: parsed again, the container spans them exactly.
      case "list":
        b.text("[", x.loc);
        x.items.forEach((item, i) => {
          if (i)
            b.text(",", x.loc);
          write(item);
        });
        b.text("]", x.loc);
        return;
      case "obj":
        b.text("{", x.loc);
        x.entries.forEach((e, i) => {
          if (i)
            b.text(",", x.loc);
          b.text(jsonString(e.key), e.keyLoc ?? r);
          b.text(":", x.loc);
          write(e.value);
        });
        b.text("}", x.loc);
        return;
      case "unk":
        b.text(`"${EVAL_OPEN}${x.id}${EVAL_CLOSE}"`, x.loc ?? r);
        return;
      case "alt":
        write(x.options[0] ?? { k: "null" });
        return;
      case "ref":
        throw new EvalError(`jsonencode cannot encode ${x.ref.describe}`);
    }
  };
  write(v);
  const out = b.build(r);
  return { ...out, json: { variants: [{ value: v }], documents: [] } };
}

// packages/core/dist/sources/terraform/functions-collections.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/scope.js
init_define_TRUSTLINT_PACKAGE();
var Scope = class _Scope {
  vars;
  parent;
  templateFile;
  constructor(vars, parent, templateFile = false) {
    this.vars = vars;
    this.parent = parent;
    this.templateFile = templateFile;
  }
  static empty = new _Scope(/* @__PURE__ */ new Map());
  lookup(name) {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }
  child(vars) {
    return new _Scope(new Map(Object.entries(vars)), this);
  }
  /** The scope of a template file's text, with its variables. */
  templateChild(vars) {
    return new _Scope(new Map(Object.entries(vars)), this, true);
  }
  /** Inside the text of a templatefile() call (where Terraform forbids calling it again). */
  get inTemplateFile() {
    return this.templateFile || (this.parent?.inTemplateFile ?? false);
  }
};
function siteOf(r) {
  return { file: r.file, offset: r.start };
}

// packages/core/dist/sources/terraform/functions-collections.js
function asList(v, what = "argument") {
  if (v?.k === "list")
    return v;
  throw new EvalError(`${what} must be a list, not ${v ? typeName(v) : "missing"}`);
}
function asObj(v, what = "argument") {
  if (v?.k === "obj")
    return v;
  throw new EvalError(`${what} must be a map or object, not ${v ? typeName(v) : "missing"}`);
}
function distinctItems(items) {
  const out = [];
  for (const i of items)
    if (!out.some((o) => valueEquals(o, i)))
      out.push(i);
  return out;
}
function toSet(items, c) {
  const out = distinctItems(items);
  const known = out.every((i) => i.k === "str" && markersIn2(i.s).length === 0 || i.k === "num");
  if (known) {
    out.sort((a, b) => {
      if (a.k === "num" && b.k === "num")
        return a.n - b.n;
      const x = a.k === "str" ? a.s : a.k === "num" ? a.text : "";
      const y = b.k === "str" ? b.s : b.k === "num" ? b.text : "";
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  return list(out, c.r, true);
}
function flattenItems(items) {
  return items.flatMap((i) => i.k === "list" ? flattenItems(i.items) : [i]);
}
function coalesce(c, args2, from) {
  for (let i = from; i < args2.length; i++) {
    const a = args2[i];
    if (a.k === "unk") {
      let rest;
      try {
        rest = coalesce(c, args2, i + 1);
      } catch (err) {
        if (!(err instanceof EvalError))
          throw err;
      }
      if (rest === void 0)
        return unk(a.id, c.r);
      return { k: "alt", options: [unk(a.id, c.r), rest], cause: a.id, site: `${c.r.file}:${c.r.start}:${i}`, loc: c.r };
    }
    if (a.k === "null" || a.k === "str" && a.s === "")
      continue;
    return a;
  }
  throw new EvalError("coalesce: no non-null argument");
}
function setproduct(c, args2) {
  if (args2.length < 2)
    throw new EvalError("setproduct needs at least two lists");
  const lists = args2.map((a) => a.k === "unk" ? [a] : asList(a).items);
  const count = lists.reduce((n, l) => n * l.length, 1);
  c.ev.host.budget.room(count * lists.length, siteOf(c.r));
  let combos = [[]];
  for (const l of lists)
    combos = combos.flatMap((prefix) => l.map((item) => [...prefix, item]));
  return list(combos.map((items) => list(items, c.r)), c.r);
}
function integer(c, v) {
  return Math.trunc(c.ev.number(v ?? nul()));
}
var collectionFunctions = {
  length: {
    fn: (c, [v]) => {
      if (v?.k === "list")
        return num(v.items.length, c.r);
      if (v?.k === "obj")
        return num(v.entries.length, c.r);
      if (v?.k === "str") {
        const u = firstUnknown(v);
        return u === void 0 ? num(Array.from(v.s).length, c.r) : unk(u, c.r);
      }
      throw new EvalError(`length of ${v ? typeName(v) : "nothing"}`);
    }
  },
  // An unknown list among the arguments stands for one unknown element: the known elements stay visible.
  concat: { lenient: true, fn: (c, args2) => list(args2.flatMap((a) => a.k === "unk" ? [a] : asList(a).items), c.r) },
  // An unknown list flattens to one unknown element standing for its elements (as a `for` over it).
  flatten: { lenient: true, fn: (c, [v]) => list(v?.k === "unk" ? [v] : flattenItems(asList(v).items), c.r) },
  setproduct: { lenient: true, fn: (c, args2) => setproduct(c, args2) },
  distinct: { fn: (c, [v]) => list(distinctItems(asList(v).items), c.r) },
  compact: { fn: (c, [v]) => list(asList(v).items.filter((i) => !(i.k === "null" || i.k === "str" && i.s === "")), c.r) },
  tolist: { charged: true, fn: (c, [v]) => ({ ...asList(v), set: false, loc: v?.loc ?? c.r }) },
  toset: { fn: (c, [v]) => toSet(asList(v).items, c) },
  tomap: { charged: true, fn: (_c, [v]) => asObj(v) },
  setunion: { fn: (c, args2) => toSet(args2.flatMap((a) => asList(a).items), c) },
  setintersection: {
    fn: (c, [first, ...rest]) => toSet(asList(first).items.filter((i) => rest.every((r) => asList(r).items.some((x) => valueEquals(x, i)))), c)
  },
  setsubtract: { fn: (c, [a, b]) => toSet(asList(a).items.filter((i) => !asList(b).items.some((x) => valueEquals(x, i))), c) },
  element: {
    charged: true,
    fn: (c, [l, i]) => {
      const items = asList(l).items;
      if (items.length === 0)
        throw new EvalError("element of an empty list");
      const u = firstUnknown(i ?? nul());
      if (u !== void 0)
        return unk(u, c.r);
      const n = integer(c, i);
      return items[(n % items.length + items.length) % items.length] ?? nul(c.r);
    }
  },
  lookup: {
    charged: true,
    fn: (c, [m, k, d]) => {
      const map = asObj(m);
      const key = k ?? nul();
      const u = firstUnknown(key);
      if (u !== void 0)
        return unk(u, c.r);
      const name = c.ev.keyString(key);
      const found = map.entries.findLast((e) => e.key === name);
      if (found)
        return found.value;
      if (d)
        return d;
      throw new EvalError(`lookup: no key "${name}"`);
    }
  },
  contains: {
    lenient: true,
    fn: (c, [l, v]) => {
      if (l?.k === "unk")
        return unk(l.id, c.r);
      const needle = v ?? nul();
      const items = asList(l).items;
      const nu = firstUnknown(needle);
      if (nu === void 0 && items.some((i) => firstUnknown(i) === void 0 && valueEquals(i, needle)))
        return bool(true, c.r);
      const u = nu ?? items.map(firstUnknown).find((x) => x !== void 0);
      return u === void 0 ? bool(false, c.r) : unk(u, c.r);
    }
  },
  index: {
    fn: (c, [l, v]) => {
      const i = asList(l).items.findIndex((x) => valueEquals(x, v ?? nul()));
      if (i < 0)
        throw new EvalError("index: value not in list");
      return num(i, c.r);
    }
  },
  coalesce: {
    lenient: true,
    charged: true,
    fn: (c, args2) => coalesce(c, args2, 0)
  },
  coalescelist: {
    lenient: true,
    charged: true,
    fn: (c, args2) => {
      for (const a of args2) {
        if (a.k === "unk")
          return unk(a.id, c.r);
        if (asList(a).items.length > 0)
          return a;
      }
      return list([], c.r);
    }
  },
  keys: { fn: (c, [m]) => list(asObj(m).entries.map((e) => str(e.key, e.keyLoc ?? c.r)), c.r) },
  values: { fn: (c, [m]) => list(asObj(m).entries.map((e) => e.value), c.r) },
  zipmap: {
    fn: (c, [k, v]) => {
      const ks = asList(k).items;
      const vs = asList(v).items;
      if (ks.length !== vs.length)
        throw new EvalError("zipmap: lists of different lengths");
      return obj(ks.map((key, i) => ({ key: c.ev.keyString(key), ...key.loc ? { keyLoc: key.loc } : {}, value: vs[i] ?? nul() })), c.r);
    }
  },
  merge: {
    lenient: true,
    fn: (c, args2) => {
      const entries = [];
      for (const a of args2) {
        if (a.k === "null")
          continue;
        if (a.k === "unk")
          return unk(a.id, c.r);
        appendAll(entries, asObj(a).entries);
      }
      return obj(entries, c.r);
    }
  },
  slice: {
    fn: (c, [l, a, b]) => {
      const items = asList(l).items;
      return list(items.slice(integer(c, a), integer(c, b)), c.r);
    }
  },
  reverse: { fn: (c, [l]) => list([...asList(l).items].reverse(), c.r) },
  sort: {
    fn: (c, [l]) => {
      const items = asList(l).items;
      const u = items.map(firstUnknown).find((x) => x !== void 0);
      if (u !== void 0)
        return unk(u, c.r);
      const text3 = (v) => v.k === "str" ? v.s : v.k === "num" ? v.text : "";
      return list([...items].sort((x, y) => text3(x) < text3(y) ? -1 : text3(x) > text3(y) ? 1 : 0), c.r);
    }
  },
  range: {
    fn: (c, args2) => {
      const ns = args2.map((a) => c.ev.number(a));
      const [start, limit, step] = ns.length === 1 ? [0, ns[0] ?? 0, 1] : [ns[0] ?? 0, ns[1] ?? 0, ns[2] ?? 1];
      if (step === 0)
        throw new EvalError("range: step must not be zero");
      const out = [];
      for (let i = start; step > 0 ? i < limit : i > limit; i += step) {
        c.ev.host.step(c.r);
        out.push(num(i, c.r));
      }
      return list(out, c.r);
    }
  },
  one: {
    charged: true,
    fn: (c, [l]) => {
      const items = asList(l).items;
      if (items.length > 1)
        throw new EvalError("one: more than one element");
      return items[0] ?? nul(c.r);
    }
  },
  alltrue: {
    fn: (c, [l]) => {
      const truths = asList(l).items.map((i) => c.ev.truth(i));
      if (truths.includes(false))
        return bool(false, c.r);
      return truths.includes(void 0) ? unk(firstUnknown(asList(l)) ?? 0, c.r) : bool(true, c.r);
    }
  },
  anytrue: {
    fn: (c, [l]) => {
      const truths = asList(l).items.map((i) => c.ev.truth(i));
      if (truths.includes(true))
        return bool(true, c.r);
      return truths.includes(void 0) ? unk(firstUnknown(asList(l)) ?? 0, c.r) : bool(false, c.r);
    }
  },
  // Folded, not spread: `min(local.list...)` may pass more arguments than a call can take.
  min: { fn: (c, args2) => num(args2.reduce((m, a) => Math.min(m, c.ev.number(a)), Infinity), c.r) },
  max: { fn: (c, args2) => num(args2.reduce((m, a) => Math.max(m, c.ev.number(a)), -Infinity), c.r) },
  abs: { fn: (c, [a]) => num(Math.abs(c.ev.number(a ?? nul())), c.r) },
  ceil: { fn: (c, [a]) => num(Math.ceil(c.ev.number(a ?? nul())), c.r) },
  floor: { fn: (c, [a]) => num(Math.floor(c.ev.number(a ?? nul())), c.r) }
};

// packages/core/dist/sources/terraform/functions-strings.js
init_define_TRUSTLINT_PACKAGE();
var createHash = (...args2) => process.getBuiltinModule("node:crypto").createHash(...args2);
function asStr(c, v, what = "argument") {
  if (!v)
    throw new EvalError(`missing ${what}`);
  const s = c.ev.toStr(v, c.r);
  if (s.k !== "str")
    throw new EvalError(`${what} must be a string, not ${typeName(v)}`);
  return s;
}
function sliceStr(v, a, b, r) {
  const segs = [];
  for (const g of v.segs) {
    const lo = Math.max(a, g.start);
    const hi = Math.min(b, g.end);
    if (hi <= lo)
      continue;
    const loc = g.loc && g.exact ? { file: g.loc.file, start: g.loc.start + (lo - g.start), end: g.loc.start + (hi - g.start) } : g.loc;
    segs.push({ ...g, start: lo - a, end: hi - a, ...loc ? { loc } : {} });
  }
  const prov = singleProv(segs);
  return { k: "str", s: v.s.slice(a, b), segs, loc: r, ...prov ? { prov } : {} };
}
function derived(s, from, r) {
  const prov = singleProv(from.segs) ?? from.prov;
  if (s.length === from.s.length)
    return { k: "str", s, segs: from.segs, loc: r, ...prov ? { prov } : {} };
  return str(s, r, false, prov);
}
function unknownOf(c, ...vs) {
  for (const v of vs) {
    const u = firstUnknown(v);
    if (u !== void 0)
      return unk(u, c.r);
  }
  return void 0;
}
function occurrences(s, sep2) {
  let n = 0;
  for (let i = s.indexOf(sep2); i >= 0; i = s.indexOf(sep2, i + sep2.length))
    n++;
  return n;
}
function knownPrefix(s) {
  const i = s.indexOf(EVAL_OPEN);
  return i < 0 ? s : s.slice(0, i);
}
function knownSuffix(s) {
  const i = s.lastIndexOf(EVAL_CLOSE);
  return i < 0 ? s : s.slice(i + 1);
}
function goRegex(pattern, global) {
  let flags = global ? "g" : "";
  let p = pattern;
  const m = /^\(\?([imsU]+)\)/.exec(p);
  if (m) {
    p = p.slice(m[0].length);
    if (m[1]?.includes("i"))
      flags += "i";
    if (m[1]?.includes("s"))
      flags += "s";
    if (m[1]?.includes("m"))
      flags += "m";
  }
  p = p.replace(/\(\?P</g, "(?<").replace(/\\z/g, "$").replace(/\\A/g, "^");
  try {
    return new RegExp(p, flags);
  } catch {
    throw new EvalError(`invalid regular expression ${pattern}`);
  }
}
function format(c, fmt, args2) {
  const fu = unknownOf(c, fmt);
  if (fu)
    return fu;
  const b = new StrBuilder(c.ev.host.budget, c.r);
  const re = /%(%|[-+# 0]*(\d+)?(?:\.(\d+))?(?:\[(\d+)\])?([a-zA-Z]))/g;
  let cursor = 0;
  let next = 0;
  for (const m of fmt.s.matchAll(re)) {
    b.value(sliceStr(fmt, cursor, m.index, c.r));
    cursor = m.index + m[0].length;
    if (m[1] === "%") {
      b.text("%", c.r);
      continue;
    }
    const explicit = m[4];
    const idx = explicit !== void 0 ? Number(explicit) - 1 : next;
    next = idx + 1;
    const arg = args2[idx];
    if (!arg)
      throw new EvalError("format: too few arguments");
    const verb = m[5] ?? "v";
    const precision = m[3] === void 0 ? void 0 : Number(m[3]);
    appendVerb(c, b, verb, arg, precision);
  }
  b.value(sliceStr(fmt, cursor, fmt.s.length, c.r));
  return b.build(c.r);
}
function appendVerb(c, b, verb, arg, precision) {
  if (arg.k === "unk") {
    b.text(evalMarker(arg.id), c.ev.host.unknowns.get(arg.id)?.loc ?? c.r);
    return;
  }
  const loc = arg.loc ?? c.r;
  switch (verb) {
    case "d":
      b.text(String(Math.trunc(c.ev.number(arg))), loc, false, arg.prov);
      return;
    case "f":
    case "e":
    case "g": {
      const n = c.ev.number(arg);
      b.text(verb === "f" ? n.toFixed(precision ?? 6) : verb === "e" ? n.toExponential(precision ?? 6) : String(n), loc, false, arg.prov);
      return;
    }
    case "x":
    case "X":
    case "o":
    case "b": {
      const base = verb === "o" ? 8 : verb === "b" ? 2 : 16;
      const out = Math.trunc(c.ev.number(arg)).toString(base);
      b.text(verb === "X" ? out.toUpperCase() : out, loc, false, arg.prov);
      return;
    }
    case "q":
      b.text(jsonString(asStr(c, arg).s), loc, false, arg.prov);
      return;
    case "t":
      b.text(String(c.ev.truth(arg)), loc, false, arg.prov);
      return;
    default:
      if (arg.k === "list" || arg.k === "obj")
        b.value(encodeJson(arg, loc, c.ev.host.budget));
      else
        c.ev.appendTo(b, arg, c.r);
  }
}
function hash(algorithm, encoding) {
  return {
    fn: (c, [v]) => {
      const s = asStr(c, v);
      return unknownOf(c, s) ?? str(createHash(algorithm).update(s.s).digest(encoding), c.r);
    }
  };
}
var stringFunctions = {
  lower: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return derived(s.s.toLowerCase(), s, c.r);
  } },
  upper: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return derived(s.s.toUpperCase(), s, c.r);
  } },
  title: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return derived(s.s.replace(new RegExp("\\b\\p{L}", "gu"), (x) => x.toUpperCase()), s, c.r);
  } },
  strrev: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return unknownOf(c, s) ?? derived(Array.from(s.s).reverse().join(""), s, c.r);
  } },
  trimspace: {
    fn: (c, [v]) => {
      const s = asStr(c, v);
      const start = s.s.length - s.s.trimStart().length;
      return sliceStr(s, start, Math.max(start, s.s.trimEnd().length), c.r);
    }
  },
  chomp: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return sliceStr(s, 0, s.s.replace(/(\r?\n)+$/, "").length, c.r);
  } },
  trimprefix: {
    fn: (c, [v, p]) => {
      const s = asStr(c, v);
      const prefix = asStr(c, p, "prefix");
      if (firstUnknown(prefix) !== void 0)
        return unk(firstUnknown(prefix) ?? 0, c.r);
      return s.s.startsWith(prefix.s) ? sliceStr(s, prefix.s.length, s.s.length, c.r) : sliceStr(s, 0, s.s.length, c.r);
    }
  },
  trimsuffix: {
    fn: (c, [v, p]) => {
      const s = asStr(c, v);
      const suffix = asStr(c, p, "suffix");
      if (firstUnknown(suffix) !== void 0)
        return unk(firstUnknown(suffix) ?? 0, c.r);
      return s.s.endsWith(suffix.s) && suffix.s ? sliceStr(s, 0, s.s.length - suffix.s.length, c.r) : sliceStr(s, 0, s.s.length, c.r);
    }
  },
  trim: {
    fn: (c, [v, chars]) => {
      const s = asStr(c, v);
      const set = new Set(asStr(c, chars, "characters").s);
      let a = 0;
      let b = s.s.length;
      while (a < b && set.has(s.s[a] ?? ""))
        a++;
      while (b > a && set.has(s.s[b - 1] ?? ""))
        b--;
      return sliceStr(s, a, b, c.r);
    }
  },
  substr: {
    fn: (c, [v, off, len]) => {
      const s = asStr(c, v);
      const u = unknownOf(c, s);
      if (u)
        return u;
      let o = c.ev.number(off ?? num(0));
      const l = c.ev.number(len ?? num(-1));
      if (o < 0)
        o = Math.max(0, s.s.length + o);
      const end = l < 0 ? s.s.length : Math.min(s.s.length, o + l);
      return sliceStr(s, Math.min(o, s.s.length), Math.max(end, Math.min(o, s.s.length)), c.r);
    }
  },
  replace: {
    lenient: true,
    fn: (c, [v, search, rep]) => {
      if (v?.k === "unk")
        return unk(v.id, c.r);
      if (search?.k === "unk")
        return unk(search.id, c.r);
      const s = asStr(c, v);
      const what = asStr(c, search, "search");
      const by = rep?.k === "unk" ? str(evalMarker(rep.id), rep.loc ?? c.r) : asStr(c, rep, "replacement");
      const regex = what.s.length > 1 && what.s.startsWith("/") && what.s.endsWith("/");
      const u = unknownOf(c, ...regex ? [what, by] : [what]);
      if (u)
        return u;
      if (regex) {
        const re = goRegex(what.s.slice(1, -1), true);
        const matches = by.s.length > 1 ? [...s.s.matchAll(re)].length : 0;
        c.ev.host.budget.room(s.s.length + matches * by.s.length, siteOf(c.r));
        return derived(s.s.replace(re, by.s.replace(/\$\{(\w+)\}/g, "$$$1")), s, c.r);
      }
      if (!what.s)
        return derived(s.s, s, c.r);
      c.ev.host.budget.room(s.s.length + occurrences(s.s, what.s) * (by.s.length - what.s.length), siteOf(c.r));
      return derived(s.s.split(what.s).join(by.s), s, c.r);
    }
  },
  format: { lenient: true, charged: true, fn: (c, [f, ...args2]) => format(c, asStr(c, f, "format"), args2) },
  formatlist: {
    lenient: true,
    fn: (c, [f, ...args2]) => {
      const fmt = asStr(c, f, "format");
      const lists = args2.filter((a) => a.k === "list");
      const n = lists[0] ? lists[0].items.length : 1;
      if (lists.some((l) => l.items.length !== n))
        throw new EvalError("formatlist: lists of different lengths");
      const out = [];
      for (let i = 0; i < n; i++)
        out.push(format(c, fmt, args2.map((a) => a.k === "list" ? a.items[i] ?? nul() : a)));
      return list(out, c.r);
    }
  },
  join: {
    lenient: true,
    charged: true,
    fn: (c, [sepV, ...lists]) => {
      const sep2 = asStr(c, sepV, "separator");
      const items = [];
      for (const l of lists) {
        if (l.k === "unk")
          return unk(l.id, c.r);
        if (l.k !== "list")
          throw new EvalError("join needs lists");
        appendAll(items, l.items);
      }
      return c.ev.lift(items, (chosen) => {
        const b = new StrBuilder(c.ev.host.budget, c.r);
        chosen.forEach((item, i) => {
          if (i)
            b.value(sep2);
          if (item.k === "null")
            throw new EvalError("join: null element");
          c.ev.appendTo(b, item, c.r);
        });
        return b.build(c.r);
      }, c.r);
    }
  },
  split: {
    fn: (c, [sepV, v]) => {
      const sep2 = asStr(c, sepV, "separator");
      const s = asStr(c, v);
      const u = unknownOf(c, sep2);
      if (u)
        return u;
      c.ev.host.budget.room(2 * PIECE_SIZE * (sep2.s ? occurrences(s.s, sep2.s) + 1 : s.s.length), siteOf(c.r));
      if (!sep2.s)
        return list(Array.from({ length: s.s.length }, (_, i) => sliceStr(s, i, i + 1, c.r)), c.r);
      const out = [];
      let at = 0;
      for (; ; ) {
        const i = s.s.indexOf(sep2.s, at);
        if (i < 0)
          break;
        out.push(sliceStr(s, at, i, c.r));
        at = i + sep2.s.length;
      }
      out.push(sliceStr(s, at, s.s.length, c.r));
      return list(out, c.r);
    }
  },
  startswith: {
    fn: (c, [v, p]) => {
      const s = asStr(c, v);
      const prefix = asStr(c, p, "prefix");
      const known = knownPrefix(s.s);
      if (firstUnknown(prefix) !== void 0)
        return unk(firstUnknown(prefix) ?? 0, c.r);
      if (known.length >= prefix.s.length || !prefix.s.startsWith(known))
        return bool(known.startsWith(prefix.s), c.r);
      return unk(markersIn2(s.s)[0] ?? 0, c.r);
    }
  },
  endswith: {
    fn: (c, [v, p]) => {
      const s = asStr(c, v);
      const suffix = asStr(c, p, "suffix");
      const known = knownSuffix(s.s);
      if (firstUnknown(suffix) !== void 0)
        return unk(firstUnknown(suffix) ?? 0, c.r);
      if (known.length >= suffix.s.length || !suffix.s.endsWith(known))
        return bool(known.endsWith(suffix.s), c.r);
      return unk(markersIn2(s.s).at(-1) ?? 0, c.r);
    }
  },
  strcontains: {
    fn: (c, [v, p]) => {
      const s = asStr(c, v);
      const sub2 = asStr(c, p, "substring");
      const u = unknownOf(c, sub2);
      if (u)
        return u;
      if (s.s.includes(sub2.s))
        return bool(true, c.r);
      return unknownOf(c, s) ?? bool(false, c.r);
    }
  },
  regex: {
    fn: (c, [p, v]) => {
      const pattern = asStr(c, p, "pattern");
      const s = asStr(c, v);
      const u = unknownOf(c, pattern, s);
      if (u)
        return u;
      const m = goRegex(pattern.s, false).exec(s.s);
      if (!m)
        throw new EvalError("regex: no match");
      return matchValue(m, c.r);
    }
  },
  regexall: {
    fn: (c, [p, v]) => {
      const pattern = asStr(c, p, "pattern");
      const s = asStr(c, v);
      const u = unknownOf(c, pattern, s);
      if (u)
        return u;
      return list([...s.s.matchAll(goRegex(pattern.s, true))].map((m) => matchValue(m, c.r)), c.r);
    }
  },
  tostring: { charged: true, fn: (c, [v]) => v?.k === "null" ? v : asStr(c, v) },
  tonumber: {
    fn: (c, [v]) => {
      if (v?.k === "null")
        return v;
      const u = v ? unknownOf(c, v) : void 0;
      return u ?? num(c.ev.number(v ?? nul()), c.r);
    }
  },
  tobool: {
    fn: (c, [v]) => {
      if (!v || v.k === "null")
        return nul(c.r);
      const b = c.ev.truth(v);
      return b === void 0 ? unk(firstUnknown(v) ?? 0, c.r) : bool(b, c.r);
    }
  },
  sha256: hash("sha256", "hex"),
  sha1: hash("sha1", "hex"),
  md5: hash("md5", "hex"),
  base64sha256: hash("sha256", "base64"),
  base64encode: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return unknownOf(c, s) ?? str(Buffer.from(s.s, "utf8").toString("base64"), c.r);
  } },
  base64decode: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return unknownOf(c, s) ?? str(Buffer.from(s.s, "base64").toString("utf8"), c.r);
  } },
  urlencode: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return unknownOf(c, s) ?? str(encodeURIComponent(s.s), c.r);
  } },
  sensitive: { lenient: true, charged: true, fn: (_c, [v]) => v ?? nul() },
  nonsensitive: { lenient: true, charged: true, fn: (_c, [v]) => v ?? nul() }
};
function matchValue(m, r) {
  const group = (g) => g === void 0 ? nul(r) : str(g, r);
  const groups = m.groups;
  if (groups)
    return { k: "obj", entries: Object.entries(groups).map(([key, val]) => ({ key, value: group(val) })), loc: r };
  if (m.length > 1)
    return list(m.slice(1).map(group), r);
  return str(m[0], r);
}

// packages/core/dist/sources/terraform/functions.js
var fileFunctions = {
  jsonencode: { charged: true, fn: (c, [v]) => encodeJson(need(v), c.r, c.ev.host.budget) },
  jsondecode: {
    fn: (c, [v]) => {
      const s = need(v);
      if (s.k !== "str")
        throw new EvalError("jsondecode needs a string");
      const first = s.json?.variants[0];
      if (first)
        return first.value;
      if (firstUnknown(s) !== void 0 && s.s.trim().startsWith(EVAL_OPEN))
        return unk(firstUnknown(s) ?? 0, c.r);
      return decodeJson(s, c.ev.host.budget);
    }
  },
  file: { charged: true, fn: (c, [p]) => readModuleFile(c, need(p)) },
  fileexists: {
    fn: (c, [p]) => {
      const path = need(p);
      if (path.k !== "str")
        throw new EvalError("fileexists needs a path");
      return { k: "bool", b: c.ev.host.readFile(path.s) !== void 0, loc: c.r };
    }
  },
  templatefile: {
    charged: true,
    fn: (c, [p, vars]) => {
      if (c.scope.inTemplateFile)
        throw new EvalError("cannot recursively call templatefile from inside templatefile call");
      const content = readModuleFile(c, need(p));
      if (content.k !== "str")
        return content;
      const parts = c.ev.host.parseTemplate(content);
      if (!parts)
        return c.ev.unknown(c.r, "template file does not parse");
      const bindings = {};
      const v = vars ?? { k: "null" };
      if (v.k === "unk")
        return unk(v.id, c.r);
      if (v.k === "obj")
        for (const e of v.entries)
          bindings[e.key] = e.value;
      return c.ev.template(parts, c.r, c.scope.templateChild(bindings));
    }
  }
};
function need(v) {
  if (!v)
    throw new EvalError("missing argument");
  return v;
}
function readModuleFile(c, p) {
  if (p.k === "unk")
    return unk(p.id, c.r);
  if (p.k !== "str")
    throw new EvalError("a file path must be a string");
  if (firstUnknown(p) !== void 0)
    return c.ev.unknown(c.r, "file path could not be resolved");
  const content = c.ev.host.readFile(p.s);
  return content ?? c.ev.unknown(c.r, `file ${p.s} is not among the scanned files of the module`);
}
var FUNCTIONS = { ...stringFunctions, ...collectionFunctions, ...fileFunctions };
var APPLY_TIME = /* @__PURE__ */ new Set(["timestamp", "uuid", "bcrypt", "uuidv5", "plantimestamp"]);
function callFunction(ev, e, scope) {
  if (e.name === "try" || e.name === "can")
    return tryOrCan(ev, e, scope);
  const spec = FUNCTIONS[e.name];
  if (!spec) {
    const reason = e.name.includes("::") ? `provider-defined function ${e.name}` : APPLY_TIME.has(e.name) ? `${e.name}() is known only at apply time` : `unknown function ${e.name}`;
    return ev.unknown(e.r, reason);
  }
  let args2 = e.args.map((a) => ev.eval(a, scope));
  let argRanges = e.args.map((a) => a.r);
  if (e.expand) {
    const last = args2.at(-1);
    if (last?.k === "unk")
      return unk(last.id, e.r);
    if (last?.k !== "list")
      throw new EvalError("the expanded argument must be a list");
    const lastRange = argRanges.at(-1) ?? e.r;
    args2 = [...args2.slice(0, -1), ...last.items];
    argRanges = [...argRanges.slice(0, -1), ...last.items.map((i) => i.loc ?? lastRange)];
  }
  const ctx = { ev, r: e.r, argRanges, scope };
  const result = ev.lift(args2, (a) => {
    if (!spec.lenient) {
      const u = a.find((x) => x.k === "unk");
      if (u?.k === "unk")
        return unk(u.id, e.r);
    }
    return spec.fn(ctx, a);
  }, e.r);
  return spec.charged ? result : ev.host.produced(result, e.r);
}
function tryOrCan(ev, e, scope) {
  for (const arg of e.args) {
    try {
      const v = ev.eval(arg, scope);
      if (e.name === "can")
        return v.k === "unk" ? v : { k: "bool", b: true, loc: e.r };
      return v;
    } catch (err) {
      if (!(err instanceof EvalError))
        throw err;
      if (e.name === "can")
        return { k: "bool", b: false, loc: e.r };
    }
  }
  if (e.name === "can")
    return { k: "bool", b: false, loc: e.r };
  throw new EvalError("no argument of try() could be evaluated");
}

// packages/core/dist/sources/terraform/templates.js
init_define_TRUSTLINT_PACKAGE();
var isLit = (p) => "t" in p;
function evalTemplate(ev, parts, r, scope) {
  const only = parts[0];
  if (parts.length === 1 && only?.t === "interp")
    return ev.eval(only.expr, scope);
  return assemble2(ev, pieces(ev, parts, scope), r);
}
function pieces(ev, parts, scope) {
  const out = [];
  for (const p of parts) {
    switch (p.t) {
      case "lit":
        out.push(p);
        break;
      case "interp":
        out.push(ev.eval(p.expr, scope));
        break;
      case "if": {
        const cond = ev.eval(p.cond, scope);
        const b = cond.k === "alt" ? void 0 : ev.truth(cond);
        if (b === true)
          appendAll(out, pieces(ev, p.then, scope));
        else if (b === false)
          appendAll(out, pieces(ev, p.else, scope));
        else {
          const branches = [assemble2(ev, pieces(ev, p.then, scope), p.r), assemble2(ev, pieces(ev, p.else, scope), p.r)];
          out.push(ev.alternatives(branches, firstUnknown(cond) ?? 0, `${p.r.file}:${p.r.start}`, p.r));
        }
        break;
      }
      case "for": {
        const coll = ev.eval(p.coll, scope);
        const bind = (k, v) => scope.child({ ...p.keyVar !== void 0 ? { [p.keyVar]: k } : {}, [p.valVar]: v });
        if (coll.k === "unk" || coll.k === "alt") {
          const u = unk(firstUnknown(coll) ?? 0, p.coll.r);
          appendAll(out, pieces(ev, p.body, bind(u, u)));
          break;
        }
        for (const [k, v] of ev.iterate(coll)) {
          ev.host.step(p.r);
          appendAll(out, pieces(ev, p.body, bind(k, v)));
        }
        break;
      }
    }
  }
  return out;
}
function assemble2(ev, ps, r) {
  const args2 = ps.filter((p) => !isLit(p));
  return ev.lift(args2, (chosen) => {
    const b = new StrBuilder(ev.host.budget, r);
    let next = 0;
    for (const p of ps) {
      if (isLit(p))
        b.lit(p);
      else
        appendString(ev, b, chosen[next++], r);
    }
    return b.build(r);
  }, r);
}
function appendString(ev, b, v, r) {
  switch (v.k) {
    case "str":
      b.value(v);
      return;
    case "num":
      b.text(v.text, v.loc ?? r, false, v.prov);
      return;
    case "bool":
      b.text(String(v.b), v.loc ?? r, false, v.prov);
      return;
    case "unk":
      b.text(evalMarker(v.id), ev.host.unknowns.get(v.id)?.loc ?? r, false);
      return;
    case "null":
      throw new EvalError("a template cannot include null");
    default:
      throw new EvalError(`a template cannot include ${typeName(v)}`);
  }
}

// packages/core/dist/sources/terraform/expressions.js
var Evaluator = class {
  host;
  constructor(host) {
    this.host = host;
  }
  eval(e, scope) {
    this.host.step(e.r);
    return this.host.budget.nested(siteOf(e.r), () => this.evalExpr(e, scope));
  }
  evalExpr(e, scope) {
    switch (e.t) {
      case "literal":
        if (typeof e.value === "number")
          return num(e.value, e.r, e.text);
        if (typeof e.value === "boolean")
          return bool(e.value, e.r);
        return nul(e.r);
      case "template":
        return this.template(e.parts, e.r, scope);
      case "tuple":
        return this.host.produced(list(e.items.map((i) => this.eval(i, scope)), e.r), e.r);
      case "object":
        return this.object(e, scope);
      case "name":
        return scope.lookup(e.name) ?? this.host.root(e.name, e.r);
      case "getattr":
        return this.getAttr(this.eval(e.target, scope), e.name, e.r, e.target.r);
      case "index":
        return this.index(this.eval(e.target, scope), this.eval(e.key, scope), e.r, e.target.r);
      case "splat":
        return this.splat(e, scope);
      case "call":
        return callFunction(this, e, scope);
      case "forTuple":
      case "forObject":
        return this.host.produced(this.forExpr(e, scope), e.r);
      case "cond":
        return this.conditional(e, scope);
      case "unary":
        return this.lift([this.eval(e.operand, scope)], ([v]) => this.unary(e.op, v, e.r), e.r);
      case "binary":
        return this.binary(e, scope);
      case "paren":
        return this.eval(e.inner, scope);
      case "invalid":
        throw new EvalError("invalid expression");
    }
  }
  /** A new unknown for the expression at `r`. */
  unknown(r, reason) {
    return unk(this.host.unknowns.add(this.host.text(r), reason, r), r);
  }
  /** Applies `f` to every combination of branches of the alternatives among `args`. */
  lift(args2, f, r) {
    const alts = args2.map((a, i) => ({ a, i })).filter((x) => x.a.k === "alt");
    if (alts.length === 0)
      return f(args2);
    const first = alts[0].a;
    const combos = alts.reduce((n, x) => n * x.a.options.length, 1);
    if (combos > this.host.budget.limits.alternatives)
      return unk(first.cause, r);
    const results = [];
    const pick = (k, current) => {
      const alt = alts[k];
      if (!alt) {
        results.push(f(current));
        return;
      }
      for (const option of alt.a.options) {
        const next = [...current];
        next[alt.i] = option;
        pick(k + 1, next);
      }
    };
    pick(0, args2);
    return this.alternatives(results, first.cause, first.site, r);
  }
  /** An `alt` of distinct options (nested alternatives flattened), or the single option. */
  alternatives(options, cause, site, r) {
    const flat = [];
    for (const o of options) {
      for (const x of o.k === "alt" ? o.options : [o])
        if (!flat.some((f) => valueEquals(f, x)))
          flat.push(x);
    }
    if (flat.length === 1)
      return flat[0];
    if (flat.length > this.host.budget.limits.alternatives)
      return unk(cause, r);
    return { k: "alt", options: flat, cause, site, loc: r };
  }
  object(e, scope) {
    const entries = [];
    for (const item of e.items) {
      const key = this.eval(item.key, scope);
      const value2 = this.eval(item.value, scope);
      entries.push({ key: this.keyString(key), keyLoc: item.key.r, value: value2 });
    }
    return this.host.produced(obj(entries, e.r), e.r);
  }
  /** An object key: a string, or a marker when it is unknown. */
  keyString(key) {
    if (key.k === "str")
      return key.s;
    if (key.k === "num")
      return key.text;
    if (key.k === "bool")
      return String(key.b);
    const u = firstUnknown(key);
    if (u !== void 0)
      return evalMarker(u);
    throw new EvalError(`an object key must be a string, not ${typeName(key)}`);
  }
  /** An unknown extended by one traversal step: `var.x` → `var.x.y` keeps the reason, names the longer expression. */
  extend(v, r, targetR) {
    const info = this.host.unknowns.get(v.id);
    if (info && info.loc.file === targetR.file && info.loc.start === targetR.start && info.loc.end === targetR.end) {
      return unk(this.host.unknowns.add(this.host.text(r), info.reason, r), r);
    }
    return unk(v.id, r);
  }
  getAttr(target, name, r, targetR) {
    switch (target.k) {
      case "alt":
        return this.lift([target], ([t]) => this.getAttr(t, name, r, targetR), r);
      case "unk":
        return this.extend(target, r, targetR);
      case "ref":
        return target.ref.getAttr(name, r);
      case "obj": {
        const entry2 = target.entries.findLast((x) => x.key === name);
        if (entry2)
          return entry2.value;
        const u = target.entries.map((x) => firstUnknown(str(x.key))).find((x) => x !== void 0);
        if (u !== void 0)
          return unk(u, r);
        throw new EvalError(`object has no attribute "${name}"`);
      }
      default:
        throw new EvalError(`cannot get attribute "${name}" of ${typeName(target)}`);
    }
  }
  index(target, key, r, targetR) {
    if (target.k === "alt" || key.k === "alt")
      return this.lift([target, key], ([t, k]) => this.index(t, k, r, targetR), r);
    if (target.k === "unk")
      return this.extend(target, r, targetR);
    if (target.k === "ref")
      return target.ref.index(key, r);
    const ku = firstUnknown(key);
    if (ku !== void 0)
      return unk(ku, r);
    if (target.k === "list") {
      const i = key.k === "num" ? key.n : key.k === "str" && /^\d+$/.test(key.s) ? Number(key.s) : NaN;
      if (!Number.isInteger(i))
        throw new EvalError(`a list index must be a whole number, not ${typeName(key)}`);
      const item = target.set ? void 0 : target.items[i];
      if (!item)
        throw new EvalError(target.set ? "a set cannot be indexed" : `index ${i} out of range for a list of ${target.items.length}`);
      return item;
    }
    if (target.k === "obj") {
      const k = this.keyString(key);
      const entry2 = target.entries.findLast((x) => x.key === k);
      if (entry2)
        return entry2.value;
      const u = target.entries.map((x) => firstUnknown(str(x.key))).find((x) => x !== void 0);
      if (u !== void 0)
        return unk(u, r);
      throw new EvalError(`no element "${k}"`);
    }
    throw new EvalError(`cannot index ${typeName(target)}`);
  }
  splat(e, scope) {
    const target = this.eval(e.target, scope);
    return this.lift([target], ([t]) => {
      const v = t;
      if (v.k === "unk")
        return unk(v.id, e.r);
      let items;
      if (v.k === "null")
        items = [];
      else if (v.k === "list")
        items = v.items;
      else if (v.k === "ref")
        items = v.ref.elements(e.r);
      else
        items = [v];
      return this.host.produced(list(items.map((item) => e.ops.reduce((cur, op) => op.t === "attr" ? this.getAttr(cur, op.name, e.r, e.target.r) : this.index(cur, this.eval(op.key, scope), e.r, e.target.r), item)), e.r), e.r);
    }, e.r);
  }
  /** The (key, value) pairs a `for` iterates: list index/item, set item/item, map key/value. */
  iterate(coll) {
    switch (coll.k) {
      case "list":
        return coll.items.map((item, i) => [coll.set ? item : num(i, item.loc), item]);
      case "obj":
        return coll.entries.map((e) => [str(e.key, e.keyLoc), e.value]);
      case "null":
        throw new EvalError("cannot iterate over null");
      default:
        throw new EvalError(`cannot iterate over ${typeName(coll)}`);
    }
  }
  forExpr(e, scope) {
    const coll = this.eval(e.coll, scope);
    return this.lift([coll], ([c]) => this.forOver(e, c, scope), e.r);
  }
  forOver(e, coll, scope) {
    const bind = (k, v) => scope.child({ ...e.keyVar !== void 0 ? { [e.keyVar]: k } : {}, [e.valVar]: v });
    const keep = (s) => {
      if (!e.cond)
        return true;
      const c = this.eval(e.cond, s);
      return c.k === "bool" ? c.b : c.k !== "null";
    };
    if (coll.k === "unk") {
      if (e.t === "forObject")
        return unk(coll.id, e.r);
      const s = bind(unk(coll.id, e.coll.r), unk(coll.id, e.coll.r));
      return list(keep(s) ? [this.eval(e.value, s)] : [], e.r);
    }
    const pairs = this.iterate(coll);
    if (e.t === "forTuple") {
      const items = [];
      for (const [k, v] of pairs) {
        this.host.step(e.r);
        const s = bind(k, v);
        if (keep(s))
          items.push(this.eval(e.value, s));
      }
      return list(items, e.r);
    }
    const groups = /* @__PURE__ */ new Map();
    for (const [k, v] of pairs) {
      this.host.step(e.r);
      const s = bind(k, v);
      if (!keep(s))
        continue;
      const key = this.eval(e.key, s);
      const name = this.keyString(key);
      const value2 = this.eval(e.value, s);
      const g = groups.get(name);
      if (g && e.group)
        g.values.push(value2);
      else
        groups.set(name, { keyLoc: key.loc ?? e.key.r, values: [value2] });
    }
    const entries = [...groups].map(([key, g]) => ({ key, keyLoc: g.keyLoc, value: e.group ? list(g.values, e.value.r) : g.values.at(-1) ?? nul() }));
    return obj(entries, e.r);
  }
  conditional(e, scope) {
    const pred = this.eval(e.pred, scope);
    const options = pred.k === "alt" ? pred.options : [pred];
    const results = [];
    let cause = pred.k === "alt" ? pred.cause : void 0;
    for (const p of options) {
      const b = this.truth(p);
      if (b === true)
        results.push(this.eval(e.then, scope));
      else if (b === false)
        results.push(this.eval(e.else, scope));
      else {
        cause ??= firstUnknown(p);
        appendAll(results, this.bothBranches(e, scope));
      }
    }
    if (results.length === 0)
      throw new EvalError("no branch of the conditional could be evaluated");
    const site = `${e.r.file}:${e.r.start}`;
    return this.alternatives(results, cause ?? 0, site, e.r);
  }
  /** Both branches of a conditional whose predicate is unknown (a branch that fails is left out). */
  bothBranches(e, scope) {
    const out = [];
    for (const branch of [e.then, e.else]) {
      try {
        out.push(this.eval(branch, scope));
      } catch (err) {
        if (!(err instanceof EvalError))
          throw err;
      }
    }
    return out;
  }
  /** A boolean, or undefined when unknown. */
  truth(v) {
    if (v.k === "bool")
      return v.b;
    if (v.k === "str" && (v.s === "true" || v.s === "false"))
      return v.s === "true";
    if (v.k === "unk" || v.k === "str" && firstUnknown(v) !== void 0)
      return void 0;
    throw new EvalError(`a condition must be a bool, not ${typeName(v)}`);
  }
  unary(op, v, r) {
    if (v.k === "unk")
      return unk(v.id, r);
    if (op === "-")
      return num(-this.number(v), r);
    const b = this.truth(v);
    return b === void 0 ? unk(firstUnknown(v) ?? 0, r) : bool(!b, r);
  }
  number(v) {
    if (v.k === "num")
      return v.n;
    if (v.k === "str" && v.s.trim() !== "" && !Number.isNaN(Number(v.s)))
      return Number(v.s);
    throw new EvalError(`a number is required, not ${typeName(v)}`);
  }
  binary(e, scope) {
    const left = this.eval(e.left, scope);
    const right = this.eval(e.right, scope);
    return this.lift([left, right], ([l, rv]) => this.binaryOp(e.op, l, rv, e.r), e.r);
  }
  assumedSet(v) {
    return v.k === "unk" && this.host.unknowns.get(v.id)?.assumedSet === true;
  }
  binaryOp(op, l, r, at) {
    if (op === "&&" || op === "||") {
      const a2 = this.truth(l);
      const b2 = this.truth(r);
      if (op === "&&" && (a2 === false || b2 === false))
        return bool(false, at);
      if (op === "||" && (a2 === true || b2 === true))
        return bool(true, at);
      if (a2 === void 0 || b2 === void 0)
        return unk(firstUnknown(a2 === void 0 ? l : r) ?? 0, at);
      return bool(op === "&&" ? a2 && b2 : a2 || b2, at);
    }
    const u = firstUnknown(l) ?? firstUnknown(r);
    if (op === "==" || op === "!=") {
      if (l.k === "null" && this.assumedSet(r) || r.k === "null" && this.assumedSet(l))
        return bool(op === "!=", at);
      if (u !== void 0)
        return unk(u, at);
      const eq = valueEquals(this.comparable(l), this.comparable(r));
      return bool(op === "==" ? eq : !eq, at);
    }
    if (u !== void 0)
      return unk(u, at);
    const a = this.number(l);
    const b = this.number(r);
    switch (op) {
      case "+":
        return num(a + b, at);
      case "-":
        return num(a - b, at);
      case "*":
        return num(a * b, at);
      case "/":
        return num(a / b, at);
      case "%":
        return num(a % b, at);
      case ">":
        return bool(a > b, at);
      case ">=":
        return bool(a >= b, at);
      case "<":
        return bool(a < b, at);
      case "<=":
        return bool(a <= b, at);
      default:
        throw new EvalError(`unknown operator ${op}`);
    }
  }
  /** Terraform compares a tuple with a list and a number with its string form only after conversion; keep it simple. */
  comparable(v) {
    return v.k === "list" && v.set ? { ...v, set: false } : v;
  }
  // ---- templates (templates.ts) ----
  template(parts, r, scope) {
    return evalTemplate(this, parts, r, scope);
  }
  /** Appends a value's string form (Terraform's conversion) to a template being built. */
  appendTo(b, v, r) {
    appendString(this, b, v, r);
  }
  /** Terraform's string conversion of a primitive (`tostring`, interpolation, policy-document arguments). */
  toStr(v, r) {
    if (v.k === "str" || v.k === "unk" || v.k === "alt")
      return v;
    if (v.k === "num" || v.k === "bool") {
      const b = new StrBuilder(this.host.budget, r);
      this.appendTo(b, v, r);
      return b.build(v.loc ?? r);
    }
    throw new EvalError(`a string is required, not ${typeName(v)}`);
  }
};

// packages/core/dist/sources/terraform/references.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/policy-document.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/choices.js
init_define_TRUSTLINT_PACKAGE();
var Chooser = class {
  fixed;
  /** Sites met in this run, in order, with their number of branches and a description. */
  seen = /* @__PURE__ */ new Map();
  constructor(fixed = /* @__PURE__ */ new Map()) {
    this.fixed = fixed;
  }
  pick(alt, describe3) {
    if (!this.seen.has(alt.site))
      this.seen.set(alt.site, { count: alt.options.length, label: describe3() });
    return Math.min(this.fixed.get(alt.site) ?? 0, alt.options.length - 1);
  }
};
function enumerateChoices(cap, render2) {
  const first = new Chooser();
  const value2 = render2(first);
  const sites = [...first.seen];
  if (sites.length === 0)
    return { renderings: [{ value: value2 }], truncated: false };
  let combos = [[]];
  let truncated = false;
  for (const [, s] of sites) {
    const next = [];
    for (const c of combos)
      for (let i = 0; i < s.count; i++)
        next.push([...c, i]);
    truncated ||= next.length > cap;
    combos = next.slice(0, cap);
  }
  const label = (combo) => sites.map(([, s], i) => `branch ${(combo[i] ?? 0) + 1} of ${s.count} of ${s.label}`).join("; ");
  const renderings = combos.map((combo, n) => {
    if (n === 0)
      return { value: value2, label: label(combo) };
    const fixed = new Map(sites.map(([site], i) => [site, combo[i] ?? 0]));
    return { value: render2(new Chooser(fixed)), label: label(combo) };
  });
  return { renderings, truncated };
}
function describeSite(m, r) {
  const text3 = r ? redactSecrets(m.text(r)).replace(/\s+/g, " ").trim() : "";
  return `"${text3.length > 60 ? `${text3.slice(0, 57)}...` : text3}"`;
}

// packages/core/dist/sources/terraform/policy-document.js
var MERGED = "current AWS provider: values of repeated condition blocks merged";
var LAST = "older AWS provider: the last of repeated condition blocks kept";
var DOCUMENT_SCHEMA = {
  attributes: ["version", "policy_id", "source_json", "override_json", "source_policy_documents", "override_policy_documents", "count", "for_each", "provider", "depends_on"],
  blocks: ["statement", "lifecycle"],
  required: []
};
var STATEMENT_SCHEMA = { attributes: ["sid", "effect", "actions", "not_actions", "resources", "not_resources"], blocks: ["principals", "not_principals", "condition"], required: [] };
var PRINCIPALS_SCHEMA = { attributes: ["type", "identifiers"], blocks: [], required: ["type", "identifiers"] };
var CONDITION_SCHEMA = { attributes: ["test", "variable", "values"], blocks: [], required: ["test", "variable", "values"] };
var DocRenderer = class {
  m;
  ch;
  /** Addresses of the policy documents that went in (this one and its source/override documents). */
  documents = /* @__PURE__ */ new Set();
  constructor(m, ch) {
    this.m = m;
    this.ch = ch;
  }
  attrs(body, scope, names) {
    const out = /* @__PURE__ */ new Map();
    for (const name of names) {
      const a = attr(body, name);
      if (a)
        out.set(name, { nameR: a.nameR, r: a.expr.r, value: this.m.evaluate(a.expr, scope) });
    }
    return out;
  }
  /** A value where one is needed: a branch is chosen for conditionals on unknowns. */
  one(v) {
    let cur = v;
    while (cur.k === "alt") {
      const alt = cur;
      const next = alt.options[this.ch.pick(alt, () => describeSite(this.m, alt.loc))];
      if (!next)
        break;
      cur = next;
    }
    return cur;
  }
  /** Static blocks of `type` and the expansions of `dynamic "type"`, in source order. */
  expand(body, type, scope) {
    const out = [];
    for (const b of body.blocks) {
      if (b.type === type)
        out.push({ body: b.body, scope, r: b.r, header: b.headerR });
      else if (b.type === "dynamic" && b.labels[0] === type)
        appendAll(out, this.dynamic(b, type, scope));
    }
    return out;
  }
  dynamic(b, type, scope) {
    const content = b.body.blocks.find((x) => x.type === "content");
    const forEach = attr(b.body, "for_each");
    if (!content || !forEach)
      return [];
    const iterator = attr(b.body, "iterator");
    const name = iterator?.expr.t === "name" ? iterator.expr.name : type;
    const bind = (k, v) => ({
      body: content.body,
      scope: scope.child({ [name]: obj([{ key: "key", value: k }, { key: "value", value: v }]) }),
      r: content.r,
      header: b.headerR
    });
    const coll = this.m.evaluate(forEach.expr, scope);
    const options = coll.k === "alt" ? coll.options : [coll];
    const out = [];
    const seen = [];
    for (const option of options) {
      if (option.k === "unk") {
        out.push(bind(option, option));
        continue;
      }
      try {
        const pairs = this.m.ev.iterate(option);
        this.m.budget.expand(pairs.length, siteOf(forEach.expr.r));
        for (const [k, v] of pairs) {
          if (seen.some((s) => valueEquals(s, v)))
            continue;
          seen.push(v);
          out.push(bind(k, v));
        }
      } catch (err) {
        if (!(err instanceof EvalError))
          throw err;
        const u = this.m.ev.unknown(forEach.expr.r, `evaluation error: ${err.message}`);
        out.push(bind(u, u));
      }
    }
    return out;
  }
  /**
   * What Terraform itself rejects in an aws_iam_policy_document block (an argument or block the
   * schema does not have, a required argument missing or null): `terraform plan` fails, so the
   * roles built from it are never deployed as written. Each is an input-error at the argument.
   */
  checkSchema(e, what, schema, scope, address) {
    for (const a of e.body.attributes) {
      if (schema.attributes.includes(a.name))
        continue;
      const hint = schema.attributes.find((n) => n === `${a.name}s` || `${n}s` === a.name);
      this.m.addProblem(a.nameR, `Terraform rejects ${address}: "${a.name}" is not an argument of ${what}${hint ? ` (did you mean "${hint}"?)` : ""}; terraform plan fails, so the roles that use it are not deployed as written`, address);
    }
    for (const b of e.body.blocks) {
      if (schema.blocks.includes(b.type) || b.type === "dynamic" && b.labels[0] !== void 0 && schema.blocks.includes(b.labels[0]))
        continue;
      const name = b.type === "dynamic" ? b.labels[0] ?? "dynamic" : b.type;
      const hint = schema.blocks.find((n) => n === `${name}s` || `${n}s` === name);
      this.m.addProblem(b.headerR, `Terraform rejects ${address}: a block "${name}" is not expected in ${what}${hint ? ` (did you mean "${hint}"?)` : ""}; terraform plan fails, so the roles that use it are not deployed as written`, address);
    }
    for (const name of schema.required) {
      const a = attr(e.body, name);
      if (!a) {
        this.m.addProblem(e.header, `Terraform rejects ${address}: the argument "${name}" of ${what} is required, but it is not set; terraform plan fails, so the roles that use it are not deployed as written`, address);
        continue;
      }
      const v = this.m.evaluate(a.expr, scope);
      if (v.k === "null") {
        this.m.addProblem(a.expr.r, `Terraform rejects ${address}: the argument "${name}" of ${what} is null, and it is required; terraform plan fails, so the roles that use it are not deployed as written`, address);
      }
    }
  }
  model(inst) {
    const { block } = inst.decl;
    this.checkSchema({ body: block.body, header: block.headerR }, 'data "aws_iam_policy_document"', DOCUMENT_SCHEMA, inst.scope, inst.address);
    for (const st of this.expand(block.body, "statement", inst.scope)) {
      this.checkSchema(st, "a statement block", STATEMENT_SCHEMA, st.scope, inst.address);
      for (const type of ["principals", "not_principals"]) {
        for (const p of this.expand(st.body, type, st.scope))
          this.checkSchema(p, `a ${type} block`, PRINCIPALS_SCHEMA, p.scope, inst.address);
      }
      for (const c of this.expand(st.body, "condition", st.scope))
        this.checkSchema(c, "a condition block", CONDITION_SCHEMA, c.scope, inst.address);
    }
    const statements2 = this.expand(block.body, "statement", inst.scope).map((s) => this.statement(s));
    const attrs = this.attrs(block.body, inst.scope, ["version", "policy_id", "source_policy_documents", "override_policy_documents", "source_json", "override_json"]);
    return { r: block.r, header: block.headerR, attrs, statements: statements2 };
  }
  statement(s) {
    const attrs = this.attrs(s.body, s.scope, ["sid", "effect", "actions", "not_actions", "resources", "not_resources"]);
    const principal = (e) => {
      const a = this.attrs(e.body, e.scope, ["type", "identifiers"]);
      const type = a.get("type");
      const identifiers = a.get("identifiers");
      return { r: e.r, header: e.header, ...type ? { type } : {}, ...identifiers ? { identifiers } : {} };
    };
    const conditions = this.expand(s.body, "condition", s.scope).map((e) => {
      const a = this.attrs(e.body, e.scope, ["test", "variable", "values"]);
      const test = a.get("test");
      const variable2 = a.get("variable");
      const values = a.get("values");
      return { r: e.r, header: e.header, ...test ? { test } : {}, ...variable2 ? { variable: variable2 } : {}, ...values ? { values } : {} };
    });
    return {
      r: s.r,
      header: s.header,
      attrs,
      principals: this.expand(s.body, "principals", s.scope).map(principal),
      notPrincipals: this.expand(s.body, "not_principals", s.scope).map(principal),
      conditions
    };
  }
  // ---- rendering ----
  /** A string argument as the provider sees it (numbers and bools converted). */
  scalar(v, at) {
    const x = this.one(v);
    if (x.k === "null")
      return str("", at);
    if (x.k === "num" || x.k === "bool")
      return this.m.ev.toStr(x, at);
    return x;
  }
  /** The strings of a list argument; branches on unknowns contribute all their elements. */
  strings(v, at) {
    switch (v.k) {
      case "list":
        return v.items.flatMap((i) => this.strings(i, i.loc ?? at));
      case "alt":
        return v.options.flatMap((o) => this.strings(o, at));
      case "null":
        return [];
      case "unk":
        return [v];
      default:
        return [this.m.ev.toStr(v, at)];
    }
  }
  /** `&{aws:username}` is the provider's escape for the IAM policy variable `${aws:username}`. */
  policyVariables(items, legacy) {
    if (legacy)
      return items;
    return items.map((i) => i.k === "str" && i.s.includes("&{") ? { ...i, s: i.s.replaceAll("&{", "${") } : i);
  }
  /** One string stays a string; several are sorted in reverse order (the provider's rendering). */
  rendered(items, at, set) {
    const distinct = set ? items.filter((x, i) => items.findIndex((y) => valueEquals(x, y)) === i) : items;
    const sorted = distinct.length > 1 ? [...distinct].sort((a, b) => sortKey(b) < sortKey(a) ? -1 : sortKey(b) > sortKey(a) ? 1 : 0) : distinct;
    const only = sorted[0];
    if (sorted.length === 1 && only)
      return only.loc ? only : { ...only, loc: at };
    return list(sorted, at);
  }
  render(doc, mode) {
    const version = doc.attrs.get("version");
    const versionValue = version ? this.scalar(version.value, version.r) : str("2012-10-17", doc.header);
    const legacy = versionValue.k === "str" && versionValue.s === "2008-10-17";
    const statements2 = [];
    for (const name of ["source_json", "source_policy_documents"])
      this.mergeDocuments(statements2, doc.attrs.get(name), mode);
    mergeStatements(statements2, doc.statements.map((s) => this.statementValue(s, mode, legacy)));
    for (const name of ["override_json", "override_policy_documents"])
      this.mergeDocuments(statements2, doc.attrs.get(name), mode);
    const entries = [{ key: "Version", keyLoc: version?.nameR ?? doc.header, value: versionValue }];
    const id = doc.attrs.get("policy_id");
    if (id)
      entries.push({ key: "Id", keyLoc: id.nameR, value: this.scalar(id.value, id.r) });
    entries.push({ key: "Statement", keyLoc: doc.header, value: list(statements2, doc.r) });
    return orderedObj(entries, doc.r);
  }
  mergeDocuments(into, a, mode) {
    if (!a)
      return;
    const docs = a.value.k === "list" ? a.value.items : [a.value];
    for (const d of docs) {
      const doc = this.one(d);
      if (doc.k === "null")
        continue;
      if (doc.k !== "str" || firstUnknown(doc) !== void 0 && !doc.json) {
        this.m.addNote(a.r, `a policy document in ${this.m.text(a.nameR)} could not be resolved statically: its statements are not part of the analysed policy`);
        continue;
      }
      const parsed = this.documentValue(doc, mode);
      if (!parsed)
        continue;
      const st = parsed.k === "obj" ? getEntry(parsed, "Statement")?.value : void 0;
      mergeStatements(into, st?.k === "list" ? st.items : st ? [st] : []);
    }
  }
  /** A JSON policy string: the rendering for this mode when it came from another policy document. */
  documentValue(doc, mode) {
    if (doc.json) {
      for (const d of doc.json.documents)
        this.documents.add(d);
      const label = mode === "merged" ? MERGED : LAST;
      const v = doc.json.variants.find((x) => x.label?.includes(label)) ?? doc.json.variants[0];
      return v?.value;
    }
    try {
      return decodeJson(doc, this.m.budget);
    } catch (err) {
      if (!(err instanceof EvalError))
        throw err;
      this.m.addNote(doc.loc ?? { file: "", start: 0, end: 0 }, `a source or override policy document is not valid JSON: ${err.message}`);
      return void 0;
    }
  }
  statementValue(s, mode, legacy) {
    const entries = [];
    const sid = s.attrs.get("sid");
    entries.push({ key: "Sid", keyLoc: sid?.nameR ?? s.header, value: sid ? this.scalar(sid.value, sid.r) : str("", s.header) });
    const effect = s.attrs.get("effect");
    entries.push({ key: "Effect", keyLoc: effect?.nameR ?? s.header, value: effect ? this.scalar(effect.value, effect.r) : str("Allow", s.header) });
    for (const [name, key] of [
      ["actions", "Action"],
      ["not_actions", "NotAction"],
      ["resources", "Resource"],
      ["not_resources", "NotResource"]
    ]) {
      const a = s.attrs.get(name);
      if (!a)
        continue;
      const items = this.policyVariables(this.strings(a.value, a.r), legacy);
      if (items.length)
        entries.push({ key, keyLoc: a.nameR, value: this.rendered(items, a.r, true) });
    }
    const [p] = s.principals;
    if (p)
      entries.push({ key: "Principal", keyLoc: p.header, value: this.principals(s.principals, legacy) });
    const [np] = s.notPrincipals;
    if (np)
      entries.push({ key: "NotPrincipal", keyLoc: np.header, value: this.principals(s.notPrincipals, legacy) });
    const [c] = s.conditions;
    if (c)
      entries.push({ key: "Condition", keyLoc: c.header, value: this.conditions(s.conditions, mode, legacy) });
    return orderedObj(entries, s.r);
  }
  principals(ps, legacy) {
    const groups = /* @__PURE__ */ new Map();
    for (const p of ps) {
      const type = p.type ? this.scalar(p.type.value, p.type.r) : str("", p.header);
      const key = keyText(type);
      const ids = p.identifiers ? this.policyVariables(this.strings(p.identifiers.value, p.identifiers.r), legacy) : [];
      const sorted = this.rendered(ids, p.identifiers?.r ?? p.r, true);
      const g = groups.get(key) ?? { keyLoc: p.type?.r ?? p.header, items: [], listLoc: p.identifiers?.r ?? p.r, blocks: 0 };
      appendAll(g.items, sorted.k === "list" ? sorted.items : [sorted]);
      g.blocks++;
      groups.set(key, g);
    }
    const [first] = ps;
    const star = groups.get("*");
    const only = star?.items[0];
    if (groups.size === 1 && star?.blocks === 1 && star.items.length === 1 && only?.k === "str" && only.s === "*")
      return only;
    const entries = [...groups].map(([key, g]) => ({
      key,
      keyLoc: g.keyLoc,
      value: g.blocks === 1 && g.items.length === 1 && g.items[0] ? g.items[0] : list(g.items, g.listLoc)
    }));
    return obj(entries, first?.r);
  }
  conditions(cs, mode, legacy) {
    const tests = /* @__PURE__ */ new Map();
    for (const c of cs) {
      const test = keyText(c.test ? this.scalar(c.test.value, c.test.r) : str("", c.header));
      const variable2 = keyText(c.variable ? this.scalar(c.variable.value, c.variable.r) : str("", c.header));
      const at = c.values?.r ?? c.r;
      const items = c.values ? this.policyVariables(this.strings(c.values.value, at), legacy) : [];
      const value2 = this.rendered(items, at, false);
      const t = tests.get(test) ?? { keyLoc: c.test?.r ?? c.header, r: c.r, vars: /* @__PURE__ */ new Map() };
      const v = t.vars.get(variable2) ?? { keyLoc: c.variable?.r ?? c.header, blocks: [] };
      v.blocks.push({ value: value2, items: value2.k === "list" ? value2.items : [value2], at });
      t.vars.set(variable2, v);
      tests.set(test, t);
    }
    const entries = [];
    for (const [test, t] of tests) {
      const inner = [];
      for (const [variable2, v] of t.vars)
        inner.push({ key: variable2, keyLoc: v.keyLoc, value: combine(v.blocks, mode) });
      entries.push({ key: test, keyLoc: t.keyLoc, value: obj(inner, t.r) });
    }
    return obj(entries, cs[0]?.r);
  }
};
function combine(blocks, mode) {
  const [first, ...rest] = blocks;
  if (!first)
    return list([]);
  if (rest.length === 0)
    return first.value;
  if (mode === "merged")
    return list(blocks.flatMap((b) => b.items), first.at);
  let cur = first.value;
  for (const b of rest)
    cur = cur.k === "list" && b.value.k === "list" ? list([...cur.items, ...b.items], first.at) : b.value;
  return cur;
}
function keyText(v) {
  if (v.k === "str")
    return v.s;
  return evalMarker(firstUnknown(v) ?? 0);
}
function sortKey(v) {
  return v.k === "str" ? v.s : v.k === "unk" ? evalMarker(v.id) : "";
}
function mergeStatements(into, add) {
  for (const s of add) {
    const sid = s.k === "obj" ? getEntry(s, "Sid")?.value : void 0;
    const key = sid?.k === "str" ? sid.s : "";
    const at = key ? into.findIndex((x) => x.k === "obj" && getEntry(x, "Sid")?.value?.s === key) : -1;
    if (at >= 0)
      into[at] = s;
    else
      into.push(s);
  }
}
function renderPolicyDocument(m, inst) {
  const cached = inst.cache.get("json");
  if (cached)
    return cached;
  inst.cache.set("json", m.ev.unknown(inst.decl.block.headerR, "the policy document refers to itself"));
  const documents = /* @__PURE__ */ new Set([inst.address]);
  const { renderings, truncated } = enumerateChoices(m.budget.limits.variants, (ch) => {
    const r = new DocRenderer(m, ch);
    const model = r.model(inst);
    const merged = r.render(model, "merged");
    const last = r.render(model, "last");
    for (const d of r.documents)
      documents.add(d);
    return { merged, last };
  });
  const variants = [];
  const add = (value2, ...labels) => {
    if (variants.some((v) => valueEquals(v.value, value2)))
      return;
    const label = labels.filter((l) => !!l).join("; ");
    variants.push({ value: value2, ...label ? { label } : {} });
  };
  const single = renderings.length === 1;
  for (const rd of renderings) {
    const branch = single ? void 0 : rd.label;
    if (valueEquals(rd.value.merged, rd.value.last))
      add(rd.value.merged, branch);
    else {
      add(rd.value.merged, branch, MERGED);
      add(rd.value.last, branch, LAST);
    }
  }
  const first = variants[0]?.value ?? list([]);
  const text3 = encodeJson(first, inst.decl.block.r, m.budget);
  const out = { ...text3, loc: inst.decl.block.r, json: { variants, documents: [...documents], ...truncated ? { truncated } : {} } };
  inst.cache.set("json", out);
  return out;
}

// packages/core/dist/sources/terraform/references.js
var NamespaceRef = class _NamespaceRef {
  m;
  ns;
  type;
  constructor(m, ns, type) {
    this.m = m;
    this.ns = ns;
    this.type = type;
  }
  get describe() {
    return this.type ? `${this.ns === "data-type" ? "data." : ""}${this.type}` : this.ns;
  }
  getAttr(name, r) {
    const m = this.m;
    switch (this.ns) {
      case "var":
        return m.varValue(name, r);
      case "local":
        return m.localValue(name, r);
      case "data":
        return { k: "ref", ref: new _NamespaceRef(m, "data-type", name) };
      case "module":
        return m.moduleCalls.has(name) ? { k: "ref", ref: new ModuleCallRef(m, name) } : m.ev.unknown(r, `module ${name} is not called in this module`);
      case "path":
        return str(".", r);
      case "terraform":
        return name === "workspace" ? str("default", r) : m.ev.unknown(r, `terraform.${name}`);
      case "resource-type":
      case "data-type": {
        const data = this.ns === "data-type";
        const decl = m.resources.get(`${data ? "data." : ""}${this.type ?? ""}.${name}`);
        if (decl)
          return { k: "ref", ref: new ResourceRef(m, decl) };
        if (data)
          return m.ev.unknown(r, this.type === "terraform_remote_state" ? "remote state" : "data source");
        return m.ev.unknown(r, `${this.type ?? ""}.${name} is not declared in this module`);
      }
    }
  }
  index() {
    throw new EvalError(`${this.describe} cannot be indexed`);
  }
  elements() {
    throw new EvalError(`${this.describe} is not a collection`);
  }
};
var ModuleCallRef = class {
  m;
  name;
  constructor(m, name) {
    this.m = m;
    this.name = name;
  }
  get describe() {
    return `module.${this.name}`;
  }
  repeated() {
    const b = this.m.moduleCalls.get(this.name);
    return b?.body.attributes.some((a) => a.name === "for_each" || a.name === "count") ?? false;
  }
  getAttr(name, r) {
    const insts = this.m.callInstances(this.name);
    const only = insts[0];
    if (this.repeated() && only?.key !== void 0)
      throw new EvalError(`module.${this.name} has several instances: index it`);
    return callOutput(this.m, this.name, only, name, r);
  }
  index(key, r) {
    const insts = this.m.callInstances(this.name);
    const open = insts.find((i) => i.key === void 0);
    const u = firstUnknown(key);
    if (u !== void 0)
      return open ? { k: "ref", ref: new ModuleInstanceRef(this.m, this.name, open) } : unk(u, r);
    const k = key.k === "num" ? String(key.n) : this.m.ev.keyString(key);
    const found = insts.find((i) => i.key === k) ?? open;
    if (!found)
      throw new EvalError(`module.${this.name} has no instance "${k}"`);
    return { k: "ref", ref: new ModuleInstanceRef(this.m, this.name, found) };
  }
  elements() {
    return this.m.callInstances(this.name).map((i) => ({ k: "ref", ref: new ModuleInstanceRef(this.m, this.name, i) }));
  }
};
var ModuleInstanceRef = class {
  m;
  name;
  inst;
  constructor(m, name, inst) {
    this.m = m;
    this.name = name;
    this.inst = inst;
  }
  get describe() {
    return this.inst.address;
  }
  getAttr(name, r) {
    return callOutput(this.m, this.name, this.inst, name, r);
  }
  index() {
    throw new EvalError(`${this.inst.address} cannot be indexed`);
  }
  elements() {
    return [{ k: "ref", ref: this }];
  }
};
function callOutput(m, name, inst, output, r) {
  if (inst?.module)
    return inst.module.outputValue(output, r);
  const why = m.sources.loader?.unfollowed(m, name) ?? `module ${name} is not followed`;
  const v = m.ev.unknown(r, `output of module ${name} (${output}): ${why}`);
  const info = v.k === "unk" ? m.unknowns.get(v.id) : void 0;
  const call = m.moduleCalls.get(name);
  if (info && call)
    info.call = call.headerR;
  return v;
}
var ResourceRef = class {
  m;
  decl;
  constructor(m, decl) {
    this.m = m;
    this.decl = decl;
  }
  get describe() {
    return this.decl.address;
  }
  hasForEach() {
    return this.decl.block.body.attributes.some((a) => a.name === "for_each");
  }
  getAttr(name, r) {
    const insts = this.m.instances(this.decl);
    const only = insts[0];
    if (!only || this.hasForEach() && only.key !== void 0)
      throw new EvalError(`${this.decl.address} has several instances: index it`);
    return instanceAttr(this.m, only, name, r);
  }
  index(key, r) {
    const insts = this.m.instances(this.decl);
    if (!this.hasForEach()) {
      const n = key.k === "num" ? String(key.n) : key.k === "str" ? key.s : void 0;
      const found2 = insts.find((i) => i.key !== void 0 && i.key === n) ?? insts[0];
      if (!found2)
        throw new EvalError(`${this.decl.address} has no instance`);
      return this.m.instanceValue(found2);
    }
    const open = insts.find((i) => i.key === void 0);
    const u = firstUnknown(key);
    if (u !== void 0)
      return open ? this.m.instanceValue(open) : unk(u, r);
    const k = this.m.ev.keyString(key);
    const found = insts.find((i) => i.key === k) ?? open;
    if (!found)
      throw new EvalError(`${this.decl.address} has no instance "${k}"`);
    return this.m.instanceValue(found);
  }
  elements() {
    return this.m.instances(this.decl).map((i) => this.m.instanceValue(i));
  }
};
var InstanceRef = class {
  m;
  inst;
  constructor(m, inst) {
    this.m = m;
    this.inst = inst;
  }
  get describe() {
    return this.inst.address;
  }
  getAttr(name, r) {
    return instanceAttr(this.m, this.inst, name, r);
  }
  index() {
    throw new EvalError(`${this.inst.address} cannot be indexed`);
  }
  elements() {
    return [this.m.instanceValue(this.inst)];
  }
};
function instanceAttr(m, inst, name, r) {
  const { mode, type } = inst.decl;
  const data = mode === "data";
  if (type === "aws_iam_openid_connect_provider" && (name === "arn" || name === "id")) {
    const configured = data ? m.argument(inst, "arn") : void 0;
    return configured ?? providerArn2(m, inst, r);
  }
  if (type === "aws_iam_openid_connect_provider" && name === "url") {
    const url = m.argument(inst, "url");
    return url?.k === "str" && url.s.startsWith("https://") ? sliceStr(url, 8, url.s.length, r) : url ?? m.ev.unknown(r, data ? "data source" : "the provider URL is not set");
  }
  if (data && type === "aws_iam_policy_document" && (name === "json" || name === "minified_json")) {
    return renderPolicyDocument(m, inst);
  }
  if (data && type === "template_file" && name === "rendered")
    return renderTemplateFile(m, inst, r);
  if (!data && (type === "aws_iam_role" || type === "aws_iam_user")) {
    if (name === "arn")
      return namedArn(m, inst, type === "aws_iam_role" ? "role" : "user", r);
    if (name === "id")
      return m.argument(inst, "name") ?? m.ev.unknown(r, "generated name, known only after apply");
  }
  const arg = m.argument(inst, name);
  if (arg)
    return arg;
  if (data)
    return m.ev.unknown(r, type === "terraform_remote_state" ? "remote state" : "data source");
  return m.ev.unknown(r, "resource attribute known only after apply");
}
function providerArn2(m, inst, r) {
  const url = m.argument(inst, "url");
  const b = new StrBuilder(m.budget, r);
  const account = m.unknowns.add(m.text(r), "the account id in the provider ARN is known only after apply", r);
  b.text("arn:aws:iam::", r);
  b.text(evalMarker(account), r);
  b.text(":oidc-provider/", r);
  if (url?.k === "str")
    b.value(sliceStr(url, url.s.startsWith("https://") ? 8 : 0, url.s.length, r));
  else if (url?.k === "unk")
    b.text(evalMarker(url.id), r);
  else
    b.text(evalMarker(m.unknowns.add(m.text(r), "the provider URL could not be resolved", r)), r);
  return b.build(r);
}
function namedArn(m, inst, kind, r) {
  const name = m.argument(inst, "name");
  const path = m.argument(inst, "path");
  const b = new StrBuilder(m.budget, r);
  b.text("arn:aws:iam::", r);
  b.text(evalMarker(m.unknowns.add(m.text(r), "the account id in the ARN is known only after apply", r)), r);
  b.text(`:${kind}`, r);
  if (path?.k === "str")
    b.value(path);
  else
    b.text("/", r);
  if (name?.k === "str")
    b.value(name);
  else
    b.text(evalMarker(name?.k === "unk" ? name.id : m.unknowns.add(m.text(r), "the name is generated at apply time", r)), r);
  return b.build(r);
}
function renderTemplateFile(m, inst, r) {
  const cached = inst.cache.get("rendered");
  if (cached)
    return cached;
  const template = m.argument(inst, "template");
  const vars = m.argument(inst, "vars");
  let v;
  if (template?.k !== "str")
    v = template?.k === "unk" ? unk(template.id, r) : m.ev.unknown(r, "template of template_file could not be resolved");
  else {
    const parts = m.parseTemplate(template);
    const bindings = {};
    if (vars?.k === "obj")
      for (const e of vars.entries)
        bindings[e.key] = e.value;
    v = parts ? m.evaluateTemplate(parts, template.loc ?? r, Scope.empty.child(bindings)) : m.ev.unknown(r, "template does not parse");
  }
  inst.cache.set("rendered", v);
  return v;
}

// packages/core/dist/sources/terraform/module.js
var COMPLEX_TYPE = /^\s*(list|set|map|object|tuple)\s*\(/;
function forEachPairs(coll) {
  switch (coll.k) {
    case "obj":
      return coll.entries.map((e) => [e.key, e.value]);
    case "list":
      return coll.items.flatMap((i) => i.k === "str" ? [[i.s, i]] : []);
    case "alt": {
      const all = coll.options.map(forEachPairs);
      if (all.some((p) => p === void 0))
        return void 0;
      const byKey = /* @__PURE__ */ new Map();
      for (const p of all)
        for (const [k, v] of p ?? [])
          if (!byKey.has(k))
            byKey.set(k, v);
      return [...byKey];
    }
    default:
      return void 0;
  }
}
function normalizePath(p) {
  return posix2.normalize(p.replace(/\\/g, "/")).replace(/^\.\//, "");
}
var TerraformModule = class {
  sources;
  unknowns;
  ev;
  /** Terraform's address prefix of this module instance ('' for the root module). */
  prefix;
  outputs = /* @__PURE__ */ new Map();
  variables = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Map();
  resources = /* @__PURE__ */ new Map();
  moduleCalls = /* @__PURE__ */ new Map();
  /** Problems met while evaluating that are no syntax errors (an unresolvable source policy, …). */
  notes = [];
  /** What Terraform itself would reject (input-error): an argument a block does not have, a required one null. */
  problems = [];
  starts = /* @__PURE__ */ new Map();
  byPath = /* @__PURE__ */ new Map();
  localCache = /* @__PURE__ */ new Map();
  localBusy = /* @__PURE__ */ new Set();
  varCache = /* @__PURE__ */ new Map();
  varBusy = /* @__PURE__ */ new Set();
  instanceCache = /* @__PURE__ */ new Map();
  /** Parsed template files by where their text starts: templatefile() in a loop parses each once. */
  templateCache = /* @__PURE__ */ new Map();
  outputCache = /* @__PURE__ */ new Map();
  outputBusy = /* @__PURE__ */ new Set();
  callCache = /* @__PURE__ */ new Map();
  allTexts;
  constructor(sources) {
    this.sources = sources;
    this.unknowns = sources.call?.unknowns ?? new Unknowns();
    this.prefix = sources.call?.prefix ?? "";
    this.allTexts = sources.call?.allTexts ?? sources.allTexts ?? sources.texts;
    this.ev = new Evaluator(this);
    for (const file of sources.texts.keys())
      this.byPath.set(normalizePath(file), file);
    for (const body of sources.bodies)
      this.declare(body);
  }
  declare(body) {
    for (const b of body.blocks) {
      const [a, c] = b.labels;
      if (b.type === "variable" && a !== void 0)
        this.variables.set(a, b);
      else if (b.type === "locals")
        for (const at of b.body.attributes)
          this.locals.set(at.name, at);
      else if (b.type === "module" && a !== void 0)
        this.moduleCalls.set(a, b);
      else if (b.type === "output" && a !== void 0)
        this.outputs.set(a, b);
      else if ((b.type === "resource" || b.type === "data") && a !== void 0 && c !== void 0) {
        const mode = b.type === "data" ? "data" : "managed";
        const address = `${mode === "data" ? "data." : ""}${a}.${c}`;
        this.resources.set(address, { mode, type: a, name: c, block: b, address: `${this.prefix}${address}` });
      }
    }
  }
  // ---- EvalHost ----
  text(r) {
    return this.allTexts.get(r.file)?.slice(r.start, r.end) ?? "";
  }
  /** The whole text of a file of the module tree ('' when unknown). */
  fullText(file) {
    return this.allTexts.get(file) ?? "";
  }
  get budget() {
    return this.sources.budget;
  }
  step(r) {
    this.sources.budget.step(siteOf(r));
  }
  produced(v, r) {
    this.sources.budget.grow(valueSize2(v), siteOf(r));
    return v;
  }
  root(name, r) {
    switch (name) {
      case "var":
      case "local":
      case "data":
      case "module":
      case "path":
      case "terraform":
        return { k: "ref", ref: new NamespaceRef(this, name) };
      case "each":
      case "count":
      case "self":
        return this.ev.unknown(r, `${name} is not available here`);
      default:
        return { k: "ref", ref: new NamespaceRef(this, "resource-type", name) };
    }
  }
  readFile(path) {
    const wanted = [normalizePath(posix2.join(this.sources.dir.replace(/\\/g, "/"), path)), normalizePath(path)];
    for (const w of wanted) {
      const file = this.byPath.get(w);
      const text3 = file === void 0 ? void 0 : this.sources.texts.get(file);
      if (file !== void 0 && text3 !== void 0) {
        const content = text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3;
        const offset = text3.length - content.length;
        return str(content, { file, start: offset, end: text3.length }, true);
      }
    }
    return void 0;
  }
  parseTemplate(s) {
    const seg = s.segs[0];
    const exact = s.segs.length === 1 && seg?.exact && seg.loc && seg.start === 0 && seg.end === s.s.length ? seg.loc : void 0;
    const file = exact?.file ?? s.loc?.file ?? "";
    const start = exact?.start ?? s.loc?.start ?? 0;
    const key = exact ? `${file}:${start}` : void 0;
    if (key !== void 0 && this.templateCache.has(key))
      return this.templateCache.get(key);
    const parts = parseTemplateAt(file, s.s, start, this.sources.budget);
    if (key !== void 0)
      this.templateCache.set(key, parts);
    return parts;
  }
  // ---- locations ----
  span(r) {
    let starts = this.starts.get(r.file);
    if (!starts) {
      starts = lineStarts(this.allTexts.get(r.file) ?? "");
      this.starts.set(r.file, starts);
    }
    return { start: positionAt(starts, r.start), end: positionAt(starts, r.end) };
  }
  location(r) {
    return { file: r.file, span: this.span(r) };
  }
  // ---- evaluation helpers ----
  /** Evaluates an expression; a Terraform error makes the value unknown (with the error as reason). */
  evaluate(e, scope = Scope.empty) {
    try {
      return this.ev.eval(e, scope);
    } catch (err) {
      if (err instanceof EvalError)
        return this.ev.unknown(e.r, `evaluation error: ${err.message}`);
      throw err;
    }
  }
  evaluateTemplate(parts, r, scope) {
    try {
      return this.ev.template(parts, r, scope);
    } catch (err) {
      if (err instanceof EvalError)
        return this.ev.unknown(r, `evaluation error: ${err.message}`);
      throw err;
    }
  }
  addNote(r, message) {
    if (!this.notes.some((n) => n.message === message && n.r.start === r.start && n.r.file === r.file))
      this.notes.push({ r, message });
  }
  addProblem(r, message, resource) {
    if (!this.problems.some((n) => n.message === message && n.r.start === r.start && n.r.file === r.file))
      this.problems.push({ r, message, resource });
  }
  localValue(name, r) {
    const cached = this.localCache.get(name);
    if (cached)
      return cached;
    const a = this.locals.get(name);
    if (!a)
      return this.ev.unknown(r, `local.${name} is not defined in this module`);
    if (this.localBusy.has(name))
      return this.ev.unknown(r, `local.${name} refers to itself`);
    this.localBusy.add(name);
    try {
      const prov = { kind: "terraform-local", name, loc: a.expr.r };
      const v = withProv(this.evaluate(a.expr), prov, this.budget);
      this.localCache.set(name, v);
      return v;
    } finally {
      this.localBusy.delete(name);
    }
  }
  /** A variable's value by Terraform's precedence: --var, --var-file, auto tfvars (later wins), default. */
  varValue(name, r) {
    let v = this.varCache.get(name);
    if (v === void 0) {
      if (this.varBusy.has(name))
        return this.ev.unknown(r, `the value of variable ${name} refers to itself`);
      this.varBusy.add(name);
      try {
        v = this.resolveVar(name);
      } finally {
        this.varBusy.delete(name);
      }
      this.varCache.set(name, v);
    }
    if (v)
      return v;
    const declared = this.variables.has(name);
    const reason = declared ? `variable ${name} has no default or value` : `variable ${name} is not declared in this module`;
    return unk(this.unknowns.add(this.text(r), reason, r, declared ? { assumedSet: true } : {}), r);
  }
  resolveVar(name) {
    const decl = this.variables.get(name);
    const call = this.sources.call;
    if (call) {
      const arg = call.args.get(name);
      if (arg) {
        const at = decl?.headerR ?? { file: "", start: 0, end: 0 };
        return withProv(arg(), { kind: "module-argument", name, module: call.prefix.replace(/\.$/, ""), loc: at }, this.budget);
      }
      const def2 = decl ? attr(decl.body, "default") : void 0;
      return def2 ? withProv(this.evaluate(def2.expr), { kind: "variable-default", name, loc: def2.expr.r }, this.budget) : null;
    }
    const cli = this.sources.cliVars[name];
    if (cli !== void 0)
      return this.cliValue(name, cli, decl);
    for (const vf of [...this.sources.varFiles].reverse()) {
      const a = vf.attributes.findLast((x) => x.name === name);
      if (a)
        return withProv(this.evaluate(a.expr), { kind: "tfvars", name, loc: a.expr.r }, this.budget);
    }
    const def = decl ? attr(decl.body, "default") : void 0;
    if (def)
      return withProv(this.evaluate(def.expr), { kind: "variable-default", name, loc: def.expr.r }, this.budget);
    return null;
  }
  /** `--var`: a string for primitive types, an HCL expression for complex ones; located at the declaration. */
  cliValue(name, text3, decl) {
    const at = decl?.headerR ?? { file: "", start: 0, end: 0 };
    const typeAttr = decl ? attr(decl.body, "type") : void 0;
    const typeText = typeAttr ? this.text(typeAttr.expr.r) : "";
    if (!COMPLEX_TYPE.test(typeText) && !COMPLEX_TYPE.test(typeText.replace(/^"|"$/g, "")))
      return str(text3, at);
    const e = parseExpressionAt("", text3, 0, this.sources.budget);
    if (!e)
      return this.ev.unknown(at, `--var ${name} is not a valid expression`);
    return relocate2(this.evaluate(e), at, this.budget);
  }
  // ---- module calls ----
  /** The instances of `module "<name>"` (evaluated through the loader), cached. */
  callInstances(name) {
    let c = this.callCache.get(name);
    if (!c) {
      c = this.sources.loader?.instances(this, name) ?? [];
      this.callCache.set(name, c);
    }
    return c;
  }
  /** Every instance of every module this one calls (built once each). */
  allCallInstances() {
    return [...this.moduleCalls.keys()].flatMap((n) => this.callInstances(n));
  }
  /** The value of `output "<name>"` of this module. */
  outputValue(name, r) {
    const cached = this.outputCache.get(name);
    if (cached)
      return cached;
    const b = this.outputs.get(name);
    const value2 = b ? attr(b.body, "value") : void 0;
    if (!value2)
      return this.ev.unknown(r, `the module at ${this.sources.dir || "."} has no output ${name}`);
    if (this.outputBusy.has(name))
      return this.ev.unknown(r, `output ${name} refers to itself`);
    this.outputBusy.add(name);
    try {
      const v = this.evaluate(value2.expr);
      this.outputCache.set(name, v);
      return v;
    } finally {
      this.outputBusy.delete(name);
    }
  }
  // ---- resources ----
  /**
   * The instances of a resource: one per for_each key or count index when known, else one that
   * stands for all (also when count is 0 in a root module: its defaults may disable what callers
   * enable; a module evaluated through a call with a count of 0 has none).
   */
  instances(decl) {
    const cached = this.instanceCache.get(decl);
    if (cached)
      return cached;
    const out = [];
    const forEach = attr(decl.block.body, "for_each");
    const count = attr(decl.block.body, "count");
    const make = (key, each, index, address) => {
      const vars = { count: obj([{ key: "index", value: { k: "num", n: index, text: String(index) } }]) };
      if (each)
        vars.each = each;
      return { decl, key, address, scope: Scope.empty.child(vars), cache: /* @__PURE__ */ new Map() };
    };
    if (forEach) {
      const coll = this.evaluate(forEach.expr);
      const pairs = forEachPairs(coll);
      if (pairs && pairs.every(([k]) => markersIn2(k).length === 0)) {
        this.sources.budget.expand(pairs.length, siteOf(forEach.expr.r));
        for (const [k, v] of pairs) {
          const each = obj([
            { key: "key", value: str(k, forEach.expr.r) },
            { key: "value", value: v }
          ]);
          out.push(make(k, each, 0, `${decl.address}[${JSON.stringify(k)}]`));
        }
      } else {
        const id = coll.k === "unk" ? coll.id : this.unknowns.add(this.text(forEach.expr.r), "for_each over a value that is not known statically", forEach.expr.r);
        const u = unk(id, forEach.expr.r);
        out.push(make(void 0, obj([{ key: "key", value: u }, { key: "value", value: u }]), 0, decl.address));
      }
    } else {
      const c = count ? this.evaluate(count.expr) : void 0;
      const n = c?.k === "num" && Number.isInteger(c.n) ? c.n : 0;
      if (count && n >= 1)
        this.sources.budget.expand(n, siteOf(count.expr.r));
      if (n >= 1)
        for (let i = 0; i < n; i++)
          out.push(make(String(i), void 0, i, `${decl.address}[${i}]`));
      else if (!(this.sources.call && c?.k === "num" && c.n === 0))
        out.push(make(void 0, void 0, 0, decl.address));
    }
    this.instanceCache.set(decl, out);
    return out;
  }
  /** A configured argument of a resource instance (evaluated in its scope), or undefined when not set. */
  argument(inst, name) {
    const a = attr(inst.decl.block.body, name);
    if (!a)
      return void 0;
    const cached = inst.cache.get(`arg:${name}`);
    if (cached)
      return cached;
    const v = this.evaluate(a.expr, inst.scope);
    inst.cache.set(`arg:${name}`, v);
    return v;
  }
  instanceValue(inst) {
    return { k: "ref", ref: new InstanceRef(this, inst) };
  }
};

// packages/core/dist/sources/terraform/module-calls.js
var META_ARGUMENTS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
var MAX_CALL_DEPTH = 16;
function localSourceDir(callerDir, source) {
  if (!source.startsWith("./") && !source.startsWith("../"))
    return void 0;
  return normalizePath(posix3.join(normalizePath(callerDir || "."), source)) || ".";
}
function literalSource(block, text3) {
  const a = attr(block.body, "source");
  if (!a)
    return void 0;
  const raw = text3(a.expr.r.start, a.expr.r.end).trim();
  const m = /^"([^"\\$%]*)"$/.exec(raw);
  return m ? m[1] : void 0;
}
var ScanModuleLoader = class {
  allTexts;
  manifest;
  /** Directories some call was followed into (analysed through their callers). */
  followed = /* @__PURE__ */ new Set();
  dirs = /* @__PURE__ */ new Map();
  /**
   * @param manifest The module directories `terraform init` recorded for the root module, by call
   * key (`.terraform/modules/modules.json`), as paths of the scan.
   */
  constructor(dirs, allTexts, manifest = /* @__PURE__ */ new Map()) {
    this.allTexts = allTexts;
    this.manifest = manifest;
    for (const d of dirs)
      this.dirs.set(normalizePath(d.dir) || ".", d);
  }
  keyOf(caller, name) {
    const k = caller.sources.call?.key;
    return k ? `${k}.${name}` : name;
  }
  target(caller, name) {
    const block = caller.moduleCalls.get(name);
    if (!block)
      return { why: `module ${name} is not called in this module` };
    const source = literalSource(block, (s, e) => caller.text({ file: block.r.file, start: s, end: e }));
    if (source === void 0)
      return { why: "its source is not a literal string" };
    const installed = this.manifest.get(this.keyOf(caller, name));
    const local = localSourceDir(caller.sources.dir, source) ?? installed;
    if (local === void 0) {
      return { why: `its source "${source}" is downloaded by terraform init; run \`terraform init\` so that trustlint can follow it (it reads .terraform/modules/modules.json)` };
    }
    const dir = this.dirs.get(local);
    if (!dir)
      return { why: `its source "${source}" (${local}) is not in the scan` };
    const chain = [...caller.sources.call?.chain ?? [], normalizePath(caller.sources.dir) || "."];
    if (chain.includes(local))
      return { why: `its source "${source}" calls back into a module that calls it` };
    if (chain.length > MAX_CALL_DEPTH)
      return { why: `it is nested more than ${MAX_CALL_DEPTH} module calls deep` };
    return { dir };
  }
  unfollowed(caller, name) {
    const t = this.target(caller, name);
    return "why" in t ? t.why : void 0;
  }
  instances(caller, name) {
    const block = caller.moduleCalls.get(name);
    if (!block)
      return [];
    const decl = { mode: "managed", type: "module", name, block, address: `${caller.prefix}module.${name}` };
    const target = this.target(caller, name);
    if ("why" in target && feedsTrust(block, (s, e) => caller.text({ file: block.r.file, start: s, end: e }))) {
      caller.addNote(block.headerR, `module ${name} was not followed: ${target.why}; the IAM roles and trust policies it may create were not analysed`);
    }
    const chain = [...caller.sources.call?.chain ?? [], normalizePath(caller.sources.dir) || "."];
    return caller.instances(decl).map((inst) => {
      const base = { address: inst.address, ...inst.key !== void 0 ? { key: inst.key } : {} };
      if ("why" in target)
        return base;
      this.followed.add(normalizePath(target.dir.dir) || ".");
      const args2 = /* @__PURE__ */ new Map();
      for (const a of block.body.attributes) {
        if (META_ARGUMENTS.has(a.name))
          continue;
        let cached;
        args2.set(a.name, () => cached ??= caller.evaluate(a.expr, inst.scope));
      }
      const module = new TerraformModule({
        dir: target.dir.dir,
        texts: target.dir.texts,
        bodies: target.dir.bodies,
        varFiles: [],
        cliVars: {},
        budget: caller.budget,
        loader: this,
        call: { prefix: `${inst.address}.`, args: args2, unknowns: caller.unknowns, allTexts: this.allTexts, chain, key: this.keyOf(caller, name) }
      });
      return { ...base, module };
    });
  }
};
var TRUST_ARGUMENT = /subject|oidc|github|trust|assume_role|audience|provider_url|federated|repositor/i;
var TRUST_SOURCE = /oidc|github|iam|role/i;
function feedsTrust(block, text3) {
  const source = literalSource(block, text3) ?? "";
  if (TRUST_SOURCE.test(source))
    return true;
  return block.body.attributes.some((a) => !META_ARGUMENTS.has(a.name) && TRUST_ARGUMENT.test(a.name));
}

// packages/core/dist/sources/terraform/resources.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/policy-tree.js
init_define_TRUSTLINT_PACKAGE();
var PolicyTreeBuilder = class {
  m;
  docFile;
  ch;
  parts = /* @__PURE__ */ new Map();
  alloc = new UnresolvedAllocator();
  constructor(m, docFile, ch) {
    this.m = m;
    this.docFile = docFile;
    this.ch = ch;
  }
  fileOf(r) {
    return r.file !== this.docFile ? { file: r.file } : {};
  }
  provenance(p) {
    if (!p)
      return {};
    const location = this.m.location(p.loc);
    return { provenance: p.kind === "module-argument" ? { kind: p.kind, name: p.name, module: p.module ?? "module", location } : { kind: p.kind, name: p.name, location } };
  }
  /** The document part for one module unknown (shared by every string of the document that holds it). */
  part(evalId, at) {
    const known = this.parts.get(evalId);
    if (known)
      return known;
    const info = this.m.unknowns.get(evalId) ?? { expression: this.m.text(at), reason: "not a value", loc: at };
    const { part } = this.alloc.part(info.expression, info.reason, this.m.span(info.loc), info.loc.file !== this.docFile ? info.loc.file : void 0);
    this.parts.set(evalId, part);
    return part;
  }
  /** A string with evaluation markers replaced by document markers. */
  text(s, at) {
    const parts = [];
    const value2 = s.replace(EVAL_MARKER_RE, (_m, id) => {
      const part = this.part(Number(id), at);
      if (!parts.includes(part))
        parts.push(part);
      return unresolvedMarker(part.id);
    });
    return { value: value2, parts };
  }
  /**
   * A string a called module builds from its caller's argument (`"repo:${trimprefix(s, "repo:")}"`
   * over the caller's subjects) is located at the caller's part when that part decides: it holds
   * the wildcard while the module's own text holds none, or, with no wildcard at all, it is most of
   * the string. The module's line is then its related location (issue 13: a finding caused by a
   * caller's argument is reported at that argument). Otherwise the string stays at the module.
   */
  atCaller(v, at) {
    const own = this.m.sources.texts;
    if (!this.m.sources.call || !own.has(at.file))
      return {};
    const glob = (x) => /[*?]/.test(x);
    let callerLen = 0;
    let moduleGlob = false;
    let best;
    for (const seg of v.segs) {
      const text3 = v.s.slice(seg.start, seg.end);
      if (!seg.loc || own.has(seg.loc.file)) {
        if (glob(text3))
          moduleGlob = true;
        continue;
      }
      callerLen += text3.length;
      const candidate = { seg, len: text3.length, glob: glob(text3) };
      if (!best || candidate.glob && !best.glob || candidate.glob === best.glob && candidate.len > best.len)
        best = candidate;
    }
    if (!best?.seg.loc || moduleGlob)
      return {};
    if (!best.glob && callerLen * 2 <= v.s.length)
      return {};
    const prov = best.seg.prov;
    const moved = { span: this.m.span(best.seg.loc), file: best.seg.loc.file };
    if (prov?.kind !== "module-argument")
      return moved;
    return { ...moved, provenance: { kind: "module-argument", name: prov.name, module: prov.module ?? "module", location: this.m.location(at) } };
  }
  node(v, at) {
    const loc = v.loc ?? at;
    this.m.budget.grow(NODE_SIZE, siteOf(loc));
    const base = { span: this.m.span(loc), ...this.fileOf(loc), ...this.provenance(v.prov) };
    switch (v.k) {
      case "str": {
        const { value: value2, parts } = this.text(v.s, loc);
        return { type: "string", value: value2, ...parts.length ? { unresolved: parts } : {}, ...base, ...this.atCaller(v, loc) };
      }
      case "num":
        return { type: "number", value: v.n, text: v.text, ...base };
      case "bool":
        return { type: "boolean", value: v.b, text: String(v.b), ...base };
      case "null":
        return { type: "null", value: null, text: "null", ...base };
      case "unk": {
        const part = this.part(v.id, loc);
        return { type: "string", value: unresolvedMarker(part.id), unresolved: [part], ...base };
      }
      case "alt": {
        const option = v.options[this.ch.pick(v, () => describeSite(this.m, v.loc))];
        return option ? this.node(option, loc) : this.node({ k: "unk", id: v.cause, loc }, loc);
      }
      case "list":
        return { type: "array", items: v.items.flatMap((i) => (i.k === "alt" ? i.options : [i]).map((x) => this.node(x, loc))), ...base };
      case "obj": {
        const members = v.entries.map((e) => {
          const key = this.text(e.key, e.keyLoc ?? loc);
          return {
            key: key.value,
            keySpan: this.m.span(e.keyLoc ?? loc),
            ...this.fileOf(e.keyLoc ?? loc).file !== void 0 ? { keyFile: this.fileOf(e.keyLoc ?? loc).file } : {},
            ...key.parts.length ? { keyUnresolved: key.parts } : {},
            value: this.node(e.value, loc)
          };
        });
        return { type: "object", members, ...base };
      }
      case "ref": {
        const { part } = this.alloc.part(this.m.text(loc), `${v.ref.describe} is not a value`, this.m.span(loc), this.fileOf(loc).file);
        return { type: "string", value: unresolvedMarker(part.id), unresolved: [part], ...base };
      }
    }
  }
};

// packages/core/dist/sources/terraform/resources.js
var TRUST_ACTION = /^(\*|sts:\*|sts:assumerole.*)$/i;
var DocumentBuilder = class _DocumentBuilder {
  m;
  usedDocuments;
  root;
  documents = [];
  findings = [];
  /**
   * @param usedDocuments Policy documents that some role uses (directly or as a source document),
   * shared by the whole tree of modules: a document a module outputs and its caller's role uses is
   * that role's, not a standalone one.
   */
  constructor(m, usedDocuments = /* @__PURE__ */ new Set(), root) {
    this.m = m;
    this.usedDocuments = usedDocuments;
    this.root = root;
  }
  decls(mode, type) {
    return [...this.m.resources.values()].filter((d) => d.mode === mode && d.type === type);
  }
  own;
  /** The resource being built (where a crossed cap of the budget is reported). */
  get current() {
    return this.own;
  }
  set current(address) {
    this.own = address;
    if (this.root)
      this.root.own = address;
  }
  /**
   * Builds every document of this module and of the modules it calls (each instance of a call);
   * a crossed cap of the budget stops the build (the caller reports it).
   */
  build() {
    const all = [];
    try {
      this.buildOwn(all);
      for (const b of all)
        b.buildStandalone();
      this.current = void 0;
    } finally {
      const seen = /* @__PURE__ */ new Set();
      const unresolvedAt = new Set(all.flatMap((b) => b.findings.filter((f) => f.ruleId === "oidc-unresolved" && f.location).map((f) => JSON.stringify(f.location))));
      for (const b of all) {
        for (const n of b.m.notes) {
          const key = `${n.r.file}:${n.r.start}:${n.message}`;
          if (seen.has(key) || unresolvedAt.has(JSON.stringify(this.m.location(n.r))))
            continue;
          seen.add(key);
          this.findings.push({ ruleId: "oidc-unresolved", severity: "warning", message: n.message, location: this.m.location(n.r) });
        }
        for (const p of b.m.problems) {
          const key = `problem:${p.r.file}:${p.r.start}:${p.message.replace(p.resource, "")}`;
          if (seen.has(key))
            continue;
          seen.add(key);
          this.findings.push({ ruleId: "input-error", severity: "error", message: p.message, location: this.m.location(p.r), resource: p.resource });
        }
        if (b === this)
          continue;
        appendAll(this.documents, b.documents);
        appendAll(this.findings, b.findings);
      }
    }
  }
  buildOwn(all) {
    all.push(this);
    for (const decl of this.decls("managed", "aws_iam_role"))
      this.each(decl, (inst) => {
        this.role(inst);
      });
    for (const decl of this.decls("managed", "aws_iam_openid_connect_provider"))
      this.each(decl, (inst) => {
        this.provider(inst);
      });
    for (const decl of this.decls("managed", "aws_iam_access_key"))
      this.each(decl, (inst) => {
        this.accessKey(inst);
      });
    for (const call of this.m.allCallInstances()) {
      if (!call.module)
        continue;
      const child3 = new _DocumentBuilder(call.module, this.usedDocuments, this.root ?? this);
      child3.buildOwn(all);
    }
  }
  buildStandalone() {
    for (const decl of this.decls("data", "aws_iam_policy_document")) {
      this.each(decl, (inst) => {
        if (!this.usedDocuments.has(inst.address))
          this.standalone(inst);
      });
    }
  }
  each(decl, build) {
    this.current = decl.address;
    for (const inst of this.m.instances(decl)) {
      this.current = inst.address;
      build(inst);
    }
  }
  role(inst) {
    const a = attr(inst.decl.block.body, "assume_role_policy");
    if (!a)
      return;
    const value2 = this.m.argument(inst, "assume_role_policy");
    if (!value2)
      return;
    const name = this.m.argument(inst, "name");
    const roleName = name?.k === "str" && markersIn2(name.s).length === 0 ? name.s : void 0;
    this.trustDocuments(value2, inst.address, a.expr.r, roleName);
  }
  /**
   * Every rendering of a trust policy value (branches, provider variants) as documents, at most the
   * budget's variant cap of them; the renderings left out are reported.
   */
  trustDocuments(value2, resource, at, roleName) {
    const cap = this.m.budget.limits.variants;
    const variants = this.variants(value2, resource, at);
    let truncated = value2.k === "str" && value2.json?.truncated === true;
    const seen = [];
    for (const v of variants) {
      const docFile = v.value.loc?.file ?? at.file;
      const rendered = enumerateChoices(cap, (ch) => new PolicyTreeBuilder(this.m, docFile, ch).node(v.value, at));
      truncated ||= rendered.truncated;
      const { renderings } = rendered;
      for (const rd of renderings) {
        if (rd.value.type !== "object") {
          this.findings.push({ ruleId: "parse-error", severity: "error", message: `the trust policy of ${resource} is not a JSON object`, location: this.m.location(v.value.loc ?? at), resource });
          continue;
        }
        const key = JSON.stringify(toJson(rd.value));
        if (seen.includes(key))
          continue;
        if (seen.length >= cap) {
          truncated = true;
          break;
        }
        seen.push(key);
        const label = [v.label, renderings.length > 1 ? rd.label : void 0].filter((l) => !!l).join("; ");
        const doc = this.trustDocument(rd.value, docFile, resource, roleName, label);
        this.documents.push(docFile !== at.file ? { ...doc, resourceFile: at.file } : doc);
      }
    }
    if (truncated) {
      const what = `the trust policy of ${resource} beyond its first ${cap} renderings`;
      const site = siteOf(at);
      const hint = "pass --var to decide the conditionals on values not known statically";
      this.findings.push(limitFinding({ what, file: at.file, text: this.m.fullText(at.file), resource, hint }, limitError("variants", cap, site)));
    }
  }
  trustDocument(root, file, resource, roleName, variant) {
    return {
      kind: "trust-policy",
      file,
      resource,
      ...roleName !== void 0 ? { roleName } : {},
      ...variant ? { variant } : {},
      root,
      location: { file, span: root.span },
      sourceKind: "terraform"
    };
  }
  /** The JSON documents a policy value stands for; unresolvable ones are reported. */
  variants(value2, resource, at) {
    switch (value2.k) {
      case "alt":
        return value2.options.flatMap((o, i) => this.variants(o, resource, at).map((v) => ({ ...v, label: [`branch ${i + 1} of ${value2.options.length} of ${describeSite(this.m, value2.loc)}`, v.label].filter(Boolean).join("; ") })));
      case "str": {
        if (value2.json) {
          for (const d of value2.json.documents)
            this.usedDocuments.add(d);
          return value2.json.variants.map((v) => ({ value: v.value, ...v.label ? { label: v.label } : {} }));
        }
        if (value2.s.trim() === evalMarker(markersIn2(value2.s)[0] ?? -1))
          return this.unresolved(firstUnknown(value2), resource, at);
        if (value2.s.trim() === "" && value2.loc !== void 0 && !within(value2.loc, at))
          return this.empty(value2.loc, resource, at);
        try {
          return [{ value: decodeJson(value2, this.m.budget) }];
        } catch (err) {
          if (!(err instanceof EvalError))
            throw err;
          const loc = err instanceof JsonDecodeError && err.loc ? err.loc : at;
          this.findings.push({ ruleId: "parse-error", severity: "error", message: `the trust policy of ${resource} is not valid JSON: ${err.message}`, location: this.m.location(loc), resource });
          return [];
        }
      }
      case "obj":
        return [{ value: value2 }];
      case "unk":
        return this.unresolved(value2.id, resource, at);
      default:
        return this.unresolved(void 0, resource, at);
    }
  }
  unresolved(id, resource, at) {
    const info = id === void 0 ? void 0 : this.m.unknowns.get(id);
    const what = info ? `"${info.expression}" (${info.reason})` : `"${this.m.text(at)}"`;
    this.findings.push({
      ruleId: "oidc-unresolved",
      severity: "warning",
      message: `the trust policy of ${resource} could not be resolved statically: ${what}; it was not analysed. Check who can assume this role by hand.`,
      // A module call not followed is where the user can act (terraform init, or scan its folder).
      location: this.m.location(info?.call ?? at),
      resource,
      properties: { expression: info?.expression ?? this.m.text(at) }
    });
    return [];
  }
  /**
   * An empty policy computed elsewhere (a module output that is `""` when the module builds no
   * policy: `create ? data.x[0].json : ""`): with the values known, this configuration builds no trust
   * policy, and the AWS provider refuses an empty one at plan. That says the values are not the
   * ones it is deployed with (a root variable default left for the user to set), not that the
   * policy is malformed: unresolved at the role, with where the empty value comes from. An empty
   * string written at the argument itself stays a parse-error.
   */
  empty(from, resource, at) {
    this.findings.push({
      ruleId: "oidc-unresolved",
      severity: "warning",
      message: `the trust policy of ${resource} is empty with the values known (Terraform would refuse it): it was not analysed. Pass the values it is deployed with (--var, --var-file) to check it.`,
      location: this.m.location(at),
      resource,
      related: [{ location: this.m.location(from), message: "the empty value comes from here" }],
      properties: { expression: this.m.text(at) }
    });
    return [];
  }
  /** A policy document no role uses, analysed on its own when it looks like a trust policy. */
  standalone(inst) {
    const json = renderPolicyDocument(this.m, inst);
    if (json.k !== "str" || !json.json || !json.json.variants.some((v) => looksLikeTrust(v.value)))
      return;
    this.trustDocuments(json, inst.address, inst.decl.block.headerR, void 0);
  }
  provider(inst) {
    const block = inst.decl.block;
    const builder = new PolicyTreeBuilder(this.m, block.r.file, new Chooser());
    const urlAttr = attr(block.body, "url");
    const url = this.m.argument(inst, "url");
    const urlText = url?.k === "str" ? builder.text(url.s, urlAttr?.expr.r ?? block.headerR).value : url?.k === "unk" ? builder.text(evalMarker(url.id), block.headerR).value : "";
    const idsAttr = attr(block.body, "client_id_list");
    const ids = this.m.argument(inst, "client_id_list");
    let clientIds2;
    if (!idsAttr)
      clientIds2 = [];
    else if (ids?.k === "list") {
      clientIds2 = ids.items.map((i) => {
        const loc = i.loc ?? idsAttr.expr.r;
        const value2 = i.k === "str" ? builder.text(i.s, loc).value : i.k === "unk" ? builder.text(evalMarker(i.id), loc).value : "";
        return { value: value2, location: this.m.location(loc) };
      });
      if (ids.items.some((i) => i.k !== "str" && i.k !== "unk"))
        clientIds2 = "unresolved";
    } else
      clientIds2 = "unresolved";
    const fromCaller = this.m.sources.call && ids?.loc !== void 0 && !this.m.sources.texts.has(ids.loc.file) ? ids.loc : void 0;
    const doc = {
      kind: "oidc-provider",
      file: block.r.file,
      resource: inst.address,
      url: urlText,
      urlLocation: urlAttr ? this.m.location(urlAttr.expr.r) : null,
      clientIds: clientIds2,
      // A list a caller passed in is reported where it is written (the caller fixes it there), with the module's argument as related location.
      clientIdsLocation: this.m.location(fromCaller ?? (idsAttr ? idsAttr.expr.r : block.headerR)),
      ...fromCaller && idsAttr ? { clientIdsRelated: [{ location: this.m.location(idsAttr.expr.r), message: `the client-id list of ${inst.address}` }] } : {},
      location: this.m.location(block.r),
      sourceKind: "terraform"
    };
    this.documents.push(doc);
  }
  accessKey(inst) {
    const block = inst.decl.block;
    const user = this.m.argument(inst, "user");
    const userName = user?.k === "str" && markersIn2(user.s).length === 0 ? user.s : void 0;
    const doc = {
      kind: "access-key",
      file: block.r.file,
      resource: inst.address,
      location: this.m.location(block.headerR),
      ...userName !== void 0 ? { userName } : {},
      sourceKind: "terraform"
    };
    this.documents.push(doc);
  }
};
function looksLikeTrust(v) {
  if (v.k !== "obj")
    return false;
  const st = getEntry(v, "Statement")?.value;
  const statements2 = st?.k === "list" ? st.items : st ? [st] : [];
  return statements2.some((s) => {
    if (s.k !== "obj")
      return false;
    if (!getEntry(s, "Principal") && !getEntry(s, "NotPrincipal"))
      return false;
    const action = getEntry(s, "Action")?.value;
    const actions = action?.k === "list" ? action.items : action ? [action] : [];
    return actions.some((a) => a.k === "str" && TRUST_ACTION.test(a.s));
  });
}
function within(inner, outer) {
  return inner.file === outer.file && inner.start >= outer.start && inner.end <= outer.end;
}

// packages/core/dist/sources/terraform/index.js
function terraformFileRole(file) {
  const base = posix4.basename(file.replace(/\\/g, "/"));
  if (base.endsWith(".tf.json"))
    return "tf.json";
  if (base.endsWith(".tf"))
    return "tf";
  if (base === "terraform.tfvars" || base.endsWith(".auto.tfvars"))
    return "tfvars";
  if (base === "terraform.tfvars.json" || base.endsWith(".auto.tfvars.json"))
    return "tfvars.json";
  return "other";
}
function autoOrder(a, b) {
  const rank = (f) => {
    const base = posix4.basename(f.replace(/\\/g, "/"));
    return base === "terraform.tfvars" ? 0 : base === "terraform.tfvars.json" ? 1 : 2;
  };
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb)
    return ra - rb;
  const ba = posix4.basename(a.replace(/\\/g, "/"));
  const bb = posix4.basename(b.replace(/\\/g, "/"));
  return ba < bb ? -1 : ba > bb ? 1 : 0;
}
function spanIn(text3, start, end) {
  const starts = lineStarts(text3);
  return { start: positionAt(starts, start), end: positionAt(starts, Math.max(end, start)) };
}
function syntaxFinding(p, text3) {
  const lineEnd = text3.indexOf("\n", p.r.start);
  const end = Math.max(p.r.start + 1, Math.min(p.r.end, lineEnd < 0 ? text3.length : lineEnd));
  return {
    ruleId: "parse-error",
    severity: "error",
    message: `Terraform syntax error: ${p.message}; this part of the file was not analysed`,
    location: { file: p.r.file, span: spanIn(text3, p.r.start, Math.min(end, text3.length)) }
  };
}
function stripBom(text3) {
  return text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3;
}
function readVarFile(input, findings, budget) {
  const text3 = stripBom(input.text);
  const body = parseConfigFile(input.file, text3, input.file.endsWith(".json") ? "tfvars.json" : "tfvars", findings, budget);
  return body ? { file: input.file, attributes: body.attributes } : void 0;
}
function parseBySyntax(file, text3, role, budget) {
  switch (role) {
    case "tf":
    case "tfvars":
      return parseHclFile(file, text3, budget);
    case "tf.json":
      return parseTfJson(file, text3, budget);
    case "tfvars.json": {
      const { attributes, problems } = parseJsonVarFile(file, text3);
      return { body: { attributes, blocks: [] }, problems };
    }
  }
}
function parseConfigFile(file, text3, role, findings, budget) {
  const tooDeep = jsonDepthExceededAt(text3, budget.limits.depth, role === "tf" || role === "tfvars");
  try {
    if (tooDeep >= 0)
      throw budget.exceeded("depth", { offset: tooDeep });
    const { body, problems } = budget.withinStack(() => parseBySyntax(file, text3, role, budget));
    appendAll(findings, problems.map((p) => syntaxFinding(p, text3)));
    return body;
  } catch (err) {
    if (!(err instanceof LimitError))
      throw err;
    findings.push(limitFinding({ what: "the file", file, text: text3 }, err));
    return void 0;
  }
}
function parseTerraformModule(dir, inputs, budget) {
  const findings = [];
  const texts = /* @__PURE__ */ new Map();
  const bodies = [];
  const autoVarInputs = [];
  const configFiles = [];
  const sorted = [...inputs].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  for (const input of sorted) {
    const text3 = stripBom(input.text);
    texts.set(input.file, text3);
    const role = terraformFileRole(input.file);
    if (role === "tf" || role === "tf.json") {
      configFiles.push(input.file);
      const body = parseConfigFile(input.file, text3, role, findings, budget);
      if (body)
        bodies.push(body);
    } else if (role === "tfvars" || role === "tfvars.json") {
      autoVarInputs.push(input);
    }
  }
  const autoVarFiles = [];
  for (const i of autoVarInputs.sort((a, b) => autoOrder(a.file, b.file))) {
    const vf = readVarFile(i, findings, budget);
    if (vf)
      autoVarFiles.push(vf);
  }
  return { dir, texts, bodies, autoVarFiles, findings, configFiles };
}
function calledModuleDirs(scan) {
  const dirs = new Set(scan.map((p) => normalizePath(p.dir) || "."));
  const called = /* @__PURE__ */ new Set();
  for (const p of scan) {
    const self = normalizePath(p.dir) || ".";
    for (const body of p.bodies) {
      for (const b of body.blocks) {
        if (b.type !== "module")
          continue;
        const source = literalSource(b, (s, e) => p.texts.get(b.r.file)?.slice(s, e) ?? "");
        const target = source === void 0 ? void 0 : localSourceDir(p.dir, source);
        if (target !== void 0 && target !== self && dirs.has(target))
          called.add(target);
      }
    }
  }
  return called;
}
function evaluateTerraformModule(root, library, options, budget, manifest = /* @__PURE__ */ new Map()) {
  const findings = [];
  const texts = new Map(root.texts);
  const varFiles = [...root.autoVarFiles];
  for (const input of options.varFiles ?? []) {
    texts.set(input.file, stripBom(input.text));
    const vf = readVarFile(input, findings, budget);
    if (vf)
      varFiles.push(vf);
  }
  const allTexts = new Map(texts);
  for (const p of library)
    for (const [f, t] of p.texts)
      if (!allTexts.has(f))
        allTexts.set(f, t);
  const loader = new ScanModuleLoader(library, allTexts, manifest);
  const dir = root.dir;
  const m = new TerraformModule({ dir, texts, allTexts, bodies: root.bodies, varFiles, cliVars: options.vars ?? {}, budget, loader });
  const builder = new DocumentBuilder(m);
  try {
    budget.withinStack(() => {
      builder.build();
    });
  } catch (err) {
    if (!(err instanceof LimitError))
      throw err;
    const fallback = root.configFiles[0] ?? dir;
    const file = err.at.file !== void 0 && allTexts.has(err.at.file) ? err.at.file : fallback;
    const resource = builder.current;
    const what = `the Terraform module in ${dir || "."}${resource !== void 0 ? ` from ${resource} on` : ""}`;
    findings.push(limitFinding({ what, file, text: allTexts.get(file) ?? "", ...resource !== void 0 ? { resource } : {} }, err));
  }
  appendAll(findings, builder.findings);
  return { documents: builder.documents, findings, declared: { variables: [...m.variables.keys()] }, followed: loader.followed };
}
function readTerraformScan(units, context) {
  const findings = [];
  const documents = [];
  const variables = /* @__PURE__ */ new Set();
  const manifests = /* @__PURE__ */ new Map();
  const parsedDirs = [];
  const budgets = /* @__PURE__ */ new Map();
  const moduleInputs = /* @__PURE__ */ new Map();
  for (const unit of units) {
    const inputs = [];
    for (const input of unit.inputs) {
      if (!isModuleManifest(input.file)) {
        inputs.push(input);
        continue;
      }
      const manifest = readModuleManifest(input);
      if ("dirs" in manifest)
        manifests.set(unit.key, manifest.dirs);
      else
        findings.push(manifest);
    }
    moduleInputs.set(unit.key, inputs);
    const first = inputs[0] ?? { file: unit.key, text: "" };
    const budget = context.budgetFor(inputs.reduce((n, i) => n + i.text.length, 0));
    budgets.set(unit.key, budget);
    const parsed = guarded(first, () => ({ ...parseTerraformModule(unit.key, inputs, budget), documents: [] }));
    appendAll(findings, parsed.findings);
    if ("bodies" in parsed)
      parsedDirs.push(parsed);
  }
  const called = calledModuleDirs(parsedDirs);
  const scanDirs = new Set(parsedDirs.map((p) => p.dir));
  for (const dirs of manifests.values())
    for (const d of dirs.values())
      if (scanDirs.has(d))
        called.add(d);
  const followed = /* @__PURE__ */ new Set();
  const evaluate = (p) => {
    const budget = budgets.get(p.dir) ?? context.budgetFor(0);
    const first = moduleInputs.get(p.dir)?.[0] ?? { file: p.dir, text: "" };
    const result = guarded(first, () => evaluateTerraformModule(p, parsedDirs, context.options, budget, manifests.get(p.dir)));
    context.spent(p.dir, budget);
    for (const v of result.declared?.variables ?? [])
      variables.add(v);
    if ("followed" in result)
      for (const d of result.followed)
        followed.add(d);
    appendAll(findings, result.findings);
    appendAll(documents, result.documents);
  };
  for (const p of parsedDirs)
    if (!called.has(p.dir))
      evaluate(p);
  for (const p of parsedDirs)
    if (called.has(p.dir) && !followed.has(p.dir))
      evaluate(p);
  for (const p of parsedDirs)
    if (called.has(p.dir) && followed.has(p.dir))
      context.spent(p.dir, budgets.get(p.dir) ?? context.budgetFor(0));
  const sharedFiles = parsedDirs.filter((p) => followed.has(p.dir)).flatMap((p) => [...p.texts.keys()]);
  return { documents, findings, declared: { variables: [...variables] }, ...sharedFiles.length ? { sharedFiles } : {} };
}
function manifestRoot(file) {
  const m = MANIFEST.exec(file.replace(/\\/g, "/"));
  return m ? m[1] ?? "." : void 0;
}
var MANIFEST = /^(?:(.*)\/)?\.terraform\/modules\/modules\.json$/;
function isModuleManifest(file) {
  return MANIFEST.test(file.replace(/\\/g, "/"));
}
function readModuleManifest(input) {
  const file = input.file.replace(/\\/g, "/");
  const root = MANIFEST.exec(file)?.[1] ?? ".";
  const fail = (why) => ({
    ruleId: "input-error",
    severity: "error",
    message: `the module manifest ${input.file} could not be read (${why}): the registry and git modules it lists were not followed; run \`terraform init\` again`,
    location: { file: input.file, span: spanIn(input.text, 0, Math.min(1, input.text.length)) }
  });
  let parsed;
  try {
    parsed = JSON.parse(stripBom(input.text));
  } catch (err) {
    return fail(err instanceof Error ? err.message : "not JSON");
  }
  const modules = parsed?.Modules;
  if (!Array.isArray(modules))
    return fail('no "Modules" list');
  const dirs = /* @__PURE__ */ new Map();
  for (const m of modules) {
    const { Key: key, Dir: dir } = m ?? {};
    if (typeof key !== "string" || typeof dir !== "string")
      return fail('a module without a "Key" or "Dir" string');
    if (key === "")
      continue;
    dirs.set(key, normalizePath(posix4.join(root, dir.replace(/\\/g, "/"))) || ".");
  }
  return { root: normalizePath(root) || ".", dirs };
}

// packages/core/dist/sources/terraform/adapter.js
var TerraformParserNotLoadedError = class extends Error {
  name = "TerraformParserNotLoadedError";
  constructor() {
    super("analyze() was given Terraform files, but the Terraform parser is not loaded: call `await analyzeFiles(inputs, options)`, which loads it, or `await loadTerraformParser()` once before analyze()");
  }
};
var terraformAdapter = {
  kinds: ["terraform"],
  inputName: /\.tf(\.json)?$/,
  companionName: /\.tfvars$/,
  kindTokens: [],
  byPath: (path) => /\.tf(\.json)?$/.test(path) ? "terraform" : void 0,
  group: {
    key: folderOf,
    contextOf: manifestRoot,
    loader: { load: loadTerraformParser, loaded: isTerraformParserLoaded, notLoaded: () => new TerraformParserNotLoadedError() },
    read: readTerraformScan
  },
  finish: dropPoliciesReadByTerraform
};
function dropPoliciesReadByTerraform(documents) {
  const readByModules = new Set(documents.flatMap((d) => {
    if (d.kind !== "trust-policy" || d.sourceKind !== "terraform")
      return [];
    return [d.root.file, d.resourceFile !== void 0 ? d.file : void 0].filter((f) => f !== void 0);
  }));
  if (readByModules.size === 0)
    return;
  for (let i = documents.length - 1; i >= 0; i--) {
    const d = documents[i];
    if (d?.kind === "trust-policy" && (d.sourceKind === "policy" || d.sourceKind === "policy-template") && readByModules.has(d.file))
      documents.splice(i, 1);
  }
}

// packages/core/dist/sources/workflow/adapter.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/workflow/index.js
init_define_TRUSTLINT_PACKAGE();
var import_yaml4 = __toESM(require_dist(), 1);

// packages/core/dist/sources/workflow/jobs.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/workflow/permissions.js
init_define_TRUSTLINT_PACKAGE();
function readPermissions(reader, member2) {
  const keyLocation = member2.keyLocation;
  const location = member2.value ? reader.locate(member2.value) : keyLocation;
  if (reader.map(member2.value)) {
    const scopes = reader.members(member2.value).map((m) => ({
      name: m.key.toLowerCase(),
      level: (reader.string(m.value) ?? "").trim().toLowerCase(),
      nameLocation: m.keyLocation,
      location: m.location
    }));
    return { kind: "map", scopes, keyLocation, location };
  }
  const text3 = (reader.string(member2.value) ?? "").trim().toLowerCase();
  const kind = text3 === "read-all" || text3 === "write-all" ? text3 : "invalid";
  return { kind, scopes: [], keyLocation, location };
}
var FORK_DOWNGRADED = /* @__PURE__ */ new Set(["pull_request", "pull_request_review", "pull_request_review_comment"]);
function resolveIdToken(job, workflow, triggers) {
  const block = job ?? workflow;
  const source = job ? "job" : workflow ? "workflow" : "default";
  const callerDecides = !block && triggers.some((t) => t.event === "workflow_call");
  let level = "none";
  let location = block?.location;
  if (block?.kind === "write-all")
    level = "write";
  else if (block?.kind === "read-all")
    level = "read";
  else if (block?.kind === "map") {
    const scope = block.scopes.find((s) => s.name === "id-token");
    if (scope) {
      level = scope.level === "write" ? "write" : scope.level === "read" ? "read" : "none";
      location = scope.location;
    }
  }
  const forkPullRequestsDowngraded = level === "write" && triggers.some((t) => FORK_DOWNGRADED.has(t.event));
  return { level, source, ...location ? { location } : {}, callerDecides, forkPullRequestsDowngraded };
}

// packages/core/dist/sources/workflow/uses.js
init_define_TRUSTLINT_PACKAGE();
var REPOSITORY_RE = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)((?:\/[^@\s]*)?)(?:@(\S*))?$/;
function parseUses(value2) {
  const { text: text3, location } = value2;
  if (value2.kind === "expression")
    return { kind: "unknown", text: text3, location };
  if (text3.startsWith("./") || text3.startsWith("../"))
    return { kind: "local", path: text3, text: text3, location };
  if (text3.startsWith("docker://")) {
    const image = text3.slice("docker://".length);
    const at = image.indexOf("@");
    if (at >= 0)
      return { kind: "docker", image: image.slice(0, at), digest: image.slice(at + 1), text: text3, location };
    const colon = image.lastIndexOf(":");
    if (colon > image.lastIndexOf("/"))
      return { kind: "docker", image: image.slice(0, colon), tag: image.slice(colon + 1), text: text3, location };
    return { kind: "docker", image, text: text3, location };
  }
  const m = REPOSITORY_RE.exec(text3);
  if (!m?.[1] || !m[2])
    return { kind: "unknown", text: text3, location };
  const path = (m[3] ?? "").replace(/^\//, "");
  return {
    kind: "repository",
    owner: m[1],
    repo: m[2],
    ...path ? { path } : {},
    ...m[4] !== void 0 ? { ref: m[4] } : {},
    text: text3,
    location
  };
}

// packages/core/dist/sources/workflow/jobs.js
function readEnv(reader, member2) {
  if (!member2?.value)
    return void 0;
  if (reader.map(member2.value))
    return { entries: reader.entries(member2.value), location: member2.location };
  const expression2 = reader.value(member2.value);
  return { entries: [], location: member2.location, ...expression2?.kind === "expression" ? { expression: expression2 } : {} };
}
function readStep(reader, node, index) {
  const map = reader.map(node);
  if (!map)
    return void 0;
  const v = (key) => reader.value(reader.get(map, key));
  const id = v("id");
  const name = v("name");
  const cond = v("if");
  const uses = v("uses");
  const run = v("run");
  const env = readEnv(reader, reader.member(map, "env"));
  return {
    index,
    location: reader.locate(map),
    ...id ? { id } : {},
    ...name ? { name } : {},
    ...cond ? { if: cond } : {},
    ...uses ? { uses: parseUses(uses) } : {},
    with: reader.entries(reader.get(map, "with")),
    ...run ? { run } : {},
    ...env ? { env } : {}
  };
}
function readSteps(reader, node) {
  const seq = reader.seq(node);
  if (!seq)
    return [];
  return seq.items.flatMap((item, i) => {
    const step = readStep(reader, item, i);
    return step ? [step] : [];
  });
}
function readRunsOn(reader, member2) {
  if (!member2?.value)
    return void 0;
  if (reader.map(member2.value)) {
    const group = reader.value(reader.get(member2.value, "group"));
    return { labels: reader.list(reader.get(member2.value, "labels")), ...group ? { group } : {}, location: member2.location };
  }
  return { labels: reader.list(member2.value), location: member2.location };
}
function readEnvironment(reader, member2) {
  if (!member2?.value)
    return void 0;
  if (reader.map(member2.value)) {
    const name2 = reader.value(reader.get(member2.value, "name"));
    const url = reader.value(reader.get(member2.value, "url"));
    return name2 ? { name: name2, ...url ? { url } : {}, location: member2.location } : void 0;
  }
  const name = reader.value(member2.value);
  return name && name.text !== "" ? { name, location: member2.location } : void 0;
}
function readMatrix(reader, strategy) {
  const member2 = reader.member(strategy, "matrix");
  if (!member2?.value)
    return void 0;
  if (reader.map(member2.value))
    return { keys: reader.members(member2.value).map((m) => m.key), location: member2.location };
  const expression2 = reader.value(member2.value);
  return { keys: [], location: member2.location, ...expression2 ? { expression: expression2 } : {} };
}
function readSecrets(reader, member2) {
  if (!member2?.value)
    return void 0;
  if (reader.map(member2.value))
    return { kind: "map", entries: reader.entries(member2.value), location: member2.location };
  return reader.string(member2.value) === "inherit" ? { kind: "inherit", location: member2.location } : void 0;
}
function readJob(reader, member2, scope) {
  const node = member2.value;
  const v = (key) => reader.value(reader.get(node, key));
  const permissionsMember = reader.member(node, "permissions");
  const permissions = permissionsMember ? readPermissions(reader, permissionsMember) : void 0;
  const name = v("name");
  const cond = v("if");
  const uses = v("uses");
  const runsOn = readRunsOn(reader, reader.member(node, "runs-on"));
  const environment = readEnvironment(reader, reader.member(node, "environment"));
  const env = readEnv(reader, reader.member(node, "env"));
  const containerNode = reader.get(node, "container");
  const container = reader.map(containerNode) ? reader.value(reader.get(containerNode, "image")) : reader.value(containerNode);
  const matrix = readMatrix(reader, reader.get(node, "strategy"));
  const secrets = readSecrets(reader, reader.member(node, "secrets"));
  return {
    id: member2.key,
    idLocation: member2.keyLocation,
    location: member2.location,
    ...name ? { name } : {},
    ...cond ? { if: cond } : {},
    needs: reader.list(reader.get(node, "needs")).map((n) => n.text),
    ...runsOn ? { runsOn } : {},
    ...permissions ? { permissions } : {},
    idToken: resolveIdToken(permissions, scope.permissions, scope.triggers),
    ...environment ? { environment } : {},
    ...env ? { env } : {},
    ...container ? { container } : {},
    ...matrix ? { matrix } : {},
    steps: readSteps(reader, reader.get(node, "steps")),
    ...uses ? { uses: parseUses(uses) } : {},
    with: reader.entries(reader.get(node, "with")),
    ...secrets ? { secrets } : {}
  };
}

// packages/core/dist/sources/workflow/triggers.js
init_define_TRUSTLINT_PACKAGE();
function readTriggers(reader, on) {
  if (reader.map(on.value)) {
    return reader.members(on.value).map((m) => readEvent(reader, m.key, m.keyLocation, m.value));
  }
  return reader.list(on.value).map((v) => emptyTrigger(v.text, v.location));
}
function emptyTrigger(event, location) {
  return { event, location, types: [], workflows: [], inputs: [], secrets: [] };
}
function readEvent(reader, event, location, config) {
  const trigger = emptyTrigger(event, location);
  const filter = (key) => {
    const m = reader.member(config, key);
    return m?.value ? { patterns: reader.list(m.value), location: m.location } : void 0;
  };
  const branches = filter("branches");
  const branchesIgnore = filter("branches-ignore");
  const tags = filter("tags");
  const tagsIgnore = filter("tags-ignore");
  return {
    ...trigger,
    ...branches ? { branches } : {},
    ...branchesIgnore ? { branchesIgnore } : {},
    ...tags ? { tags } : {},
    ...tagsIgnore ? { tagsIgnore } : {},
    types: reader.list(reader.get(config, "types")).map((v) => v.text),
    workflows: reader.list(reader.get(config, "workflows")).map((v) => v.text),
    inputs: readParams(reader, reader.get(config, "inputs")),
    secrets: readParams(reader, reader.get(config, "secrets"))
  };
}
function readParams(reader, node) {
  return reader.members(node).map((m) => {
    const required = reader.value(reader.get(m.value, "required"));
    const type = reader.value(reader.get(m.value, "type"));
    const def = reader.value(reader.get(m.value, "default"));
    return {
      name: m.key,
      location: m.keyLocation,
      ...required ? { required } : {},
      ...type ? { type } : {},
      ...def ? { default: def } : {}
    };
  });
}

// packages/core/dist/sources/workflow/document-scan.js
init_define_TRUSTLINT_PACKAGE();
var import_yaml2 = __toESM(require_dist(), 1);
function scanDocument(doc) {
  const scan = { duplicateKeyAt: -1, aliasTargets: /* @__PURE__ */ new Map() };
  const anchors = /* @__PURE__ */ new Map();
  const duplicate = (at) => {
    if (scan.duplicateKeyAt < 0 || at < scan.duplicateKeyAt)
      scan.duplicateKeyAt = at;
  };
  const walk = (node) => {
    if (!(0, import_yaml2.isNode)(node))
      return;
    if ((0, import_yaml2.isAlias)(node)) {
      const target = anchors.get(node.source);
      if (target)
        scan.aliasTargets.set(node, target);
      return;
    }
    if (node.anchor)
      anchors.set(node.anchor, node);
    if ((0, import_yaml2.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      let reported = false;
      for (const pair of node.items) {
        const key = pair.key;
        walk(key);
        if ((0, import_yaml2.isScalar)(key) && !reported) {
          if (seen.has(key.value)) {
            duplicate(key.range?.[0] ?? 0);
            reported = true;
          }
          seen.add(key.value);
        }
        walk(pair.value);
      }
    } else if ((0, import_yaml2.isSeq)(node)) {
      for (const item of node.items)
        walk(item);
    }
  };
  walk(doc.contents);
  return scan;
}

// packages/core/dist/sources/workflow/yaml-reader.js
init_define_TRUSTLINT_PACKAGE();
var import_yaml3 = __toESM(require_dist(), 1);
var YamlReader = class {
  file;
  text;
  targets;
  lines;
  budget;
  /** Members per mapping: the readers look keys up one by one, each lookup would locate them all again. */
  memberCache = /* @__PURE__ */ new WeakMap();
  /** `targets`: each alias's target (scanDocument). */
  constructor(file, text3, targets, lines, budget) {
    this.file = file;
    this.text = text3;
    this.targets = targets;
    this.lines = lines;
    this.budget = budget;
  }
  position(offset) {
    const p = this.lines.linePos(offset);
    return { line: p.line, column: p.col - 1, offset };
  }
  /** A location from offsets, without trailing whitespace (block values end after their newline). */
  location(start, end) {
    let e = Math.max(start, end);
    while (e > start && /\s/.test(this.text[e - 1] ?? ""))
      e--;
    return { file: this.file, span: { start: this.position(start), end: this.position(e) } };
  }
  locate(node) {
    const [start, end] = node.range ?? [0, 0];
    return this.location(start, end);
  }
  /** The node itself, or the node an alias names. */
  resolve(node) {
    if ((0, import_yaml3.isAlias)(node)) {
      this.budget.alias({ offset: node.range?.[0] ?? 0 });
      const target = this.targets.get(node);
      return target && !(0, import_yaml3.isAlias)(target) ? target : void 0;
    }
    return (0, import_yaml3.isMap)(node) || (0, import_yaml3.isSeq)(node) || (0, import_yaml3.isScalar)(node) ? node : void 0;
  }
  map(node) {
    const n = this.resolve(node);
    return (0, import_yaml3.isMap)(n) ? n : void 0;
  }
  seq(node) {
    const n = this.resolve(node);
    return (0, import_yaml3.isSeq)(n) ? n : void 0;
  }
  /** Members of a mapping with scalar keys, in order. */
  members(node) {
    const map = this.map(node);
    if (!map)
      return [];
    const cached = this.memberCache.get(map);
    if (cached)
      return cached;
    const out = [];
    for (const pair of map.items) {
      const key = this.resolve(pair.key);
      if (!(0, import_yaml3.isScalar)(key) || !key.range)
        continue;
      const value2 = this.resolve(pair.value);
      const end = value2?.range?.[1] ?? key.range[1];
      out.push({ key: String(key.value), keyLocation: this.locate(key), value: value2, location: this.location(key.range[0], end) });
    }
    this.memberCache.set(map, out);
    return out;
  }
  member(node, key) {
    return this.members(node).find((m) => m.key === key);
  }
  get(node, key) {
    return this.member(node, key)?.value;
  }
  /**
   * A scalar as a workflow value (literal or expression). A collection where a scalar belongs keeps
   * its source text, so rules can still point at it; a missing value gives undefined.
   */
  value(node) {
    const n = this.resolve(node);
    if (!n?.range)
      return void 0;
    const [start, end] = n.range;
    const source = this.text.slice(start, end).trimEnd();
    const text3 = (0, import_yaml3.isScalar)(n) ? String(n.value) : source;
    const location = this.locate(n);
    const parts = splitExpressions(text3);
    if (parts.every((p) => p.kind === "text"))
      return { kind: "literal", text: text3, location, source };
    const refs = [...new Set(parts.flatMap((p) => p.kind === "expression" ? p.refs : []))];
    return { kind: "expression", text: text3, refs, parts, location, source };
  }
  /** The plain text of a scalar, or undefined. */
  string(node) {
    const n = this.resolve(node);
    return (0, import_yaml3.isScalar)(n) ? String(n.value) : void 0;
  }
  /** A scalar or a sequence of scalars as a list of values. */
  list(node) {
    const seq = this.seq(node);
    if (!seq) {
      const v = this.value(node);
      return v && v.text !== "" ? [v] : [];
    }
    return seq.items.flatMap((item) => {
      const v = this.value(item);
      return v ? [v] : [];
    });
  }
  /** `name: value` entries of a mapping (env, with, secrets). */
  entries(node) {
    return this.members(node).flatMap((m) => {
      const value2 = this.value(m.value) ?? this.emptyValue(m.keyLocation);
      return [{ name: m.key, nameLocation: m.keyLocation, value: value2 }];
    });
  }
  /** An empty literal right after a key, for `key:` without a value. */
  emptyValue(after) {
    return { kind: "literal", text: "", source: "", location: { file: this.file, span: { start: after.span.end, end: after.span.end } } };
  }
};

// packages/core/dist/sources/workflow/index.js
var WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
function parseYaml(input, what, reportErrors, budget) {
  const oversized = oversizedInput(input.file, input.text);
  if (oversized)
    return { findings: [oversized] };
  const lines = new import_yaml4.LineCounter();
  const doc = parseYamlDocument(input.text, { lineCounter: lines, schema: "failsafe", prettyErrors: false, uniqueKeys: false }, budget);
  if (doc instanceof LimitError)
    return { findings: [limitFinding({ what: `the ${what}`, file: input.file, text: input.text }, doc)] };
  const scan = scanDocument(doc);
  const error = doc.errors[0] ?? duplicateKeyError(scan.duplicateKeyAt);
  if (error) {
    if (!reportErrors)
      return { findings: [] };
    const reader2 = new YamlReader(input.file, input.text, scan.aliasTargets, lines, budget);
    const [start, end] = error.pos;
    const span = { start: reader2.position(start), end: reader2.position(Math.max(end, start + 1)) };
    const message = error.message.split("\n")[0] ?? error.message;
    return { findings: [{ ruleId: "parse-error", severity: "error", message: `${what} is not valid YAML: ${message}`, location: { file: input.file, span } }] };
  }
  const reader = new YamlReader(input.file, input.text, scan.aliasTargets, lines, budget);
  return { reader, root: reader.map(doc.contents) };
}
function duplicateKeyError(at) {
  return at < 0 ? void 0 : { pos: [at, at + 1], message: "Map keys must be unique" };
}
function readYamlFile(input, what, reportErrors, budget, build) {
  try {
    const parsed = parseYaml(input, what, reportErrors, budget);
    if ("findings" in parsed)
      return { documents: [], findings: parsed.findings };
    const doc = build(parsed.reader, parsed.root);
    return { documents: doc ? [doc] : [], findings: [] };
  } catch (err) {
    if (err instanceof LimitError)
      return { documents: [], findings: [limitFinding({ what: `the ${what}`, file: input.file, text: input.text }, err)] };
    throw err;
  }
}
function readWorkflow(input, options = {}, budget = new EvaluationBudget(options.limits, input.text.length)) {
  const reportErrors = input.explicit || WORKFLOW_PATH.test(input.file.replace(/\\/g, "/"));
  return readYamlFile(input, "workflow", reportErrors, budget, (reader, root) => {
    const on = reader.member(root, "on");
    const jobsMember = reader.member(root, "jobs");
    if (!root || !on || !reader.map(jobsMember?.value))
      return void 0;
    const triggers = readTriggers(reader, on);
    const permissionsMember = reader.member(root, "permissions");
    const permissions = permissionsMember ? readPermissions(reader, permissionsMember) : void 0;
    const name = reader.value(reader.get(root, "name"));
    const env = readEnv(reader, reader.member(root, "env"));
    const jobs = reader.members(jobsMember?.value).map((m) => readJob(reader, m, { triggers, ...permissions ? { permissions } : {} }));
    return {
      kind: "workflow",
      workflowKind: "workflow",
      file: input.file,
      location: reader.location(0, input.text.length),
      ...name ? { name } : {},
      triggers,
      triggersLocation: on.keyLocation,
      ...permissions ? { permissions } : {},
      ...env ? { env } : {},
      jobs,
      inputs: [],
      steps: []
    };
  });
}
function readCompositeAction(input, options = {}, budget = new EvaluationBudget(options.limits, input.text.length)) {
  return readYamlFile(input, "action", input.explicit, budget, (reader, root) => {
    const runs = reader.get(root, "runs");
    if (!root || reader.string(reader.get(runs, "using"))?.toLowerCase() !== "composite")
      return void 0;
    const name = reader.value(reader.get(root, "name"));
    return {
      kind: "workflow",
      workflowKind: "composite-action",
      file: input.file,
      location: reader.location(0, input.text.length),
      ...name ? { name } : {},
      triggers: [],
      jobs: [],
      inputs: readParams(reader, reader.get(root, "inputs")),
      steps: readSteps(reader, reader.get(runs, "steps"))
    };
  });
}

// packages/core/dist/sources/workflow/adapter.js
var WORKFLOW_PATH2 = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
var workflowAdapter = {
  kinds: ["workflow", "composite-action"],
  inputName: /\.ya?ml$/,
  kindTokens: ["jobs", "runs"],
  byPath: (path) => WORKFLOW_PATH2.test(path) ? "workflow" : void 0,
  byContent(path, text3) {
    if (!isYamlLike(path, text3))
      return void 0;
    if (/^on[ \t]*:/m.test(text3) && /^jobs[ \t]*:/m.test(text3))
      return "workflow";
    if (/(^|\/)action\.ya?ml$/.test(path) && /^runs[ \t]*:/m.test(text3))
      return "composite-action";
    return void 0;
  },
  read: (kind, source, options, budget) => kind === "composite-action" ? readCompositeAction(source, options, budget) : readWorkflow(source, options, budget),
  // `uses: ./…` composite actions are followed once every workflow of the scan is read.
  finish: (documents) => {
    linkLocalActions(documents);
  }
};

// packages/core/dist/sources/gitlab-ci/adapter.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/gitlab-ci/index.js
init_define_TRUSTLINT_PACKAGE();
var import_yaml6 = __toESM(require_dist(), 1);

// packages/core/dist/sources/gitlab-ci/raw.js
init_define_TRUSTLINT_PACKAGE();
var GITLAB_CI_PATH = /(^|\/)\.gitlab-ci\.ya?ml$/;
var RAW = /* @__PURE__ */ new WeakMap();
function setRaw(doc, root) {
  RAW.set(doc, root);
}
function rawOf(doc) {
  return RAW.get(doc);
}

// packages/core/dist/sources/gitlab-ci/resolve.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/gitlab-ci/tree.js
init_define_TRUSTLINT_PACKAGE();
var import_yaml5 = __toESM(require_dist(), 1);
function rawTree(reader, node, budget) {
  const n = reader.resolve(node);
  if (!n)
    return void 0;
  const at = { offset: n.range?.[0] ?? 0 };
  budget.grow(NODE_SIZE, at);
  const location = reader.locate(n);
  if ((0, import_yaml5.isMap)(n)) {
    const entries = [];
    for (const m of reader.members(n)) {
      const value2 = rawTree(reader, m.value, budget) ?? { kind: "scalar", text: "", source: "", location: { file: reader.file, span: { start: m.keyLocation.span.end, end: m.keyLocation.span.end } } };
      entries.push({ key: m.key, keyLocation: m.keyLocation, value: value2 });
    }
    return { kind: "map", entries, location };
  }
  if ((0, import_yaml5.isSeq)(n)) {
    const items = [];
    for (const item of n.items) {
      const t = rawTree(reader, item, budget);
      if (t)
        items.push(t);
    }
    return { kind: "seq", items, location, ...n.tag === "!reference" ? { reference: true } : {} };
  }
  const [start, end] = n.range ?? [0, 0];
  return { kind: "scalar", text: (0, import_yaml5.isScalar)(n) ? scalarString(n.value) : "", source: reader.text.slice(start, end).trimEnd(), location };
}
function entry(node, key) {
  return node?.kind === "map" ? node.entries.find((e) => e.key === key) : void 0;
}
function child(node, key) {
  return entry(node, key)?.value;
}
function scalarText2(node) {
  return node?.kind === "scalar" ? node.text : void 0;
}
function scalarList(node) {
  if (!node)
    return [];
  if (node.kind === "scalar")
    return node.text === "" ? [] : [node];
  if (node.kind === "seq")
    return node.items.filter((i) => i.kind === "scalar");
  return [];
}
function deepMerge(base, over) {
  if (base.kind !== "map" || over.kind !== "map")
    return over;
  const entries = [...base.entries];
  for (const e of over.entries) {
    const i = entries.findIndex((b) => b.key === e.key);
    const prior = i >= 0 ? entries[i] : void 0;
    if (prior)
      entries[i] = { key: e.key, keyLocation: e.keyLocation, value: deepMerge(prior.value, e.value) };
    else
      entries.push(e);
  }
  return { kind: "map", entries, location: over.location };
}
function scalarString(v) {
  return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : "";
}

// packages/core/dist/sources/gitlab-ci/resolve.js
var GLOBAL_KEYS = /* @__PURE__ */ new Set(["default", "include", "stages", "variables", "workflow", "spec", "image", "services", "cache", "before_script", "after_script", "types"]);
var DEFAULT_KEYS = ["before_script", "after_script", "id_tokens"];
var MAX_EXTENDS_DEPTH = 11;
var MAX_REFERENCE_DEPTH = 10;
var SECTIONS = ["before_script", "script", "after_script"];
var MAX_REFERENCED_NODES = 1e5;
function mergeFiles(roots) {
  const [main, ...included] = roots;
  if (!main)
    return void 0;
  let merged;
  for (const r of [...included, main])
    merged = merged ? mergeTop(merged, r) : r;
  return merged;
}
function mergeTop(base, over) {
  const entries = [...base.entries];
  for (const e of over.entries) {
    const i = entries.findIndex((b) => b.key === e.key);
    const prior = i >= 0 ? entries[i] : void 0;
    if (prior)
      entries[i] = { ...e, value: deepMerge(prior.value, e.value) };
    else
      entries.push(e);
  }
  return { kind: "map", entries, location: over.location };
}
function resolveJobs(config) {
  const unresolved = [];
  const note = (kind, message, location) => {
    if (!unresolved.some((u) => u.message === message && u.location.span.start.offset === location.span.start.offset && u.location.file === location.file)) {
      unresolved.push({ kind, message, location });
    }
  };
  const definitions = /* @__PURE__ */ new Map();
  for (const e of config.entries)
    if (e.value.kind === "map")
      definitions.set(e.key, e);
  const extended = /* @__PURE__ */ new Map();
  const extend = (name, depth, chain) => {
    const hit = extended.get(name);
    if (hit)
      return hit;
    const def = definitions.get(name);
    if (!def || def.value.kind !== "map")
      return void 0;
    const own = def.value;
    const parents = scalarList(child(own, "extends"));
    const missing = [];
    let base;
    for (const p of parents) {
      if (chain.includes(p.text)) {
        note("limit", `\`extends: ${p.text}\` in "${name}" is circular; GitLab rejects this pipeline`, p.location);
        continue;
      }
      if (depth >= MAX_EXTENDS_DEPTH) {
        note("limit", `\`extends:\` nests more than ${String(MAX_EXTENDS_DEPTH)} levels at "${name}"; GitLab rejects this pipeline`, p.location);
        continue;
      }
      const parent = extend(p.text, depth + 1, [...chain, p.text]);
      if (!parent) {
        missing.push(p.text);
        continue;
      }
      for (const m of parent.missing)
        if (!missing.includes(m))
          missing.push(m);
      base = base ? deepMerge(base, parent.node) : parent.node;
    }
    const withoutExtends = { kind: "map", entries: own.entries.filter((e) => e.key !== "extends"), location: own.location };
    const node = base ? deepMerge(base, withoutExtends) : withoutExtends;
    const result = { node, missing };
    extended.set(name, result);
    return result;
  };
  let copied = 0;
  const size = (n) => n.kind === "scalar" ? 1 : n.kind === "seq" ? n.items.reduce((k, i) => k + size(i), 1) : n.entries.reduce((k, e) => k + size(e.value), 1);
  const dereference = (ref2, depth) => {
    if (copied > MAX_REFERENCED_NODES) {
      note("limit", `\`!reference\` copies more than ${String(MAX_REFERENCED_NODES)} values in this pipeline: the rest are not analysed`, ref2.location);
      return void 0;
    }
    if (ref2.kind !== "seq")
      return void 0;
    const path = ref2.items.map(scalarText2);
    const [jobName, ...keys] = path;
    if (jobName === void 0 || path.some((p) => p === void 0) || depth >= MAX_REFERENCE_DEPTH) {
      note(depth >= MAX_REFERENCE_DEPTH ? "limit" : "reference", depth >= MAX_REFERENCE_DEPTH ? `\`!reference\` nests more than ${String(MAX_REFERENCE_DEPTH)} levels; GitLab rejects this pipeline` : "`!reference` does not name a path of keys", ref2.location);
      return void 0;
    }
    let target = GLOBAL_KEYS.has(jobName) ? child(config, jobName) : extend(jobName, 0, [jobName])?.node;
    for (const k of keys)
      target = child(target, k ?? "");
    if (!target) {
      note("reference", `\`!reference [${path.join(", ")}]\` names nothing this scan defines (it may come from an include trustlint did not read): the value it stands for is not analysed`, ref2.location);
      return void 0;
    }
    const expanded = expandReferences(target, depth + 1);
    if (expanded)
      copied += size(expanded);
    return expanded;
  };
  const expandReferences = (node, depth) => {
    if (node.kind === "seq" && node.reference)
      return dereference(node, depth);
    if (node.kind === "map") {
      const entries = [];
      for (const e of node.entries) {
        const v = expandReferences(e.value, depth);
        if (v)
          entries.push({ ...e, value: v });
      }
      return { ...node, entries };
    }
    if (node.kind === "seq") {
      const items = [];
      for (const item of node.items) {
        const v = expandReferences(item, depth);
        if (!v)
          continue;
        if (item.kind === "seq" && item.reference && v.kind === "seq")
          appendAll(items, v.items);
        else
          items.push(v);
      }
      return { ...node, items };
    }
    return node;
  };
  const defaults = defaultsOf(config, expandReferences);
  const globalVariables = child(config, "variables");
  const jobs = [];
  for (const [name, def] of definitions) {
    if (GLOBAL_KEYS.has(name) || name.startsWith("."))
      continue;
    const ext = extend(name, 0, [name]);
    if (!ext)
      continue;
    const job = expandReferences(ext.node, 0);
    for (const m of ext.missing) {
      note("extends", `job "${name}" extends "${m}", which this scan does not define (it may come from an include trustlint did not read): the job is analysed without it`, def.keyLocation);
    }
    jobs.push(toJob(name, def, job, ext.missing, defaults, globalVariables && expandReferences(globalVariables, 0)));
  }
  return { jobs, unresolved };
}
function defaultsOf(config, expand) {
  const out = /* @__PURE__ */ new Map();
  for (const key of DEFAULT_KEYS) {
    const legacy = key === "id_tokens" ? void 0 : child(config, key);
    const value2 = child(child(config, "default"), key) ?? legacy;
    const expanded = value2 && expand(value2, 0);
    if (expanded)
      out.set(key, expanded);
  }
  return out;
}
function inherits(job, kind, key) {
  const v = child(child(job, "inherit"), kind);
  if (!v)
    return true;
  if (v.kind === "scalar")
    return v.text !== "false";
  const names = scalarList(v).map((s) => s.text);
  return key === void 0 ? names : names.includes(key);
}
function value(node) {
  return node.kind === "scalar" ? { text: node.text, source: node.source, location: node.location } : { text: "", source: "", location: node.location };
}
function readVariables(node) {
  if (node?.kind !== "map")
    return [];
  return node.entries.flatMap((e) => {
    const v = e.value.kind === "map" ? child(e.value, "value") : e.value;
    if (!v || v.kind !== "scalar")
      return [];
    return [{ name: e.key, nameLocation: e.keyLocation, value: value(v) }];
  });
}
function flatten(node, section, out, depth = 0) {
  if (!node || depth > MAX_REFERENCE_DEPTH)
    return;
  if (node.kind === "scalar") {
    if (node.text !== "")
      out.push({ section, text: node.text, source: node.source, location: node.location });
    return;
  }
  if (node.kind === "seq")
    for (const item of node.items)
      flatten(item, section, out, depth + 1);
}
function readIdTokens(node) {
  if (node?.kind !== "map")
    return [];
  return node.entries.map((e) => ({
    name: e.key,
    nameLocation: e.keyLocation,
    aud: scalarList(child(e.value, "aud")).map(value),
    location: e.value.location
  }));
}
function readRules(node) {
  if (node?.kind !== "seq")
    return void 0;
  return node.items.flatMap((item) => {
    if (item.kind !== "map")
      return [];
    const cond = child(item, "if");
    const when = scalarText2(child(item, "when"));
    return [{ ...cond?.kind === "scalar" ? { if: value(cond) } : {}, ...when !== void 0 ? { when } : {}, location: item.location }];
  });
}
function readRefFilter(e) {
  if (!e)
    return void 0;
  const refs = e.value.kind === "map" ? child(e.value, "refs") : e.value;
  return { refs: scalarList(refs).map(value), location: { file: e.keyLocation.file, span: { start: e.keyLocation.span.start, end: e.value.location.span.end } } };
}
function toJob(name, def, job, missing, defaults, globals) {
  const own = (key) => {
    const mine = entry(job, key);
    if (mine) {
      const written = def.value.kind === "map" && entry(def.value, key) !== void 0;
      return { node: mine.value, from: written ? "job" : "extends" };
    }
    const d = defaults.get(key);
    return d && inherits(job, "default", key) === true ? { node: d, from: "default" } : void 0;
  };
  const scripts = [];
  for (const section of SECTIONS)
    flatten(section === "script" ? child(job, "script") : own(section)?.node, section, scripts);
  const jobVariables = readVariables(child(job, "variables"));
  const inheritVars = inherits(job, "variables");
  const globalVars = readVariables(globals).filter((v) => Array.isArray(inheritVars) ? inheritVars.includes(v.name) : inheritVars).map((v) => ({ ...v, global: true }));
  const variables = [...globalVars.filter((g) => !jobVariables.some((j) => j.name === g.name)), ...jobVariables];
  const idTokens = own("id_tokens");
  const envNode = child(job, "environment");
  const env = envNode?.kind === "map" ? child(envNode, "name") : envNode;
  const rules = readRules(child(job, "rules"));
  const only = readRefFilter(entry(job, "only"));
  const except = readRefFilter(entry(job, "except"));
  return {
    name,
    nameLocation: def.keyLocation,
    location: def.value.location,
    variables,
    scripts,
    ...idTokens ? { idTokens: { tokens: readIdTokens(idTokens.node), location: idTokens.node.location, from: idTokens.from } } : {},
    ...rules ? { rules } : {},
    ...only ? { only } : {},
    ...except ? { except } : {},
    ...env?.kind === "scalar" && env.text !== "" ? { environment: value(env) } : {},
    dotenv: child(child(child(job, "artifacts"), "reports"), "dotenv") !== void 0,
    missingTemplates: missing
  };
}

// packages/core/dist/sources/gitlab-ci/include.js
init_define_TRUSTLINT_PACKAGE();
var MAX_INCLUDES = 150;
function normalize(file) {
  return file.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}
function rootOf(file) {
  const f = normalize(file);
  const i = f.lastIndexOf("/");
  return i < 0 ? "" : f.slice(0, i + 1);
}
function matcher(root, target) {
  const rel = target.trim().replace(/^\/+/, "");
  if (rel === "" || rel.includes("$"))
    return void 0;
  const full = root + rel;
  if (!full.includes("*"))
    return (f) => f === full;
  let re = "";
  for (let i = 0; i < full.length; i++) {
    const c = full[i] ?? "";
    if (c === "*" && full[i + 1] === "*") {
      re += ".*";
      i++;
    } else if (c === "*")
      re += "[^/]*";
    else
      re += c.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  }
  const compiled = new RegExp(`^${re}$`);
  return (f) => compiled.test(f);
}
function linkLocalIncludes(documents) {
  const pipelines = documents.filter((d) => d.kind === "gitlab-pipeline");
  if (pipelines.length === 0)
    return;
  const byPath = new Map(pipelines.map((p) => [normalize(p.file), p]));
  for (const main of pipelines) {
    if (!GITLAB_CI_PATH.test(normalize(main.file)))
      continue;
    const root = rootOf(main.file);
    const notes = [];
    const order = [];
    const seen = /* @__PURE__ */ new Set([main]);
    const visit2 = (doc) => {
      for (const inc of doc.includes) {
        if (inc.kind !== "local")
          continue;
        const match = matcher(root, inc.target);
        if (!match) {
          notes.push({ kind: "include", message: `\`include: local: ${inc.target}\` names its file through a variable or input, which GitLab expands when the pipeline is created: its jobs are not analysed`, location: inc.location });
          continue;
        }
        const hits = [...byPath.entries()].filter(([f]) => match(f)).map(([, d]) => d);
        if (hits.length === 0) {
          notes.push({ kind: "include", message: `\`include: local: ${inc.target}\` is not among the scanned GitLab CI files: the jobs it defines are not analysed`, location: inc.location });
          continue;
        }
        for (const hit of hits.sort((a, b) => a.file < b.file ? -1 : 1)) {
          if (seen.has(hit))
            continue;
          if (seen.size > MAX_INCLUDES) {
            notes.push({ kind: "limit", message: `the pipeline includes more than ${String(MAX_INCLUDES)} files, GitLab's limit: the rest are not analysed`, location: inc.location });
            return;
          }
          seen.add(hit);
          order.push(hit);
          visit2(hit);
        }
      }
    };
    visit2(main);
    if (order.length === 0 && notes.length === 0)
      continue;
    const raws = [main, ...order].map(rawOf).filter((r) => r !== void 0);
    const merged = mergeFiles(raws);
    if (!merged)
      continue;
    let resolved;
    try {
      resolved = resolveJobs(merged);
    } catch (err) {
      const reason = err instanceof Error ? err.message.split("\n")[0] ?? "" : String(err);
      main.unresolved = dedupe([...main.unresolved, { kind: "limit", message: `the pipeline with its included files could not be resolved (${reason}): its jobs are analysed from this file alone`, location: main.location }]);
      continue;
    }
    main.jobs = resolved.jobs;
    const own = [main, ...order].flatMap((d) => d.unresolved.filter((u) => u.kind === "include"));
    main.unresolved = dedupe([...own, ...resolved.unresolved, ...notes]);
    main.files = [main.file, ...order.map((d) => d.file)];
    for (const d of order)
      if (!d.includedBy.includes(main.file))
        d.includedBy.push(main.file);
  }
}
function dedupe(notes) {
  const out = [];
  for (const n of notes) {
    if (!out.some((o) => o.message === n.message && o.location.file === n.location.file && o.location.span.start.offset === n.location.span.start.offset))
      out.push(n);
  }
  return out.sort((a, b) => a.location.file === b.location.file ? a.location.span.start.offset - b.location.span.start.offset : a.location.file < b.location.file ? -1 : 1);
}

// packages/core/dist/sources/gitlab-ci/index.js
function parse(input, reportErrors, budget) {
  const oversized = oversizedInput(input.file, input.text);
  if (oversized)
    return { findings: [oversized] };
  const attempt = (text3) => {
    const lines2 = new import_yaml6.LineCounter();
    const doc2 = parseYamlDocument(text3, { lineCounter: lines2, schema: "failsafe", prettyErrors: false, uniqueKeys: false }, budget);
    return Object.assign(doc2, { lineCounter: lines2 });
  };
  let doc = attempt(input.text);
  if (doc instanceof LimitError)
    return { findings: [limitFinding({ what: "the GitLab CI file", file: input.file, text: input.text }, doc)] };
  const multiple = doc.errors.find((e) => e.code === "MULTIPLE_DOCS");
  if (multiple && doc.errors.length === 1) {
    const header = doc.contents;
    const at = multiple.pos[0];
    if (header && "items" in header && Array.isArray(header.items) && header.items.length > 0 && String(header.items[0].key?.value) === "spec") {
      const blanked = input.text.slice(0, at).replace(/[^\r\n]/g, " ") + input.text.slice(at);
      doc = attempt(blanked);
      if (doc instanceof LimitError)
        return { findings: [limitFinding({ what: "the GitLab CI file", file: input.file, text: input.text }, doc)] };
    }
  }
  const lines = doc.lineCounter;
  const scan = scanDocument(doc);
  const reader = new YamlReader(input.file, input.text, scan.aliasTargets, lines, budget);
  const error = doc.errors[0] ?? (scan.duplicateKeyAt >= 0 ? { pos: [scan.duplicateKeyAt, scan.duplicateKeyAt + 1], message: "Map keys must be unique" } : void 0);
  if (error) {
    if (!reportErrors)
      return { findings: [] };
    const [start, end] = error.pos;
    const span = { start: reader.position(start), end: reader.position(Math.max(end, start + 1)) };
    const message = error.message.split("\n")[0] ?? error.message;
    return { findings: [{ ruleId: "parse-error", severity: "error", message: `GitLab CI file is not valid YAML: ${message}`, location: { file: input.file, span } }] };
  }
  const root = rawTree(reader, doc.contents, budget);
  return { reader, root: root?.kind === "map" ? root : void 0 };
}
function readIncludes(root) {
  const node = child(root, "include");
  if (!node)
    return [];
  const items = node.kind === "seq" ? node.items : [node];
  return items.map((item) => {
    if (item.kind === "scalar") {
      return { kind: /^https?:\/\//i.test(item.text) ? "remote" : "local", target: item.text, location: item.location };
    }
    const location = item.location;
    for (const kind of ["local", "remote", "template", "component"]) {
      const target = scalarText2(child(item, kind));
      if (target !== void 0)
        return { kind, target, location };
    }
    const project = scalarText2(child(item, "project"));
    if (project !== void 0) {
      const file = child(item, "file");
      const files = file?.kind === "seq" ? file.items.map(scalarText2).filter((f) => f !== void 0) : [scalarText2(file) ?? ""];
      return { kind: "project", target: `${project}:${files.join(",")}`, location };
    }
    return { kind: "unknown", target: "", location };
  });
}
var INCLUDE_KIND = {
  remote: "a remote file",
  project: "a file of another project",
  template: "a GitLab template",
  component: "a CI/CD component",
  unknown: "something trustlint does not recognise"
};
function includeNotes(includes) {
  return includes.flatMap((inc) => inc.kind === "local" ? [] : [{ kind: "include", message: `\`include:\` of ${INCLUDE_KIND[inc.kind]}${inc.target ? ` (${inc.target})` : ""} is not read (trustlint reads only the scanned tree): jobs, variables and \`id_tokens\` it adds or changes are not analysed`, location: inc.location }]);
}
function readGitLabCi(input, options = {}, budget = new EvaluationBudget(options.limits, input.text.length)) {
  const reportErrors = input.explicit || GITLAB_CI_PATH.test(input.file.replace(/\\/g, "/"));
  try {
    const parsed = parse(input, reportErrors, budget);
    if ("findings" in parsed)
      return { documents: [], findings: parsed.findings };
    const { reader, root } = parsed;
    if (!root)
      return { documents: [], findings: [] };
    const resolved = resolveJobs(root);
    const includes = readIncludes(root);
    const doc = {
      kind: "gitlab-pipeline",
      file: input.file,
      location: reader.location(0, input.text.length),
      jobs: resolved.jobs,
      includes,
      unresolved: [...resolved.unresolved, ...includeNotes(includes)],
      includedBy: [],
      files: [input.file]
    };
    setRaw(doc, root);
    return { documents: [doc], findings: [] };
  } catch (err) {
    if (err instanceof LimitError)
      return { documents: [], findings: [limitFinding({ what: "the GitLab CI file", file: input.file, text: input.text }, err)] };
    throw err;
  }
}

// packages/core/dist/sources/gitlab-ci/adapter.js
var GLOBAL_RE = /^stages[ \t]*:[ \t]*(?:\[|(?:#.*)?\r?\n[ \t]*-)|^include[ \t]*:[\s\S]{0,200}?\b(?:local|remote|template|project|component)[ \t]*:/m;
var JOB_KEYWORD_RE = /^[ \t]+(?:script|before_script|after_script|extends|id_tokens)[ \t]*:/m;
var TOP_KEY_RE = /^[A-Za-z0-9_.$-][^\n:#]*:[ \t]*(?:#.*)?\r?$/m;
var gitlabCiAdapter = {
  kinds: ["gitlab-ci"],
  inputName: /\.ya?ml$/,
  kindTokens: ["stages", "include", "script", "extends", "id_tokens"],
  byPath: (path) => GITLAB_CI_PATH.test(path) ? "gitlab-ci" : void 0,
  byContent(path, text3) {
    if (!isYamlLike(path, text3) || /(^|\/)\.github\//.test(path))
      return void 0;
    if (GLOBAL_RE.test(text3))
      return "gitlab-ci";
    return JOB_KEYWORD_RE.test(text3) && TOP_KEY_RE.test(text3) ? "gitlab-ci" : void 0;
  },
  read: (_kind, source, options, budget) => readGitLabCi(source, options, budget),
  // `include: local` files are merged into the pipeline that includes them once every file is read.
  finish: (documents) => {
    linkLocalIncludes(documents);
  }
};

// packages/core/dist/sources/registry.js
var SOURCE_ADAPTERS = [terraformAdapter, terraformPlanAdapter, cloudFormationAdapter, policyFileAdapter, workflowAdapter, gitlabCiAdapter];
function adapterFor(kind) {
  const adapter = SOURCE_ADAPTERS.find((a) => a.kinds.includes(kind));
  if (!adapter)
    throw new Error(`no source adapter reads the input kind "${kind}"`);
  return adapter;
}
function detectWithAdapters(file, text3) {
  const path = slashed(file);
  for (const a of SOURCE_ADAPTERS) {
    const kind = a.byPath?.(path);
    if (kind !== void 0)
      return kind;
  }
  for (const a of SOURCE_ADAPTERS) {
    const kind = a.byContent?.(path, text3);
    if (kind !== void 0)
      return kind;
  }
  return void 0;
}

// packages/core/dist/sources/detect.js
function detectKind(file, text3) {
  return detectWithAdapters(file, text3);
}
function isInputName(file) {
  return SOURCE_ADAPTERS.some((a) => a.inputName.test(file) || a.companionName?.test(file));
}
var KIND_TOKENS = SOURCE_ADAPTERS.flatMap((a) => a.kindTokens);
var KIND_TOKEN_MAX_LENGTH = KIND_TOKENS.reduce((n, t) => Math.max(n, t.length), 0);
function mayHaveKind(file, chunk) {
  const path = slashed(file);
  if (!isInputName(path) || SOURCE_ADAPTERS.some((a) => a.companionName?.test(path)))
    return false;
  if (SOURCE_ADAPTERS.some((a) => a.byPath?.(path) !== void 0))
    return true;
  return KIND_TOKENS.some((t) => chunk.includes(t));
}

// packages/core/dist/suppress.js
init_define_TRUSTLINT_PACKAGE();
var DIRECTIVE = /^(\s*)trustlint-ignore(?=\s|$)/;
var RULE_ID = /[A-Za-z0-9_/-]+/g;
function suppressionDirectives(file, text3, comments) {
  const starts = lineStarts(text3);
  const at = (start, end) => ({ file, span: { start: positionAt(starts, start), end: positionAt(starts, end) } });
  const out = [];
  for (const c of comments) {
    const head = DIRECTIVE.exec(c.body);
    if (!head)
      continue;
    const start = c.bodyOffset + (head[1]?.length ?? 0);
    const afterKeyword = head[0].length;
    const separator = c.body.indexOf("--", afterKeyword);
    const list2 = c.body.slice(afterKeyword, separator < 0 ? void 0 : separator);
    const reason = separator < 0 ? "" : c.body.slice(separator + 2).trim();
    const rules = [...list2.matchAll(RULE_ID)].map((m) => {
      const offset = c.bodyOffset + afterKeyword + m.index;
      return { id: m[0], location: at(offset, offset + m[0].length) };
    });
    const end = c.bodyOffset + c.body.trimEnd().length;
    out.push({ file, location: at(start, Math.max(start, end)), appliesTo: c.endLine + 1, rules, ...reason !== "" ? { reason } : {} });
  }
  return out;
}
var HASH_COMMENTS = /\.(ya?ml|tf|tfvars|hcl|template)$/;
var SLASH_COMMENTS = /\.(tf|tfvars|hcl)$/;
function lineComments(file, text3) {
  if (!HASH_COMMENTS.test(file) || !text3.includes("trustlint-ignore"))
    return [];
  const slash = SLASH_COMMENTS.test(file);
  const out = [];
  let offset = 0;
  let line = 1;
  for (const raw of text3.split(/(\r\n|\r|\n)/)) {
    if (/^(\r\n|\r|\n)$/.test(raw)) {
      offset += raw.length;
      line++;
      continue;
    }
    const m = /^(\s*)(#|\/\/)/.exec(raw);
    if (m && (m[2] === "#" || slash)) {
      const bodyStart = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
      out.push({ body: raw.slice(bodyStart), bodyOffset: offset + bodyStart, endLine: line });
    }
    offset += raw.length;
  }
  return out;
}
function applySuppressions(findings, directives) {
  if (directives.length === 0)
    return { kept: [...findings], suppressed: 0, problems: [] };
  const active = /* @__PURE__ */ new Map();
  for (const d of directives) {
    if (d.reason === void 0)
      continue;
    const key = `${d.file}\0${d.appliesTo}`;
    const list2 = active.get(key);
    if (list2)
      list2.push(d);
    else
      active.set(key, [d]);
  }
  const used = /* @__PURE__ */ new Set();
  const kept = [];
  let suppressed = 0;
  for (const f of findings) {
    const loc = f.location;
    const candidates2 = loc ? active.get(`${loc.file}\0${loc.span.start.line}`) : void 0;
    const match = candidates2?.find((d) => d.rules.some((r) => r.id === f.ruleId));
    if (match) {
      suppressed++;
      used.add(`${directives.indexOf(match)}\0${f.ruleId}`);
    } else
      kept.push(f);
  }
  const problems = directives.flatMap((d, i) => directiveProblems(d, (id) => used.has(`${i}\0${id}`)));
  return { kept, suppressed, problems };
}
var FORM = "`trustlint-ignore rule-id -- reason`";
function directiveProblems(d, isUsed) {
  const problem = (location, message, properties) => ({
    ruleId: "unused-suppression",
    severity: ruleMeta("unused-suppression").defaultSeverity,
    message,
    location,
    properties
  });
  if (d.rules.length === 0) {
    return [problem(d.location, `this trustlint-ignore comment names no rule id, so it suppresses nothing: write ${FORM}.`, { problem: "no-rule" })];
  }
  if (d.reason === void 0) {
    const ids = d.rules.map((r) => r.id).join(", ");
    return [
      problem(d.location, `this trustlint-ignore comment for ${ids} has no reason, so it suppresses nothing: add why the finding is accepted after \`--\` (${FORM}).`, { problem: "no-reason", rules: d.rules.map((r) => r.id) })
    ];
  }
  return d.rules.flatMap((r) => {
    if (!isRuleId(r.id)) {
      const guess = closestName(r.id, CATALOG.map((m) => m.id));
      return [
        problem(r.location, `"${r.id}" is not a trustlint rule id${guess ? ` (did you mean "${guess}"?)` : ""}, so it suppresses nothing; \`trustlint rules\` lists the ids.`, {
          problem: "unknown-rule",
          rule: r.id
        })
      ];
    }
    if (isUsed(r.id))
      return [];
    return [
      problem(r.location, `trustlint-ignore ${r.id} suppresses nothing: no ${r.id} finding starts on line ${d.appliesTo}. Remove the comment, or move it to the line above the finding.`, {
        problem: "unused",
        rule: r.id
      })
    ];
  });
}
function applyInlineIgnores(findings, files) {
  const directives = files.flatMap((f) => suppressionDirectives(f.file, f.text, lineComments(f.file, f.text)));
  const result = applySuppressions(findings, directives);
  const quiet = new Set(files.filter((f) => f.reportUnused === false).map((f) => f.file));
  if (quiet.size === 0)
    return result;
  return { ...result, problems: result.problems.filter((p) => !quiet.has(p.location?.file ?? "")) };
}

// packages/core/dist/analyze.js
async function analyzeFiles(inputs, options = {}) {
  for (const adapter of SOURCE_ADAPTERS) {
    const loader = adapter.group?.loader;
    if (loader && inputs.some((i) => adapter.byPath?.(slashed(i.file)) !== void 0))
      await loader.load();
  }
  return analyze(inputs, options);
}
function analyze(inputs, options = {}) {
  const config = options.config ?? {};
  const raw = [];
  const documents = [];
  let files = 0;
  const unrecognised = [];
  const analysed = [];
  const declared = { variables: /* @__PURE__ */ new Set(), parameters: /* @__PURE__ */ new Set() };
  const noteDeclared = (result2) => {
    for (const v of result2.declared?.variables ?? [])
      declared.variables.add(v);
    for (const p of result2.declared?.parameters ?? [])
      declared.parameters.add(p);
  };
  const groupKeys = /* @__PURE__ */ new Map();
  const contextFiles = /* @__PURE__ */ new Map();
  const budgets = [];
  const budgetFor = (inputSize) => new EvaluationBudget(options.sources?.limits, inputSize);
  const spent = (file, budget) => {
    budgets.push({ file, usage: budget.usage() });
  };
  let done = 0;
  const progress = () => options.onProgress?.({ phase: "read", done, total: inputs.length, findings: raw.length });
  const waiting = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    const text3 = input.text.charCodeAt(0) === 65279 ? input.text.slice(1) : input.text;
    const oversized = oversizedInput(input.file, text3);
    if (oversized) {
      raw.push(oversized);
      done++;
      progress();
      continue;
    }
    const contextKey = input.kind === void 0 ? contextOf(input.file) : void 0;
    if (contextKey) {
      contextFiles.set(input.file, contextKey);
      continue;
    }
    const kind = input.kind ?? detectKind(input.file, text3);
    if (kind === void 0) {
      unrecognised.push(input.file);
      done++;
      progress();
      continue;
    }
    files++;
    analysed.push({ file: input.file, text: text3 });
    const adapter = adapterFor(kind);
    const group = adapter.group;
    if (group) {
      const keys = groupKeys.get(group) ?? /* @__PURE__ */ new Set();
      const key = group.key(input.file);
      keys.add(key);
      groupKeys.set(group, keys);
      waiting.set(key, (waiting.get(key) ?? 0) + 1);
      continue;
    }
    const source = { file: input.file, text: text3, explicit: input.explicit ?? false };
    const budget = budgetFor(text3.length);
    const result2 = guarded(source, () => readWith(adapter, kind, source, options.sources ?? {}, budget));
    spent(input.file, budget);
    noteDeclared(result2);
    if (result2.unrecognised) {
      files--;
      analysed.pop();
      if (result2.findings.length === 0)
        unrecognised.push(input.file);
    }
    appendAll(raw, result2.findings);
    appendAll(documents, result2.documents);
    done++;
    progress();
  }
  const sharedFiles = /* @__PURE__ */ new Set();
  for (const [group, keys] of groupKeys) {
    const members = /* @__PURE__ */ new Map();
    for (const i of inputs) {
      const context2 = contextFiles.get(i.file);
      const key = context2?.group === group ? context2.key : group.key(i.file);
      if (!keys.has(key))
        continue;
      const member2 = { file: i.file, text: i.text.charCodeAt(0) === 65279 ? i.text.slice(1) : i.text, explicit: i.explicit ?? false };
      const list2 = members.get(key);
      if (list2)
        list2.push(member2);
      else
        members.set(key, [member2]);
    }
    if (group.loader && !group.loader.loaded())
      throw group.loader.notLoaded();
    const units = [...keys].sort().map((key) => ({ key, inputs: members.get(key) ?? [] }));
    const first = units[0]?.inputs[0] ?? { file: units[0]?.key ?? ".", text: "" };
    const result2 = guarded(first, () => group.read(units, { options: options.sources ?? {}, budgetFor, spent }));
    noteDeclared(result2);
    for (const f of ("sharedFiles" in result2 ? result2.sharedFiles : void 0) ?? [])
      sharedFiles.add(f);
    appendAll(raw, result2.findings);
    appendAll(documents, result2.documents);
    for (const key of keys)
      done += waiting.get(key) ?? 0;
    progress();
  }
  for (const adapter of SOURCE_ADAPTERS)
    adapter.finish?.(documents);
  const { onProgress } = options;
  const before = raw.length;
  appendAll(raw, onceInSharedFiles(runRules(documents, analysed, config, options.policyRunner, onProgress ? (d, total, found) => {
    onProgress({ phase: "rules", done: d, total, findings: before + found });
  } : void 0), sharedFiles));
  onProgress?.({ phase: "rules", done: documents.length, total: documents.length, findings: raw.length });
  appendAll(raw, options.findings ?? []);
  const companions = new Set(inputs.filter((i) => i.companion).map((i) => i.file));
  const inline = applyInlineIgnores(withoutCompanionFindings(raw, inputs, documents), analysed.map((a) => companions.has(a.file) ? { ...a, reportUnused: false } : a));
  const result = finalizeFindings([...inline.kept, ...inline.problems], documents, files, config);
  const undeclared = {
    vars: Object.keys(options.sources?.vars ?? {}).filter((v) => !declared.variables.has(v)),
    parameters: Object.keys(options.sources?.parameters ?? {}).filter((p) => !declared.parameters.has(p))
  };
  const context = unrecognised.filter((file) => ![...groupKeys].some(([group, keys]) => keys.has(group.key(file))));
  return { ...result, suppressed: result.suppressed + inline.suppressed, budgets, unrecognised: context, undeclared };
}
function contextOf(file) {
  for (const adapter of SOURCE_ADAPTERS) {
    const key = adapter.group?.contextOf?.(slashed(file));
    if (key !== void 0 && adapter.group)
      return { group: adapter.group, key };
  }
  return void 0;
}
function onceInSharedFiles(findings, sharedFiles) {
  if (sharedFiles.size === 0)
    return findings;
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const loc = f.location;
    if (!loc || !sharedFiles.has(loc.file))
      return true;
    const key = JSON.stringify([f.ruleId, loc.file, loc.span, f.path ?? null, f.message, f.witness ?? null]);
    if (seen.has(key))
      return false;
    seen.add(key);
    return true;
  });
}
function withoutCompanionFindings(findings, inputs, documents) {
  const companions = new Set(inputs.filter((i) => i.companion).map((i) => i.file));
  if (companions.size === 0)
    return findings;
  const namedResources = new Set(documents.flatMap((d) => d.kind !== "workflow" && d.kind !== "gitlab-pipeline" && d.resource !== void 0 && d.location && !companions.has(d.location.file) ? [d.resource] : []));
  return findings.filter((f) => {
    const file = f.location?.file;
    if (file === void 0 || !companions.has(file))
      return true;
    return f.resource !== void 0 && namedResources.has(f.resource);
  });
}
function readWith(adapter, kind, source, options, budget) {
  if (!adapter.read)
    throw new Error(`the source adapter for "${kind}" reads no single file`);
  return adapter.read(kind, source, options, budget);
}
function analyzeTrustPolicy(doc, config = {}) {
  return runPolicyRules(doc, config);
}
function finalizeFindings(raw, documents, files, config) {
  let suppressed = 0;
  const findings = [];
  for (const f of raw) {
    const setting = config.rules?.[f.ruleId];
    if (setting === "off")
      continue;
    if (isIgnored(f, config)) {
      suppressed++;
      continue;
    }
    findings.push(setting ? { ...f, severity: setting } : f);
  }
  findings.sort(compareFindings);
  return { findings, documents, suppressed, files };
}
function isIgnored(f, config) {
  const file = f.location?.file;
  return (config.ignoreFindings ?? []).some((i) => i.rule === f.ruleId && file !== void 0 && normalizePath2(i.file) === normalizePath2(file));
}
function normalizePath2(p) {
  return p.replace(/\\/g, "/").replace(/^\.\//, "");
}
function compareFindings(a, b) {
  const fa = a.location?.file ?? "";
  const fb = b.location?.file ?? "";
  if (fa !== fb)
    return fa < fb ? -1 : 1;
  const la = a.location?.span.start ?? { line: 0, column: 0 };
  const lb = b.location?.span.start ?? { line: 0, column: 0 };
  if (la.line !== lb.line)
    return la.line - lb.line;
  if (la.column !== lb.column)
    return la.column - lb.column;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}

// packages/core/dist/load-online.js
init_define_TRUSTLINT_PACKAGE();
function loadOnlineChecks() {
  return import("./aws-TUCCJAJC.mjs");
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
var import_yaml7 = __toESM(require_dist(), 1);
var createHash2 = (...args2) => process.getBuiltinModule("node:crypto").createHash(...args2);
var RECIPE = "trustlint-fingerprint/1";
function findingFingerprints(findings, options = {}) {
  const anchors = new AnchorFinder(options.texts);
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const file = f.location ? options.fileKey?.(f.location.file) ?? f.location.file : "";
    const key = [RECIPE, f.ruleId, file, f.resource ?? "", anchors.anchorOf(f)].join("\0");
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return createHash2("sha256").update(`${key}\0${ordinal}`).digest("hex").slice(0, 32);
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
    const text3 = this.texts?.get(file);
    let root = null;
    if (text3 !== void 0) {
      const doc = parseYamlDocument(text3, { uniqueKeys: false, strict: false, prettyErrors: false });
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
    if ((0, import_yaml7.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml7.isPair)(p) && (contains(p.key, offset) || contains(p.value, offset)));
      if (!pair)
        return path;
      path.push((0, import_yaml7.isScalar)(pair.key) ? String(pair.key.value) : "?");
      if (contains(pair.key, offset))
        return path;
      node = pair.value;
    } else if ((0, import_yaml7.isSeq)(node)) {
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

// packages/core/dist/sources/cdk/documents.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/constructs.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/values.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/github-oidc.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/strings.js
init_define_TRUSTLINT_PACKAGE();
var MAX_OPTIONS = DEFAULT_LIMITS.alternatives;

// packages/core/dist/sources/cdk/to-policy.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/mutations.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/estree.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/trust-policy.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/evaluate.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/calls.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/patterns.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/classes.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/scope.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/walk.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/output/sanitize.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/output/control-characters.js
init_define_TRUSTLINT_PACKAGE();
function isControlCharacter(code) {
  return code < 32 || code >= 127 && code <= 159 || code === 8232 || code === 8233 || code === 1564 || code === 8206 || code === 8207 || code >= 8234 && code <= 8238 || code >= 8294 && code <= 8297;
}
function replaceControls(text3, replace) {
  let out = "";
  let at = 0;
  for (let i = 0; i < text3.length; i++) {
    const code = text3.charCodeAt(i);
    if (!isControlCharacter(code))
      continue;
    const replacement = replace(text3.charAt(i), code);
    if (replacement === text3.charAt(i))
      continue;
    out += text3.slice(at, i) + replacement;
    at = i + 1;
  }
  return at === 0 ? text3 : out + text3.slice(at);
}
function unicodeEscape(code) {
  return `\\u${code.toString(16).padStart(4, "0")}`;
}
function escapeControlCharacters(text3) {
  return replaceControls(text3, (_, code) => unicodeEscape(code));
}
function escapeControlCharactersInText(text3) {
  return replaceControls(text3, (c, code) => c === "	" || c === "\n" ? c : unicodeEscape(code));
}
function showControlCharacters(text3) {
  return replaceControls(text3, (c, code) => {
    if (c === "	" || c === "\n" || c === "\r")
      return c;
    if (code < 32)
      return String.fromCharCode(9216 + code);
    return code === 127 ? "\u2421" : "\uFFFD";
  });
}

// packages/core/dist/output/sanitize.js
function sanitizeText(text3, mode = "terminal") {
  const redacted = redactSecrets(text3);
  return mode === "terminal" ? escapeControlCharacters(redacted) : redacted;
}
var MAX_DEPTH = 64;
function sanitizeValue(value2, mode) {
  return sanitizeDeep(value2, mode, 0);
}
function sanitizeDeep(value2, mode, depth) {
  if (typeof value2 === "string")
    return sanitizeText(value2, mode);
  if (value2 === null || typeof value2 !== "object")
    return value2;
  if (depth >= MAX_DEPTH)
    return sanitizeText(JSON.stringify(value2), mode);
  if (Array.isArray(value2))
    return value2.map((item) => sanitizeDeep(item, mode, depth + 1));
  const proto = Object.getPrototypeOf(value2);
  if (proto !== Object.prototype && proto !== null)
    return value2;
  return Object.fromEntries(Object.entries(value2).map(([k, v]) => [sanitizeText(k, mode), sanitizeDeep(v, mode, depth + 1)]));
}
function sanitizeSource(text3, mode) {
  const redacted = redactSecrets(text3);
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
function sanitizeOutputSegment(text3) {
  return escapeControlCharactersInText(redactSecrets(text3));
}

// packages/core/dist/fix/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/fix/synthesize.js
init_define_TRUSTLINT_PACKAGE();
var DEFAULT_AUDIENCE = "sts.amazonaws.com";
var MAX_SAMPLES = 64;
var SCOPE_RULES2 = new Set(CATALOG.filter((r) => r.category === "trust-scope").map((r) => r.id));
function filterToIam(pattern) {
  const cut2 = pattern.search(/[?+[\]\\]/);
  const head = cut2 < 0 ? pattern : `${pattern.slice(0, cut2)}*`;
  return head.replace(/\*+/g, "*");
}
function sampleOf(pattern) {
  return pattern.replace(/\*/g, "x");
}
function refPieces(ctx, deployBranch, notes) {
  const r = ctx.ref;
  const list2 = (kind, include) => {
    const patterns = include?.filter((p) => !p.startsWith("!")).map(filterToIam);
    if (!patterns || patterns.length === 0)
      return [{ context: `ref:refs/${kind}/*`, needed: "oidc-ref-wildcard" }];
    return patterns.map((p) => ({ context: `ref:refs/${kind}/${p}`, ...p.includes("*") ? { needed: "oidc-ref-wildcard" } : {} }));
  };
  switch (r.kind) {
    case "pull":
      return [{ context: "pull_request", needed: "oidc-pull-request" }];
    case "default-branch":
      notes.add(`the default branch is taken to be ${deployBranch} (deployBranch in the configuration)`);
      return [{ context: `ref:refs/heads/${deployBranch}` }];
    case "branch":
      return list2("heads", r.include);
    case "tag":
      return list2("tags", r.include);
  }
}
function sampleRef(ctx, deployBranch, onDeployBranch) {
  const r = ctx.ref;
  const first = (include, fallback) => {
    const p = include?.find((x) => !x.startsWith("!"));
    return p !== void 0 ? sampleOf(filterToIam(p)) : fallback;
  };
  if (onDeployBranch || r.kind === "default-branch")
    return `refs/heads/${deployBranch}`;
  if (r.kind === "pull")
    return "refs/pull/1/merge";
  if (r.kind === "tag")
    return `refs/tags/${first(r.include, "v1")}`;
  return `refs/heads/${first(r.include, deployBranch)}`;
}
function sampleToken(subject, aud, id, ctx, deployBranch, onDeployBranch, ids) {
  const sub2 = sampleOf(subject);
  const ref2 = sub2.includes(":ref:") ? sub2.slice(sub2.indexOf(":ref:") + ":ref:".length) : sampleRef(ctx, deployBranch, onDeployBranch);
  const repo = id.repository ? `${id.repository.owner}/${id.repository.repo}` : void 0;
  const claims = { ref: ref2 };
  if (repo)
    claims.repository = repo;
  if (id.environment?.kind === "literal")
    claims.environment = id.environment.text;
  if (ids)
    Object.assign(claims, { repository_owner_id: ids.ownerId, repository_id: ids.repoId });
  if (id.workflowName !== void 0)
    claims.workflow = id.workflowName;
  if (repo && id.workflowPath !== void 0)
    claims.job_workflow_ref = `${repo}/${id.workflowPath}@${ref2}`;
  return { sub: sub2, aud, claims };
}
function policyRepoIds(root) {
  const out = [];
  const visit2 = (v) => {
    if (typeof v === "string") {
      const m = /^repo:([A-Za-z0-9_-]+)@(\d+)\/([A-Za-z0-9._-]+)@(\d+):/.exec(v);
      if (m?.[1] && m[2] && m[3] && m[4])
        out.push({ owner: m[1], ownerId: m[2], repo: m[3], repoId: m[4] });
    } else if (Array.isArray(v))
      v.forEach(visit2);
    else if (typeof v === "object" && v !== null)
      Object.values(v).forEach(visit2);
  };
  visit2(root);
  return out;
}
var DEPLOY_BRANCH_EVENTS = /* @__PURE__ */ new Set(["workflow_dispatch", "schedule"]);
function synthesizeConditions(uses, config, prefix = "token.actions.githubusercontent.com", ids = []) {
  if (uses.length === 0)
    return { reason: "no workflow job in the scan assumes this role (name the subject with --subject)" };
  const deployBranch = config.deployBranch ?? "main";
  const notes = /* @__PURE__ */ new Set();
  const subjects = /* @__PURE__ */ new Map();
  const audiences = /* @__PURE__ */ new Set();
  const samples = /* @__PURE__ */ new Map();
  for (const use of uses) {
    const where = `${use.workflow.file}#${use.job.id}`;
    const id = jobIdentity(use, config);
    if (!id.repository)
      return { reason: "the repository is not known (set repository in the configuration or a git remote origin)" };
    const aud = use.cac.audience;
    if (aud && aud.value.kind !== "literal")
      return { reason: `${where}: the audience is an expression` };
    const audience = aud ? aud.value.text.trim() : DEFAULT_AUDIENCE;
    audiences.add(audience);
    const env = id.environment;
    if (env && env.kind !== "literal")
      return { reason: `${where}: the environment is an expression` };
    const known = id.repository;
    const immutable = ids.find((x) => x.owner.toLowerCase() === known.owner.toLowerCase() && x.repo.toLowerCase() === known.repo.toLowerCase());
    if (immutable)
      notes.add(`the immutable subject form, with the ids the policy already names for ${known.owner}/${known.repo}`);
    const repo = immutable ? `repo:${known.owner}@${immutable.ownerId}/${known.repo}@${immutable.repoId}` : `repo:${known.owner}/${known.repo}`;
    for (const ctx of id.contexts) {
      if (ctx.anyRepository)
        return { reason: `${where}: a reusable workflow presents its caller's subjects, which the scan does not show` };
      const pieces2 = env ? [{ context: `environment:${escapeClaimValue(env.text)}` }] : DEPLOY_BRANCH_EVENTS.has(ctx.event) ? refPieces({ ...ctx, ref: { kind: "default-branch" } }, deployBranch, notes) : ctx.pullRequest ? [{ context: "pull_request", needed: "oidc-pull-request" }] : refPieces(ctx, deployBranch, notes);
      for (const p of pieces2) {
        if (!subjects.has(`${repo}:${p.context}`) || p.needed)
          subjects.set(`${repo}:${p.context}`, p.needed);
        const sample = sampleToken(`${repo}:${p.context}`, audience, id, ctx, deployBranch, DEPLOY_BRANCH_EVENTS.has(ctx.event), immutable);
        if (samples.size < MAX_SAMPLES)
          samples.set(JSON.stringify(sample), sample);
      }
    }
  }
  if (subjects.size === 0)
    return { reason: "the jobs that assume this role have no trigger" };
  const subs = [...subjects.keys()].sort();
  const auds = [...audiences].sort();
  return {
    prefix,
    audiences: auds,
    subjects: subs,
    operator: subs.some((s) => s.includes("*")) ? "StringLike" : "StringEquals",
    needed: [...new Set([...subjects.values()].filter((x) => x !== void 0))].sort(),
    samples: [...samples.values()],
    notes: [...notes]
  };
}
function conditionsForSubject(subject, audience = DEFAULT_AUDIENCE, prefix = "token.actions.githubusercontent.com") {
  const wild = subject.includes("*") || subject.includes("?");
  return {
    prefix,
    audiences: [audience],
    subjects: [subject],
    operator: wild ? "StringLike" : "StringEquals",
    needed: [],
    samples: [{ sub: sampleOf(subject), aud: audience }],
    notes: []
  };
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var asList2 = (v) => v === void 0 ? [] : Array.isArray(v) ? v : [v];
function ownsKey(key, prefix) {
  const k = key.toLowerCase();
  return k === `${prefix}:sub`.toLowerCase() || k === `${prefix}:aud`.toLowerCase();
}
function rewriteCondition(condition, c) {
  const out = {};
  for (const [op, block] of Object.entries(isObject(condition) ? condition : {})) {
    if (!isObject(block)) {
      out[op] = block;
      continue;
    }
    const kept = Object.fromEntries(Object.entries(block).filter(([k]) => !ownsKey(k, c.prefix)));
    if (Object.keys(kept).length > 0)
      out[op] = kept;
  }
  const one = (xs) => xs.length === 1 ? xs[0] ?? "" : xs;
  const eq = isObject(out.StringEquals) ? out.StringEquals : {};
  out.StringEquals = { ...eq, [`${c.prefix}:aud`]: one(c.audiences) };
  const subOp = isObject(out[c.operator]) ? out[c.operator] : {};
  out[c.operator] = { ...subOp, [`${c.prefix}:sub`]: one(c.subjects) };
  return out;
}
function rewritePolicy(root, indices, c) {
  if (!isObject(root))
    return root;
  const statements2 = asList2(root.Statement).map((s, i) => isObject(s) && indices.has(i) ? { ...s, Condition: rewriteCondition(s.Condition, c) } : s);
  return { ...root, Statement: Array.isArray(root.Statement) ? statements2 : statements2[0] ?? null };
}
function trustedProvider(doc, config) {
  const trust = new TrustAnalysis(normalizePolicy(doc.root), config);
  const providers = trust.providers.filter((p2) => !p2.provider.synthetic && isGitHubProvider(p2.provider));
  if (providers.length === 0)
    return { reason: "the policy trusts no GitHub OIDC provider by its ARN" };
  if (providers.length > 1)
    return { reason: "the policy trusts several GitHub providers" };
  const p = providers[0];
  return p ? { arn: p.provider.arn, prefix: p.provider.prefix, statements: new Set(p.statements.map((x) => x.index)) } : { reason: "no provider" };
}
function provePolicy(doc, policy, c, uses, config) {
  const text3 = `${JSON.stringify(policy, null, 2)}
`;
  const parsed = readPolicyFile(doc.file, text3, false).documents[0];
  if (!parsed)
    return { extraScope: [], neededScope: [], refused: c.samples.map((s) => ({ ...s, decision: "not a policy" })), jobsLockedOut: [] };
  const rewritten = { ...parsed, ...doc.roleName !== void 0 ? { roleName: doc.roleName } : {}, ...doc.resource !== void 0 ? { resource: doc.resource } : {} };
  return proveDocument(rewritten, c, uses, config);
}
function proveDocument(rewritten, c, uses, config) {
  const scope = analyzeTrustPolicy(rewritten, config).filter((f) => SCOPE_RULES2.has(f.ruleId));
  const needed = new Set(c.needed);
  const provider = trustedProvider(rewritten, config);
  const arn = "arn" in provider ? provider.arn : void 0;
  const refused = [];
  for (const s of c.samples) {
    const r = simulatePolicy(rewritten, { sub: s.sub, aud: s.aud, ...s.claims ? { claims: s.claims } : {}, ...arn ? { provider: arn } : {}, config });
    const decision = r.ok ? r.decision : r.error;
    if (decision !== "allow")
      refused.push({ ...s, decision });
  }
  const jobsLockedOut = uses.filter((u) => {
    const aud = u.cac.audience ? u.cac.audience.value.text.trim() : DEFAULT_AUDIENCE;
    return !searchToken(rewritten, jobIdentity(u, config), [aud], config).admitted;
  }).map((u) => `${u.workflow.file}#${u.job.id}`);
  return {
    extraScope: scope.filter((f) => !needed.has(f.ruleId)),
    neededScope: scope.filter((f) => needed.has(f.ruleId)),
    refused,
    jobsLockedOut
  };
}
function isProven(p) {
  return p.extraScope.length === 0 && p.refused.length === 0 && p.jobsLockedOut.length === 0;
}
function synthesizeTrust(doc, uses, config, subject) {
  const provider = trustedProvider(doc, config);
  if ("reason" in provider)
    return { ok: false, reason: provider.reason };
  const conditions = subject !== void 0 ? conditionsForSubject(subject, void 0, provider.prefix) : synthesizeConditions(uses, config, provider.prefix, policyRepoIds(toJson(doc.root)));
  if ("reason" in conditions)
    return { ok: false, reason: conditions.reason };
  const policy = rewritePolicy(toJson(doc.root), provider.statements, conditions);
  const proof = provePolicy(doc, policy, conditions, subject !== void 0 ? [] : uses, config);
  return { ok: true, conditions, policy, statements: provider.statements, proof, proven: isProven(proof) };
}

// packages/core/dist/fix/edit.js
init_define_TRUSTLINT_PACKAGE();
function applyEdits(text3, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor || e.end < e.start || e.end > text3.length)
      throw new Error(`overlapping or out-of-range edit at offset ${e.start} of ${e.file}`);
    out += text3.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + text3.slice(cursor);
}
function lineEnding(text3) {
  const i = text3.indexOf("\n");
  return i > 0 && text3[i - 1] === "\r" ? "\r\n" : "\n";
}
function indentUnit(text3) {
  const m = /\n([ \t]+)\S/.exec(text3);
  const lead = m?.[1] ?? "  ";
  return lead.startsWith("	") ? "	" : lead.length <= 8 ? lead : "  ";
}
function lineIndent(text3, offset) {
  const start = text3.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text3.slice(start, offset))?.[0] ?? "";
}

// packages/core/dist/fix/diff.js
init_define_TRUSTLINT_PACKAGE();
var CONTEXT = 3;
var MAX_CELLS = 4e6;
function splitLines3(text3) {
  if (text3 === "")
    return [];
  const lines = text3.split("\n");
  if (lines.at(-1) === "")
    lines.pop();
  return lines;
}
function middleOps(a, b) {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS)
    return [...a.map((line) => ({ kind: "-", line })), ...b.map((line) => ({ kind: "+", line }))];
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i2 = n - 1; i2 >= 0; i2--) {
    for (let j2 = m - 1; j2 >= 0; j2--) {
      lcs[i2 * (m + 1) + j2] = a[i2] === b[j2] ? (lcs[(i2 + 1) * (m + 1) + j2 + 1] ?? 0) + 1 : Math.max(lcs[(i2 + 1) * (m + 1) + j2] ?? 0, lcs[i2 * (m + 1) + j2 + 1] ?? 0);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i] ?? "" });
      i++;
      j++;
    } else if (j < m && (i >= n || (lcs[i * (m + 1) + j + 1] ?? 0) >= (lcs[(i + 1) * (m + 1) + j] ?? 0))) {
      ops.push({ kind: "+", line: b[j] ?? "" });
      j++;
    } else {
      ops.push({ kind: "-", line: a[i] ?? "" });
      i++;
    }
  }
  const out = [];
  let run = [];
  const flush = () => {
    appendAll(out, run.filter((o) => o.kind === "-"));
    appendAll(out, run.filter((o) => o.kind === "+"));
    run = [];
  };
  for (const o of ops) {
    if (o.kind === " ") {
      flush();
      out.push(o);
    } else
      run.push(o);
  }
  flush();
  return out;
}
function unifiedDiff(file, before, after) {
  if (before === after)
    return "";
  const a = splitLines3(before);
  const b = splitLines3(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix])
    prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
    suffix++;
  const ops = [
    ...a.slice(0, prefix).map((line) => ({ kind: " ", line })),
    ...middleOps(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)),
    ...a.slice(a.length - suffix).map((line) => ({ kind: " ", line }))
  ];
  const lines = [`--- a/${file}`, `+++ b/${file}`];
  const oldAt = [];
  const newAt = [];
  let o = 1;
  let n = 1;
  for (const op of ops) {
    oldAt.push(o);
    newAt.push(n);
    if (op.kind !== "+")
      o++;
    if (op.kind !== "-")
      n++;
  }
  let k = 0;
  while (k < ops.length) {
    if (ops[k]?.kind === " ") {
      k++;
      continue;
    }
    const start = Math.max(0, k - CONTEXT);
    let last = k;
    for (let j = k; j < ops.length; j++) {
      if (ops[j]?.kind !== " ")
        last = j;
      else if (j - last > CONTEXT * 2)
        break;
    }
    const end = Math.min(ops.length, last + 1 + CONTEXT);
    const body = ops.slice(start, end);
    const oldCount = body.filter((x) => x.kind !== "+").length;
    const newCount = body.filter((x) => x.kind !== "-").length;
    const range = (from, count) => count === 1 ? `${from}` : `${count === 0 ? from - 1 : from},${count}`;
    lines.push(`@@ -${range(oldAt[start] ?? 1, oldCount)} +${range(newAt[start] ?? 1, newCount)} @@`);
    for (const x of body)
      lines.push(`${x.kind}${x.line.replace(/\r$/, "")}`);
    k = end;
  }
  return `${lines.join("\n")}
`;
}

// packages/core/dist/fix/json-edit.js
init_define_TRUSTLINT_PACKAGE();
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var WIDTH = 120;
function hclString(s) {
  return JSON.stringify(s).replace(/\$\{/g, "$${").replace(/%\{/g, "%%{");
}
var hclKey = (k) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : hclString(k);
function scalar(value2, style) {
  return style.hcl === true && typeof value2 === "string" ? hclString(value2) : JSON.stringify(value2);
}
function renderJson(value2, indent, style, depth = 0, column = indent.length) {
  if (style.compact === true)
    return JSON.stringify(value2);
  if (!isObject2(value2) && !Array.isArray(value2))
    return scalar(value2, style);
  const inner = indent + style.unit;
  if (Array.isArray(value2)) {
    const flat = `[${value2.map((v) => renderJson(v, inner, style, depth + 1, WIDTH)).join(", ")}]`;
    if (value2.length <= 1 || !flat.includes("\n") && column + flat.length <= WIDTH)
      return flat;
    return `[${style.eol}${value2.map((v) => `${inner}${renderJson(v, inner, style, depth + 1)}`).join(`,${style.eol}`)}${style.eol}${indent}]`;
  }
  const entries = Object.entries(value2);
  if (entries.length === 0)
    return "{}";
  const keyOf2 = (k) => style.hcl === true ? hclKey(k) : JSON.stringify(k);
  const sep2 = style.hcl === true ? " = " : ": ";
  if (depth >= style.inlineFrom) {
    const flat = `{ ${entries.map(([k, v]) => `${keyOf2(k)}${sep2}${renderJson(v, inner, style, depth + 1, WIDTH)}`).join(", ")} }`;
    if (!flat.includes("\n") && column + flat.length <= WIDTH)
      return flat;
  }
  const width = style.hcl === true ? entries.reduce((w, [k]) => Math.max(w, keyOf2(k).length), 0) : 0;
  const body = entries.map(([k, v]) => {
    const key = `${inner}${keyOf2(k).padEnd(width)}${sep2}`;
    return `${key}${renderJson(v, inner, style, depth + 1, key.length)}`;
  });
  return `{${style.eol}${body.join(`${style.hcl === true ? "" : ","}${style.eol}`)}${style.eol}${indent}}`;
}
var same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
var isMultiline = (node) => node.span.start.line !== node.span.end.line;
function statementNodes(root) {
  const st = getMember(root, "Statement")?.value;
  if (!st)
    return [];
  return st.type === "array" ? st.items : [st];
}
function sameShape(before, after) {
  if (!isObject2(before) || !isObject2(after))
    return false;
  const keys = (o) => JSON.stringify(Object.entries(o).map(([k, v]) => [k, isObject2(v) ? Object.keys(v) : null]));
  return keys(before) === keys(after);
}
function valueEdits(file, text3, node, after, style) {
  const edits = [];
  for (const op of node.members) {
    const block = after[op.key];
    if (op.value.type !== "object" || !isObject2(block))
      continue;
    for (const m of op.value.members) {
      const want = block[m.key];
      if (want === void 0 || same(toJson(m.value), want))
        continue;
      if ((m.value.file ?? file) !== file)
        return { reason: "a condition value is written in another file (a variable default): edit it there by hand" };
      const start = m.value.span.start.offset;
      const indent = lineIndent(text3, m.keySpan.start.offset);
      edits.push({ file, start, end: m.value.span.end.offset, text: renderJson(want, indent, style, 2, m.value.span.start.column) });
    }
  }
  return edits;
}
function jsonPolicyEdits(doc, text3, policy, options = {}) {
  const root = doc.root;
  const file = options.file ?? doc.file;
  const hcl = options.hcl === true;
  if (!isObject2(policy))
    return { reason: "the rewritten policy is not an object" };
  const after = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement ?? null];
  const nodes = statementNodes(root);
  if (nodes.length !== after.length)
    return { reason: "the statements of the rewritten policy do not line up with the file" };
  const eol = lineEnding(text3);
  const unit = indentUnit(text3);
  const compact = !hcl && !isMultiline(root);
  const at = (n) => n.file ?? root.file ?? doc.file;
  const edits = [];
  for (const [i, node] of nodes.entries()) {
    const want = after[i];
    if (node.type !== "object" || !isObject2(want))
      continue;
    const cond = getMember(node, "Condition");
    const wantCond = want.Condition;
    if (wantCond === void 0)
      continue;
    if (cond && same(toJson(cond.value), wantCond))
      continue;
    if (at(node) !== file || cond && (at(cond.value) !== file || (cond.keyFile ?? file) !== file))
      return { reason: "the condition is written in another file than the policy" };
    if (cond) {
      const before = toJson(cond.value);
      if (cond.value.type === "object" && sameShape(before, wantCond)) {
        const inlineFrom2 = cond.value.members.some((m) => isMultiline(m.value)) ? 2 : 1;
        const values = valueEdits(file, text3, cond.value, wantCond, { unit, eol, inlineFrom: inlineFrom2, compact, hcl });
        if ("reason" in values)
          return values;
        appendAll(edits, values);
        continue;
      }
      const indent2 = lineIndent(text3, cond.keySpan.start.offset);
      const firstBlock = cond.value.type === "object" ? cond.value.members[0]?.value : void 0;
      const inlineFrom = !isMultiline(cond.value) ? 0 : firstBlock && !isMultiline(firstBlock) ? 1 : 2;
      edits.push({
        file,
        start: cond.value.span.start.offset,
        end: cond.value.span.end.offset,
        text: renderJson(wantCond, indent2, { unit, eol, inlineFrom, compact, hcl }, 0, cond.value.span.start.column)
      });
      continue;
    }
    const last = node.members.at(-1);
    if (!last)
      continue;
    const indent = lineIndent(text3, last.keySpan.start.offset);
    const oneLine = !isMultiline(node);
    const key = hcl ? "Condition = " : `${JSON.stringify("Condition")}: `;
    const rendered = renderJson(wantCond, indent, { unit, eol, inlineFrom: oneLine ? 0 : 1, compact, hcl }, 0, indent.length + key.length);
    const insert = compact ? `,${JSON.stringify("Condition")}:${rendered}` : oneLine ? `, ${key}${rendered}` : `${hcl ? "" : ","}${eol}${indent}${key}${rendered}`;
    edits.push({ file, start: last.value.span.end.offset, end: last.value.span.end.offset, text: insert });
  }
  return edits;
}

// packages/core/dist/fix/plan.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/fix/terraform-edit.js
init_define_TRUSTLINT_PACKAGE();
function findBlock(body, type, start) {
  for (const b of body.blocks) {
    if (b.type === type && b.r.start === start)
      return b;
    if (b.r.start <= start && start < b.r.end) {
      const inner = findBlock(b.body, type, start);
      if (inner)
        return inner;
    }
  }
  return void 0;
}
function literalText3(e) {
  if (e?.t !== "template")
    return void 0;
  let out = "";
  for (const p of e.parts) {
    if (p.t !== "lit")
      return void 0;
    out += p.text;
  }
  return out;
}
var hclString2 = (s) => JSON.stringify(s).replace(/\$\{/g, "$${").replace(/%\{/g, "%%{");
function conditionBlock(test, variable2, values, indent, unit, eol) {
  const inner = indent + unit;
  return [`condition {`, `${inner}test     = ${hclString2(test)}`, `${inner}variable = ${hclString2(variable2)}`, `${inner}values   = [${values.map(hclString2).join(", ")}]`, `${indent}}`].join(eol);
}
function lineStart(text3, offset) {
  return text3.lastIndexOf("\n", offset - 1) + 1;
}
function removalRange(text3, block) {
  let start = lineStart(text3, block.r.start);
  for (; ; ) {
    if (start === 0)
      break;
    const prev = lineStart(text3, start - 1);
    const line = text3.slice(prev, start).trim();
    if (line.startsWith("#") || line.startsWith("//"))
      start = prev;
    else
      break;
  }
  if (start > 0) {
    const prev = lineStart(text3, start - 1);
    if (text3.slice(prev, start).trim() === "")
      start = prev;
  }
  const nl = text3.indexOf("\n", block.r.end);
  return [start, nl < 0 ? block.r.end : nl + 1];
}
function statementNodes2(root) {
  if (root.type !== "object")
    return [];
  const st = getMember(root, "Statement")?.value;
  if (!st)
    return [];
  return st.type === "array" ? st.items : [st];
}
function writtenAsValue(doc, texts, nodes) {
  const root = doc.root;
  const file = root.file ?? doc.file;
  const text3 = texts.get(file);
  const first = root.members[0];
  if (text3 === void 0 || !first || text3[root.span.start.offset] !== "{")
    return void 0;
  const stmt = nodes[0];
  if (stmt && text3[stmt.span.start.offset] !== "{")
    return void 0;
  const between = text3.slice(first.keySpan.end.offset, first.value.span.start.offset);
  return { file, text: text3, hcl: between.includes("=") };
}
function terraformPolicyEdits(doc, texts, indices, c, policy) {
  if (!isTerraformParserLoaded())
    return { reason: "the Terraform parser is not loaded" };
  const nodes = statementNodes2(doc.root);
  const written = writtenAsValue(doc, texts, nodes);
  if (written)
    return jsonPolicyEdits(doc, written.text, policy, { file: written.file, hcl: written.hcl });
  const edits = [];
  const parsed = /* @__PURE__ */ new Map();
  for (const i of indices) {
    const node = nodes[i];
    if (!node)
      return { reason: "the statements do not line up with the source" };
    const file = node.file ?? doc.root.file ?? doc.file;
    const text3 = texts.get(file);
    if (text3 === void 0)
      return { reason: `${file}: the source text is not available` };
    let body = parsed.get(file);
    if (!body)
      parsed.set(file, body = parseHclFile(file, text3).body);
    const block = findBlock(body, "statement", node.span.start.offset);
    if (!block)
      return { reason: "the policy is not written as aws_iam_policy_document statement blocks (jsonencode and heredoc policies are not edited yet)" };
    if (block.body.blocks.some((b) => b.type === "dynamic"))
      return { reason: `${file}:${node.span.start.line}: the statement has dynamic blocks: write the conditions by hand` };
    const owned = [];
    for (const b of block.body.blocks) {
      if (b.type !== "condition")
        continue;
      const variable2 = literalText3(attr(b.body, "variable")?.expr);
      if (variable2 === void 0)
        return { reason: `${file}:${text3.slice(0, b.r.start).split("\n").length}: a condition variable is not a literal string` };
      if (ownsKey(variable2, c.prefix))
        owned.push(b);
    }
    const eol = lineEnding(text3);
    const anchor = owned[0] ?? block.body.blocks.at(-1) ?? block.body.attributes.at(-1);
    const indent = anchor ? lineIndent(text3, anchor.r.start) : `${lineIndent(text3, block.r.start)}  `;
    const unit = indent.slice(lineIndent(text3, block.r.start).length) || "  ";
    const rendered = [
      conditionBlock("StringEquals", `${c.prefix}:aud`, c.audiences, indent, unit, eol),
      conditionBlock(c.operator, `${c.prefix}:sub`, c.subjects, indent, unit, eol)
    ].join(`${eol}${eol}${indent}`);
    const viaDefault = variableDefaultEdits(texts, node, owned, c, { indent, unit, eol, file, text: text3 });
    if (viaDefault) {
      if ("reason" in viaDefault)
        return viaDefault;
      appendAll(edits, viaDefault);
      continue;
    }
    const first = owned[0];
    if (first) {
      edits.push({ file, start: first.r.start, end: first.r.end, text: rendered });
      for (const b of owned.slice(1)) {
        const [start, end] = removalRange(text3, b);
        edits.push({ file, start, end, text: "" });
      }
    } else if (anchor) {
      edits.push({ file, start: anchor.r.end, end: anchor.r.end, text: `${eol}${eol}${indent}${rendered}` });
    } else {
      return { reason: "the statement block is empty" };
    }
  }
  return edits;
}
function terraformValueEdits(doc, texts, policy, changes) {
  if (!isTerraformParserLoaded())
    return { reason: "the Terraform parser is not loaded" };
  const nodes = statementNodes2(doc.root);
  const written = writtenAsValue(doc, texts, nodes);
  if (written)
    return jsonPolicyEdits(doc, written.text, policy, { file: written.file, hcl: written.hcl });
  const edits = [];
  for (const c of changes) {
    const node = nodes[c.index];
    if (!node)
      return { reason: "the statements do not line up with the source" };
    const file = node.file ?? doc.root.file ?? doc.file;
    const text3 = texts.get(file);
    if (text3 === void 0)
      return { reason: `${file}: the source text is not available` };
    const block = findBlock(parseHclFile(file, text3).body, "statement", node.span.start.offset);
    if (!block)
      return { reason: "the statement is not a statement block" };
    if (c.from !== void 0) {
      const cond = block.body.blocks.find((b) => b.type === "condition" && literalText3(attr(b.body, "variable")?.expr)?.toLowerCase() === c.key.toLowerCase() && literalText3(attr(b.body, "test")?.expr) === c.from);
      const test = cond ? attr(cond.body, "test") : void 0;
      if (!test)
        return { reason: `no condition block with test ${c.from} on ${c.key}` };
      edits.push({ file, start: test.expr.r.start, end: test.expr.r.end, text: hclString2(c.to) });
      continue;
    }
    const anchor = block.body.blocks.at(-1) ?? block.body.attributes.at(-1);
    if (!anchor)
      return { reason: "the statement block is empty" };
    const indent = lineIndent(text3, anchor.r.start);
    const unit = indent.slice(lineIndent(text3, block.r.start).length) || "  ";
    const eol = lineEnding(text3);
    edits.push({ file, start: anchor.r.end, end: anchor.r.end, text: `${eol}${eol}${indent}${conditionBlock(c.to, c.key, c.values ?? [], indent, unit, eol)}` });
  }
  return edits;
}
function variableDefaultEdits(texts, node, owned, c, at) {
  const subKey = `${c.prefix}:sub`.toLowerCase();
  const subs = owned.filter((b) => literalText3(attr(b.body, "variable")?.expr)?.toLowerCase() === subKey);
  const sub2 = subs[0];
  const values = sub2 ? attr(sub2.body, "values") : void 0;
  const e = values?.expr;
  if (subs.length !== 1 || !sub2 || e?.t !== "getattr" || e.target.t !== "name" || e.target.name !== "var")
    return void 0;
  const name = e.name;
  const cond = node.type === "object" ? getMember(node, "Condition")?.value : void 0;
  const prov = (cond?.type === "object" ? cond.members : []).flatMap((op) => op.value.type === "object" ? op.value.members : []).find((m) => m.key.toLowerCase() === subKey)?.value.provenance;
  if (prov?.kind !== "variable-default" || prov.name !== name)
    return void 0;
  const defFile = prov.location.file;
  const defText = texts.get(defFile);
  if (defText === void 0)
    return { reason: `${defFile}: the variable's file is not in the scan` };
  const uses = [...texts].filter(([f]) => f.endsWith(".tf")).reduce((n, [, t]) => n + (t.match(new RegExp(`\\bvar\\.${name}\\b`, "g"))?.length ?? 0), 0);
  if (uses !== 1)
    return { reason: `var.${name} is used elsewhere too: changing its default would change those uses` };
  const decl = parseHclFile(defFile, defText).body.blocks.find((b) => b.type === "variable" && b.labels[0] === name);
  const def = decl ? attr(decl.body, "default") : void 0;
  if (!def || def.expr.t !== "tuple")
    return { reason: `var.${name} has no list default to edit` };
  const edits = [{ file: defFile, start: def.expr.r.start, end: def.expr.r.end, text: `[${c.subjects.map(hclString2).join(", ")}]` }];
  const test = attr(sub2.body, "test");
  if (!test || literalText3(test.expr) === void 0)
    return { reason: "the test of the sub condition is not a literal string" };
  if (literalText3(test.expr) !== c.operator)
    edits.push({ file: at.file, start: test.expr.r.start, end: test.expr.r.end, text: hclString2(c.operator) });
  const auds = owned.filter((b) => b !== sub2);
  const audBlock = conditionBlock("StringEquals", `${c.prefix}:aud`, c.audiences, at.indent, at.unit, at.eol);
  const firstAud = auds[0];
  if (firstAud) {
    edits.push({ file: at.file, start: firstAud.r.start, end: firstAud.r.end, text: audBlock });
    for (const b of auds.slice(1)) {
      const [start, end] = removalRange(at.text, b);
      edits.push({ file: at.file, start, end, text: "" });
    }
  } else {
    edits.push({ file: at.file, start: sub2.r.start, end: sub2.r.start, text: `${audBlock}${at.eol}${at.eol}${at.indent}` });
  }
  return edits;
}

// packages/core/dist/fix/yaml-edit.js
init_define_TRUSTLINT_PACKAGE();
var isObject3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var same2 = (a, b) => JSON.stringify(a) === JSON.stringify(b);
var SPECIAL = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$/;
function yamlScalar(value2) {
  if (typeof value2 !== "string")
    return JSON.stringify(value2);
  const plain = /^[A-Za-z0-9_./@=+$][A-Za-z0-9_./@=+:*?,${}-]*$/.test(value2) && !value2.includes(": ") && !SPECIAL.test(value2) && !value2.endsWith(":");
  return plain ? value2 : `'${value2.replace(/'/g, "''")}'`;
}
function flow(value2) {
  if (Array.isArray(value2))
    return `[${value2.map(flow).join(", ")}]`;
  if (isObject3(value2))
    return `{ ${Object.entries(value2).map(([k, v]) => `${yamlScalar(k)}: ${flow(v)}`).join(", ")} }`;
  return yamlScalar(value2);
}
function blockLines(value2, indent, unit) {
  const lines = [];
  for (const [k, v] of Object.entries(value2)) {
    const key = `${indent}${yamlScalar(k)}:`;
    if (isObject3(v)) {
      lines.push(key);
      appendAll(lines, blockLines(v, indent + unit, unit));
    } else if (Array.isArray(v) && v.length > 1) {
      lines.push(key);
      for (const item of v)
        lines.push(`${indent}${unit}- ${flow(item)}`);
    } else
      lines.push(`${key} ${flow(Array.isArray(v) ? v[0] ?? "" : v)}`);
  }
  return lines;
}
var isMultiline2 = (node) => node.span.start.line !== node.span.end.line;
function statementNodes3(root) {
  const st = getMember(root, "Statement")?.value;
  if (!st)
    return [];
  return st.type === "array" ? st.items : [st];
}
function sameShape2(before, after) {
  if (!isObject3(before) || !isObject3(after))
    return false;
  const keys = (o) => JSON.stringify(Object.entries(o).map(([k, v]) => [k, isObject3(v) ? Object.keys(v) : null]));
  return keys(before) === keys(after);
}
function startWithTag(text3, start) {
  const m = /!Sub[ \t]+$/.exec(text3.slice(Math.max(0, start - 16), start));
  return m ? start - m[0].length : start;
}
function yamlPolicyEdits(doc, text3, policy) {
  if (!isObject3(policy))
    return { reason: "the rewritten policy is not an object" };
  const after = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement ?? null];
  const nodes = statementNodes3(doc.root);
  if (nodes.length !== after.length)
    return { reason: "the statements of the rewritten policy do not line up with the file" };
  const eol = lineEnding(text3);
  const unit = indentUnit(text3);
  const edits = [];
  for (const [i, node] of nodes.entries()) {
    const want = after[i];
    if (node.type !== "object" || !isObject3(want))
      continue;
    const wantCond = want.Condition;
    if (!isObject3(wantCond))
      continue;
    const cond = getMember(node, "Condition");
    if (cond && same2(toJson(cond.value), wantCond))
      continue;
    if (cond && (node.file ?? doc.file) !== doc.file)
      return { reason: "the statement is written in another file" };
    if (cond && cond.value.type === "object" && sameShape2(toJson(cond.value), wantCond)) {
      for (const op of cond.value.members) {
        const block = wantCond[op.key];
        if (op.value.type !== "object" || !isObject3(block))
          continue;
        for (const m of op.value.members) {
          const v = block[m.key];
          if (v === void 0 || same2(toJson(m.value), v))
            continue;
          const col = m.keySpan.start.column;
          const multi = Array.isArray(v) && v.length > 1 && isMultiline2(op.value);
          const rendered = multi ? `${eol}${v.map((item) => `${" ".repeat(col)}${unit}- ${flow(item)}`).join(eol)}` : ` ${flow(Array.isArray(v) && v.length === 1 ? v[0] ?? "" : v)}`;
          const keyEnd = text3.indexOf(":", m.keySpan.end.offset) + 1;
          if (keyEnd <= 0 || keyEnd > startWithTag(text3, m.value.span.start.offset))
            return { reason: "a condition value is not written after its key" };
          edits.push({ file: doc.file, start: keyEnd, end: m.value.span.end.offset, text: rendered });
        }
      }
      continue;
    }
    if (cond) {
      const col = cond.value.span.start.column;
      const rendered = isMultiline2(cond.value) ? blockLines(wantCond, " ".repeat(col), unit).join(eol).slice(col) : flow(wantCond);
      edits.push({ file: doc.file, start: cond.value.span.start.offset, end: cond.value.span.end.offset, text: rendered });
      continue;
    }
    const last = node.members.at(-1);
    if (!last || !isMultiline2(node))
      return { reason: "a statement without Condition written in flow style" };
    const indent = " ".repeat(last.keySpan.start.column);
    edits.push({ file: doc.file, start: last.value.span.end.offset, end: last.value.span.end.offset, text: `${eol}${indent}Condition:${eol}${blockLines(wantCond, indent + unit, unit).join(eol)}` });
  }
  return edits;
}

// packages/core/dist/fix/plan.js
var MAX_PROVEN_ROLES = 100;
function labelOf2(doc) {
  return doc.resource ? `${doc.resourceFile ?? doc.file}:${doc.resource}` : doc.file;
}
var same3 = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function editsFor(doc, texts, policy, statements2, c) {
  if (doc.sourceKind === "policy") {
    const text3 = texts.get(doc.file);
    return text3 === void 0 ? { reason: "the source text is not available" } : jsonPolicyEdits(doc, text3, policy);
  }
  if (doc.sourceKind === "terraform")
    return terraformPolicyEdits(doc, texts, statements2, c, policy);
  if (doc.sourceKind === "cloudformation") {
    const text3 = texts.get(doc.file);
    if (text3 === void 0)
      return { reason: "the source text is not available" };
    return text3.trimStart().startsWith("{") ? jsonPolicyEdits(doc, text3, policy) : yamlPolicyEdits(doc, text3, policy);
  }
  return { reason: `editing ${doc.sourceKind} sources is not supported yet: write the conditions by hand` };
}
function applyAll(texts, edits) {
  const out = new Map(texts);
  const byFile = /* @__PURE__ */ new Map();
  for (const e of edits)
    byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
  for (const [file, list2] of byFile)
    out.set(file, applyEdits(texts.get(file) ?? "", list2));
  return out;
}
function mergeProofs(proofs) {
  return {
    extraScope: proofs.flatMap((p) => p.extraScope),
    neededScope: proofs.flatMap((p) => p.neededScope),
    refused: proofs.flatMap((p) => p.refused),
    jobsLockedOut: [...new Set(proofs.flatMap((p) => p.jobsLockedOut))]
  };
}
function reprove(label, texts, c, withJobs, config) {
  const again = analyze([...texts].map(([file, text3]) => ({ file, text: text3, explicit: true })), { config });
  const docs = again.documents.filter((d) => d.kind === "trust-policy" && labelOf2(d) === label);
  if (docs.length === 0)
    return { reason: "the edited source no longer defines the role" };
  const broken = again.findings.find((f) => f.ruleId === "parse-error" || f.ruleId === "input-error");
  if (broken)
    return { reason: `the edited source does not read: ${broken.message}` };
  return mergeProofs(docs.map((d) => proveDocument(d, c, withJobs ? roleUsesOf(d, again.documents) : [], config)));
}
function planFixes(documents, texts, config, options = {}) {
  const roles = [];
  let accepted = [];
  let proven = 0;
  let current = new Map(texts);
  const seen = /* @__PURE__ */ new Set();
  for (const doc of documents) {
    if (doc.kind !== "trust-policy" || doc.sourceKind === "live")
      continue;
    const label = labelOf2(doc);
    if (seen.has(label))
      continue;
    seen.add(label);
    const uses = roleUsesOf(doc, documents);
    const jobs = uses.map((u) => `${u.workflow.file}#${u.job.id}`);
    const base = { label, file: doc.file, jobs };
    if (uses.length === 0 && options.subject === void 0) {
      const name = documentRoleName(doc);
      roles.push({ ...base, status: "skipped", reason: `no job in the scanned workflows assumes ${name ? `role ${name}` : "this role"}; state the subject with --subject repo:OWNER/REPO:CONTEXT` });
      continue;
    }
    const synthesis = synthesizeTrust(doc, uses, config, uses.length === 0 ? options.subject : void 0);
    if (!synthesis.ok) {
      roles.push({ ...base, status: "skipped", reason: synthesis.reason });
      continue;
    }
    const c = synthesis.conditions;
    if (!synthesis.proven) {
      roles.push({ ...base, conditions: c, proof: synthesis.proof, status: "refused", reason: "the synthesised policy does not pass its proof" });
      continue;
    }
    const policy = synthesis.policy;
    const renderings = documents.filter((d) => d.kind === "trust-policy" && labelOf2(d) === label);
    if (renderings.every((d) => same3(toJson(d.root), policy))) {
      roles.push({ ...base, conditions: c, proof: synthesis.proof, status: "unchanged" });
      continue;
    }
    const changed = new Set([...synthesis.statements].filter((i) => renderings.some((d) => !same3(statementJson(d, i), statementOf(policy, i)))));
    if (proven >= MAX_PROVEN_ROLES) {
      roles.push({ ...base, conditions: c, status: "skipped", reason: `more than ${MAX_PROVEN_ROLES} roles to narrow in one run: run fix again (or on a smaller PATH)` });
      continue;
    }
    proven++;
    const edits = editsFor(doc, texts, policy, changed, c);
    if ("reason" in edits) {
      roles.push({ ...base, conditions: c, status: "skipped", reason: edits.reason });
      continue;
    }
    const combined = [...accepted, ...edits.filter((e) => !accepted.some((a) => a.file === e.file && a.start === e.start && a.end === e.end && a.text === e.text))];
    let edited;
    try {
      edited = applyAll(texts, combined);
    } catch {
      roles.push({ ...base, conditions: c, status: "skipped", reason: "its policy source is shared with a role narrowed differently: write the conditions by hand" });
      continue;
    }
    const proof = reprove(label, edited, c, uses.length > 0, config);
    if ("reason" in proof) {
      roles.push({ ...base, conditions: c, status: "refused", reason: proof.reason });
      continue;
    }
    if (!isProven(proof)) {
      roles.push({ ...base, conditions: c, proof, status: "refused", reason: "the edited source does not pass the proof" });
      continue;
    }
    current = edited;
    accepted = combined;
    roles.push({ ...base, conditions: c, proof, status: "fixed" });
  }
  const files = [...current].filter(([file, after]) => texts.get(file) !== after).map(([file, after]) => {
    const before = texts.get(file) ?? "";
    return { file, before, after, diff: unifiedDiff(file.replace(/\\/g, "/"), before, after) };
  }).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { roles, files };
}
function statementOf(policy, i) {
  if (typeof policy !== "object" || policy === null || Array.isArray(policy))
    return void 0;
  const st = policy.Statement;
  return Array.isArray(st) ? st[i] : i === 0 ? st : void 0;
}
function statementJson(doc, i) {
  return statementOf(toJson(doc.root), i);
}

// packages/core/dist/fix/mechanical.js
init_define_TRUSTLINT_PACKAGE();
var isObject4 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function labelOf3(doc) {
  return doc.resource ? `${doc.resourceFile ?? doc.file}:${doc.resource}` : doc.file;
}
function statements(policy) {
  return Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement ?? null];
}
function policyEdits(doc, texts, policy, changed) {
  const text3 = texts.get(doc.root.file ?? doc.file);
  if (text3 === void 0)
    return { reason: "the source text is not available" };
  if (doc.sourceKind === "policy")
    return jsonPolicyEdits(doc, text3, policy);
  if (doc.sourceKind === "cloudformation")
    return text3.trimStart().startsWith("{") ? jsonPolicyEdits(doc, text3, policy) : yamlPolicyEdits(doc, text3, policy);
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
  const list2 = statements(policy).map((s, i) => {
    if (!isObject4(s) || !provider.statements.has(i))
      return s;
    const cond = isObject4(s.Condition) ? s.Condition : {};
    const hasAud = Object.values(cond).some((block) => isObject4(block) && Object.keys(block).some((k) => k.toLowerCase() === key.toLowerCase()));
    if (hasAud)
      return s;
    changed.push({ index: i, key, to: "StringEquals", values: [audience] });
    const eq = isObject4(cond.StringEquals) ? cond.StringEquals : {};
    return { ...s, Condition: { ...cond, StringEquals: { [key]: audience, ...eq } } };
  });
  const rewritten = { ...policy, Statement: Array.isArray(policy.Statement) ? list2 : list2[0] ?? null };
  return { ruleId: "oidc-audience", file: doc.file, description: `${labelOf3(doc)}: add "StringEquals": {"${key}": "${audience}"}`, edits: policyEdits(doc, texts, rewritten, changed) };
}
function wildcardFix(doc, findings, texts) {
  const paths = findings.filter((f) => f.ruleId === "oidc-stringequals-wildcard" && f.path).map((f) => f.path ?? []);
  if (paths.length === 0)
    return void 0;
  const policy = toJson(doc.root);
  const list2 = statements(policy);
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
  const out = list2.map((s, i) => {
    if (!isObject4(s) || !isObject4(s.Condition))
      return s;
    let cond = { ...s.Condition };
    for (const c of changed.filter((x) => x.index === i)) {
      if (c.from === void 0)
        continue;
      const from = cond[c.from];
      if (!isObject4(from) || from[c.key] === void 0)
        continue;
      const rest = Object.fromEntries(Object.entries(from).filter(([k]) => k !== c.key));
      const target = isObject4(cond[c.to]) ? cond[c.to] : {};
      if (target[c.key] !== void 0)
        return s;
      const next = {};
      for (const [k, v] of Object.entries(cond)) {
        if (k === c.from) {
          if (Object.keys(rest).length > 0)
            next[k] = rest;
          if (!isObject4(cond[c.to]))
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
  return { ruleId: "oidc-stringequals-wildcard", file: doc.file, description: `${labelOf3(doc)}: ${changed.map((c) => `${c.key} from ${c.from} to ${c.to}`).join(", ")}`, edits: policyEdits(doc, texts, rewritten, changed) };
}
function lineStart2(text3, offset) {
  return text3.lastIndexOf("\n", offset - 1) + 1;
}
function staticKeyFixes(documents, texts) {
  const out = [];
  for (const doc of documents) {
    if (doc.kind !== "workflow" || doc.workflowKind !== "workflow")
      continue;
    const text3 = texts.get(doc.file);
    if (text3 === void 0)
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
          const start = lineStart2(text3, e.nameLocation.span.start.offset);
          const end = text3.indexOf("\n", e.value.location.span.end.offset);
          const own = text3.slice(start, e.nameLocation.span.start.offset).trim() === "" && !text3.slice(e.nameLocation.span.start.offset, end < 0 ? text3.length : end).includes("\n");
          if (!own || e.value.location.span.start.line !== e.nameLocation.span.start.line) {
            edits.length = 0;
            break;
          }
          edits.push({ file: doc.file, start, end: end < 0 ? text3.length : end + 1, text: "" });
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
    const text3 = texts.get(doc.file);
    const scope = block?.scopes.find((x) => x.name === "id-token");
    if (!block || !text3 || block.kind !== "map" || scope?.level !== "write")
      continue;
    const inheriting = doc.jobs.filter((j) => !j.permissions && !j.uses);
    const users = inheriting.filter((j) => stepsOfJob(doc, j).some(usesIdToken));
    if (users.length === inheriting.length)
      continue;
    const description = `${doc.file}: move id-token: write from the workflow to job${users.length === 1 ? "" : "s"} ${users.map((j) => j.id).join(", ") || "(none)"}`;
    const lineOf = (loc) => {
      const start = lineStart2(text3, loc.span.start.offset);
      const nl = text3.indexOf("\n", loc.span.end.offset);
      return [start, nl < 0 ? text3.length : nl + 1];
    };
    const ownLine = (sc) => text3.slice(lineStart2(text3, sc.nameLocation.span.start.offset), sc.nameLocation.span.start.offset).trim() === "" && sc.location.span.end.line === sc.nameLocation.span.start.line;
    if (block.scopes.length < 2 || !block.scopes.every(ownLine) || block.location.span.start.line === block.keyLocation.span.start.line) {
      out.push({ ruleId: "workflow-id-token-scope", file: doc.file, description, edits: { reason: "the workflow permissions are not a block of other scopes, one per line" } });
      continue;
    }
    const [cutStart, cutEnd] = lineOf(scope.location);
    const scopeLines = block.scopes.map((sc) => text3.slice(...lineOf(sc.location)).replace(/^[ \t]*/, ""));
    const edits = [{ file: doc.file, start: cutStart, end: cutEnd, text: "" }];
    const eol = lineEnding(text3);
    const unit = indentUnit(text3);
    const flowJob = users.find((j) => !/^[^:]*:[ \t]*(#.*)?\r?\n?$/.test(text3.slice(j.idLocation.span.start.offset, lineOf(j.idLocation)[1])));
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
function planMechanicalFixes(documents, findings, texts, config) {
  const candidates2 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const doc of documents) {
    if (doc.kind !== "trust-policy" || doc.sourceKind === "live" || seen.has(labelOf3(doc)))
      continue;
    seen.add(labelOf3(doc));
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
    if ("reason" in c.edits) {
      fixes.push({ ruleId: c.ruleId, file: c.file, description: c.description, status: "refused", reason: c.edits.reason });
      continue;
    }
    if (++proven > MAX_PROVEN_ROLES) {
      fixes.push({ ruleId: c.ruleId, file: c.file, description: c.description, status: "refused", reason: `more than ${MAX_PROVEN_ROLES} fixes in one run: run check --fix again` });
      continue;
    }
    const combined = [...accepted, ...c.edits];
    let edited;
    try {
      edited = new Map(texts);
      const byFile = /* @__PURE__ */ new Map();
      for (const e of combined)
        byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
      for (const [file, list2] of byFile)
        edited.set(file, applyEdits(texts.get(file) ?? "", list2));
    } catch {
      fixes.push({ ruleId: c.ruleId, file: c.file, description: c.description, status: "refused", reason: "overlaps another fix" });
      continue;
    }
    const again = analyze([...edited].map(([file, text3]) => ({ file, text: text3, explicit: true })), { config });
    const after = countBy(again.findings);
    const fixedKey = `${c.ruleId} ${c.file}`;
    const gone = (after.get(fixedKey) ?? 0) < (baseline.get(fixedKey) ?? 0);
    const appeared = [...after].filter(([k, n]) => n > (baseline.get(k) ?? 0)).map(([k]) => k);
    if (!gone || appeared.length > 0) {
      const reason = !gone ? "the finding is still reported after the edit" : `the edit would bring ${appeared.join(", ")}`;
      fixes.push({ ruleId: c.ruleId, file: c.file, description: c.description, status: "refused", reason });
      continue;
    }
    accepted = combined;
    current = edited;
    baseline = after;
    fixes.push({ ruleId: c.ruleId, file: c.file, description: c.description, status: "fixed" });
  }
  const files = [...current].filter(([file, after]) => texts.get(file) !== after).map(([file, after]) => {
    const before = texts.get(file) ?? "";
    return { file, before, after, diff: unifiedDiff(file.replace(/\\/g, "/"), before, after) };
  }).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { fixes, files };
}

// packages/core/dist/diff/trust-diff.js
init_define_TRUSTLINT_PACKAGE();
var MAX_WITNESSES_PER_PAIR = 5e3;
function diffTrust(before, after, options = {}) {
  const config = options.config ?? {};
  const beforeRoles = rolesOf(before, config);
  const afterRoles = rolesOf(after, config);
  const pairs = pairRoles(beforeRoles, afterRoles, movedAddresses(after.texts));
  const paired = new Set(pairs.flatMap(([b, a]) => [b, a]));
  const roles = pairs.map(([b, a, by]) => ({ before: b.ref, after: a.ref, pairedBy: by, classes: compareRoles(b, a, config) }));
  const added = afterRoles.filter((r) => !paired.has(r)).map((r) => verdictOf(r));
  const removed = beforeRoles.filter((r) => !paired.has(r)).map((r) => verdictOf(r));
  const workflows = workflowChanges(before, after);
  return {
    roles,
    added,
    removed,
    workflows,
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
      const ref2 = { file, label: doc.resource ?? doc.roleName ?? file };
      if (doc.resource !== void 0)
        ref2.resource = doc.resource;
      if (doc.roleName !== void 0)
        ref2.roleName = doc.roleName;
      role = { ref: ref2, docs: [], policies: [], signature: "", parts: [] };
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
  pass("moved", (r) => r.ref.resource !== void 0 ? moved.get(r.ref.resource) : void 0, (r) => r.ref.resource);
  pass("role-name", (r) => r.ref.roleName);
  pass("same-policy", (r) => r.signature);
  pass("file-name", (r) => `${r.ref.file.split("/").pop() ?? ""}\0${r.ref.resource ?? ""}`);
  return out;
}
function movedAddresses(texts) {
  const out = /* @__PURE__ */ new Map();
  for (const [file, text3] of texts ?? []) {
    if (!file.endsWith(".tf"))
      continue;
    for (const m of text3.matchAll(/\bmoved\s*\{([^{}]*)\}/g)) {
      const body = m[1] ?? "";
      const from = /\bfrom\s*=\s*([A-Za-z0-9_.\-[\]"]+)/.exec(body)?.[1];
      const to = /\bto\s*=\s*([A-Za-z0-9_.\-[\]"]+)/.exec(body)?.[1];
      if (from && to)
        out.set(from, to);
    }
  }
  return out;
}
function candidates(roles, config) {
  const out = /* @__PURE__ */ new Map();
  for (const role of roles) {
    for (const { trust } of role.policies) {
      for (const p of trust.providers) {
        const key = p.provider.prefix.toLowerCase();
        let entry2 = out.get(key);
        if (!entry2) {
          entry2 = { provider: p.provider, witnesses: [], seen: /* @__PURE__ */ new Set() };
          out.set(key, entry2);
        }
        const witnesses = isGitHubProvider(p.provider) ? synthesizeWitnesses(p.knowledge, config.owners ?? []) : synthesizeIssuerWitnesses(p.facets ?? emptyFacetKnowledge(), { entry: p.provider.registry.entry, match: p.provider.registry.match, configOwners: config.owners ?? [] });
        for (const w of witnesses) {
          if (entry2.witnesses.length >= MAX_WITNESSES_PER_PAIR)
            break;
          const id = `${w.cls}\0${JSON.stringify(w.claims)}`;
          if (entry2.seen.has(id))
            continue;
          entry2.seen.add(id);
          entry2.witnesses.push(w);
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
function jobFacts(side) {
  const out = /* @__PURE__ */ new Map();
  for (const doc of side.documents) {
    if (doc.kind !== "workflow" || doc.workflowKind !== "workflow")
      continue;
    const wf = doc;
    for (const job of wf.jobs) {
      const aws = stepsOfJob(wf, job).some((s) => readCacStep(s) !== void 0);
      out.set(`${wf.file}\0${job.id}`, { file: wf.file, job: job.id, aws, idToken: job.idToken.level === "write" });
    }
  }
  return out;
}
function workflowChanges(before, after) {
  const out = [];
  const was = jobFacts(before);
  for (const [key, now] of jobFacts(after)) {
    const then = was.get(key);
    if (now.aws && !then?.aws) {
      out.push({ kind: "obtains-aws-credentials", file: now.file, job: now.job, error: false, message: "now obtains AWS credentials (configure-aws-credentials)" });
    }
    if (now.idToken && !then?.idToken) {
      out.push({ kind: "id-token-write", file: now.file, job: now.job, error: false, message: "now gets id-token: write (it can request OIDC tokens)" });
    }
  }
  const known = new Set(printsOf(before));
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
function canonicalJson(value2) {
  if (Array.isArray(value2))
    return `[${value2.map(canonicalJson).join(",")}]`;
  if (value2 !== null && typeof value2 === "object") {
    const entries = Object.entries(value2).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return value2 === void 0 ? "null" : JSON.stringify(value2);
}
function shown(claims, role) {
  return Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, displayValue(v, role.parts)]));
}

export {
  CliError,
  errorMessage,
  configSchema,
  detectKind,
  isInputName,
  KIND_TOKEN_MAX_LENGTH,
  mayHaveKind,
  analyzeFiles,
  compareFindings,
  findingFingerprints,
  toReportFinding,
  loadOnlineChecks,
  sanitizeText,
  sanitizeValue,
  sanitizeSource,
  sanitizeOutput,
  synthesizeTrust,
  planFixes,
  planMechanicalFixes,
  diffTrust
};
