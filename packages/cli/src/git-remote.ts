import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `owner/repo` of the git remote `origin` when it is a GitHub repository (any host: GHES and GHE.com
 * too), read from the repository's config file — no git binary needed. Null when unknown.
 */
export function originRepository(gitRoot: string | null): string | null {
  if (gitRoot === null) return null;
  const config = gitConfigText(gitRoot);
  if (config === null) return null;
  const url = originUrl(config);
  return url === null ? null : repositoryFromUrl(url);
}

/** `.git` is a folder, or a file `gitdir: …` in worktrees and submodules. */
function gitConfigText(gitRoot: string): string | null {
  try {
    const dotGit = join(gitRoot, '.git');
    let dir = dotGit;
    if (statSync(dotGit).isFile()) {
      const m = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
      if (!m?.[1]) return null;
      dir = resolve(gitRoot, m[1].trim());
      // A worktree's config lives in the common dir.
      try {
        const common = readFileSync(join(dir, 'commondir'), 'utf8').trim();
        dir = resolve(dir, common);
      } catch {
        // not a worktree
      }
    }
    return readFileSync(join(dir, 'config'), 'utf8');
  } catch {
    return null;
  }
}

export function originUrl(config: string): string | null {
  let inOrigin = false;
  for (const raw of config.split(/\r?\n/)) {
    const line = raw.trim();
    const section = /^\[(.+)\]$/.exec(line);
    if (section?.[1] !== undefined) {
      inOrigin = /^remote\s+"origin"$/.test(section[1].trim());
      continue;
    }
    const url = inOrigin ? /^url\s*=\s*(.+)$/.exec(line) : null;
    if (url?.[1] !== undefined) return url[1].trim();
  }
  return null;
}

/** https://host/o/r(.git), git@host:o/r(.git), ssh://git@host/o/r(.git) → `o/r`. */
export function repositoryFromUrl(url: string): string | null {
  const m = /^(?:[a-z+]+:\/\/(?:[^@/]+@)?[^/]+\/|[^@\s]+@[^:\s]+:)([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m?.[1] !== undefined && m[2] !== undefined ? `${m[1]}/${m[2]}` : null;
}
