import { PIECE_SIZE } from '../../budget.js';
import type { Segment, UnresolvedSegment } from '../../model/located.js';
import type { EsNode, Range } from './estree.js';
import type { Scope } from './scope.js';
import type { CdkConstruct } from './constructs.js';
import type { ClassInfo, ThisFrame } from './classes.js';

/**
 * What a TypeScript expression evaluates to statically, every piece still located in the file.
 * Strings are segment lists so that an unresolved part (`${props.owner}`) keeps the literal text
 * around it and its own span. `alternatives` is a value known only up to a choice — `props.repo ?? '*'`
 * is either the caller's value or the default — and becomes a list of values in a policy (IAM ORs the
 * values of a condition), so the verdict covers every choice.
 */

/** String parts: the shared located segments (model/located.ts); CDK text segments carry no per-character origins. */
export type { Segment, TextSegment, UnresolvedSegment } from '../../model/located.js';

export interface CMember {
  /** The key; unresolved parts of a computed key are kept as segments. */
  key: Segment[];
  keyRange: Range;
  value: CValue;
}

export type CValue =
  | { kind: 'string'; segments: Segment[]; range: Range }
  | { kind: 'number'; value: number; text: string; range: Range }
  | { kind: 'boolean'; value: boolean; range: Range }
  | { kind: 'null'; range: Range }
  | { kind: 'undefined'; range: Range }
  | { kind: 'array'; items: CValue[]; range: Range }
  /** `spreads`: unresolved `...x` inside the literal (it may hold more members). */
  | { kind: 'object'; members: CMember[]; range: Range; spreads: UnresolvedSegment[] }
  | { kind: 'unknown'; expression: string; reason: string; range: Range }
  | { kind: 'alternatives'; options: CValue[]; range: Range }
  | { kind: 'function'; node: EsNode; scope: Scope; self: CValue | undefined; name: string; range: Range }
  | { kind: 'class'; info: ClassInfo; range: Range }
  /** A namespace or member of an imported package, e.g. `iam.Role` from `aws-cdk-lib/aws-iam`. */
  | { kind: 'module'; source: string; path: string[]; range: Range }
  | { kind: 'construct'; construct: CdkConstruct; range: Range }
  | { kind: 'this'; frame: ThisFrame; range: Range };

export function text(value: string, range: Range): CValue {
  return { kind: 'string', segments: [{ kind: 'text', text: value, range }], range };
}

export function unknown(expression: string, reason: string, range: Range): CValue {
  return { kind: 'unknown', expression, reason, range };
}

/** One value when all options agree, else an `alternatives` value (nested choices flattened). */
export function alternatives(options: readonly CValue[], range: Range): CValue {
  const flat: CValue[] = [];
  const seen = new Set<string>();
  for (const o of options) {
    for (const x of o.kind === 'alternatives' ? o.options : [o]) {
      const key = fingerprint(x);
      if (seen.has(key)) continue;
      seen.add(key);
      flat.push(x);
    }
  }
  if (flat.length === 1 && flat[0]) return flat[0];
  return { kind: 'alternatives', options: flat, range };
}

/** Applies `fn` to each option of a choice (or to the value itself). */
export function mapOptions(value: CValue, fn: (v: CValue) => CValue): CValue {
  return value.kind === 'alternatives' ? alternatives(value.options.map(fn), value.range) : fn(value);
}

/** A structural identity used to drop duplicate alternatives (ranges ignored). */
function fingerprint(value: CValue): string {
  switch (value.kind) {
    case 'string':
      return `s:${value.segments.map((s) => (s.kind === 'text' ? s.text : `\u0000${s.expression}\u0000`)).join('')}`;
    case 'number':
      return `n:${value.text}`;
    case 'boolean':
      return `b:${String(value.value)}`;
    case 'null':
    case 'undefined':
      return value.kind;
    case 'array':
      return `[${value.items.map(fingerprint).join(',')}]`;
    case 'object':
      return `{${value.members.map((m) => `${segmentsText(m.key)}=${fingerprint(m.value)}`).join(',')}}`;
    case 'unknown':
      return `?${value.expression}`;
    case 'alternatives':
      return `|${value.options.map(fingerprint).join('|')}`;
    default:
      return `${value.kind}@${value.range[0]}`;
  }
}

/** The text of segments with unresolved parts shown as `<expression>` (for names and messages). */
function segmentsText(segments: readonly Segment[]): string {
  return segments.map((s) => (s.kind === 'text' ? s.text : `<${s.expression}>`)).join('');
}

const expanded = new WeakMap<CValue, number>();

/**
 * A value's size for the value-size budget as every walk over it sees it: a constant used twice in
 * an array counts twice (`const a1 = [a0, a0]` forty times over is 2^40 items to render, compare or
 * join, though it takes forty objects). Sizes of the parts are remembered, so this is linear in the
 * objects, and a value is charged when it is built, before any walk.
 */
export function valueSize(value: CValue): number {
  const known = expanded.get(value);
  if (known !== undefined) return known;
  let size: number;
  switch (value.kind) {
    case 'string':
      size = value.segments.reduce((n, s) => n + PIECE_SIZE + (s.kind === 'text' ? s.text.length : 0), 0);
      break;
    case 'array':
      size = value.items.reduce((n, i) => n + valueSize(i), PIECE_SIZE);
      break;
    case 'object':
      size = value.members.reduce((n, m) => n + PIECE_SIZE + valueSize(m.value), PIECE_SIZE);
      break;
    case 'alternatives':
      size = value.options.reduce((n, o) => n + valueSize(o), 0);
      break;
    default:
      size = PIECE_SIZE;
  }
  expanded.set(value, size);
  return size;
}

/** The literal text of a string value without unresolved parts, else undefined. */
export function literalText(value: CValue | undefined): string | undefined {
  if (value?.kind !== 'string') return undefined;
  if (value.segments.some((s) => s.kind !== 'text')) return undefined;
  return value.segments.map((s) => (s.kind === 'text' ? s.text : '')).join('');
}

/** The last member with this literal key (JavaScript keeps the last duplicate). */
export function member(obj: Extract<CValue, { kind: 'object' }>, key: string): CMember | undefined {
  return obj.members.findLast((m) => m.key.length === 1 && m.key[0]?.kind === 'text' && m.key[0].text === key);
}

/**
 * Sets a member as JavaScript does: a key already present (same literal text) keeps its place and takes
 * the new value — an object has no duplicate keys, whatever spreads and assignments wrote it.
 */
export function setMember(members: CMember[], m: CMember): void {
  const text = keyTextOf(m.key);
  const at = text === undefined ? -1 : members.findIndex((x) => keyTextOf(x.key) === text);
  if (at >= 0) members[at] = m;
  else members.push(m);
}

/** The literal text of key segments, or undefined when a part is unresolved. */
export function keyTextOf(segments: readonly Segment[]): string | undefined {
  let out = '';
  for (const s of segments) {
    if (s.kind !== 'text') return undefined;
    out += s.text;
  }
  return out;
}

/** Whether a value may be `undefined`/`null` (then a default or `??` fallback applies). */
function maybeNullish(value: CValue): 'yes' | 'no' | 'maybe' {
  switch (value.kind) {
    case 'undefined':
    case 'null':
      return 'yes';
    case 'unknown':
      return 'maybe';
    case 'alternatives': {
      const answers = new Set(value.options.map(maybeNullish));
      return answers.size === 1 ? [...answers][0] ?? 'maybe' : 'maybe';
    }
    default:
      return 'no';
  }
}

/**
 * `value ?? fallback` (also destructuring defaults): the fallback when the value is missing, the value
 * when it is known, and both as a choice when the value is unresolved — the default is what applies when
 * the caller leaves the property out.
 */
export function withFallback(value: CValue, fallback: () => CValue, range: Range): CValue {
  if (value.kind === 'alternatives') {
    return alternatives(value.options.map((o) => withFallback(o, fallback, range)), range);
  }
  switch (maybeNullish(value)) {
    case 'yes':
      return fallback();
    case 'no':
      return value;
    default:
      return alternatives([value, fallback()], range);
  }
}
