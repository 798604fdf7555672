import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The runtime import graph of core's sources. With `verbatimModuleSyntax` (tsconfig.base.json) tsc
 * erases exactly the `import type` / `export type` declarations and keeps every other one, even
 * `import { type X }` (it becomes `import {}` and still loads the module), so those are the edges
 * the compiled code has. Dynamic `import()` counts as well: it loads the module too.
 */
export function importGraph(srcDir: string): Map<string, string[]> {
  const files = listTs(srcDir);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const edges: string[] = [];
    const add = (spec: string): void => {
      if (!spec.startsWith('.')) return;
      edges.push(relative(srcDir, resolve(dirname(file), spec.replace(/\.js$/, '.ts'))));
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        if (node.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword) add(node.moduleSpecifier.text);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        if (!node.isTypeOnly) add(node.moduleSpecifier.text);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const arg = node.arguments[0];
        if (arg && ts.isStringLiteral(arg)) add(arg.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    graph.set(relative(srcDir, file), edges);
  }
  return graph;
}

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTs(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const strong = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) strong(v);
  return out;
}

/** The graph folded to top-level folders of src (`rules`, `workflow`, …; a file at the root is its own). */
export function folderGraph(graph: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const folder = (file: string): string => file.split('/')[0] ?? file;
  const out = new Map<string, Set<string>>();
  for (const [file, edges] of graph) {
    const from = folder(file);
    const set = out.get(from) ?? new Set<string>();
    for (const e of edges) if (folder(e) !== from) set.add(folder(e));
    out.set(from, set);
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}
