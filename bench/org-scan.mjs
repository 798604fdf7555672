// `aws scan --organization` against a 1,000-account stand-in organization on 127.0.0.1 (issue 17):
// wall time, peak RSS of the trustlint process, and the requests it made, per action.
//
//   node bench/org-scan.mjs [--accounts 1000] [--roles 10] [--concurrency 4,16] [--latency MS] [--out FILE]
//                           [--cpu-prof DIR]   (a V8 CPU profile of each trustlint run, for a closer look)
//
// The stand-in (packages/core/test/aws/fake-org.ts, bundled on the fly with esbuild) runs in a child
// process of its own, so that the measured trustlint process shares nothing with it but the loopback
// connection. Every account has `--roles` roles (one trusting `repo:*`, one pinned to a branch, the rest
// EC2 roles), one GitHub OIDC provider and two IAM users; the report must hold exactly one
// oidc-any-owner finding per account and every account scanned, or the benchmark fails (exit 1).
// Also usable as a module: `orgScanBench(options)` returns the rows (bench/run.mjs, `--only org`).
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { machine, machineLine } from './machine.mjs';
import { runNode } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'packages/cli/bin/trustlint.js');

/** The stand-in's entry: starts the organization, reports its URL, answers `stats` with request counts. */
const STAND_IN = `
import { startFakeOrg, numberedAccounts } from './packages/core/test/aws/fake-org.ts';
import { githubTrust, EC2_TRUST } from './packages/core/test/aws/fake-aws.ts';
const [accounts, roles, latency] = process.argv.slice(2).map(Number);
const provider = (id) => 'arn:aws:iam::' + id + ':oidc-provider/token.actions.githubusercontent.com';
const member = (a) => ({
  pageSize: 100,
  providers: [{ arn: provider(a.id), url: 'token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'] }],
  roles: [
    { name: 'deploy-any', policy: githubTrust('repo:*', { providerArn: provider(a.id) }) },
    { name: 'deploy-main', policy: githubTrust('repo:acme/app:ref:refs/heads/main', { providerArn: provider(a.id) }) },
    ...Array.from({ length: Math.max(0, roles - 2) }, (_, i) => ({ name: 'service-' + i, policy: EC2_TRUST })),
  ],
  users: [
    { name: 'alice', keys: [{ id: 'AKIAIOSFODNN7ALICE01', status: 'Inactive', created: '2020-01-01T00:00:00Z' }] },
    { name: 'bob', keys: [] },
  ],
  faults: latency > 0 ? new Proxy({}, { get: () => Array(1000).fill({ slowMs: latency }) }) : {},
});
const org = await startFakeOrg({ accounts: numberedAccounts(accounts), member });
process.send({ url: org.url });
process.on('message', (m) => {
  if (m !== 'stats') return;
  const byAction = {};
  let total = 0;
  const count = (action) => { byAction[action] = (byAction[action] ?? 0) + 1; total++; };
  // Every request is logged by the organization stand-in (members' IAM requests too).
  for (const r of org.requests) count(r.action);
  process.send({ total, byAction, maxAccountsInFlight: org.maxAccountsInFlight });
  org.requests.length = 0;
  for (const m of org.members.values()) m.requests.length = 0;
  org.maxAccountsInFlight = 0;
});
process.on('disconnect', () => process.exit(0));
`;

async function bundleStandIn(dir) {
  const outfile = join(dir, 'org-stand-in.mjs');
  await build({
    stdin: { contents: STAND_IN, resolveDir: ROOT, loader: 'ts', sourcefile: 'org-stand-in.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

function once(child, predicate) {
  return new Promise((resolve, reject) => {
    const onMessage = (m) => {
      if (!predicate(m)) return;
      child.off('message', onMessage);
      resolve(m);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`the stand-in exited (${code})`)));
  });
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** One measured run per concurrency; returns the rows and the problems found in the reports. */
export async function orgScanBench({ accounts = 1000, roles = 10, concurrency = [4, 16], latency = 0, cpuProf, say = (line) => process.stdout.write(`${line}\n`) } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'trustlint-org-bench-'));
  const problems = [];
  const rows = [];
  const child = fork(await bundleStandIn(dir), [String(accounts), String(roles), String(latency)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const { url } = await once(child, (m) => typeof m?.url === 'string');
    say(`\n## aws scan --organization: ${fmt(accounts)} accounts × ${roles} roles against the stand-in (${latency} ms per request)`);
    say('| concurrency | wall | per account | peak RSS | requests | accounts in flight (max) |');
    say('|---|---|---|---|---|---|');
    for (const c of concurrency) {
      const out = join(dir, `report-${c}.json`);
      const r = runNode([...(cpuProf ? ['--cpu-prof', '--cpu-prof-dir', cpuProf] : []), CLI, 'aws', 'scan', '--organization', '--endpoint-url', url, '--concurrency', String(c), '--format', 'json', '--output', out], {
        cwd: dir,
        env: { AWS_ACCESS_KEY_ID: 'bench', AWS_SECRET_ACCESS_KEY: 'bench', AWS_REGION: 'us-east-1', AWS_PROFILE: '', AWS_CONFIG_FILE: join(dir, 'none'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'), AWS_EC2_METADATA_DISABLED: 'true' },
      });
      child.send('stats');
      const stats = await once(child, (m) => typeof m?.total === 'number');
      let report;
      try {
        report = JSON.parse(readFileSync(out, 'utf8'));
      } catch (err) {
        problems.push(`concurrency ${c}: no report (exit ${r.status}): ${r.stderr.trim() || err.message}`);
        continue;
      }
      const scanned = report.organization.accounts.filter((a) => a.status === 'scanned').length;
      const anyOwner = report.findings.filter((f) => f.ruleId === 'oidc-any-owner').length;
      const failed = report.findings.filter((f) => f.ruleId === 'aws-check-failed').length;
      if (scanned !== accounts || anyOwner !== accounts || failed !== 0) {
        problems.push(`concurrency ${c}: ${scanned} of ${accounts} accounts scanned, ${anyOwner} oidc-any-owner findings (want ${accounts}), ${failed} aws-check-failed`);
      }
      const row = { concurrency: c, accounts, roles: report.organization.roles, ms: r.ms, totalMsReported: report.organization.totalMs, rssMiB: r.rssMiB, requests: stats.total, byAction: stats.byAction, maxAccountsInFlight: stats.maxAccountsInFlight, exit: r.status };
      rows.push(row);
      say(`| ${c} | ${fmt(r.ms / 1000, 1)} s | ${fmt(r.ms / accounts, 1)} ms | ${r.rssMiB === undefined ? '?' : `${fmt(r.rssMiB)} MiB`} | ${fmt(stats.total)} | ${stats.maxAccountsInFlight} |`);
    }
    if (rows[0]) say(`requests by action: ${Object.entries(rows[0].byAction).map(([a, n]) => `${a} ${fmt(n)}`).join(', ')}`);
  } finally {
    child.disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
  return { rows, problems };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const info = machine();
  process.stdout.write(`trustlint organization benchmark: ${machineLine(info)}\n`);
  const result = await orgScanBench({
    accounts: Number(option('--accounts', '1000')),
    roles: Number(option('--roles', '10')),
    concurrency: option('--concurrency', '4,16').split(',').map(Number),
    latency: Number(option('--latency', '0')),
    cpuProf: option('--cpu-prof', undefined),
  });
  for (const p of result.problems) process.stderr.write(`bench: ${p}\n`);
  const out = option('--out', undefined);
  if (out) writeFileSync(out, `${JSON.stringify({ machine: info, date: new Date().toISOString(), ...result }, null, 2)}\n`);
  process.exitCode = result.problems.length ? 1 : 0;
}
