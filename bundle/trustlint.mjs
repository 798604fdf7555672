#!/usr/bin/env node
import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  init_define_TRUSTLINT_PACKAGE
} from "./chunks/chunk-DAIUEL45.mjs";

// packages/cli/bin/trustlint.js
init_define_TRUSTLINT_PACKAGE();
import { existsSync } from "node:fs";
var [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
if (major < 20 || major === 20 && minor < 19) {
  process.stderr.write(`trustlint: needs Node.js 20.19 or later; this is ${process.version}
`);
  process.exit(2);
}
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
try {
  const bundled = new URL("../bundled/main.mjs", import.meta.url);
  const { main } = existsSync(bundled) ? await import(bundled.href) : await import("./chunks/main-CRM2KWQ2.mjs");
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`trustlint: internal error: ${err instanceof Error ? err.message : String(err)}
`);
  if (process.env.TRUSTLINT_DEBUG === "1" && err instanceof Error && err.stack) process.stderr.write(`${err.stack}
`);
  process.exitCode = 2;
}
