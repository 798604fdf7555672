import type { execFileSync as ExecFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { MAX_FILE_BYTES } from '@trustlint/core';
import { CliError } from './errors.js';
import { detail, git, parseEntries, type TreeEntry } from './git-base.js';
import { isInside } from './paths.js';

/** node:child_process on first use (start-up, issue 19): a check that never runs git does not load it. */
const execFileSync: typeof ExecFileSync = ((...args: Parameters<typeof ExecFileSync>) => process.getBuiltinModule('node:child_process').execFileSync(...args)) as typeof ExecFileSync;

/**
 * A commit's files written into a fresh folder under the OS temporary folder, so that the usual
 * discovery and analysis can run on the tree as it was (`check --new-only --base`, `diff`). Read
 * with git's plumbing only (`rev-parse`, `ls-tree`, `cat-file --batch`), fetching disabled, never
 * through a shell, every read bounded. Only regular files are written: symbolic links and submodules
 * are left out (nothing outside the tree is ever read through them), and so are files over the file
 * size cap (their findings at that commit are unknown, so whatever is found there now counts as new:
 * the gate fails closed).
 */
export interface CommitTree {
  /** REF as the user gave it, for messages. */
  ref: string;
  commit: string;
  /** The folder standing for the repository root at that commit (it holds an empty `.git` folder). */
  root: string;
  /** Files left out (links, submodules, oversized), repository-relative. */
  skipped: string[];
  remove(): void;
}

/** Bounds of one materialised tree. */
const MAX_TREE_LISTING_BYTES = 64 * 1024 * 1024;
const MAX_TREE_FILES = 100_000;
const MAX_TREE_TOTAL_BYTES = 512 * 1024 * 1024;
const GIT_ENV = { GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };

/** `REF` → the commit it names; `flag` names the option in messages. */
export function resolveCommit(flag: string, ref: string, gitRoot: string | null, env: Readonly<Record<string, string | undefined>>): string {
  if (gitRoot === null) throw new CliError(`${flag} needs a git repository: the working directory is in none`);
  if (ref.trim() === '' || ref.startsWith('-')) throw new CliError(`${flag} expects a commit, branch or tag, got '${ref}'`);
  let commit: string;
  try {
    commit = git(gitRoot, env, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], 4096).toString('utf8').trim();
  } catch (err) {
    throw new CliError(`${flag}: ${ref} is not a commit of this repository${detail(err)} (in CI, fetch it first: actions/checkout with fetch-depth: 0)`);
  }
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new CliError(`${flag}: git answered no commit for ${ref}`);
  return commit;
}

/** Writes the regular files of `commit` into a new temporary folder; the caller removes it. */
export function materializeCommit(flag: string, ref: string, gitRoot: string, env: Readonly<Record<string, string | undefined>>): CommitTree {
  const commit = resolveCommit(flag, ref, gitRoot, env);
  let listing: Buffer;
  try {
    listing = git(gitRoot, env, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit], MAX_TREE_LISTING_BYTES);
  } catch (err) {
    throw new CliError(`${flag}: cannot list ${ref}${detail(err)}`);
  }
  const skipped: string[] = [];
  const files: TreeEntry[] = [];
  let total = 0;
  for (const entry of parseEntries(listing)) {
    const regular = entry.type === 'blob' && (entry.mode === '100644' || entry.mode === '100755');
    if (!regular || entry.size > MAX_FILE_BYTES || !safePath(entry.path)) {
      skipped.push(entry.path);
      continue;
    }
    files.push(entry);
    total += entry.size;
  }
  if (files.length > MAX_TREE_FILES) throw new CliError(`${flag}: ${ref} has ${files.length} files, more than the ${MAX_TREE_FILES} trustlint reads from a commit`);
  if (total > MAX_TREE_TOTAL_BYTES) throw new CliError(`${flag}: the files of ${ref} exceed ${MAX_TREE_TOTAL_BYTES} bytes in all`);

  const root = realpathSync(mkdtempSync(join(tmpdir(), 'trustlint-tree-')));
  const remove = (): void => {
    rmSync(root, { recursive: true, force: true });
  };
  try {
    // The folder is a repository root for discovery and the configuration lookup (they stop here).
    mkdirSync(join(root, '.git'));
    const blobs = readBlobs(gitRoot, env, files, total, flag, ref);
    files.forEach((entry, i) => {
      const target = join(root, ...entry.path.split('/'));
      mkdirSync(resolve(target, '..'), { recursive: true });
      writeFileSync(target, blobs[i] ?? Buffer.alloc(0));
    });
  } catch (err) {
    remove();
    throw err;
  }
  return { ref, commit, root, skipped, remove };
}

/** Where `absolutePath` (in the working tree under `gitRoot`) lies in the materialised tree. */
export function inTree(tree: CommitTree, gitRoot: string, absolutePath: string): string {
  if (!isInside(gitRoot, absolutePath)) throw new CliError(`${absolutePath} is outside the repository: it has no counterpart in ${tree.ref}`);
  return join(tree.root, relative(gitRoot, absolutePath));
}

/** A path git could hold that must not be written: empty, `.`/`..` or `.git` parts, absolute. */
function safePath(path: string): boolean {
  if (isAbsolute(path) || path.includes('\\')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && part.toLowerCase() !== '.git');
}

/** The blobs' contents in order, by one `git cat-file --batch` (one process, not one per file). */
function readBlobs(gitRoot: string, env: Readonly<Record<string, string | undefined>>, files: readonly TreeEntry[], total: number, flag: string, ref: string): Buffer[] {
  if (files.length === 0) return [];
  let out: Buffer;
  try {
    out = execFileSync('git', ['-c', 'protocol.allow=never', '-c', 'core.fsmonitor=false', 'cat-file', '--batch'], {
      cwd: gitRoot,
      env: { ...env, ...GIT_ENV },
      input: `${files.map((f) => f.object).join('\n')}\n`,
      maxBuffer: total + files.length * 128 + 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 120_000,
      windowsHide: true,
    });
  } catch (err) {
    throw new CliError(`${flag}: cannot read the files of ${ref}${detail(err)}`);
  }
  // Each answer: "<object> blob <size>\n<content>\n"; a missing object answers "<object> missing\n".
  const blobs: Buffer[] = [];
  let at = 0;
  for (const entry of files) {
    const eol = out.indexOf(0x0a, at);
    const header = eol < 0 ? '' : out.subarray(at, eol).toString('utf8');
    const m = /^([0-9a-f]+) blob (\d+)$/.exec(header);
    if (!m || m[1] !== entry.object) throw new CliError(`${flag}: cannot read ${ref}:${entry.path} (git answered '${header}')`);
    const size = Number(m[2]);
    blobs.push(out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return blobs;
}
