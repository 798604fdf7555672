import { appendAll } from '../arrays.js';
import { NODE_SIZE, type EvaluationBudget } from '../budget.js';
import { UnresolvedAllocator, type PolicyMember, type PolicyNode, type PolicyString, type UnresolvedPart } from './policy.js';
import { positionAt, type Provenance, type Span } from './span.js';

/**
 * Located partial values: what a source evaluator (CDK, CloudFormation, plan JSON) knows of a value
 * before it becomes part of a policy tree. Every piece keeps the offsets it was written at; strings
 * are segment lists, so that an unresolved part (`${GitHubOrg}`, `props.owner`) keeps the literal text
 * around it and its own location; a value known only up to a choice (`props.repo ?? '*'`) keeps every
 * option. One renderer turns them into the policy model (model/policy.ts) for every format.
 */

/** A half-open range [start, end) of offsets into one parsed text (a source file, a decoded string). */
export type Range = readonly [number, number];

/**
 * Where each character of a decoded string came from: character i of the value was written at
 * [starts[i], ends[i]) in the parsed text (escapes and folded lines make this differ from the value).
 */
export interface CharOrigins {
  starts: readonly number[];
  ends: readonly number[];
}

/** Literal text, located at `range`; `origins` (when known) locates it character by character. */
export interface TextSegment {
  kind: 'text';
  text: string;
  range: Range;
  /** Per-character file offsets; null or absent: every character is attributed to `range`. */
  origins?: CharOrigins | null;
}

/** A part whose value is not known statically, with the reason and where it is written. */
export interface UnresolvedSegment {
  kind: 'unresolved';
  /** As the user would recognise it: a parameter name, `props.owner`, `Fn::ImportValue(…)`. */
  expression: string;
  reason: string;
  range: Range;
}

export type Segment = TextSegment | UnresolvedSegment;

export function textSegment(text: string, range: Range, origins: CharOrigins | null = null): TextSegment {
  return { kind: 'text', text, origins, range };
}

export interface LocatedString {
  kind: 'string';
  segments: Segment[];
  range: Range;
  /** Where the whole string came from (a parameter default); else derived from its unresolved parts. */
  provenance?: Provenance;
}

export interface LocatedScalar {
  kind: 'number' | 'boolean' | 'null';
  value: number | boolean | null;
  /** The literal text as written (numbers compare by text in IAM). */
  text: string;
  range: Range;
}

/** A list whose items are `V` (the format's own value type, or LocatedValue). */
export interface LocatedList<V> {
  kind: 'list';
  items: V[];
  range: Range;
}

export interface LocatedMember<V> {
  key: string;
  keyRange: Range;
  /** Set when the key itself holds unresolved parts (a computed key, a key inside a `Fn::Sub` JSON text). */
  keySegments?: Segment[];
  value: V;
}

export interface LocatedObject<V> {
  kind: 'object';
  members: LocatedMember<V>[];
  range: Range;
}

/** No value: the member or list item is left out (`AWS::NoValue`, a JavaScript `undefined`). */
export interface LocatedAbsent {
  kind: 'absent';
  range: Range;
}

/** A whole value that is not known statically. */
export interface LocatedUnknown {
  kind: 'unknown';
  expression: string;
  reason: string;
  range: Range;
}

/** A value known only up to a choice: each option may be the value (IAM ORs a list of condition values). */
export interface LocatedAlternatives<V> {
  kind: 'alternatives';
  options: V[];
  range: Range;
}

/** One level of a located partial value; its children are `V`. */
export type LocatedShape<V> =
  | LocatedString
  | LocatedScalar
  | LocatedList<V>
  | LocatedObject<V>
  | LocatedAbsent
  | LocatedUnknown
  | LocatedAlternatives<V>;

/** A located partial value whose children are located partial values. */
export type LocatedValue =
  | LocatedString
  | LocatedScalar
  | LocatedList<LocatedValue>
  | LocatedObject<LocatedValue>
  | LocatedAbsent
  | LocatedUnknown
  | LocatedAlternatives<LocatedValue>;

/**
 * A located value as parsed from JSON or YAML and resolved, with no unknown whole values and no choices
 * (CloudFormation resolves conditions into variants first): a subset of LocatedValue.
 */
export type LocatedJson = LocatedString | LocatedScalar | LocatedList<LocatedJson> | LocatedObject<LocatedJson> | LocatedAbsent;

/**
 * Converts offsets of one file to spans (one instance per file; `lines` from `lineStarts`). Every
 * source evaluator that records offsets (CDK, CloudFormation, plan JSON) locates its values with it.
 */
export class SpanMaker {
  constructor(private readonly lines: readonly number[]) {}

  span(range: Range): Span {
    return { start: positionAt(this.lines, range[0]), end: positionAt(this.lines, range[1]) };
  }
}

export interface LocatedRenderOptions {
  /**
   * One marker for the same unresolved expression at the same place, so it is reported once (CDK: a
   * constant used many times). Otherwise every occurrence gets its own marker and part.
   */
  dedupeUnresolved?: boolean;
  /** Charged NODE_SIZE per node rendered: a value shared many times over renders that many nodes. */
  budget?: EvaluationBudget;
}

/**
 * Renders located partial values as a PolicyNode tree. `view` shows one level of the format's own value
 * as a LocatedShape (identity for a format whose values are LocatedShapes already), so a format keeps
 * its evaluator's value type and still renders through this one code path. A choice becomes a list,
 * nested choices and choices of lists spliced in (IAM ORs the values of a condition, so the verdict
 * covers each choice); an unknown value becomes a string holding one unresolved part.
 */
export class LocatedRenderer<V = LocatedValue> {
  private readonly parts = new Map<string, { marker: string; part: UnresolvedPart }>();

  constructor(
    private readonly spans: SpanMaker,
    private readonly alloc: UnresolvedAllocator,
    private readonly view: (value: V) => LocatedShape<V>,
    private readonly options: LocatedRenderOptions = {},
  ) {}

  render(value: V): PolicyNode | undefined {
    const shape = this.view(value);
    this.options.budget?.grow(NODE_SIZE, { offset: shape.range[0] });
    const span = this.spans.span(shape.range);
    switch (shape.kind) {
      case 'string':
        return this.string(shape.segments, span, shape.provenance);
      case 'number':
      case 'boolean':
      case 'null':
        return { type: shape.kind, span, value: shape.value, text: shape.text };
      case 'absent':
        return undefined;
      case 'list':
        return { type: 'array', span, items: this.items(shape.items) };
      case 'alternatives': {
        const items = this.items([value]);
        return items.length === 1 ? items[0] : { type: 'array', span, items };
      }
      case 'object': {
        const members: PolicyMember[] = [];
        for (const m of shape.members) {
          const node = this.render(m.value);
          if (!node) continue;
          const key = m.keySegments ? this.text(m.keySegments).text : m.key;
          members.push({ key, keySpan: this.spans.span(m.keyRange), value: node });
        }
        return { type: 'object', span, members };
      }
      case 'unknown':
        return this.string([{ kind: 'unresolved', expression: shape.expression, reason: shape.reason, range: shape.range }], span, undefined);
    }
  }

  /** Items of a list; choices and nested choices of lists are spliced in. */
  private items(values: readonly V[]): PolicyNode[] {
    const out: PolicyNode[] = [];
    for (const v of values) {
      const shape = this.view(v);
      if (shape.kind === 'alternatives') {
        appendAll(
          out,
          this.items(
            shape.options.flatMap((o) => {
              const option = this.view(o);
              return option.kind === 'list' ? option.items : [o];
            }),
          ),
        );
        continue;
      }
      const node = this.render(v);
      if (node) out.push(node);
    }
    return out;
  }

  private string(segments: readonly Segment[], span: Span, provenance: Provenance | undefined): PolicyString {
    const { text, parts } = this.text(segments);
    const node: PolicyString = { type: 'string', span, value: text };
    if (parts.length > 0) node.unresolved = parts;
    const first = parts[0];
    if (provenance) node.provenance = provenance;
    else if (first) node.provenance = { kind: 'unresolved', expression: first.expression, reason: first.reason };
    return node;
  }

  /** The text of segments with markers for the unresolved parts, and those parts. */
  text(segments: readonly Segment[]): { text: string; parts: UnresolvedPart[] } {
    let text = '';
    const parts: UnresolvedPart[] = [];
    for (const s of segments) {
      if (s.kind === 'text') {
        text += s.text;
        continue;
      }
      const made = this.options.dedupeUnresolved ? this.shared(s) : this.alloc.part(s.expression, s.reason, this.spans.span(s.range));
      text += made.marker;
      if (!parts.some((p) => p.id === made.part.id)) parts.push(made.part);
    }
    return { text, parts };
  }

  private shared(s: UnresolvedSegment): { marker: string; part: UnresolvedPart } {
    const key = `${s.expression}\u0000${String(s.range[0])}:${String(s.range[1])}`;
    let made = this.parts.get(key);
    if (!made) {
      made = this.alloc.part(s.expression, s.reason, this.spans.span(s.range));
      this.parts.set(key, made);
    }
    return made;
  }
}

/** A renderer for values that are LocatedShapes all the way down (a new allocator unless given). */
export function locatedRenderer(spans: SpanMaker, alloc = new UnresolvedAllocator(), options: LocatedRenderOptions = {}): LocatedRenderer {
  return new LocatedRenderer<LocatedValue>(spans, alloc, (v) => v, options);
}
