import type { Position, SourceLocation } from '../model/span.js';

/** The position `index` characters into text that starts at `start` (for matches inside a value's source). */
export function advance(start: Position, text: string, index: number): Position {
  let { line, column } = start;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      column = 0;
    } else if (c !== 13) column++;
  }
  return { line, column, offset: start.offset + Math.min(index, text.length) };
}

/** The location of `text.slice(from, to)` when `text` begins at `start` of `base`'s file. */
export function subLocation(base: SourceLocation, text: string, from: number, to: number): SourceLocation {
  return { file: base.file, span: { start: advance(base.span.start, text, from), end: advance(base.span.start, text, to) } };
}
