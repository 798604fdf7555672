import { relative } from 'node:path';
import { toPosix } from './paths.js';

/** One line of a .gitignore file (or one `ignore` glob of the configuration), compiled. */
export interface IgnoreRule {
  /** Folder the pattern is relative to (the .gitignore's folder). */
  base: string;
  regex: RegExp;
  negate: boolean;
  dirOnly: boolean;
  /** The line as written, for debugging. */
  source: string;
}

/** Parses .gitignore text into rules relative to `base` (git's gitignore(5) semantics). */
export function parseGitignore(text: string, base: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    const rule = compileIgnorePattern(line, base);
    if (rule) rules.push(rule);
  }
  return rules;
}

/** Compiles one pattern line; undefined for blank lines and comments. */
export function compileIgnorePattern(line: string, base: string): IgnoreRule | undefined {
  let pattern = trimTrailingSpaces(line);
  if (pattern === '' || pattern.startsWith('#')) return undefined;
  let negate = false;
  if (pattern.startsWith('!')) {
    negate = true;
    pattern = pattern.slice(1);
  }
  let dirOnly = false;
  if (pattern.endsWith('/')) {
    dirOnly = true;
    pattern = pattern.replace(/\/+$/, '');
  }
  if (pattern === '') return undefined;
  // A slash at the start or in the middle anchors the pattern to `base`; otherwise it matches a name
  // at any depth.
  const anchored = pattern.includes('/');
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  const body = globToRegexSource(pattern);
  const regex = new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`);
  return { base, regex, negate, dirOnly, source: line };
}

/**
 * Whether `absolutePath` is ignored by `rules` (ordered from the outermost .gitignore to the innermost,
 * each file's lines in order): the last matching rule decides. Undefined when no rule matches.
 */
export function matchIgnore(rules: readonly IgnoreRule[], absolutePath: string, isDir: boolean): boolean | undefined {
  let verdict: boolean | undefined;
  for (const rule of rules) {
    if (rule.dirOnly && !isDir) continue;
    const rel = toPosix(relative(rule.base, absolutePath));
    if (rel === '' || rel.startsWith('../') || rel === '..') continue;
    if (rule.regex.test(rel)) verdict = !rule.negate;
  }
  return verdict;
}

/** Git strips trailing spaces unless the last one is escaped with a backslash. */
function trimTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ') {
    if (end >= 2 && line[end - 2] === '\\') break;
    end--;
  }
  return line.slice(0, end);
}

/**
 * Translates a wildmatch pattern (with `/` as separator) into a regular-expression body.
 * `**` is special only as a whole segment: `**\/x`, `x/**`, `x/**\/y`; elsewhere it is a plain `*`.
 */
export function globToRegexSource(pattern: string): string {
  const segments = pattern.split('/');
  let out = '';
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] ?? '';
    const last = i === segments.length - 1;
    if (segment === '**') {
      // Trailing `/**`: everything inside; leading or middle: zero or more folders.
      out += last ? '.*' : '(?:.*/)?';
      continue;
    }
    out += segmentToRegex(segment);
    if (!last) out += '/';
  }
  return out;
}

function segmentToRegex(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] ?? '';
    if (c === '\\') {
      const next = segment[i + 1];
      if (next !== undefined) {
        out += escapeRegex(next);
        i++;
      }
      continue;
    }
    if (c === '*') {
      while (segment[i + 1] === '*') i++;
      out += '[^/]*';
      continue;
    }
    if (c === '?') {
      out += '[^/]';
      continue;
    }
    if (c === '[') {
      const parsed = bracketToRegex(segment, i);
      if (parsed) {
        out += parsed.source;
        i = parsed.end;
        continue;
      }
    }
    out += escapeRegex(c);
  }
  return out;
}

/** A `[...]` class starting at `start`; undefined when it is not closed (then `[` is literal). */
function bracketToRegex(segment: string, start: number): { source: string; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (segment[i] === '!' || segment[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  for (; i < segment.length; i++) {
    const c = segment[i] ?? '';
    if (c === ']' && !first) {
      // A class never matches the path separator.
      return { source: negate ? `[^/${body}]` : `[${body}]`, end: i };
    }
    first = false;
    if (c === '\\' && i + 1 < segment.length) {
      body += escapeClassChar(segment[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[' && segment[i + 1] === ':') {
      const close = segment.indexOf(':]', i + 2);
      const cls = close > 0 ? POSIX_CLASSES[segment.slice(i + 2, close)] : undefined;
      if (cls !== undefined) {
        body += cls;
        i = close + 1;
        continue;
      }
    }
    body += c === '-' ? '-' : escapeClassChar(c);
  }
  return undefined;
}

const POSIX_CLASSES: Partial<Record<string, string>> = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  digit: '0-9',
  lower: 'a-z',
  upper: 'A-Z',
  space: ' \\t\\r\\n\\v\\f',
  xdigit: '0-9a-fA-F',
  punct: '!-\\/:-@\\[-`{-~',
  blank: ' \\t',
};

function escapeRegex(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

function escapeClassChar(c: string): string {
  return /[\\\]^[]/.test(c) ? `\\${c}` : c;
}
