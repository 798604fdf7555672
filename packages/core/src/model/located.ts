import { positionAt, type Span } from './span.js';

/** A half-open range [start, end) of offsets into one parsed text (a source file, a decoded string). */
export type Range = readonly [number, number];

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
