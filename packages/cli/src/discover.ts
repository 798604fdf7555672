import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MAX_FILE_BYTES, type Finding } from '@trustlint/core';
import type { GlobOptions } from 'tinyglobby';
import { CliError, errorMessage } from './errors.js';
import { matchIgnore, parseGitignore, type IgnoreRule } from './gitignore.js';
import { findGitRoot, isInside, relativePosix } from './paths.js';

export interface DiscoveredFile {
  /** Path relative to the working directory, POSIX separators: the name used in findings. */
  path: string;
  absolutePath: string;
  text: string;
  /** Named on the command line (not found by walking a folder). */
  explicit: boolean;
  /** Read only as module context of a named Terraform file. */
  companion?: boolean;
}

export interface DiscoveryResult {
  /** Readable UTF-8 files, sorted by path. */
  files: DiscoveredFile[];
  /** `input-error` findings: unreadable files, invalid UTF-8, symlink loops. */
  findings: Finding[];
  /** What each named path stood for, and the files it gave (absolute paths). */
  named: NamedPath[];
}

/** One path of the command line: a file, a folder, a glob pattern, or nothing that exists. */
export interface NamedPath {
  path: string;
  kind: 'file' | 'folder' | 'glob' | 'missing';
  /** The files read for it (paths as in `files`), module companions left out. */
  files: string[];
  /** Its files that could not be read (each has an `input-error` finding). */
  unread: string[];
}

export interface DiscoverOptions {
  cwd: string;
  /** Configuration `ignore` globs: true removes the file or folder from discovery. */
  isExcluded?: (absolutePath: string, isDir: boolean) => boolean;
  readFile?: (absolutePath: string) => Uint8Array;
  /** Lists a folder; tests replace it to simulate unreadable folders (root can read anything). */
  readDir?: (absolutePath: string) => Dirent[];
  /** Files larger than this are reported, not read (default MAX_FILE_BYTES). */
  maxFileBytes?: number;
  /** `--stdin`: this path's text (the file need not exist; its folder gives the Terraform module). */
  stdin?: { absolutePath: string; text: string };
  /** A named path that does not exist is recorded as `missing` instead of a usage error. */
  allowMissing?: boolean;
  /** tinyglobby's globSync, loaded by the caller only when a path is a glob (`loadGlob`). */
  globSync?: GlobSync;
}

export type GlobSync = (pattern: string, options: GlobOptions) => string[];

/** The glob matcher for `paths`, imported only when one of them is a glob pattern (start-up cost). */
export async function loadGlob(paths: readonly string[], cwd: string): Promise<GlobSync | undefined> {
  if (!paths.some((p) => isGlob(p) && !existsSync(resolve(cwd, p)))) return undefined;
  const { globSync } = await import('tinyglobby');
  return (pattern, options) => globSync(pattern, options);
}

/** The size cap: discovery applies the core's before reading, so a huge file is never loaded. */
export { MAX_FILE_BYTES };

/** Folders never walked, whatever .gitignore says. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/** Folders always walked, even when .gitignore excludes them (synthesized CDK templates). */
const ALWAYS_WALKED_DIRS = new Set(['cdk.out']);
/**
 * Only these names can have a recognised kind (core `detectKind`); other walked files are not even
 * read. Terraform variable files are passed along for the Terraform adapter's module context.
 */
const CANDIDATE_NAME = /\.(json|ya?ml|template|tpl|tftpl|tf|tfvars)$/;

interface Candidate {
  absolutePath: string;
  /** Known without a system call when the walk reached the file through no symbolic link. */
  realPath?: string;
  explicit: boolean;
  /** Context of a named Terraform file (spec/cli.md): evaluated, findings kept only for named files. */
  companion?: boolean;
}

/** Finds and reads the files to analyse under `paths` (spec/cli.md "Discovery"). */
export function discover(paths: readonly string[], options: DiscoverOptions): DiscoveryResult {
  const walker = new Walker(options);
  for (const p of paths.length > 0 ? paths : ['.']) walker.addNamed(p);
  return walker.finish();
}

class Walker {
  private readonly candidates: Candidate[] = [];
  private readonly findings: Finding[] = [];
  /** Real paths of folders already walked: a folder reached twice (symlinks) is walked once. */
  private readonly walkedDirs = new Set<string>();
  private readonly named: { path: string; kind: NamedPath['kind']; roots: string[] }[] = [];

  constructor(private readonly options: DiscoverOptions) {}

  addNamed(p: string): void {
    const absolutePath = resolve(this.options.cwd, p);
    const roots: string[] = [];
    const kind = this.addPath(p, absolutePath, roots);
    this.named.push({ path: p, kind, roots });
  }

  /** Adds the candidates of one named path; `roots` receives the files and folders it stands for. */
  private addPath(p: string, absolutePath: string, roots: string[]): NamedPath['kind'] {
    if (this.options.stdin?.absolutePath === absolutePath) {
      this.candidates.push({ absolutePath, explicit: true });
      if (/\.tf(\.json)?$/.test(absolutePath)) this.addModuleCompanions(absolutePath);
      roots.push(absolutePath);
      return 'file';
    }
    let stats: Stats;
    try {
      stats = statSync(absolutePath);
    } catch {
      if (isGlob(p)) {
        roots.push(...this.addGlob(p));
        return 'glob';
      }
      if (this.options.allowMissing) return 'missing';
      throw new CliError(`no such file or directory: ${p}`);
    }
    if (stats.isDirectory()) {
      // A named folder is walked even when ignored; then the rules that ignore it do not apply inside.
      this.walk(absolutePath, this.ancestorRules(absolutePath), new Set());
    } else if (!this.isExcluded(absolutePath, false)) {
      this.candidates.push({ absolutePath, explicit: true });
      if (/\.tf(\.json)?$/.test(absolutePath)) this.addModuleCompanions(absolutePath);
    }
    roots.push(absolutePath);
    return stats.isDirectory() ? 'folder' : 'file';
  }

  /**
   * A glob pattern (quoted, or from a tool that does not expand it): the folders it matches are walked,
   * the files it matches are read as if found by walking (a match of no recognised kind is skipped).
   * node_modules and .git are never matched, and links are not followed out of the pattern's tree.
   */
  private addGlob(pattern: string): string[] {
    const glob = this.options.globSync;
    if (!glob) throw new Error(`glob pattern ${pattern}: the glob matcher was not loaded (loadGlob)`);
    const matches = glob(pattern, {
      cwd: this.options.cwd,
      absolute: true,
      dot: true,
      onlyFiles: false,
      expandDirectories: false,
      followSymbolicLinks: false,
      ignore: ['**/node_modules/**', '**/.git/**'],
    }).sort(compareStrings);
    const roots: string[] = [];
    for (const match of matches) {
      const absolutePath = resolve(match);
      let stats: Stats;
      try {
        stats = statSync(absolutePath);
      } catch {
        continue;
      }
      if (stats.isDirectory()) {
        if (this.isExcluded(absolutePath, true)) continue;
        this.walk(absolutePath, this.ancestorRules(absolutePath), new Set());
        roots.push(absolutePath);
      } else if (stats.isFile() && CANDIDATE_NAME.test(absolutePath) && !this.isExcluded(absolutePath, false)) {
        this.candidates.push({ absolutePath, explicit: false });
        roots.push(absolutePath);
      }
    }
    return roots;
  }

  /**
   * A named .tf file is evaluated with the rest of its module (spec/cli.md): the folder's other
   * Terraform, tfvars, JSON and template files come along as companions, not reported on their own.
   */
  private addModuleCompanions(named: string): void {
    const dir = dirname(named);
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      const absolutePath = join(dir, name);
      if (absolutePath === named || !/\.(tf|tf\.json|tfvars|tfvars\.json|json|tpl|tftpl)$/.test(name)) continue;
      this.candidates.push({ absolutePath, explicit: false, companion: true });
    }
  }

  finish(): DiscoveryResult {
    const byRealPath = new Map<string, Candidate & { path: string }>();
    const entries = this.candidates
      .map((c) => ({ ...c, path: relativePosix(this.options.cwd, c.absolutePath) }))
      .sort((a, b) => compareStrings(a.path, b.path));
    for (const entry of entries) {
      const key = entry.realPath ?? realPathOf(entry.absolutePath);
      const seen = byRealPath.get(key);
      if (!seen) byRealPath.set(key, entry);
      else {
        if (entry.explicit && !seen.explicit) seen.explicit = true;
        // Named or walked on its own account: not merely a module companion.
        if (!entry.companion) delete seen.companion;
      }
    }
    const files: DiscoveredFile[] = [];
    for (const entry of [...byRealPath.values()].sort((a, b) => compareStrings(a.path, b.path))) {
      const file = this.read(entry);
      if (file) files.push(file);
    }
    this.findings.sort((a, b) => compareStrings(a.location?.file ?? '', b.location?.file ?? ''));
    // Each named path's files: those read from it, or from another path that covered the same files.
    const unread = this.findings.flatMap((f) => (f.location ? [resolve(this.options.cwd, f.location.file)] : []));
    const named = this.named.map((n) => ({
      path: n.path,
      kind: n.kind,
      files: files.filter((f) => !f.companion && n.roots.some((r) => isInside(r, f.absolutePath))).map((f) => f.path),
      unread: unread.filter((u) => n.roots.some((r) => isInside(r, u))).map((u) => relativePosix(this.options.cwd, u)),
    }));
    return { files, findings: this.findings, named };
  }

  private read(entry: Candidate & { path: string }): DiscoveredFile | undefined {
    const stdin = this.options.stdin;
    if (stdin?.absolutePath === entry.absolutePath) {
      return { path: entry.path, absolutePath: entry.absolutePath, text: stdin.text, explicit: true };
    }
    let bytes: Uint8Array;
    try {
      const stats = statSync(entry.absolutePath);
      if (!stats.isFile()) {
        this.inputError(entry.path, 'not a regular file: the file was not analysed');
        return undefined;
      }
      const cap = this.options.maxFileBytes ?? MAX_FILE_BYTES;
      if (stats.size > cap) {
        this.inputError(entry.path, sizeMessage(stats.size, cap));
        return undefined;
      }
      bytes = (this.options.readFile ?? readFileSync)(entry.absolutePath);
    } catch (err) {
      this.inputError(entry.path, `cannot read the file: ${errorMessage(err)}`);
      return undefined;
    }
    let text: string;
    try {
      text = UTF8.decode(bytes);
    } catch {
      this.inputError(entry.path, 'the file is not valid UTF-8: it was not analysed');
      return undefined;
    }
    return { path: entry.path, absolutePath: entry.absolutePath, text, explicit: entry.explicit, ...(entry.companion ? { companion: true } : {}) };
  }

  /**
   * Walks one folder. `rules` are the .gitignore rules in force (outermost first); `ancestors` the real
   * paths of the folders on the current branch, to tell a symlink loop from a folder seen twice.
   */
  private walk(dir: string, inherited: readonly IgnoreRule[], ancestors: ReadonlySet<string>, realDir?: string): void {
    const real = realDir ?? realPathOf(dir);
    if (ancestors.has(real)) {
      this.inputError(relativePosix(this.options.cwd, dir), 'symbolic link loop: the folder was not walked again');
      return;
    }
    if (this.walkedDirs.has(real)) return;
    this.walkedDirs.add(real);
    const branch = new Set(ancestors).add(real);

    let entries: Dirent[];
    try {
      entries = this.options.readDir ? this.options.readDir(dir) : readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      this.inputError(relativePosix(this.options.cwd, dir), `cannot read the folder: ${errorMessage(err)}`);
      return;
    }
    // Only a folder listing a .gitignore has one: no failed open per folder.
    const rules = entries.some((e) => e.name === '.gitignore') ? [...inherited, ...this.gitignoreRules(dir)] : inherited;
    entries.sort((a, b) => compareStrings(a.name, b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const kind = entryKind(entry, path);
      // Without a link on the way, the real path is the real folder's plus the name.
      const realPath = entry.isSymbolicLink() ? undefined : join(real, entry.name);
      if (kind === 'loop') {
        // A cycle of links (a → b → a) resolves to nothing: reported unless ignored like a file.
        if (this.isExcluded(path, false) || matchIgnore(rules, path, false) === true) continue;
        this.inputError(relativePosix(this.options.cwd, path), 'symbolic link loop: the link was not followed');
      } else if (kind === 'dir') {
        if (SKIPPED_DIRS.has(entry.name) || this.isExcluded(path, true)) continue;
        const ignored = matchIgnore(rules, path, true) === true;
        if (!ignored) this.walk(path, rules, branch, realPath);
        else if (ALWAYS_WALKED_DIRS.has(entry.name)) this.walk(path, [], branch, realPath);
      } else if (kind === 'file') {
        if (!CANDIDATE_NAME.test(entry.name) || this.isExcluded(path, false)) continue;
        if (matchIgnore(rules, path, false) === true) continue;
        this.candidates.push({ absolutePath: path, explicit: false, ...(realPath !== undefined ? { realPath } : {}) });
      }
    }
  }

  /**
   * The .gitignore rules of the folders between the git root and a named folder (exclusive), so that
   * `check sub/` inside a repository sees the root .gitignore. Empty when the named folder is itself
   * ignored: the user asked for it.
   */
  private ancestorRules(dir: string): IgnoreRule[] {
    const gitRoot = findGitRoot(dir);
    if (gitRoot === null || gitRoot === dir) return [];
    const chain: string[] = [];
    for (let d = dirname(dir); isInside(gitRoot, d); d = dirname(d)) {
      chain.unshift(d);
      if (d === gitRoot) break;
    }
    const rules: IgnoreRule[] = [];
    for (let i = 0; i < chain.length; i++) {
      const folder = chain[i] ?? gitRoot;
      rules.push(...this.gitignoreRules(folder));
      const next = chain[i + 1] ?? dir;
      if (matchIgnore(rules, next, true) === true) return [];
    }
    return rules;
  }

  private gitignoreRules(dir: string): IgnoreRule[] {
    try {
      return parseGitignore(readFileSync(join(dir, '.gitignore'), 'utf8'), dir);
    } catch {
      return [];
    }
  }

  private isExcluded(path: string, isDir: boolean): boolean {
    return this.options.isExcluded?.(path, isDir) ?? false;
  }

  private inputError(file: string, message: string): void {
    this.findings.push({
      ruleId: 'input-error',
      severity: 'warning',
      message,
      location: { file, span: { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: 0, offset: 0 } } },
    });
  }
}

/** Whether a path that does not exist is meant as a glob pattern (`*`, `?`, `[…]`, `{a,b}`). */
export function isGlob(p: string): boolean {
  return /[*?[\]{}]/.test(p);
}

/** Follows symbolic links; a link that loops is reported, a dangling link or anything else skipped. */
function entryKind(entry: Dirent, path: string): 'dir' | 'file' | 'loop' | 'other' {
  if (entry.isDirectory()) return 'dir';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return 'other';
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'dir' : stats.isFile() ? 'file' : 'other';
  } catch (err) {
    return (err as { code?: unknown }).code === 'ELOOP' ? 'loop' : 'other';
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** As core's size-cap message, so a file over the cap reads the same from discovery and `analyze`. */
function sizeMessage(bytes: number, cap: number): string {
  const mib = (n: number): string => (n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${(n / (1024 * 1024)).toFixed(1)} MiB`);
  return `the file is larger than the ${mib(cap)} size cap (${mib(bytes)}): it was not analysed`;
}

/** One realpath(3) call: the JavaScript realpathSync lstat()s every component of every path. */
function realPathOf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/** Code-unit order: deterministic, independent of the locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
