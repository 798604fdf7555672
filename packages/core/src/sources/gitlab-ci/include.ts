import type { ModelDocument } from '../../model/document.js';
import type { GitLabPipelineDocument, GitLabUnresolved } from '../../model/gitlab-ci.js';
import { GITLAB_CI_PATH, rawOf } from './raw.js';
import { mergeFiles, resolveJobs } from './resolve.js';
import type { RawMap } from './tree.js';

/**
 * Follows `include: local` between the GitLab CI files of the scan. A local path is relative to the
 * repository root (the folder of `.gitlab-ci.yml`), with or without a leading `/`, and may use `*`
 * and `**` (https://docs.gitlab.com/ci/yaml/#includelocal); included files may include others. A pipeline
 * has at most 150 includes (GitLab's limit, https://docs.gitlab.com/ci/yaml/includes/). Files are never
 * read here: only what the scan read (nothing outside the scanned tree), so an include the scan does
 * not hold is a note on the pipeline.
 */
const MAX_INCLUDES = 150;

function normalize(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

function rootOf(file: string): string {
  const f = normalize(file);
  const i = f.lastIndexOf('/');
  return i < 0 ? '' : f.slice(0, i + 1);
}

/** A local include path as a matcher of scan paths under `root`. */
function matcher(root: string, target: string): ((file: string) => boolean) | undefined {
  const rel = target.trim().replace(/^\/+/, '');
  // Variables (`$CI_…`) and inputs (`$[[ inputs.x ]]`) are expanded by GitLab at pipeline creation.
  if (rel === '' || rel.includes('$')) return undefined;
  const full = root + rel;
  if (!full.includes('*')) return (f) => f === full;
  let re = '';
  for (let i = 0; i < full.length; i++) {
    const c = full[i] ?? '';
    if (c === '*' && full[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  const compiled = new RegExp(`^${re}$`);
  return (f) => compiled.test(f);
}

export function linkLocalIncludes(documents: readonly ModelDocument[]): void {
  const pipelines = documents.filter((d): d is GitLabPipelineDocument => d.kind === 'gitlab-pipeline');
  if (pipelines.length === 0) return;
  const byPath = new Map(pipelines.map((p) => [normalize(p.file), p]));
  for (const main of pipelines) {
    if (!GITLAB_CI_PATH.test(normalize(main.file))) continue;
    const root = rootOf(main.file);
    const notes: GitLabUnresolved[] = [];
    const order: GitLabPipelineDocument[] = [];
    const seen = new Set<GitLabPipelineDocument>([main]);
    const visit = (doc: GitLabPipelineDocument): void => {
      for (const inc of doc.includes) {
        if (inc.kind !== 'local') continue;
        const match = matcher(root, inc.target);
        if (!match) {
          notes.push({ kind: 'include', message: `\`include: local: ${inc.target}\` names its file through a variable or input, which GitLab expands when the pipeline is created: its jobs are not analysed`, location: inc.location });
          continue;
        }
        const hits = [...byPath.entries()].filter(([f]) => match(f)).map(([, d]) => d);
        if (hits.length === 0) {
          notes.push({ kind: 'include', message: `\`include: local: ${inc.target}\` is not among the scanned GitLab CI files: the jobs it defines are not analysed`, location: inc.location });
          continue;
        }
        for (const hit of hits.sort((a, b) => (a.file < b.file ? -1 : 1))) {
          if (seen.has(hit)) continue;
          if (seen.size > MAX_INCLUDES) {
            notes.push({ kind: 'limit', message: `the pipeline includes more than ${String(MAX_INCLUDES)} files, GitLab's limit: the rest are not analysed`, location: inc.location });
            return;
          }
          seen.add(hit);
          order.push(hit);
          visit(hit);
        }
      }
    };
    visit(main);
    if (order.length === 0 && notes.length === 0) continue;
    const raws = [main, ...order].map(rawOf).filter((r): r is RawMap => r !== undefined);
    const merged = mergeFiles(raws);
    if (!merged) continue;
    let resolved: ReturnType<typeof resolveJobs>;
    try {
      resolved = resolveJobs(merged);
    } catch (err) {
      // One pipeline must not stop the scan: its jobs stay as read from the file itself, with a note.
      const reason = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
      main.unresolved = dedupe([...main.unresolved, { kind: 'limit', message: `the pipeline with its included files could not be resolved (${reason}): its jobs are analysed from this file alone`, location: main.location }]);
      continue;
    }
    main.jobs = resolved.jobs;
    // Notes on templates and references are recomputed on the merged files; include notes stay.
    const own = [main, ...order].flatMap((d) => d.unresolved.filter((u) => u.kind === 'include'));
    main.unresolved = dedupe([...own, ...resolved.unresolved, ...notes]);
    main.files = [main.file, ...order.map((d) => d.file)];
    for (const d of order) if (!d.includedBy.includes(main.file)) d.includedBy.push(main.file);
  }
}

function dedupe(notes: GitLabUnresolved[]): GitLabUnresolved[] {
  const out: GitLabUnresolved[] = [];
  for (const n of notes) {
    if (!out.some((o) => o.message === n.message && o.location.file === n.location.file && o.location.span.start.offset === n.location.span.start.offset)) out.push(n);
  }
  return out.sort((a, b) => (a.location.file === b.location.file ? a.location.span.start.offset - b.location.span.start.offset : a.location.file < b.location.file ? -1 : 1));
}
