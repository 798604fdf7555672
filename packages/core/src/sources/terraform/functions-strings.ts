import { appendAll } from '../../arrays.js';
import type { createHash as CreateHash } from 'node:crypto';
import { PIECE_SIZE } from '../../budget.js';
import type { Range } from './ast.js';
import type { FnContext, FnSpec } from './functions.js';
import { siteOf } from './scope.js';
import { encodeJson, jsonString } from './json-values.js';
import {
  bool,
  EVAL_CLOSE,
  EVAL_OPEN,
  EvalError,
  evalMarker,
  firstUnknown,
  list,
  markersIn,
  nul,
  num,
  singleProv,
  StrBuilder,
  str,
  typeName,
  unk,
  type Seg,
  type StrValue,
  type Value,
} from './values.js';

/** node:crypto on first use (start-up, issue 19): only Terraform's hash functions need it. */
const createHash: typeof CreateHash = (...args) => process.getBuiltinModule('node:crypto').createHash(...args);

/** A string argument (numbers and bools converted as Terraform does). */
export function asStr(c: FnContext, v: Value | undefined, what = 'argument'): StrValue {
  if (!v) throw new EvalError(`missing ${what}`);
  const s = c.ev.toStr(v, c.r);
  if (s.k !== 'str') throw new EvalError(`${what} must be a string, not ${typeName(v)}`);
  return s;
}

/** The characters [a, b) of a string, with their source runs. Located at the call. */
export function sliceStr(v: StrValue, a: number, b: number, r: Range): StrValue {
  const segs: Seg[] = [];
  for (const g of v.segs) {
    const lo = Math.max(a, g.start);
    const hi = Math.min(b, g.end);
    if (hi <= lo) continue;
    const loc = g.loc && g.exact ? { file: g.loc.file, start: g.loc.start + (lo - g.start), end: g.loc.start + (hi - g.start) } : g.loc;
    segs.push({ ...g, start: lo - a, end: hi - a, ...(loc ? { loc } : {}) });
  }
  const prov = singleProv(segs);
  return { k: 'str', s: v.s.slice(a, b), segs, loc: r, ...(prov ? { prov } : {}) };
}

/** A transformed string located at the call, keeping the provenance of its input. */
function derived(s: string, from: StrValue, r: Range): StrValue {
  const prov = singleProv(from.segs) ?? from.prov;
  if (s.length === from.s.length) return { k: 'str', s, segs: from.segs, loc: r, ...(prov ? { prov } : {}) };
  return str(s, r, false, prov);
}

/** The value when a string's unknown part decides the answer. */
function unknownOf(c: FnContext, ...vs: Value[]): Value | undefined {
  for (const v of vs) {
    const u = firstUnknown(v);
    if (u !== undefined) return unk(u, c.r);
  }
  return undefined;
}

function occurrences(s: string, sep: string): number {
  let n = 0;
  for (let i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, i + sep.length)) n++;
  return n;
}

/** The known text before the first marker. */
function knownPrefix(s: string): string {
  const i = s.indexOf(EVAL_OPEN);
  return i < 0 ? s : s.slice(0, i);
}

function knownSuffix(s: string): string {
  const i = s.lastIndexOf(EVAL_CLOSE);
  return i < 0 ? s : s.slice(i + 1);
}

/** Go regular expressions as JavaScript ones (the common subset; `(?i)` prefix as a flag). */
export function goRegex(pattern: string, global: boolean): RegExp {
  let flags = global ? 'g' : '';
  let p = pattern;
  const m = /^\(\?([imsU]+)\)/.exec(p);
  if (m) {
    p = p.slice(m[0].length);
    if (m[1]?.includes('i')) flags += 'i';
    if (m[1]?.includes('s')) flags += 's';
    if (m[1]?.includes('m')) flags += 'm';
  }
  p = p.replace(/\(\?P</g, '(?<').replace(/\\z/g, '$').replace(/\\A/g, '^');
  try {
    return new RegExp(p, flags);
  } catch {
    throw new EvalError(`invalid regular expression ${pattern}`);
  }
}

/** Terraform's format verbs (the common ones), keeping each argument's source runs. */
function format(c: FnContext, fmt: StrValue, args: Value[]): Value {
  const fu = unknownOf(c, fmt);
  if (fu) return fu;
  const b = new StrBuilder(c.ev.host.budget, c.r);
  const re = /%(%|[-+# 0]*(\d+)?(?:\.(\d+))?(?:\[(\d+)\])?([a-zA-Z]))/g;
  let cursor = 0;
  let next = 0;
  for (const m of fmt.s.matchAll(re)) {
    b.value(sliceStr(fmt, cursor, m.index, c.r));
    cursor = m.index + m[0].length;
    if (m[1] === '%') {
      b.text('%', c.r);
      continue;
    }
    const explicit = m[4];
    const idx = explicit !== undefined ? Number(explicit) - 1 : next;
    next = idx + 1;
    const arg = args[idx];
    if (!arg) throw new EvalError('format: too few arguments');
    const verb = m[5] ?? 'v';
    const precision = m[3] === undefined ? undefined : Number(m[3]);
    appendVerb(c, b, verb, arg, precision);
  }
  b.value(sliceStr(fmt, cursor, fmt.s.length, c.r));
  return b.build(c.r);
}

function appendVerb(c: FnContext, b: StrBuilder, verb: string, arg: Value, precision: number | undefined): void {
  if (arg.k === 'unk') {
    b.text(evalMarker(arg.id), c.ev.host.unknowns.get(arg.id)?.loc ?? c.r);
    return;
  }
  const loc = arg.loc ?? c.r;
  switch (verb) {
    case 'd':
      b.text(String(Math.trunc(c.ev.number(arg))), loc, false, arg.prov);
      return;
    case 'f':
    case 'e':
    case 'g': {
      const n = c.ev.number(arg);
      b.text(verb === 'f' ? n.toFixed(precision ?? 6) : verb === 'e' ? n.toExponential(precision ?? 6) : String(n), loc, false, arg.prov);
      return;
    }
    case 'x':
    case 'X':
    case 'o':
    case 'b': {
      const base = verb === 'o' ? 8 : verb === 'b' ? 2 : 16;
      const out = Math.trunc(c.ev.number(arg)).toString(base);
      b.text(verb === 'X' ? out.toUpperCase() : out, loc, false, arg.prov);
      return;
    }
    case 'q':
      b.text(jsonString(asStr(c, arg).s), loc, false, arg.prov);
      return;
    case 't':
      b.text(String(c.ev.truth(arg)), loc, false, arg.prov);
      return;
    default:
      if (arg.k === 'list' || arg.k === 'obj') b.value(encodeJson(arg, loc, c.ev.host.budget));
      else c.ev.appendTo(b, arg, c.r);
  }
}

function hash(algorithm: string, encoding: 'hex' | 'base64'): FnSpec {
  return {
    fn: (c, [v]) => {
      const s = asStr(c, v);
      return unknownOf(c, s) ?? str(createHash(algorithm).update(s.s).digest(encoding), c.r);
    },
  };
}

export const stringFunctions: Record<string, FnSpec> = {
  lower: { fn: (c, [v]) => { const s = asStr(c, v); return derived(s.s.toLowerCase(), s, c.r); } },
  upper: { fn: (c, [v]) => { const s = asStr(c, v); return derived(s.s.toUpperCase(), s, c.r); } },
  title: { fn: (c, [v]) => { const s = asStr(c, v); return derived(s.s.replace(/\b\p{L}/gu, (x) => x.toUpperCase()), s, c.r); } },
  strrev: { fn: (c, [v]) => { const s = asStr(c, v); return unknownOf(c, s) ?? derived(Array.from(s.s).reverse().join(''), s, c.r); } },
  trimspace: {
    fn: (c, [v]) => {
      const s = asStr(c, v);
      const start = s.s.length - s.s.trimStart().length;
      return sliceStr(s, start, Math.max(start, s.s.trimEnd().length), c.r);
    },
  },
  chomp: { fn: (c, [v]) => { const s = asStr(c, v); return sliceStr(s, 0, s.s.replace(/(\r?\n)+$/, '').length, c.r); } },
  trimprefix: {
    fn: (c, [v, p]) => {
      const s = asStr(c, v);
      const prefix = asStr(c, p, 'prefix');
      if (firstUnknown(prefix) !== undefined) return unk(firstUnknown(prefix) ?? 0, c.r);
      return s.s.startsWith(prefix.s) ? sliceStr(s, prefix.s.length, s.s.length, c.r) : sliceStr(s, 0, s.s.length, c.r);
    },
  },
  trimsuffix: {
    fn: (c, [v, p]) => {
      const s = asStr(c, v);
      const suffix = asStr(c, p, 'suffix');
      if (firstUnknown(suffix) !== undefined) return unk(firstUnknown(suffix) ?? 0, c.r);
      return s.s.endsWith(suffix.s) && suffix.s ? sliceStr(s, 0, s.s.length - suffix.s.length, c.r) : sliceStr(s, 0, s.s.length, c.r);
    },
  },
  trim: {
    fn: (c, [v, chars]) => {
      const s = asStr(c, v);
      const set = new Set(asStr(c, chars, 'characters').s);
      let a = 0;
      let b = s.s.length;
      while (a < b && set.has(s.s[a] ?? '')) a++;
      while (b > a && set.has(s.s[b - 1] ?? '')) b--;
      return sliceStr(s, a, b, c.r);
    },
  },
  substr: {
    fn: (c, [v, off, len]) => {
      const s = asStr(c, v);
      const u = unknownOf(c, s);
      if (u) return u;
      let o = c.ev.number(off ?? num(0));
      const l = c.ev.number(len ?? num(-1));
      if (o < 0) o = Math.max(0, s.s.length + o);
      const end = l < 0 ? s.s.length : Math.min(s.s.length, o + l);
      return sliceStr(s, Math.min(o, s.s.length), Math.max(end, Math.min(o, s.s.length)), c.r);
    },
  },
  replace: {
    lenient: true,
    fn: (c, [v, search, rep]) => {
      if (v?.k === 'unk') return unk(v.id, c.r);
      if (search?.k === 'unk') return unk(search.id, c.r);
      const s = asStr(c, v);
      const what = asStr(c, search, 'search');
      // A wholly unknown replacement is one unknown piece of text.
      const by = rep?.k === 'unk' ? str(evalMarker(rep.id), rep.loc ?? c.r) : asStr(c, rep, 'replacement');
      // What is searched must be known; a replacement with unknown parts is put in as it is, so
      // the known text around it stays ("repo:REPO:*" with REPO replaced by an unknown repository).
      const regex = what.s.length > 1 && what.s.startsWith('/') && what.s.endsWith('/');
      const u = unknownOf(c, ...(regex ? [what, by] : [what]));
      if (u) return u;
      if (regex) {
        const re = goRegex(what.s.slice(1, -1), true);
        // Stop before building what cannot fit (each match may become a long replacement).
        const matches = by.s.length > 1 ? [...s.s.matchAll(re)].length : 0;
        c.ev.host.budget.room(s.s.length + matches * by.s.length, siteOf(c.r));
        return derived(s.s.replace(re, by.s.replace(/\$\{(\w+)\}/g, '$$$1')), s, c.r);
      }
      if (!what.s) return derived(s.s, s, c.r);
      c.ev.host.budget.room(s.s.length + occurrences(s.s, what.s) * (by.s.length - what.s.length), siteOf(c.r));
      return derived(s.s.split(what.s).join(by.s), s, c.r);
    },
  },
  format: { lenient: true, charged: true, fn: (c, [f, ...args]) => format(c, asStr(c, f, 'format'), args) },
  formatlist: {
    lenient: true,
    fn: (c, [f, ...args]) => {
      const fmt = asStr(c, f, 'format');
      // An unknown argument (a list or a string, not known which) is formatted as one unknown
      // element in every position, as a `for` over an unknown list keeps one representative
      // element: the known parts of the format (a `*` in "repo:%s:*") stay visible.
      const lists = args.filter((a) => a.k === 'list');
      const n = lists[0] ? lists[0].items.length : 1;
      if (lists.some((l) => l.items.length !== n)) throw new EvalError('formatlist: lists of different lengths');
      const out: Value[] = [];
      for (let i = 0; i < n; i++) out.push(format(c, fmt, args.map((a) => (a.k === 'list' ? (a.items[i] ?? nul()) : a))));
      return list(out, c.r);
    },
  },
  join: {
    lenient: true,
    charged: true,
    fn: (c, [sepV, ...lists]) => {
      const sep = asStr(c, sepV, 'separator');
      const items: Value[] = [];
      for (const l of lists) {
        if (l.k === 'unk') return unk(l.id, c.r);
        if (l.k !== 'list') throw new EvalError('join needs lists');
        appendAll(items, l.items);
      }
      return c.ev.lift(items, (chosen) => {
        const b = new StrBuilder(c.ev.host.budget, c.r);
        chosen.forEach((item, i) => {
          if (i) b.value(sep);
          if (item.k === 'null') throw new EvalError('join: null element');
          c.ev.appendTo(b, item, c.r);
        });
        return b.build(c.r);
      }, c.r);
    },
  },
  split: {
    fn: (c, [sepV, v]) => {
      const sep = asStr(c, sepV, 'separator');
      const s = asStr(c, v);
      const u = unknownOf(c, sep);
      if (u) return u;
      // Each piece is a located string: stop before building more of them than can fit.
      c.ev.host.budget.room(2 * PIECE_SIZE * (sep.s ? occurrences(s.s, sep.s) + 1 : s.s.length), siteOf(c.r));
      if (!sep.s) return list(Array.from({ length: s.s.length }, (_, i) => sliceStr(s, i, i + 1, c.r)), c.r);
      const out: Value[] = [];
      let at = 0;
      for (;;) {
        const i = s.s.indexOf(sep.s, at);
        if (i < 0) break;
        out.push(sliceStr(s, at, i, c.r));
        at = i + sep.s.length;
      }
      out.push(sliceStr(s, at, s.s.length, c.r));
      return list(out, c.r);
    },
  },
  startswith: {
    fn: (c, [v, p]) => {
      const s = asStr(c, v);
      const prefix = asStr(c, p, 'prefix');
      const known = knownPrefix(s.s);
      if (firstUnknown(prefix) !== undefined) return unk(firstUnknown(prefix) ?? 0, c.r);
      if (known.length >= prefix.s.length || !prefix.s.startsWith(known)) return bool(known.startsWith(prefix.s), c.r);
      return unk(markersIn(s.s)[0] ?? 0, c.r);
    },
  },
  endswith: {
    fn: (c, [v, p]) => {
      const s = asStr(c, v);
      const suffix = asStr(c, p, 'suffix');
      const known = knownSuffix(s.s);
      if (firstUnknown(suffix) !== undefined) return unk(firstUnknown(suffix) ?? 0, c.r);
      if (known.length >= suffix.s.length || !suffix.s.endsWith(known)) return bool(known.endsWith(suffix.s), c.r);
      return unk(markersIn(s.s).at(-1) ?? 0, c.r);
    },
  },
  strcontains: {
    fn: (c, [v, p]) => {
      const s = asStr(c, v);
      const sub = asStr(c, p, 'substring');
      const u = unknownOf(c, sub);
      if (u) return u;
      if (s.s.includes(sub.s)) return bool(true, c.r);
      return unknownOf(c, s) ?? bool(false, c.r);
    },
  },
  regex: {
    fn: (c, [p, v]) => {
      const pattern = asStr(c, p, 'pattern');
      const s = asStr(c, v);
      const u = unknownOf(c, pattern, s);
      if (u) return u;
      const m = goRegex(pattern.s, false).exec(s.s);
      if (!m) throw new EvalError('regex: no match');
      return matchValue(m, c.r);
    },
  },
  regexall: {
    fn: (c, [p, v]) => {
      const pattern = asStr(c, p, 'pattern');
      const s = asStr(c, v);
      const u = unknownOf(c, pattern, s);
      if (u) return u;
      return list([...s.s.matchAll(goRegex(pattern.s, true))].map((m) => matchValue(m, c.r)), c.r);
    },
  },
  tostring: { charged: true, fn: (c, [v]) => (v?.k === 'null' ? v : asStr(c, v)) },
  tonumber: {
    fn: (c, [v]) => {
      if (v?.k === 'null') return v;
      const u = v ? unknownOf(c, v) : undefined;
      return u ?? num(c.ev.number(v ?? nul()), c.r);
    },
  },
  tobool: {
    fn: (c, [v]) => {
      if (!v || v.k === 'null') return nul(c.r);
      const b = c.ev.truth(v);
      return b === undefined ? unk(firstUnknown(v) ?? 0, c.r) : bool(b, c.r);
    },
  },
  sha256: hash('sha256', 'hex'),
  sha1: hash('sha1', 'hex'),
  md5: hash('md5', 'hex'),
  base64sha256: hash('sha256', 'base64'),
  base64encode: { fn: (c, [v]) => { const s = asStr(c, v); return unknownOf(c, s) ?? str(Buffer.from(s.s, 'utf8').toString('base64'), c.r); } },
  base64decode: { fn: (c, [v]) => { const s = asStr(c, v); return unknownOf(c, s) ?? str(Buffer.from(s.s, 'base64').toString('utf8'), c.r); } },
  urlencode: { fn: (c, [v]) => { const s = asStr(c, v); return unknownOf(c, s) ?? str(encodeURIComponent(s.s), c.r); } },
  sensitive: { lenient: true, charged: true, fn: (_c, [v]) => v ?? nul() },
  nonsensitive: { lenient: true, charged: true, fn: (_c, [v]) => v ?? nul() },
};

function matchValue(m: RegExpExecArray | RegExpMatchArray, r: Range): Value {
  // Unmatched optional groups are undefined at run time, whatever the typings say.
  const group = (g: string | undefined): Value => (g === undefined ? nul(r) : str(g, r));
  const groups = m.groups as Record<string, string | undefined> | undefined;
  if (groups) return { k: 'obj', entries: Object.entries(groups).map(([key, val]) => ({ key, value: group(val) })), loc: r };
  if (m.length > 1) return list((m.slice(1) as (string | undefined)[]).map(group), r);
  return str(m[0], r);
}
