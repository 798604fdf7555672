import type { ValueNode } from '@humanwhocodes/momoa';
import { EvaluationBudget } from '../../budget.js';
import { jsonDepthExceededAt } from '../../limits.js';
import { astKey, astRange, parseJsonAst } from './momoa.js';
import { jsonStringOrigins } from './json-origins.js';
import { lazyString, type ParseResult, type Range, type TNode } from './tree.js';

/**
 * Parses JSON text into format-neutral nodes (TNode, shared/tree.ts) with exact ranges (duplicate keys kept, in order). Nesting
 * beyond the depth cap is a limit result, found before the recursive parser runs.
 */
export function parseJsonNodes(text: string, budget = new EvaluationBudget()): ParseResult {
  const deep = jsonDepthExceededAt(text, budget.limits.depth);
  if (deep >= 0) return { limit: budget.exceeded('depth', { offset: deep }) };
  const parsed = parseJsonAst(text);
  if ('error' in parsed) return parsed;
  return { root: convert(text, parsed.body) };
}

function convert(text: string, node: ValueNode): TNode {
  const range: Range = astRange(node);
  switch (node.type) {
    case 'Object':
      return {
        kind: 'map',
        range,
        entries: node.members.map((m) => ({
          key: astKey(m),
          keyRange: astRange(m.name),
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
