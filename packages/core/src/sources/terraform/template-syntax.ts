import type { LitPart, LitSeg } from './ast.js';

/**
 * Template literal text as HCL sees it: escapes decoded, `<<-` indentation removed, `~` strip
 * markers applied — while remembering, run by run, which source offsets each character came from.
 */

/** How a literal run is decoded: quoted strings know backslash escapes, heredocs and template files do not. */
export type LitMode = 'quoted' | 'heredoc';

/** Decodes the source ranges of one literal token (already cut by indentation removal). */
export function decodeLiteral(
  src: string,
  ranges: readonly (readonly [number, number])[],
  mode: LitMode,
  file: string,
  shift: number,
): LitPart {
  let text = '';
  const segs: LitSeg[] = [];
  const exactRun = (from: number, to: number): void => {
    if (to <= from) return;
    const last = segs.at(-1);
    if (last?.exact && last.srcEnd === from + shift && last.end === text.length) {
      last.end += to - from;
      last.srcEnd = to + shift;
    } else {
      segs.push({ start: text.length, end: text.length + to - from, srcStart: from + shift, srcEnd: to + shift, exact: true });
    }
    text += src.slice(from, to);
  };
  const escaped = (decoded: string, from: number, to: number): void => {
    segs.push({ start: text.length, end: text.length + decoded.length, srcStart: from + shift, srcEnd: to + shift, exact: decoded.length === to - from });
    text += decoded;
  };
  for (const [a, b] of ranges) {
    let run = a;
    let i = a;
    while (i < b) {
      const c = src[i];
      if ((c === '$' || c === '%') && src[i + 1] === c && src[i + 2] === '{') {
        exactRun(run, i);
        escaped(`${c}{`, i, i + 3);
        i += 3;
        run = i;
        continue;
      }
      if (mode === 'quoted' && c === '\\' && i + 1 < b) {
        const decoded = decodeEscape(src, i);
        exactRun(run, i);
        escaped(decoded.text, i, i + decoded.length);
        i += decoded.length;
        run = i;
        continue;
      }
      i++;
    }
    exactRun(run, b);
  }
  return { t: 'lit', text, segs, file };
}

function decodeEscape(src: string, i: number): { text: string; length: number } {
  const n = src[i + 1];
  switch (n) {
    case 'n':
      return { text: '\n', length: 2 };
    case 'r':
      return { text: '\r', length: 2 };
    case 't':
      return { text: '\t', length: 2 };
    case '"':
      return { text: '"', length: 2 };
    case '\\':
      return { text: '\\', length: 2 };
    case '/':
      return { text: '/', length: 2 }; // JSON-only escape, seen in .tf.json strings
    case 'u':
    case 'U': {
      const digits = n === 'u' ? 4 : 8;
      const hex = src.slice(i + 2, i + 2 + digits);
      if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === digits) {
        return { text: String.fromCodePoint(parseInt(hex, 16)), length: 2 + digits };
      }
      return { text: '\\', length: 1 };
    }
    default:
      return { text: '\\', length: 1 };
  }
}

/** Removes `n` characters from the start (`fromStart`) or end of a literal, keeping the runs aligned. */
function cut(lit: LitPart, n: number, fromStart: boolean): LitPart {
  if (n <= 0) return lit;
  const len = lit.text.length;
  const lo = fromStart ? n : 0;
  const hi = fromStart ? len : len - n;
  const segs: LitSeg[] = [];
  for (const s of lit.segs) {
    const start = Math.max(s.start, lo);
    const end = Math.min(s.end, hi);
    if (end <= start) continue;
    segs.push(
      s.exact
        ? { start: start - lo, end: end - lo, srcStart: s.srcStart + (start - s.start), srcEnd: s.srcStart + (end - s.start), exact: true }
        : { ...s, start: start - lo, end: end - lo },
    );
  }
  return { t: 'lit', text: lit.text.slice(lo, hi), segs, file: lit.file };
}

/** `${~`/`%{~` strip the whitespace before the marker, `~}` the whitespace after it. */
export function stripEnd(lit: LitPart): LitPart {
  return cut(lit, lit.text.length - lit.text.trimEnd().length, false);
}

export function stripStart(lit: LitPart): LitPart {
  return cut(lit, lit.text.length - lit.text.trimStart().length, true);
}

/** One element of a heredoc body for indentation: a literal line piece or an interpolation/directive. */
export interface HeredocItem {
  /** Literal source range, or undefined for an interpolation or directive. */
  range?: [number, number];
}

/**
 * `<<-` heredocs: HCL removes the smallest indentation of the non-blank lines (a line that begins
 * with an interpolation counts as unindented) from every line that was counted.
 */
export function dedentHeredoc(src: string, items: readonly HeredocItem[]): Map<HeredocItem, number> {
  let min = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust: { item: HeredocItem; spaces: number }[] = [];
  for (const item of items) {
    if (newline) {
      newline = false;
      if (item.range) {
        const piece = src.slice(item.range[0], item.range[1]);
        const trimmed = piece.trimStart();
        if (!(trimmed.length === 0 && piece.endsWith('\n'))) {
          const spaces = piece.length - trimmed.length;
          adjust.push({ item, spaces });
          min = Math.min(min, spaces);
        }
      } else {
        min = 0;
      }
    }
    if (item.range && src.slice(item.range[0], item.range[1]).endsWith('\n')) newline = true;
  }
  const out = new Map<HeredocItem, number>();
  if (min === Number.MAX_SAFE_INTEGER || min === 0) return out;
  for (const a of adjust) out.set(a.item, Math.min(min, a.spaces));
  return out;
}

/** Splits a literal source range into line pieces (each ending after its newline, if any). */
export function splitLines(src: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let a = start;
  for (let i = start; i < end; i++) {
    if (src.charCodeAt(i) === 10) {
      out.push([a, i + 1]);
      a = i + 1;
    }
  }
  if (a < end) out.push([a, end]);
  return out;
}
