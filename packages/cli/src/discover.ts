import { existsSync, opendirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { KIND_TOKEN_MAX_LENGTH, MAX_FILE_BYTES, isInputName, mayHaveKind, type Finding } from '@trustlint/core';
import { CliError, errorMessage } from './errors.js';
import { ignoreLayer, ignoreVerdict, loadIgnore, type IgnoreFactory, type IgnoreLayer } from './ignore-rules.js';
import { findGitRoot, isInside, realPathOf, relativePosix, scanRootOf } from './paths.js';
import { anyChunk, readBoundedText, type ReadResult } from './read-file.js';

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
  /**
   * `input-error` findings: files that may be of an analysed kind but could not be read (unreadable,
   * over the size cap, not UTF-8, not a regular file, a link loop or a link out of the tree), .gitignore
   * files that could not be read, the entry cap.
   */
  findings: Finding[];
  /** Files of no recognised kind that were named, or found but not readable: no finding (spec/rules.md). */
  unrecognised: string[];
  /** Folder entries looked at: the walk's budget (`maxEntries`). */
  entries: number;
  /** What each named path stood for, and the files it gave. */
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

/** .gitignore texts from elsewhere than the working tree (`--config-from-base`) for folders under `root`. */
export interface GitignoreSource {
  root: string;
  /** The .gitignore text of a folder under `root`, or undefined when it has none. */
  textOf(absoluteDir: string): string | undefined;
}

export interface DiscoverOptions {
  cwd: string;
  /** Configuration `ignore` globs: true removes the file or folder from discovery. */
  isExcluded?: (absolutePath: string, isDir: boolean) => boolean;
  /** Replaces the final read of a file's bytes; tests simulate unreadable files (root can read anything). */
  readFile?: (absolutePath: string) => Uint8Array;
  /** Lists a folder; tests replace it to simulate unreadable folders. */
  readDir?: (absolutePath: string) => Dirent[];
  /** Files larger than this are reported, not read (default MAX_FILE_BYTES). */
  maxFileBytes?: number;
  /** Folder entries looked at before the walk stops (default MAX_DISCOVERY_ENTRIES). */
  maxEntries?: number;
  gitignore?: GitignoreSource;
  /** `--stdin`: this path's text (the file need not exist; its folder gives the Terraform module). */
  stdin?: { absolutePath: string; text: string };
  /** A named path that does not exist is recorded as `missing` instead of a usage error. */
  allowMissing?: boolean;
  /** tinyglobby's globSync, loaded by the caller only when a path is a glob (`loadGlob`). */
  globSync?: GlobSync;
}

/**
 * The options discovery passes to the glob matcher: declared here, not imported from tinyglobby, so
 * the CLI's public types do not pull in the matcher's (and its dependencies') declarations.
 */
export interface GlobMatchOptions {
  cwd: string;
  absolute: boolean;
  dot: boolean;
  onlyFiles: boolean;
  expandDirectories: boolean;
  followSymbolicLinks: boolean;
  ignore: string[];
}

export type GlobSync = (pattern: string, options: GlobMatchOptions) => string[];

/** The glob matcher for `paths`, imported only when one of them is a glob pattern (start-up cost). */
export async function loadGlob(paths: readonly string[], cwd: string): Promise<GlobSync | undefined> {
  if (!paths.some((p) => isGlob(p) && !existsSync(resolve(cwd, p)))) return undefined;
  const { globSync } = await import('tinyglobby');
  return (pattern, options) => globSync(pattern, options);
}

/** Whether a path that does not exist is meant as a glob pattern (`*`, `?`, `[…]`, `{a,b}`). */
export function isGlob(p: string): boolean {
  return /[*?[\]{}]/.test(p);
}

/** The size cap: discovery applies the core's before reading, so a huge file is never loaded. */
export { MAX_FILE_BYTES };

/**
 * Folder entries one run looks at: far above real repositories (node_modules and .git are never
 * walked), low enough that a tree built to exhaust the runner stops with an error.
 */
export const MAX_DISCOVERY_ENTRIES = 1_000_000;
/** A .gitignore larger than this is reported, not read. */
const MAX_GITIGNORE_BYTES = 1024 * 1024;
/** A file over the size cap is scanned up to this size to tell whether it is of an analysed kind. */
const MAX_KIND_SCAN_BYTES = 64 * 1024 * 1024;

/**
 * Folders never walked, whatever .gitignore says. `.terraform` (what terraform init downloads) is
 * read only through its module manifest: see addInstalledModules.
 */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.terraform']);
/** Files of an installed module read for it: configuration, and what file()/templatefile() may read. */
const INSTALLED_MODULE_FILE = /\.(tf|tf\.json|json|tpl|tftpl)$/;
/** Folders always walked, even when .gitignore excludes them (synthesized CDK templates). */
const ALWAYS_WALKED_DIRS = new Set(['cdk.out']);
/** Module context of a named `.tf` file: its folder's Terraform, tfvars, JSON and template files. */
const COMPANION_NAME = /\.(tf|tf\.json|tfvars|tfvars\.json|json|tpl|tftpl)$/;
/**
 * Companions that are module context only when the module's Terraform names them (file(),
 * templatefile(), `template_file`): read only then, so a sibling policy file is neither read nor
 * analysed for `check main.tf` (spec/cli.md: the module's `.tf` and tfvars; issue 19).
 */
const REFERENCED_COMPANION = /\.(json|tpl|tftpl)$/;
const MODULE_FILE = /\.tf(\.json)?$/;

interface Candidate {
  absolutePath: string;
  /** Known without a system call when the walk reached the file through no symbolic link. */
  realPath?: string;
  /** Real path of the folder the file must resolve into; undefined for a path typed outside any repository. */
  root?: string;
  explicit: boolean;
  /** Context of a named Terraform file (spec/cli.md): evaluated, findings kept only for named files. */
  companion?: boolean;
  /** A companion read only when a Terraform file of its folder names it (REFERENCED_COMPANION). */
  ifReferenced?: boolean;
}

/** Finds and reads the files to analyse under `paths` (spec/cli.md "Discovery"). */
export async function discover(paths: readonly string[], options: DiscoverOptions): Promise<DiscoveryResult> {
  const named = (paths.length > 0 ? paths : ['.']).map((p): NamedInput => {
    const absolutePath = resolve(options.cwd, p);
    if (options.stdin?.absolutePath === absolutePath) return { path: p, absolutePath, kind: 'stdin' };
    try {
      return { path: p, absolutePath, kind: 'path', stats: statSync(absolutePath) };
    } catch {
      if (isGlob(p)) return { path: p, absolutePath, kind: 'glob' };
      if (options.allowMissing) return { path: p, absolutePath, kind: 'missing' };
      throw new CliError(`no such file or directory: ${p}`);
    }
  });
  // .gitignore matching is only needed when a folder is walked (a glob may match folders).
  const walks = named.some((n) => n.kind === 'glob' || (n.kind === 'path' && n.stats.isDirectory()));
  const walker = new Walker(options, walks ? await loadIgnore() : undefined);
  for (const n of named) walker.addNamed(n);
  return walker.finish();
}

type NamedInput = { path: string; absolutePath: string } & (
  | { kind: 'path'; stats: Stats }
  | { kind: 'stdin' | 'glob' | 'missing' }
);

class Walker {
  private readonly candidates: Candidate[] = [];
  private readonly findings: Finding[] = [];
  private readonly unrecognised: string[] = [];
  /** Real paths of folders already walked: a folder reached twice (symlinks) is walked once. */
  private readonly walkedDirs = new Set<string>();
  /** Real paths of the folders on the current branch of the walk, to tell a link loop from a folder seen twice. */
  private readonly branch = new Set<string>();
  private entries = 0;
  private stopped = false;
  private readonly named: { path: string; kind: NamedPath['kind']; roots: string[] }[] = [];

  constructor(
    private readonly options: DiscoverOptions,
    private readonly ignore: IgnoreFactory | undefined,
  ) {}

  addNamed(n: NamedInput): void {
    const roots: string[] = [];
    let kind: NamedPath['kind'];
    switch (n.kind) {
      case 'stdin':
        this.addPath(n.absolutePath, false, true);
        roots.push(n.absolutePath);
        kind = 'file';
        break;
      case 'glob':
        for (const root of this.addGlob(n.path)) roots.push(root);
        kind = 'glob';
        break;
      case 'missing':
        kind = 'missing';
        break;
      case 'path': {
        const isDir = n.stats.isDirectory();
        this.addPath(n.absolutePath, isDir, true);
        roots.push(n.absolutePath);
        kind = isDir ? 'folder' : 'file';
        break;
      }
    }
    this.named.push({ path: n.path, kind, roots });
  }

  /**
   * A glob pattern (quoted, or from a tool that does not expand it): the folders it matches are walked,
   * the files it matches are read as if found by walking (a match of no recognised kind is skipped).
   * node_modules and .git are never matched, and links are held to the scan root like any named path.
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
      if (!this.count(this.options.cwd)) break;
      const absolutePath = resolve(match);
      let stats: Stats;
      try {
        stats = statSync(absolutePath);
      } catch {
        continue;
      }
      const isDir = stats.isDirectory();
      if (isDir ? this.isExcluded(absolutePath, true) : !stats.isFile() || !isInputName(absolutePath)) continue;
      this.addPath(absolutePath, isDir, false);
      roots.push(absolutePath);
    }
    return roots;
  }

  /** Adds one named (or glob-matched) file or folder; `explicit`: typed by the user, not matched. */
  private addPath(absolutePath: string, isDir: boolean, explicit: boolean): void {
    const scan = scanRootOf(absolutePath, isDir);
    const shown = this.shown(absolutePath);
    if (isDir) {
      const real = realPathOf(absolutePath);
      // A committed link named on the command line (a hook passes names) is held to the repository.
      if (scan.inRepository && !isInside(scan.root, real)) {
        this.inputError(shown, 'a symbolic link that leads out of the scanned tree (the repository root): the folder was not walked');
        return;
      }
      // A named folder is walked even when ignored; then the rules that ignore it do not apply inside.
      this.walk(absolutePath, this.ancestorLayers(absolutePath), scan.root, real);
      return;
    }
    if (this.isExcluded(absolutePath, false)) return;
    if (explicit && !isInputName(absolutePath)) {
      // No recognised kind is possible for this name: not even read (a hook passes package.md, …).
      this.unrecognised.push(shown);
      return;
    }
    this.candidates.push({ absolutePath, explicit, ...(scan.inRepository ? { root: scan.root } : {}) });
    if (explicit && /\.tf(\.json)?$/.test(absolutePath)) this.addModuleCompanions(absolutePath, scan.root);
  }

  /**
   * A named .tf file is evaluated with the rest of its module (spec/cli.md): the folder's other
   * Terraform, tfvars, JSON and template files come along as companions, not reported on their own.
   */
  private addModuleCompanions(named: string, root: string): void {
    const dir = dirname(named);
    for (const entry of this.list(dir, false) ?? []) {
      if (!this.count(dir)) return;
      const absolutePath = join(dir, entry.name);
      if (absolutePath === named || !COMPANION_NAME.test(entry.name)) continue;
      const ifReferenced = REFERENCED_COMPANION.test(entry.name) && !/\.(tf|tfvars)\.json$/.test(entry.name);
      this.candidates.push({ absolutePath, explicit: false, companion: true, root, ...(ifReferenced ? { ifReferenced } : {}) });
    }
  }

  /**
   * The registry and git modules terraform init installed for the module in the folder above
   * `dotTerraform`: the manifest (`.terraform/modules/modules.json`) and the files of each module
   * folder it lists under `.terraform/modules/` (each folder alone: nested modules have their own
   * entries). Read even when .gitignore excludes `.terraform` (it nearly always does); held to the
   * scan root like every file. The core follows the module calls through them.
   */
  private addInstalledModules(dotTerraform: string, root: string): void {
    const modulesDir = join(dotTerraform, 'modules');
    const manifestPath = join(modulesDir, 'modules.json');
    const read = readBoundedText(manifestPath, { maxBytes: this.options.maxFileBytes ?? MAX_FILE_BYTES, root });
    if (!read.ok) return;
    this.candidates.push({ absolutePath: manifestPath, explicit: false, root });
    let dirs: string[] = [];
    try {
      const modules = (JSON.parse(read.text) as { Modules?: unknown } | null)?.Modules;
      if (Array.isArray(modules)) dirs = modules.flatMap((m: unknown) => (m !== null && typeof m === 'object' && 'Dir' in m && typeof m.Dir === 'string' ? [m.Dir] : []));
    } catch {
      // The core reports a manifest that does not parse.
      return;
    }
    const base = dirname(dotTerraform);
    for (const d of [...new Set(dirs)].sort(compareStrings)) {
      const dir = resolve(base, d);
      if (!isInside(modulesDir, dir) || dir === modulesDir) continue;
      for (const entry of this.list(dir, false) ?? []) {
        if (!this.count(dir)) return;
        if (!entry.isFile() || !INSTALLED_MODULE_FILE.test(entry.name)) continue;
        this.candidates.push({ absolutePath: join(dir, entry.name), explicit: false, root });
      }
    }
  }

  finish(): DiscoveryResult {
    const byRealPath = new Map<string, Candidate & { path: string }>();
    const entries = this.candidates
      .map((c) => ({ ...c, path: this.shown(c.absolutePath) }))
      .sort((a, b) => compareStrings(a.path, b.path));
    for (const entry of entries) {
      const real = entry.realPath ?? realPathOf(entry.absolutePath);
      // Links out of the tree are each reported, even when several lead to the same place.
      const key = entry.root !== undefined && !isInside(entry.root, real) ? entry.absolutePath : real;
      const seen = byRealPath.get(key);
      if (!seen) byRealPath.set(key, entry);
      else {
        if (entry.explicit && !seen.explicit) seen.explicit = true;
        // A path typed outside any repository is read as typed, however else it was reached.
        if (entry.root === undefined) delete seen.root;
        // Named or walked on its own account: not merely a module companion.
        if (!entry.companion) {
          delete seen.companion;
          delete seen.ifReferenced;
        }
      }
    }
    const files: DiscoveredFile[] = [];
    const deferred: (Candidate & { path: string })[] = [];
    for (const entry of [...byRealPath.values()].sort((a, b) => compareStrings(a.path, b.path))) {
      if (entry.ifReferenced) {
        deferred.push(entry);
        continue;
      }
      const file = this.read(entry);
      if (file) files.push(file);
    }
    if (deferred.length > 0) {
      // The module's Terraform texts per folder: a companion is read when one of them names it.
      const moduleTexts = new Map<string, string[]>();
      for (const f of files) {
        if (!MODULE_FILE.test(f.absolutePath)) continue;
        const dir = dirname(f.absolutePath);
        moduleTexts.set(dir, [...(moduleTexts.get(dir) ?? []), f.text]);
      }
      for (const entry of deferred) {
        const name = basename(entry.absolutePath);
        if (!(moduleTexts.get(dirname(entry.absolutePath)) ?? []).some((text) => text.includes(name))) continue;
        const file = this.read(entry);
        if (file) files.push(file);
      }
      files.sort((a, b) => compareStrings(a.path, b.path));
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
    return { files, findings: this.findings, unrecognised: this.unrecognised.sort(compareStrings), entries: this.entries, named };
  }

  private read(entry: Candidate & { path: string }): DiscoveredFile | undefined {
    const stdin = this.options.stdin;
    if (stdin?.absolutePath === entry.absolutePath) {
      return { path: entry.path, absolutePath: entry.absolutePath, text: stdin.text, explicit: true };
    }
    const maxBytes = this.options.maxFileBytes ?? MAX_FILE_BYTES;
    const result = readBoundedText(entry.absolutePath, {
      maxBytes,
      ...(entry.root !== undefined ? { root: entry.root } : {}),
      ...(entry.realPath !== undefined ? { realPath: entry.realPath } : {}),
      ...(this.options.readFile ? { readBytes: this.options.readFile } : {}),
    });
    if (result.ok) {
      return { path: entry.path, absolutePath: entry.absolutePath, text: result.text, explicit: entry.explicit, ...(entry.companion ? { companion: true } : {}) };
    }
    // Fail closed: a file that may be of an analysed kind is an error; one that cannot be is counted.
    if (mayBeAnalysed(entry.path, result, maxBytes)) this.inputError(entry.path, result.message);
    else this.unrecognised.push(entry.path);
    return undefined;
  }

  /**
   * Walks one folder under the scan root `root` (a real path). `layers` are the .gitignore rules in
   * force, outermost first.
   */
  private walk(dir: string, layers: readonly IgnoreLayer[], root: string, real: string): void {
    if (this.branch.has(real)) {
      this.inputError(this.shown(dir), 'symbolic link loop: the folder was not walked again');
      return;
    }
    if (this.walkedDirs.has(real) || this.stopped) return;
    this.walkedDirs.add(real);
    const listed = this.list(dir, true);
    if (!listed) return;
    const own = this.ownLayer(dir, listed, root);
    const rules = own ? [...layers, own] : layers;
    listed.sort((a, b) => compareStrings(a.name, b.name));
    this.branch.add(real);
    for (const entry of listed) {
      if (!this.count(dir)) break;
      this.visit(dir, entry, rules, root, real);
    }
    this.branch.delete(real);
  }

  /** Counts one folder entry against the cap; false (and one finding) once the cap is passed. */
  private count(dir: string): boolean {
    const cap = this.options.maxEntries ?? MAX_DISCOVERY_ENTRIES;
    if (++this.entries <= cap) return true;
    if (!this.stopped) {
      this.stopped = true;
      this.inputError(this.shown(dir), `more than ${cap} folder entries (the discovery cap): the walk stopped here, the rest of the tree was not analysed`);
    }
    return false;
  }

  /** The folder's own .gitignore layer: from the base commit when configured, else the working tree's. */
  private ownLayer(dir: string, listed: readonly Dirent[], root: string): IgnoreLayer | undefined {
    if (this.options.gitignore && isInside(this.options.gitignore.root, dir)) return this.baseLayer(dir);
    // Only a folder listing a .gitignore has one: no failed open per folder.
    return listed.some((e) => e.name === '.gitignore') ? this.gitignoreLayer(dir, root) : undefined;
  }

  private visit(dir: string, entry: Dirent, rules: readonly IgnoreLayer[], root: string, realDir: string): void {
    const path = join(dir, entry.name);
    const target = entryTarget(entry, path, root);
    // Without a link on the way, the real path is the real folder's plus the name.
    const realPath = target.realPath ?? join(realDir, entry.name);
    const ignored = (isDir: boolean): boolean => this.isExcluded(path, isDir) || ignoreVerdict(rules, path, isDir) === true;
    switch (target.kind) {
      case 'dir':
        if (entry.name === '.terraform' && !this.isExcluded(path, true)) this.addInstalledModules(path, root);
        if (SKIPPED_DIRS.has(entry.name) || this.isExcluded(path, true)) return;
        if (ignoreVerdict(rules, path, true) !== true) this.walk(path, rules, root, realPath);
        else if (ALWAYS_WALKED_DIRS.has(entry.name)) this.walk(path, [], root, realPath);
        return;
      case 'file':
        if (!isInputName(entry.name) || ignored(false)) return;
        this.candidates.push({ absolutePath: path, explicit: false, realPath, root });
        return;
      case 'outside':
        // Reported unless ignored: the link is named, never where it leads (or what is there).
        if ((target.isDir ? SKIPPED_DIRS.has(entry.name) : !isInputName(entry.name)) || ignored(target.isDir)) return;
        this.inputError(this.shown(path), `a symbolic link that leads out of the scanned tree (the repository root): the ${target.isDir ? 'folder was not walked' : 'file was not read'}`);
        return;
      case 'loop':
        // A cycle of links (a → b → a) resolves to nothing: reported unless ignored like a file.
        if (ignored(false)) return;
        this.inputError(this.shown(path), 'symbolic link loop: the link was not followed');
        return;
      case 'special':
        if (!isInputName(entry.name) || ignored(false)) return;
        this.inputError(this.shown(path), 'not a regular file (a FIFO, socket or device): it was not read');
        return;
      case 'missing':
        // A dangling link has no content to analyse.
        return;
    }
  }

  /**
   * A folder's entries, at most as many as the entry cap leaves (a folder of millions is not loaded
   * whole). `report`: a folder that cannot be listed is an input-error.
   */
  private list(dir: string, report: boolean): Dirent[] | undefined {
    try {
      if (this.options.readDir) return this.options.readDir(dir);
      const left = (this.options.maxEntries ?? MAX_DISCOVERY_ENTRIES) - this.entries + 1;
      const handle = opendirSync(dir);
      const listed: Dirent[] = [];
      try {
        for (let e = handle.readSync(); e !== null && listed.length < left; e = handle.readSync()) listed.push(e);
      } finally {
        handle.closeSync();
      }
      return listed;
    } catch (err) {
      if (report) this.inputError(this.shown(dir), `cannot read the folder: ${errorMessage(err)}`);
      return undefined;
    }
  }

  /**
   * The .gitignore layers of the folders between the git root and a named folder (exclusive), so that
   * `check sub/` inside a repository sees the root .gitignore. Empty when the named folder is itself
   * ignored: the user asked for it.
   */
  private ancestorLayers(dir: string): IgnoreLayer[] {
    const gitRoot = findGitRoot(dir);
    if (gitRoot === null || gitRoot === dir) return [];
    const root = realPathOf(gitRoot);
    const chain: string[] = [];
    for (let d = dirname(dir); isInside(gitRoot, d); d = dirname(d)) {
      chain.unshift(d);
      if (d === gitRoot) break;
    }
    const layers: IgnoreLayer[] = [];
    for (let i = 0; i < chain.length; i++) {
      const folder = chain[i] ?? gitRoot;
      const layer = this.options.gitignore && isInside(this.options.gitignore.root, folder) ? this.baseLayer(folder) : this.gitignoreLayer(folder, root);
      if (layer) layers.push(layer);
      const next = chain[i + 1] ?? dir;
      if (ignoreVerdict(layers, next, true) === true) return [];
    }
    return layers;
  }

  /** The working tree's .gitignore of `dir`, read like any input (contained, bounded, regular). */
  private gitignoreLayer(dir: string, root: string): IgnoreLayer | undefined {
    const file = join(dir, '.gitignore');
    const result = readBoundedText(file, { maxBytes: MAX_GITIGNORE_BYTES, root, ...(this.options.readFile ? { readBytes: this.options.readFile } : {}) });
    if (result.ok) return this.layer(result.text, dir);
    if (result.problem !== 'missing') this.inputError(this.shown(file), `${result.message}; its patterns were not applied`);
    return undefined;
  }

  private baseLayer(dir: string): IgnoreLayer | undefined {
    const text = this.options.gitignore?.textOf(dir);
    return text === undefined ? undefined : this.layer(text, dir);
  }

  private layer(text: string, dir: string): IgnoreLayer | undefined {
    // Loaded by discover() whenever a folder is walked, the only time .gitignore files are read.
    return this.ignore ? ignoreLayer(this.ignore, text, dir) : undefined;
  }

  private isExcluded(path: string, isDir: boolean): boolean {
    return this.options.isExcluded?.(path, isDir) ?? false;
  }

  private shown(absolutePath: string): string {
    return relativePosix(this.options.cwd, absolutePath);
  }

  private inputError(file: string, message: string): void {
    this.findings.push({
      ruleId: 'input-error',
      severity: 'error',
      message,
      location: { file, span: { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: 0, offset: 0 } } },
    });
  }
}

type EntryTarget =
  | { kind: 'dir' | 'file'; realPath?: string }
  | { kind: 'outside'; isDir: boolean; realPath?: undefined }
  | { kind: 'loop' | 'special' | 'missing'; realPath?: undefined };

/**
 * What a folder entry is. A symbolic link is resolved (one realpath call) and must stay under `root`;
 * where a link out leads is looked at (a folder or not) but never read.
 */
function entryTarget(entry: Dirent, path: string, root: string): EntryTarget {
  if (entry.isDirectory()) return { kind: 'dir' };
  if (entry.isFile()) return { kind: 'file' };
  if (!entry.isSymbolicLink()) return { kind: 'special' };
  let realPath: string;
  let stats: Stats;
  try {
    realPath = realpathSync.native(path);
    stats = statSync(realPath);
  } catch (err) {
    return { kind: (err as { code?: unknown }).code === 'ELOOP' ? 'loop' : 'missing' };
  }
  if (!isInside(root, realPath)) return { kind: 'outside', isDir: stats.isDirectory() };
  return stats.isDirectory() ? { kind: 'dir', realPath } : stats.isFile() ? { kind: 'file', realPath } : { kind: 'special' };
}

/**
 * Whether a file that could not be read may be of an analysed kind (then the gate fails closed):
 * Terraform variable files are module input; a file over the size cap is scanned in chunks for what
 * a kind needs; one that is not UTF-8 is tested in UTF-16 when it says so (PowerShell's `>`).
 */
function mayBeAnalysed(path: string, result: Extract<ReadResult, { ok: false }>, maxBytes: number): boolean {
  if (/\.tfvars(\.json)?$/.test(path) || mayHaveKind(path, '')) return true;
  if (!isInputName(path)) return false;
  if (result.problem === 'too-large' && result.realPath !== undefined) {
    const scanned = anyChunk(result.realPath, (chunk) => mayHaveKind(path, chunk), { maxBytes: Math.max(maxBytes, MAX_KIND_SCAN_BYTES), overlap: KIND_TOKEN_MAX_LENGTH });
    return scanned ?? true;
  }
  if (result.problem === 'not-utf8' && result.bytes !== undefined) return mayHaveKind(path, decodeLeniently(result.bytes));
  // Unreadable, a link out, not a regular file: what it holds is unknown.
  return true;
}

function decodeLeniently(bytes: Uint8Array): string {
  const bom = bytes.length >= 2 ? (bytes[0] ?? 0) * 256 + (bytes[1] ?? 0) : 0;
  const encoding = bom === 0xfffe ? 'utf-16le' : bom === 0xfeff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/** Code-unit order: deterministic, independent of the locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
