import { parse } from '@humanwhocodes/momoa';
import type { AnyNode, ValueNode } from '@humanwhocodes/momoa';
import { EvaluationBudget } from '../../budget.js';
import { jsonDepthExceededAt } from '../../limits.js';
import { describeJsonSyntaxError } from '../json-syntax-error.js';
import { jsonStringOrigins } from './json-origins.js';
import { lazyString, type ParseResult, type Range, type TNode } from './tree.js';

/**
 * Parses JSON text into format-neutral nodes (TNode, shared/tree.ts) with exact ranges (duplicate keys kept, in order). Nesting
 * beyond the depth cap is a limit result, found before the recursive parser runs.
 */
export function parseJsonNodes(text: string, budget = new EvaluationBudget()): ParseResult {
  const deep = jsonDepthExceededAt(text, budget.limits.depth);
  if (deep >= 0) return { limit: budget.exceeded('depth', { offset: deep }) };
  let body: ValueNode;
  try {
    body = parse(text, { ranges: true, mode: 'json' }).body;
  } catch (err) {
    return { error: describeJsonSyntaxError(err, text) };
  }
  return { root: convert(text, body) };
}

function rangeOf(node: AnyNode): Range {
  const r = (node as { range?: readonly [number, number] }).range;
  return r ? [r[0], r[1]] : [node.loc.start.offset, node.loc.end.offset];
}

function convert(text: string, node: ValueNode): TNode {
  const range = rangeOf(node);
  switch (node.type) {
    case 'Object':
      return {
        kind: 'map',
        range,
        entries: node.members.map((m) => ({
          key: m.name.type === 'String' ? m.name.value : m.name.name,
          keyRange: rangeOf(m.name),
          value: convert(text, m.value),
        })),
      };
    case 'Array':
      return { kind: 'seq', range, items: node.elements.map((e) => convert(text, e.value)) };
    case 'String':
      return lazyString(node.value, range, () => jsonStringOrigins(text, range[0], range[1], node.value));
    case 'Number':
      return { kind: 'number', value: node.value, text: text.slice(range[0], range[1]), range };
    case 'Boolean':
      return { kind: 'boolean', value: node.value, text: String(node.value), range };
    case 'Null':
      return { kind: 'null', value: null, text: 'null', range };
    default:
      // NaN/Infinity exist only in JSON5 mode.
      return { kind: 'null', value: null, text: text.slice(range[0], range[1]), range };
  }
}
