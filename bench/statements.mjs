// Cost growth in the size of one policy and in the number of roles sharing one policy shape (issue 19:
// "linear in statements, values and files"). Prints wall time of `trustlint check` per case.
//   node bench/statements.mjs [--sizes 100,500,1000] [--roles 1000] [--runs 3] [--skip-roles]
// Each run is a fresh process through the unbundled CLI (what an npm install runs); the time includes
// Node start-up, so the cost of the analysis is the time minus that of a one-statement policy. Wall
// time and the child's own CPU time (user + system, from process.resourceUsage at exit) are printed:
// on a shared machine the CPU time is the steadier of the two.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { machineLine } from './machine.mjs';
import { median } from './measure.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const sizes = option('--sizes', '100,500,1000').split(',').map(Number);
const roles = Number(option('--roles', '1000'));
const runs = Number(option('--runs', '3'));
const skipRoles = process.argv.includes('--skip-roles');

const KEY = 'token.actions.githubusercontent.com';
const PROVIDER = `arn:aws:iam::123456789012:oidc-provider/${KEY}`;

/**
 * Statement i of a generated policy: alternately StringEquals on an exact sub and StringLike on a
 * branch wildcard, each for its own repository, all trusting the GitHub provider. Every repository
 * is different, so no two statements share a value (the worst case for per-value work).
 */
export function statement(i) {
  const repo = `acme/service-${i}`;
  const sub = i % 2 === 0 ? `repo:${repo}:ref:refs/heads/main` : `repo:${repo}:ref:refs/heads/release/*`;
  return {
    Sid: `Ci${i}`,
    Effect: 'Allow',
    Principal: { Federated: PROVIDER },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition:
      i % 2 === 0
        ? { StringEquals: { [`${KEY}:aud`]: 'sts.amazonaws.com', [`${KEY}:sub`]: sub } }
        : { StringEquals: { [`${KEY}:aud`]: 'sts.amazonaws.com' }, StringLike: { [`${KEY}:sub`]: sub } },
  };
}

export function policyWith(n) {
  return { Version: '2012-10-17', Statement: Array.from({ length: n }, (_, i) => statement(i)) };
}

/** Writes `roles` copies of one 4-statement policy: many roles, one shape. */
export function writeRoles(dir, roles) {
  const shape = JSON.stringify(policyWith(4), null, 2);
  for (let i = 0; i < roles; i++) writeFileSync(join(dir, `role-${i}.json`), shape);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

function main() {
  const root = join(tmpdir(), 'trustlint-bench', 'statements');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const cli = fileURLToPath(new URL('../packages/cli/bin/trustlint.js', import.meta.url));

  const cpuFile = join(root, 'cpu');
  // Written by the child at exit: its own user + system CPU time in microseconds.
  const hook = `data:text/javascript,${encodeURIComponent(
    `import { writeFileSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); writeFileSync(${JSON.stringify(cpuFile)}, String(u.userCPUTime + u.systemCPUTime)); });`,
  )}`;

  function time(args, cwd) {
    const walls = [];
    const cpus = [];
    let last;
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      last = spawnSync(process.execPath, ['--import', hook, cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
      walls.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (last.status !== 0 && last.status !== 1) throw new Error(`trustlint ${args.join(' ')}: exit ${last.status}\n${last.stderr}`);
      cpus.push(Number(readFileSync(cpuFile, 'utf8')) / 1000);
    }
    return { ms: median(walls), cpuMs: median(cpus), findings: findingsOf(last.stdout) };
  }

  function findingsOf(stdout) {
    try {
      const report = JSON.parse(stdout);
      return Array.isArray(report.results) ? report.results.length : (report.findings?.length ?? '?');
    } catch {
      return '?';
    }
  }

  console.log(`trustlint check, median of ${runs} runs (${machineLine()})`);
  const rows = [];
  const one = join(root, 'one');
  mkdirSync(one);
  for (const n of [1, ...sizes]) {
    const file = join(one, `policy-${n}.json`);
    writeFileSync(file, JSON.stringify(policyWith(n), null, 2));
    const r = time(['check', file, '--format', 'json'], one);
    rows.push({ case: `${n.toLocaleString('en-US')} statements in one policy`, ...r });
    console.log(`${rows.at(-1).case.padEnd(40)} ${r.ms.toFixed(0).padStart(8)} ms wall ${r.cpuMs.toFixed(0).padStart(8)} ms CPU  findings ${r.findings}`);
  }

  if (!skipRoles) {
    // Many roles, one shape: every file is the same 4-statement policy (other repositories, same owner).
    const tree = join(root, 'roles');
    mkdirSync(tree);
    writeRoles(tree, roles);
    const r = time(['check', '.', '--format', 'json'], tree);
    rows.push({ case: `${roles.toLocaleString('en-US')} roles of one shape`, ...r });
    console.log(`${rows.at(-1).case.padEnd(40)} ${r.ms.toFixed(0).padStart(8)} ms wall ${r.cpuMs.toFixed(0).padStart(8)} ms CPU  findings ${r.findings}`);
  }
  rmSync(root, { recursive: true, force: true });
}
