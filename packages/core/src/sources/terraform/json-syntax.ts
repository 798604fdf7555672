import type { AnyNode, ObjectNode, ValueNode } from '@humanwhocodes/momoa';
import { appendAll } from '../../arrays.js';
import { EvaluationBudget } from '../../budget.js';
import type { Attribute, Block, Body, Expr, LitPart, Range, SyntaxProblem } from './ast.js';
import { parseTemplateAt } from './parser.js';
import { astKey, astRange, parseJsonAst } from '../shared/momoa.js';

/**
 * Terraform's JSON syntax (`*.tf.json`) and JSON variable files, as the same AST as native syntax.
 * Which properties are nested blocks depends on the provider schema; we know the ones that matter
 * here (policy-document statements and their parts, dynamic blocks) and treat the rest as arguments.
 */
const NESTED_BLOCKS: ReadonlySet<string> = new Set([
  'statement',
  'principals',
  'not_principals',
  'condition',
  'content',
  'lifecycle',
  'timeouts',
  'inline_policy',
  'provisioner',
  'connection',
]);

/** Top-level block types with their number of labels. */
const TOP_LEVEL: Readonly<Record<string, number>> = { resource: 2, data: 2, variable: 1, module: 1, output: 1, provider: 1, locals: 0, terraform: 0 };

const rangeOf = astRange;
const keyOf = astKey;

class JsonConverter {
  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly budget: EvaluationBudget,
  ) {}

  range(node: AnyNode): Range {
    const [start, end] = rangeOf(node);
    return { file: this.file, start, end };
  }

  /** A JSON string as a template (`${…}` and `%{…}` are HCL templates in JSON syntax). */
  private template(node: Extract<ValueNode, { type: 'String' }>, literal: boolean): Expr {
    const r = this.range(node);
    const raw = this.text.slice(r.start + 1, r.end - 1);
    if (!literal && /[$%]\{/.test(node.value)) {
      const parts = parseTemplateAt(this.file, node.value, r.start + 1, this.budget);
      if (parts) return { t: 'template', parts, r };
      return { t: 'invalid', r };
    }
    const exact = raw === node.value;
    const lit: LitPart = { t: 'lit', text: node.value, segs: node.value.length ? [{ start: 0, end: node.value.length, srcStart: r.start + 1, srcEnd: r.end - 1, exact }] : [], file: this.file };
    return { t: 'template', parts: node.value.length ? [lit] : [], r };
  }

  expr(node: ValueNode, literal = false): Expr {
    const r = this.range(node);
    switch (node.type) {
      case 'String':
        return this.template(node, literal);
      case 'Number':
        return { t: 'literal', value: node.value, text: this.text.slice(r.start, r.end), r };
      case 'Boolean':
        return { t: 'literal', value: node.value, text: String(node.value), r };
      case 'Null':
        return { t: 'literal', value: null, text: 'null', r };
      case 'Array':
        return { t: 'tuple', items: node.elements.map((e) => this.expr(e.value, literal)), r };
      case 'Object':
        return {
          t: 'object',
          items: node.members.map((m) => {
            const kr = this.range(m.name);
            const key = keyOf(m);
            const lit: LitPart = { t: 'lit', text: key, segs: [{ start: 0, end: key.length, srcStart: kr.start + 1, srcEnd: kr.end - 1, exact: kr.end - kr.start - 2 === key.length }], file: this.file };
            return { key: { t: 'template', parts: [lit], r: kr }, value: this.expr(m.value, literal) };
          }),
          r,
        };
      default:
        return { t: 'invalid', r };
    }
  }

  /** Objects of a property that may be written as one object or an array of objects. */
  private objects(node: ValueNode): ObjectNode[] {
    if (node.type === 'Object') return [node];
    if (node.type === 'Array') return node.elements.map((e) => e.value).filter((v): v is ObjectNode => v.type === 'Object');
    return [];
  }

  body(node: ObjectNode, literalAttributes: ReadonlySet<string> = new Set()): Body {
    const body: Body = { attributes: [], blocks: [] };
    for (const m of node.members) {
      const key = keyOf(m);
      if (key === '//') continue;
      const isBlockValue = m.value.type === 'Object' || (m.value.type === 'Array' && m.value.elements.length > 0 && m.value.elements.every((e) => e.value.type === 'Object'));
      if (key === 'dynamic' && m.value.type === 'Object') {
        for (const d of m.value.members) {
          for (const o of this.objects(d.value)) {
            body.blocks.push({ type: 'dynamic', labels: [keyOf(d)], headerR: this.range(d.name), body: this.body(o), r: this.range(o) });
          }
        }
        continue;
      }
      if (NESTED_BLOCKS.has(key) && isBlockValue) {
        for (const o of this.objects(m.value)) body.blocks.push({ type: key, labels: [], headerR: this.range(m.name), body: this.body(o), r: this.range(o) });
        continue;
      }
      const attribute: Attribute = { name: key, nameR: this.range(m.name), expr: this.expr(m.value, literalAttributes.has(key)), r: this.range(m) };
      body.attributes.push(attribute);
    }
    return body;
  }

  /** Blocks nested `labels` levels deep under a top-level property: `{"resource": {"type": {"name": {…}}}}`. */
  topLevel(type: string, node: ValueNode, labels: number, prefix: string[], header: AnyNode): Block[] {
    if (labels === 0) {
      return this.objects(node).map((o) => ({
        type,
        labels: prefix,
        headerR: this.range(header),
        body: this.body(o, type === 'variable' ? new Set(['default', 'type']) : new Set()),
        r: this.range(o),
      }));
    }
    const out: Block[] = [];
    for (const o of this.objects(node)) {
      for (const m of o.members) appendAll(out, this.topLevel(type, m.value, labels - 1, [...prefix, keyOf(m)], m.name));
    }
    return out;
  }
}

function jsonProblem(file: string, text: string, { message, offset }: { message: string; offset: number }): SyntaxProblem {
  return { message, r: { file, start: offset, end: Math.min(offset + 1, text.length) } };
}

/** Parses a `.tf.json` file into the same body a `.tf` file gives. */
export function parseTfJson(file: string, text: string, budget = new EvaluationBudget()): { body: Body; problems: SyntaxProblem[] } {
  const parsed = parseJsonAst(text);
  if ('error' in parsed) return { body: { attributes: [], blocks: [] }, problems: [jsonProblem(file, text, parsed.error)] };
  const root = parsed.body;
  const conv = new JsonConverter(file, text, budget);
  if (root.type !== 'Object') {
    return { body: { attributes: [], blocks: [] }, problems: [{ message: 'a Terraform JSON file must hold an object', r: conv.range(root) }] };
  }
  const body: Body = { attributes: [], blocks: [] };
  for (const m of root.members) {
    const key = keyOf(m);
    const labels = TOP_LEVEL[key];
    if (labels === undefined) continue;
    appendAll(body.blocks, conv.topLevel(key, m.value, labels, [], m.name));
  }
  return { body, problems: [] };
}

/** A `.tfvars.json` file: each property is a variable value, literal JSON. */
export function parseJsonVarFile(file: string, text: string): { attributes: Attribute[]; problems: SyntaxProblem[] } {
  const parsed = parseJsonAst(text);
  if ('error' in parsed) return { attributes: [], problems: [jsonProblem(file, text, parsed.error)] };
  const root = parsed.body;
  const conv = new JsonConverter(file, text, new EvaluationBudget());
  if (root.type !== 'Object') return { attributes: [], problems: [{ message: 'a variables file must hold an object', r: conv.range(root) }] };
  const attributes = root.members.map((m) => ({ name: keyOf(m), nameR: conv.range(m.name), expr: conv.expr(m.value, true), r: conv.range(m) }));
  return { attributes, problems: [] };
}
