/**
 * The few structural ESTree shapes the CDK source reads. Core takes no parser dependency: any
 * ESTree producer with `range` (typescript-eslint, espree with `range: true`) or `start`/`end`
 * offsets (acorn) will do. Nodes are read through the accessors below, which check types at run time,
 * so that a node kind this module does not know is simply skipped.
 */

/** A node as far as this module needs to know it. */
export interface EsNode {
  readonly type: string;
  readonly range?: readonly [number, number];
  readonly start?: number;
  readonly end?: number;
}

import type { EvaluationBudget } from '../../budget.js';

/** The program handed in by the ESLint plugin (`context.sourceCode.ast`). */
export interface EsProgram extends EsNode {
  readonly body: readonly EsNode[];
}

export type Range = readonly [number, number];

/** Keys that hold metadata or back-links, never child nodes. */
const NON_CHILD_KEYS = new Set(['parent', 'range', 'loc', 'start', 'end', 'type', 'tokens', 'comments', 'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'decorators']);

function fields(node: EsNode): Record<string, unknown> {
  return node as unknown as Record<string, unknown>;
}

export function isNode(value: unknown): value is EsNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The child node under `key`, if it is one. */
export function child(node: EsNode, key: string): EsNode | undefined {
  const v = fields(node)[key];
  return isNode(v) ? v : undefined;
}

/** The child nodes under `key` (an array field); holes (`[, x]`) are skipped. */
export function children(node: EsNode, key: string): EsNode[] {
  const v = fields(node)[key];
  return Array.isArray(v) ? v.filter(isNode) : [];
}

export function stringField(node: EsNode, key: string): string | undefined {
  const v = fields(node)[key];
  return typeof v === 'string' ? v : undefined;
}

/** A literal's value (string, number, boolean, null; RegExp and BigInt come back as undefined). */
export function literalValue(node: EsNode): string | number | boolean | null | undefined {
  const v = fields(node).value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : undefined;
}

/** The cooked text of a template element (`quasi.value.cooked`). */
export function templateCooked(quasi: EsNode): string {
  const v = fields(quasi).value;
  if (typeof v === 'object' && v !== null) {
    const cooked = (v as { cooked?: unknown; raw?: unknown }).cooked;
    if (typeof cooked === 'string') return cooked;
    const raw = (v as { raw?: unknown }).raw;
    if (typeof raw === 'string') return raw;
  }
  return '';
}

export function rangeOf(node: EsNode): Range {
  if (node.range) return node.range;
  return [node.start ?? 0, node.end ?? node.start ?? 0];
}

/** Every child node, in source order, for generic traversal. */
export function childNodes(node: EsNode): EsNode[] {
  const out: EsNode[] = [];
  for (const [key, value] of Object.entries(fields(node))) {
    if (NON_CHILD_KEYS.has(key)) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push(item);
    } else if (isNode(value)) {
      out.push(value);
    }
  }
  return out.sort((a, b) => rangeOf(a)[0] - rangeOf(b)[0]);
}

/** The name of an identifier, or of a non-computed property key written as identifier or string. */
export function keyName(node: EsNode | undefined, computed = false): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Identifier' && !computed) return stringField(node, 'name');
  if (node.type === 'Literal') {
    const v = literalValue(node);
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  }
  return undefined;
}

/** Strips TypeScript-only and grouping wrappers: `x as T`, `x!`, `<T>x`, `x satisfies T`, `(x)`, `a?.b`. */
export function unwrap(node: EsNode): EsNode {
  let cur = node;
  for (;;) {
    switch (cur.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'ParenthesizedExpression':
      case 'ChainExpression':
      case 'AwaitExpression': {
        const inner = child(cur, 'expression') ?? child(cur, 'argument');
        if (!inner) return cur;
        cur = inner;
        continue;
      }
      default:
        return cur;
    }
  }
}

/** Node kinds that are a level of nesting, as a bracket or a parenthesis is in JSON or HCL. */
const NESTING = /Expression$|Statement$|Declaration$|Pattern$|^Program$/;

/** The nodes between two levels (a property, a declarator, a class body) are fewer than this. */
const NODES_PER_LEVEL = 4;

/**
 * Throws the budget's depth error where the program nests past the cap: in levels of nesting (one
 * per expression, statement, declaration or pattern), or in tree levels, whatever kinds they are.
 * Iterative: it runs before the recursive walk and evaluator, so a hostile tree never reaches them.
 */
export function checkNesting(program: EsProgram, budget: EvaluationBudget): void {
  const { depth } = budget.limits;
  const stack: [EsNode, number, number][] = [[program, 0, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, levels, treeLevels] = top;
    const nested = NESTING.test(node.type) ? levels + 1 : levels;
    if (nested > depth || treeLevels > NODES_PER_LEVEL * depth) throw budget.exceeded('depth', { offset: rangeOf(node)[0] });
    for (const c of childNodes(node)) stack.push([c, nested, treeLevels + 1]);
  }
}
