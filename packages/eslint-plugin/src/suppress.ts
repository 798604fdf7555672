import type { CommentInput } from '@trustlint/core';

interface CommentLike {
  value?: unknown;
  range?: readonly [number, number] | null;
  loc?: { end?: { line?: unknown } } | null;
}

/**
 * The comments the TypeScript parser found, for trustlint's inline suppression in CDK code. The core
 * reads and applies them with its one grammar (the one the CLI uses for YAML and HCL), so the editor
 * and CI agree on what a `// trustlint-ignore rule-id -- reason` comment does and which are unused.
 */
export function commentsOf(sourceCode: { text: string }): CommentInput[] {
  const getAll = (sourceCode as { getAllComments?: () => readonly CommentLike[] }).getAllComments;
  if (typeof getAll !== 'function') return [];
  const out: CommentInput[] = [];
  for (const c of getAll.call(sourceCode)) {
    const end = c.loc?.end?.line;
    if (typeof c.value !== 'string' || !c.range || typeof end !== 'number') continue;
    // `//` and `/*` are two characters; the body is the comment's value.
    out.push({ body: c.value, bodyOffset: c.range[0] + 2, endLine: end });
  }
  return out;
}
