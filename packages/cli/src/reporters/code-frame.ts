// Own code, not @babel/code-frame: frames here cut minified lines to a window around the span and keep
// tabs in the underline so the carets line up; that package shows whole lines and pulls in a highlighter.
import type { Span } from '@trustlint/core';

export interface CodeFrameOptions {
  /** Longest source line shown; longer lines (minified JSON) are cut around the span. */
  maxWidth?: number;
  /** Most lines shown for a multi-line span. */
  maxLines?: number;
}

export interface FrameLine {
  /** Gutter label: the 1-based line number, or '' for the underline row, '…' for elided lines. */
  gutter: string;
  text: string;
  /** True for underline rows (coloured differently). */
  marker: boolean;
}

/**
 * The source lines of a span with a `^^^` underline under each spanned part. Tabs before the span are
 * kept in the underline prefix so that the carets line up in any tab width.
 */
export function codeFrame(text: string, span: Span, options: CodeFrameOptions = {}): FrameLine[] {
  const maxWidth = options.maxWidth ?? 120;
  const maxLines = options.maxLines ?? 3;
  const lines = text.split(/\r\n|\r|\n/);
  const first = span.start.line;
  // A span that ends at the very start of a line does not cover that line.
  const last = span.end.line > first && span.end.column === 0 ? span.end.line - 1 : span.end.line;
  const out: FrameLine[] = [];
  for (let n = first; n <= last; n++) {
    const source = lines[n - 1];
    if (source === undefined) break;
    if (n - first >= maxLines) {
      out.push({ gutter: '…', text: '', marker: false });
      break;
    }
    const from = n === first ? Math.min(span.start.column, source.length) : firstNonSpace(source);
    const to = n === span.end.line ? Math.min(span.end.column, source.length) : source.length;
    const window = visibleWindow(source, from, maxWidth);
    const shown = source.slice(window.start, window.end);
    const prefix = window.start > 0 ? '…' : '';
    const suffix = window.end < source.length ? '…' : '';
    const pad = (prefix + source.slice(window.start, from)).replace(/[^\t]/g, ' ');
    const width = Math.max(1, Math.min(to, window.end) - from);
    out.push({ gutter: String(n), text: prefix + shown + suffix, marker: false });
    out.push({ gutter: '', text: pad + '^'.repeat(width), marker: true });
  }
  return out;
}

function firstNonSpace(line: string): number {
  const m = /\S/.exec(line);
  return m ? m.index : 0;
}

/** A slice of at most `maxWidth` characters that shows the start of the span with some context before it. */
function visibleWindow(line: string, from: number, maxWidth: number): { start: number; end: number } {
  if (line.length <= maxWidth) return { start: 0, end: line.length };
  const start = Math.max(0, from - Math.min(30, Math.floor(maxWidth / 4)));
  return { start, end: Math.min(line.length, start + maxWidth) };
}
