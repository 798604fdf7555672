import { describe, expect, it } from 'vitest';
import { EvaluationBudget, LimitError } from '../../src/budget.js';
import { locatedRenderer, SpanMaker, textSegment, type LocatedValue, type UnresolvedSegment } from '../../src/model/located.js';
import { displayString, UnresolvedAllocator, type PolicyNode } from '../../src/model/policy.js';
import { lineStarts } from '../../src/model/span.js';

/** The one renderer from located partial values to the policy model, and its two options. */
const text = 'repo:${Org}/*\n"x"';
const spans = new SpanMaker(lineStarts(text));
const org: UnresolvedSegment = { kind: 'unresolved', expression: 'Org', reason: 'a parameter without a value', range: [5, 11] };
const sub: LocatedValue = { kind: 'string', segments: [textSegment('repo:', [0, 5]), org, textSegment('/*', [11, 13])], range: [0, 13] };

const strings = (node: PolicyNode | undefined): string[] =>
  node?.type === 'array' ? node.items.flatMap(strings) : node?.type === 'string' ? [displayString(node)] : [];

describe('LocatedRenderer', () => {
  it('keeps the literal text around an unresolved part and locates the part', () => {
    const node = locatedRenderer(spans).render(sub);
    expect(node?.type).toBe('string');
    if (node?.type !== 'string') return;
    expect(displayString(node)).toBe('repo:<Org>/*');
    expect(node.unresolved?.[0]?.span.start).toEqual({ line: 1, column: 5, offset: 5 });
    expect(node.provenance).toEqual({ kind: 'unresolved', expression: 'Org', reason: 'a parameter without a value' });
  });

  it('gives each occurrence its own part unless asked to de-duplicate', () => {
    const list: LocatedValue = { kind: 'list', items: [sub, sub], range: [0, 13] };
    const ids = (node: PolicyNode | undefined): number[] =>
      node?.type === 'array' ? node.items.flatMap((i) => (i.type === 'string' ? (i.unresolved ?? []).map((p) => p.id) : [])) : [];
    expect(ids(locatedRenderer(spans).render(list))).toEqual([0, 1]);
    expect(ids(locatedRenderer(spans, new UnresolvedAllocator(), { dedupeUnresolved: true }).render(list))).toEqual([0, 0]);
  });

  it('splices choices, and choices of lists, into one list; drops absent values', () => {
    const a: LocatedValue = { kind: 'string', segments: [textSegment('a', [0, 1])], range: [0, 1] };
    const b: LocatedValue = { kind: 'string', segments: [textSegment('b', [1, 2])], range: [1, 2] };
    const choice: LocatedValue = { kind: 'alternatives', options: [a, { kind: 'list', items: [b, { kind: 'absent', range: [0, 0] }], range: [0, 2] }], range: [0, 2] };
    expect(strings(locatedRenderer(spans).render(choice))).toEqual(['a', 'b']);
    const one: LocatedValue = { kind: 'alternatives', options: [a], range: [0, 1] };
    expect(locatedRenderer(spans).render(one)?.type).toBe('string');
    const obj: LocatedValue = { kind: 'object', members: [{ key: 'k', keyRange: [0, 1], value: { kind: 'absent', range: [0, 0] } }], range: [0, 2] };
    expect(locatedRenderer(spans).render(obj)).toMatchObject({ type: 'object', members: [] });
  });

  it('renders an unknown value as one unresolved part, and a string provenance as given', () => {
    const unknown: LocatedValue = { kind: 'unknown', expression: 'props.repo', reason: 'a constructor parameter', range: [14, 17] };
    expect(strings(locatedRenderer(spans).render(unknown))).toEqual(['<props.repo>']);
    const prov = { kind: 'placeholder' as const, expression: '${X}' };
    const withProv: LocatedValue = { kind: 'string', segments: [org], range: [5, 11], provenance: prov };
    expect(locatedRenderer(spans).render(withProv)?.provenance).toEqual(prov);
  });

  it('charges the budget per rendered node when given one', () => {
    const items: LocatedValue[] = Array.from({ length: 50 }, () => sub);
    const budget = new EvaluationBudget({ valueSize: 1000 });
    expect(() => locatedRenderer(spans, new UnresolvedAllocator(), { budget }).render({ kind: 'list', items, range: [0, 13] })).toThrow(LimitError);
    expect(() => locatedRenderer(spans).render({ kind: 'list', items, range: [0, 13] })).not.toThrow();
  });
});
