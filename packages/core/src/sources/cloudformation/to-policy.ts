import type { PolicyMember, PolicyNode, PolicyString, UnresolvedAllocator, UnresolvedPart } from '../../model/policy.js';
import type { SpanMaker } from '../../model/located.js';
import type { RValue, Segment } from './value.js';

/**
 * Renders a resolved value as a PolicyNode tree. Unresolved segments become document-wide markers
 * (one allocator per document) with the span of the expression that could not be resolved.
 */
export function toPolicyNode(value: RValue, spans: SpanMaker, alloc: UnresolvedAllocator): PolicyNode | undefined {
  switch (value.kind) {
    case 'novalue':
      return undefined;
    case 'string': {
      const { text, parts } = renderSegments(value.segments, spans, alloc);
      const node: PolicyString = { type: 'string', span: spans.span(value.range), value: text };
      if (parts.length > 0) node.unresolved = parts;
      const first = parts[0];
      if (value.provenance) node.provenance = value.provenance;
      else if (first) node.provenance = { kind: 'unresolved', expression: first.expression, reason: first.reason };
      return node;
    }
    case 'number':
    case 'boolean':
    case 'null':
      return { type: value.kind, span: spans.span(value.range), value: value.value, text: value.text };
    case 'list': {
      const items: PolicyNode[] = [];
      for (const item of value.items) {
        const node = toPolicyNode(item, spans, alloc);
        if (node) items.push(node);
      }
      return { type: 'array', span: spans.span(value.range), items };
    }
    case 'object': {
      const members: PolicyMember[] = [];
      for (const m of value.members) {
        const node = toPolicyNode(m.value, spans, alloc);
        if (!node) continue;
        const key = m.keySegments ? renderSegments(m.keySegments, spans, alloc).text : m.key;
        members.push({ key, keySpan: spans.span(m.keyRange), value: node });
      }
      return { type: 'object', span: spans.span(value.range), members };
    }
  }
}

function renderSegments(segments: readonly Segment[], spans: SpanMaker, alloc: UnresolvedAllocator): { text: string; parts: UnresolvedPart[] } {
  let text = '';
  const parts: UnresolvedPart[] = [];
  for (const s of segments) {
    if (s.kind === 'text') {
      text += s.text;
      continue;
    }
    const { marker, part } = alloc.part(s.expression, s.reason, spans.span(s.range));
    text += marker;
    parts.push(part);
  }
  return { text, parts };
}
