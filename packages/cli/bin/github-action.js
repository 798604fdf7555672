// The GitHub Action's entry point, bundled as bundle/action.mjs, which action.yml runs (not a user
// command). Anything escaping the Action is an internal failure: an annotation and exit 2.
try {
  const { runGithubAction } = await import('../dist/github-action.js');
  const { processIo } = await import('../dist/context.js');
  process.exitCode = await runGithubAction(processIo());
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  process.stdout.write(`::error title=trustlint::internal error: ${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
  if (process.env.TRUSTLINT_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exitCode = 2;
}
