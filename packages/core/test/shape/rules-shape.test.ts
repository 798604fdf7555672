import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/catalog/rules.js';
import { META_ONLY, RULES } from '../../src/rules/registry.js';
import { cycles, folderGraph, importGraph } from './import-graph.js';

const SRC = new URL('../../src/', import.meta.url);
const RULES_DIR = new URL('rules/', SRC);

/** The modules of rules/ that are the rules' machinery, not rules. */
const INFRASTRUCTURE = new Set([
  'define.ts',
  'github-entries.ts',
  'index.ts',
  'locate.ts',
  'prepare.ts',
  'provenance.ts',
  'registry.ts',
  'runner.ts',
  'scope-common.ts',
  'scope-rules.ts',
]);

const tsFiles = (dir: URL): string[] => readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();

async function defaultExport(dir: URL, file: string): Promise<{ id?: unknown; meta?: unknown }> {
  const mod = (await import(new URL(file, dir).href)) as { default?: { id?: unknown; meta?: unknown } };
  return mod.default ?? {};
}

describe('one rule per file, named by its id', () => {
  it('every rule file default-exports a rule whose id is its file name', async () => {
    const ruleFiles = tsFiles(RULES_DIR).filter((f) => !INFRASTRUCTURE.has(f));
    expect(ruleFiles.length).toBeGreaterThan(0);
    for (const file of ruleFiles) {
      const rule = await defaultExport(RULES_DIR, file);
      expect(rule.id, file).toBe(file.replace(/\.ts$/, ''));
      expect(rule.meta, file).toBeTypeOf('object');
    }
  });

  it('the registry holds every rule file, once, and nothing else', async () => {
    const ruleFiles = tsFiles(RULES_DIR).filter((f) => !INFRASTRUCTURE.has(f));
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort());
    for (const rule of RULES) expect(rule, rule.id).toBe(await defaultExport(RULES_DIR, `${rule.id}.ts`));
  });

  it('every meta-only id is its file in rules/meta-only/, registered once, with no hook', async () => {
    const dir = new URL('meta-only/', RULES_DIR);
    const files = tsFiles(dir);
    expect([...META_ONLY.map((r) => r.id)].sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
    for (const file of files) {
      const def = await defaultExport(dir, file);
      expect(def.id, file).toBe(file.replace(/\.ts$/, ''));
      expect(Object.keys(def).sort(), file).toEqual(['id', 'meta']);
    }
  });

  it('the catalog is the registry: same ids, same order, the rule files\' metadata', () => {
    const all = [...RULES, ...META_ONLY];
    expect(CATALOG.map((r) => r.id)).toEqual(all.map((r) => r.id));
    for (const [i, rule] of all.entries()) expect(CATALOG[i]).toEqual({ id: rule.id, ...rule.meta });
    const ruleIds = new Set<string>(RULES.map((r) => r.id));
    expect(META_ONLY.filter((m) => ruleIds.has(m.id))).toEqual([]);
  });
});

describe('core import graph', () => {
  // Built from the sources with the TypeScript parser (import-graph.ts), not madge: no new dependency,
  // and it knows verbatimModuleSyntax, which is what decides which imports the compiled code keeps.
  const graph = importGraph(new URL('.', SRC).pathname.replace(/\/$/, ''));

  it('sees the sources', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('rules/runner.ts')).toContain('rules/registry.ts');
    // A type-only import is not a runtime edge.
    expect(graph.get('rules/define.ts')).not.toContain('scope/trust-analysis.ts');
  });

  it('finds a cycle when there is one', () => {
    const looped = new Map([...graph, ['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']]]);
    expect(cycles(looped)).toContainEqual(['a.ts', 'b.ts', 'c.ts']);
  });

  it('has no runtime import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('rules/, scope/ and workflow/ do not import each other both ways', () => {
    const folders = folderGraph(graph);
    const imports = (a: string, b: string): boolean => (folders.get(a) ?? []).includes(b);
    for (const [a, b] of [
      ['rules', 'workflow'],
      ['rules', 'scope'],
      ['scope', 'workflow'],
      ['rules', 'catalog'],
    ] as const) {
      expect(imports(a, b) && imports(b, a), `${a} <-> ${b}`).toBe(false);
    }
  });
});
