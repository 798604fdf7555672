// Own reader of .git/config's remote URL: a git library would be a large dependency for one key,
// and running git would read the user's global config, which the scan must not depend on.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { realPathOf } from './paths.js';
import { readBoundedText } from './read-file.js';

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

/** Git's own small files: a `.git` pointer, `commondir` and `config` are far below this. */
const MAX_GIT_FILE_BYTES = 1024 * 1024;

/**
 * `.git` is a folder, or a file `gitdir: …` in worktrees and submodules. Each file is read bounded and
 * only as a regular file inside the folder it belongs to (a `config` that is a link to /dev/zero or out
 * of the git folder is not read); a problem means "unknown", as a missing remote does.
 */
function gitConfigText(gitRoot: string): string | null {
  const dotGit = join(gitRoot, '.git');
  let dir = dotGit;
  try {
    if (statSync(dotGit).isFile()) {
      const pointer = readGitFile(dotGit, realPathOf(gitRoot));
      const m = pointer === null ? null : /^gitdir:\s*(.+)$/m.exec(pointer);
      if (!m?.[1]) return null;
      // The pointer leads where git keeps the repository: outside the work tree for worktrees.
      dir = resolve(gitRoot, m[1].trim());
      // A worktree's config lives in the common dir.
      const common = readGitFile(join(dir, 'commondir'), realPathOf(dir));
      if (common !== null) dir = resolve(dir, common.trim());
    }
  } catch {
    return null;
  }
  return readGitFile(join(dir, 'config'), realPathOf(dir));
}

function readGitFile(path: string, root: string): string | null {
  const result = readBoundedText(path, { maxBytes: MAX_GIT_FILE_BYTES, root });
  return result.ok ? result.text : null;
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
