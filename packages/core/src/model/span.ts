/** A position in a source file: 1-based line, 0-based column (UTF-16 code units), 0-based offset. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** A half-open range [start, end) in one file. */
export interface Span {
  start: Position;
  end: Position;
}

/** A location in a real file. `span` is absent only for findings on live resources (file null). */
export interface SourceLocation {
  /** Path as given to the analyser (the CLI makes it relative to the working directory). */
  file: string;
  span: Span;
}

/** Where a value came from: a literal in the file, or something that had to be resolved. */
export type Provenance =
  | { kind: 'literal' }
  | { kind: 'placeholder'; expression: string }
  | { kind: 'variable-default'; name: string; location: SourceLocation }
  | { kind: 'tfvars'; name: string; location: SourceLocation }
  | { kind: 'cfn-parameter-default'; name: string; location: SourceLocation }
  | { kind: 'terraform-local'; name: string; location: SourceLocation }
  /** Passed by a `module` block: `location` is the called module's variable. */
  | { kind: 'module-argument'; name: string; module: string; location: SourceLocation }
  | { kind: 'unresolved'; expression: string; reason: string };

/** Converts a 0-based offset into a Position using precomputed line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0), offset };
}

/** The first line of a file: where file-level findings point. */
export function firstLineSpan(text: string): Span {
  const end = text.search(/\r?\n|\r/);
  const length = end < 0 ? text.length : end;
  return { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: length, offset: length } };
}
