/** A replacement of the text [start, end) of one file (offsets in UTF-16 code units). */
export interface TextEdit {
  file: string;
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits of one file; overlapping edits are a bug of the caller. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor || e.end < e.start || e.end > text.length) throw new Error(`overlapping or out-of-range edit at offset ${e.start} of ${e.file}`);
    out += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/** Applies edits spread over several files to their texts; files without edits are kept as they are. */
export function applyFileEdits(texts: ReadonlyMap<string, string>, edits: readonly TextEdit[]): Map<string, string> {
  const out = new Map(texts);
  const byFile = new Map<string, TextEdit[]>();
  for (const e of edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, list] of byFile) out.set(file, applyEdits(texts.get(file) ?? '', list));
  return out;
}

/** The line ending a file uses (CRLF when its first line break is one). */
export function lineEnding(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** The indentation unit of a file: the leading whitespace of its first indented line (default two spaces). */
export function indentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text);
  const lead = m?.[1] ?? '  ';
  return lead.startsWith('\t') ? '\t' : lead.length <= 8 ? lead : '  ';
}

/** The whitespace from the start of the line of `offset` up to the first non-blank character. */
export function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}
