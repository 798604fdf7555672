/**
 * Reading the policy's own values as patterns: which parts are literal (what the author meant to
 * trust) and which are wildcards (what an outsider can fill in).
 */

export function hasWildcard(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** StringLike semantics: `*` any run (also `/` and `:`), `?` exactly one character. */
export function globMatches(pattern: string, value: string): boolean {
  let re = '^';
  for (const ch of pattern) {
    if (ch === '*') re += '[\\s\\S]*';
    else if (ch === '?') re += '[\\s\\S]';
    else re += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(re + '$', 'u').test(value);
}

/** Fillers tried for a wildcard, in the order witnesses prefer them. */
const STAR_FILLERS = ['-evil', 'evil', 'x', ''];

/** Concrete values a pattern admits, built from fillers (literal patterns give themselves). */
export function instantiate(pattern: string, limit = 4): string[] {
  if (!hasWildcard(pattern)) return [pattern];
  const out = new Set<string>();
  for (const filler of STAR_FILLERS) {
    out.add(pattern.replace(/\*/g, filler).replace(/\?/g, 'x'));
    if (out.size >= limit) break;
  }
  // Prefer readable names: `-evil` extends a prefix (`acme-evil`) but not a wildcard that starts a
  // segment (`refs/heads/*` → `evil`, not `-evil`).
  const startsSegment = /(^|[/:@{])\*/.test(pattern);
  const values = [...out];
  return startsSegment ? [...values.filter((v) => !v.includes('-evil')), ...values.filter((v) => v.includes('-evil'))] : values;
}

/** Owner names: alphanumerics and hyphens; managed-user (EMU) accounts add `_shortcode`. */
export const OWNER_NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?$/;
export const REPO_NAME_RE = /^[A-Za-z0-9._-]+$/;
/** Git ref names: no spaces, `:`, `~^?*[\\`, no leading `-` or `/`, no `..`. */
export function isValidRefName(name: string): boolean {
  return name.length > 0 && !/[\s:~^?*[\\]/.test(name) && !name.startsWith('-') && !name.startsWith('/') && !name.endsWith('/') && !name.includes('..') && !name.endsWith('.lock');
}
export function isValidEnvironmentName(name: string): boolean {
  return name.length > 0 && name.length <= 255 && !/[\n\r]/.test(name);
}
