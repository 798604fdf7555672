import { appendAll } from '../../arrays.js';
import type {
  GitLabIdToken,
  GitLabInherited,
  GitLabJob,
  GitLabRefFilter,
  GitLabRule,
  GitLabScriptLine,
  GitLabUnresolved,
  GitLabValue,
  GitLabVariable,
} from '../../model/gitlab-ci.js';
import type { SourceLocation } from '../../model/span.js';
import { child, deepMerge, entry, scalarList, scalarText, type RawEntry, type RawMap, type RawNode, type RawScalar } from './tree.js';

/**
 * Resolves the jobs of one pipeline as GitLab does before it runs (https://docs.gitlab.com/ci/yaml/):
 * the files' top-level keys merged (an included file first, the including file winning), `extends:`
 * (at most 11 levels: GitLab's own limit, https://docs.gitlab.com/ci/yaml/#extends), `!reference`
 * (at most 10 levels, https://docs.gitlab.com/ci/yaml/yaml_optimization/#reference-tags), `default:`
 * and the legacy global `before_script`/`after_script`, and global `variables:` under the job's own,
 * both subject to `inherit:`.
 */

/** Top-level keys that are not jobs (https://docs.gitlab.com/ci/yaml/#global-keywords). */
const GLOBAL_KEYS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'spec', 'image', 'services', 'cache', 'before_script', 'after_script', 'types']);
/** Keywords `default:` passes to every job that does not set them and does not opt out through `inherit:`. */
const DEFAULT_KEYS = ['before_script', 'after_script', 'id_tokens'] as const;
const MAX_EXTENDS_DEPTH = 11;
const MAX_REFERENCE_DEPTH = 10;
const SECTIONS = ['before_script', 'script', 'after_script'] as const;
/**
 * Nodes `!reference` may copy in one pipeline: each reference copies its target, so a few nested
 * references to long lists would otherwise multiply (a pipeline built to exhaust the scan). Far above
 * real pipelines; past it, references are left out and the pipeline gets a note.
 */
export const MAX_REFERENCED_NODES = 100_000;

export interface ResolvedPipeline {
  jobs: GitLabJob[];
  unresolved: GitLabUnresolved[];
}

/** Merges the top-level keys of the files (`roots[0]` is the including file; later files are included ones, in order). */
export function mergeFiles(roots: readonly RawMap[]): RawMap | undefined {
  const [main, ...included] = roots;
  if (!main) return undefined;
  let merged: RawNode | undefined;
  for (const r of [...included, main]) merged = merged ? mergeTop(merged as RawMap, r) : r;
  return merged as RawMap;
}

/** Top-level merge: each key deep-merged, the later file winning (https://docs.gitlab.com/ci/yaml/includes/#override-included-configuration-values). */
function mergeTop(base: RawMap, over: RawMap): RawMap {
  const entries = [...base.entries];
  for (const e of over.entries) {
    const i = entries.findIndex((b) => b.key === e.key);
    const prior = i >= 0 ? entries[i] : undefined;
    if (prior) entries[i] = { ...e, value: deepMerge(prior.value, e.value) };
    else entries.push(e);
  }
  return { kind: 'map', entries, location: over.location };
}

export function resolveJobs(config: RawMap): ResolvedPipeline {
  const unresolved: GitLabUnresolved[] = [];
  const note = (kind: GitLabUnresolved['kind'], message: string, location: SourceLocation): void => {
    if (!unresolved.some((u) => u.message === message && u.location.span.start.offset === location.span.start.offset && u.location.file === location.file)) {
      unresolved.push({ kind, message, location });
    }
  };
  const definitions = new Map<string, RawEntry>();
  for (const e of config.entries) if (e.value.kind === 'map') definitions.set(e.key, e);
  const extended = new Map<string, { node: RawMap; missing: string[] }>();

  const extend = (name: string, depth: number, chain: readonly string[]): { node: RawMap; missing: string[] } | undefined => {
    const hit = extended.get(name);
    if (hit) return hit;
    const def = definitions.get(name);
    if (!def || def.value.kind !== 'map') return undefined;
    const own = def.value;
    const parents = scalarList(child(own, 'extends'));
    const missing: string[] = [];
    let base: RawNode | undefined;
    for (const p of parents) {
      if (chain.includes(p.text)) {
        note('limit', `\`extends: ${p.text}\` in "${name}" is circular; GitLab rejects this pipeline`, p.location);
        continue;
      }
      if (depth >= MAX_EXTENDS_DEPTH) {
        note('limit', `\`extends:\` nests more than ${String(MAX_EXTENDS_DEPTH)} levels at "${name}"; GitLab rejects this pipeline`, p.location);
        continue;
      }
      const parent = extend(p.text, depth + 1, [...chain, p.text]);
      if (!parent) {
        missing.push(p.text);
        continue;
      }
      for (const m of parent.missing) if (!missing.includes(m)) missing.push(m);
      base = base ? deepMerge(base, parent.node) : parent.node;
    }
    const withoutExtends: RawMap = { kind: 'map', entries: own.entries.filter((e) => e.key !== 'extends'), location: own.location };
    const node = (base ? deepMerge(base, withoutExtends) : withoutExtends) as RawMap;
    const result = { node, missing };
    extended.set(name, result);
    return result;
  };

  let copied = 0;
  const size = (n: RawNode): number => (n.kind === 'scalar' ? 1 : n.kind === 'seq' ? n.items.reduce((k, i) => k + size(i), 1) : n.entries.reduce((k, e) => k + size(e.value), 1));

  /** `!reference [job, key, …]`: the value at that path (extends applied to the job), references within resolved too. */
  const dereference = (ref: RawNode, depth: number): RawNode | undefined => {
    if (copied > MAX_REFERENCED_NODES) {
      note('limit', `\`!reference\` copies more than ${String(MAX_REFERENCED_NODES)} values in this pipeline: the rest are not analysed`, ref.location);
      return undefined;
    }
    if (ref.kind !== 'seq') return undefined;
    const path = ref.items.map(scalarText);
    const [jobName, ...keys] = path;
    if (jobName === undefined || path.some((p) => p === undefined) || depth >= MAX_REFERENCE_DEPTH) {
      note(depth >= MAX_REFERENCE_DEPTH ? 'limit' : 'reference', depth >= MAX_REFERENCE_DEPTH ? `\`!reference\` nests more than ${String(MAX_REFERENCE_DEPTH)} levels; GitLab rejects this pipeline` : '`!reference` does not name a path of keys', ref.location);
      return undefined;
    }
    let target: RawNode | undefined = GLOBAL_KEYS.has(jobName) ? child(config, jobName) : extend(jobName, 0, [jobName])?.node;
    for (const k of keys) target = child(target, k ?? '');
    if (!target) {
      note('reference', `\`!reference [${path.join(', ')}]\` names nothing this scan defines (it may come from an include trustlint did not read): the value it stands for is not analysed`, ref.location);
      return undefined;
    }
    const expanded = expandReferences(target, depth + 1);
    if (expanded) copied += size(expanded);
    return expanded;
  };

  const expandReferences = (node: RawNode, depth: number): RawNode | undefined => {
    if (node.kind === 'seq' && node.reference) return dereference(node, depth);
    if (node.kind === 'map') {
      const entries: RawEntry[] = [];
      for (const e of node.entries) {
        const v = expandReferences(e.value, depth);
        if (v) entries.push({ ...e, value: v });
      }
      return { ...node, entries };
    }
    if (node.kind === 'seq') {
      const items: RawNode[] = [];
      for (const item of node.items) {
        const v = expandReferences(item, depth);
        if (!v) continue;
        // A referenced list inside a list is spliced in (GitLab flattens nested script arrays).
        if (item.kind === 'seq' && item.reference && v.kind === 'seq') appendAll(items, v.items);
        else items.push(v);
      }
      return { ...node, items };
    }
    return node;
  };

  const defaults = defaultsOf(config, expandReferences);
  const globalVariables = child(config, 'variables');
  const jobs: GitLabJob[] = [];
  for (const [name, def] of definitions) {
    if (GLOBAL_KEYS.has(name) || name.startsWith('.')) continue;
    const ext = extend(name, 0, [name]);
    if (!ext) continue;
    const job = expandReferences(ext.node, 0) as RawMap;
    for (const m of ext.missing) {
      note('extends', `job "${name}" extends "${m}", which this scan does not define (it may come from an include trustlint did not read): the job is analysed without it`, def.keyLocation);
    }
    noteTriggerAndInputs(name, job, note);
    jobs.push(toJob(name, def, job, ext.missing, defaults, globalVariables && expandReferences(globalVariables, 0)));
  }
  return { jobs, unresolved };
}

/** The first scalars of a node whose text uses `$[[ … ]]` interpolation, with the names they use. */
function interpolations(node: RawNode, out: { names: Set<string>; first?: RawScalar }): void {
  if (out.names.size >= 8) return;
  if (node.kind === 'scalar') {
    for (const m of node.text.matchAll(/\$\[\[\s*([^\]]*?)\s*\]\]/g)) {
      out.names.add(m[1] ?? '');
      out.first ??= node;
    }
  } else if (node.kind === 'seq') for (const i of node.items) interpolations(i, out);
  else for (const e of node.entries) interpolations(e.value, out);
}

/**
 * What a job leaves to GitLab at pipeline creation or to another pipeline, noted so that the job is
 * never passed silently: `trigger:` starts a child or multi-project pipeline whose jobs (and the roles
 * they assume) run elsewhere (https://docs.gitlab.com/ci/yaml/#trigger), and `$[[ inputs.x ]]` is
 * filled in from the inputs the including or triggering pipeline passes
 * (https://docs.gitlab.com/ci/inputs/): its values are unknown to a static read.
 */
function noteTriggerAndInputs(name: string, job: RawMap, note: (kind: GitLabUnresolved['kind'], message: string, location: SourceLocation) => void): void {
  const trigger = entry(job, 'trigger');
  if (trigger) {
    note('trigger', `job "${name}" starts a downstream pipeline (\`trigger:\`): the jobs of that pipeline, and any role they assume, are not analysed`, trigger.keyLocation);
  }
  const found: { names: Set<string>; first?: RawScalar } = { names: new Set() };
  interpolations(job, found);
  if (found.first) {
    const names = [...found.names].map((n) => `\`$[[ ${n} ]]\``).join(', ');
    note('input', `job "${name}" uses ${names}, which GitLab fills in when the pipeline is created: their values are not known here, so what depends on them is not analysed`, found.first.location);
  }
}

/** `default:` (and the legacy global keys), references expanded. */
function defaultsOf(config: RawMap, expand: (n: RawNode, depth: number) => RawNode | undefined): Map<string, RawNode> {
  const out = new Map<string, RawNode>();
  for (const key of DEFAULT_KEYS) {
    const legacy = key === 'id_tokens' ? undefined : child(config, key);
    const value = child(child(config, 'default'), key) ?? legacy;
    const expanded = value && expand(value, 0);
    if (expanded) out.set(key, expanded);
  }
  return out;
}

/** Whether `inherit:<kind>` lets the job take `key` (true, false, or a list of names, https://docs.gitlab.com/ci/yaml/#inherit). */
function inherits(job: RawMap, kind: 'default' | 'variables', key?: string): boolean | string[] {
  const v = child(child(job, 'inherit'), kind);
  if (!v) return true;
  if (v.kind === 'scalar') return v.text !== 'false';
  const names = scalarList(v).map((s) => s.text);
  return key === undefined ? names : names.includes(key);
}

function value(node: RawNode): GitLabValue {
  return node.kind === 'scalar' ? { text: node.text, source: node.source, location: node.location } : { text: '', source: '', location: node.location };
}

function readVariables(node: RawNode | undefined): GitLabVariable[] {
  if (node?.kind !== 'map') return [];
  return node.entries.flatMap((e) => {
    // `NAME: value` or `NAME: { value: …, description: … }` (https://docs.gitlab.com/ci/yaml/#variables).
    const v = e.value.kind === 'map' ? child(e.value, 'value') : e.value;
    if (!v || v.kind !== 'scalar') return [];
    return [{ name: e.key, nameLocation: e.keyLocation, value: value(v) }];
  });
}

function flatten(node: RawNode | undefined, section: GitLabScriptLine['section'], out: GitLabScriptLine[], depth = 0): void {
  if (!node || depth > MAX_REFERENCE_DEPTH) return;
  if (node.kind === 'scalar') {
    if (node.text !== '') out.push({ section, text: node.text, source: node.source, location: node.location });
    return;
  }
  if (node.kind === 'seq') for (const item of node.items) flatten(item, section, out, depth + 1);
}

function readIdTokens(node: RawNode | undefined): GitLabIdToken[] {
  if (node?.kind !== 'map') return [];
  return node.entries.map((e) => ({
    name: e.key,
    nameLocation: e.keyLocation,
    aud: scalarList(child(e.value, 'aud')).map(value),
    location: e.value.location,
  }));
}

function readRules(node: RawNode | undefined): GitLabRule[] | undefined {
  if (node?.kind !== 'seq') return undefined;
  return node.items.flatMap((item) => {
    if (item.kind !== 'map') return [];
    const cond = child(item, 'if');
    const when = scalarText(child(item, 'when'));
    return [{ ...(cond?.kind === 'scalar' ? { if: value(cond) } : {}), ...(when !== undefined ? { when } : {}), location: item.location }];
  });
}

function readRefFilter(e: RawEntry | undefined): GitLabRefFilter | undefined {
  if (!e) return undefined;
  const refs = e.value.kind === 'map' ? child(e.value, 'refs') : e.value;
  return { refs: scalarList(refs).map(value), location: { file: e.keyLocation.file, span: { start: e.keyLocation.span.start, end: e.value.location.span.end } } };
}

function toJob(name: string, def: RawEntry, job: RawMap, missing: string[], defaults: Map<string, RawNode>, globals: RawNode | undefined): GitLabJob {
  const own = (key: string): { node: RawNode; from: GitLabInherited } | undefined => {
    const mine = entry(job, key);
    if (mine) {
      const written = def.value.kind === 'map' && entry(def.value, key) !== undefined;
      return { node: mine.value, from: written ? 'job' : 'extends' };
    }
    const d = defaults.get(key);
    return d && inherits(job, 'default', key) === true ? { node: d, from: 'default' } : undefined;
  };
  const scripts: GitLabScriptLine[] = [];
  for (const section of SECTIONS) flatten(section === 'script' ? child(job, 'script') : own(section)?.node, section, scripts);
  const jobVariables = readVariables(child(job, 'variables'));
  const inheritVars = inherits(job, 'variables');
  const globalVars = readVariables(globals)
    .filter((v) => (Array.isArray(inheritVars) ? inheritVars.includes(v.name) : inheritVars))
    .map((v) => ({ ...v, global: true as const }));
  const variables = [...globalVars.filter((g) => !jobVariables.some((j) => j.name === g.name)), ...jobVariables];
  const idTokens = own('id_tokens');
  const envNode = child(job, 'environment');
  const env = envNode?.kind === 'map' ? child(envNode, 'name') : envNode;
  const rules = readRules(child(job, 'rules'));
  const only = readRefFilter(entry(job, 'only'));
  const except = readRefFilter(entry(job, 'except'));
  return {
    name,
    nameLocation: def.keyLocation,
    location: def.value.location,
    variables,
    scripts,
    ...(idTokens ? { idTokens: { tokens: readIdTokens(idTokens.node), location: idTokens.node.location, from: idTokens.from } } : {}),
    ...(rules ? { rules } : {}),
    ...(only ? { only } : {}),
    ...(except ? { except } : {}),
    ...(env?.kind === 'scalar' && env.text !== '' ? { environment: value(env) } : {}),
    dotenv: child(child(child(job, 'artifacts'), 'reports'), 'dotenv') !== undefined,
    missingTemplates: missing,
  };
}
