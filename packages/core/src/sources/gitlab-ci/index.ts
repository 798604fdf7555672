import { LineCounter } from 'yaml';
import { EvaluationBudget, LimitError, limitFinding } from '../../budget.js';
import { oversizedInput, parseYamlDocument } from '../../limits.js';
import type { Finding } from '../../model/finding.js';
import type { GitLabInclude, GitLabPipelineDocument, GitLabUnresolved } from '../../model/gitlab-ci.js';
import type { ModelDocument } from '../../model/document.js';
import type { SourceLocation } from '../../model/span.js';
import type { SourceInput, SourceOptions, SourceResult } from '../types.js';
import { scanDocument } from '../workflow/document-scan.js';
import { YamlReader } from '../workflow/yaml-reader.js';
import { GITLAB_CI_PATH, setRaw } from './raw.js';
import { resolveJobs } from './resolve.js';
import { child, rawTree, scalarText, type RawMap, type RawNode } from './tree.js';


/**
 * Parses the YAML: the failsafe schema keeps every scalar as written; `!reference` stays a tagged
 * list. A file with a `spec:` header (https://docs.gitlab.com/ci/inputs/) is two YAML documents: the
 * header is blanked (offsets kept) and the configuration after `---` is read.
 */
function parse(input: SourceInput, reportErrors: boolean, budget: EvaluationBudget): { reader: YamlReader; root: RawMap | undefined } | { findings: Finding[] } {
  const oversized = oversizedInput(input.file, input.text);
  if (oversized) return { findings: [oversized] };
  const attempt = (text: string): ReturnType<typeof parseYamlDocument> & object => {
    const lines = new LineCounter();
    const doc = parseYamlDocument(text, { lineCounter: lines, schema: 'failsafe', prettyErrors: false, uniqueKeys: false }, budget);
    return Object.assign(doc, { lineCounter: lines });
  };
  let doc = attempt(input.text);
  if (doc instanceof LimitError) return { findings: [limitFinding({ what: 'the GitLab CI file', file: input.file, text: input.text }, doc)] };
  const multiple = doc.errors.find((e) => e.code === 'MULTIPLE_DOCS');
  if (multiple && doc.errors.length === 1) {
    const header = doc.contents;
    const at = multiple.pos[0];
    // Only the `spec:` header form: any other second document is an error, as GitLab makes it.
    if (header && 'items' in header && Array.isArray(header.items) && header.items.length > 0 && String((header.items[0] as { key?: { value?: unknown } }).key?.value) === 'spec') {
      const blanked = input.text.slice(0, at).replace(/[^\r\n]/g, ' ') + input.text.slice(at);
      doc = attempt(blanked);
      if (doc instanceof LimitError) return { findings: [limitFinding({ what: 'the GitLab CI file', file: input.file, text: input.text }, doc)] };
    }
  }
  const lines = (doc as unknown as { lineCounter: LineCounter }).lineCounter;
  const scan = scanDocument(doc);
  const reader = new YamlReader(input.file, input.text, scan.aliasTargets, lines, budget);
  const error = doc.errors[0] ?? (scan.duplicateKeyAt >= 0 ? { pos: [scan.duplicateKeyAt, scan.duplicateKeyAt + 1] as [number, number], message: 'Map keys must be unique' } : undefined);
  if (error) {
    if (!reportErrors) return { findings: [] };
    const [start, end] = error.pos;
    const span = { start: reader.position(start), end: reader.position(Math.max(end, start + 1)) };
    const message = error.message.split('\n')[0] ?? error.message;
    return { findings: [{ ruleId: 'parse-error', severity: 'error', message: `GitLab CI file is not valid YAML: ${message}`, location: { file: input.file, span } }] };
  }
  const root = rawTree(reader, doc.contents, budget);
  return { reader, root: root?.kind === 'map' ? root : undefined };
}

/** The `include:` entries of a file (https://docs.gitlab.com/ci/yaml/#include): a string, a map, or a list of either. */
function readIncludes(root: RawMap): GitLabInclude[] {
  const node = child(root, 'include');
  if (!node) return [];
  const items: RawNode[] = node.kind === 'seq' ? node.items : [node];
  return items.map((item): GitLabInclude => {
    if (item.kind === 'scalar') {
      // A bare string: a full URL is a remote include, anything else a local path.
      return { kind: /^https?:\/\//i.test(item.text) ? 'remote' : 'local', target: item.text, location: item.location };
    }
    const location: SourceLocation = item.location;
    for (const kind of ['local', 'remote', 'template', 'component'] as const) {
      const target = scalarText(child(item, kind));
      if (target !== undefined) return { kind, target, location };
    }
    const project = scalarText(child(item, 'project'));
    if (project !== undefined) {
      const file = child(item, 'file');
      const files = file?.kind === 'seq' ? file.items.map(scalarText).filter((f): f is string => f !== undefined) : [scalarText(file) ?? ''];
      return { kind: 'project', target: `${project}:${files.join(',')}`, location };
    }
    return { kind: 'unknown', target: '', location };
  });
}

const INCLUDE_KIND: Record<Exclude<GitLabInclude['kind'], 'local'>, string> = {
  remote: 'a remote file',
  project: 'a file of another project',
  template: 'a GitLab template',
  component: 'a CI/CD component',
  unknown: 'something trustlint does not recognise',
};

/** Includes trustlint never follows (it reads nothing outside the scanned tree): each is a note on the pipeline. */
function includeNotes(includes: readonly GitLabInclude[]): GitLabUnresolved[] {
  return includes.flatMap((inc) =>
    inc.kind === 'local'
      ? []
      : [{ kind: 'include' as const, message: `\`include:\` of ${INCLUDE_KIND[inc.kind]}${inc.target ? ` (${inc.target})` : ''} is not read (trustlint reads only the scanned tree): jobs, variables and \`id_tokens\` it adds or changes are not analysed`, location: inc.location }],
  );
}

/**
 * Reads one GitLab CI file. YAML errors give `parse-error` for a `.gitlab-ci.yml` or a named file (a
 * walked YAML file that does not parse is skipped). Its jobs are resolved within the file; `include:
 * local` files of the scan are merged in by `linkLocalIncludes` once every file is read.
 */
export function readGitLabCi(input: SourceInput, options: SourceOptions = {}, budget = new EvaluationBudget(options.limits, input.text.length)): SourceResult {
  const reportErrors = input.explicit || GITLAB_CI_PATH.test(input.file.replace(/\\/g, '/'));
  try {
    const parsed = parse(input, reportErrors, budget);
    if ('findings' in parsed) return { documents: [], findings: parsed.findings };
    const { reader, root } = parsed;
    if (!root) return { documents: [], findings: [] };
    const resolved = resolveJobs(root);
    const includes = readIncludes(root);
    const doc: GitLabPipelineDocument = {
      kind: 'gitlab-pipeline',
      file: input.file,
      location: reader.location(0, input.text.length),
      jobs: resolved.jobs,
      includes,
      unresolved: [...resolved.unresolved, ...includeNotes(includes)],
      includedBy: [],
      files: [input.file],
    };
    setRaw(doc, root);
    return { documents: [doc], findings: [] };
  } catch (err) {
    if (err instanceof LimitError) return { documents: [], findings: [limitFinding({ what: 'the GitLab CI file', file: input.file, text: input.text }, err)] };
    throw err;
  }
}

export { linkLocalIncludes } from './include.js';
export { GITLAB_CI_PATH } from './raw.js';

export function isGitLabPipeline(d: ModelDocument): d is GitLabPipelineDocument {
  return d.kind === 'gitlab-pipeline';
}
