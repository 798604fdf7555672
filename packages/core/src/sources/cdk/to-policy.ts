import { appendAll } from '../../arrays.js';
import { NODE_SIZE, type EvaluationBudget } from '../../budget.js';
import { UnresolvedAllocator, type PolicyMember, type PolicyNode, type PolicyString, type UnresolvedPart } from '../../model/policy.js';
import type { SpanMaker } from '../../model/located.js';
import type { Span } from '../../model/span.js';
import type { CValue, Segment } from './values.js';

/**
 * Renders evaluated values as a PolicyNode tree located in the TypeScript source. A choice of values
 * becomes a list (IAM ORs the values of a condition, so the verdict covers each choice); the same
 * unresolved expression at the same place gets one marker, so it is reported once.
 */
export class PolicyRenderer {
  private readonly alloc = new UnresolvedAllocator();
  private readonly parts = new Map<string, { marker: string; part: UnresolvedPart }>();

  /** `budget`: the file's; a value shared many times over renders that many nodes, each charged. */
  constructor(
    private readonly spans: SpanMaker,
    private readonly budget: EvaluationBudget,
  ) {}

  render(value: CValue): PolicyNode | undefined {
    this.budget.grow(NODE_SIZE, { offset: value.range[0] });
    const span = this.spans.span(value.range);
    switch (value.kind) {
      case 'string':
        return this.string(value.segments, span);
      case 'number':
        return { type: 'number', span, value: value.value, text: value.text };
      case 'boolean':
        return { type: 'boolean', span, value: value.value, text: String(value.value) };
      case 'null':
        return { type: 'null', span, value: null, text: 'null' };
      case 'undefined':
        return undefined;
      case 'array':
        return { type: 'array', span, items: this.items(value.items) };
      case 'alternatives': {
        const items = this.items([value]);
        return items.length === 1 ? items[0] : { type: 'array', span, items };
      }
      case 'object': {
        const members: PolicyMember[] = [];
        for (const m of value.members) {
          const node = this.render(m.value);
          if (node) members.push({ key: this.text(m.key).text, keySpan: this.spans.span(m.keyRange), value: node });
        }
        return { type: 'object', span, members };
      }
      case 'unknown':
        return this.string([{ kind: 'unresolved', expression: value.expression, reason: value.reason, range: value.range }], span);
      case 'module':
        return this.string([{ kind: 'unresolved', expression: value.path.join('.') || value.source, reason: `imported from "${value.source}"`, range: value.range }], span);
      default:
        return this.string([{ kind: 'unresolved', expression: value.kind, reason: 'not a JSON value', range: value.range }], span);
    }
  }

  /** Items of a list; choices and nested choices of lists are spliced in. */
  private items(values: readonly CValue[]): PolicyNode[] {
    const out: PolicyNode[] = [];
    for (const v of values) {
      if (v.kind === 'alternatives') {
        appendAll(out, this.items(v.options.flatMap((o) => (o.kind === 'array' ? o.items : [o]))));
        continue;
      }
      const node = this.render(v);
      if (node) out.push(node);
    }
    return out;
  }

  private string(segments: readonly Segment[], span: Span): PolicyString {
    const { text, parts } = this.text(segments);
    const node: PolicyString = { type: 'string', span, value: text };
    const first = parts[0];
    if (first) {
      node.unresolved = parts;
      node.provenance = { kind: 'unresolved', expression: first.expression, reason: first.reason };
    }
    return node;
  }

  text(segments: readonly Segment[]): { text: string; parts: UnresolvedPart[] } {
    let text = '';
    const parts: UnresolvedPart[] = [];
    for (const s of segments) {
      if (s.kind === 'text') {
        text += s.text;
        continue;
      }
      const key = `${s.expression}\u0000${String(s.range[0])}:${String(s.range[1])}`;
      let made = this.parts.get(key);
      if (!made) {
        made = this.alloc.part(s.expression, s.reason, this.spans.span(s.range));
        this.parts.set(key, made);
      }
      text += made.marker;
      if (!parts.some((p) => p.id === made.part.id)) parts.push(made.part);
    }
    return { text, parts };
  }
}
