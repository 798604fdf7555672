// Child-process timing: wall time from the parent, peak RSS from the child itself (rss-hook.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOOK = fileURLToPath(new URL('./rss-hook.mjs', import.meta.url));

/** Runs `node ...args` once: { ms, rssMiB, status, stdout, stderr }. */
export function runNode(args, { cwd, rss = true, env = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'trustlint-rss-'));
  const rssFile = join(dir, 'rss');
  const nodeArgs = rss ? ['--import', HOOK, ...args] : args;
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, nodeArgs, {
    cwd,
    env: { ...process.env, ...env, TRUSTLINT_BENCH_RSS: rssFile },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let rssMiB;
  try {
    rssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    rssMiB = undefined;
  }
  rmSync(dir, { recursive: true, force: true });
  if (r.error) throw r.error;
  return { ms, rssMiB, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall time of `runs` runs after `warmup` unmeasured ones (no RSS hook: it would add time). */
export function medianWall(args, { cwd, runs = 15, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) runNode(args, { cwd, rss: false });
  const times = [];
  for (let i = 0; i < runs; i++) times.push(runNode(args, { cwd, rss: false }).ms);
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}
