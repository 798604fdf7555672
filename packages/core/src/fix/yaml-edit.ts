import { appendAll } from '../arrays.js';
import type { TrustPolicyDocument } from '../model/document.js';
import { getMember, toJson, type PolicyNode, type PolicyObject } from '../model/policy.js';
import { indentUnit, lineEnding, type TextEdit } from './edit.js';
import type { Json } from './json-edit.js';

/**
 * Minimal textual edits of a trust policy written in YAML (a CloudFormation template's
 * AssumeRolePolicyDocument): as for JSON, only the values that change when the Condition keeps its
 * shape, else the Condition mapping re-rendered at its own column (block style, or flow style when
 * it was written on one line). A `!Sub` whose value is replaced by a literal loses the tag (a
 * literal needs no substitution).
 */

const isObject = (v: Json | undefined): v is { [k: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** YAML 1.1/1.2 words a plain scalar would turn into something else than a string. */
const SPECIAL = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$/;

/** A string as a YAML scalar: plain when that reads back as the same string, else single-quoted. */
export function yamlScalar(value: Json): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const plain = /^[A-Za-z0-9_./@=+$][A-Za-z0-9_./@=+:*?,${}-]*$/.test(value) && !value.includes(': ') && !SPECIAL.test(value) && !value.endsWith(':');
  return plain ? value : `'${value.replace(/'/g, "''")}'`;
}

function flow(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (isObject(value)) return `{ ${Object.entries(value).map(([k, v]) => `${yamlScalar(k)}: ${flow(v)}`).join(', ')} }`;
  return yamlScalar(value);
}

/** Block-style lines of a mapping, each indented by `indent`. */
function blockLines(value: { [k: string]: Json }, indent: string, unit: string): string[] {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    const key = `${indent}${yamlScalar(k)}:`;
    if (isObject(v)) {
      lines.push(key);
      appendAll(lines, blockLines(v, indent + unit, unit));
    } else if (Array.isArray(v) && v.length > 1) {
      lines.push(key);
      for (const item of v) lines.push(`${indent}${unit}- ${flow(item)}`);
    } else lines.push(`${key} ${flow(Array.isArray(v) ? (v[0] ?? '') : v)}`);
  }
  return lines;
}

const isMultiline = (node: PolicyNode): boolean => node.span.start.line !== node.span.end.line;

function statementNodes(root: PolicyObject): PolicyNode[] {
  const st = getMember(root, 'Statement')?.value;
  if (!st) return [];
  return st.type === 'array' ? st.items : [st];
}

function sameShape(before: Json, after: Json): boolean {
  if (!isObject(before) || !isObject(after)) return false;
  const keys = (o: { [k: string]: Json }): string => JSON.stringify(Object.entries(o).map(([k, v]) => [k, isObject(v) ? Object.keys(v) : null]));
  return keys(before) === keys(after);
}

/** The start of a value, moved back over a `!Sub ` tag right before it. */
function startWithTag(text: string, start: number): number {
  const m = /!Sub[ \t]+$/.exec(text.slice(Math.max(0, start - 16), start));
  return m ? start - m[0].length : start;
}

/** Edits of a YAML policy so that its statements read as `policy`. */
export function yamlPolicyEdits(doc: TrustPolicyDocument, text: string, policy: Json): TextEdit[] | { reason: string } {
  if (!isObject(policy)) return { reason: 'the rewritten policy is not an object' };
  const after = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement ?? null];
  const nodes = statementNodes(doc.root);
  if (nodes.length !== after.length) return { reason: 'the statements of the rewritten policy do not line up with the file' };
  const eol = lineEnding(text);
  const unit = indentUnit(text);
  const edits: TextEdit[] = [];
  for (const [i, node] of nodes.entries()) {
    const want = after[i];
    if (node.type !== 'object' || !isObject(want)) continue;
    const wantCond = want.Condition;
    if (!isObject(wantCond)) continue;
    const cond = getMember(node, 'Condition');
    if (cond && same(toJson(cond.value), wantCond)) continue;
    if (cond && (node.file ?? doc.file) !== doc.file) return { reason: 'the statement is written in another file' };
    if (cond && cond.value.type === 'object' && sameShape(toJson(cond.value) as Json, wantCond)) {
      for (const op of cond.value.members) {
        const block = wantCond[op.key];
        if (op.value.type !== 'object' || !isObject(block)) continue;
        for (const m of op.value.members) {
          const v = block[m.key];
          if (v === undefined || same(toJson(m.value), v)) continue;
          const col = m.keySpan.start.column;
          const multi = Array.isArray(v) && v.length > 1 && isMultiline(op.value);
          const rendered = multi ? `${eol}${v.map((item) => `${' '.repeat(col)}${unit}- ${flow(item)}`).join(eol)}` : ` ${flow(Array.isArray(v) && v.length === 1 ? (v[0] ?? '') : v)}`;
          // From the end of `key:` so that the value may move to the next lines.
          const keyEnd = text.indexOf(':', m.keySpan.end.offset) + 1;
          if (keyEnd <= 0 || keyEnd > startWithTag(text, m.value.span.start.offset)) return { reason: 'a condition value is not written after its key' };
          edits.push({ file: doc.file, start: keyEnd, end: m.value.span.end.offset, text: rendered });
        }
      }
      continue;
    }
    if (cond) {
      const col = cond.value.span.start.column;
      const rendered = isMultiline(cond.value) ? blockLines(wantCond, ' '.repeat(col), unit).join(eol).slice(col) : flow(wantCond);
      edits.push({ file: doc.file, start: cond.value.span.start.offset, end: cond.value.span.end.offset, text: rendered });
      continue;
    }
    const last = node.members.at(-1);
    if (!last || !isMultiline(node)) return { reason: 'a statement without Condition written in flow style' };
    const indent = ' '.repeat(last.keySpan.start.column);
    edits.push({ file: doc.file, start: last.value.span.end.offset, end: last.value.span.end.offset, text: `${eol}${indent}Condition:${eol}${blockLines(wantCond, indent + unit, unit).join(eol)}` });
  }
  return edits;
}
