import { appendAll } from '../../arrays.js';
import type { FnContext, FnSpec } from './functions.js';
import { siteOf } from './scope.js';
import {
  bool,
  EvalError,
  firstUnknown,
  list,
  markersIn,
  nul,
  num,
  obj,
  str,
  typeName,
  unk,
  valueEquals,
  type ListValue,
  type ObjEntry,
  type ObjValue,
  type Value,
} from './values.js';

function asList(v: Value | undefined, what = 'argument'): ListValue {
  if (v?.k === 'list') return v;
  throw new EvalError(`${what} must be a list, not ${v ? typeName(v) : 'missing'}`);
}

function asObj(v: Value | undefined, what = 'argument'): ObjValue {
  if (v?.k === 'obj') return v;
  throw new EvalError(`${what} must be a map or object, not ${v ? typeName(v) : 'missing'}`);
}

function distinctItems(items: readonly Value[]): Value[] {
  const out: Value[] = [];
  for (const i of items) if (!out.some((o) => valueEquals(o, i))) out.push(i);
  return out;
}

/** A set as Terraform iterates it: distinct elements, strings in lexical and numbers in numeric order. */
function toSet(items: readonly Value[], c: FnContext): ListValue {
  const out = distinctItems(items);
  const known = out.every((i) => (i.k === 'str' && markersIn(i.s).length === 0) || i.k === 'num');
  if (known) {
    out.sort((a, b) => {
      if (a.k === 'num' && b.k === 'num') return a.n - b.n;
      const x = a.k === 'str' ? a.s : a.k === 'num' ? a.text : '';
      const y = b.k === 'str' ? b.s : b.k === 'num' ? b.text : '';
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  return list(out, c.r, true);
}

function flattenItems(items: readonly Value[]): Value[] {
  return items.flatMap((i) => (i.k === 'list' ? flattenItems(i.items) : [i]));
}

/**
 * coalesce(): the first argument that is not null or "" (Terraform's coalesce). An unknown argument
 * may be either: the result is that argument or what the rest gives, both kept (an `alt` on it).
 */
function coalesce(c: FnContext, args: readonly Value[], from: number): Value {
  for (let i = from; i < args.length; i++) {
    const a = args[i]!;
    if (a.k === 'unk') {
      let rest: Value | undefined;
      try {
        rest = coalesce(c, args, i + 1);
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
      }
      if (rest === undefined) return unk(a.id, c.r);
      return { k: 'alt', options: [unk(a.id, c.r), rest], cause: a.id, site: `${c.r.file}:${c.r.start}:${i}`, loc: c.r };
    }
    if (a.k === 'null' || (a.k === 'str' && a.s === '')) continue;
    return a;
  }
  throw new EvalError('coalesce: no non-null argument');
}

/**
 * setproduct(): every combination of one element of each list, as lists. An unknown list stands
 * for one unknown element (as a `for` over it), so the known lists' elements stay visible.
 * https://developer.hashicorp.com/terraform/language/functions/setproduct
 */
function setproduct(c: FnContext, args: readonly Value[]): Value {
  if (args.length < 2) throw new EvalError('setproduct needs at least two lists');
  const lists = args.map((a) => (a.k === 'unk' ? [a] : asList(a).items));
  const count = lists.reduce((n, l) => n * l.length, 1);
  c.ev.host.budget.room(count * lists.length, siteOf(c.r));
  let combos: Value[][] = [[]];
  for (const l of lists) combos = combos.flatMap((prefix) => l.map((item) => [...prefix, item]));
  return list(
    combos.map((items) => list(items, c.r)),
    c.r,
  );
}

function integer(c: FnContext, v: Value | undefined): number {
  return Math.trunc(c.ev.number(v ?? nul()));
}

export const collectionFunctions: Record<string, FnSpec> = {
  length: {
    fn: (c, [v]) => {
      if (v?.k === 'list') return num(v.items.length, c.r);
      if (v?.k === 'obj') return num(v.entries.length, c.r);
      if (v?.k === 'str') {
        const u = firstUnknown(v);
        return u === undefined ? num(Array.from(v.s).length, c.r) : unk(u, c.r);
      }
      throw new EvalError(`length of ${v ? typeName(v) : 'nothing'}`);
    },
  },
  // An unknown list among the arguments stands for one unknown element: the known elements stay visible.
  concat: { lenient: true, fn: (c, args) => list(args.flatMap((a) => (a.k === 'unk' ? [a] : asList(a).items)), c.r) },
  // An unknown list flattens to one unknown element standing for its elements (as a `for` over it).
  flatten: { lenient: true, fn: (c, [v]) => list(v?.k === 'unk' ? [v] : flattenItems(asList(v).items), c.r) },
  setproduct: { lenient: true, fn: (c, args) => setproduct(c, args) },
  distinct: { fn: (c, [v]) => list(distinctItems(asList(v).items), c.r) },
  compact: { fn: (c, [v]) => list(asList(v).items.filter((i) => !(i.k === 'null' || (i.k === 'str' && i.s === ''))), c.r) },
  tolist: { charged: true, fn: (c, [v]) => ({ ...asList(v), set: false, loc: v?.loc ?? c.r }) },
  toset: { fn: (c, [v]) => toSet(asList(v).items, c) },
  tomap: { charged: true, fn: (_c, [v]) => asObj(v) },
  setunion: { fn: (c, args) => toSet(args.flatMap((a) => asList(a).items), c) },
  setintersection: {
    fn: (c, [first, ...rest]) => toSet(asList(first).items.filter((i) => rest.every((r) => asList(r).items.some((x) => valueEquals(x, i)))), c),
  },
  setsubtract: { fn: (c, [a, b]) => toSet(asList(a).items.filter((i) => !asList(b).items.some((x) => valueEquals(x, i))), c) },
  element: {
    charged: true,
    fn: (c, [l, i]) => {
      const items = asList(l).items;
      if (items.length === 0) throw new EvalError('element of an empty list');
      const u = firstUnknown(i ?? nul());
      if (u !== undefined) return unk(u, c.r);
      const n = integer(c, i);
      return items[((n % items.length) + items.length) % items.length] ?? nul(c.r);
    },
  },
  lookup: {
    charged: true,
    fn: (c, [m, k, d]) => {
      const map = asObj(m);
      const key = k ?? nul();
      const u = firstUnknown(key);
      if (u !== undefined) return unk(u, c.r);
      const name = c.ev.keyString(key);
      const found = map.entries.findLast((e) => e.key === name);
      if (found) return found.value;
      if (d) return d;
      throw new EvalError(`lookup: no key "${name}"`);
    },
  },
  contains: {
    lenient: true,
    fn: (c, [l, v]) => {
      if (l?.k === 'unk') return unk(l.id, c.r);
      const needle = v ?? nul();
      const items = asList(l).items;
      const nu = firstUnknown(needle);
      if (nu === undefined && items.some((i) => firstUnknown(i) === undefined && valueEquals(i, needle))) return bool(true, c.r);
      const u = nu ?? items.map(firstUnknown).find((x) => x !== undefined);
      return u === undefined ? bool(false, c.r) : unk(u, c.r);
    },
  },
  index: {
    fn: (c, [l, v]) => {
      const i = asList(l).items.findIndex((x) => valueEquals(x, v ?? nul()));
      if (i < 0) throw new EvalError('index: value not in list');
      return num(i, c.r);
    },
  },
  coalesce: {
    lenient: true,
    charged: true,
    fn: (c, args) => coalesce(c, args, 0),
  },
  coalescelist: {
    lenient: true,
    charged: true,
    fn: (c, args) => {
      for (const a of args) {
        if (a.k === 'unk') return unk(a.id, c.r);
        if (asList(a).items.length > 0) return a;
      }
      return list([], c.r);
    },
  },
  keys: { fn: (c, [m]) => list(asObj(m).entries.map((e) => str(e.key, e.keyLoc ?? c.r)), c.r) },
  values: { fn: (c, [m]) => list(asObj(m).entries.map((e) => e.value), c.r) },
  zipmap: {
    fn: (c, [k, v]) => {
      const ks = asList(k).items;
      const vs = asList(v).items;
      if (ks.length !== vs.length) throw new EvalError('zipmap: lists of different lengths');
      return obj(ks.map((key, i) => ({ key: c.ev.keyString(key), ...(key.loc ? { keyLoc: key.loc } : {}), value: vs[i] ?? nul() })), c.r);
    },
  },
  merge: {
    lenient: true,
    fn: (c, args) => {
      const entries: ObjEntry[] = [];
      for (const a of args) {
        if (a.k === 'null') continue;
        if (a.k === 'unk') return unk(a.id, c.r);
        appendAll(entries, asObj(a).entries);
      }
      return obj(entries, c.r);
    },
  },
  slice: {
    fn: (c, [l, a, b]) => {
      const items = asList(l).items;
      return list(items.slice(integer(c, a), integer(c, b)), c.r);
    },
  },
  reverse: { fn: (c, [l]) => list([...asList(l).items].reverse(), c.r) },
  sort: {
    fn: (c, [l]) => {
      const items = asList(l).items;
      const u = items.map(firstUnknown).find((x) => x !== undefined);
      if (u !== undefined) return unk(u, c.r);
      const text = (v: Value): string => (v.k === 'str' ? v.s : v.k === 'num' ? v.text : '');
      return list([...items].sort((x, y) => (text(x) < text(y) ? -1 : text(x) > text(y) ? 1 : 0)), c.r);
    },
  },
  range: {
    fn: (c, args) => {
      const ns = args.map((a) => c.ev.number(a));
      const [start, limit, step] = ns.length === 1 ? [0, ns[0] ?? 0, 1] : [ns[0] ?? 0, ns[1] ?? 0, ns[2] ?? 1];
      if (step === 0) throw new EvalError('range: step must not be zero');
      const out: Value[] = [];
      for (let i = start; step > 0 ? i < limit : i > limit; i += step) {
        c.ev.host.step(c.r);
        out.push(num(i, c.r));
      }
      return list(out, c.r);
    },
  },
  one: {
    charged: true,
    fn: (c, [l]) => {
      const items = asList(l).items;
      if (items.length > 1) throw new EvalError('one: more than one element');
      return items[0] ?? nul(c.r);
    },
  },
  alltrue: {
    fn: (c, [l]) => {
      const truths = asList(l).items.map((i) => c.ev.truth(i));
      if (truths.includes(false)) return bool(false, c.r);
      return truths.includes(undefined) ? unk(firstUnknown(asList(l)) ?? 0, c.r) : bool(true, c.r);
    },
  },
  anytrue: {
    fn: (c, [l]) => {
      const truths = asList(l).items.map((i) => c.ev.truth(i));
      if (truths.includes(true)) return bool(true, c.r);
      return truths.includes(undefined) ? unk(firstUnknown(asList(l)) ?? 0, c.r) : bool(false, c.r);
    },
  },
  // Folded, not spread: `min(local.list...)` may pass more arguments than a call can take.
  min: { fn: (c, args) => num(args.reduce((m, a) => Math.min(m, c.ev.number(a)), Infinity), c.r) },
  max: { fn: (c, args) => num(args.reduce((m, a) => Math.max(m, c.ev.number(a)), -Infinity), c.r) },
  abs: { fn: (c, [a]) => num(Math.abs(c.ev.number(a ?? nul())), c.r) },
  ceil: { fn: (c, [a]) => num(Math.ceil(c.ev.number(a ?? nul())), c.r) },
  floor: { fn: (c, [a]) => num(Math.floor(c.ev.number(a ?? nul())), c.r) },
};
