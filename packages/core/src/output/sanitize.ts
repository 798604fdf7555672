/**
 * The output sanitiser: every text that leaves the process (reports, explain, simulate, errors,
 * debug traces, ESLint messages) passes through here. Credentials are masked in every mode; in
 * terminal mode, control characters of values are escaped too (JSON escapes its own).
 */
import { redactSecrets } from '../secrets/redact.js';
import { escapeControlCharacters, escapeControlCharactersInText, showControlCharacters } from './control-characters.js';

/** `terminal`: text shown as is (stylish, GitHub annotations, text output, stderr); `data`: values serialised as JSON. */
export type OutputMode = 'terminal' | 'data';

/** One value (a message, a file name, a claim) ready to be printed. */
export function sanitizeText(text: string, mode: OutputMode = 'terminal'): string {
  const redacted = redactSecrets(text);
  return mode === 'terminal' ? escapeControlCharacters(redacted) : redacted;
}

/** Deeper than any finding or explain result: beyond it a value is printed as sanitised JSON text. */
const MAX_DEPTH = 64;

/**
 * A copy of a JSON-like value (a finding, an explain result) with every string — keys included —
 * sanitised. Objects that are not plain (dates, maps) are kept as they are.
 */
export function sanitizeValue<T>(value: T, mode: OutputMode): T {
  return sanitizeDeep(value, mode, 0) as T;
}

function sanitizeDeep(value: unknown, mode: OutputMode, depth: number): unknown {
  if (typeof value === 'string') return sanitizeText(value, mode);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return sanitizeText(JSON.stringify(value), mode);
  if (Array.isArray(value)) return value.map((item: unknown) => sanitizeDeep(item, mode, depth + 1));
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [sanitizeText(k, mode), sanitizeDeep(v, mode, depth + 1)]));
}

/**
 * A file's text for code frames and snippets: credentials masked with text of the same length, and
 * in terminal mode control characters shown as one visible character each, so columns stay right.
 * Redacting the whole file first also covers a frame cut out of the middle of a key.
 */
export function sanitizeSource(text: string, mode: OutputMode): string {
  const redacted = redactSecrets(text);
  return mode === 'terminal' ? showControlCharacters(redacted) : redacted;
}

const ESC = String.fromCharCode(0x1b);
/** Colours (SGR) that our own formatters add; values have had their ESC escaped before. */
const SGR = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');
/** The start of a self-overwriting progress line (carriage return, erase line). */
const LINE_RESET = `\r${ESC}[K`;

/**
 * The last step before a stream or file: masks credentials and escapes control characters except
 * line feeds, tabs, colours and a leading progress-line reset. A new output path that forgot the
 * value-level steps above still cannot print a key or move the cursor.
 */
export function sanitizeOutput(chunk: string): string {
  const reset = chunk.startsWith(LINE_RESET) ? LINE_RESET : '';
  const body = chunk.slice(reset.length);
  let out = reset;
  let at = 0;
  for (const m of body.matchAll(SGR)) {
    out += sanitizeOutputSegment(body.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + sanitizeOutputSegment(body.slice(at));
}

function sanitizeOutputSegment(text: string): string {
  return escapeControlCharactersInText(redactSecrets(text));
}
