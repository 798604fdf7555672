import { appendAll } from '../../arrays.js';
import type { Expr, Range, TemplatePart } from './ast.js';
import { callFunction } from './functions.js';
import { appendString, evalTemplate } from './templates.js';
import type { EvalHost } from './scope.js';
import { Scope, siteOf } from './scope.js';
import {
  bool,
  EvalError,
  evalMarker,
  firstUnknown,
  list,
  nul,
  num,
  obj,
  StrBuilder,
  str,
  typeName,
  unk,
  valueEquals,
  type AltValue,
  type ObjEntry,
  type StrValue,
  type Value,
} from './values.js';

/**
 * Evaluates HCL expressions with Terraform's semantics, keeping locations, unknowns and branches.
 * Every evaluation spends from the module's budget: a step, a level of nesting, and the size of the
 * collections and strings it builds.
 */
export class Evaluator {
  constructor(readonly host: EvalHost) {}

  eval(e: Expr, scope: Scope): Value {
    this.host.step(e.r);
    return this.host.budget.nested(siteOf(e.r), () => this.evalExpr(e, scope));
  }

  private evalExpr(e: Expr, scope: Scope): Value {
    switch (e.t) {
      case 'literal':
        if (typeof e.value === 'number') return num(e.value, e.r, e.text);
        if (typeof e.value === 'boolean') return bool(e.value, e.r);
        return nul(e.r);
      case 'template':
        return this.template(e.parts, e.r, scope);
      case 'tuple':
        return this.host.produced(list(e.items.map((i) => this.eval(i, scope)), e.r), e.r);
      case 'object':
        return this.object(e, scope);
      case 'name':
        return scope.lookup(e.name) ?? this.host.root(e.name, e.r);
      case 'getattr':
        return this.getAttr(this.eval(e.target, scope), e.name, e.r, e.target.r);
      case 'index':
        return this.index(this.eval(e.target, scope), this.eval(e.key, scope), e.r, e.target.r);
      case 'splat':
        return this.splat(e, scope);
      case 'call':
        return callFunction(this, e, scope);
      case 'forTuple':
      case 'forObject':
        return this.host.produced(this.forExpr(e, scope), e.r);
      case 'cond':
        return this.conditional(e, scope);
      case 'unary':
        return this.lift([this.eval(e.operand, scope)], ([v]) => this.unary(e.op, v as Value, e.r), e.r);
      case 'binary':
        return this.binary(e, scope);
      case 'paren':
        return this.eval(e.inner, scope);
      case 'invalid':
        throw new EvalError('invalid expression');
    }
  }

  /** A new unknown for the expression at `r`. */
  unknown(r: Range, reason: string): Value {
    return unk(this.host.unknowns.add(this.host.text(r), reason, r), r);
  }

  /** Applies `f` to every combination of branches of the alternatives among `args`. */
  lift(args: Value[], f: (args: Value[]) => Value, r: Range): Value {
    const alts = args.map((a, i) => ({ a, i })).filter((x): x is { a: AltValue; i: number } => x.a.k === 'alt');
    if (alts.length === 0) return f(args);
    const first = alts[0]!.a;
    const combos = alts.reduce((n, x) => n * x.a.options.length, 1);
    if (combos > this.host.budget.limits.alternatives) return unk(first.cause, r);
    const results: Value[] = [];
    const pick = (k: number, current: Value[]): void => {
      const alt = alts[k];
      if (!alt) {
        results.push(f(current));
        return;
      }
      for (const option of alt.a.options) {
        const next = [...current];
        next[alt.i] = option;
        pick(k + 1, next);
      }
    };
    pick(0, args);
    return this.alternatives(results, first.cause, first.site, r);
  }

  /** An `alt` of distinct options (nested alternatives flattened), or the single option. */
  alternatives(options: Value[], cause: number, site: string, r: Range): Value {
    const flat: Value[] = [];
    for (const o of options) {
      for (const x of o.k === 'alt' ? o.options : [o]) if (!flat.some((f) => valueEquals(f, x))) flat.push(x);
    }
    if (flat.length === 1) return flat[0]!;
    if (flat.length > this.host.budget.limits.alternatives) return unk(cause, r);
    return { k: 'alt', options: flat, cause, site, loc: r };
  }

  private object(e: Extract<Expr, { t: 'object' }>, scope: Scope): Value {
    const entries: ObjEntry[] = [];
    for (const item of e.items) {
      const key = this.eval(item.key, scope);
      const value = this.eval(item.value, scope);
      entries.push({ key: this.keyString(key), keyLoc: item.key.r, value });
    }
    return this.host.produced(obj(entries, e.r), e.r);
  }

  /** An object key: a string, or a marker when it is unknown. */
  keyString(key: Value): string {
    if (key.k === 'str') return key.s;
    if (key.k === 'num') return key.text;
    if (key.k === 'bool') return String(key.b);
    const u = firstUnknown(key);
    if (u !== undefined) return evalMarker(u);
    throw new EvalError(`an object key must be a string, not ${typeName(key)}`);
  }

  /** An unknown extended by one traversal step: `var.x` → `var.x.y` keeps the reason, names the longer expression. */
  private extend(v: Extract<Value, { k: 'unk' }>, r: Range, targetR: Range): Value {
    const info = this.host.unknowns.get(v.id);
    if (info && info.loc.file === targetR.file && info.loc.start === targetR.start && info.loc.end === targetR.end) {
      return unk(this.host.unknowns.add(this.host.text(r), info.reason, r), r);
    }
    return unk(v.id, r);
  }

  getAttr(target: Value, name: string, r: Range, targetR: Range): Value {
    switch (target.k) {
      case 'alt':
        return this.lift([target], ([t]) => this.getAttr(t as Value, name, r, targetR), r);
      case 'unk':
        return this.extend(target, r, targetR);
      case 'ref':
        return target.ref.getAttr(name, r);
      case 'obj': {
        const entry = target.entries.findLast((x) => x.key === name);
        if (entry) return entry.value;
        // A key with an unknown part might be this one.
        const u = target.entries.map((x) => firstUnknown(str(x.key))).find((x) => x !== undefined);
        if (u !== undefined) return unk(u, r);
        throw new EvalError(`object has no attribute "${name}"`);
      }
      default:
        throw new EvalError(`cannot get attribute "${name}" of ${typeName(target)}`);
    }
  }

  index(target: Value, key: Value, r: Range, targetR: Range): Value {
    if (target.k === 'alt' || key.k === 'alt') return this.lift([target, key], ([t, k]) => this.index(t as Value, k as Value, r, targetR), r);
    if (target.k === 'unk') return this.extend(target, r, targetR);
    if (target.k === 'ref') return target.ref.index(key, r);
    const ku = firstUnknown(key);
    if (ku !== undefined) return unk(ku, r);
    if (target.k === 'list') {
      const i = key.k === 'num' ? key.n : key.k === 'str' && /^\d+$/.test(key.s) ? Number(key.s) : NaN;
      if (!Number.isInteger(i)) throw new EvalError(`a list index must be a whole number, not ${typeName(key)}`);
      const item = target.set ? undefined : target.items[i];
      if (!item) throw new EvalError(target.set ? 'a set cannot be indexed' : `index ${i} out of range for a list of ${target.items.length}`);
      return item;
    }
    if (target.k === 'obj') {
      const k = this.keyString(key);
      const entry = target.entries.findLast((x) => x.key === k);
      if (entry) return entry.value;
      const u = target.entries.map((x) => firstUnknown(str(x.key))).find((x) => x !== undefined);
      if (u !== undefined) return unk(u, r);
      throw new EvalError(`no element "${k}"`);
    }
    throw new EvalError(`cannot index ${typeName(target)}`);
  }

  private splat(e: Extract<Expr, { t: 'splat' }>, scope: Scope): Value {
    const target = this.eval(e.target, scope);
    return this.lift([target], ([t]) => {
      const v = t as Value;
      if (v.k === 'unk') return unk(v.id, e.r);
      let items: Value[];
      if (v.k === 'null') items = [];
      else if (v.k === 'list') items = v.items;
      else if (v.k === 'ref') items = v.ref.elements(e.r);
      else items = [v];
      return this.host.produced(list(
        items.map((item) =>
          e.ops.reduce<Value>(
            (cur, op) => (op.t === 'attr' ? this.getAttr(cur, op.name, e.r, e.target.r) : this.index(cur, this.eval(op.key, scope), e.r, e.target.r)),
            item,
          ),
        ),
        e.r,
      ), e.r);
    }, e.r);
  }

  /** The (key, value) pairs a `for` iterates: list index/item, set item/item, map key/value. */
  iterate(coll: Value): [Value, Value][] {
    switch (coll.k) {
      case 'list':
        return coll.items.map((item, i) => [coll.set ? item : num(i, item.loc), item]);
      case 'obj':
        return coll.entries.map((e) => [str(e.key, e.keyLoc), e.value]);
      case 'null':
        throw new EvalError('cannot iterate over null');
      default:
        throw new EvalError(`cannot iterate over ${typeName(coll)}`);
    }
  }

  private forExpr(e: Extract<Expr, { t: 'forTuple' | 'forObject' }>, scope: Scope): Value {
    const coll = this.eval(e.coll, scope);
    return this.lift([coll], ([c]) => this.forOver(e, c as Value, scope), e.r);
  }

  private forOver(e: Extract<Expr, { t: 'forTuple' | 'forObject' }>, coll: Value, scope: Scope): Value {
    const bind = (k: Value, v: Value): Scope => scope.child({ ...(e.keyVar !== undefined ? { [e.keyVar]: k } : {}), [e.valVar]: v });
    const keep = (s: Scope): boolean => {
      if (!e.cond) return true;
      const c = this.eval(e.cond, s);
      // An unknown filter keeps the element: what might be in the result stays visible.
      return c.k === 'bool' ? c.b : c.k !== 'null';
    };
    if (coll.k === 'unk') {
      // One representative element stands for the unknown collection: its shape (a template
      // around the element) is what the policy evaluation needs to see.
      if (e.t === 'forObject') return unk(coll.id, e.r);
      const s = bind(unk(coll.id, e.coll.r), unk(coll.id, e.coll.r));
      return list(keep(s) ? [this.eval(e.value, s)] : [], e.r);
    }
    const pairs = this.iterate(coll);
    if (e.t === 'forTuple') {
      const items: Value[] = [];
      for (const [k, v] of pairs) {
        this.host.step(e.r);
        const s = bind(k, v);
        if (keep(s)) items.push(this.eval(e.value, s));
      }
      return list(items, e.r);
    }
    const groups = new Map<string, { keyLoc: Range; values: Value[] }>();
    for (const [k, v] of pairs) {
      this.host.step(e.r);
      const s = bind(k, v);
      if (!keep(s)) continue;
      const key = this.eval(e.key, s);
      const name = this.keyString(key);
      const value = this.eval(e.value, s);
      const g = groups.get(name);
      if (g && e.group) g.values.push(value);
      else groups.set(name, { keyLoc: key.loc ?? e.key.r, values: [value] });
    }
    const entries: ObjEntry[] = [...groups].map(([key, g]) => ({ key, keyLoc: g.keyLoc, value: e.group ? list(g.values, e.value.r) : (g.values.at(-1) ?? nul()) }));
    return obj(entries, e.r);
  }

  private conditional(e: Extract<Expr, { t: 'cond' }>, scope: Scope): Value {
    const pred = this.eval(e.pred, scope);
    const options = pred.k === 'alt' ? pred.options : [pred];
    const results: Value[] = [];
    let cause: number | undefined = pred.k === 'alt' ? pred.cause : undefined;
    for (const p of options) {
      const b = this.truth(p);
      if (b === true) results.push(this.eval(e.then, scope));
      else if (b === false) results.push(this.eval(e.else, scope));
      else {
        cause ??= firstUnknown(p);
        appendAll(results, this.bothBranches(e, scope));
      }
    }
    if (results.length === 0) throw new EvalError('no branch of the conditional could be evaluated');
    const site = `${e.r.file}:${e.r.start}`;
    return this.alternatives(results, cause ?? 0, site, e.r);
  }

  /** Both branches of a conditional whose predicate is unknown (a branch that fails is left out). */
  private bothBranches(e: Extract<Expr, { t: 'cond' }>, scope: Scope): Value[] {
    const out: Value[] = [];
    for (const branch of [e.then, e.else]) {
      try {
        out.push(this.eval(branch, scope));
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
      }
    }
    return out;
  }

  /** A boolean, or undefined when unknown. */
  truth(v: Value): boolean | undefined {
    if (v.k === 'bool') return v.b;
    if (v.k === 'str' && (v.s === 'true' || v.s === 'false')) return v.s === 'true';
    if (v.k === 'unk' || (v.k === 'str' && firstUnknown(v) !== undefined)) return undefined;
    throw new EvalError(`a condition must be a bool, not ${typeName(v)}`);
  }

  private unary(op: string, v: Value, r: Range): Value {
    if (v.k === 'unk') return unk(v.id, r);
    if (op === '-') return num(-this.number(v), r);
    const b = this.truth(v);
    return b === undefined ? unk(firstUnknown(v) ?? 0, r) : bool(!b, r);
  }

  number(v: Value): number {
    if (v.k === 'num') return v.n;
    if (v.k === 'str' && v.s.trim() !== '' && !Number.isNaN(Number(v.s))) return Number(v.s);
    throw new EvalError(`a number is required, not ${typeName(v)}`);
  }

  private binary(e: Extract<Expr, { t: 'binary' }>, scope: Scope): Value {
    const left = this.eval(e.left, scope);
    const right = this.eval(e.right, scope);
    return this.lift([left, right], ([l, rv]) => this.binaryOp(e.op, l as Value, rv as Value, e.r), e.r);
  }

  private assumedSet(v: Value): boolean {
    return v.k === 'unk' && this.host.unknowns.get(v.id)?.assumedSet === true;
  }

  private binaryOp(op: string, l: Value, r: Value, at: Range): Value {
    if (op === '&&' || op === '||') {
      const a = this.truth(l);
      const b = this.truth(r);
      if (op === '&&' && (a === false || b === false)) return bool(false, at);
      if (op === '||' && (a === true || b === true)) return bool(true, at);
      if (a === undefined || b === undefined) return unk(firstUnknown(a === undefined ? l : r) ?? 0, at);
      return bool(op === '&&' ? a && b : a || b, at);
    }
    const u = firstUnknown(l) ?? firstUnknown(r);
    if (op === '==' || op === '!=') {
      // A required variable with no value is assumed set (the verdict says so): it is not null.
      if ((l.k === 'null' && this.assumedSet(r)) || (r.k === 'null' && this.assumedSet(l))) return bool(op === '!=', at);
      if (u !== undefined) return unk(u, at);
      const eq = valueEquals(this.comparable(l), this.comparable(r));
      return bool(op === '==' ? eq : !eq, at);
    }
    if (u !== undefined) return unk(u, at);
    const a = this.number(l);
    const b = this.number(r);
    switch (op) {
      case '+':
        return num(a + b, at);
      case '-':
        return num(a - b, at);
      case '*':
        return num(a * b, at);
      case '/':
        return num(a / b, at);
      case '%':
        return num(a % b, at);
      case '>':
        return bool(a > b, at);
      case '>=':
        return bool(a >= b, at);
      case '<':
        return bool(a < b, at);
      case '<=':
        return bool(a <= b, at);
      default:
        throw new EvalError(`unknown operator ${op}`);
    }
  }

  /** Terraform compares a tuple with a list and a number with its string form only after conversion; keep it simple. */
  private comparable(v: Value): Value {
    return v.k === 'list' && v.set ? { ...v, set: false } : v;
  }

  // ---- templates (templates.ts) ----

  template(parts: readonly TemplatePart[], r: Range, scope: Scope): Value {
    return evalTemplate(this, parts, r, scope);
  }

  /** Appends a value's string form (Terraform's conversion) to a template being built. */
  appendTo(b: StrBuilder, v: Value, r: Range): void {
    appendString(this, b, v, r);
  }

  /** Terraform's string conversion of a primitive (`tostring`, interpolation, policy-document arguments). */
  toStr(v: Value, r: Range): StrValue | Value {
    if (v.k === 'str' || v.k === 'unk' || v.k === 'alt') return v;
    if (v.k === 'num' || v.k === 'bool') {
      const b = new StrBuilder(this.host.budget, r);
      this.appendTo(b, v, r);
      return b.build(v.loc ?? r);
    }
    throw new EvalError(`a string is required, not ${typeName(v)}`);
  }
}
