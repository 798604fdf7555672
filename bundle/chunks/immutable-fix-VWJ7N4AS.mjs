import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  githubSettings,
  loadOnline
} from "./chunk-MQDQ3XXL.mjs";
import {
  analyzeLocalFiles,
  configChoice,
  parseGitHubOptions,
  parseSourceOptions
} from "./chunk-JCRQTVMS.mjs";
import {
  CliError,
  sanitizeValue
} from "./chunk-IBXWRIQW.mjs";
import "./chunk-5NIPEJ5H.mjs";
import {
  init_define_TRUSTLINT_PACKAGE
} from "./chunk-DAIUEL45.mjs";

// packages/cli/dist/immutable-fix.js
init_define_TRUSTLINT_PACKAGE();
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
async function runImmutableFix(paths, flags, ctx) {
  if (flags.immutable !== true)
    throw new CliError("--github on fix needs --immutable (the only fix that asks GitHub)");
  const gh = parseGitHubOptions(flags);
  if (!gh.github)
    throw new CliError("--immutable needs --github: the repository ids come from the GitHub API");
  if (flags.subject !== void 0)
    throw new CliError("--subject narrows roles; it cannot be combined with --immutable (run fix twice)");
  const { io } = ctx;
  const { config, discovery, analysis } = await analyzeLocalFiles(paths, { ...configChoice(flags), sources: parseSourceOptions(flags, io.cwd) }, io);
  const online = await loadOnline();
  const result = await online.runGitHubChecks(analysis.documents, { config, ...await githubSettings(gh, io.env, online.defaultCacheDir(io.env)) });
  const texts = new Map(discovery.files.map((f) => [f.path, f.text]));
  const plan = online.planImmutableFixes(analysis.documents, result.findings, texts, config);
  if (flags.dryRun === true) {
    for (const f of plan.files)
      io.stdout.write(f.diff);
  } else {
    for (const f of plan.files) {
      if (!texts.has(f.file))
        throw new CliError(`${f.file}: not a scanned file`);
      writeFileSync(resolve(io.cwd, f.file), f.after);
    }
  }
  const say = (line) => {
    io.stderr.write(`trustlint: ${sanitizeValue(line, "terminal")}
`);
  };
  for (const m of plan.migrations) {
    const where = `${m.file}:${m.line}`;
    if (m.status === "fixed")
      say(`${flags.dryRun === true ? "would rewrite" : "rewrote"} ${where} ${m.from} -> ${m.to}`);
    else
      say(`${m.status === "refused" ? "not changed" : "skipped"} ${where} ${m.from}: ${m.reason ?? ""}`);
  }
  const onImmutable = (m) => result.findings.some((f) => f.ruleId === "github-sub-template-mismatch" && f.properties?.immutable === true && f.properties.value === m.from && f.location?.file === m.file);
  const fixed = plan.migrations.filter((m) => m.status === "fixed");
  if (fixed.length > 0 && fixed.every(onImmutable)) {
    say("GitHub says these repositories already issue immutable subjects: the rewritten values match their tokens again");
  } else if (fixed.length > 0) {
    say("deploy these once the repositories issue immutable subjects (new, renamed or transferred after 2026-07-15, or opted in): until then their tokens carry the name-only form, which the rewritten values no longer admit");
  }
  for (const f of result.findings)
    if (f.ruleId === "github-check-failed")
      say(f.message);
  if (result.stats.attempted > 0 && result.stats.succeeded === 0) {
    say("the GitHub checks failed: no GitHub call succeeded");
    return 2;
  }
  return plan.migrations.some((m) => m.status === "refused") ? 1 : 0;
}
export {
  runImmutableFix
};
