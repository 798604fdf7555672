import type { TrustPolicyDocument } from '../model/document.js';
import { getMember, type PolicyNode } from '../model/policy.js';
import type { Block, Body, Expr } from '../sources/terraform/ast.js';
import { attr } from '../sources/terraform/ast.js';
import { isTerraformParserLoaded, parseHclFile } from '../sources/terraform/parser.js';
import { appendAll } from '../arrays.js';
import { lineEnding, lineIndent, type TextEdit } from './edit.js';
import { jsonPolicyEdits, type Json } from './json-edit.js';
import { ownsKey, type SynthesizedConditions } from './synthesize.js';

/**
 * Edits of `data "aws_iam_policy_document"` statement blocks: the `condition` blocks on the
 * provider's `sub` and `aud` are replaced by one block each with the synthesised values; other
 * condition blocks, attributes and comments stay as written. The first owned block is replaced in
 * place; the others are removed with the comment lines right above them (they describe the removed
 * block). The provider renders each block as `Condition[test][variable] = values`
 * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document#condition).
 */

function findBlock(body: Body, type: string, start: number): Block | undefined {
  for (const b of body.blocks) {
    if (b.type === type && b.r.start === start) return b;
    if (b.r.start <= start && start < b.r.end) {
      const inner = findBlock(b.body, type, start);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** The text of a template without interpolations (`"a:sub"`), else undefined. */
function literalText(e: Expr | undefined): string | undefined {
  if (e?.t !== 'template') return undefined;
  let out = '';
  for (const p of e.parts) {
    if (p.t !== 'lit') return undefined;
    out += p.text;
  }
  return out;
}

const hclString = (s: string): string => JSON.stringify(s).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');

function conditionBlock(test: string, variable: string, values: readonly string[], indent: string, unit: string, eol: string): string {
  const inner = indent + unit;
  return [`condition {`, `${inner}test     = ${hclString(test)}`, `${inner}variable = ${hclString(variable)}`, `${inner}values   = [${values.map(hclString).join(', ')}]`, `${indent}}`].join(eol);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** From the start of the block's line, up over attached comment lines and one blank line, to the end of its line. */
function removalRange(text: string, block: Block): [number, number] {
  let start = lineStart(text, block.r.start);
  for (;;) {
    if (start === 0) break;
    const prev = lineStart(text, start - 1);
    const line = text.slice(prev, start).trim();
    if (line.startsWith('#') || line.startsWith('//')) start = prev;
    else break;
  }
  if (start > 0) {
    const prev = lineStart(text, start - 1);
    if (text.slice(prev, start).trim() === '') start = prev;
  }
  const nl = text.indexOf('\n', block.r.end);
  return [start, nl < 0 ? block.r.end : nl + 1];
}

function statementNodes(root: PolicyNode): PolicyNode[] {
  if (root.type !== 'object') return [];
  const st = getMember(root, 'Statement')?.value;
  if (!st) return [];
  return st.type === 'array' ? st.items : [st];
}

/**
 * A policy written as a value rather than statement blocks: a `jsonencode({...})` object (HCL
 * syntax, `key = value`), a heredoc or a `file()`d JSON document (JSON syntax, at file offsets).
 */
function writtenAsValue(doc: TrustPolicyDocument, texts: ReadonlyMap<string, string>, nodes: readonly PolicyNode[]): { file: string; text: string; hcl: boolean } | undefined {
  const root = doc.root;
  const file = root.file ?? doc.file;
  const text = texts.get(file);
  const first = root.members[0];
  if (text === undefined || !first || text[root.span.start.offset] !== '{') return undefined;
  const stmt = nodes[0];
  if (stmt && text[stmt.span.start.offset] !== '{') return undefined;
  const between = text.slice(first.keySpan.end.offset, first.value.span.start.offset);
  return { file, text, hcl: between.includes('=') };
}

/** Edits for the statements at `indices` of a Terraform policy document, or why it cannot be edited. */
export function terraformPolicyEdits(doc: TrustPolicyDocument, texts: ReadonlyMap<string, string>, indices: ReadonlySet<number>, c: SynthesizedConditions, policy: Json): TextEdit[] | { reason: string } {
  if (!isTerraformParserLoaded()) return { reason: 'the Terraform parser is not loaded' };
  const nodes = statementNodes(doc.root);
  const written = writtenAsValue(doc, texts, nodes);
  if (written) return jsonPolicyEdits(doc, written.text, policy, { file: written.file, hcl: written.hcl });
  const edits: TextEdit[] = [];
  const parsed = new Map<string, Body>();
  for (const i of indices) {
    const node = nodes[i];
    if (!node) return { reason: 'the statements do not line up with the source' };
    const file = node.file ?? doc.root.file ?? doc.file;
    const text = texts.get(file);
    if (text === undefined) return { reason: `${file}: the source text is not available` };
    let body = parsed.get(file);
    if (!body) parsed.set(file, (body = parseHclFile(file, text).body));
    const block = findBlock(body, 'statement', node.span.start.offset);
    if (!block) return { reason: 'the policy is not written as aws_iam_policy_document statement blocks (jsonencode and heredoc policies are not edited yet)' };
    if (block.body.blocks.some((b) => b.type === 'dynamic')) return { reason: `${file}:${node.span.start.line}: the statement has dynamic blocks: write the conditions by hand` };
    const owned: Block[] = [];
    for (const b of block.body.blocks) {
      if (b.type !== 'condition') continue;
      const variable = literalText(attr(b.body, 'variable')?.expr);
      if (variable === undefined) return { reason: `${file}:${text.slice(0, b.r.start).split('\n').length}: a condition variable is not a literal string` };
      if (ownsKey(variable, c.prefix)) owned.push(b);
    }
    const eol = lineEnding(text);
    const anchor = owned[0] ?? block.body.blocks.at(-1) ?? block.body.attributes.at(-1);
    const indent = anchor ? lineIndent(text, anchor.r.start) : `${lineIndent(text, block.r.start)}  `;
    const unit = indent.slice(lineIndent(text, block.r.start).length) || '  ';
    const rendered = [
      conditionBlock('StringEquals', `${c.prefix}:aud`, c.audiences, indent, unit, eol),
      conditionBlock(c.operator, `${c.prefix}:sub`, c.subjects, indent, unit, eol),
    ].join(`${eol}${eol}${indent}`);
    const viaDefault = variableDefaultEdits(texts, node, owned, c, { indent, unit, eol, file, text });
    if (viaDefault) {
      if ('reason' in viaDefault) return viaDefault;
      appendAll(edits, viaDefault);
      continue;
    }
    const first = owned[0];
    if (first) {
      edits.push({ file, start: first.r.start, end: first.r.end, text: rendered });
      for (const b of owned.slice(1)) {
        const [start, end] = removalRange(text, b);
        edits.push({ file, start, end, text: '' });
      }
    } else if (anchor) {
      edits.push({ file, start: anchor.r.end, end: anchor.r.end, text: `${eol}${eol}${indent}${rendered}` });
    } else {
      return { reason: 'the statement block is empty' };
    }
  }
  return edits;
}

/** One mechanical change of a condition: `from` → `to` operator, or (no `from`) a new key with `values`. */
export interface Change {
  index: number;
  key: string;
  from?: string;
  to: string;
  values?: string[];
}

/**
 * Mechanical edits (check --fix) of a Terraform policy: through the JSON/HCL value engine when the
 * policy is written as a value, else in the statement blocks: a `test` changed in place, or a new
 * condition block after the statement's last block.
 */
export function terraformValueEdits(doc: TrustPolicyDocument, texts: ReadonlyMap<string, string>, policy: Json, changes: readonly Change[]): TextEdit[] | { reason: string } {
  if (!isTerraformParserLoaded()) return { reason: 'the Terraform parser is not loaded' };
  const nodes = statementNodes(doc.root);
  const written = writtenAsValue(doc, texts, nodes);
  if (written) return jsonPolicyEdits(doc, written.text, policy, { file: written.file, hcl: written.hcl });
  const edits: TextEdit[] = [];
  for (const c of changes) {
    const node = nodes[c.index];
    if (!node) return { reason: 'the statements do not line up with the source' };
    const file = node.file ?? doc.root.file ?? doc.file;
    const text = texts.get(file);
    if (text === undefined) return { reason: `${file}: the source text is not available` };
    const block = findBlock(parseHclFile(file, text).body, 'statement', node.span.start.offset);
    if (!block) return { reason: 'the statement is not a statement block' };
    if (c.from !== undefined) {
      const cond = block.body.blocks.find((b) => b.type === 'condition' && literalText(attr(b.body, 'variable')?.expr)?.toLowerCase() === c.key.toLowerCase() && literalText(attr(b.body, 'test')?.expr) === c.from);
      const test = cond ? attr(cond.body, 'test') : undefined;
      if (!test) return { reason: `no condition block with test ${c.from} on ${c.key}` };
      edits.push({ file, start: test.expr.r.start, end: test.expr.r.end, text: hclString(c.to) });
      continue;
    }
    const anchor = block.body.blocks.at(-1) ?? block.body.attributes.at(-1);
    if (!anchor) return { reason: 'the statement block is empty' };
    const indent = lineIndent(text, anchor.r.start);
    const unit = indent.slice(lineIndent(text, block.r.start).length) || '  ';
    const eol = lineEnding(text);
    edits.push({ file, start: anchor.r.end, end: anchor.r.end, text: `${eol}${eol}${indent}${conditionBlock(c.to, c.key, c.values ?? [], indent, unit, eol)}` });
  }
  return edits;
}

/**
 * When the `sub` values of the statement come from one variable (`values = var.subjects`) that
 * nothing else uses, the edit goes where the value is defined: the variable's `default` becomes the
 * synthesised subjects, the block's `test` the synthesised operator, and the `aud` block is replaced
 * or added next to it. Undefined when the values are not written that way.
 */
function variableDefaultEdits(
  texts: ReadonlyMap<string, string>,
  node: PolicyNode,
  owned: readonly Block[],
  c: SynthesizedConditions,
  at: { indent: string; unit: string; eol: string; file: string; text: string },
): TextEdit[] | { reason: string } | undefined {
  const subKey = `${c.prefix}:sub`.toLowerCase();
  const subs = owned.filter((b) => literalText(attr(b.body, 'variable')?.expr)?.toLowerCase() === subKey);
  const sub = subs[0];
  const values = sub ? attr(sub.body, 'values') : undefined;
  const e = values?.expr;
  if (subs.length !== 1 || !sub || e?.t !== 'getattr' || e.target.t !== 'name' || e.target.name !== 'var') return undefined;
  const name = e.name;
  // The model node of the values: its provenance says where the default is written.
  const cond = node.type === 'object' ? getMember(node, 'Condition')?.value : undefined;
  const prov = (cond?.type === 'object' ? cond.members : [])
    .flatMap((op) => (op.value.type === 'object' ? op.value.members : []))
    .find((m) => m.key.toLowerCase() === subKey)?.value.provenance;
  if (prov?.kind !== 'variable-default' || prov.name !== name) return undefined;
  const defFile = prov.location.file;
  const defText = texts.get(defFile);
  if (defText === undefined) return { reason: `${defFile}: the variable's file is not in the scan` };
  const uses = [...texts].filter(([f]) => f.endsWith('.tf')).reduce((n, [, t]) => n + (t.match(new RegExp(`\\bvar\\.${name}\\b`, 'g'))?.length ?? 0), 0);
  if (uses !== 1) return { reason: `var.${name} is used elsewhere too: changing its default would change those uses` };
  // The whole `default = …` expression of the variable block (the provenance points at the value used).
  const decl = parseHclFile(defFile, defText).body.blocks.find((b) => b.type === 'variable' && b.labels[0] === name);
  const def = decl ? attr(decl.body, 'default') : undefined;
  if (!def || def.expr.t !== 'tuple') return { reason: `var.${name} has no list default to edit` };
  const edits: TextEdit[] = [{ file: defFile, start: def.expr.r.start, end: def.expr.r.end, text: `[${c.subjects.map(hclString).join(', ')}]` }];
  const test = attr(sub.body, 'test');
  if (!test || literalText(test.expr) === undefined) return { reason: 'the test of the sub condition is not a literal string' };
  if (literalText(test.expr) !== c.operator) edits.push({ file: at.file, start: test.expr.r.start, end: test.expr.r.end, text: hclString(c.operator) });
  const auds = owned.filter((b) => b !== sub);
  const audBlock = conditionBlock('StringEquals', `${c.prefix}:aud`, c.audiences, at.indent, at.unit, at.eol);
  const firstAud = auds[0];
  if (firstAud) {
    edits.push({ file: at.file, start: firstAud.r.start, end: firstAud.r.end, text: audBlock });
    for (const b of auds.slice(1)) {
      const [start, end] = removalRange(at.text, b);
      edits.push({ file: at.file, start, end, text: '' });
    }
  } else {
    edits.push({ file: at.file, start: sub.r.start, end: sub.r.start, text: `${audBlock}${at.eol}${at.eol}${at.indent}` });
  }
  return edits;
}
