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
}

/** JSON text of a value starting at column `column` on a line indented by `indent`. */
export function renderJson(value: Json, indent: string, style: RenderStyle, depth = 0, column = indent.length): string {
  if (style.compact === true || (!isObject(value) && !Array.isArray(value))) return JSON.stringify(value);
  const inner = indent + style.unit;
  if (Array.isArray(value)) {
    const flat = `[${value.map((v) => renderJson(v, inner, style, depth + 1, WIDTH)).join(', ')}]`;
    if (value.length <= 1 || (!flat.includes('\n') && column + flat.length <= WIDTH)) return flat;
    return `[${style.eol}${value.map((v) => `${inner}${renderJson(v, inner, style, depth + 1)}`).join(`,${style.eol}`)}${style.eol}${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  if (depth >= style.inlineFrom) {
    const flat = `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${renderJson(v, inner, style, depth + 1, WIDTH)}`).join(', ')} }`;
    if (!flat.includes('\n') && column + flat.length <= WIDTH) return flat;
  }
  const body = entries.map(([k, v]) => {
    const key = `${inner}${JSON.stringify(k)}: `;
    return `${key}${renderJson(v, inner, style, depth + 1, key.length)}`;
  });
  return `{${style.eol}${body.join(`,${style.eol}`)}${style.eol}${indent}}`;
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

function valueEdits(file: string, text: string, node: PolicyObject, after: { [k: string]: Json }, style: RenderStyle): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const op of node.members) {
    const block = after[op.key];
    if (op.value.type !== 'object' || !isObject(block)) continue;
    for (const m of op.value.members) {
      const want = block[m.key];
      if (want === undefined || same(toJson(m.value), want)) continue;
      const start = m.value.span.start.offset;
      const indent = lineIndent(text, m.keySpan.start.offset);
      edits.push({ file, start, end: m.value.span.end.offset, text: renderJson(want, indent, style, 2, m.value.span.start.column) });
    }
  }
  return edits;
}

/** Edits of a JSON policy file so that its statements read as `policy`; undefined when nothing changes. */
export function jsonPolicyEdits(doc: TrustPolicyDocument, text: string, policy: Json): TextEdit[] | { reason: string } {
  const root = doc.root;
  if (!isObject(policy)) return { reason: 'the rewritten policy is not an object' };
  const after = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement ?? null];
  const nodes = statementNodes(root);
  if (nodes.length !== after.length) return { reason: 'the statements of the rewritten policy do not line up with the file' };
  const eol = lineEnding(text);
  const unit = indentUnit(text);
  const compact = !isMultiline(root);
  const edits: TextEdit[] = [];
  nodes.forEach((node, i) => {
    const want = after[i];
    if (node.type !== 'object' || !isObject(want)) return;
    const cond = getMember(node, 'Condition');
    const wantCond = want.Condition;
    if (wantCond === undefined) return;
    if (cond && same(toJson(cond.value), wantCond)) return;
    if (cond) {
      const before = toJson(cond.value) as Json;
      if (cond.value.type === 'object' && sameShape(before, wantCond)) {
        const inlineFrom = cond.value.members.some((m) => isMultiline(m.value)) ? 2 : 1;
        appendAll(edits, valueEdits(doc.file, text, cond.value, wantCond as { [k: string]: Json }, { unit, eol, inlineFrom, compact }));
        return;
      }
      const indent = lineIndent(text, cond.keySpan.start.offset);
      const firstBlock = cond.value.type === 'object' ? cond.value.members[0]?.value : undefined;
      const inlineFrom = !isMultiline(cond.value) ? 0 : firstBlock && !isMultiline(firstBlock) ? 1 : 2;
      edits.push({
        file: doc.file,
        start: cond.value.span.start.offset,
        end: cond.value.span.end.offset,
        text: renderJson(wantCond, indent, { unit, eol, inlineFrom, compact }, 0, cond.value.span.start.column),
      });
      return;
    }
    const last = node.members.at(-1);
    if (!last) return;
    const indent = lineIndent(text, last.keySpan.start.offset);
    const oneLine = !isMultiline(node);
    const key = `${JSON.stringify('Condition')}: `;
    const rendered = renderJson(wantCond, indent, { unit, eol, inlineFrom: oneLine ? 0 : 1, compact }, 0, indent.length + key.length);
    edits.push({ file: doc.file, start: last.value.span.end.offset, end: last.value.span.end.offset, text: compact ? `,${JSON.stringify('Condition')}:${rendered}` : oneLine ? `, ${key}${rendered}` : `,${eol}${indent}${key}${rendered}` });
  });
  return edits;
}
