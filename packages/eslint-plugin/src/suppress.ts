import type { Finding } from '@trustlint/core';

/**
 * trustlint's own inline suppression (spec/cli.md "Configuration"), honoured in ESLint too:
 * `# trustlint-ignore rule-id[, rule-id] -- reason` (or `//` in TypeScript) on the line above the
 * finding. The reason is required; a comment without one suppresses nothing.
 */
export interface IgnoreComment {
  /** The line the comment applies to (the one below it). */
  line: number;
  rules: string[];
}

const IGNORE = /^\s*trustlint-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s+--\s*\S/;

interface CommentLike {
  value?: unknown;
  loc?: { end?: { line?: unknown } } | null;
}

/** The ignore comments of a file, when its language exposes comments (YAML and JS/TS do). */
export function ignoreComments(sourceCode: object): IgnoreComment[] {
  const getAll = (sourceCode as { getAllComments?: () => readonly CommentLike[] }).getAllComments;
  if (typeof getAll !== 'function') return [];
  const out: IgnoreComment[] = [];
  for (const c of getAll.call(sourceCode)) {
    const match = typeof c.value === 'string' ? IGNORE.exec(c.value) : null;
    const end = c.loc?.end?.line;
    if (!match?.[1] || typeof end !== 'number') continue;
    out.push({ line: end + 1, rules: match[1].split(',').map((r) => r.trim()) });
  }
  return out;
}

export function isIgnoredByComment(f: Finding, comments: readonly IgnoreComment[]): boolean {
  const line = f.location?.span.start.line;
  return line !== undefined && comments.some((c) => c.line === line && c.rules.includes(f.ruleId));
}
