// Writes one corpus repository's pinned files into a folder from a local git copy, with `git archive`
// (no network): the labelled paths at the labelled commit, plus the `.terraform/modules` layout that
// `terraform init` would have written where the entry says so.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a copy of owner/name may sit in a mirror folder (the `fetch` layout first, then plain clones). */
function candidateGitDirs(mirror, repo) {
  const [owner, name] = repo.split('/');
  const flat = `${owner}+${name}`;
  return [join(mirror, flat, 'repo'), join(mirror, flat), join(mirror, owner, `${name}.git`), join(mirror, owner, name)];
}

function git(gitDir, args, options = {}) {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 512 * 1024 * 1024, ...options });
}

/** The git directory of `dir` (itself when bare, its .git when a working tree), or undefined. */
function gitDirAt(dir) {
  for (const candidate of [dir, join(dir, '.git')]) {
    if (!existsSync(candidate)) continue;
    try {
      git(candidate, ['rev-parse', '--git-dir']);
      return candidate;
    } catch {
      // not a git directory: try the next candidate
    }
  }
  return undefined;
}

/** The git directory holding `repo` in one of the mirrors, or undefined. */
export function findGitDir(mirrors, repo) {
  for (const mirror of mirrors) {
    for (const dir of candidateGitDirs(mirror, repo)) {
      const gitDir = gitDirAt(dir);
      if (gitDir) return gitDir;
    }
  }
  return undefined;
}

function stderrOf(err) {
  const text = err?.stderr?.toString?.() ?? '';
  return (text.trim() || (err instanceof Error ? err.message : String(err))).split('\n')[0];
}

/** Unpacks `paths` (the whole tree when none) of `commit` into `dest`; throws with git's message. */
export function archiveInto(gitDir, commit, paths, dest) {
  try {
    git(gitDir, ['cat-file', '-e', `${commit}^{commit}`]);
  } catch (err) {
    throw new Error(`commit ${commit} is not in ${gitDir}`, { cause: err });
  }
  let tar;
  try {
    tar = git(gitDir, ['archive', '--format=tar', commit, ...(paths.length > 0 ? ['--', ...paths] : [])]);
  } catch (err) {
    throw new Error(`git archive ${commit}: ${stderrOf(err)}`, { cause: err });
  }
  mkdirSync(dest, { recursive: true });
  try {
    execFileSync('tar', ['-x', '-C', dest], { input: tar, stdio: ['pipe', 'ignore', 'pipe'] });
  } catch (err) {
    throw new Error(`tar: ${stderrOf(err)}`, { cause: err });
  }
}

/** Paths to archive: the labelled ones and the top-level .gitignore (a clone has it; discovery reads it). */
function pathsToArchive(gitDir, entry) {
  if (entry.paths === undefined) return [];
  let hasGitignore;
  try {
    git(gitDir, ['cat-file', '-e', `${entry.commit}:.gitignore`]);
    hasGitignore = true;
  } catch {
    hasGitignore = false;
  }
  return hasGitignore && !entry.paths.includes('.gitignore') ? [...entry.paths, '.gitignore'] : entry.paths;
}

/** Unpacks each module package and writes `<root>/.terraform/modules/modules.json` as `terraform init` does. */
function writeTerraformInit(mirrors, init, repoDir) {
  const rootDir = join(repoDir, init.root);
  const modules = [{ Key: '', Source: '', Dir: '.' }];
  for (const module of init.modules) {
    if (module.package) {
      const gitDir = findGitDir(mirrors, module.package.repo);
      if (!gitDir) throw new Error(`module ${module.Key}: no copy of ${module.package.repo} in ${mirrors.join(', ')}`);
      // terraform init unpacks the whole package (repository at the ref) per module call.
      archiveInto(gitDir, module.package.commit, [], join(rootDir, '.terraform', 'modules', module.Key));
    }
    // modules.json records what terraform init records; `package` is only where this script gets the files.
    modules.push(Object.fromEntries(Object.entries(module).filter(([key]) => key !== 'package')));
  }
  mkdirSync(join(rootDir, '.terraform', 'modules'), { recursive: true });
  writeFileSync(join(rootDir, '.terraform', 'modules', 'modules.json'), `${JSON.stringify({ Modules: modules })}\n`);
}

/** Beside the trees (never inside one): what each was materialised from, so a stale tree is noticed. */
const MANIFEST = '.corpus-repos.json';

/** The parts of an entry that decide the files of its tree. */
function treeKey(entry) {
  return JSON.stringify({ repo: entry.repo, commit: entry.commit, paths: entry.paths ?? null, terraformInit: entry.terraformInit ?? null });
}

function readManifest(to) {
  try {
    return JSON.parse(readFileSync(join(to, MANIFEST), 'utf8'));
  } catch {
    return {};
  }
}

/** Why `<to>/<id>` cannot be scored as this entry (missing, or made from other labels), or undefined. */
export function staleReason(entry, to) {
  if (!existsSync(join(to, entry.id))) return `not materialised in ${to}: run scripts/fetch-corpus-repos.mjs`;
  if (readManifest(to)[entry.id] !== treeKey(entry)) return `materialised from other labels (commit, paths or terraformInit changed): run scripts/fetch-corpus-repos.mjs again`;
  return undefined;
}

/** Materialises one entry into `<to>/<id>`, replacing what was there. */
export function materialise(entry, mirrors, to) {
  const gitDir = findGitDir(mirrors, entry.repo);
  if (!gitDir) throw new Error(`no copy of ${entry.repo} in ${mirrors.join(', ')} (fetch it, or clone it there as owner+name)`);
  const dest = join(to, entry.id);
  rmSync(dest, { recursive: true, force: true });
  const manifest = readManifest(to);
  delete manifest[entry.id];
  mkdirSync(to, { recursive: true });
  writeFileSync(join(to, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  archiveInto(gitDir, entry.commit, pathsToArchive(gitDir, entry), dest);
  for (const init of entry.terraformInit ?? []) writeTerraformInit(mirrors, init, dest);
  manifest[entry.id] = treeKey(entry);
  writeFileSync(join(to, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return dest;
}
