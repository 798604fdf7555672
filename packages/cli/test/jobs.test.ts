import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeFiles, type AnalyzeInput } from '@trustlint/core';
import { startWorkers } from '../src/jobs.js';
import { EMPTY_POLICY, makeTree, removeTrees, runCli } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURES = join(ROOT, 'packages/core/test/fixtures/rules');
// The built worker (the suite runs after `pnpm build`, as the launcher tests do).
// Both analyses of every fixture, twice, on a shared machine: a generous limit, no timing asserted.
const SLOW = { timeout: 180_000 };
const WORKER = new URL('../dist/policy-worker.js', import.meta.url);

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (!e.name.endsWith('.expected.json')) out.push(p);
  }
  return out;
}

/** Every rule fixture as one tree: trust policies of every source kind, providers, workflows. */
function fixtureTree(): AnalyzeInput[] {
  return walk(FIXTURES)
    .sort()
    .map((p) => ({ file: relative(FIXTURES, p).split('\\').join('/'), text: readFileSync(p, 'utf8'), explicit: false }));
}

describe('--jobs: the trust-policy rules on worker threads (issue 19)', () => {
  afterEach(removeTrees);

  it('gives the findings of one thread, finding for finding, on the rule fixtures', SLOW, async () => {
    const inputs = fixtureTree();
    const config = { repository: 'acme/app', owners: ['acme'] };
    const single = await analyzeFiles(inputs, { config });
    const pool = startWorkers(3, { minPolicies: 1, workerFile: WORKER });
    expect(pool).toBeDefined();
    let calls = 0;
    let shared;
    try {
      shared = await analyzeFiles(inputs, {
        config,
        policyRunner: (jobs, c) => {
          calls++;
          expect(jobs.length).toBeGreaterThan(50);
          return pool!.runner(jobs, c);
        },
      });
    } finally {
      await pool?.close();
    }
    expect(calls).toBe(1);
    // Two of the three shares were made by the workers.
    expect(pool!.answered).toBeGreaterThan(0);
    expect(single.findings.length).toBeGreaterThan(50);
    expect(shared.findings).toEqual(single.findings);
    expect(shared.suppressed).toBe(single.suppressed);
  });

  it('a worker that cannot start leaves its share to the main thread: same findings', SLOW, async () => {
    const inputs = fixtureTree();
    const single = await analyzeFiles(inputs);
    // No worker file on disk (a single-file bundle): no pool, one thread.
    expect(startWorkers(2, { minPolicies: 1, workerFile: new URL('./no-such-worker.js', import.meta.url) })).toBeUndefined();
    // A worker that answers with an error: its share is done here.
    const pool = startWorkers(2, { minPolicies: 1, workerFile: new URL('./fixtures/jobs/failing-worker.mjs', import.meta.url) });
    try {
      const shared = await analyzeFiles(inputs, { policyRunner: pool!.runner });
      expect(shared.findings).toEqual(single.findings);
      expect(pool!.answered).toBe(0);
    } finally {
      await pool?.close();
    }
  });

  it('check --jobs takes a whole number from 1', async () => {
    const cwd = makeTree({ 'iam/deploy.json': EMPTY_POLICY });
    for (const bad of ['0', '-1', 'two', '1.5', '']) {
      const r = await runCli(['check', '.', '--jobs', bad], { cwd });
      expect({ bad, code: r.code }).toEqual({ bad, code: 2 });
      expect(r.stderr).toContain('--jobs');
    }
    const one = await runCli(['check', '.', '--jobs', '1', '--format', 'json'], { cwd });
    const two = await runCli(['check', '.', '--jobs', '2', '--format', 'json'], { cwd });
    expect(one.code).toBe(0);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
  });
});
