import { PIECE_SIZE } from '../../budget.js';
import type { Provenance } from '../../model/span.js';
import {
  textSegment,
  type LocatedAbsent,
  type LocatedJson,
  type LocatedList,
  type LocatedMember,
  type LocatedObject,
  type LocatedScalar,
  type LocatedString,
  type Segment,
  type TextSegment,
} from '../../model/located.js';
import type { Range } from '../shared/tree.js';

/**
 * Resolved values: what an expression evaluates to statically, every piece still located in the
 * file — the shared located partial values (model/located.ts) without unknowns or choices (a
 * CloudFormation condition is resolved into variants before rendering). Strings are sequences of
 * segments so that a spliced unresolved expression keeps the literal text around it
 * (`repo:<GitHubOrg>/*`) and its own span (the `${GitHubOrg}` in the template); text segments keep
 * per-character origins.
 */

export type { Segment, TextSegment, UnresolvedSegment } from '../../model/located.js';
export { textSegment };

export type RString = LocatedString;
export type RScalar = LocatedScalar;
export type RList = LocatedList<RValue>;
export type RMember = LocatedMember<RValue>;
export type RObject = LocatedObject<RValue>;
/** `AWS::NoValue`: the property or list item is removed. */
export type RNoValue = LocatedAbsent;

export type RValue = LocatedJson;

export { stringOfNode } from '../shared/tree.js';

export function literalString(text: string, range: Range, provenance?: Provenance): RString {
  return { kind: 'string', segments: [textSegment(text, range)], range, ...(provenance ? { provenance } : {}) };
}

export function unresolvedString(expression: string, reason: string, range: Range): RString {
  return { kind: 'string', segments: [{ kind: 'unresolved', expression, reason, range }], range };
}

/** The literal text of a string without unresolved parts (scalars by their text), else undefined. */
export function literalText(value: RValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.kind === 'number' || value.kind === 'boolean') return value.text;
  if (value.kind !== 'string') return undefined;
  let out = '';
  for (const s of value.segments) {
    if (s.kind !== 'text') return undefined;
    out += s.text;
  }
  return out;
}

/** A value used where CloudFormation expects a string: scalars by their text; others undefined. */
export function asString(value: RValue): RString | undefined {
  if (value.kind === 'string') return value;
  if (value.kind === 'number' || value.kind === 'boolean') return literalString(value.text, value.range);
  return undefined;
}

/** Re-attributes every segment to one range (a spliced value is located where it is spliced). */
export function relocate(segments: readonly Segment[], range: Range): Segment[] {
  return segments.map((s) => (s.kind === 'text' ? textSegment(s.text, range) : { ...s, range }));
}

/** Slice [from, to) of a text segment, keeping per-character origins. */
export function sliceSegment(s: TextSegment, from: number, to: number): TextSegment {
  const origins = s.origins ? { starts: s.origins.starts.slice(from, to), ends: s.origins.ends.slice(from, to) } : null;
  const start = origins?.starts[0];
  const end = origins?.ends.at(-1);
  const range: Range = start !== undefined && end !== undefined ? [start, end] : s.range;
  return textSegment(s.text.slice(from, to), range, origins);
}

/** Splits a string at a literal delimiter (unresolved parts are assumed not to contain it). */
export function splitSegments(segments: readonly Segment[], delimiter: string): Segment[][] {
  const pieces: Segment[][] = [[]];
  for (const s of segments) {
    if (s.kind !== 'text' || delimiter === '') {
      pieces.at(-1)!.push(s);
      continue;
    }
    let from = 0;
    for (let at = s.text.indexOf(delimiter); at >= 0; at = s.text.indexOf(delimiter, from)) {
      if (at > from) pieces.at(-1)!.push(sliceSegment(s, from, at));
      pieces.push([]);
      from = at + delimiter.length;
    }
    if (from < s.text.length) pieces.at(-1)!.push(sliceSegment(s, from, s.text.length));
  }
  return pieces;
}

/** The first parameter-default provenance among several strings (a string holds one provenance). */
export function firstProvenance(values: readonly (RValue | undefined)[]): Provenance | undefined {
  for (const v of values) if (v?.kind === 'string' && v.provenance) return v.provenance;
  return undefined;
}

/** A value's own size for the value-size budget: its text and pieces, not what it contains. */
export function valueSize(value: RValue): number {
  switch (value.kind) {
    case 'string':
      return value.segments.reduce((n, s) => n + PIECE_SIZE + (s.kind === 'text' ? s.text.length : 0), 0);
    case 'list':
      return PIECE_SIZE * value.items.length;
    case 'object':
      return PIECE_SIZE * value.members.length;
    default:
      return 0;
  }
}
