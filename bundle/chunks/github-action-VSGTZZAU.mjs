import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  main
} from "./chunk-LCO5HGJL.mjs";
import {
  countSeverities,
  escapeData,
  formatGithub
} from "./chunk-JCRQTVMS.mjs";
import "./chunk-SAIUKCJ2.mjs";
import "./chunk-IBXWRIQW.mjs";
import "./chunk-5NIPEJ5H.mjs";
import {
  init_define_TRUSTLINT_PACKAGE
} from "./chunk-DAIUEL45.mjs";

// packages/cli/dist/github-action.js
init_define_TRUSTLINT_PACKAGE();
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/.pnpm/shlex@3.0.0/node_modules/shlex/shlex.js
init_define_TRUSTLINT_PACKAGE();
var Shlexer = class {
  constructor(string) {
    this.i = 0;
    this.string = string;
    this.whitespace = " 	\r\n";
    this.quotes = `'"`;
    this.escapes = "\\";
    this.escapedQuotes = '"';
    this.ansiCQuotes = true;
    this.localeQuotes = true;
    this.debug = false;
  }
  readChar() {
    return this.string.charAt(this.i++);
  }
  processEscapes(string, quote, isAnsiCQuote) {
    if (!isAnsiCQuote && !this.escapedQuotes.includes(quote)) {
      return string;
    }
    const anyEscape = "[" + this.escapes.replace(/(.)/g, "\\$1") + "]";
    if (!isAnsiCQuote && this.escapedQuotes.includes(quote)) {
      const re = new RegExp(
        anyEscape + "(" + anyEscape + "|\\" + quote + ")",
        "g"
      );
      return string.replace(re, "$1");
    }
    if (isAnsiCQuote) {
      const patterns = {
        // Literal characters
        "([\\\\'\"?])": (x) => x,
        // Non-printable ASCII characters
        "a": () => "\x07",
        "b": () => "\b",
        "e|E": () => "\x1B",
        "f": () => "\f",
        "n": () => "\n",
        "r": () => "\r",
        "t": () => "	",
        "v": () => "\v",
        // Octal bytes
        "([0-7]{1,3})": (x) => String.fromCharCode(parseInt(x, 8)),
        // Hexadecimal bytes
        "x([0-9a-fA-F]{1,2})": (x) => String.fromCharCode(parseInt(x, 16)),
        // Unicode code units
        "u([0-9a-fA-F]{1,4})": (x) => String.fromCharCode(parseInt(x, 16)),
        "U([0-9a-fA-F]{1,8})": (x) => String.fromCharCode(parseInt(x, 16)),
        // Control characters
        // https://en.wikipedia.org/wiki/Control_character#How_control_characters_map_to_keyboards
        "c(.)": (x) => {
          if (x === "?") {
            return "\x7F";
          } else if (x === "@") {
            return "\0";
          } else {
            return String.fromCharCode(x.charCodeAt(0) & 31);
          }
        }
      };
      const re = new RegExp(
        anyEscape + "(" + Object.keys(patterns).join("|") + ")",
        "g"
      );
      return string.replace(re, function(m, p1) {
        for (const matched in patterns) {
          const mm = new RegExp("^" + matched + "$").exec(p1);
          if (mm === null) {
            continue;
          }
          return patterns[matched].apply(null, mm.slice(1));
        }
      });
    }
    return void 0;
  }
  *[Symbol.iterator]() {
    let inQuote = false;
    let inDollarQuote = false;
    let escaped = false;
    let lastDollar = -2;
    let token;
    if (this.debug) {
      console.log("full input:", ">" + this.string + "<");
    }
    while (true) {
      const pos = this.i;
      const char = this.readChar();
      if (this.debug) {
        console.log(
          "position:",
          pos,
          "input:",
          ">" + char + "<",
          "accumulated:",
          token,
          "inQuote:",
          inQuote,
          "inDollarQuote:",
          inDollarQuote,
          "lastDollar:",
          lastDollar,
          "escaped:",
          escaped
        );
      }
      if (char === "") {
        if (inQuote) {
          throw new Error("Got EOF while in a quoted string");
        }
        if (escaped) {
          throw new Error("Got EOF while in an escape sequence");
        }
        if (token !== void 0) {
          yield token;
        }
        return;
      }
      if (escaped) {
        if (char === "\n") {
        } else if (inQuote) {
          token = (token || "") + escaped + char;
        } else {
          token = (token || "") + char;
        }
        escaped = false;
        continue;
      }
      if (this.escapes.includes(char)) {
        if (!inQuote || inDollarQuote !== false || this.escapedQuotes.includes(inQuote)) {
          escaped = char;
          continue;
        } else {
        }
      }
      if (inQuote !== false) {
        if (char === inQuote) {
          token = this.processEscapes(token, inQuote, inDollarQuote === "'");
          inQuote = false;
          inDollarQuote = false;
          continue;
        }
        token = (token || "") + char;
        continue;
      }
      if (this.quotes.includes(char)) {
        inQuote = char;
        if (lastDollar === pos - 1) {
          if (char === "'" && !this.ansiCQuotes) {
          } else if (char === '"' && !this.localeQuotes) {
          } else {
            inDollarQuote = char;
          }
        }
        token = token || "";
        if (inDollarQuote !== false) {
          token = token.slice(0, -1);
        }
        continue;
      }
      if (inQuote === false && char === "$") {
        lastDollar = pos;
      }
      if (this.whitespace.includes(char)) {
        if (token !== void 0) {
          yield token;
        }
        token = void 0;
        continue;
      }
      token = (token || "") + char;
    }
  }
};
function split(s) {
  return Array.from(new Shlexer(s));
}

// packages/cli/dist/github-action.js
var REPORT_FORMATS = ["sarif", "json"];
var INPUT_FLAGS = {
  "--format": "format",
  "-f": "format",
  "--output": "output",
  "-o": "output",
  "--output-file": "output",
  "--config": "config",
  "--config-from-base": "the pull_request event"
};
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
var ActionError = class extends Error {
};
function readInputs(env) {
  const words = (name, value) => {
    try {
      return split(value);
    } catch (err) {
      throw new ActionError(`input ${name}: ${err instanceof Error ? err.message : String(err)} (${JSON.stringify(value)})`, { cause: err });
    }
  };
  const format = (env.TRUSTLINT_FORMAT ?? "") || "sarif";
  if (!REPORT_FORMATS.includes(format)) {
    throw new ActionError(`input format: "${format}" is not one of ${REPORT_FORMATS.join(", ")} (annotations are made from the report)`);
  }
  const output = (env.TRUSTLINT_OUTPUT ?? "") || `trustlint.${format}`;
  if (/[\r\n]/.test(output))
    throw new ActionError("input output: a file name with a line break");
  const failOnFindings = (env.TRUSTLINT_FAIL_ON_FINDINGS ?? "") || "true";
  if (failOnFindings !== "true" && failOnFindings !== "false")
    throw new ActionError(`input fail-on-findings: "${failOnFindings}" is not "true" or "false"`);
  const args = words("args", env.TRUSTLINT_ARGS ?? "");
  for (const arg of args) {
    const flag = arg.split("=", 1)[0] ?? arg;
    const input = INPUT_FLAGS[flag];
    if (input !== void 0)
      throw new ActionError(`input args: ${flag} is set by the Action (use its ${input} input instead)`);
  }
  const paths = words("paths", env.TRUSTLINT_PATHS ?? "");
  const diffBase = (env.TRUSTLINT_DIFF_BASE ?? "").trim();
  if (diffBase !== "" && !/^[\w./@^~-]+$/.test(diffBase))
    throw new ActionError(`input diff-base: "${diffBase}" is not a commit id or ref`);
  if (diffBase.startsWith("-"))
    throw new ActionError(`input diff-base: "${diffBase}" is not a commit id or ref`);
  return {
    paths: paths.length > 0 ? paths : ["."],
    config: env.TRUSTLINT_CONFIG ?? "",
    format,
    output,
    args,
    failOnFindings: failOnFindings === "true",
    ...diffBase !== "" ? { diffBase } : {}
  };
}
function diffArguments(inputs, output) {
  const argv = ["diff", "--base", inputs.diffBase, ...inputs.paths, "--format", "markdown", "--output", output];
  if (inputs.config !== "")
    argv.push("--config", inputs.config);
  return argv;
}
function checkArguments(inputs, baseSha) {
  const argv = ["check", ...inputs.paths, "--format", inputs.format, "--output", inputs.output];
  if (inputs.config !== "")
    argv.push("--config", inputs.config);
  if (baseSha !== void 0)
    argv.push("--config-from-base", baseSha);
  return [...argv, ...inputs.args];
}
var SEVERITY_OF_LEVEL = { error: "error", warning: "warning", note: "info", none: "info" };
function findingsFromSarif(log) {
  const findings = [];
  for (const run of log.runs) {
    const bases = new Map(Object.entries(run.originalUriBaseIds ?? {}).map(([id, base]) => [id, base.uri ?? ""]));
    for (const result of run.results ?? [])
      findings.push(findingOfResult(result, bases));
  }
  return findings;
}
function findingOfResult(result, bases) {
  const finding = {
    ruleId: result.ruleId ?? "trustlint",
    severity: SEVERITY_OF_LEVEL[result.level ?? "warning"] ?? "warning",
    message: result.message.text ?? "",
    location: null
  };
  const physical = result.locations?.[0]?.physicalLocation;
  const uri = physical?.artifactLocation?.uri;
  if (physical && uri !== void 0) {
    const base = physical.artifactLocation?.uriBaseId;
    const href = base !== void 0 ? new URL(uri, bases.get(base)).href : new URL(uri, "file:///").href;
    const region = physical.region ?? {};
    const startLine = region.startLine ?? 1;
    const startColumn = region.startColumn ?? 1;
    finding.location = {
      file: fileURLToPath(href),
      span: {
        start: { line: startLine, column: startColumn - 1, offset: 0 },
        end: { line: region.endLine ?? startLine, column: (region.endColumn ?? startColumn) - 1, offset: 0 }
      }
    };
  } else {
    const resource = result.locations?.[0]?.logicalLocations?.[0]?.fullyQualifiedName;
    if (resource !== void 0)
      finding.resource = resource;
  }
  return finding;
}
function findingsFromJson(report, cwd) {
  return report.findings.map((f) => {
    const finding = { ruleId: f.ruleId, severity: f.severity, message: f.message, location: null };
    if (f.witness)
      finding.witness = f.witness;
    if (f.resource !== void 0)
      finding.resource = f.resource;
    if (f.file !== null && f.line !== void 0) {
      const column = (f.column ?? 1) - 1;
      finding.location = {
        file: resolve(cwd, f.file),
        span: { start: { line: f.line, column, offset: 0 }, end: { line: f.endLine ?? f.line, column: (f.endColumn ?? f.column ?? 1) - 1, offset: 0 } }
      };
    }
    return finding;
  });
}
function runCounts(report, format) {
  const holder = format === "sarif" ? report.runs[0]?.properties : report.summary;
  const files = holder?.files;
  const unrecognised = holder?.unrecognised;
  return typeof files === "number" && typeof unrecognised === "number" ? { files, unrecognised } : void 0;
}
function ensureCommit(sha, cwd) {
  const has = () => spawnSync("git", ["cat-file", "-e", `${sha}^{commit}`], { cwd, stdio: "ignore" }).status === 0;
  if (has())
    return;
  spawnSync("git", ["fetch", "--no-tags", "--depth=1", "origin", sha], { cwd, stdio: "ignore" });
  if (!has()) {
    throw new ActionError(`the pull request's base commit ${sha} is not in the checkout and could not be fetched; check out with actions/checkout and fetch-depth: 0`);
  }
}
function baseShaOf(env) {
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? ""))
    return void 0;
  const sha = env.TRUSTLINT_BASE_SHA ?? "";
  if (sha === "")
    return void 0;
  if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(sha))
    throw new ActionError(`the pull request's base commit "${sha}" is not a commit id`);
  return sha;
}
async function runGithubAction(io) {
  const env = io.env;
  const outputs = {};
  let code;
  try {
    const inputs = readInputs(env);
    const baseSha = baseShaOf(env);
    if (baseSha !== void 0)
      ensureCommit(baseSha, io.cwd);
    const argv = checkArguments(inputs, baseSha);
    io.stdout.write(`trustlint ${argv.map((a) => /^[\w./:=@%+-]+$/.test(a) ? a : JSON.stringify(a)).join(" ")}
`);
    code = await main(argv, io);
    const report = resolve(io.cwd, inputs.output);
    outputs["report-file"] = inputs.output;
    if (inputs.format === "sarif")
      outputs["sarif-file"] = inputs.output;
    if (code <= 1) {
      const text = readFileSync(report, "utf8");
      const parsed = JSON.parse(text);
      const findings = inputs.format === "sarif" ? findingsFromSarif(parsed) : findingsFromJson(parsed, io.cwd);
      const run = runCounts(parsed, inputs.format);
      const workspace = env.GITHUB_WORKSPACE ?? io.cwd;
      const unrecognised = run ? Array.from({ length: run.unrecognised }, () => "") : void 0;
      io.stdout.write(formatGithub({ findings, suppressed: 0, files: run?.files ?? 0, ...unrecognised ? { unrecognised } : {}, cwd: io.cwd, gitRoot: null, workspace, toolVersion: "" }));
      const counts = countSeverities(findings);
      outputs.errors = String(counts.errors);
      outputs.warnings = String(counts.warnings);
      summarize(env, inputs.output, counts);
    }
    outputs["exit-code"] = String(code);
    const diffBase = inputs.diffBase;
    const diffCode = diffBase !== void 0 ? await runDiffStep({ ...inputs, diffBase }, io, outputs) : 0;
    writeOutputs(env, outputs);
    if (code >= 2)
      return code;
    if (diffCode >= 2)
      return diffCode;
    return (code === 1 || diffCode === 1) && inputs.failOnFindings ? 1 : 0;
  } catch (err) {
    if (!(err instanceof ActionError))
      throw err;
    io.stdout.write(`::error title=trustlint::${escapeData(err.message)}
`);
    writeOutputs(env, { ...outputs, "exit-code": "2" });
    return 2;
  }
}
async function runDiffStep(inputs, io, outputs) {
  if (/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(inputs.diffBase))
    ensureCommit(inputs.diffBase, io.cwd);
  const dir = mkdtempSync(join(tmpdir(), "trustlint-action-"));
  try {
    const file = join(dir, "diff.md");
    const argv = diffArguments(inputs, file);
    io.stdout.write(`trustlint ${argv.map((a) => /^[\w./:=@%+-]+$/.test(a) ? a : JSON.stringify(a)).join(" ")}
`);
    const code = await main(argv, io);
    outputs["trust-widened"] = String(code === 1);
    outputs["diff-exit-code"] = String(code);
    const summary = io.env.GITHUB_STEP_SUMMARY;
    if (code <= 1 && summary !== void 0 && summary !== "" && isAbsolute(summary))
      appendFileSync(summary, `
${readFileSync(file, "utf8")}`);
    return code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
function writeOutputs(env, outputs) {
  const file = env.GITHUB_OUTPUT;
  if (file === void 0 || file === "" || !isAbsolute(file))
    return;
  appendFileSync(file, Object.entries(outputs).map(([k, v]) => `${k}=${v}
`).join(""));
}
function summarize(env, report, counts) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (file === void 0 || file === "" || !isAbsolute(file))
    return;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  appendFileSync(file, `### trustlint

${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.infos, "note")}; report: \`${report.replace(/`/g, "'")}\`
`);
}
export {
  ActionError,
  REPORT_FORMATS,
  checkArguments,
  diffArguments,
  findingsFromJson,
  findingsFromSarif,
  readInputs,
  runGithubAction
};
