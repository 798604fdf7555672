import type { WorkflowValuePart } from '../../model/workflow.js';

/**
 * `${{ … }}` expressions inside workflow values (GitHub's expression syntax). Only what rules need:
 * where the expressions are and which context paths they read.
 */

const EXPRESSION_RE = /\$\{\{([\s\S]*?)\}\}/g;
const CONTEXTS = ['github', 'env', 'vars', 'secrets', 'inputs', 'steps', 'matrix', 'needs', 'job', 'jobs', 'runner', 'strategy'];
const REF_RE = new RegExp(`(?<![\\w.-])(?:${CONTEXTS.join('|')})(?:\\.(?:[A-Za-z_][\\w-]*|\\*))*`, 'g');

/** Splits a value into literal text and expressions; a value without `${{` gives one text part. */
export function splitExpressions(text: string): WorkflowValuePart[] {
  const parts: WorkflowValuePart[] = [];
  let cursor = 0;
  for (const m of text.matchAll(EXPRESSION_RE)) {
    if (m.index > cursor) parts.push({ kind: 'text', text: text.slice(cursor, m.index) });
    const body = (m[1] ?? '').trim();
    parts.push({ kind: 'expression', text: body, refs: expressionRefs(body) });
    cursor = m.index + m[0].length;
  }
  if (cursor < text.length || parts.length === 0) parts.push({ kind: 'text', text: text.slice(cursor) });
  return parts;
}

/**
 * Context paths an expression reads, in dotted form: `secrets['AWS_KEY']` gives `secrets.AWS_KEY`.
 * String literals (`'secrets.X'`) are not references.
 */
export function expressionRefs(body: string): string[] {
  const dotted = body.replace(/\[\s*'((?:[^']|'')*)'\s*\]/g, (_m, name: string) => `.${name.replace(/''/g, "'")}`);
  const code = dotted.replace(/'(?:[^']|'')*'/g, (m) => ' '.repeat(m.length));
  const refs: string[] = [];
  for (const m of code.matchAll(REF_RE)) if (!refs.includes(m[0])) refs.push(m[0]);
  return refs;
}
