import type { LimitError } from '../../budget.js';
import { textSegment, type CharOrigins, type LocatedString, type Range } from '../../model/located.js';

/**
 * A format-neutral tree of a parsed YAML or JSON file (a CloudFormation template, a Terraform plan, a
 * JSON text inside a string). Ranges are offsets into the text that was parsed, so the same resolver
 * works for YAML and JSON templates and every value can be located exactly.
 */

export type { CharOrigins, Range } from '../../model/located.js';

export interface TString {
  kind: 'string';
  value: string;
  range: Range;
  /** Null when the characters could not be mapped one by one (then use `range` for all of them). */
  origins: CharOrigins | null;
}

export interface TScalar {
  kind: 'number' | 'boolean' | 'null';
  value: number | boolean | null;
  /** The literal text as written (numbers compare by text in IAM). */
  text: string;
  range: Range;
}

export interface TEntry {
  key: string;
  keyRange: Range;
  value: TNode;
}

export interface TMap {
  kind: 'map';
  entries: TEntry[];
  range: Range;
}

export interface TSeq {
  kind: 'seq';
  items: TNode[];
  range: Range;
}

export type TNode = TString | TScalar | TMap | TSeq;

/**
 * A string node whose origins are decoded on first use: most strings of a large plan or template are
 * never located character by character, and eager origins would cost memory proportional to the file.
 */
export function lazyString(value: string, range: Range, decode: () => CharOrigins | null): TString {
  let cached: CharOrigins | null | undefined;
  return {
    kind: 'string',
    value,
    range,
    get origins(): CharOrigins | null {
      if (cached === undefined) cached = decode();
      return cached;
    },
  };
}

/** The last entry with this key (what CloudFormation and JSON.parse keep). */
export function entryOf(node: TNode | undefined, key: string): TEntry | undefined {
  if (node?.kind !== 'map') return undefined;
  return node.entries.findLast((e) => e.key === key);
}

export function valueOf(node: TNode | undefined, key: string): TNode | undefined {
  return entryOf(node, key)?.value;
}

/** The text of a string or scalar node (numbers and booleans as written), else undefined. */
export function scalarText(node: TNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (node.kind === 'string') return node.value;
  if (node.kind === 'number' || node.kind === 'boolean') return node.text;
  return undefined;
}

/** Origins of value[from, to) of a string node, or null when not mapped character by character. */
export function sliceOrigins(origins: CharOrigins | null, from: number, to: number): CharOrigins | null {
  if (!origins) return null;
  return { starts: origins.starts.slice(from, to), ends: origins.ends.slice(from, to) };
}

/** The source range of value[from, to) of a string node (the whole node when unmapped). */
export function subRange(node: Pick<TString, 'range' | 'origins'>, from: number, to: number): Range {
  const o = node.origins;
  if (!o || to <= from) return node.range;
  const start = o.starts[from];
  const end = o.ends[to - 1];
  return start === undefined || end === undefined ? node.range : [start, end];
}

/** A syntax error at an offset into the parsed text. */
export interface TextError {
  message: string;
  offset: number;
}

/** The tree, a syntax error (a `parse-error`), or a crossed cap of the budget (an `input-error`). */
export type ParseResult = { root: TNode } | { error: TextError } | { limit: LimitError };

/** A string node as a located string (one literal segment, with the node's character origins). */
export function stringOfNode(node: TString): LocatedString {
  return { kind: 'string', segments: [textSegment(node.value, node.range, node.origins)], range: node.range };
}
