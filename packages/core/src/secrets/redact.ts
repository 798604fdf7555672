import { findCredentials } from './detectors.js';

/**
 * Masks every credential in the text (secrets/detectors.ts) with `*`, keeping its last four
 * characters, as the `secret-aws-access-key` rule shows keys (`****…CRET`). The text keeps its
 * length, line breaks and escapes: code frames stay aligned, and redacting JSON text (`\n` inside an
 * escaped private key) leaves it valid JSON.
 */
export function redactSecrets(text: string): string {
  const ranges = mergedRanges(text);
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + maskRange(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

/** Whether the text holds anything credential-shaped. */
export function hasSecrets(text: string): boolean {
  return findCredentials(text).length > 0;
}

/** Overlapping or touching matches become one range, so no credential keeps more than four characters. */
function mergedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of findCredentials(text)) {
    const last = out.at(-1);
    if (last && m.start <= last[1]) last[1] = Math.max(last[1], m.end);
    else out.push([m.start, m.end]);
  }
  return out;
}

/** Backslash escapes (`\n`, `\u2028`) and whitespace are kept; every other character but the last four becomes `*`. */
function maskRange(value: string): string {
  const chars = value.split('');
  const maskable: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    if (c === '\\') {
      i += chars[i + 1] === 'u' ? 5 : 1;
      continue;
    }
    if (!/\s/.test(c)) maskable.push(i);
  }
  for (const i of maskable.slice(0, Math.max(0, maskable.length - 4))) chars[i] = '*';
  return chars.join('');
}
