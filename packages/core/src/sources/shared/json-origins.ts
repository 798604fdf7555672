import type { CharOrigins } from './tree.js';

/**
 * Character-exact origins of decoded JSON string literals (escapes), and the check every decoder of
 * string origins (JSON here, YAML in cloudformation/origins.ts) is held to: it must reproduce the
 * parser's own value, else the span of the whole literal is used.
 */

/** A decoded character and where it was written. */
export interface Ch {
  c: string;
  s: number;
  e: number;
}

function toOrigins(chars: readonly Ch[]): { value: string; origins: CharOrigins } {
  return {
    value: chars.map((x) => x.c).join(''),
    origins: { starts: chars.map((x) => x.s), ends: chars.map((x) => x.e) },
  };
}

/** Origins only when the decoding reproduces the parser's value (UTF-16 units must line up). */
export function checked(chars: readonly Ch[] | undefined, expected: string): CharOrigins | null {
  if (!chars) return null;
  const { value, origins } = toOrigins(chars);
  return value === expected && origins.starts.length === expected.length ? origins : null;
}

const SIMPLE_JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Decodes the JSON string literal text[start, end) (quotes included) with per-character origins. */
export function jsonStringOrigins(text: string, start: number, end: number, expected: string): CharOrigins | null {
  const chars: Ch[] = [];
  let i = start + 1;
  const stop = end - 1;
  while (i < stop) {
    const c = text[i]!;
    if (c !== '\\') {
      chars.push({ c, s: i, e: i + 1 });
      i++;
      continue;
    }
    const next = text[i + 1] ?? '';
    if (next === 'u') {
      const code = Number.parseInt(text.slice(i + 2, i + 6), 16);
      if (Number.isNaN(code)) return null;
      chars.push({ c: String.fromCharCode(code), s: i, e: i + 6 });
      i += 6;
      continue;
    }
    const simple = SIMPLE_JSON_ESCAPES[next];
    if (simple === undefined) return null;
    chars.push({ c: simple, s: i, e: i + 2 });
    i += 2;
  }
  return checked(chars, expected);
}
