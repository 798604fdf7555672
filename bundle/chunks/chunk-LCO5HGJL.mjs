import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  CONFIG_FROM_BASE_HELP,
  Command,
  CommanderError,
  Option,
  addReportOptions,
  analyzeLocalFiles,
  baselineEntries,
  collect,
  computeFingerprints,
  configChoice,
  findGitRoot,
  git,
  isInside,
  parseAwsOptions,
  parseGitHubOptions,
  parseReportOptions,
  parseSourceOptions,
  readBoundedText,
  register,
  register2,
  relativePosix,
  resolveCommit,
  withCommitAnalysis,
  witnessEntries,
  writeReport
} from "./chunk-JCRQTVMS.mjs";
import {
  processIo
} from "./chunk-SAIUKCJ2.mjs";
import {
  CliError,
  diffTrust,
  errorMessage,
  sanitizeOutput,
  sanitizeText,
  sanitizeValue,
  toReportFinding
} from "./chunk-IBXWRIQW.mjs";
import {
  CATALOG,
  documentRoleName,
  explainPolicy,
  roleUses,
  roleUsesOf,
  simulatePolicy,
  synthesizeTrust,
  toJson,
  trustPoliciesFor
} from "./chunk-5NIPEJ5H.mjs";
import {
  define_TRUSTLINT_PACKAGE_default,
  init_define_TRUSTLINT_PACKAGE
} from "./chunk-DAIUEL45.mjs";

// packages/cli/dist/main.js
init_define_TRUSTLINT_PACKAGE();

// packages/cli/dist/commands/aws-scan.js
init_define_TRUSTLINT_PACKAGE();
import { resolve } from "node:path";
var DEFAULT_MEMBER_ROLE = "OrganizationAccountAccessRole";
var ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
var MAX_CONCURRENCY = 64;
var ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
function parseOrganization(flags, cwd) {
  if (flags.organization !== true) {
    for (const [flag, value] of [["--member-role-name", flags.memberRoleName], ["--concurrency", flags.concurrency], ["--resume", flags.resume]]) {
      if (value !== void 0)
        throw new CliError(`${flag} needs --organization`);
    }
    return void 0;
  }
  const memberRoleName = flags.memberRoleName ?? DEFAULT_MEMBER_ROLE;
  if (!ROLE_NAME.test(memberRoleName) || memberRoleName.length > 512) {
    throw new CliError(`--member-role-name expects a role name such as trustlint-audit (optionally with its path, audit/trustlint), got '${memberRoleName}'`);
  }
  let concurrency = 4;
  if (flags.concurrency !== void 0) {
    const text = flags.concurrency.trim();
    concurrency = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!(concurrency >= 1 && concurrency <= MAX_CONCURRENCY))
      throw new CliError(`--concurrency expects a whole number from 1 to ${MAX_CONCURRENCY}, got '${flags.concurrency}'`);
  }
  if (flags.resume !== void 0 && flags.resume.trim() === "")
    throw new CliError("--resume expects a file name");
  return { memberRoleName, concurrency, ...flags.resume !== void 0 ? { resume: resolve(cwd, flags.resume) } : {} };
}
function parseAwsScanOptions(flags, cwd = process.cwd()) {
  const aws = parseAwsOptions(flags);
  if (flags.roleArn !== void 0) {
    if (!ROLE_ARN.test(flags.roleArn)) {
      throw new CliError(`--role-arn expects a role ARN such as arn:aws:iam::123456789012:role/audit, got '${flags.roleArn}'`);
    }
    aws.roleArn = flags.roleArn;
  }
  const organization = parseOrganization(flags, cwd);
  return { ...parseReportOptions(flags), aws, github: parseGitHubOptions(flags), ...organization ? { organization } : {} };
}
function register3(program, ctx) {
  const aws = program.command("aws").description("checks against a live AWS account");
  const scan = aws.command("scan").description("read-only scan of an AWS account (or, with --organization, every account of the Organization): roles trusting OIDC providers, OIDC providers, IAM users with access keys");
  addReportOptions(scan).option("--profile <name>", "AWS profile (standard credential chain otherwise)").option("--region <region>", "AWS region (IAM is global; Access Analyzer runs in this region)").option("--endpoint-url <url>", "any AWS-compatible endpoint").option("--role-arn <arn>", "assume this role first (scan another account)").option("--timeout <seconds>", "time limit of the scan; calls unfinished by then are reported (default 300, 3600 with --organization)").option("--access-analyzer", "also run IAM Access Analyzer ValidatePolicy on the trust policies").option("--access-analyzer-public", "also run Access Analyzer CheckNoPublicAccess (a charged call)").option("--github", "also check the names the roles trust against the GitHub API (token: GITHUB_TOKEN, GH_TOKEN or gh auth token)").option("--github-api <url>", "GitHub API URL for --github (GitHub Enterprise Server: https://HOST/api/v3)").option("--organization", "scan every ACTIVE account of the AWS Organization (organizations:ListAccounts), through --member-role-name").option("--member-role-name <name>", `with --organization: the role assumed in each account (default ${DEFAULT_MEMBER_ROLE})`).option("--concurrency <n>", "with --organization: accounts scanned at once (default 4)").option("--resume <file>", "with --organization: record finished accounts in FILE and skip those already there").action(async (flags) => {
    const options = parseAwsScanOptions(flags, ctx.io.cwd);
    const { runAwsScan } = await import("./online-SCKGQM34.mjs");
    ctx.setExitCode(await runAwsScan(options, ctx));
  });
}

// packages/cli/dist/commands/diff.js
init_define_TRUSTLINT_PACKAGE();
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve as resolve2 } from "node:path";

// packages/cli/dist/diff-report.js
init_define_TRUSTLINT_PACKAGE();
var short = (commit) => commit.slice(0, 7);
function sideName(side) {
  return side.commit === void 0 ? side.ref : side.ref === side.commit ? short(side.commit) : `${side.ref} (${short(side.commit)})`;
}
function witnessText(witness, cls) {
  if (!witness)
    return "";
  const extra = cls === "reusable-caller" ? ["job_workflow_ref"] : cls === "other-ids" ? ["repository_owner_id", "repository_id"] : [];
  return witnessEntries(witness).filter(([k]) => k === "sub" || extra.includes(k)).map(([k, v]) => `${k}=${v}`).join(" ");
}
function roleName(ref) {
  return ref.label === ref.file ? ref.file : `${ref.label} (${ref.file})`;
}
function roleState(role) {
  const w = role.classes.some((c) => c.status === "widened");
  const n = role.classes.some((c) => c.status === "narrowed");
  return w && n ? "widened and narrowed" : w ? "widened" : n ? "narrowed" : "unchanged";
}
function shownRoles(diff) {
  return diff.roles.filter((r) => roleState(r) !== "unchanged" || r.pairedBy !== "same");
}
function verdictLine(v) {
  if (v.admitted.length === 0)
    return "no outsider class admitted";
  return v.admitted.map((a) => `${a.outsider} (witness ${witnessText(a.witness, a.cls)})`).join("; ");
}
function summaryLine(diff) {
  const widened = diff.roles.filter((r) => r.classes.some((c) => c.status === "widened")).length + diff.added.filter((a) => a.admitted.length > 0).length;
  const parts = [];
  if (widened > 0)
    parts.push(`trust widened for ${widened} role${widened === 1 ? "" : "s"}`);
  if (diff.newWorkflowErrors)
    parts.push("new error-level workflow findings");
  return parts.length > 0 ? `\u2716 ${parts.join("; ")}` : "\u2714 no outsider newly admitted to any role";
}
function formatDiffStylish(raw, sides) {
  const diff = sanitizeValue(raw, "terminal");
  const lines = [`trust changes from ${sideName(sides.base)} to ${sideName(sides.head)}`, ""];
  for (const role of shownRoles(diff)) {
    const moved = role.pairedBy === "same" ? "" : ` (was ${roleName(role.before)}, paired by ${role.pairedBy})`;
    lines.push(`role ${roleName(role.after)}: ${roleState(role)}${moved}`);
    for (const c of role.classes.filter((x) => x.status !== "unchanged"))
      lines.push(`  ${c.status.padEnd(8)}  ${c.outsider} \u2014 witness: ${witnessText(c.witness, c.cls)}`);
    lines.push("");
  }
  for (const a of diff.added)
    lines.push(`added role ${roleName(a.role)}: ${verdictLine(a)}`);
  for (const r of diff.removed)
    lines.push(`removed role ${roleName(r.role)}`);
  for (const w of diff.workflows)
    lines.push(`workflow ${w.file}${w.job ? ` job ${w.job}` : ""}: ${w.message}`);
  if (diff.added.length + diff.removed.length + diff.workflows.length > 0)
    lines.push("");
  lines.push(summaryLine(diff));
  return `${lines.join("\n")}
`;
}
function formatDiffJson(raw, sides) {
  const diff = sanitizeValue(raw, "data");
  const out = {
    version: 1,
    base: sides.base,
    head: sides.head,
    widened: diff.widened,
    newWorkflowErrors: diff.newWorkflowErrors,
    roles: diff.roles.map((r) => ({ ...r, status: roleState(r) })),
    added: diff.added,
    removed: diff.removed,
    workflows: diff.workflows.map(({ finding, ...w }) => ({ ...w, ...finding ? { finding: toReportFinding(finding) } : {} })),
    renamed: diff.renamed
  };
  return `${JSON.stringify(out, null, 2)}
`;
}
function cell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/`/g, "\\`").replace(/[\r\n]+/g, " ");
}
function code(text) {
  return text === "" ? "" : `<code>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;")}</code>`;
}
function yesNo(v) {
  return v ? "yes" : "no";
}
function formatDiffMarkdown(raw, sides) {
  const diff = sanitizeValue(raw, "data");
  const out = ["## trustlint: trust changes", "", `${summaryLine(diff)} (${cell(sideName(sides.base))} \u2192 ${cell(sideName(sides.head))})`, ""];
  for (const role of shownRoles(diff)) {
    const was = role.pairedBy === "same" ? "" : ` \u2014 was ${code(roleName(role.before))}`;
    out.push(`### role ${code(roleName(role.after))}: ${roleState(role)}${was}`, "");
    const rows = role.classes.filter((c) => c.status !== "unchanged" || c.after);
    if (rows.length === 0) {
      out.push("no outsider class admitted before or after", "");
      continue;
    }
    out.push("| outsider | before | after | change | witness |", "|---|---|---|---|---|");
    for (const c of rows)
      out.push(`| ${cell(c.outsider)} | ${yesNo(c.before)} | ${yesNo(c.after)} | ${c.status === "unchanged" ? "unchanged" : `**${c.status}**`} | ${code(witnessText(c.witness, c.cls))} |`);
    out.push("");
  }
  if (diff.added.length > 0) {
    out.push("### added roles", "", "| role | admits |", "|---|---|");
    for (const a of diff.added)
      out.push(`| ${code(roleName(a.role))} | ${a.admitted.length === 0 ? "no outsider class" : a.admitted.map((x) => `${cell(x.outsider)} (${code(witnessText(x.witness, x.cls))})`).join("<br>")} |`);
    out.push("");
  }
  if (diff.removed.length > 0) {
    out.push("### removed roles", "");
    for (const r of diff.removed)
      out.push(`- ${code(roleName(r.role))}`);
    out.push("");
  }
  if (diff.workflows.length > 0) {
    out.push("### workflows", "", "| file | job | change |", "|---|---|---|");
    for (const w of diff.workflows)
      out.push(`| ${code(w.file)} | ${w.job ? code(w.job) : ""} | ${w.error ? "**error** " : ""}${cell(w.message)} |`);
    out.push("");
  }
  const mermaid = diffMermaid(diff);
  if (mermaid)
    out.push("```mermaid", mermaid, "```", "");
  return out.join("\n");
}
function label(text) {
  return `"${text.replace(/&/g, "#amp;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;")}"`;
}
function diffMermaid(diff) {
  const lines = ["flowchart LR"];
  let n = 0;
  const edge = (from, role, c) => {
    if (c.status === "widened")
      lines.push(`  ${from} ==>|widened| ${role}`);
    else
      lines.push(`  ${from} -.->|narrowed| ${role}`);
  };
  for (const role of diff.roles) {
    const changed = role.classes.filter((c) => c.status !== "unchanged");
    if (changed.length === 0)
      continue;
    const id = `r${n++}`;
    lines.push(`  ${id}[${label(`role ${role.after.label}`)}]`);
    for (const c of changed) {
      const cid = `c${n++}`;
      lines.push(`  ${cid}(${label(c.outsider)})`);
      edge(cid, id, c);
    }
  }
  for (const a of diff.added) {
    if (a.admitted.length === 0)
      continue;
    const id = `r${n++}`;
    lines.push(`  ${id}[${label(`new role ${a.role.label}`)}]`);
    for (const x of a.admitted) {
      const cid = `c${n++}`;
      lines.push(`  ${cid}(${label(x.outsider)})`);
      edge(cid, id, { status: "widened" });
    }
  }
  return lines.length > 1 ? lines.join("\n") : void 0;
}

// packages/cli/dist/commands/diff.js
var DIFF_FORMATS = ["stylish", "json", "markdown", "sarif", "github"];
function register4(program, ctx) {
  program.command("diff").description("what a change does to trust: outsider classes newly admitted (with a witness) or shut out, per role").argument("[paths...]", "files, folders or glob patterns to compare (default .)").option("--base <ref>", "the commit before the change (default: the merge base with the default branch)").option("--head <ref>", "the commit after the change (default: the working tree)").addOption(new Option("-f, --format <format>", "output format (sarif and github: only the findings new at head)").choices(DIFF_FORMATS).default("stylish")).option("-o, --output <file>", "write the report to FILE").option("--config <file>", "configuration file (else each side's trustlint.config.json or .trustlintrc.json)").option("--var <name=value>", "Terraform variable value, for both sides (repeatable)", collect).option("--var-file <file>", "Terraform variables file, for both sides (repeatable)", collect).option("--parameter <name=value>", "CloudFormation parameter value, for both sides (repeatable)", collect).action(async (paths, flags) => {
    ctx.setExitCode(await runDiff(paths, flags, ctx));
  });
}
function defaultBase(gitRoot, env) {
  const tryRef = (ref) => {
    try {
      return resolveCommit("--base", ref, gitRoot, env);
    } catch {
      return void 0;
    }
  };
  let branch;
  try {
    branch = git(gitRoot, env, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"], 4096).toString("utf8").trim() || void 0;
  } catch {
    branch = void 0;
  }
  const candidates = [branch, "origin/main", "origin/master", "main", "master"].filter((b) => b !== void 0);
  for (const candidate of candidates) {
    if (tryRef(candidate) === void 0)
      continue;
    try {
      const commit = git(gitRoot, env, ["merge-base", "--end-of-options", "HEAD", candidate], 4096).toString("utf8").trim();
      if (/^[0-9a-f]{40,64}$/.test(commit))
        return { ref: `merge base with ${candidate}`, commit };
    } catch {
    }
  }
  throw new CliError("diff: no default branch found to compare with (origin/HEAD, main, master): give --base REF");
}
async function runDiff(paths, flags, ctx) {
  const { io } = ctx;
  const gitRoot = findGitRoot(io.cwd);
  if (gitRoot === null)
    throw new CliError("diff needs a git repository: the working directory is in none");
  const base = flags.base !== void 0 ? { ref: flags.base, commit: resolveCommit("--base", flags.base, gitRoot, io.env) } : defaultBase(gitRoot, io.env);
  const options = {
    sources: parseSourceOptions(flags, io.cwd),
    ...flags.config !== void 0 ? { configFile: flags.config } : {}
  };
  return withCommitAnalysis("--base", base.commit, paths, options, io, async (before) => {
    const beforeSide = {
      documents: before.analysis.analysis.documents,
      findings: before.analysis.analysis.findings,
      texts: before.sources,
      fileKey: (file) => relativePosix(before.tree.root, resolve2(before.cwd, file))
    };
    const finish = (after, head2, report) => {
      const diff = diffTrust(beforeSide, after, { config: after.config });
      const sides = { base, head: head2 };
      if (flags.format === "sarif" || flags.format === "github") {
        const entries = baselineEntries(before.analysis.analysis.findings, computeFingerprints(before.analysis.analysis.findings, { cwd: before.cwd, gitRoot: before.tree.root, sources: before.sources }), beforeSide.fileKey ?? ((f) => f));
        writeReport({
          format: flags.format,
          quiet: false,
          // Resolved here: the report's working directory may be the head commit's temporary tree.
          ...flags.output !== void 0 ? { output: resolve2(io.cwd, flags.output) } : {},
          findings: report.findings,
          suppressed: 0,
          files: report.files,
          sources: report.sources,
          known: { label: `base ${base.ref}`, entries }
        }, { ...ctx, io: report.io });
      } else
        writeText(render(flags.format, diff, sides), flags.output, io);
      return diff.widened || diff.newWorkflowErrors ? 1 : 0;
    };
    if (flags.head !== void 0) {
      const headRef = flags.head;
      const commit = resolveCommit("--head", headRef, gitRoot, io.env);
      return withCommitAnalysis("--head", commit, paths, options, io, ({ tree, cwd, analysis, sources: sources2 }) => finish({ documents: analysis.analysis.documents, findings: analysis.analysis.findings, texts: sources2, fileKey: (f) => relativePosix(tree.root, resolve2(cwd, f)), config: analysis.config }, { ref: headRef, commit }, { findings: analysis.analysis.findings, files: analysis.analysis.files, sources: sources2, io: { ...io, cwd } }));
    }
    const head = await analyzeLocalFiles(paths, { ...options, errorOnUnmatchedPattern: false }, io);
    const sources = new Map(head.discovery.files.map((f) => [f.path, f.text]));
    return finish({ documents: head.analysis.documents, findings: head.analysis.findings, texts: sources, fileKey: (f) => relativePosix(gitRoot, resolve2(io.cwd, f)), config: head.config }, { ref: "working tree" }, { findings: head.analysis.findings, files: head.analysis.files, sources, io });
  });
}
function render(format, diff, sides) {
  if (format === "json")
    return formatDiffJson(diff, sides);
  if (format === "markdown")
    return formatDiffMarkdown(diff, sides);
  return formatDiffStylish(diff, sides);
}
function writeText(text, output, io) {
  if (output === void 0) {
    io.stdout.write(text);
    return;
  }
  const file = resolve2(io.cwd, output);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, sanitizeOutput(text));
  } catch (err) {
    throw new CliError(`cannot write the report: ${errorMessage(err)}`);
  }
}

// packages/cli/dist/commands/graph.js
init_define_TRUSTLINT_PACKAGE();
function register5(program, ctx) {
  program.command("graph").description("draw who can reach which role: issuers, subjects, workflow jobs and admitted outsiders \u2192 roles \u2192 accounts").argument("[paths...]", "files, folders or glob patterns (default .)").addOption(new Option("-f, --format <format>", "output format").choices(["mermaid", "dot"]).default("mermaid")).option("--config <file>", "configuration file (else trustlint.config.json or .trustlintrc.json is looked up)").option("--var <name=value>", "Terraform variable value (repeatable)", collect).option("--var-file <file>", "Terraform variables file (repeatable)", collect).option("--parameter <name=value>", "CloudFormation parameter value (repeatable)", collect).action(async (paths, flags) => {
    const { analysis, config } = await analyzeLocalFiles(paths, { sources: parseSourceOptions(flags, ctx.io.cwd), ...flags.config !== void 0 ? { configFile: flags.config } : {} }, ctx.io);
    const graph = buildGraph(analysis.documents.filter((d) => d.kind === "trust-policy"), analysis.documents, config);
    const safe = sanitizeValue({ nodes: [...graph.nodes], edges: graph.edges }, "terminal");
    const g = { nodes: new Map(safe.nodes), edges: safe.edges };
    ctx.io.stdout.write(flags.format === "dot" ? toDot(g) : toMermaid(g));
    ctx.setExitCode(0);
  });
}
function subjects(doc, prefix) {
  const out = /* @__PURE__ */ new Set();
  const visit = (value, key) => {
    if (typeof value === "string") {
      if (key?.toLowerCase() === `${prefix}:sub`)
        out.add(value);
    } else if (Array.isArray(value))
      for (const v of value)
        visit(v, key);
    else if (value !== null && typeof value === "object")
      for (const [k, v] of Object.entries(value))
        visit(v, k);
  };
  visit(toJson(doc.root), void 0);
  return [...out].sort();
}
function buildGraph(policies, documents, config) {
  const nodes = /* @__PURE__ */ new Map();
  const edges = [];
  const seen = /* @__PURE__ */ new Set();
  const node = (id, label2, kind) => {
    if (!nodes.has(id))
      nodes.set(id, { label: label2, kind });
    return id;
  };
  const edge = (e) => {
    const key = `${e.from}\0${e.to}\0${e.label ?? ""}`;
    if (seen.has(key))
      return;
    seen.add(key);
    edges.push(e);
  };
  for (const doc of policies) {
    const roleLabel = doc.resource ?? doc.roleName ?? doc.file;
    const role = node(`role:${doc.resourceFile ?? doc.file}:${roleLabel}`, `role ${roleLabel}`, "role");
    const explained = explainPolicy(doc, config);
    for (const p of explained.providers) {
      const issuer = node(`issuer:${p.prefix}`, p.prefix, "issuer");
      for (const sub of subjects(doc, p.prefix)) {
        const s = node(`subject:${p.prefix}:${sub}`, sub, "subject");
        edge({ from: issuer, to: s });
        edge({ from: s, to: role });
      }
      for (const st of p.statements) {
        for (const c of st.classes) {
          if (!c.admitted)
            continue;
          edge({ from: node(`outsider:${c.cls}`, c.outsider, "outsider"), to: role, label: "admitted", wide: true });
        }
      }
      const account = /^arn:[^:]+:iam::(\d{12}):/.exec(p.arn)?.[1];
      if (account)
        edge({ from: role, to: node(`account:${account}`, `account ${account}`, "account") });
    }
    for (const use of roleUsesOf(doc, documents)) {
      edge({ from: node(`job:${use.workflow.file}:${use.job.id}`, `${use.workflow.file} job ${use.job.id}`, "job"), to: role, label: "assumes" });
    }
  }
  return { nodes, edges };
}
function ids(g) {
  return new Map([...g.nodes.keys()].map((k, i) => [k, `n${i}`]));
}
function mermaidLabel(text) {
  return `"${text.replace(/&/g, "#amp;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;")}"`;
}
function toMermaid(g) {
  const id = ids(g);
  const shape = { issuer: ["([", "])"], subject: ["[", "]"], job: ["[/", "/]"], outsider: ["((", "))"], role: ["[[", "]]"], account: ["[(", ")]"] };
  const lines = ["flowchart LR"];
  for (const [key, n] of g.nodes) {
    const [open, close] = shape[n.kind] ?? ["[", "]"];
    lines.push(`  ${id.get(key) ?? ""}${open}${mermaidLabel(n.label)}${close}`);
  }
  for (const e of g.edges) {
    const arrow = e.wide ? `==>|${e.label ?? "wide"}|` : e.label ? `-->|${e.label}|` : "-->";
    lines.push(`  ${id.get(e.from) ?? ""} ${arrow} ${id.get(e.to) ?? ""}`);
  }
  return `${lines.join("\n")}
`;
}
function dotString(text) {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
function toDot(g) {
  const id = ids(g);
  const shape = { issuer: "oval", subject: "box", job: "parallelogram", outsider: "octagon", role: "box3d", account: "cylinder" };
  const lines = ["digraph trust {", "  rankdir=LR;"];
  for (const [key, n] of g.nodes)
    lines.push(`  ${id.get(key) ?? ""} [label=${dotString(n.label)}, shape=${shape[n.kind] ?? "box"}];`);
  for (const e of g.edges) {
    const attrs = [e.label ? `label=${dotString(e.label)}` : "", e.wide ? "color=red, style=bold" : ""].filter((a) => a !== "").join(", ");
    lines.push(`  ${id.get(e.from) ?? ""} -> ${id.get(e.to) ?? ""}${attrs ? ` [${attrs}]` : ""};`);
  }
  lines.push("}");
  return `${lines.join("\n")}
`;
}

// packages/cli/dist/commands/explain.js
init_define_TRUSTLINT_PACKAGE();

// packages/cli/dist/select-policy.js
init_define_TRUSTLINT_PACKAGE();
import { existsSync, statSync } from "node:fs";
import { dirname as dirname2, join, resolve as resolve3 } from "node:path";
async function selectPolicies(target, io, options) {
  const { path, role } = splitTarget(target, io.cwd);
  const absolute = resolve3(io.cwd, path);
  if (!existsSync(absolute))
    throw new CliError(`no such file or directory: ${path}`);
  const isFolder = statSync(absolute).isDirectory();
  const gitRoot = findGitRoot(io.cwd);
  const workflows = join(gitRoot ?? io.cwd, ".github", "workflows");
  const named = relativePosix(io.cwd, absolute);
  const isWorkflow = !isFolder && /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(named);
  const scan = options.scan.length > 0 ? options.scan : isWorkflow ? ["."] : [];
  const paths = [path, ...scan, ...existsSync(workflows) ? [relativePosix(io.cwd, workflows)] : []];
  const { analysis, config, unrecognised } = await analyzeLocalFiles(paths, { ...configChoice(options), sources: options.sources, errorOnUnmatchedPattern: false }, io);
  const documents = analysis.documents;
  const inTarget = (file) => file !== void 0 && (isFolder ? isInside(absolute, resolve3(io.cwd, file)) : file === named);
  failOnBrokenTarget(analysis.findings, inTarget, documents, named);
  let policies;
  let uses = [];
  const notes = [];
  if (isWorkflow) {
    uses = roleUses(documents).filter((u) => u.workflow.file === named);
    if (uses.length === 0)
      throw new CliError(`${named}: no job of this workflow assumes an AWS role through OIDC (configure-aws-credentials with role-to-assume)`);
    policies = [...new Set(uses.flatMap((u) => trustPoliciesFor(u, documents)))];
  } else {
    policies = documents.filter((d) => d.kind === "trust-policy" && (inTarget(d.file) || inTarget(d.root.file) || inTarget(d.resourceFile)));
    if (policies.length === 0 && !isFolder && /\.tf(\.json)?$/.test(named)) {
      const dir = dirname2(absolute);
      policies = documents.filter((d) => d.kind === "trust-policy" && d.sourceKind === "terraform" && dirname2(resolve3(io.cwd, d.file)) === dir);
      if (policies.length > 0)
        notes.push(`${named} defines no trust policy; these are the trust policies of its Terraform module (${relativePosix(io.cwd, dir)})`);
    }
  }
  if (role !== void 0) {
    policies = matchRole(policies, role);
    if (policies.length === 0)
      throw new CliError(`${named}: no trust policy named ${role}${isWorkflow ? " among the roles this workflow assumes" : ""}`);
  }
  const unresolvedUses = uses.filter((u) => trustPoliciesFor(u, documents).length === 0 && (role === void 0 || u.roleName === role));
  if (policies.length === 0 && unresolvedUses.length === 0) {
    const kindless = !isFolder && unrecognised.includes(named);
    throw new CliError(`${named}: ${kindless ? "no recognised kind: " : ""}no trust policy found${isFolder ? " in this folder" : ""}`);
  }
  const targets = groupTargets(policies, uses, documents);
  return { targets, unresolvedUses, notes, context: documents, config, scan: scan.length > 0 ? scan : [path] };
}
function splitTarget(target, cwd) {
  if (existsSync(resolve3(cwd, target)))
    return { path: target };
  const colon = target.lastIndexOf(":");
  if (colon <= 0)
    return { path: target };
  return { path: target.slice(0, colon), role: target.slice(colon + 1) };
}
function failOnBrokenTarget(findings, inTarget, documents, named) {
  const hasPolicy = documents.some((d) => d.kind === "trust-policy" && inTarget(d.file));
  const broken = findings.find((f) => f.location !== null && inTarget(f.location.file) && (f.ruleId === "parse-error" || f.ruleId === "input-error" && !hasPolicy));
  if (!broken?.location)
    return;
  const { line, column } = broken.location.span.start;
  const where = broken.location.file === named || line > 1 || column > 0 ? `${broken.location.file}:${line}:${column + 1}` : broken.location.file;
  throw new CliError(`${where}: ${broken.message}`);
}
function matchRole(policies, role) {
  const tiers = [
    (d) => d.resource === role,
    (d) => d.resource === `Resources.${role}`,
    (d) => d.roleName === role || documentRoleName(d) === role,
    (d) => d.resource?.endsWith(`.${role}`) === true
  ];
  for (const matches of tiers) {
    const found = policies.filter(matches);
    if (found.length > 0)
      return found;
  }
  return [];
}
function roleSelector(doc) {
  if (doc.resource?.startsWith("Resources."))
    return doc.resource.slice("Resources.".length);
  return doc.resource ?? doc.roleName;
}
function groupTargets(policies, uses, documents) {
  const byLabel = /* @__PURE__ */ new Map();
  for (const doc of policies) {
    const selector = roleSelector(doc);
    const file = doc.resourceFile ?? doc.file;
    const label2 = selector !== void 0 ? `${file}:${selector}` : file;
    let target = byLabel.get(label2);
    if (!target) {
      target = { label: label2, documents: [], assumedBy: uses.filter((u) => trustPoliciesFor(u, documents).includes(doc)) };
      byLabel.set(label2, target);
    }
    target.documents.push(doc);
  }
  return [...byLabel.values()];
}
function addPolicyOptions(command) {
  return command.option("--config <file>", "configuration file (else trustlint.config.json or .trustlintrc.json is looked up)").option("--config-from-base <ref>", CONFIG_FROM_BASE_HELP).option("--var <name=value>", "Terraform variable value, as for check (repeatable)", collect).option("--var-file <file>", "Terraform variables file, as for check (repeatable)", collect).option("--parameter <name=value>", "CloudFormation parameter value, as for check (repeatable)", collect).option("--scan <path>", "also analyse PATH: where the roles a workflow assumes are defined (default for a workflow: .), or more workflows (repeatable)", collect);
}
function parsePolicyOptions(flags, cwd) {
  return {
    ...configChoice(flags),
    sources: parseSourceOptions(flags, cwd),
    scan: flags.scan ?? []
  };
}

// packages/cli/dist/commands/explain.js
function register6(program, ctx) {
  const command = program.command("explain").description("for each trust policy: which outsiders can assume it, with a token that gets in").argument("<target>", "FILE, FOLDER or FILE:ROLE (a policy, Terraform, plan, CloudFormation file, or a workflow: the roles it assumes)").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"));
  addPolicyOptions(command).action(async (target, flags) => {
    const selected = await selectPolicies(target, ctx.io, parsePolicyOptions(flags, ctx.io.cwd));
    reportUnresolvedUses(selected, ctx);
    if (selected.targets.length === 0)
      throw new CliError(`${target}: none of the roles this workflow assumes is defined in the scanned files`);
    const results = selected.targets.flatMap((t) => t.documents.map((d) => ({
      ...explainPolicy(d, selected.config),
      label: t.label,
      labelFile: d.resourceFile ?? d.file,
      uses: usesOf(d, t.assumedBy, selected.context),
      ...needOnly(d, t.assumedBy, selected.context, selected.config)
    })));
    if (flags.format === "json")
      ctx.io.stdout.write(`${JSON.stringify(sanitizeValue(results.map(toJson2), "data"), null, 2)}
`);
    else {
      const labels = sanitizeValue(selected.targets.map((t) => t.label), "terminal");
      const list = labels.length > 1 ? [`${labels.length} trust policies (explain or simulate one with FILE:ROLE):`, ...labels.map((l) => `  ${l}`), ""] : [];
      ctx.io.stdout.write(`${list.map((l) => `${l}
`).join("")}${sanitizeValue(results, "terminal").map(formatExplain).join("\n")}`);
    }
    ctx.setExitCode(0);
  });
}
function reportUnresolvedUses(selected, ctx) {
  for (const note of selected.notes)
    ctx.io.stderr.write(`trustlint: note: ${note}
`);
  for (const u of selected.unresolvedUses) {
    const role = u.roleName ?? u.role.text;
    ctx.io.stderr.write(`trustlint: job "${u.job.id}" (${u.workflow.file}:${u.role.location.span.start.line}) assumes role ${role}, which no trust policy in the scanned files (${selected.scan.join(", ")}) defines${u.roleName ? "; name the folder that defines it with --scan" : ": the role name is not a literal"}
`);
  }
}
function usesOf(doc, assumedBy, context) {
  const uses = assumedBy.length > 0 ? assumedBy : roleUsesOf(doc, context);
  return uses.map((u) => ({ file: u.workflow.file, line: u.role.location.span.start.line, job: u.job.id }));
}
function needOnly(doc, assumedBy, context, config) {
  const uses = assumedBy.length > 0 ? assumedBy : roleUsesOf(doc, context);
  if (uses.length === 0)
    return {};
  const reported = explainPolicy(doc, config).providers.flatMap((p) => p.statements.flatMap((s2) => s2.ruleId !== void 0 ? [s2.ruleId] : []));
  if (reported.length === 0)
    return {};
  const s = synthesizeTrust(doc, uses, config);
  if (!s.ok || !s.proven)
    return {};
  const c = s.conditions;
  if (reported.every((id) => c.needed.includes(id)))
    return {};
  return { needOnly: `sub ${c.operator} ${c.subjects.join(", ")}; aud StringEquals ${c.audiences.join(", ")}` };
}
function toJson2(r) {
  return {
    target: r.label,
    file: r.file,
    usedBy: r.uses,
    ...r.resource ? { resource: r.resource } : {},
    ...r.variant ? { variant: r.variant } : {},
    providers: r.providers.map((p) => ({
      provider: p.prefix,
      arn: p.arn,
      statements: p.statements.map((s) => ({
        index: s.index,
        ...s.sid ? { sid: s.sid } : {},
        // 1-based, as in every output format.
        file: s.file,
        line: s.span.start.line,
        column: s.span.start.column + 1,
        ...s.ruleId ? { ruleId: s.ruleId } : {},
        outsiders: s.classes.map((c) => ({ class: c.cls, outsider: c.outsider, admitted: c.admitted, applicable: c.applicable, ...c.unknown ? { unknown: true } : {}, ...c.witness ? { witness: c.witness } : {} })),
        notes: s.notes
      }))
    }))
  };
}
function formatExplain(r) {
  const lines = [`${r.label}${r.variant ? ` (${r.variant})` : ""}`];
  for (const u of r.uses)
    lines.push(`  assumed by job "${u.job}" in ${u.file}:${u.line}`);
  if (r.providers.length === 0)
    lines.push("  trusts no GitHub OIDC provider");
  for (const p of r.providers) {
    lines.push(`  provider ${p.prefix}`);
    if (p.statements.length === 0)
      lines.push("    no Allow statement lets its tokens in");
    for (const s of p.statements) {
      const name = s.sid ? `statement "${s.sid}"` : `statement ${s.index}`;
      const at = s.file === r.labelFile ? `line ${s.span.start.line}` : `${s.file}:${s.span.start.line}`;
      lines.push(`    ${name} (${at}): ${s.ruleId ? `reported as ${s.ruleId}` : "no outsider class admitted"}`);
      const width = s.classes.reduce((w, c) => Math.max(w, c.outsider.length), 0);
      for (const c of s.classes) {
        const verdict = c.admitted ? "ADMITTED" : c.unknown ? "unknown " : c.applicable ? "blocked " : "n/a     ";
        lines.push(`      ${verdict}  ${c.outsider.padEnd(width)}${c.witness?.sub ? `  sub=${c.witness.sub}` : ""}`.trimEnd());
      }
      for (const note of s.notes)
        lines.push(`      note: ${note}`);
      if (s.classes.some((c) => !c.applicable))
        lines.push("      (n/a: the policy names no repository or context to vary for that class)");
    }
  }
  if (r.needOnly !== void 0)
    lines.push(`  the jobs that use this role need only: ${r.needOnly} (trustlint fix writes it)`);
  return `${lines.join("\n")}
`;
}

// packages/cli/dist/commands/rules.js
init_define_TRUSTLINT_PACKAGE();
function register7(program, ctx) {
  program.command("rules").description("list the rule catalog (id, default severity, title)").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action((flags) => {
    ctx.io.stdout.write(flags.format === "json" ? `${JSON.stringify(CATALOG, null, 2)}
` : formatRuleTable());
    ctx.setExitCode(0);
  });
}
function formatRuleTable() {
  const idWidth = CATALOG.reduce((w, r) => Math.max(w, r.id.length), 0);
  const sevWidth = CATALOG.reduce((w, r) => Math.max(w, r.defaultSeverity.length), 0);
  return CATALOG.map((r) => `${r.id.padEnd(idWidth)}  ${r.defaultSeverity.padEnd(sevWidth)}  ${r.title}
`).join("");
}

// packages/cli/dist/commands/simulate.js
init_define_TRUSTLINT_PACKAGE();
function register8(program, ctx) {
  const command = program.command("simulate").description("evaluate one token against one trust policy (exit 0 allow, 1 deny, 2 error or unknown)").argument("<target>", "FILE, FOLDER or FILE:ROLE selecting one trust policy (a workflow: the role it assumes)").requiredOption("--sub <sub>", "the token's sub claim").option("--aud <aud>", "the token's aud claim (default: the issuer's, sts.amazonaws.com for GitHub)").option("--claim <name=value>", "another claim by its bare name (repeatable)", collect).option("--provider <arn>", "the GitHub provider, when the policy trusts several").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"));
  addPolicyOptions(command).action(async (target, flags) => {
    ctx.setExitCode(await runSimulate(target, flags, ctx));
  });
}
function parseClaims(pairs) {
  const claims = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0)
      throw new CliError(`--claim expects name=value, got "${pair}"`);
    claims[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return claims;
}
async function runSimulate(target, flags, ctx) {
  const selected = await selectPolicies(target, ctx.io, parsePolicyOptions(flags, ctx.io.cwd));
  reportUnresolvedUses(selected, ctx);
  const [chosen, ...others] = selected.targets;
  if (!chosen)
    throw new CliError(`${target}: none of the roles this workflow assumes is defined in the scanned files`);
  if (others.length > 0) {
    throw new CliError(`${target}: ${selected.targets.length} trust policies; choose one with FILE:ROLE:
${selected.targets.map((t) => `  ${t.label}`).join("\n")}`);
  }
  const evaluated = chosen.documents.map((doc) => evaluate(doc, flags, selected.config));
  const decision = combinedDecision(evaluated);
  const statements = (e) => e.result.statements.map((s) => ({
    index: s.index,
    ...s.sid ? { sid: s.sid } : {},
    effect: s.effect,
    matched: s.matched,
    file: s.file,
    line: s.span.start.line,
    column: s.span.start.column + 1
  }));
  const [single] = evaluated;
  if (flags.format === "json") {
    const body = evaluated.length === 1 && single ? { decision, statements: statements(single) } : { decision, variants: evaluated.map((e) => ({ variant: e.doc.variant ?? null, decision: e.result.decision, statements: statements(e) })) };
    ctx.io.stdout.write(`${JSON.stringify(sanitizeValue(body, "data"), null, 2)}
`);
  } else {
    writeText2(sanitizeValue(chosen, "terminal"), sanitizeValue(evaluated, "terminal"), decision, ctx);
  }
  return decision === "allow" ? 0 : decision === "deny" ? 1 : 2;
}
function evaluate(doc, flags, config) {
  const result = simulatePolicy(doc, {
    sub: flags.sub,
    ...flags.aud !== void 0 ? { aud: flags.aud } : {},
    claims: parseClaims(flags.claim ?? []),
    ...flags.provider !== void 0 ? { provider: flags.provider } : {},
    config
  });
  if (!result.ok) {
    throw new CliError(`${doc.file}: ${result.error}${result.candidates?.length ? `
${result.candidates.map((c) => `  ${c}`).join("\n")}` : ""}`);
  }
  return { doc, result };
}
function combinedDecision(evaluated) {
  const decisions = new Set(evaluated.map((e) => e.result.decision));
  const [only] = decisions;
  return decisions.size === 1 && only !== void 0 ? only : "unknown";
}
function writeText2(target, evaluated, decision, ctx) {
  const out = ctx.io.stdout;
  const several = evaluated.length > 1;
  const [first] = evaluated;
  const heading = several ? `${target.label}: ${evaluated.length} renderings of this policy${decision === "unknown" ? " that disagree" : ""}` : `provider ${first?.result.provider ?? ""}`;
  out.write(`${decision} (${heading})
`);
  for (const e of evaluated) {
    if (several)
      out.write(`  ${e.doc.variant ?? "rendering"}: ${e.result.decision} (provider ${e.result.provider})
`);
    for (const s of e.result.statements) {
      const name = s.sid ? `statement "${s.sid}"` : `statement ${s.index}`;
      const matched = s.matched === "unknown" ? "unknown (an unresolved value decides)" : s.matched ? "applies" : "does not apply";
      out.write(`${several ? "    " : "  "}${name} ${s.effect ?? "(invalid Effect)"}: ${matched}  ${s.file}:${s.span.start.line}:${s.span.start.column + 1}
`);
    }
  }
  for (const name of first?.result.ignoredClaims ?? []) {
    ctx.io.stderr.write(`trustlint: claim "${name}" is not a condition key AWS STS sets for ${first?.result.issuer ?? "GitHub"} tokens: ignored (absent)
`);
  }
}

// packages/cli/dist/output.js
init_define_TRUSTLINT_PACKAGE();
function sanitizingStream(stream) {
  const wrapped = { write: (chunk) => stream.write(sanitizeOutput(chunk)) };
  const { isTTY } = stream;
  if (isTTY !== void 0)
    wrapped.isTTY = isTTY;
  return wrapped;
}
function sanitizingIo(io) {
  return { ...io, stdout: sanitizingStream(io.stdout), stderr: sanitizingStream(io.stderr) };
}
function errorLines(message, prefix = "trustlint: ") {
  return `${message.split("\n").map((line) => `${prefix}${sanitizeText(line)}`).join("\n")}
`;
}

// packages/cli/dist/package-info.js
init_define_TRUSTLINT_PACKAGE();
import { fileURLToPath } from "node:url";
var cached;
function packageInfo() {
  if (cached)
    return cached;
  if (typeof define_TRUSTLINT_PACKAGE_default !== "undefined")
    return cached = define_TRUSTLINT_PACKAGE_default;
  const read = readBoundedText(fileURLToPath(new URL("../package.json", import.meta.url)), { maxBytes: 1024 * 1024 });
  if (!read.ok)
    throw new Error(`cannot read the cli package.json: ${read.message}`);
  const raw = JSON.parse(read.text);
  const pkg = typeof raw === "object" && raw !== null ? raw : {};
  const version = typeof pkg.version === "string" ? pkg.version : "0.0.0";
  cached = typeof pkg.homepage === "string" && pkg.homepage !== "" ? { version, homepage: pkg.homepage } : { version };
  return cached;
}

// packages/cli/dist/main.js
var COMMANDS = [register2, register6, register8, register3, register7, register, register4, register5];
async function main(argv, rawIo = processIo()) {
  const io = sanitizingIo(rawIo);
  let exitCode = 0;
  const ctx = {
    io,
    version: packageInfo().version,
    setExitCode: (code2) => {
      exitCode = code2;
    }
  };
  try {
    await createProgram(ctx).parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (err) {
    return handleError(err, io);
  }
}
function createProgram(ctx) {
  const program = new Command("trustlint").description("lint GitHub Actions \u2192 AWS OIDC trust: who can assume your roles").version(ctx.version, "-V, --version").exitOverride().configureOutput({
    writeOut: (s) => ctx.io.stdout.write(s),
    writeErr: (s) => ctx.io.stderr.write(s),
    // One line: commander puts its "(Did you mean …?)" hint on a line of its own.
    outputError: (s, write) => {
      write(`trustlint: ${s.replace(/^error: /, "").trim().replace(/\s*\n\s*/g, " ")}
`);
    }
  });
  for (const registerCommand of COMMANDS)
    registerCommand(program, ctx);
  return program;
}
function handleError(err, io) {
  if (err instanceof CommanderError) {
    return err.code === "commander.helpDisplayed" || err.code === "commander.version" ? 0 : 2;
  }
  if (err instanceof CliError) {
    io.stderr.write(errorLines(err.message));
    return err.exitCode;
  }
  io.stderr.write(errorLines(`internal error: ${errorMessage(err)}`));
  if (io.env.TRUSTLINT_DEBUG === "1" && err instanceof Error && err.stack !== void 0)
    io.stderr.write(errorLines(err.stack, ""));
  else
    io.stderr.write("trustlint: set TRUSTLINT_DEBUG=1 for the stack trace\n");
  return 2;
}

export {
  main,
  createProgram
};
