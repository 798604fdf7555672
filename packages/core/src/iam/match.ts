import { UNRESOLVED_CLOSE, UNRESOLVED_OPEN } from '../model/policy.js';
import type { Tri } from './types.js';

/**
 * A policy value split into what matters for matching: literal text, wildcards, unresolved markers
 * and policy variables. Wildcards come only from the policy text itself, never from `${*}` or from a
 * substituted request value, so the request can never inject a wildcard.
 */
export type PatternToken =
  | { kind: 'text'; text: string }
  | { kind: 'any' }
  | { kind: 'one' }
  | { kind: 'marker'; text: string }
  | { kind: 'variable'; key: string; fallback: string | undefined; raw: string };

export interface PatternSyntax {
  /** `*` and `?` are wildcards (StringLike, Arn*, actions). */
  wildcards: boolean;
  /** `${…}` is a policy variable (Version 2012-10-17, String and Arn operators only). */
  variables: boolean;
}

/** How unresolved markers are read: as the literal marker text, or as "could be anything". */
export type UnresolvedMode = 'literal' | 'unknown';

/** `${*}`, `${?}`, `${$}`: escapes for the literal characters, never wildcards. */
const ESCAPES: ReadonlySet<string> = new Set(['*', '?', '$']);
/** `key` or `key, 'default'` (whitespace around the parts allowed). */
const VARIABLE_BODY = /^\s*([^,'\s](?:[^,']*[^,'\s])?)\s*(?:,\s*'([^']*)'\s*)?$/;
const MARKER_DIGITS = /^\d+$/;

/** Length of an unresolved marker starting at `i`, or 0. */
function markerLength(raw: string, i: number): number {
  if (raw[i] !== UNRESOLVED_OPEN) return 0;
  const close = raw.indexOf(UNRESOLVED_CLOSE, i + 1);
  if (close < 0 || !MARKER_DIGITS.test(raw.slice(i + 1, close))) return 0;
  return close - i + 1;
}

/** The token for `${body}`, or null when the body is not a valid variable reference. */
function variableToken(body: string, raw: string): PatternToken | null {
  if (ESCAPES.has(body)) return { kind: 'text', text: body };
  const m = VARIABLE_BODY.exec(body);
  if (!m?.[1]) return null;
  return { kind: 'variable', key: m[1], fallback: m[2], raw };
}

/**
 * Tokenising is pure and witness search evaluates the same policy values thousands of times, so
 * results are memoised per syntax and value (bounded: a map is dropped when it grows past its
 * limit). The cached token arrays are also the keys of the compiled matchers below, so a value is
 * tokenised and compiled once however many requests it is compared with (issue 19).
 */
const TOKEN_CACHES = Array.from({ length: 4 }, () => new Map<string, readonly PatternToken[]>());
const TOKEN_CACHE_LIMIT = 20000;

export function tokenize(raw: string, syntax: PatternSyntax): readonly PatternToken[] {
  const cache = TOKEN_CACHES[(syntax.wildcards ? 2 : 0) + (syntax.variables ? 1 : 0)] as Map<string, readonly PatternToken[]>;
  const cached = cache.get(raw);
  if (cached) return cached;
  const tokens = tokenizeUncached(raw, syntax);
  if (cache.size >= TOKEN_CACHE_LIMIT) cache.clear();
  cache.set(raw, tokens);
  return tokens;
}

function tokenizeUncached(raw: string, syntax: PatternSyntax): PatternToken[] {
  const tokens: PatternToken[] = [];
  let text = '';
  const push = (token: PatternToken): void => {
    if (text) tokens.push({ kind: 'text', text });
    text = '';
    tokens.push(token);
  };
  let i = 0;
  // The next `}` at or after a position only moves forward with i: remembering it keeps a value
  // made of many `${` without a `}` linear (hostile input), not quadratic.
  let nextClose = -1;
  while (i < raw.length) {
    const ch = raw.charAt(i);
    const marker = markerLength(raw, i);
    if (marker > 0) {
      push({ kind: 'marker', text: raw.slice(i, i + marker) });
      i += marker;
      continue;
    }
    if (syntax.variables && raw.startsWith('${', i)) {
      if (nextClose !== Infinity && nextClose < i + 2) {
        const found = raw.indexOf('}', i + 2);
        nextClose = found < 0 ? Infinity : found;
      }
      const close = nextClose === Infinity ? -1 : nextClose;
      const token = close < 0 ? null : variableToken(raw.slice(i + 2, close), raw.slice(i, close + 1));
      if (token) {
        push(token);
        i = close + 1;
        continue;
      }
    }
    if (syntax.wildcards && ch === '*') push({ kind: 'any' });
    else if (syntax.wildcards && ch === '?') push({ kind: 'one' });
    else text += ch;
    i += 1;
  }
  if (text) tokens.push({ kind: 'text', text });
  return tokens;
}

export function hasMarkerToken(tokens: readonly PatternToken[]): boolean {
  return tokens.some((t) => t.kind === 'marker');
}

/**
 * Replaces variables by the request value of their key (or their default). Returns null when a
 * variable's key is absent without a default: the value is then null and matches nothing.
 */
export function resolveVariables(
  tokens: readonly PatternToken[],
  lookup: (key: string) => string | undefined,
): readonly PatternToken[] | null {
  // Nothing to substitute: the (cached) tokens themselves, so their compiled matcher is reused.
  if (!tokens.some((t) => t.kind === 'variable')) return tokens;
  const out: PatternToken[] = [];
  for (const t of tokens) {
    if (t.kind !== 'variable') {
      out.push(t);
      continue;
    }
    const value = lookup(t.key) ?? t.fallback;
    if (value === undefined) return null;
    out.push({ kind: 'text', text: value });
  }
  return out;
}

const ANY = 0;
const ONE = 1;
/** One code point of literal text, or a wildcard. */
type Unit = string | typeof ANY | typeof ONE;

function fold(s: string, ignoreCase: boolean): string {
  return ignoreCase ? s.toLowerCase() : s;
}

function toUnits(tokens: readonly PatternToken[], ignoreCase: boolean, markerAsWildcard: boolean): Unit[] {
  const units: Unit[] = [];
  const pushText = (s: string): void => {
    for (const ch of fold(s, ignoreCase)) units.push(ch);
  };
  for (const t of tokens) {
    if (t.kind === 'any') units.push(ANY);
    else if (t.kind === 'one') units.push(ONE);
    else if (t.kind === 'marker' && markerAsWildcard) units.push(ANY);
    else if (t.kind === 'variable') pushText(t.raw); // unresolved variable: literal as written
    else pushText(t.text);
  }
  return units;
}

/** Iterative glob match (`*` = any run incl. empty, `?` = one code point); O(n·m), no backtracking blow-up. */
function globUnits(units: readonly Unit[], text: readonly string[]): boolean {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const u = units[p];
    if (u === ONE || (typeof u === 'string' && u === text[t])) {
      p += 1;
      t += 1;
    } else if (u === ANY) {
      starP = p;
      starT = t;
      p += 1;
    } else if (starP >= 0) {
      p = starP + 1;
      starT += 1;
      t = starT;
    } else {
      return false;
    }
  }
  while (units[p] === ANY) p += 1;
  return p === units.length;
}

/**
 * A pattern compiled for one case mode: its units, and the literal text before the first and after
 * the last wildcard (a value that does not start and end with them cannot match, decided without
 * splitting the value into code points). `exact` is set when the pattern has no wildcard at all: a
 * match is then string equality (units are the code points of the folded text).
 */
interface Compiled {
  units: Unit[];
  exact: string | undefined;
  prefix: string;
  suffix: string;
}

function compile(units: Unit[]): Compiled {
  const literal = (u: Unit): u is string => typeof u === 'string';
  const first = units.findIndex((u) => !literal(u));
  if (first < 0) return { units, exact: units.join(''), prefix: '', suffix: '' };
  let last = units.length;
  while (last > first && literal(units[last - 1] as Unit)) last -= 1;
  return { units, exact: undefined, prefix: units.slice(0, first).join(''), suffix: units.slice(last).join('') };
}

function globCompiled(c: Compiled, value: string, ignoreCase: boolean): boolean {
  const folded = fold(value, ignoreCase);
  if (c.exact !== undefined) return folded === c.exact;
  if (!folded.startsWith(c.prefix) || !folded.endsWith(c.suffix)) return false;
  return globUnits(c.units, Array.from(folded));
}

/** Compiled forms per token array (token arrays are cached by tokenize), per case and marker reading. */
const COMPILED = new WeakMap<readonly PatternToken[], Map<number, Compiled>>();

function compiled(tokens: readonly PatternToken[], ignoreCase: boolean, markerAsWildcard: boolean): Compiled {
  let forTokens = COMPILED.get(tokens);
  if (!forTokens) {
    forTokens = new Map();
    COMPILED.set(tokens, forTokens);
  }
  const mode = (ignoreCase ? 2 : 0) + (markerAsWildcard ? 1 : 0);
  let c = forTokens.get(mode);
  if (!c) {
    c = compile(toUnits(tokens, ignoreCase, markerAsWildcard));
    forTokens.set(mode, c);
  }
  return c;
}

/**
 * Matches tokens against a request value. With `mode: 'unknown'` a marker that decides the outcome
 * gives 'unknown': "certainly" = marker as its literal text, "possibly" = marker as `*`.
 */
export function matchTokens(tokens: readonly PatternToken[], value: string, ignoreCase: boolean, mode: UnresolvedMode): Tri {
  const certain = globCompiled(compiled(tokens, ignoreCase, false), value, ignoreCase);
  if (certain || mode === 'literal' || !hasMarkerToken(tokens)) return certain;
  return globCompiled(compiled(tokens, ignoreCase, true), value, ignoreCase) ? 'unknown' : false;
}

/** Splits at the first five `:` into the six ARN components; null when there are fewer. */
function splitArnUnits<T extends Unit>(units: readonly T[]): T[][] | null {
  const parts: T[][] = [[]];
  for (const u of units) {
    if (u === ':' && parts.length < 6) parts.push([]);
    else parts[parts.length - 1]?.push(u);
  }
  return parts.length === 6 ? parts : null;
}

/** The ARN components of a pattern, split once per token array. */
const ARN_PARTS = new WeakMap<readonly PatternToken[], Unit[][] | null>();

function arnComponentsMatch(tokens: readonly PatternToken[], value: string): boolean {
  let pattern = ARN_PARTS.get(tokens);
  if (pattern === undefined) {
    pattern = splitArnUnits(compiled(tokens, false, false).units);
    ARN_PARTS.set(tokens, pattern);
  }
  if (!pattern) return false;
  const target = splitArnUnits(Array.from(value));
  if (!target) return false;
  return pattern.every((component, i) => globUnits(component, target[i] ?? []));
}

/**
 * ArnEquals/ArnLike: the six colon-separated components are matched separately (a `*` does not span
 * a component's `:`; the resource part may contain `:`). A value that is not a six-part ARN matches
 * nothing. "Possibly" (markers) is a flat glob: an over-approximation, so it can only add 'unknown'.
 */
export function matchArnTokens(tokens: readonly PatternToken[], value: string, mode: UnresolvedMode): Tri {
  const certain = arnComponentsMatch(tokens, value);
  if (certain || mode === 'literal' || !hasMarkerToken(tokens)) return certain;
  return globCompiled(compiled(tokens, false, true), value, false) ? 'unknown' : false;
}

/** Plain wildcard match: `*` any run (incl. empty, spans `/` and `:`), `?` exactly one character. */
export function matchesWildcard(pattern: string, value: string, ignoreCase: boolean): boolean {
  return globCompiled(compiled(tokenize(pattern, { wildcards: true, variables: false }), ignoreCase, false), value, ignoreCase);
}

/** Action match: case-insensitive, with wildcards (`sts:*`, `sts:AssumeRole*`, `*`). */
export function actionMatches(pattern: string, action: string): boolean {
  return matchesWildcard(pattern, action, true);
}

/** Action match that honours unresolved markers in the pattern. */
export function actionMatchesTri(pattern: string, action: string, mode: UnresolvedMode): Tri {
  return matchTokens(tokenize(pattern, { wildcards: true, variables: false }), action, true, mode);
}
