import { toJson, type PolicyNode, type PolicyPath } from '../model/policy.js';

/** A position in the rendered text: line 1-based, column 0-based (UTF-16 code units). */
export interface TextPosition {
  line: number;
  column: number;
}

export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}

/** Where one JSON path sits in the rendered text: its value, and its key for object members. */
export interface RenderedEntry {
  path: PolicyPath;
  value: TextRange;
  key?: TextRange;
}

/** The policy exactly as sent to AWS, with the place of every path in it. */
export interface RenderedPolicy {
  text: string;
  entries: readonly RenderedEntry[];
  byPath: ReadonlyMap<string, RenderedEntry>;
  /** Entries by the line their first token (key, else value) starts on; one per line at most. */
  byLine: ReadonlyMap<number, RenderedEntry>;
}

export function pathKey(path: PolicyPath): string {
  return JSON.stringify(path);
}

/**
 * Renders a policy tree as AWS would see it — `JSON.stringify(toJson(root), null, 2)`, byte for byte —
 * while recording the line and column of every key and value. Walking the plain JSON value (not the
 * tree) keeps JSON.stringify's member order and last-duplicate-wins, so the text is the same.
 */
export function renderPolicy(root: PolicyNode): RenderedPolicy {
  const value = toJson(root);
  let text = '';
  let line = 1;
  let column = 0;
  const entries: RenderedEntry[] = [];
  const emit = (s: string): void => {
    text += s;
    column += s.length;
  };
  const newline = (indent: number): void => {
    text += `\n${' '.repeat(indent)}`;
    line++;
    column = indent;
  };
  const here = (): TextPosition => ({ line, column });

  const write = (v: unknown, indent: number, path: PolicyPath, key?: TextRange): void => {
    const start = here();
    if (Array.isArray(v)) {
      if (v.length === 0) emit('[]');
      else {
        emit('[');
        v.forEach((item, i) => {
          newline(indent + 2);
          write(item, indent + 2, [...path, i]);
          if (i < v.length - 1) emit(',');
        });
        newline(indent);
        emit(']');
      }
    } else if (typeof v === 'object' && v !== null) {
      const members = Object.entries(v as Record<string, unknown>);
      if (members.length === 0) emit('{}');
      else {
        emit('{');
        members.forEach(([k, item], i) => {
          newline(indent + 2);
          const keyStart = here();
          emit(JSON.stringify(k));
          const keyRange = { start: keyStart, end: here() };
          emit(': ');
          write(item, indent + 2, [...path, k], keyRange);
          if (i < members.length - 1) emit(',');
        });
        newline(indent);
        emit('}');
      }
    } else {
      emit(JSON.stringify(v));
    }
    entries.push({ path, value: { start, end: here() }, ...(key ? { key } : {}) });
  };
  write(value, 0, []);

  const byPath = new Map<string, RenderedEntry>();
  const byLine = new Map<number, RenderedEntry>();
  for (const e of entries) {
    byPath.set(pathKey(e.path), e);
    const first = (e.key ?? e.value).start.line;
    if (!byLine.has(first)) byLine.set(first, e);
  }
  return { text, entries, byPath, byLine };
}

/**
 * The path at a line/column of the rendered text. Only the line and whether the column lies at or
 * before the member's key (whose column is its indentation, plain spaces) are used, so the answer is
 * the same whatever unit AWS counts columns in (UTF-16, code points or bytes): with two-space
 * indentation each line starts at most one key or array item.
 */
export function pathAtPosition(rendered: RenderedPolicy, position: TextPosition): { path: PolicyPath; at: 'key' | 'value' } | undefined {
  const entry = rendered.byLine.get(position.line);
  if (entry) {
    if (entry.key && position.column <= entry.key.start.column) return { path: entry.path, at: 'key' };
    return { path: entry.path, at: 'value' };
  }
  // A closing bracket's line: the innermost value spanning it.
  let best: RenderedEntry | undefined;
  for (const e of rendered.entries) {
    if (e.value.start.line > position.line || e.value.end.line < position.line) continue;
    if (!best || e.value.end.line - e.value.start.line < best.value.end.line - best.value.start.line) best = e;
  }
  return best ? { path: best.path, at: 'value' } : undefined;
}
