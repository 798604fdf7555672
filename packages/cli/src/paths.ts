import { existsSync, realpathSync } from 'node:fs';
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

/** The real path (one realpath(3) call), or the path itself when it cannot be resolved. */
export function realPathOf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/**
 * The folder every read for a path the user named must stay in (nothing outside the scanned tree is
 * read): the real path of its git repository's root, or, for a path in no repository, the named
 * folder itself (a named file's folder). `inRepository` false means the user typed a path outside any
 * repository: that path itself is read wherever it leads.
 */
export function scanRootOf(absolutePath: string, isDir: boolean): { root: string; inRepository: boolean } {
  const folder = isDir ? absolutePath : dirname(absolutePath);
  const gitRoot = findGitRoot(folder);
  return gitRoot !== null ? { root: realPathOf(gitRoot), inRepository: true } : { root: realPathOf(folder), inRepository: false };
}
