import { parse } from '@humanwhocodes/momoa';
import type { AnyNode, MemberNode, ValueNode } from '@humanwhocodes/momoa';
import { describeJsonSyntaxError } from '../json-syntax-error.js';

/**
 * The one wrapper around the JSON parser (momoa) that every JSON reader uses: policy files, templates
 * and plan output (shared/parse-json.ts, json-tree.ts), `.tf.json` and `.tfvars.json` files and JSON
 * decoded from Terraform strings. Strict JSON with ranges; a syntax error comes back described, at an
 * offset into the text, never thrown. Callers check the nesting depth before calling (it recurses).
 */
export function parseJsonAst(text: string): { body: ValueNode } | { error: { message: string; offset: number } } {
  try {
    return { body: parse(text, { ranges: true, mode: 'json' }).body };
  } catch (err) {
    return { error: describeJsonSyntaxError(err, text) };
  }
}

/** The node's [start, end) offsets. */
export function astRange(node: AnyNode): [number, number] {
  const r = (node as { range?: [number, number] }).range;
  return r ? [r[0], r[1]] : [node.loc.start.offset, node.loc.end.offset];
}

/** A member's key (JSON keys are strings; momoa's JSON5 identifiers kept for completeness). */
export function astKey(m: MemberNode): string {
  return m.name.type === 'String' ? m.name.value : m.name.name;
}
