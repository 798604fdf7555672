import type { execFileSync as ExecFileSync } from 'node:child_process';
import { join, posix } from 'node:path';
import { CliError, errorMessage } from './errors.js';
import { isInside, relativePosix } from './paths.js';

/** node:child_process on first use (start-up, issue 19): a check that never runs git does not load it. */
const execFileSync: typeof ExecFileSync = ((...args: Parameters<typeof ExecFileSync>) => process.getBuiltinModule('node:child_process').execFileSync(...args)) as typeof ExecFileSync;

/**
 * `--config-from-base REF`: the configuration and ignore files as they are in a base commit, so that
 * a pull request cannot switch its own gate off (`{"ignore": ["**"]}`). Read with git's plumbing
 * (`git ls-tree`, `git cat-file`: raw blobs, no textconv, no pager), never through a shell, with
 * bounded output and with fetching disabled (a partial clone would otherwise download missing blobs).
 */
export interface BaseCommit {
  /** REF as the user gave it, for messages. */
  ref: string;
  commit: string;
  /** The repository's root (the working tree's). */
  gitRoot: string;
}

/** One tree entry of the base commit. */
export interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  size: number;
  path: string;
}

/** Largest listing of the base tree read for its .gitignore files. */
const MAX_TREE_LISTING_BYTES = 64 * 1024 * 1024;
/** Largest total of .gitignore text read from the base commit. */
const MAX_GITIGNORE_TOTAL_BYTES = 16 * 1024 * 1024;
const MAX_GITIGNORE_BYTES = 1024 * 1024;
/** No network: partial clones must not fetch, and no transport may run at all. */
const GIT_ENV = { GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0', GIT_LITERAL_PATHSPECS: '1', GIT_OPTIONAL_LOCKS: '0' };
const GIT_CONFIG = ['-c', 'protocol.allow=never', '-c', 'core.fsmonitor=false'];

export function openBaseCommit(ref: string, gitRoot: string | null, env: Readonly<Record<string, string | undefined>>): BaseCommit {
  const commit = resolveCommit('--config-from-base', ref, gitRoot, env);
  return { ref, commit, gitRoot: gitRoot as string };
}

/**
 * `REF` → the commit it names; `flag` names the option in messages. Every reader of another commit
 * (`--config-from-base`, `--base`, `diff`) resolves it here and reads it with the bounded helpers below.
 */
export function resolveCommit(flag: string, ref: string, gitRoot: string | null, env: Readonly<Record<string, string | undefined>>): string {
  if (gitRoot === null) throw new CliError(`${flag} needs a git repository: the working directory is in none`);
  if (ref.trim() === '' || ref.startsWith('-')) throw new CliError(`${flag} expects a commit, branch or tag, got '${ref}'`);
  let commit: string;
  try {
    commit = git(gitRoot, env, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], 4096).toString('utf8').trim();
  } catch (err) {
    throw new CliError(
      `${flag}: ${ref} is not a commit of this repository${detail(err)} (in CI, fetch it first: actions/checkout with fetch-depth: 0, or git fetch origin <base sha>)`,
    );
  }
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new CliError(`${flag}: git answered no commit for ${ref}`);
  return commit;
}

/** Every entry of `commit`'s tree, recursively, the listing bounded by `MAX_TREE_LISTING_BYTES`. */
export function listCommitTree(flag: string, ref: string, gitRoot: string, commit: string, env: Readonly<Record<string, string | undefined>>): TreeEntry[] {
  try {
    return parseEntries(git(gitRoot, env, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit], MAX_TREE_LISTING_BYTES));
  } catch (err) {
    throw new CliError(`${flag}: cannot list ${ref}${detail(err)}`);
  }
}

/**
 * The text of `absolutePath` (a path in the working tree) as it is in the base commit; undefined when
 * the base has no such file. A symbolic link, a folder or a file over `maxBytes` there is an error.
 */
export function readBaseFile(base: BaseCommit, absolutePath: string, maxBytes: number, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const path = repositoryPath(base, absolutePath);
  const [entry] = listEntries(base, env, [path]);
  if (!entry) return undefined;
  const shown = `${base.ref}:${path}`;
  if (entry.mode === '120000') throw new CliError(`${shown}: a symbolic link in the base commit: not read`);
  if (entry.type !== 'blob') throw new CliError(`${shown}: not a file in the base commit`);
  if (entry.size > maxBytes) throw new CliError(`${shown}: larger than the ${maxBytes} byte cap: not read`);
  return decodeUtf8(blob(base, env, entry.object, maxBytes), shown);
}

/** Of `absolutePaths`, those the base commit has (as anything: a file, a link, a folder). */
export function presentInBase(base: BaseCommit, absolutePaths: readonly string[], env: Readonly<Record<string, string | undefined>>): Set<string> {
  const byPath = new Map(absolutePaths.map((p) => [repositoryPath(base, p), p]));
  const present = new Set<string>();
  for (const entry of listEntries(base, env, [...byPath.keys()])) {
    const absolute = byPath.get(entry.path);
    if (absolute !== undefined) present.add(absolute);
  }
  return present;
}

/**
 * Every .gitignore of the base commit by its folder (absolute, in the working tree). Links are not
 * followed, as git itself does not follow a .gitignore link.
 */
export function baseGitignores(base: BaseCommit, env: Readonly<Record<string, string | undefined>>): Map<string, string> {
  const entries = listCommitTree('--config-from-base', base.ref, base.gitRoot, base.commit, env).filter(
    (e) => posix.basename(e.path) === '.gitignore' && e.type === 'blob' && e.mode !== '120000',
  );
  const texts = new Map<string, string>();
  let total = 0;
  for (const entry of entries) {
    const shown = `${base.ref}:${entry.path}`;
    if (entry.size > MAX_GITIGNORE_BYTES) throw new CliError(`${shown}: larger than the ${MAX_GITIGNORE_BYTES} byte cap: not read`);
    total += entry.size;
    if (total > MAX_GITIGNORE_TOTAL_BYTES) throw new CliError(`--config-from-base: the .gitignore files of ${base.ref} exceed ${MAX_GITIGNORE_TOTAL_BYTES} bytes in all`);
    texts.set(join(base.gitRoot, posix.dirname(entry.path)), decodeUtf8(blob(base, env, entry.object, entry.size), shown));
  }
  return texts;
}

function repositoryPath(base: BaseCommit, absolutePath: string): string {
  if (!isInside(base.gitRoot, absolutePath)) throw new CliError(`--config-from-base: ${absolutePath} is outside the repository`);
  return relativePosix(base.gitRoot, absolutePath);
}

function listEntries(base: BaseCommit, env: Readonly<Record<string, string | undefined>>, paths: readonly string[]): TreeEntry[] {
  if (paths.length === 0) return [];
  try {
    return parseEntries(git(base.gitRoot, env, ['ls-tree', '-l', '-z', '--full-tree', base.commit, '--', ...paths], 1024 * 1024));
  } catch (err) {
    throw new CliError(`--config-from-base: cannot list ${base.ref}${detail(err)}`);
  }
}

function blob(base: BaseCommit, env: Readonly<Record<string, string | undefined>>, object: string, maxBytes: number): Buffer {
  try {
    return git(base.gitRoot, env, ['cat-file', 'blob', object], maxBytes + 1);
  } catch (err) {
    throw new CliError(`--config-from-base: cannot read ${object} of ${base.ref}${detail(err)}`);
  }
}

/** `<mode> SP <type> SP <object> SP+ <size> TAB <path> NUL`, as `git ls-tree -l -z` writes it. */
export function parseEntries(listing: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of listing.toString('utf8').split('\0')) {
    const m = /^(\d+) (\w+) ([0-9a-f]+) +(\d+|-)\t([\s\S]+)$/.exec(record);
    if (!m?.[1] || !m[2] || !m[3] || !m[4] || m[5] === undefined) continue;
    entries.push({ mode: m[1], type: m[2], object: m[3], size: m[4] === '-' ? 0 : Number(m[4]), path: m[5] });
  }
  return entries;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Buffer, shown: string): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new CliError(`${shown}: not valid UTF-8`);
  }
}

export function git(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  args: readonly string[],
  maxBuffer: number,
  options: { input?: string; timeoutMs?: number } = {},
): Buffer {
  return execFileSync('git', [...GIT_CONFIG, ...args], {
    cwd,
    env: { ...env, ...GIT_ENV },
    maxBuffer,
    ...(options.input === undefined ? {} : { input: options.input }),
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    // A bound on a stuck git (a lock, a hook).
    timeout: options.timeoutMs ?? 60_000,
    windowsHide: true,
  });
}

/** git's own first line of complaint, or why it did not run. */
export function detail(err: unknown): string {
  const stderr = (err as { stderr?: unknown }).stderr;
  const line = Buffer.isBuffer(stderr) ? stderr.toString('utf8').trim().split('\n')[0] : undefined;
  if ((err as NodeJS.ErrnoException).code === 'ENOENT') return ': git is not on PATH';
  return line ? `: ${line}` : (err as { status?: unknown }).status === 1 ? '' : `: ${errorMessage(err)}`;
}
