/**
 * Our own small HCL syntax tree, built once per file from the tree-sitter CST (`.tf`) or from momoa's
 * JSON tree (`.tf.json`), so that the evaluator never crosses into WebAssembly and both syntaxes
 * evaluate the same way. Every node carries a range: offsets (UTF-16) into a real file.
 */

/** A half-open range [start, end) of offsets in `file`. */
export interface Range {
  file: string;
  start: number;
  end: number;
}

/** A run of decoded template text and where it comes from (`exact`: one char per source char). */
export interface LitSeg {
  start: number;
  end: number;
  srcStart: number;
  srcEnd: number;
  exact: boolean;
}

export interface LitPart {
  t: 'lit';
  text: string;
  segs: LitSeg[];
  file: string;
}

export type TemplatePart =
  | LitPart
  | { t: 'interp'; expr: Expr; r: Range }
  | { t: 'if'; cond: Expr; then: TemplatePart[]; else: TemplatePart[]; r: Range }
  | { t: 'for'; keyVar?: string; valVar: string; coll: Expr; body: TemplatePart[]; r: Range };

/** One step after a splat (`[*].name`, `.*.name[0]`). */
export type Traversal = { t: 'attr'; name: string; r: Range } | { t: 'index'; key: Expr; r: Range };

export interface ObjectItem {
  key: Expr;
  value: Expr;
}

export type Expr =
  | { t: 'literal'; value: number | boolean | null; text: string; r: Range }
  | { t: 'template'; parts: TemplatePart[]; r: Range }
  | { t: 'tuple'; items: Expr[]; r: Range }
  | { t: 'object'; items: ObjectItem[]; r: Range }
  | { t: 'name'; name: string; r: Range }
  | { t: 'getattr'; target: Expr; name: string; r: Range }
  | { t: 'index'; target: Expr; key: Expr; r: Range }
  | { t: 'splat'; target: Expr; ops: Traversal[]; r: Range }
  | { t: 'call'; name: string; args: Expr[]; expand: boolean; r: Range }
  | { t: 'forTuple'; keyVar?: string; valVar: string; coll: Expr; value: Expr; cond?: Expr; r: Range }
  | { t: 'forObject'; keyVar?: string; valVar: string; coll: Expr; key: Expr; value: Expr; group: boolean; cond?: Expr; r: Range }
  | { t: 'cond'; pred: Expr; then: Expr; else: Expr; r: Range }
  | { t: 'unary'; op: string; operand: Expr; r: Range }
  | { t: 'binary'; op: string; left: Expr; right: Expr; r: Range }
  | { t: 'paren'; inner: Expr; r: Range }
  | { t: 'invalid'; r: Range };

export interface Attribute {
  name: string;
  nameR: Range;
  expr: Expr;
  r: Range;
}

export interface Block {
  type: string;
  labels: string[];
  /** The block header (type and labels), where findings about the whole block point. */
  headerR: Range;
  body: Body;
  r: Range;
}

export interface Body {
  attributes: Attribute[];
  blocks: Block[];
}

/** A located syntax problem of one file. */
export interface SyntaxProblem {
  message: string;
  r: Range;
}

export function attr(body: Body, name: string): Attribute | undefined {
  return body.attributes.findLast((a) => a.name === name);
}
