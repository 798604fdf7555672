import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  analyzeLocalFiles,
  configForCore,
  knownSettings,
  loadRunConfig,
  reportSettings,
  withRuleSettings,
  writeReport
} from "./chunk-A2JMUUQS.mjs";
import {
  compareFindings,
  loadOnlineChecks
} from "./chunk-LXDRVBI6.mjs";
import "./chunk-K56EYA63.mjs";
import {
  init_define_TRUSTLINT_PACKAGE
} from "./chunk-DAIUEL45.mjs";

// packages/cli/dist/online.js
init_define_TRUSTLINT_PACKAGE();
import { execFile } from "node:child_process";
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
function progressLine(io) {
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
      const count = p.total !== void 0 ? `${p.done}/${p.total}` : String(p.done);
      io.stderr.write(`\r\x1B[Ktrustlint: scanning ${PHASE_LABEL[p.phase]} ${count}`);
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
  const progress = progressLine(io);
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
  return writeReport({
    ...reportSettings(options),
    findings: result.findings,
    suppressed: result.suppressed,
    files: 0,
    nothingChecked: result.stats.attempted > 0 && result.stats.succeeded === 0
  }, ctx);
}
export {
  awsSettings,
  githubSettings,
  loadOnline,
  runAwsScan,
  runCheckWithAccessAnalyzer
};
