import { appendAll } from '../../arrays.js';
import type { LitPart, Range, TemplatePart } from './ast.js';
import type { Evaluator } from './expressions.js';
import type { Scope } from './scope.js';
import { EvalError, evalMarker, firstUnknown, StrBuilder, typeName, unk, type Value } from './values.js';

/** A piece of a template being evaluated: literal text with its source runs, or a value. */
type Piece = LitPart | Value;

const isLit = (p: Piece): p is LitPart => 't' in p;

/** Evaluates template parts (a quoted string, heredoc or template file) into a string value. */
export function evalTemplate(ev: Evaluator, parts: readonly TemplatePart[], r: Range, scope: Scope): Value {
  const only = parts[0];
  // A template that is one interpolation yields the value itself, not its string form (HCL).
  if (parts.length === 1 && only?.t === 'interp') return ev.eval(only.expr, scope);
  return assemble(ev, pieces(ev, parts, scope), r);
}

function pieces(ev: Evaluator, parts: readonly TemplatePart[], scope: Scope): Piece[] {
  const out: Piece[] = [];
  for (const p of parts) {
    switch (p.t) {
      case 'lit':
        out.push(p);
        break;
      case 'interp':
        out.push(ev.eval(p.expr, scope));
        break;
      case 'if': {
        const cond = ev.eval(p.cond, scope);
        const b = cond.k === 'alt' ? undefined : ev.truth(cond);
        if (b === true) appendAll(out, pieces(ev, p.then, scope));
        else if (b === false) appendAll(out, pieces(ev, p.else, scope));
        else {
          // An unknown condition keeps both texts as alternatives.
          const branches = [assemble(ev, pieces(ev, p.then, scope), p.r), assemble(ev, pieces(ev, p.else, scope), p.r)];
          out.push(ev.alternatives(branches, firstUnknown(cond) ?? 0, `${p.r.file}:${p.r.start}`, p.r));
        }
        break;
      }
      case 'for': {
        const coll = ev.eval(p.coll, scope);
        const bind = (k: Value, v: Value): Scope => scope.child({ ...(p.keyVar !== undefined ? { [p.keyVar]: k } : {}), [p.valVar]: v });
        if (coll.k === 'unk' || coll.k === 'alt') {
          // One pass with an unknown element stands for the unknown collection.
          const u = unk(firstUnknown(coll) ?? 0, p.coll.r);
          appendAll(out, pieces(ev, p.body, bind(u, u)));
          break;
        }
        for (const [k, v] of ev.iterate(coll)) {
          ev.host.step(p.r);
          appendAll(out, pieces(ev, p.body, bind(k, v)));
        }
        break;
      }
    }
  }
  return out;
}

/** Joins literal pieces and values into one string (alternatives multiply into alternative strings). */
function assemble(ev: Evaluator, ps: Piece[], r: Range): Value {
  const args = ps.filter((p): p is Value => !isLit(p));
  return ev.lift(
    args,
    (chosen) => {
      const b = new StrBuilder(ev.host.budget, r);
      let next = 0;
      for (const p of ps) {
        if (isLit(p)) b.lit(p);
        else appendString(ev, b, chosen[next++] as Value, r);
      }
      return b.build(r);
    },
    r,
  );
}

/** Appends a value's string form (Terraform's conversion) to a string being built. */
export function appendString(ev: Evaluator, b: StrBuilder, v: Value, r: Range): void {
  switch (v.k) {
    case 'str':
      b.value(v);
      return;
    case 'num':
      b.text(v.text, v.loc ?? r, false, v.prov);
      return;
    case 'bool':
      b.text(String(v.b), v.loc ?? r, false, v.prov);
      return;
    case 'unk':
      b.text(evalMarker(v.id), ev.host.unknowns.get(v.id)?.loc ?? r, false);
      return;
    case 'null':
      throw new EvalError('a template cannot include null');
    default:
      throw new EvalError(`a template cannot include ${typeName(v)}`);
  }
}
