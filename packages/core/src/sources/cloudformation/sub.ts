import { appendAll } from '../../arrays.js';
import { attribute, ref } from './refs.js';
import type { Resolver } from './resolve.js';
import { sliceOrigins, subRange, type Range, type TMap, type TNode } from '../shared/tree.js';
import { asString, firstProvenance, literalText, relocate, textSegment, unresolvedString, type RString, type RValue, type Segment } from './value.js';

/**
 * `Fn::Sub` in both forms (`template` and `[template, {Var: value}]`): `${Param}`, `${Res.Attr}`,
 * pseudo parameters, `${!Literal}` (written as `${Literal}`). Literal text keeps its per-character
 * origins; a substituted value is located at its `${…}`. Inside an Fn::ForEach loop, `&{Identifier}`
 * is the current item without its non-alphanumeric characters.
 */
export function sub(r: Resolver, arg: TNode, node: TMap): RValue {
  const template = arg.kind === 'seq' ? arg.items[0] : arg;
  const vars = arg.kind === 'seq' ? arg.items[1] : undefined;
  if (template?.kind !== 'string') return r.unresolved(node, 'Fn::Sub needs a literal template string');
  const value = template.value;
  const segments: Segment[] = [];
  const used: RValue[] = [];
  const text = (from: number, to: number): void => {
    if (to > from) segments.push(textSegment(value.slice(from, to), subRange(template, from, to), sliceOrigins(template.origins, from, to)));
  };
  let textStart = 0;
  let i = 0;
  while (i < value.length) {
    const open = nextPlaceholder(value, i);
    if (open < 0) break;
    if (value[open] === '&') {
      const close = value.indexOf('}', open + 2);
      const bound = close < 0 ? undefined : r.bindings.get(value.slice(open + 2, close).trim());
      const item = bound ? literalText(bound) : undefined;
      if (close < 0 || item === undefined) {
        i = open + 2;
        continue;
      }
      text(textStart, open);
      segments.push(textSegment(item.replace(/[^0-9A-Za-z]+/g, ''), subRange(template, open, close + 1)));
      textStart = i = close + 1;
      continue;
    }
    if (value[open + 2] === '!') {
      // `${!Name}` is the escape for a literal `${Name}`: keep `${`, drop the `!`.
      text(textStart, open + 2);
      textStart = i = open + 3;
      continue;
    }
    const close = value.indexOf('}', open + 2);
    if (close < 0) break;
    text(textStart, open);
    const name = value.slice(open + 2, close).trim();
    const at = subRange(template, open, close + 1);
    const resolved = variable(r, name, vars?.kind === 'map' ? vars : undefined, at);
    used.push(resolved);
    const str = asString(resolved);
    appendAll(segments, str ? relocate(str.segments, at) : unresolvedString(name, 'substitutes a value that is not a string', at).segments);
    textStart = i = close + 1;
  }
  text(textStart, value.length);
  const provenance = firstProvenance(used);
  const result: RString = { kind: 'string', segments: segments.length > 0 ? segments : [textSegment('', template.range)], range: template.range };
  if (provenance) result.provenance = provenance;
  return r.grew(result);
}

/** The next `${` (or `&{`, the Fn::ForEach form) at or after `from`, or -1. */
function nextPlaceholder(value: string, from: number): number {
  const dollar = value.indexOf('${', from);
  const amp = value.indexOf('&{', from);
  if (amp < 0) return dollar;
  return dollar < 0 ? amp : Math.min(dollar, amp);
}

function variable(r: Resolver, name: string, vars: TMap | undefined, at: Range): RValue {
  const local = vars?.entries.findLast((e) => e.key === name);
  if (local) return r.resolve(local.value);
  const dot = name.indexOf('.');
  if (dot > 0) return attribute(r, name.slice(0, dot), name.slice(dot + 1), at);
  return ref(r, name, at);
}
