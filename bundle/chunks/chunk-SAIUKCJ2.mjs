import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  CliError
} from "./chunk-IBXWRIQW.mjs";
import {
  MAX_FILE_BYTES
} from "./chunk-5NIPEJ5H.mjs";
import {
  init_define_TRUSTLINT_PACKAGE
} from "./chunk-DAIUEL45.mjs";

// packages/cli/dist/context.js
init_define_TRUSTLINT_PACKAGE();

// packages/cli/dist/stdin.js
init_define_TRUSTLINT_PACKAGE();
var UTF8 = new TextDecoder("utf-8", { fatal: true });
async function readTextStream(stream, cap = MAX_FILE_BYTES) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > cap)
      throw new CliError(`--stdin: the input is larger than the ${cap / (1024 * 1024)} MiB size cap: it was not analysed`);
    chunks.push(bytes);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  try {
    return UTF8.decode(all);
  } catch {
    throw new CliError("--stdin: the input is not valid UTF-8: it was not analysed");
  }
}

// packages/cli/dist/context.js
function processIo() {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY,
    readStdin: () => readTextStream(process.stdin)
  };
}

export {
  processIo
};
