import type { ValueNode } from '@humanwhocodes/momoa';
import type { PolicyNode, PolicyString, UnresolvedPart } from '../model/policy.js';
import { unresolvedMarker } from '../model/policy.js';
import { lineStarts, positionAt, type Position, type Span } from '../model/span.js';
import { EvaluationBudget } from '../budget.js';
import { jsonDepthExceededAt } from '../limits.js';
import { astKey, astRange, parseJsonAst } from './shared/momoa.js';

/** A located JSON syntax error. */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

/** Text ranges in the raw file that are template placeholders (already replaced in the parsed text). */
export interface PlaceholderRange {
  start: number;
  end: number;
  expression: string;
}

export interface JsonTreeOptions {
  /** Placeholders found by a template pre-pass; strings overlapping them get unresolved markers. */
  placeholders?: readonly PlaceholderRange[];
  /** The file's budget (its depth cap). */
  budget?: EvaluationBudget;
}

/**
 * Parses JSON text into a PolicyNode tree with exact spans (0-based columns, offsets into `text`).
 * Duplicate keys are kept as separate members; callers decide what they mean. Nesting past the depth
 * cap throws the budget's LimitError before the (recursive) parser runs.
 */
export function parseJsonTree(text: string, options: JsonTreeOptions = {}): PolicyNode {
  const starts = lineStarts(text);
  const spanOf = (range: readonly [number, number]): Span => ({
    start: positionAt(starts, range[0]),
    end: positionAt(starts, range[1]),
  });
  // Checked before the recursive parser runs: hostile nesting never reaches it.
  const budget = options.budget ?? new EvaluationBudget();
  const deep = jsonDepthExceededAt(text, budget.limits.depth);
  if (deep >= 0) throw budget.exceeded('depth', { offset: deep });
  const doc = parseJsonAst(text);
  if ('error' in doc) throw new JsonSyntaxError(doc.error.message, positionAt(starts, doc.error.offset));
  const placeholders = options.placeholders ?? [];
  const ids = { next: 0 };

  const convert = (node: ValueNode): PolicyNode => {
    const range = astRange(node);
    const span = spanOf(range);
    switch (node.type) {
      case 'Object':
        return {
          type: 'object',
          span,
          members: node.members.map((m) => ({
            key: astKey(m),
            keySpan: spanOf(astRange(m.name)),
            value: convert(m.value),
          })),
        };
      case 'Array':
        return { type: 'array', span, items: node.elements.map((e) => convert(e.value)) };
      case 'String':
        return stringNode(node.value, range, span, text, placeholders, spanOf, ids);
      case 'Number':
        return { type: 'number', span, value: node.value, text: text.slice(range[0], range[1]) };
      case 'Boolean':
        return { type: 'boolean', span, value: node.value, text: String(node.value) };
      case 'Null':
        return { type: 'null', span, value: null, text: 'null' };
      default:
        throw new JsonSyntaxError(`unsupported JSON value ${node.type}`, span.start);
    }
  };
  return convert(doc.body);
}

/** Builds a string node; placeholders inside the string's source range become unresolved markers. */
function stringNode(
  value: string,
  range: readonly [number, number],
  span: Span,
  text: string,
  placeholders: readonly PlaceholderRange[],
  spanOf: (r: readonly [number, number]) => Span,
  ids: { next: number },
): PolicyString {
  const inside = placeholders.filter((p) => p.start >= range[0] && p.end <= range[1]);
  if (inside.length === 0) return { type: 'string', span, value };
  const raw = text.slice(range[0] + 1, range[1] - 1);
  const unresolved: UnresolvedPart[] = [];
  // Only map placeholders by raw position when the string has no escapes (raw === decoded).
  if (raw !== value) {
    const whole = inside.map((p) => p.expression).join(', ');
    const id = ids.next++;
    unresolved.push({ id, expression: whole, reason: 'template placeholder', span });
    return { type: 'string', span, value: unresolvedMarker(id), unresolved, provenance: { kind: 'placeholder', expression: whole } };
  }
  let out = '';
  let cursor = range[0] + 1;
  for (const p of inside) {
    const id = ids.next++;
    out += text.slice(cursor, p.start) + unresolvedMarker(id);
    unresolved.push({ id, expression: p.expression, reason: 'template placeholder', span: spanOf([p.start, p.end]) });
    cursor = p.end;
  }
  out += text.slice(cursor, range[1] - 1);
  return { type: 'string', span, value: out, unresolved, provenance: { kind: 'placeholder', expression: inside.map((p) => p.expression).join(', ') } };
}
