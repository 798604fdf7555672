import { DEFAULT_LIMITS } from '../../budget.js';
import type { Range } from './estree.js';
import { alternatives, type CValue, type Segment } from './values.js';

/** At most this many spellings of one string are kept (a choice per `??` multiplies them); more is unresolved. */
const MAX_OPTIONS = DEFAULT_LIMITS.alternatives;

/** A string with more spellings than are kept: one unresolved value, never a silent subset. */
function tooManySpellings(range: Range): Segment[][] {
  return [[{ kind: 'unresolved', expression: 'a string with many spellings', reason: `more than ${MAX_OPTIONS} alternative spellings (the alternatives cap)`, range }]];
}

/**
 * The spellings a value can take inside a string (template literal, `+`), as segment lists: one per
 * choice. Unresolved values become an unresolved segment; `use` is where the value is spliced in.
 */
export function stringOptions(value: CValue, use?: Range): Segment[][] {
  const at = use ?? value.range;
  switch (value.kind) {
    case 'string':
      return [value.segments];
    case 'number':
      return [[{ kind: 'text', text: String(value.value), range: at }]];
    case 'boolean':
      return [[{ kind: 'text', text: String(value.value), range: at }]];
    case 'null':
    case 'undefined':
      // What JavaScript would splice in; CDK would synthesize exactly this text.
      return [[{ kind: 'text', text: value.kind, range: at }]];
    case 'unknown':
      return [[{ kind: 'unresolved', expression: value.expression, reason: value.reason, range: value.range }]];
    case 'alternatives': {
      const spellings = value.options.flatMap((o) => stringOptions(o, use));
      return spellings.length > MAX_OPTIONS ? tooManySpellings(at) : spellings;
    }
    case 'array':
      return concatOptions(value.items.flatMap((item, i) => (i === 0 ? [stringOptions(item, use)] : [[[{ kind: 'text', text: ',', range: at }]], stringOptions(item, use)])), at);
    case 'module':
      return [[{ kind: 'unresolved', expression: value.path.join('.') || value.source, reason: `imported from "${value.source}"`, range: at }]];
    default:
      return [[{ kind: 'unresolved', expression: value.kind, reason: 'not a string value', range: at }]];
  }
}

/** Concatenation (at `range`) of parts, each a list of spellings: every combination, or unresolved past the cap. */
export function concatOptions(parts: readonly Segment[][][], range: Range): Segment[][] {
  let out: Segment[][] = [[]];
  for (const part of parts) {
    if (out.length * part.length > MAX_OPTIONS) return tooManySpellings(range);
    const next: Segment[][] = [];
    for (const prefix of out) for (const option of part) next.push([...prefix, ...option]);
    out = next;
  }
  return out.map(mergeText);
}

/** Adjacent text segments merged (the first range is kept), so literals stay single segments. */
function mergeText(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (s.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { ...last, text: last.text + s.text };
    else if (s.kind !== 'text' || s.text !== '') out.push(s);
  }
  return out;
}

/** A string value (or a choice of strings) from spellings. */
export function segmentsToValue(options: readonly Segment[][], range: Range): CValue {
  return alternatives(
    options.map((segments) => ({ kind: 'string', segments, range })),
    range,
  );
}
