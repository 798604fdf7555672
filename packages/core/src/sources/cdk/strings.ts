import type { Range } from './estree.js';
import { alternatives, type CValue, type Segment } from './values.js';

/** At most this many spellings of one string are kept (a choice per `??` multiplies them). */
const MAX_OPTIONS = 16;

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
    case 'alternatives':
      return value.options.flatMap((o) => stringOptions(o, use)).slice(0, MAX_OPTIONS);
    case 'array': {
      const joined = concatOptions(value.items.flatMap((item, i) => (i === 0 ? [stringOptions(item, use)] : [[[{ kind: 'text', text: ',', range: at }]], stringOptions(item, use)])));
      return joined;
    }
    case 'module':
      return [[{ kind: 'unresolved', expression: value.path.join('.') || value.source, reason: `imported from "${value.source}"`, range: at }]];
    default:
      return [[{ kind: 'unresolved', expression: value.kind, reason: 'not a string value', range: at }]];
  }
}

/** Concatenation of parts, each a list of spellings: every combination, capped. */
export function concatOptions(parts: readonly Segment[][][]): Segment[][] {
  let out: Segment[][] = [[]];
  for (const part of parts) {
    const next: Segment[][] = [];
    for (const prefix of out) {
      for (const option of part) {
        if (next.length >= MAX_OPTIONS) break;
        next.push([...prefix, ...option]);
      }
    }
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
