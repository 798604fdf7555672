import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { BudgetUsage } from '../../src/budget.js';
import type { Finding } from '../../src/model/finding.js';
import { ATTACK_CLASSES, GH, type Attack, type AttackClass } from './attacks.js';

/**
 * The attack classes of issue 10 that aim at the evaluators (attacks.ts), each case run against the
 * built core in a child process whose heap is capped: an attack that still grows the process ends it
 * out of memory, and the case fails. For every case: the attacked file gets exactly the expected
 * outcome (one input-error for the crossed cap, at the place, or a complete analysis), the budget says
 * which cap was crossed and how many steps were spent, and a sibling file's findings are untouched.
 * No wall-clock: the budget's counts bound the work.
 */

const CHILD = fileURLToPath(new URL('./attack-child.mjs', import.meta.url));
const CORE_DIST = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
/** The heap a class of attacks may use (the analysis of a normal file needs a few MiB). */
const HEAP_MIB = 256;
/** The peak RSS a class of attacks may reach above the child's start (code, WebAssembly, the heap). */
const GROWTH_MIB = 200;
/**
 * A class runs its cases one after the other in one child (seconds on a loaded machine): the hook
 * waits for it far longer than that. A guard against a hang, not a measure of speed (none is asserted).
 */
const CLASS_HOOK_MS = 600_000;

const SIBLING = {
  file: 'policies/sibling.json',
  text: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${GH}` }, Action: 'sts:AssumeRoleWithWebIdentity' }] }),
};

interface CaseResult {
  name: string;
  findings: Finding[];
  budgets: { file: string; usage: BudgetUsage }[] | null;
  peakRssKiB: number;
  startRssKiB: number;
}

interface ClassRun {
  results: Map<string, CaseResult>;
  /** Why the child stopped early (an out-of-memory exit, a crash), if it did. */
  ended?: string;
}

function runClass(c: AttackClass): ClassRun {
  const cases = c.attacks.map((a) => ({ name: a.name, inputs: [...a.inputs, SIBLING] }));
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, CHILD], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, TRUSTLINT_CORE_DIST: process.env.TRUSTLINT_CORE_DIST ?? CORE_DIST },
  });
  const results = new Map<string, CaseResult>();
  for (const line of r.stdout.split('\n')) {
    if (!line.trim()) continue;
    const parsed = JSON.parse(line) as CaseResult;
    results.set(parsed.name, parsed);
  }
  const ended = r.status === 0 ? undefined : `the child ended with ${r.signal ?? `status ${String(r.status)}`}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`;
  return { results, ...(ended ? { ended } : {}) };
}

const inFile = (findings: readonly Finding[], file: string): Finding[] => findings.filter((f) => f.location?.file === file);

/** Per class, for the closing figures: cases, crashes, crossed caps, silent passes, peak memory, steps. */
const figures: string[] = [];

afterAll(() => {
  if (figures.length > 0) console.log(`attack figures (heap cap ${HEAP_MIB} MiB):\n${figures.join('\n')}`);
});

beforeAll(() => {
  if (!existsSync(process.env.TRUSTLINT_CORE_DIST ?? CORE_DIST)) throw new Error('packages/core/dist is missing: run `pnpm build` first (pnpm test does)');
});

for (const c of ATTACK_CLASSES) {
  describe(`attack class: ${c.name}`, () => {
    let run: ClassRun;
    let sibling: string;
    beforeAll(() => {
      sibling = JSON.stringify(analyze([{ ...SIBLING, explicit: true }]).findings);
      run = runClass(c);
    }, CLASS_HOOK_MS);

    afterAll(() => {
      const results = [...run.results.values()];
      const silent = c.attacks.filter((a) => {
        const r = run.results.get(a.name);
        return r !== undefined && inFile(r.findings, a.expect.file).length === 0;
      });
      const peak = Math.max(0, ...results.map((r) => r.peakRssKiB - r.startRssKiB)) / 1024;
      const steps = Math.max(0, ...results.flatMap((r) => (r.budgets ?? []).map((b) => b.usage.steps)));
      const crossed = results.flatMap((r) => (r.budgets ?? []).flatMap((b) => b.usage.crossed));
      figures.push(
        `  ${c.name}: ${c.attacks.length} inputs, ${c.attacks.length - results.length} crashes or out-of-memory exits, ${crossed.length} caps crossed, ${silent.length} silent passes, peak RSS growth ${peak.toFixed(0)} MiB, at most ${steps} steps${run.ended ? ` (${run.ended})` : ''}`,
      );
    });

    for (const a of c.attacks) {
      it(a.name, () => {
        const r = run.results.get(a.name);
        if (!r) throw new Error(`no result: ${run.ended ?? 'the child did not report this case'}`);
        check(a, r);
        // The other file of the run is analysed exactly as on its own.
        expect(JSON.stringify(inFile(r.findings, SIBLING.file))).toBe(sibling);
        expect((r.peakRssKiB - r.startRssKiB) / 1024).toBeLessThan(GROWTH_MIB);
      });
    }
  });
}

function check(a: Attack, r: CaseResult): void {
  const findings = inFile(r.findings, a.expect.file);
  const inputErrors = findings.filter((f) => f.ruleId === 'input-error');
  const summary = JSON.stringify(findings.map((f) => [f.ruleId, f.location?.span.start.line, f.message.slice(0, 160)]));
  if ('limit' in a.expect) {
    expect(inputErrors, summary).toHaveLength(1);
    const f = inputErrors[0]!;
    expect(f.properties, summary).toMatchObject({ limit: a.expect.limit });
    expect(f.message).toMatch(/ was not analysed: /);
    if (a.expect.line !== undefined) expect(f.location?.span.start.line, summary).toBe(a.expect.line);
  } else {
    expect(inputErrors, summary).toEqual([]);
    const { analysed, message } = a.expect;
    const hit = findings.filter((f) => f.ruleId === analysed && (message === undefined || message.test(f.message)));
    expect(hit.length, summary).toBeGreaterThan(0);
  }
  // The budget of the attacked file (module) says which cap was crossed, and bounds the work by steps.
  const unit = (r.budgets ?? []).find((b) => b.file === a.expect.file || a.expect.file.startsWith(`${b.file}/`));
  expect(unit, `the budget of ${a.expect.file} is reported`).toBeDefined();
  expect(unit?.usage.crossed).toEqual('limit' in a.expect ? [a.expect.limit] : []);
  expect(unit?.usage.steps ?? Infinity).toBeLessThanOrEqual((unit?.usage.limits.steps ?? 0) + 1);
}
