import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  CONFIG_FROM_BASE_HELP,
  Command,
  CommanderError,
  Option,
  addReportOptions,
  analyzeLocalFiles,
  collect,
  configChoice,
  findGitRoot,
  isInside,
  parseAwsOptions,
  parseReportOptions,
  parseSourceOptions,
  readBoundedText,
  register,
  relativePosix
} from "./chunk-UUX7L5DL.mjs";
import {
  processIo
} from "./chunk-L4XYYO23.mjs";
import {
  CliError,
  errorMessage,
  sanitizeOutput,
  sanitizeText,
  sanitizeValue
} from "./chunk-ATCFNQUE.mjs";
import {
  CATALOG,
  documentRoleName,
  explainPolicy,
  roleUses,
  roleUsesOf,
  simulatePolicy,
  trustPoliciesFor
} from "./chunk-3MILNN3R.mjs";
import {
  define_TRUSTLINT_PACKAGE_default,
  init_define_TRUSTLINT_PACKAGE
} from "./chunk-DAIUEL45.mjs";

// packages/cli/dist/main.js
init_define_TRUSTLINT_PACKAGE();

// packages/cli/dist/commands/aws-scan.js
init_define_TRUSTLINT_PACKAGE();
var ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
function parseAwsScanOptions(flags) {
  const aws = parseAwsOptions(flags);
  if (flags.roleArn !== void 0) {
    if (!ROLE_ARN.test(flags.roleArn)) {
      throw new CliError(`--role-arn expects a role ARN such as arn:aws:iam::123456789012:role/audit, got '${flags.roleArn}'`);
    }
    aws.roleArn = flags.roleArn;
  }
  return { ...parseReportOptions(flags), aws };
}
function register2(program, ctx) {
  const aws = program.command("aws").description("checks against a live AWS account");
  const scan = aws.command("scan").description("read-only scan of an AWS account: roles trusting OIDC providers, OIDC providers, IAM users with access keys");
  addReportOptions(scan).option("--profile <name>", "AWS profile (standard credential chain otherwise)").option("--region <region>", "AWS region (IAM is global; Access Analyzer runs in this region)").option("--endpoint-url <url>", "any AWS-compatible endpoint").option("--role-arn <arn>", "assume this role first (scan another account)").option("--timeout <seconds>", "time limit of the scan; calls unfinished by then are reported (default 300)").option("--access-analyzer", "also run IAM Access Analyzer ValidatePolicy on the trust policies").option("--access-analyzer-public", "also run Access Analyzer CheckNoPublicAccess (a charged call)").action(async (flags) => {
    const options = parseAwsScanOptions(flags);
    const { runAwsScan } = await import("./online-5IEGMO2J.mjs");
    ctx.setExitCode(await runAwsScan(options, ctx));
  });
}

// packages/cli/dist/commands/explain.js
init_define_TRUSTLINT_PACKAGE();

// packages/cli/dist/select-policy.js
init_define_TRUSTLINT_PACKAGE();
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
async function selectPolicies(target, io, options) {
  const { path, role } = splitTarget(target, io.cwd);
  const absolute = resolve(io.cwd, path);
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
  const inTarget = (file) => file !== void 0 && (isFolder ? isInside(absolute, resolve(io.cwd, file)) : file === named);
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
      const dir = dirname(absolute);
      policies = documents.filter((d) => d.kind === "trust-policy" && d.sourceKind === "terraform" && dirname(resolve(io.cwd, d.file)) === dir);
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
  if (existsSync(resolve(cwd, target)))
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
    const label = selector !== void 0 ? `${file}:${selector}` : file;
    let target = byLabel.get(label);
    if (!target) {
      target = { label, documents: [], assumedBy: uses.filter((u) => trustPoliciesFor(u, documents).includes(doc)) };
      byLabel.set(label, target);
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
function register3(program, ctx) {
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
      uses: usesOf(d, t.assumedBy, selected.context)
    })));
    if (flags.format === "json")
      ctx.io.stdout.write(`${JSON.stringify(sanitizeValue(results.map(toJson), "data"), null, 2)}
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
function toJson(r) {
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
        outsiders: s.classes.map((c) => ({ class: c.cls, outsider: c.outsider, admitted: c.admitted, applicable: c.applicable, ...c.witness ? { witness: c.witness } : {} })),
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
        const verdict = c.admitted ? "ADMITTED" : c.applicable ? "blocked " : "n/a     ";
        lines.push(`      ${verdict}  ${c.outsider.padEnd(width)}${c.witness?.sub ? `  sub=${c.witness.sub}` : ""}`.trimEnd());
      }
      for (const note of s.notes)
        lines.push(`      note: ${note}`);
      if (s.classes.some((c) => !c.applicable))
        lines.push("      (n/a: the policy names no repository or context to vary for that class)");
    }
  }
  return `${lines.join("\n")}
`;
}

// packages/cli/dist/commands/rules.js
init_define_TRUSTLINT_PACKAGE();
function register4(program, ctx) {
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
function register5(program, ctx) {
  const command = program.command("simulate").description("evaluate one token against one trust policy (exit 0 allow, 1 deny, 2 error or unknown)").argument("<target>", "FILE, FOLDER or FILE:ROLE selecting one trust policy (a workflow: the role it assumes)").requiredOption("--sub <sub>", "the token's sub claim").option("--aud <aud>", "the token's aud claim", "sts.amazonaws.com").option("--claim <name=value>", "another claim by its bare name (repeatable)", collect).option("--provider <arn>", "the GitHub provider, when the policy trusts several").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"));
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
    writeText(sanitizeValue(chosen, "terminal"), sanitizeValue(evaluated, "terminal"), decision, ctx);
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
function writeText(target, evaluated, decision, ctx) {
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
    ctx.io.stderr.write(`trustlint: claim "${name}" is not a condition key AWS STS sets for GitHub tokens: ignored (absent)
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
var COMMANDS = [register, register3, register5, register2, register4];
async function main(argv, rawIo = processIo()) {
  const io = sanitizingIo(rawIo);
  let exitCode = 0;
  const ctx = {
    io,
    version: packageInfo().version,
    setExitCode: (code) => {
      exitCode = code;
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
