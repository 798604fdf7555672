#!/usr/bin/env node
import { existsSync } from 'node:fs';

// Launcher only: the CLI lives in dist/main.js, whose resolved number becomes the exit code.
// Anything escaping main() (e.g. a missing build) is an internal failure: a message and exit 2.

// Checked before anything else loads: on an older Node the CLI would fail with a syntax or import
// error instead of saying what is wrong. Keep in step with "engines" in package.json.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`trustlint: needs Node.js 20.19 or later; this is ${process.version}\n`);
  process.exit(2);
}

// `trustlint check | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

try {
  // The npm package ships its own code bundled (bundled/, written when it is packed by
  // scripts/bundle-package.mjs): one file to load instead of ~250 modules, which halves a
  // single-file check's start-up. A checkout (and the self-contained bundle/, which esbuild builds
  // from the literal import below) runs dist/ as built.
  const bundled = new URL('../bundled/main.mjs', import.meta.url);
  const { main } = existsSync(bundled) ? await import(bundled.href) : await import('../dist/main.js');
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`trustlint: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.TRUSTLINT_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exitCode = 2;
}
