#!/usr/bin/env node
// Launcher only: the CLI lives in dist/main.js, whose resolved number becomes the exit code.
// Anything escaping main() (e.g. a missing build) is an internal failure: a message and exit 2.

// `trustlint check | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

try {
  const { main } = await import('../dist/main.js');
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`trustlint: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.TRUSTLINT_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exitCode = 2;
}
