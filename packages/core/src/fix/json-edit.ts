import { appendAll } from '../arrays.js';
import type { TrustPolicyDocument } from '../model/document.js';
import { getMember, toJson, type PolicyNode, type PolicyObject } from '../model/policy.js';
import { indentUnit, lineEnding, lineIndent, type TextEdit } from './edit.js';

/**
 * Minimal textual edits that turn a JSON policy file into a rewritten policy: only the Condition
 * blocks that change are touched, everything else (key order, spacing, other statements) stays
 * byte for byte. Where only values change, only the values are replaced; otherwise the Condition
 * value is re-rendered in the file's indentation, or inserted after the statement's last member.
 */

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isObject = (v: Json | undefined): v is { [k: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Lines past this width are broken over several lines. */
const WIDTH = 120;

export interface RenderStyle {
  unit: string;
  eol: string;
  /** Objects at this depth and deeper are written on one line when they fit (`{ "k": "v" }`). */
  inlineFrom: number;
  /** A minified file (the whole policy on one line): values are written as JSON.stringify writes them. */
  compact?: boolean;
  /** HCL object syntax (a Terraform `jsonencode({...})` argument): `key = value`, keys aligned as terraform fmt aligns them. */
  hcl?: boolean;
}

/** An HCL string literal: JSON escapes, and `${` / `%{` doubled so that they stay literal. */
export function hclString(s: string): string {
  return JSON.stringify(s).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

const hclKey = (k: string): string => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : hclString(k));

function scalar(value: Json, style: RenderStyle): string {
  return style.hcl === true && typeof value === 'string' ? hclString(value) : JSON.stringify(value);
}

/** JSON text of a value starting at column `column` on a line indented by `indent`. */
export function renderJson(value: Json, indent: string, style: RenderStyle, depth = 0, column = indent.length): string {
  if (style.compact === true) return JSON.stringify(value);
  if (!isObject(value) && !Array.isArray(value)) return scalar(value, style);
  const inner = indent + style.unit;
  if (Array.isArray(value)) {
    const flat = `[${value.map((v) => renderJson(v, inner, style, depth + 1, WIDTH)).join(', ')}]`;
    if (value.length <= 1 || (!flat.includes('\n') && column + flat.length <= WIDTH)) return flat;
    return `[${style.eol}${value.map((v) => `${inner}${renderJson(v, inner, style, depth + 1)}`).join(`,${style.eol}`)}${style.eol}${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const keyOf = (k: string): string => (style.hcl === true ? hclKey(k) : JSON.stringify(k));
  const sep = style.hcl === true ? ' = ' : ': ';
  if (depth >= style.inlineFrom) {
    const flat = `{ ${entries.map(([k, v]) => `${keyOf(k)}${sep}${renderJson(v, inner, style, depth + 1, WIDTH)}`).join(', ')} }`;
    if (!flat.includes('\n') && column + flat.length <= WIDTH) return flat;
  }
  const width = style.hcl === true ? entries.reduce((w, [k]) => Math.max(w, keyOf(k).length), 0) : 0;
  const body = entries.map(([k, v]) => {
    const key = `${inner}${keyOf(k).padEnd(width)}${sep}`;
    return `${key}${renderJson(v, inner, style, depth + 1, key.length)}`;
  });
  return `{${style.eol}${body.join(`${style.hcl === true ? '' : ','}${style.eol}`)}${style.eol}${indent}}`;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const isMultiline = (node: PolicyNode): boolean => node.span.start.line !== node.span.end.line;

/** Statement nodes of the document, in order (a single statement object is one). */
function statementNodes(root: PolicyObject): PolicyNode[] {
  const st = getMember(root, 'Statement')?.value;
  if (!st) return [];
  return st.type === 'array' ? st.items : [st];
}

/** Same operators and keys in the same order: only values differ. */
function sameShape(before: Json, after: Json): boolean {
  if (!isObject(before) || !isObject(after)) return false;
  const keys = (o: { [k: string]: Json }): string => JSON.stringify(Object.entries(o).map(([k, v]) => [k, isObject(v) ? Object.keys(v) : null]));
  return keys(before) === keys(after);
}

function valueEdits(file: string, text: string, node: PolicyObject, after: { [k: string]: Json }, style: RenderStyle): TextEdit[] | { reason: string } {
  const edits: TextEdit[] = [];
  for (const op of node.members) {
    const block = after[op.key];
    if (op.value.type !== 'object' || !isObject(block)) continue;
    for (const m of op.value.members) {
      const want = block[m.key];
      if (want === undefined || same(toJson(m.value), want)) continue;
      if ((m.value.file ?? file) !== file) return { reason: 'a condition value is written in another file (a variable default): edit it there by hand' };
      const start = m.value.span.start.offset;
      const indent = lineIndent(text, m.keySpan.start.offset);
      edits.push({ file, start, end: m.value.span.end.offset, text: renderJson(want, indent, style, 2, m.value.span.start.column) });
    }
  }
  return edits;
}

/** Edits of a JSON policy file so that its statements read as `policy`; undefined when nothing changes. */
export function jsonPolicyEdits(doc: TrustPolicyDocument, text: string, policy: Json, options: { file?: string; hcl?: boolean } = {}): TextEdit[] | { reason: string } {
  const root = doc.root;
  const file = options.file ?? doc.file;
  const hcl = options.hcl === true;
  if (!isObject(policy)) return { reason: 'the rewritten policy is not an object' };
  const after = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement ?? null];
  const nodes = statementNodes(root);
  if (nodes.length !== after.length) return { reason: 'the statements of the rewritten policy do not line up with the file' };
  const eol = lineEnding(text);
  const unit = indentUnit(text);
  const compact = !hcl && !isMultiline(root);
  const at = (n: { file?: string }): string => n.file ?? root.file ?? doc.file;
  const edits: TextEdit[] = [];
  for (const [i, node] of nodes.entries()) {
    const want = after[i];
    if (node.type !== 'object' || !isObject(want)) continue;
    const cond = getMember(node, 'Condition');
    const wantCond = want.Condition;
    if (wantCond === undefined) continue;
    if (cond && same(toJson(cond.value), wantCond)) continue;
    // Every node edited must be written in this file (not, say, in a variable's default elsewhere).
    if (at(node) !== file || (cond && (at(cond.value) !== file || (cond.keyFile ?? file) !== file))) return { reason: 'the condition is written in another file than the policy' };
    if (cond) {
      const before = toJson(cond.value) as Json;
      if (cond.value.type === 'object' && sameShape(before, wantCond)) {
        const inlineFrom = cond.value.members.some((m) => isMultiline(m.value)) ? 2 : 1;
        const values = valueEdits(file, text, cond.value, wantCond as { [k: string]: Json }, { unit, eol, inlineFrom, compact, hcl });
        if ('reason' in values) return values;
        appendAll(edits, values);
        continue;
      }
      const indent = lineIndent(text, cond.keySpan.start.offset);
      const firstBlock = cond.value.type === 'object' ? cond.value.members[0]?.value : undefined;
      const inlineFrom = !isMultiline(cond.value) ? 0 : firstBlock && !isMultiline(firstBlock) ? 1 : 2;
      edits.push({
        file,
        start: cond.value.span.start.offset,
        end: cond.value.span.end.offset,
        text: renderJson(wantCond, indent, { unit, eol, inlineFrom, compact, hcl }, 0, cond.value.span.start.column),
      });
      continue;
    }
    const last = node.members.at(-1);
    if (!last) continue;
    const indent = lineIndent(text, last.keySpan.start.offset);
    const oneLine = !isMultiline(node);
    const key = hcl ? 'Condition = ' : `${JSON.stringify('Condition')}: `;
    const rendered = renderJson(wantCond, indent, { unit, eol, inlineFrom: oneLine ? 0 : 1, compact, hcl }, 0, indent.length + key.length);
    const insert = compact ? `,${JSON.stringify('Condition')}:${rendered}` : oneLine ? `, ${key}${rendered}` : `${hcl ? '' : ','}${eol}${indent}${key}${rendered}`;
    edits.push({ file, start: last.value.span.end.offset, end: last.value.span.end.offset, text: insert });
  }
  return edits;
}
