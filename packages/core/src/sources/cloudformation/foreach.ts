import type { Finding } from '../../model/finding.js';
import { PROVIDER_TYPES } from './refs.js';
import type { Resolver } from './resolve.js';
import { FOR_EACH, resourceOf, type Bindings } from './template.js';
import { valueOf, type TEntry, type TMap, type TNode } from '../shared/tree.js';
import { asString, literalText, type RMember, type RString, type UnresolvedSegment } from './value.js';

/**
 * `Fn::ForEach` of the AWS::LanguageExtensions transform, as AWS documents it
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-foreach.html):
 * `'Fn::ForEach::LoopName': [Identifier, Collection, {OutputKey: OutputValue}]` in Resources,
 * Conditions, Outputs and resource properties. The collection is a list of strings (or a Ref to a
 * CommaDelimitedList); for each item, every `${Identifier}` or `&{Identifier}` (the item with its
 * non-alphanumeric characters removed) in an OutputKey, `Ref: Identifier` and `${Identifier}` in
 * an `Fn::Sub` of the OutputValue stand for the item. Loops nest (each with its own identifier).
 * Here the identifiers are bound while resolving (resolve.ts, refs.ts, sub.ts) rather than written
 * into a copy of the fragment, so every value stays located where it is written; each item counts
 * against the budget's instance cap.
 */

interface Loop {
  name: string;
  identifier: string;
  collection: TNode;
  fragment: TMap;
}

type Items = { items: RString[] } | { unresolved: UnresolvedSegment };

function loopOf(entry: TEntry): Loop | undefined {
  const [identifier, collection, fragment] = entry.value.kind === 'seq' ? entry.value.items : [];
  if (identifier?.kind !== 'string' || !collection || fragment?.kind !== 'map') return undefined;
  return { name: entry.key, identifier: identifier.value, collection, fragment };
}

/** An unresolved part naming `node` as written. */
function unresolvedPart(r: Resolver, node: TNode, reason: string): UnresolvedSegment {
  const [part] = (r.unresolved(node, reason) as RString).segments;
  return part?.kind === 'unresolved' ? part : { kind: 'unresolved', expression: '', reason, range: node.range };
}

/** The collection's items as literal strings, or what keeps it from being known statically. */
function loopItems(r: Resolver, loop: Loop): Items {
  const value = r.resolve(loop.collection);
  if (value.kind !== 'list') {
    const only = value.kind === 'string' && value.segments.length === 1 ? value.segments[0] : undefined;
    return { unresolved: only?.kind === 'unresolved' ? only : unresolvedPart(r, loop.collection, 'the collection is not a list') };
  }
  const items: RString[] = [];
  for (const item of value.items) {
    const text = asString(item);
    const part = text?.segments.find((s): s is UnresolvedSegment => s.kind === 'unresolved');
    if (part) return { unresolved: part };
    if (!text || literalText(text) === undefined) return { unresolved: unresolvedPart(r, loop.collection, 'an item of the collection is not a string') };
    items.push(text);
  }
  return { items };
}

/** An OutputKey with the bound identifiers substituted (`Role${Name}`, `Role&{Name}`). */
function substituteKey(key: string, bindings: Bindings): string {
  return key.replace(/([$&])\{([^}]+)\}/g, (whole, sigil: string, name: string) => {
    const bound = bindings.get(name.trim());
    const text = bound ? literalText(bound) : undefined;
    if (text === undefined) return whole;
    return sigil === '&' ? text.replace(/[^0-9A-Za-z]+/g, '') : text;
  });
}

/** Runs `each` once per item of the loop, with the item bound to its identifier (the instances counted). */
function forEachItem(r: Resolver, loop: Loop, at: number, each: (bindings: Bindings) => void): UnresolvedSegment | undefined {
  const found = loopItems(r, loop);
  if ('unresolved' in found) return found.unresolved;
  r.env.budget.expand(found.items.length, { offset: at });
  for (const item of found.items) each(new Map([...r.bindings, [loop.identifier, item]]));
  return undefined;
}

/**
 * The members an `Fn::ForEach::…` entry of a map contributes (resource properties): its fragment's
 * entries once per item. A collection that cannot be resolved contributes nothing (the loop's
 * members are unknown); loops nest.
 */
export function expandMembers(r: Resolver, entry: TEntry, into: RMember[]): void {
  const loop = loopOf(entry);
  if (!loop) return;
  forEachItem(r, loop, entry.keyRange[0], (bindings) => {
    r.within(bindings, () => {
      for (const e of loop.fragment.entries) {
        if (e.key.startsWith(FOR_EACH)) expandMembers(r, e, into);
        else into.push({ key: substituteKey(e.key, bindings), keyRange: e.keyRange, value: r.resolve(e.value) });
      }
    });
  });
}

/** Whether a loop's fragment declares a resource trustlint analyses (a role, a provider, an access key). */
function declaresAnalysedResource(fragment: TMap): boolean {
  return fragment.entries.some((e) => {
    const inner = e.key.startsWith(FOR_EACH) ? loopOf(e) : undefined;
    if (inner) return declaresAnalysedResource(inner.fragment);
    const type = valueOf(e.value, 'Type');
    return type?.kind === 'string' && (type.value === 'AWS::IAM::Role' || type.value === 'AWS::IAM::AccessKey' || PROVIDER_TYPES.has(type.value));
  });
}

/**
 * Expands the Fn::ForEach loops of Resources and Conditions into the template's resources and
 * conditions (each bound to its items). A loop whose collection cannot be resolved statically is
 * reported when it declares a resource that would be analysed: never a silent skip. `r`: a resolver
 * of the template without assumptions.
 */
export function expandTemplateLoops(r: Resolver): Finding[] {
  const { env } = r;
  const findings: Finding[] = [];
  const expand = (entry: TEntry, section: 'Resources' | 'Conditions'): void => {
    const loop = loopOf(entry);
    const unresolved = loop
      ? forEachItem(r, loop, entry.keyRange[0], (bindings) => {
          r.within(bindings, () => {
            for (const e of loop.fragment.entries) {
              if (e.key.startsWith(FOR_EACH)) expand(e, section);
              else if (section === 'Resources') env.template.resources.set(substituteKey(e.key, bindings), resourceOf(e, substituteKey(e.key, bindings), bindings));
              else env.template.conditions.set(substituteKey(e.key, bindings), { node: e.value, bindings });
            }
          });
        })
      : unresolvedPart(r, entry.value, 'Fn::ForEach needs [identifier, collection, {key: value}]');
    if (!unresolved || section !== 'Resources' || (loop && !declaresAnalysedResource(loop.fragment))) return;
    findings.push({
      ruleId: 'oidc-unresolved',
      severity: 'warning',
      message: `the resources of Resources.${entry.key} could not be expanded: "${unresolved.expression}" (${unresolved.reason}); the roles, providers and keys it declares were not analysed`,
      location: { file: env.file, span: env.spans.span(unresolved.range) },
      resource: `Resources.${entry.key}`,
    });
  };
  for (const { entry, section } of env.template.loops) expand(entry, section);
  return findings;
}
