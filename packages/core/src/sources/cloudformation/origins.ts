import { appendAll } from '../../arrays.js';
import type { CharOrigins } from '../shared/tree.js';
import { checked, type Ch } from '../shared/json-origins.js';

/**
 * Character-exact origins of decoded YAML scalars: quoting, folded and block scalars (JSON string
 * literals: shared/json-origins.ts). Findings inside a `!Sub` string or a policy embedded in a string point at the very
 * characters; every decoder is checked against the parser's own value, and a mismatch (an exotic
 * form) falls back to the span of the whole literal.
 */

/** YAML scalar styles as the `yaml` package names them. */
export type YamlScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

/** Origins of a YAML scalar written at text[start, end) in the given style; null when not mappable. */
export function yamlScalarOrigins(text: string, start: number, end: number, style: YamlScalarStyle, expected: string): CharOrigins | null {
  switch (style) {
    case 'PLAIN':
      return checked(flowScalar(text, start, end, 'plain'), expected);
    case 'QUOTE_SINGLE':
      return checked(flowScalar(text, start + 1, end - 1, 'single'), expected);
    case 'QUOTE_DOUBLE':
      return checked(flowScalar(text, start + 1, end - 1, 'double'), expected);
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      return checked(blockScalar(text, start, end, style === 'BLOCK_FOLDED'), expected);
  }
}

interface Line {
  /** Offset of the line's first character. */
  at: number;
  text: string;
}

function splitLines(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let at = start;
  for (let i = start; i < end; i++) {
    if (text[i] === '\n') {
      const lineEnd = i > at && text[i - 1] === '\r' ? i - 1 : i;
      lines.push({ at, text: text.slice(at, lineEnd) });
      at = i + 1;
    }
  }
  lines.push({ at, text: text.slice(at, end) });
  return lines;
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** Plain and quoted flow scalars: line folding (a single break → space, n empty lines → n breaks) and escapes. */
function flowScalar(text: string, start: number, end: number, quoting: 'plain' | 'single' | 'double'): Ch[] | undefined {
  const lines = splitLines(text, start, end);
  const out: Ch[] = [];
  let emptyLines = 0;
  let joinTight = false;
  lines.forEach((line, index) => {
    let a = 0;
    let b = line.text.length;
    if (index > 0) while (a < b && isBlank(line.text[a])) a++;
    if (index < lines.length - 1) while (b > a && isBlank(line.text[b - 1])) b--;
    if (index > 0 && index < lines.length - 1 && a === b) {
      emptyLines++;
      return;
    }
    if (index > 0) {
      // The break is attributed to the last character of the previous line's break.
      const at = line.at - 1;
      if (emptyLines > 0) for (let k = 0; k < emptyLines; k++) out.push({ c: '\n', s: at, e: at + 1 });
      else if (!joinTight) out.push({ c: ' ', s: at, e: at + 1 });
    }
    emptyLines = 0;
    joinTight = false;
    const content = line.text.slice(a, b);
    const base = line.at + a;
    if (quoting === 'plain') {
      for (let k = 0; k < content.length; k++) out.push({ c: content[k]!, s: base + k, e: base + k + 1 });
    } else if (quoting === 'single') {
      for (let k = 0; k < content.length; k++) {
        if (content[k] === "'" && content[k + 1] === "'") {
          out.push({ c: "'", s: base + k, e: base + k + 2 });
          k++;
        } else out.push({ c: content[k]!, s: base + k, e: base + k + 1 });
      }
    } else {
      const last = index === lines.length - 1;
      const decoded = decodeDoubleQuoted(content, base, last);
      if (!decoded) return;
      appendAll(out, decoded.chars);
      joinTight = decoded.escapedBreak;
    }
  });
  return out;
}

const YAML_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_ESCAPE_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** One line of a double-quoted scalar; a trailing `\` escapes the line break (joins without a space). */
function decodeDoubleQuoted(content: string, base: number, last: boolean): { chars: Ch[]; escapedBreak: boolean } | undefined {
  const chars: Ch[] = [];
  for (let k = 0; k < content.length; k++) {
    const c = content[k]!;
    if (c !== '\\') {
      chars.push({ c, s: base + k, e: base + k + 1 });
      continue;
    }
    if (k === content.length - 1 && !last) return { chars, escapedBreak: true };
    const next = content[k + 1] ?? '';
    const hex = HEX_ESCAPE_LENGTH[next];
    if (hex !== undefined) {
      const code = Number.parseInt(content.slice(k + 2, k + 2 + hex), 16);
      if (Number.isNaN(code)) return undefined;
      const s = String.fromCodePoint(code);
      for (const unit of s.split('')) chars.push({ c: unit, s: base + k, e: base + k + 2 + hex });
      k += 1 + hex;
      continue;
    }
    const simple = YAML_ESCAPES[next];
    if (simple === undefined) return undefined;
    chars.push({ c: simple, s: base + k, e: base + k + 2 });
    k++;
  }
  return { chars, escapedBreak: false };
}

/**
 * Block scalars (`|` literal, `>` folded) with auto-detected indentation and chomping. `start` is at
 * the indicator. Explicit indentation indicators are not mapped (the check then falls back).
 */
function blockScalar(text: string, start: number, end: number, folded: boolean): Ch[] | undefined {
  const lines = splitLines(text, start, end);
  const header = lines.shift();
  if (!header || /\d/.test(header.text.replace(/#.*$/, ''))) return undefined;
  const chomp = /^[|>]\s*[-+]/.test(header.text) ? (header.text.includes('-') ? 'strip' : 'keep') : 'clip';
  if (lines.length > 0 && lines.at(-1)!.text === '') lines.pop();
  const first = lines.find((l) => l.text.trim() !== '');
  if (!first) return [];
  const indent = first.text.length - first.text.trimStart().length;
  const out: Ch[] = [];
  let emptyLines = 0;
  let prev: 'none' | 'normal' | 'more' = 'none';
  let lastBreakAt = start;
  const pushBreaks = (n: number, at: number): void => {
    for (let k = 0; k < n; k++) out.push({ c: '\n', s: at, e: at + 1 });
  };
  for (const line of lines) {
    const breakAt = line.at - 1;
    if (line.text.trim() === '') {
      emptyLines++;
      lastBreakAt = line.at + line.text.length;
      continue;
    }
    if (line.text.slice(0, indent).trim() !== '') return undefined;
    const content = line.text.slice(indent);
    const kind = isBlank(content[0]) ? 'more' : 'normal';
    if (prev !== 'none') {
      if (!folded) pushBreaks(1 + emptyLines, breakAt);
      else if (prev === 'normal' && kind === 'normal') {
        if (emptyLines > 0) pushBreaks(emptyLines, breakAt);
        else out.push({ c: ' ', s: breakAt, e: breakAt + 1 });
      } else pushBreaks(1 + emptyLines, breakAt);
    } else pushBreaks(emptyLines, breakAt);
    emptyLines = 0;
    prev = kind;
    const base = line.at + indent;
    for (let k = 0; k < content.length; k++) out.push({ c: content[k]!, s: base + k, e: base + k + 1 });
    lastBreakAt = line.at + line.text.length;
  }
  if (chomp === 'clip') pushBreaks(1, lastBreakAt);
  else if (chomp === 'keep') pushBreaks(1 + emptyLines, lastBreakAt);
  return out;
}
