#!/usr/bin/env node
// Runs the composite action's steps locally, the way a GitHub runner would: inputs and the event's
// context substituted into each step's env, GITHUB_ACTION_PATH at a copy of what the runner downloads
// (action.yml, bundle/, docs/rules; no node_modules), GITHUB_WORKSPACE at the folder to check,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY collected. Prints the outputs and the summary as JSON on the
// last line and exits with the failing step's code.
// Usage: node scripts/verify-action.mjs [--workspace DIR] [--input name=value]... [--event NAME] [--base-sha SHA]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
let workspace = root;
const given = {};
/** The `github` context the action reads: the event's name and, for pull requests, the base commit. */
const github = { event_name: 'push', 'event.pull_request.base.sha': '' };
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--workspace') workspace = resolve(args[++i]);
  else if (args[i] === '--event') github.event_name = args[++i];
  else if (args[i] === '--base-sha') github['event.pull_request.base.sha'] = args[++i];
  else if (args[i] === '--input') {
    const [name, ...rest] = args[++i].split('=');
    given[name] = rest.join('=');
  } else {
    console.error(`unknown argument ${args[i]}`);
    process.exit(2);
  }
}

const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
if (action.runs?.using !== 'composite') throw new Error('action.yml is not a composite action');
const inputs = {};
for (const [name, spec] of Object.entries(action.inputs ?? {})) inputs[name] = given[name] ?? spec.default ?? '';
const unknown = Object.keys(given).filter((n) => !(n in inputs));
if (unknown.length) throw new Error(`unknown inputs: ${unknown.join(', ')}`);

/** `${{ inputs.x }}`, `${{ steps.id.outputs.y }}` and the `github` context above: the only expressions this action uses. */
function substitute(text, stepOutputs) {
  return String(text).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr) => {
    let m = /^inputs\.([\w-]+)$/.exec(expr);
    if (m) return inputs[m[1]] ?? '';
    m = /^github\.(.+)$/.exec(expr);
    if (m && m[1] in github) return github[m[1]];
    m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (m) return stepOutputs[m[1]]?.[m[2]] ?? '';
    throw new Error(`unsupported expression \${{ ${expr} }}`);
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'trustlint-action-'));
// What `uses: trustlint/trustlint@sha` downloads: the repository without node_modules, so the bundle
// must run on its own.
const actionPath = join(scratch, 'action');
for (const part of ['action.yml', 'bundle', 'docs/rules']) cpSync(join(root, part), join(actionPath, part), { recursive: true });
const summaryFile = join(scratch, 'step-summary.md');
writeFileSync(summaryFile, '');
const stepOutputs = {};
let exitCode = 0;
try {
  for (const [index, step] of (action.runs.steps ?? []).entries()) {
    if (step.uses) throw new Error(`step ${index}: nested actions are not run by this script`);
    if (step.shell !== 'bash') throw new Error(`step ${index}: only shell: bash is supported`);
    const outputFile = join(scratch, `output-${index}`);
    writeFileSync(outputFile, '');
    const script = join(scratch, `step-${index}.sh`);
    writeFileSync(script, substitute(step.run, stepOutputs));
    const env = {
      ...process.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_NAME: github.event_name,
    };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = substitute(v, stepOutputs);
    // The runner's own invocation for `shell: bash`.
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, stdio: 'inherit' });
    const outputs = {};
    for (const line of readFileSync(outputFile, 'utf8').split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
    }
    if (step.id) stepOutputs[step.id] = outputs;
    if (run.status !== 0) {
      exitCode = run.status ?? 2;
      break;
    }
  }
  const actionOutputs = {};
  for (const [name, spec] of Object.entries(action.outputs ?? {})) actionOutputs[name] = substitute(spec.value, stepOutputs);
  console.log(JSON.stringify({ exitCode, outputs: actionOutputs, summary: readFileSync(summaryFile, 'utf8') }));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
