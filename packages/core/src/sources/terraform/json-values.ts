import type { AnyNode, ValueNode } from '@humanwhocodes/momoa';
import { PIECE_SIZE, type EvaluationBudget } from '../../budget.js';
import { jsonDepthExceededAt } from '../../limits.js';
import type { Range } from './ast.js';
import { astKey, astRange as rangeOf, parseJsonAst } from '../shared/momoa.js';
import {
  bool,
  EVAL_CLOSE,
  EVAL_OPEN,
  EvalError,
  formatNumber,
  list,
  nul,
  num,
  orderedObj,
  singleProv,
  StrBuilder,
  str,
  type ObjEntry,
  type StrValue,
  type Value,
} from './values.js';

/** A JSON syntax error inside a string value, located in the file the text came from when known. */
export class JsonDecodeError extends EvalError {
  constructor(
    message: string,
    readonly loc: Range | undefined,
  ) {
    super(message);
  }
}

/** Where the characters [a, b) of a string value were written, when one file holds them all. */
export function mapRange(s: StrValue, a: number, b: number): Range | undefined {
  const segA = s.segs.find((g) => g.start <= a && a < g.end) ?? s.segs.find((g) => g.start <= a && a <= g.end);
  const last = Math.max(a, b - 1);
  const segB = s.segs.find((g) => g.start <= last && last < g.end) ?? segA;
  if (!segA?.loc || !segB?.loc || segA.loc.file !== segB.loc.file) return s.loc;
  const start = segA.exact ? segA.loc.start + (a - segA.start) : segA.loc.start;
  const end = segB.exact ? segB.loc.start + (b - segB.start) : segB.loc.end;
  if (end < start) return s.loc;
  return { file: segA.loc.file, start, end };
}

/** Positions of evaluation markers that sit outside JSON strings (they are quoted before parsing). */
function markersOutsideStrings(text: string): number[] {
  const out: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === EVAL_OPEN) {
      out.push(i);
      const close = text.indexOf(EVAL_CLOSE, i);
      i = close < 0 ? i : close;
    }
  }
  return out;
}

/**
 * Parses a string holding JSON (a heredoc, a `file()`, `jsondecode`) into values located in the
 * file that holds each character. Duplicate keys are kept (the policy analysis reports them).
 * An unknown piece outside any JSON string (`"Version": ${var.v}`) becomes an unknown string.
 * The decoded values are charged to the budget (a text decoded again and again builds anew); text
 * nested past the depth cap is a LimitError before the (recursive) parser sees it.
 */
export function decodeJson(s: StrValue, budget: EvaluationBudget): Value {
  const text = s.s;
  // Quote markers outside strings; `inserted` lists processed offsets of the added quotes.
  const inserted: number[] = [];
  let processed = '';
  let cursor = 0;
  for (const at of markersOutsideStrings(text)) {
    const close = text.indexOf(EVAL_CLOSE, at);
    const end = close < 0 ? at + 1 : close + 1;
    processed += text.slice(cursor, at);
    inserted.push(processed.length);
    processed += '"' + text.slice(at, end);
    inserted.push(processed.length);
    processed += '"';
    cursor = end;
  }
  processed += text.slice(cursor);
  const orig = (p: number): number => p - inserted.filter((i) => i < p).length;
  const locOf = (node: AnyNode): Range | undefined => {
    const [a, b] = rangeOf(node);
    return mapRange(s, orig(a), orig(b));
  };
  const siteAt = (p: number): { file?: string; offset: number } => {
    const r = mapRange(s, orig(p), orig(p) + 1) ?? s.loc;
    return r ? { file: r.file, offset: r.start } : { offset: 0 };
  };
  const deep = jsonDepthExceededAt(processed, budget.limits.depth);
  if (deep >= 0) throw budget.exceeded('depth', siteAt(deep));
  const parsed = parseJsonAst(processed);
  if ('error' in parsed) {
    const at = orig(parsed.error.offset);
    throw new JsonDecodeError(parsed.error.message, mapRange(s, at, Math.min(at + 1, text.length)));
  }
  const body = parsed.body;
  const provOf = (node: AnyNode): ReturnType<typeof singleProv> => {
    const [a, b] = rangeOf(node);
    const lo = orig(a);
    const hi = orig(b);
    return singleProv(s.segs.filter((g) => g.start < hi && g.end > lo));
  };
  const convert = (node: ValueNode): Value => {
    const [start, end] = rangeOf(node);
    budget.grow(PIECE_SIZE + (node.type === 'String' ? end - start : 0), siteAt(start));
    const loc = locOf(node);
    const prov = provOf(node);
    const v = build(node, loc);
    return prov && v.k !== 'obj' && v.k !== 'list' ? { ...v, prov } : v;
  };
  const build = (node: ValueNode, loc: Range | undefined): Value => {
    switch (node.type) {
      case 'Object': {
        const entries: ObjEntry[] = node.members.map((m) => {
          const keyLoc = locOf(m.name);
          return { key: astKey(m), ...(keyLoc ? { keyLoc } : {}), value: convert(m.value) };
        });
        return orderedObj(entries, loc);
      }
      case 'Array':
        return list(node.elements.map((e) => convert(e.value)), loc);
      case 'String':
        return str(node.value, loc);
      case 'Number': {
        const [a, b] = rangeOf(node);
        return num(node.value, loc, processed.slice(a, b));
      }
      case 'Boolean':
        return bool(node.value, loc);
      case 'Null':
        return nul(loc);
      default:
        throw new JsonDecodeError(`unsupported JSON value ${node.type}`, loc);
    }
  };
  return convert(body);
}

/** Go's JSON string encoding, as Terraform's jsonencode writes it (HTML characters escaped). */
export function jsonString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * jsonencode: the JSON text (each string's text mapped to where the string was written) and the
 * value itself, kept so that a policy built with jsonencode points at each key and value.
 */
export function encodeJson(v: Value, r: Range, budget: EvaluationBudget): StrValue {
  const b = new StrBuilder(budget, r);
  const write = (x: Value): void => {
    switch (x.k) {
      case 'str':
        b.text(jsonString(x.s), x.loc ?? r, false, x.prov);
        return;
      case 'num':
        b.text(x.text && !x.text.startsWith('0x') ? formatNumber(Number(x.text)) : formatNumber(x.n), x.loc ?? r);
        return;
      case 'bool':
        b.text(String(x.b), x.loc ?? r);
        return;
      case 'null':
        b.text('null', x.loc ?? r);
        return;
      // Brackets carry the container's location: parsed again, the container spans them exactly.
      case 'list':
        b.text('[', x.loc);
        x.items.forEach((item, i) => {
          if (i) b.text(',', x.loc);
          write(item);
        });
        b.text(']', x.loc);
        return;
      case 'obj':
        b.text('{', x.loc);
        x.entries.forEach((e, i) => {
          if (i) b.text(',', x.loc);
          b.text(jsonString(e.key), e.keyLoc ?? r);
          b.text(':', x.loc);
          write(e.value);
        });
        b.text('}', x.loc);
        return;
      case 'unk':
        b.text(`"${EVAL_OPEN}${x.id}${EVAL_CLOSE}"`, x.loc ?? r);
        return;
      case 'alt':
        write(x.options[0] ?? { k: 'null' });
        return;
      case 'ref':
        throw new EvalError(`jsonencode cannot encode ${x.ref.describe}`);
    }
  };
  write(v);
  const out = b.build(r);
  return { ...out, json: { variants: [{ value: v }], documents: [] } };
}
