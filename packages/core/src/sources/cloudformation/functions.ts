import { appendAll } from '../../arrays.js';
import type { Resolver } from './resolve.js';
import { valueOf, type TMap, type TNode } from '../shared/tree.js';
import {
  asString,
  firstProvenance,
  literalText,
  textSegment,
  unresolvedString,
  splitSegments,
  type RString,
  type RValue,
  type Segment,
} from './value.js';

/** The items of a value used as a list; an unresolved string stands for a list of unknown items. */
function itemsOf(value: RValue): RValue[] {
  if (value.kind === 'list') return value.items;
  if (value.kind === 'string') return [value];
  return [];
}

function args(arg: TNode, count: number): TNode[] | undefined {
  return arg.kind === 'seq' && arg.items.length >= count ? arg.items : undefined;
}

/** `Fn::Join [delimiter, list]`. */
export function join(r: Resolver, arg: TNode, node: TMap): RValue {
  const a = args(arg, 2);
  if (!a) return r.unresolved(node, 'Fn::Join needs [delimiter, list]');
  const [delimNode, listNode] = a as [TNode, TNode];
  const delimiter = literalText(r.resolve(delimNode));
  if (delimiter === undefined) return r.unresolved(node, 'the Fn::Join delimiter could not be resolved');
  const items = itemsOf(r.resolve(listNode));
  const segments: Segment[] = [];
  items.forEach((item, index) => {
    if (index > 0 && delimiter !== '') segments.push(textSegment(delimiter, delimNode.range));
    const str = asString(item);
    appendAll(segments, str ? str.segments : unresolvedString('Fn::Join item', 'a list item that is not a string', item.range).segments);
  });
  const result: RString = { kind: 'string', segments: segments.length > 0 ? segments : [textSegment('', node.range)], range: node.range };
  const provenance = firstProvenance(items);
  if (provenance) result.provenance = provenance;
  return r.grew(result);
}

/** `Fn::Select [index, list]`. */
export function select(r: Resolver, arg: TNode, node: TMap): RValue {
  const a = args(arg, 2);
  if (!a) return r.unresolved(node, 'Fn::Select needs [index, list]');
  const index = Number(literalText(r.resolve(a[0]!)));
  const list = r.resolve(a[1]!);
  if (!Number.isInteger(index) || index < 0) return r.unresolved(node, 'the Fn::Select index could not be resolved');
  const item = list.kind === 'list' ? list.items[index] : undefined;
  return item ?? r.unresolved(node, 'selects from a list that could not be resolved');
}

/** `Fn::Split [delimiter, string]` (unresolved parts are assumed not to contain the delimiter). */
export function split(r: Resolver, arg: TNode, node: TMap): RValue {
  const a = args(arg, 2);
  if (!a) return r.unresolved(node, 'Fn::Split needs [delimiter, string]');
  const delimiter = literalText(r.resolve(a[0]!));
  const source = asString(r.resolve(a[1]!));
  if (delimiter === undefined || !source) return r.unresolved(node, 'Fn::Split arguments could not be resolved');
  const items: RValue[] = splitSegments(source.segments, delimiter).map((segments) => ({
    kind: 'string',
    segments: segments.length > 0 ? segments : [textSegment('', source.range)],
    range: source.range,
    ...(source.provenance ? { provenance: source.provenance } : {}),
  }));
  return r.grew({ kind: 'list', items, range: node.range });
}

/** `Fn::FindInMap [MapName, TopKey, SecondKey]` over `Mappings`, with the optional `DefaultValue`. */
export function findInMap(r: Resolver, arg: TNode, node: TMap): RValue {
  const a = args(arg, 3);
  if (!a) return r.unresolved(node, 'Fn::FindInMap needs [map, top-level key, second-level key]');
  const keys = a.slice(0, 3).map((k) => literalText(r.resolve(k)));
  const fallback = valueOf(a[3], 'DefaultValue');
  if (keys.some((k) => k === undefined)) {
    return fallback ? r.resolve(fallback) : r.unresolved(node, 'a Fn::FindInMap key could not be resolved');
  }
  const [map, top, second] = keys as [string, string, string];
  const found = valueOf(valueOf(valueOf(r.env.template.mappings, map), top), second);
  if (found) return r.resolve(found);
  if (fallback) return r.resolve(fallback);
  return r.unresolved(node, `Mappings has no ${map}.${top}.${second}`);
}
