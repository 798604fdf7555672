import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/analyze.js';
import type { TrustlintConfig } from '../../src/config.js';
import { CATALOG } from '../../src/catalog/rules.js';
import { planFixes } from '../../src/fix/plan.js';
import { crossChecks } from '../../src/workflow/cross-check.js';

/**
 * Fixture cases under fixtures/fix/<case>: `before/` is the scanned tree, `after/` holds the files
 * `fix` must write, byte for byte (a file not in `after/` must stay unchanged), `config.json` the
 * configuration. The edited tree is analysed again: no scope finding beyond what the jobs need, no
 * workflow-role-mismatch or -audience-mismatch, and every job's assumption admitted.
 */

const ROOT = join(import.meta.dirname, '../fixtures/fix');
const SCOPE = new Set(CATALOG.filter((r) => r.category === 'trust-scope').map((r) => r.id));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function tree(dir: string): Map<string, string> {
  return new Map(walk(dir).map((p) => [relative(dir, p).replace(/\\/g, '/'), readFileSync(p, 'utf8')]));
}

async function analyzeTree(files: ReadonlyMap<string, string>, config: TrustlintConfig) {
  return analyzeFiles([...files].map(([file, text]) => ({ file, text, explicit: true })), { config });
}

describe('fix fixtures', () => {
  for (const name of readdirSync(ROOT).sort()) {
    it(name, async () => {
      const dir = join(ROOT, name);
      const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as TrustlintConfig;
      const before = tree(join(dir, 'before'));
      const analysis = await analyzeTree(before, config);
      const plan = planFixes(analysis.documents, before, config);
      const written = new Map(plan.files.map((f) => [f.file, f.after]));
      const expected = existsSync(join(dir, 'after')) ? tree(join(dir, 'after')) : new Map<string, string>();
      expect([...written.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [file, text] of expected) expect(written.get(file), file).toBe(text);
      // Everything else byte for byte: only the edited spans differ.
      for (const f of plan.files) expect(f.before).toBe(before.get(f.file));
      expect(plan.roles.filter((r) => r.status !== 'fixed' && r.status !== 'unchanged')).toEqual([]);

      const edited = new Map([...before, ...written]);
      const again = await analyzeTree(edited, config);
      const needed = new Set(plan.roles.flatMap((r) => r.conditions?.needed ?? []));
      const scope = again.findings.filter((f) => SCOPE.has(f.ruleId));
      expect(scope.filter((f) => !needed.has(f.ruleId)).map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
      expect(again.findings.filter((f) => f.ruleId === 'workflow-role-mismatch' || f.ruleId === 'workflow-audience-mismatch')).toEqual([]);
      const checks = crossChecks(again.documents, config);
      expect(checks.length).toBeGreaterThan(0);
      expect(checks.map((c) => c.verdict)).toEqual(checks.map(() => 'admitted'));
      // A second run finds nothing left to narrow.
      expect(planFixes(again.documents, edited, config).files).toEqual([]);
    });
  }
});
