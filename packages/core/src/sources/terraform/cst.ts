import type { Node } from 'web-tree-sitter';
import type { EvaluationBudget } from '../../budget.js';
import type { Attribute, Block, Body, Expr, LitPart, ObjectItem, Range, TemplatePart, Traversal } from './ast.js';
import { decodeLiteral, dedentHeredoc, splitLines, stripEnd, stripStart, type HeredocItem, type LitMode } from './template-syntax.js';

const BINARY_OPS: ReadonlySet<string> = new Set(['*', '/', '%', '+', '-', '>', '>=', '<', '<=', '==', '!=', '&&', '||']);

/** A flat template token: literal ranges, or an interpolation/directive piece with its strip markers. */
type Tok =
  | { k: 'lit'; ranges: [number, number][]; part?: LitPart }
  | { k: 'interp' | 'if' | 'else' | 'endif' | 'for' | 'endfor'; node: Node; sl: boolean; sr: boolean };

const isComment = (n: Node): boolean => n.type === 'comment';

/**
 * Converts a tree-sitter CST of the Terraform grammar into our AST. `shift` maps offsets of a
 * synthetic source (a `.tf.json` string or a template file wrapped in HCL) back into the real file.
 * The conversion recurses per level of nesting (operator chains and template directives too, which
 * no bracket count sees): past the budget's depth cap it throws the budget's LimitError.
 */
export class CstConverter {
  private depth = 0;

  constructor(
    private readonly src: string,
    private readonly file: string,
    private readonly shift: number,
    private readonly budget: EvaluationBudget,
  ) {}

  /** One level of nesting at `node`; the outermost expression of an attribute is level 1. */
  private nest<T>(node: Node, convert: () => T): T {
    // One more than the cap: a value nested as deep as the cap allows sits inside its attribute's expression.
    if (this.depth > this.budget.limits.depth) throw this.budget.exceeded('depth', { file: this.file, offset: node.startIndex + this.shift });
    this.depth++;
    try {
      return convert();
    } finally {
      this.depth--;
    }
  }

  range(node: Node): Range {
    return { file: this.file, start: node.startIndex + this.shift, end: node.endIndex + this.shift };
  }

  private span(start: number, end: number): Range {
    return { file: this.file, start: start + this.shift, end: end + this.shift };
  }

  body(node: Node): Body {
    const body: Body = { attributes: [], blocks: [] };
    for (const child of node.namedChildren) {
      // Blocks and attributes with syntax errors are reported and left out: their values are unreliable.
      if (child.hasError) continue;
      if (child.type === 'attribute') body.attributes.push(this.attribute(child));
      else if (child.type === 'block') body.blocks.push(this.block(child));
    }
    return body;
  }

  attribute(node: Node): Attribute {
    const name = node.namedChildren.find((c) => c.type === 'identifier');
    const value = node.namedChildren.find((c) => c.type === 'expression');
    return {
      name: name?.text ?? '',
      nameR: this.range(name ?? node),
      expr: value ? this.expr(value) : { t: 'invalid', r: this.range(node) },
      r: this.range(node),
    };
  }

  block(node: Node): Block {
    const kids = node.namedChildren.filter((c) => !isComment(c));
    const type = kids[0]?.text ?? '';
    const labels: string[] = [];
    let headerEnd = kids[0]?.endIndex ?? node.startIndex;
    let body: Body = { attributes: [], blocks: [] };
    for (const k of kids.slice(1)) {
      if (k.type === 'identifier') {
        labels.push(k.text);
        headerEnd = k.endIndex;
      } else if (k.type === 'string_lit') {
        labels.push(this.stringLit(k));
        headerEnd = k.endIndex;
      } else if (k.type === 'body') {
        body = this.body(k);
      }
    }
    return { type, labels, headerR: this.span(node.startIndex, headerEnd), body, r: this.range(node) };
  }

  private stringLit(node: Node): string {
    const start = node.children[0];
    const end = node.children.at(-1);
    if (!start || !end) return '';
    return decodeLiteral(this.src, [[start.endIndex, end.startIndex]], 'quoted', this.file, this.shift).text;
  }

  expr(node: Node): Expr {
    return this.nest(node, () => this.exprAt(node));
  }

  private exprAt(node: Node): Expr {
    if (node.type === 'expression') {
      const kids = node.children.filter((c) => !isComment(c));
      const only = kids[0];
      if (kids.length === 1 && only?.type === 'conditional') return this.conditional(only);
      return this.term(kids, node);
    }
    if (node.type === 'conditional') return this.conditional(node);
    return this.term([node], node);
  }

  private conditional(node: Node): Expr {
    const parts = node.namedChildren.filter((c) => c.type === 'expression');
    const [pred, a, b] = parts;
    if (!pred || !a || !b) return { t: 'invalid', r: this.range(node) };
    return { t: 'cond', pred: this.expr(pred), then: this.expr(a), else: this.expr(b), r: this.range(node) };
  }

  /** A primary term followed by postfix index, attribute and splat steps (tree-sitter keeps them flat). */
  private term(kids: Node[], whole: Node): Expr {
    const first = kids[0];
    if (!first) return { t: 'invalid', r: this.range(whole) };
    let e: Expr;
    let i: number;
    if (first.type === '(') {
      const inner = kids[1];
      const close = kids[2];
      e = { t: 'paren', inner: inner ? this.expr(inner) : { t: 'invalid', r: this.range(first) }, r: this.span(first.startIndex, (close ?? inner ?? first).endIndex) };
      i = 3;
    } else {
      e = this.primary(first);
      i = 1;
    }
    for (; i < kids.length; i++) {
      const k = kids[i];
      if (!k || isComment(k)) continue;
      const r: Range = { file: this.file, start: e.r.start, end: k.endIndex + this.shift };
      if (k.type === 'get_attr') e = { t: 'getattr', target: e, name: this.ident(k), r };
      else if (k.type === 'index') e = { t: 'index', target: e, key: this.indexKey(k), r };
      else if (k.type === 'splat') e = { t: 'splat', target: e, ops: this.splatOps(k), r };
    }
    return e;
  }

  private ident(node: Node): string {
    return node.namedChildren.find((c) => c.type === 'identifier')?.text ?? '';
  }

  private indexKey(node: Node): Expr {
    const inner = node.namedChildren[0];
    if (!inner) return { t: 'invalid', r: this.range(node) };
    if (inner.type === 'legacy_index') {
      const digits = inner.text.slice(1);
      return { t: 'literal', value: Number(digits), text: digits, r: this.range(inner) };
    }
    const e = inner.namedChildren.find((c) => c.type === 'expression');
    return e ? this.expr(e) : { t: 'invalid', r: this.range(inner) };
  }

  private splatOps(node: Node): Traversal[] {
    const inner = node.namedChildren[0];
    if (!inner) return [];
    const ops: Traversal[] = [];
    for (const k of inner.namedChildren) {
      if (k.type === 'get_attr') ops.push({ t: 'attr', name: this.ident(k), r: this.range(k) });
      else if (k.type === 'index') ops.push({ t: 'index', key: this.indexKey(k), r: this.range(k) });
    }
    return ops;
  }

  private primary(node: Node): Expr {
    const r = this.range(node);
    switch (node.type) {
      case 'expression':
      case 'conditional':
        return this.expr(node);
      case 'literal_value':
      case 'template_expr':
      case 'collection_value':
      case 'for_expr':
      case 'operation': {
        const inner = node.namedChildren.find((c) => !isComment(c));
        return inner ? this.primary(inner) : { t: 'invalid', r };
      }
      case 'numeric_lit': {
        const text = node.text;
        return { t: 'literal', value: text.startsWith('0x') ? parseInt(text.slice(2), 16) : Number(text), text, r };
      }
      case 'bool_lit':
        return { t: 'literal', value: node.text === 'true', text: node.text, r };
      case 'null_lit':
        return { t: 'literal', value: null, text: 'null', r };
      case 'string_lit':
      case 'quoted_template': {
        const start = node.children[0];
        const end = node.children.at(-1);
        if (!start || !end || end === start) return { t: 'invalid', r };
        return { t: 'template', parts: this.template(node, start.endIndex, end.startIndex, 'quoted', false), r };
      }
      case 'heredoc_template':
        return this.heredoc(node);
      case 'tuple':
        return { t: 'tuple', items: node.namedChildren.filter((c) => c.type === 'expression').map((c) => this.expr(c)), r };
      case 'object':
        return { t: 'object', items: node.namedChildren.filter((c) => c.type === 'object_elem').map((c) => this.objectElem(c)), r };
      case 'variable_expr':
        return { t: 'name', name: node.text, r };
      case 'function_call':
        return this.call(node);
      case 'for_tuple_expr':
      case 'for_object_expr':
        return this.forExpr(node);
      case 'unary_operation': {
        const op = node.children[0];
        return this.nest(node, () => ({ t: 'unary', op: op?.type ?? '!', operand: this.term(node.children.slice(1).filter((c) => !isComment(c)), node), r }));
      }
      case 'binary_operation': {
        const kids = node.children.filter((c) => !isComment(c));
        const at = kids.findIndex((c) => !c.isNamed && BINARY_OPS.has(c.type));
        const op = kids[at];
        if (at < 0 || !op) return { t: 'invalid', r };
        return this.nest(node, () => ({ t: 'binary', op: op.type, left: this.term(kids.slice(0, at), node), right: this.term(kids.slice(at + 1), node), r }));
      }
      default:
        return { t: 'invalid', r };
    }
  }

  private objectElem(node: Node): ObjectItem {
    const key = node.childForFieldName('key');
    const val = node.childForFieldName('val');
    const value: Expr = val ? this.expr(val) : { t: 'invalid', r: this.range(node) };
    if (!key) return { key: { t: 'invalid', r: this.range(node) }, value };
    // A bare identifier key is the literal name (HCL), not a reference.
    const only = key.namedChildren.length === 1 && key.children.length === 1 ? key.namedChildren[0] : undefined;
    if (only?.type === 'variable_expr') {
      const r = this.range(only);
      const lit: LitPart = { t: 'lit', text: only.text, segs: [{ start: 0, end: only.text.length, srcStart: r.start, srcEnd: r.end, exact: true }], file: this.file };
      return { key: { t: 'template', parts: [lit], r }, value };
    }
    return { key: this.expr(key), value };
  }

  private call(node: Node): Expr {
    const name = node.namedChildren.find((c) => c.type === 'identifier')?.text ?? '';
    const args = node.namedChildren.find((c) => c.type === 'function_arguments');
    const exprs = args ? args.namedChildren.filter((c) => c.type === 'expression').map((c) => this.expr(c)) : [];
    const expand = args ? args.namedChildren.some((c) => c.type === 'ellipsis') : false;
    return { t: 'call', name, args: exprs, expand, r: this.range(node) };
  }

  private forExpr(node: Node): Expr {
    const r = this.range(node);
    const intro = node.namedChildren.find((c) => c.type === 'for_intro');
    if (!intro) return { t: 'invalid', r };
    const ids = intro.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text);
    const collNode = intro.namedChildren.find((c) => c.type === 'expression');
    const coll: Expr = collNode ? this.expr(collNode) : { t: 'invalid', r };
    const [a, b] = ids;
    const vars = b !== undefined ? { keyVar: a ?? '', valVar: b } : { valVar: a ?? '' };
    const exprs = node.namedChildren.filter((c) => c.type === 'expression').map((c) => this.expr(c));
    const condNode = node.namedChildren.find((c) => c.type === 'for_cond')?.namedChildren.find((c) => c.type === 'expression');
    const cond = condNode ? { cond: this.expr(condNode) } : {};
    const [first, second] = exprs;
    if (!first) return { t: 'invalid', r };
    if (node.type === 'for_tuple_expr') return { t: 'forTuple', ...vars, coll, value: first, ...cond, r };
    if (!second) return { t: 'invalid', r };
    const group = node.namedChildren.some((c) => c.type === 'ellipsis');
    return { t: 'forObject', ...vars, coll, key: first, value: second, group, ...cond, r };
  }

  private heredoc(node: Node): Expr {
    const r = this.range(node);
    const kids = node.children;
    const open = kids.find((c) => c.type === 'heredoc_identifier');
    const close = kids.findLast((c) => c.type === 'heredoc_identifier');
    if (!open || !close || open === close) return { t: 'invalid', r };
    const nl = this.src.indexOf('\n', open.endIndex);
    const from = nl < 0 ? open.endIndex : nl + 1;
    const to = Math.max(from, this.src.lastIndexOf('\n', close.startIndex - 1) + 1);
    const indented = kids.some((c) => c.type === 'heredoc_start' && c.text === '<<-');
    return { t: 'template', parts: this.template(node, from, to, 'heredoc', indented), r };
  }

  /** Template parts of a quoted string, heredoc or template file between offsets [from, to). */
  template(container: Node, from: number, to: number, mode: LitMode, indented: boolean): TemplatePart[] {
    const toks = this.flatten(container, from, to);
    if (indented) this.dedent(toks);
    for (const t of toks) if (t.k === 'lit') t.part = decodeLiteral(this.src, t.ranges, mode, this.file, this.shift);
    toks.forEach((t, i) => {
      if (t.k === 'lit') return;
      const prev = toks[i - 1];
      const next = toks[i + 1];
      if (t.sl && prev?.k === 'lit' && prev.part) prev.part = stripEnd(prev.part);
      if (t.sr && next?.k === 'lit' && next.part) next.part = stripStart(next.part);
    });
    return this.structure(toks, { i: 0 }, new Set());
  }

  private flatten(container: Node, from: number, to: number): Tok[] {
    const toks: Tok[] = [];
    let cursor = from;
    const lit = (end: number): void => {
      if (end > cursor) toks.push({ k: 'lit', ranges: [[cursor, end]] });
    };
    const strips = (n: Node): { sl: boolean; sr: boolean } => {
      const kids = n.children;
      return { sl: kids[1]?.type === 'strip_marker', sr: kids.length > 3 && kids[kids.length - 2]?.type === 'strip_marker' };
    };
    const kinds: Record<string, Exclude<Tok['k'], 'lit'>> = {
      template_interpolation: 'interp',
      template_if_intro: 'if',
      template_else_intro: 'else',
      template_if_end: 'endif',
      template_for_start: 'for',
      template_for_end: 'endfor',
    };
    const visit = (n: Node): void => {
      for (const child of n.children) {
        if (child.startIndex < from || child.endIndex > to) continue;
        const k = kinds[child.type];
        if (k) {
          lit(child.startIndex);
          toks.push({ k, node: child, ...strips(child) });
          cursor = child.endIndex;
        } else if (child.type === 'template_directive' || child.type === 'template_if' || child.type === 'template_for') {
          this.nest(child, () => {
            visit(child);
          });
        }
      }
    };
    visit(container);
    lit(to);
    return toks;
  }

  private dedent(toks: Tok[]): void {
    const items: { item: HeredocItem; tok: Tok; piece?: number }[] = [];
    for (const tok of toks) {
      if (tok.k !== 'lit') {
        items.push({ item: {}, tok });
        continue;
      }
      const [range] = tok.ranges;
      if (!range) continue;
      const pieces = splitLines(this.src, range[0], range[1]);
      tok.ranges = pieces;
      pieces.forEach((p, i) => items.push({ item: { range: p }, tok, piece: i }));
    }
    const cuts = dedentHeredoc(this.src, items.map((i) => i.item));
    for (const { item, tok, piece } of items) {
      const n = cuts.get(item);
      if (n === undefined || tok.k !== 'lit' || piece === undefined) continue;
      const range = tok.ranges[piece];
      if (range) range[0] += n;
    }
  }

  private structure(toks: Tok[], pos: { i: number }, stop: ReadonlySet<string>): TemplatePart[] {
    const parts: TemplatePart[] = [];
    while (pos.i < toks.length) {
      const tok = toks[pos.i];
      if (!tok || stop.has(tok.k)) return parts;
      pos.i++;
      if (tok.k === 'lit') {
        if (tok.part && tok.part.text.length > 0) parts.push(tok.part);
        continue;
      }
      const exprNode = tok.node.namedChildren.find((c) => c.type === 'expression');
      const e: Expr = exprNode ? this.expr(exprNode) : { t: 'invalid', r: this.range(tok.node) };
      if (tok.k === 'interp') {
        parts.push({ t: 'interp', expr: e, r: this.range(tok.node) });
      } else if (tok.k === 'if') {
        const then = this.nest(tok.node, () => this.structure(toks, pos, new Set(['else', 'endif'])));
        let otherwise: TemplatePart[] = [];
        if (toks[pos.i]?.k === 'else') {
          pos.i++;
          otherwise = this.nest(tok.node, () => this.structure(toks, pos, new Set(['endif'])));
        }
        const end = toks[pos.i];
        pos.i++;
        const endIndex = end && end.k !== 'lit' ? end.node.endIndex : tok.node.endIndex;
        parts.push({ t: 'if', cond: e, then, else: otherwise, r: this.span(tok.node.startIndex, endIndex) });
      } else if (tok.k === 'for') {
        const ids = tok.node.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text);
        const body = this.nest(tok.node, () => this.structure(toks, pos, new Set(['endfor'])));
        const end = toks[pos.i];
        pos.i++;
        const endIndex = end && end.k !== 'lit' ? end.node.endIndex : tok.node.endIndex;
        const [a, b] = ids;
        const vars = b !== undefined ? { keyVar: a ?? '', valVar: b } : { valVar: a ?? '' };
        parts.push({ t: 'for', ...vars, coll: e, body, r: this.span(tok.node.startIndex, endIndex) });
      }
    }
    return parts;
  }
}
