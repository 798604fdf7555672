import { locatedRenderer, type SpanMaker } from '../../model/located.js';
import type { PolicyNode, UnresolvedAllocator } from '../../model/policy.js';
import type { RValue } from './value.js';

/**
 * Renders a resolved value as a PolicyNode tree through the shared renderer. Unresolved segments become
 * document-wide markers (one allocator per document), each occurrence its own part with the span of the
 * expression that could not be resolved.
 */
export function toPolicyNode(value: RValue, spans: SpanMaker, alloc: UnresolvedAllocator): PolicyNode | undefined {
  return locatedRenderer(spans, alloc).render(value);
}
