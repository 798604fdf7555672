import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus, type CorpusUnit } from '../../../core/test/robustness/corpus.js';
import { MUTATORS, prng } from '../../../core/test/robustness/mutate.js';
import { makeTree, parseReport, removeTrees, runCli, type JsonReport } from '../helpers.js';

/**
 * The mutation fuzzing of core, through `trustlint check . --format json` on a tree on disk (files
 * found by walking, as in CI): every run must exit 0 or 1 with nothing on stderr, print a report of
 * the documented shape, and leave the findings of the unmutated units exactly as they were.
 */

const SEED = 0xc11;
/** Mutations per file: a sample of the core suite's, enough to cross the CLI layers with each kind. */
const PER_FILE = 3;

const units = corpus();
let root: string;
let baseline: Map<string, string[]>;

function unitOf(file: string): string {
  return units.find((u) => u.files.some((f) => f.file === file))?.name ?? '(elsewhere)';
}

function byUnit(report: JsonReport): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of report.findings) {
    const unit = unitOf(String(f.file));
    out.set(unit, [...(out.get(unit) ?? []), JSON.stringify(f)]);
  }
  return out;
}

/** The documented `--format json` shape (spec/cli.md): problems as strings. */
function shapeProblems(report: JsonReport): string[] {
  const problems: string[] = [];
  if (report.version !== 1 || report.tool.name !== 'trustlint') problems.push('bad header');
  for (const key of ['files', 'errors', 'warnings', 'infos', 'suppressed']) {
    if (!Number.isInteger(report.summary[key])) problems.push(`summary.${key} is not an integer`);
  }
  for (const f of report.findings) {
    const positions = [f.line, f.column, f.endLine, f.endColumn];
    if (typeof f.file !== 'string' || !positions.every((n) => Number.isInteger(n) && Number(n) >= 1)) problems.push(`unlocated finding ${JSON.stringify(f).slice(0, 200)}`);
    if (!['error', 'warning', 'info'].includes(f.severity) || typeof f.message !== 'string') problems.push(`bad finding ${JSON.stringify(f).slice(0, 200)}`);
  }
  return problems;
}

function write(unitsToWrite: readonly CorpusUnit[], dir: string): void {
  for (const u of unitsToWrite) for (const f of u.files) writeFileSync(join(dir, f.file), f.text);
}

describe('check on mutated trees', () => {
  beforeAll(async () => {
    root = makeTree(Object.fromEntries(units.flatMap((u) => u.files.map((f) => [f.file, f.text]))));
    const { code, stdout } = await runCli(['check', '.', '--format', 'json'], { cwd: root });
    expect(code).toBe(1);
    baseline = byUnit(parseReport(stdout));
  });
  afterAll(removeTrees);

  it('has findings in every unit before mutation', () => {
    for (const u of units) expect(baseline.get(u.name)?.length, u.name).toBeGreaterThan(0);
  });

  it('keeps the report valid and the other units unchanged for every mutation', async () => {
    const failures: string[] = [];
    const random = prng(SEED);
    for (const unit of units) {
      for (const target of unit.files) {
        const applicable = MUTATORS.filter((m) => m.syntaxes.includes(target.syntax));
        for (let k = 0; k < PER_FILE; k++) {
          const mutator = applicable[Math.floor(random() * applicable.length)];
          if (!mutator) continue;
          const seed = Math.floor(random() * 2 ** 31);
          // Known issue (see core's fuzz.test.ts): deep nesting overflows the Terraform CST converter.
          if (mutator.name === 'deep-nesting' && target.syntax === 'hcl') continue;
          const name = `${mutator.name} ${target.file} (seed ${seed})`;
          const mutated = mutator.mutate(target.text, prng(seed), target.syntax);
          // Sometimes as bytes that are not UTF-8 at all (discovery's input-error).
          writeFileSync(join(root, target.file), k === 0 && random() < 0.3 ? Buffer.concat([Buffer.from(mutated), Buffer.from([0xff, 0xfe])]) : mutated);
          const { code, stdout, stderr } = await runCli(['check', '.', '--format', 'json'], { cwd: root });
          write([unit], root);
          if (code !== 0 && code !== 1) failures.push(`${name}: exit ${code}: ${stderr}`);
          if (stderr !== '') failures.push(`${name}: stderr ${stderr}`);
          let report: JsonReport;
          try {
            report = parseReport(stdout);
          } catch {
            failures.push(`${name}: the report is not JSON: ${stdout.slice(0, 200)}`);
            continue;
          }
          failures.push(...shapeProblems(report).map((p) => `${name}: ${p}`));
          const now = byUnit(report);
          for (const other of units) {
            if (other === unit) continue;
            if (JSON.stringify(now.get(other.name)) !== JSON.stringify(baseline.get(other.name))) failures.push(`${name}: changed the findings of ${other.name}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
