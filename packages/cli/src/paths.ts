import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** `target` relative to `base` with POSIX separators; `.` for the base itself. */
export function relativePosix(base: string, target: string): string {
  const rel = toPosix(relative(base, target));
  return rel === '' ? '.' : rel;
}

/** True when `target` is `base` or lies below it. */
export function isInside(base: string, target: string): boolean {
  const rel = relative(base, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The nearest folder at or above `dir` that contains `.git` (a directory, or a file in worktrees). */
export function findGitRoot(dir: string): string | null {
  let current = dir;
  for (;;) {
    if (existsSync(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}
