import type { WorkflowValuePart } from '../../model/workflow.js';

/**
 * `${{ … }}` expressions inside workflow values (GitHub's expression syntax). Only what rules need:
 * where the expressions are and which context paths they read.
 */

const CONTEXTS = ['github', 'env', 'vars', 'secrets', 'inputs', 'steps', 'matrix', 'needs', 'job', 'jobs', 'runner', 'strategy'];
const REF_RE = new RegExp(`(?<![\\w.-])(?:${CONTEXTS.join('|')})(?:\\.(?:[A-Za-z_][\\w-]*|\\*))*`, 'g');

/**
 * Splits a value into literal text and expressions; a value without `${{` gives one text part. Each
 * `${{` runs to the first `}}` after it (a scan, not a lazy regex: that is quadratic on `${{ ${{ …`).
 */
export function splitExpressions(text: string): WorkflowValuePart[] {
  const parts: WorkflowValuePart[] = [];
  let cursor = 0;
  for (let open = text.indexOf('${{'); open >= 0; open = text.indexOf('${{', cursor)) {
    const close = text.indexOf('}}', open + 3);
    // No `}}` after this `${{`: none after a later one either.
    if (close < 0) break;
    if (open > cursor) parts.push({ kind: 'text', text: text.slice(cursor, open) });
    const body = text.slice(open + 3, close).trim();
    parts.push({ kind: 'expression', text: body, refs: expressionRefs(body) });
    cursor = close + 2;
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
