import type { Expr, Range } from './ast.js';
import type { Evaluator } from './expressions.js';
import { decodeJson, encodeJson } from './json-values.js';
import type { Scope } from './scope.js';
import { collectionFunctions } from './functions-collections.js';
import { stringFunctions } from './functions-strings.js';
import { EVAL_OPEN, EvalError, firstUnknown, unk, type Value } from './values.js';

/** What a function implementation sees. */
export interface FnContext {
  ev: Evaluator;
  r: Range;
  /** Each argument's expression range (for locating results). */
  argRanges: Range[];
  scope: Scope;
}

export type Fn = (ctx: FnContext, args: Value[]) => Value;

export interface FnSpec {
  fn: Fn;
  /** A whole-unknown argument makes the result unknown before the implementation runs (the default). */
  lenient?: boolean;
  /**
   * The result is one of the arguments or a value that exists already (lookup, coalesce, file), or
   * a string its builder has charged (format, join, jsonencode): not charged again. Every other
   * result is charged to the value-size budget by its own size.
   */
  charged?: boolean;
}

const fileFunctions: Record<string, FnSpec> = {
  jsonencode: { charged: true, fn: (c, [v]) => encodeJson(need(v), c.r, c.ev.host.budget) },
  jsondecode: {
    fn: (c, [v]) => {
      const s = need(v);
      if (s.k !== 'str') throw new EvalError('jsondecode needs a string');
      const first = s.json?.variants[0];
      if (first) return first.value;
      if (firstUnknown(s) !== undefined && s.s.trim().startsWith(EVAL_OPEN)) return unk(firstUnknown(s) ?? 0, c.r);
      return decodeJson(s, c.ev.host.budget);
    },
  },
  file: { charged: true, fn: (c, [p]) => readModuleFile(c, need(p)) },
  fileexists: {
    fn: (c, [p]) => {
      const path = need(p);
      if (path.k !== 'str') throw new EvalError('fileexists needs a path');
      return { k: 'bool', b: c.ev.host.readFile(path.s) !== undefined, loc: c.r };
    },
  },
  templatefile: {
    charged: true,
    fn: (c, [p, vars]) => {
      if (c.scope.inTemplateFile) throw new EvalError('cannot recursively call templatefile from inside templatefile call');
      const content = readModuleFile(c, need(p));
      if (content.k !== 'str') return content;
      const parts = c.ev.host.parseTemplate(content);
      if (!parts) return c.ev.unknown(c.r, 'template file does not parse');
      const bindings: Record<string, Value> = {};
      const v = vars ?? { k: 'null' };
      if (v.k === 'unk') return unk(v.id, c.r);
      if (v.k === 'obj') for (const e of v.entries) bindings[e.key] = e.value;
      return c.ev.template(parts, c.r, c.scope.templateChild(bindings));
    },
  },
};

function need(v: Value | undefined): Value {
  if (!v) throw new EvalError('missing argument');
  return v;
}

function readModuleFile(c: FnContext, p: Value): Value {
  if (p.k === 'unk') return unk(p.id, c.r);
  if (p.k !== 'str') throw new EvalError('a file path must be a string');
  if (firstUnknown(p) !== undefined) return c.ev.unknown(c.r, 'file path could not be resolved');
  const content = c.ev.host.readFile(p.s);
  return content ?? c.ev.unknown(c.r, `file ${p.s} is not among the scanned files of the module`);
}

const FUNCTIONS: Record<string, FnSpec> = { ...stringFunctions, ...collectionFunctions, ...fileFunctions };

/** Names Terraform knows but whose result is only known at apply time (or not modelled here). */
const APPLY_TIME: ReadonlySet<string> = new Set(['timestamp', 'uuid', 'bcrypt', 'uuidv5', 'plantimestamp']);

/** Evaluates a function call: try/can are lazy; everything else lifts over branches of its arguments. */
export function callFunction(ev: Evaluator, e: Extract<Expr, { t: 'call' }>, scope: Scope): Value {
  if (e.name === 'try' || e.name === 'can') return tryOrCan(ev, e, scope);
  const spec = FUNCTIONS[e.name];
  if (!spec) {
    const reason = e.name.includes('::') ? `provider-defined function ${e.name}` : APPLY_TIME.has(e.name) ? `${e.name}() is known only at apply time` : `unknown function ${e.name}`;
    return ev.unknown(e.r, reason);
  }
  let args = e.args.map((a) => ev.eval(a, scope));
  let argRanges = e.args.map((a) => a.r);
  if (e.expand) {
    const last = args.at(-1);
    if (last?.k === 'unk') return unk(last.id, e.r);
    if (last?.k !== 'list') throw new EvalError('the expanded argument must be a list');
    const lastRange = argRanges.at(-1) ?? e.r;
    args = [...args.slice(0, -1), ...last.items];
    argRanges = [...argRanges.slice(0, -1), ...last.items.map((i) => i.loc ?? lastRange)];
  }
  const ctx: FnContext = { ev, r: e.r, argRanges, scope };
  const result = ev.lift(args, (a) => {
    if (!spec.lenient) {
      const u = a.find((x) => x.k === 'unk');
      if (u?.k === 'unk') return unk(u.id, e.r);
    }
    return spec.fn(ctx, a);
  }, e.r);
  return spec.charged ? result : ev.host.produced(result, e.r);
}

/** try(): the first argument that evaluates without error; can(): whether the first one does. */
function tryOrCan(ev: Evaluator, e: Extract<Expr, { t: 'call' }>, scope: Scope): Value {
  for (const arg of e.args) {
    try {
      const v = ev.eval(arg, scope);
      if (e.name === 'can') return v.k === 'unk' ? v : { k: 'bool', b: true, loc: e.r };
      return v;
    } catch (err) {
      if (!(err instanceof EvalError)) throw err;
      if (e.name === 'can') return { k: 'bool', b: false, loc: e.r };
    }
  }
  if (e.name === 'can') return { k: 'bool', b: false, loc: e.r };
  throw new EvalError('no argument of try() could be evaluated');
}

