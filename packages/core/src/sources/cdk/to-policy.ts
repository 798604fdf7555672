import type { EvaluationBudget } from '../../budget.js';
import { LocatedRenderer, type LocatedShape, type SpanMaker } from '../../model/located.js';
import { UnresolvedAllocator } from '../../model/policy.js';
import type { CValue } from './values.js';

/** One level of an evaluated TypeScript value as a located partial value; what is not JSON is unknown. */
function located(value: CValue): LocatedShape<CValue> {
  const range = value.range;
  switch (value.kind) {
    case 'string':
      return value;
    case 'number':
      return { kind: 'number', value: value.value, text: value.text, range };
    case 'boolean':
      return { kind: 'boolean', value: value.value, text: String(value.value), range };
    case 'null':
      return { kind: 'null', value: null, text: 'null', range };
    case 'undefined':
      return { kind: 'absent', range };
    case 'array':
      return { kind: 'list', items: value.items, range };
    case 'alternatives':
      return value;
    case 'object':
      return { kind: 'object', members: value.members.map((m) => ({ key: '', keySegments: m.key, keyRange: m.keyRange, value: m.value })), range };
    case 'unknown':
      return value;
    case 'module':
      return { kind: 'unknown', expression: value.path.join('.') || value.source, reason: `imported from "${value.source}"`, range };
    default:
      return { kind: 'unknown', expression: value.kind, reason: 'not a JSON value', range };
  }
}

/**
 * Renders evaluated values as a PolicyNode tree located in the TypeScript source, through the shared
 * renderer: a choice of values becomes a list (IAM ORs the values of a condition, so the verdict
 * covers each choice); the same unresolved expression at the same place gets one marker, so it is
 * reported once. `budget`: the file's; a value shared many times over renders that many nodes, each
 * charged.
 */
export class PolicyRenderer extends LocatedRenderer<CValue> {
  constructor(spans: SpanMaker, budget: EvaluationBudget) {
    super(spans, new UnresolvedAllocator(), located, { dedupeUnresolved: true, budget });
  }
}
