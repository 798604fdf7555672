import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  analyzeLocalFiles,
  configForCore,
  knownSettings,
  loadRunConfig,
  reportSettings,
  withRuleSettings,
  writeReport
} from "./chunk-JCRQTVMS.mjs";
import {
  CliError,
  loadOnlineChecks
} from "./chunk-IBXWRIQW.mjs";
import {
  compareFindings
} from "./chunk-5NIPEJ5H.mjs";
import {
  init_define_TRUSTLINT_PACKAGE
} from "./chunk-DAIUEL45.mjs";

// packages/cli/dist/online.js
init_define_TRUSTLINT_PACKAGE();
import { execFile } from "node:child_process";

// packages/cli/dist/org-scan.js
init_define_TRUSTLINT_PACKAGE();
async function gitHubOnLiveRoles(online, documents, github, config, env, timeoutMs, accounts = /* @__PURE__ */ new Map()) {
  const result = await online.runGitHubChecks(documents, {
    config,
    ...await githubSettings(github, env, online.defaultCacheDir(env)),
    ...timeoutMs !== void 0 ? { timeoutMs } : {}
  });
  const synthetic = new Set(documents.map((d) => d.file));
  const findings = result.findings.map((f) => {
    const out = online.delocalize(f, synthetic);
    const id = /^arn:aws[a-z-]*:iam::(\d{12}):/.exec(out.resource ?? "")?.[1];
    const account = id !== void 0 ? accounts.get(id) : void 0;
    return account ? { ...out, properties: { ...out.properties, accountId: account.id, accountName: account.name } } : out;
  });
  return { findings, suppressed: result.suppressed, nothingChecked: result.stats.attempted > 0 && result.stats.succeeded === 0 };
}
function progressLine(io) {
  if (io.stderr.isTTY !== true)
    return void 0;
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const now = Date.now();
      const finished = p.accountsTotal !== void 0 && p.accountsDone === p.accountsTotal;
      if (now - last < 100 && !finished)
        return;
      last = now;
      shown = true;
      const accounts = p.accountsTotal !== void 0 ? `${p.accountsDone}/${p.accountsTotal}` : "listing";
      io.stderr.write(`\r\x1B[Ktrustlint: accounts ${accounts}, roles ${p.rolesScanned}, findings ${p.findings}`);
    },
    done() {
      if (shown)
        io.stderr.write("\r\x1B[K");
    }
  };
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}
var count = (n, word) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
function organizationSummary(result, done) {
  const by = (status) => result.accounts.filter((a) => a.status === status).length;
  const roles = result.accounts.reduce((n, a) => n + a.counts.roles, 0);
  const parts = [`${by("scanned").toLocaleString("en-US")} scanned${result.resumed > 0 ? ` (${result.resumed.toLocaleString("en-US")} from --resume)` : ""}`];
  if (by("not-assumed") > 0)
    parts.push(`${by("not-assumed").toLocaleString("en-US")} not assumed`);
  if (by("incomplete") > 0)
    parts.push(`${by("incomplete").toLocaleString("en-US")} cut short`);
  if (by("not-started") > 0)
    parts.push(`${by("not-started").toLocaleString("en-US")} not started`);
  const skipped = result.skipped.length > 0 ? `; ${result.skipped.length.toLocaleString("en-US")} not ACTIVE, skipped` : "";
  const text = [`organization: ${count(result.accounts.length, "account")}: ${parts.join(", ")}${skipped}; ${count(roles, "role")} in ${seconds(result.totalMs)}`];
  const timed = result.accounts.filter((a) => !done.has(a.id) && a.status !== "not-started");
  if (timed.length > 0) {
    const slowest = [...timed].sort((a, b) => b.durationMs - a.durationMs || (a.id < b.id ? -1 : 1)).slice(0, 5);
    const mean = timed.reduce((n, a) => n + a.durationMs, 0) / timed.length;
    text.push(`per account: ${seconds(mean)} on average; slowest: ${slowest.map((a) => `${a.id}${a.name ? ` (${a.name})` : ""} ${seconds(a.durationMs)}`).join(", ")}`);
  }
  return {
    text,
    json: {
      accounts: result.accounts.map((a) => ({
        id: a.id,
        name: a.name,
        status: a.status,
        resumed: done.has(a.id),
        durationMs: a.durationMs,
        roles: a.counts.roles,
        rolesTrustingOidc: a.counts.rolesTrustingOidc,
        findings: a.findings.length
      })),
      skipped: result.skipped,
      listed: result.listed,
      totalMs: result.totalMs,
      roles
    }
  };
}
function flushOnInterrupt(flush) {
  const onSignal = (signal) => {
    try {
      flush();
    } finally {
      process.exit(signal === "SIGINT" ? 130 : 143);
    }
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return () => {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  };
}
function flushState(writer, online, io) {
  try {
    writer?.flush(true);
  } catch (err) {
    if (!(err instanceof online.ResumeFileError))
      throw err;
    io.stderr.write(`trustlint: ${err.message}
`);
  }
}
async function runOrganizationScan(options, config, online, ctx) {
  const { io } = ctx;
  const org = options.organization;
  let done = /* @__PURE__ */ new Map();
  let writer;
  if (org.resume !== void 0) {
    try {
      done = online.readResumeState(org.resume, org.memberRoleName);
      writer = new online.ResumeWriter(org.resume, org.memberRoleName, done);
    } catch (err) {
      if (err instanceof online.ResumeFileError)
        throw new CliError(err.message);
      throw err;
    }
  }
  const progress = progressLine(io);
  const stopListening = writer ? flushOnInterrupt(() => {
    writer.flush();
  }) : () => void 0;
  let result;
  try {
    result = await online.scanOrganization(awsSettings(options.aws, io.env), {
      config,
      memberRoleName: org.memberRoleName,
      accountConcurrency: org.concurrency,
      accessAnalyzer: options.aws.accessAnalyzer,
      accessAnalyzerPublic: options.aws.accessAnalyzerPublic,
      done,
      ...options.aws.timeoutMs !== void 0 ? { timeoutMs: options.aws.timeoutMs } : {},
      ...writer ? {
        onAccount: (r) => {
          writer.add(r);
        }
      } : {},
      ...progress ? { onProgress: progress.update } : {}
    });
  } finally {
    stopListening();
    progress?.done();
    flushState(writer, online, io);
  }
  let gh;
  if (options.github.github) {
    const documents = result.accounts.flatMap((a) => a.roles).map((r) => online.recordedRoleDocument(r)).filter((d) => d !== void 0);
    const accounts = new Map(result.accounts.map((a) => [a.id, { id: a.id, name: a.name }]));
    gh = await gitHubOnLiveRoles(online, documents, options.github, config, io.env, options.aws.timeoutMs, accounts);
  }
  const unfinished = result.accounts.filter((a) => a.status !== "scanned").length;
  if (org.resume !== void 0 && unfinished > 0) {
    io.stderr.write(`trustlint: ${count(unfinished, "account")} not scanned to the end; run the same command again to scan only those (--resume ${org.resume})
`);
  }
  const findings = gh ? [...result.findings, ...gh.findings].sort(online.compareOnlineFindings) : result.findings;
  return writeReport({
    ...reportSettings(options),
    findings,
    suppressed: result.suppressed + (gh?.suppressed ?? 0),
    files: 0,
    nothingChecked: result.stats.attempted > 0 && result.stats.succeeded === 0 && result.resumed === 0,
    nothingCheckedOnGitHub: gh?.nothingChecked === true,
    scanSummary: organizationSummary(result, new Set(done.keys()))
  }, ctx);
}

// packages/cli/dist/online.js
function loadOnline() {
  return loadOnlineChecks();
}
function awsSettings(aws, env) {
  const settings = {};
  const region = aws.region ?? nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION);
  if (region !== void 0)
    settings.region = region;
  if (aws.profile !== void 0)
    settings.profile = aws.profile;
  if (aws.endpointUrl !== void 0)
    settings.endpoint = aws.endpointUrl;
  if (aws.roleArn !== void 0)
    settings.roleArn = aws.roleArn;
  const id = nonEmpty(env.AWS_ACCESS_KEY_ID);
  const secret = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
  if (aws.profile === void 0 && nonEmpty(env.AWS_PROFILE) === void 0 && id !== void 0 && secret !== void 0) {
    const token = nonEmpty(env.AWS_SESSION_TOKEN);
    settings.credentials = { accessKeyId: id, secretAccessKey: secret, ...token !== void 0 ? { sessionToken: token } : {} };
  }
  const timeout = Number(env.TRUSTLINT_AWS_TIMEOUT_MS);
  if (Number.isInteger(timeout) && timeout > 0) {
    settings.requestTimeoutMs = timeout;
    settings.connectionTimeoutMs = Math.min(timeout, 5e3);
  }
  return settings;
}
function nonEmpty(value) {
  return value !== void 0 && value.trim() !== "" ? value : void 0;
}
async function runCheckWithAccessAnalyzer(paths, options, ctx, stdin) {
  const { io } = ctx;
  const { config, discovery, analysis, unrecognised } = await analyzeLocalFiles(paths, { ...options, ...stdin ? { stdin } : {} }, io);
  const online = await loadOnline();
  const wantAa = options.aws.accessAnalyzer || options.aws.accessAnalyzerPublic;
  const result = wantAa ? await online.runAccessAnalyzerChecks(analysis.documents, awsSettings(options.aws, io.env), {
    config,
    validate: options.aws.accessAnalyzer,
    checkNoPublicAccess: options.aws.accessAnalyzerPublic,
    ...options.aws.timeoutMs !== void 0 ? { timeoutMs: options.aws.timeoutMs } : {}
  }) : void 0;
  const gh = options.github.github ? await online.runGitHubChecks(analysis.documents, {
    config,
    ...await githubSettings(options.github, io.env, online.defaultCacheDir(io.env)),
    ...options.aws.timeoutMs !== void 0 ? { timeoutMs: options.aws.timeoutMs } : {}
  }) : void 0;
  return writeReport({
    ...reportSettings(options),
    findings: [...analysis.findings, ...result?.findings ?? [], ...gh?.findings ?? []].sort(compareFindings),
    suppressed: analysis.suppressed + (result?.suppressed ?? 0) + (gh?.suppressed ?? 0),
    files: analysis.files,
    unrecognised,
    verbose: options.verbose,
    sources: new Map(discovery.files.map((f) => [f.path, f.text])),
    nothingChecked: result !== void 0 && result.stats.attempted > 0 && result.stats.succeeded === 0,
    nothingCheckedOnGitHub: gh !== void 0 && gh.stats.attempted > 0 && gh.stats.succeeded === 0,
    ...await knownSettings(paths, options, ctx.io)
  }, ctx);
}
async function githubSettings(gh, env, cacheDir) {
  const token = nonEmpty(env.GITHUB_TOKEN) ?? nonEmpty(env.GH_TOKEN) ?? await ghAuthToken(gh.apiUrl, env);
  const timeout = Number(env.TRUSTLINT_GITHUB_TIMEOUT_MS);
  return {
    ...gh.apiUrl !== void 0 ? { apiUrl: gh.apiUrl } : {},
    ...token !== void 0 ? { token: token.trim() } : {},
    ...Number.isInteger(timeout) && timeout > 0 ? { attemptTimeoutMs: timeout } : {},
    ...cacheDir !== void 0 ? { cacheDir } : {}
  };
}
function ghAuthToken(apiUrl, env) {
  const host = apiUrl !== void 0 ? new URL(apiUrl).host : void 0;
  const args = ["auth", "token", ...host !== void 0 && host !== "api.github.com" ? ["--hostname", host] : []];
  return new Promise((resolve) => {
    try {
      execFile("gh", args, { env: { ...env }, timeout: 5e3, maxBuffer: 4096, windowsHide: true }, (err, stdout) => {
        resolve(err ? void 0 : nonEmpty(stdout.trim()));
      });
    } catch {
      resolve(void 0);
    }
  });
}
var PHASE_LABEL = {
  providers: "OIDC providers",
  roles: "roles",
  users: "IAM users",
  "access-analyzer": "Access Analyzer"
};
function progressLine2(io) {
  if (io.stderr.isTTY !== true)
    return void 0;
  let last = 0;
  let phase;
  let shown = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 100 && p.phase === phase && p.done !== p.total)
        return;
      last = now;
      phase = p.phase;
      shown = true;
      const count2 = p.total !== void 0 ? `${p.done}/${p.total}` : String(p.done);
      io.stderr.write(`\r\x1B[Ktrustlint: scanning ${PHASE_LABEL[p.phase]} ${count2}`);
    },
    done() {
      if (shown)
        io.stderr.write("\r\x1B[K");
    }
  };
}
async function runAwsScan(options, ctx) {
  const { io } = ctx;
  const { gitRoot, loaded } = await loadRunConfig(options, io);
  const config = withRuleSettings(configForCore(loaded, io.cwd, gitRoot), options.ruleSettings);
  const online = await loadOnline();
  if (options.organization) {
    return runOrganizationScan({ ...options, organization: options.organization }, config, online, ctx);
  }
  const progress = progressLine2(io);
  let result;
  try {
    result = await online.scanLiveAccount(awsSettings(options.aws, io.env), {
      config,
      accessAnalyzer: options.aws.accessAnalyzer,
      accessAnalyzerPublic: options.aws.accessAnalyzerPublic,
      ...options.aws.timeoutMs !== void 0 ? { timeoutMs: options.aws.timeoutMs } : {},
      ...progress ? { onProgress: progress.update } : {}
    });
  } finally {
    progress?.done();
  }
  const gh = options.github.github ? await gitHubOnLiveRoles(online, result.documents, options.github, config, io.env, options.aws.timeoutMs) : void 0;
  return writeReport({
    ...reportSettings(options),
    findings: gh ? [...result.findings, ...gh.findings].sort(online.compareOnlineFindings) : result.findings,
    suppressed: result.suppressed + (gh?.suppressed ?? 0),
    files: 0,
    nothingChecked: result.stats.attempted > 0 && result.stats.succeeded === 0,
    nothingCheckedOnGitHub: gh?.nothingChecked === true
  }, ctx);
}

export {
  loadOnline,
  awsSettings,
  runCheckWithAccessAnalyzer,
  githubSettings,
  runAwsScan
};
