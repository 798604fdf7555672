import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  init_define_TRUSTLINT_PACKAGE
} from "./chunks/chunk-DAIUEL45.mjs";

// packages/cli/bin/github-action.js
init_define_TRUSTLINT_PACKAGE();
try {
  const { runGithubAction } = await import("./chunks/github-action-VSGTZZAU.mjs");
  const { processIo } = await import("./chunks/context-SN7SMQ7G.mjs");
  process.exitCode = await runGithubAction(processIo());
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  process.stdout.write(`::error title=trustlint::internal error: ${message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`);
  if (process.env.TRUSTLINT_DEBUG === "1" && err instanceof Error && err.stack) process.stderr.write(`${err.stack}
`);
  process.exitCode = 2;
}
