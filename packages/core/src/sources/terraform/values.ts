import { PIECE_SIZE, type EvaluationBudget } from '../../budget.js';
import type { LitPart, Range } from './ast.js';

/**
 * Evaluated Terraform values. Each value remembers where it was written (`loc`) and, when it came
 * from a variable or a local, its provenance; strings also remember, run by run, where each piece
 * of their text came from (`segs`), so that JSON parsed out of a heredoc or a `file()` can point
 * back at the exact characters.
 *
 * Unknown values: a whole unknown value is `unk`; an unknown piece of a string is an evaluation
 * marker `\uE002<id>\uE003` (ids index `Unknowns`), which becomes a document marker later. A
 * conditional on an unknown predicate whose branches differ is an `alt`: every branch is kept.
 */

export interface Prov {
  kind: 'variable-default' | 'tfvars' | 'terraform-local' | 'module-argument';
  name: string;
  loc: Range;
  /** For a module argument: the module instance's address (`module.gha`). */
  module?: string;
}

/** Where a run [start, end) of a string's text came from; `exact` maps char by char from loc.start. */
export interface Seg {
  start: number;
  end: number;
  loc?: Range;
  exact: boolean;
  prov?: Prov;
}

interface Base {
  loc?: Range;
  prov?: Prov;
}

/** One rendering of a JSON document held by a string (jsonencode output, a policy document's json). */
export interface JsonVariant {
  label?: string;
  value: Value;
}

export interface JsonAttachment {
  variants: JsonVariant[];
  /** Addresses of the aws_iam_policy_document instances that went into it. */
  documents: string[];
  /** More renderings existed than the budget's variant cap allows: only `variants` were kept. */
  truncated?: boolean;
}

export interface StrValue extends Base {
  k: 'str';
  s: string;
  segs: Seg[];
  /** The structured value a JSON string was rendered from (kept to locate every member). */
  json?: JsonAttachment;
}
export interface NumValue extends Base {
  k: 'num';
  n: number;
  text: string;
}
export interface BoolValue extends Base {
  k: 'bool';
  b: boolean;
}
export interface NullValue extends Base {
  k: 'null';
}
export interface ListValue extends Base {
  k: 'list';
  items: Value[];
  set?: boolean;
}
export interface ObjEntry {
  key: string;
  keyLoc?: Range;
  value: Value;
}
export interface ObjValue extends Base {
  k: 'obj';
  entries: ObjEntry[];
}
export interface UnkValue extends Base {
  k: 'unk';
  id: number;
}
export interface AltValue extends Base {
  k: 'alt';
  options: Value[];
  /** The unknown that the predicate depended on. */
  cause: number;
  /** Identifies the conditional (file:offset) so that every evaluation of it takes the same branch. */
  site: string;
}

/** Something that is not a value yet: a namespace (`var`, `data.x`) or a resource, resolved lazily. */
export interface RefTarget {
  readonly describe: string;
  getAttr(name: string, r: Range): Value;
  index(key: Value, r: Range): Value;
  /** The instances a splat iterates. */
  elements(r: Range): Value[];
}
export interface RefValue extends Base {
  k: 'ref';
  ref: RefTarget;
}

export type Value = StrValue | NumValue | BoolValue | NullValue | ListValue | ObjValue | UnkValue | AltValue | RefValue;

/** A Terraform error (type mismatch, missing attribute): `try()`/`can()` catch it, elsewhere the value is unknown. */
export class EvalError extends Error {}

export interface UnknownInfo {
  expression: string;
  reason: string;
  loc: Range;
  /** An output of a module call that was not followed: the call (where a trust policy it feeds is reported). */
  call?: Range;
  /**
   * A required variable given no value: the verdict assumes it is set (a fixed value), so it is
   * not null either. `var.repo != null` is then true, as the reported assumption says, instead of
   * opening a branch that only a null would take.
   */
  assumedSet?: true;
}

export const EVAL_OPEN = '\uE002';
export const EVAL_CLOSE = '\uE003';
export const EVAL_MARKER_RE = /\uE002(\d+)\uE003/g;

export function evalMarker(id: number): string {
  return `${EVAL_OPEN}${id}${EVAL_CLOSE}`;
}

export function markersIn(s: string): number[] {
  return s.includes(EVAL_OPEN) ? [...s.matchAll(EVAL_MARKER_RE)].map((m) => Number(m[1])) : [];
}

/** The unknowns of one module evaluation. */
export class Unknowns {
  readonly list: UnknownInfo[] = [];

  add(expression: string, reason: string, loc: Range, extra: { assumedSet?: true } = {}): number {
    this.list.push({ expression, reason, loc, ...extra });
    return this.list.length - 1;
  }

  get(id: number): UnknownInfo | undefined {
    return this.list[id];
  }
}

export function str(s: string, loc?: Range, exact = false, prov?: Prov): StrValue {
  const seg: Seg = { start: 0, end: s.length, exact, ...(loc ? { loc } : {}), ...(prov ? { prov } : {}) };
  return { k: 'str', s, segs: s.length ? [seg] : [], ...(loc ? { loc } : {}), ...(prov ? { prov } : {}) };
}

export function num(n: number, loc?: Range, text?: string): NumValue {
  return { k: 'num', n, text: text ?? formatNumber(n), ...(loc ? { loc } : {}) };
}

export function bool(b: boolean, loc?: Range): BoolValue {
  return { k: 'bool', b, ...(loc ? { loc } : {}) };
}

export function nul(loc?: Range): NullValue {
  return { k: 'null', ...(loc ? { loc } : {}) };
}

export function list(items: Value[], loc?: Range, set = false): ListValue {
  return { k: 'list', items, ...(loc ? { loc } : {}), ...(set ? { set } : {}) };
}

export function unk(id: number, loc?: Range): UnkValue {
  return { k: 'unk', id, ...(loc ? { loc } : {}) };
}

/** An object with unique keys in lexical order, as Terraform's maps and objects iterate. */
export function obj(entries: ObjEntry[], loc?: Range): ObjValue {
  const byKey = new Map<string, ObjEntry>();
  for (const e of entries) byKey.set(e.key, e);
  const sorted = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { k: 'obj', entries: sorted, ...(loc ? { loc } : {}) };
}

/** An object whose member order is kept (a rendered policy, where AWS's order is the provider's). */
export function orderedObj(entries: ObjEntry[], loc?: Range): ObjValue {
  return { k: 'obj', entries, ...(loc ? { loc } : {}) };
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) || !Number.isFinite(n) ? String(n) : String(Number(n.toPrecision(15)));
}

export function getEntry(o: ObjValue, key: string): ObjEntry | undefined {
  return o.entries.find((e) => e.key === key);
}

/** A value's own size for the value-size budget: its characters and pieces, not what it contains. */
export function valueSize(v: Value): number {
  switch (v.k) {
    case 'str':
      return v.s.length + PIECE_SIZE * v.segs.length;
    case 'list':
      return PIECE_SIZE * v.items.length;
    case 'obj':
      return PIECE_SIZE * v.entries.length;
    case 'alt':
      return v.options.reduce((n, o) => n + valueSize(o), 0);
    default:
      return 0;
  }
}

/**
 * Builds a string and its source runs piece by piece. It stops (the budget's LimitError) before it
 * outgrows what is left of the value-size budget; the built string is charged where it is produced.
 */
export class StrBuilder {
  s = '';
  segs: Seg[] = [];

  /** `at`: where the string is built (a template, a call). */
  constructor(
    private readonly budget: EvaluationBudget,
    private readonly at: Range,
  ) {}

  private fits(chars: number, pieces: number): void {
    this.budget.room(this.s.length + chars + PIECE_SIZE * (this.segs.length + pieces), { file: this.at.file, offset: this.at.start });
  }

  text(text: string, loc?: Range, exact = false, prov?: Prov): void {
    if (!text) return;
    this.fits(text.length, 1);
    this.segs.push({ start: this.s.length, end: this.s.length + text.length, exact, ...(loc ? { loc } : {}), ...(prov ? { prov } : {}) });
    this.s += text;
  }

  lit(part: LitPart): void {
    this.fits(part.text.length, part.segs.length);
    for (const seg of part.segs) {
      this.segs.push({
        start: this.s.length + seg.start,
        end: this.s.length + seg.end,
        exact: seg.exact,
        loc: { file: part.file, start: seg.srcStart, end: seg.srcEnd },
      });
    }
    this.s += part.text;
  }

  value(v: StrValue): void {
    const base = this.s.length;
    if (v.segs.length === 0 && v.s.length > 0) {
      this.text(v.s, v.loc, false, v.prov);
      return;
    }
    this.fits(v.s.length, v.segs.length);
    for (const seg of v.segs) this.segs.push({ ...seg, start: base + seg.start, end: base + seg.end });
    this.s += v.s;
  }

  /** The string built, charged to the budget (every builder's output is charged here, once). */
  build(loc?: Range): StrValue {
    const prov = singleProv(this.segs);
    const out: StrValue = { k: 'str', s: this.s, segs: this.segs, ...(loc ? { loc } : {}), ...(prov ? { prov } : {}) };
    this.budget.grow(valueSize(out), { file: this.at.file, offset: this.at.start });
    return out;
  }
}

/** The one provenance shared by the runs that have one (a template around one variable). */
export function singleProv(segs: readonly Seg[]): Prov | undefined {
  let found: Prov | undefined;
  for (const s of segs) {
    if (!s.prov) continue;
    if (found && (found.kind !== s.prov.kind || found.name !== s.prov.name)) return undefined;
    found = s.prov;
  }
  return found;
}

/** The first unknown a value depends on (a whole unknown, a branch, or a marker in a string). */
export function firstUnknown(v: Value): number | undefined {
  switch (v.k) {
    case 'unk':
      return v.id;
    case 'alt':
      return v.cause;
    case 'str':
      return markersIn(v.s)[0];
    case 'list':
      for (const i of v.items) {
        const u = firstUnknown(i);
        if (u !== undefined) return u;
      }
      return undefined;
    case 'obj':
      for (const e of v.entries) {
        const u = markersIn(e.key)[0] ?? firstUnknown(e.value);
        if (u !== undefined) return u;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** Structural equality of two values (locations ignored; markers compared as text). */
export function valueEquals(a: Value, b: Value): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'str':
      return a.s === (b as StrValue).s;
    case 'num':
      return a.n === (b as NumValue).n;
    case 'bool':
      return a.b === (b as BoolValue).b;
    case 'null':
      return true;
    case 'unk':
      return a.id === (b as UnkValue).id;
    case 'list': {
      const bi = (b as ListValue).items;
      return a.items.length === bi.length && a.items.every((x, i) => valueEquals(x, bi[i] as Value));
    }
    case 'obj': {
      const be = (b as ObjValue).entries;
      return a.entries.length === be.length && a.entries.every((e, i) => e.key === be[i]?.key && valueEquals(e.value, be[i].value));
    }
    case 'alt': {
      const bo = (b as AltValue).options;
      return a.options.length === bo.length && a.options.every((x, i) => valueEquals(x, bo[i] as Value));
    }
    case 'ref':
      return a.ref === (b as RefValue).ref;
  }
}

export function typeName(v: Value): string {
  switch (v.k) {
    case 'str':
      return 'string';
    case 'num':
      return 'number';
    case 'bool':
      return 'bool';
    case 'null':
      return 'null';
    case 'list':
      return v.set ? 'set' : 'list';
    case 'obj':
      return 'object';
    case 'unk':
    case 'alt':
      return 'unknown';
    case 'ref':
      return v.ref.describe;
  }
}

/**
 * Tags a value (deeply) with a provenance where it has none yet; each part's provenance points at
 * that part (the `"*"` inside a variable's default list), not at the whole default. Every node is
 * copied (a value shared many times over is copied as many times), so each copy is charged to the
 * budget as it is made.
 */
export function withProv(v: Value, prov: Prov, budget: EvaluationBudget): Value {
  budget.grow(PIECE_SIZE * (1 + (v.k === 'str' ? v.segs.length : 0)), { file: prov.loc.file, offset: prov.loc.start });
  // A module argument keeps the called module's variable as its place (the value is at the call).
  const own: Prov = v.loc && prov.kind !== 'module-argument' ? { ...prov, loc: v.loc } : prov;
  switch (v.k) {
    case 'str':
      return { ...v, prov: v.prov ?? own, segs: v.segs.map((s) => (s.prov ? s : { ...s, prov: own })) };
    case 'list':
      return { ...v, prov: v.prov ?? own, items: v.items.map((i) => withProv(i, own, budget)) };
    case 'obj':
      return { ...v, prov: v.prov ?? own, entries: v.entries.map((e) => ({ ...e, value: withProv(e.value, own, budget) })) };
    case 'alt':
      return { ...v, prov: v.prov ?? own, options: v.options.map((o) => withProv(o, own, budget)) };
    case 'ref':
      return v;
    default:
      return v.prov ? v : { ...v, prov: own };
  }
}

/** Replaces every location in a value (a `--var` value: it is located at the variable's declaration); copies are charged. */
export function relocate(v: Value, loc: Range, budget: EvaluationBudget): Value {
  budget.grow(PIECE_SIZE * 2, { file: loc.file, offset: loc.start });
  switch (v.k) {
    case 'str':
      return { ...v, loc, segs: v.s.length ? [{ start: 0, end: v.s.length, exact: false, loc }] : [] };
    case 'list':
      return { ...v, loc, items: v.items.map((i) => relocate(i, loc, budget)) };
    case 'obj':
      return { ...v, loc, entries: v.entries.map((e) => ({ key: e.key, keyLoc: loc, value: relocate(e.value, loc, budget) })) };
    case 'alt':
      return { ...v, loc, options: v.options.map((o) => relocate(o, loc, budget)) };
    default:
      return { ...v, loc };
  }
}
