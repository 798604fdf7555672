import { isMap, isScalar, isSeq } from 'yaml';
import { NODE_SIZE, type EvaluationBudget } from '../../budget.js';
import type { SourceLocation } from '../../model/span.js';
import type { YamlReader } from '../workflow/yaml-reader.js';

/**
 * A located YAML value detached from its parser: what `extends:` merges and `!reference` copies across
 * the files of one pipeline. Aliases are resolved while building it (each one counted against the
 * budget, each node charged to it), so a tree is never larger than the budget allows.
 */
export type RawNode = RawMap | RawSeq | RawScalar;

export interface RawEntry {
  key: string;
  keyLocation: SourceLocation;
  value: RawNode;
}

export interface RawMap {
  kind: 'map';
  entries: RawEntry[];
  location: SourceLocation;
}

export interface RawSeq {
  kind: 'seq';
  items: RawNode[];
  location: SourceLocation;
  /** `!reference` (https://docs.gitlab.com/ci/yaml/yaml_optimization/#reference-tags). */
  reference?: boolean;
}

export interface RawScalar {
  kind: 'scalar';
  text: string;
  /** The node as written (quotes, block indicators): what offsets inside the value are counted in. */
  source: string;
  location: SourceLocation;
}

/** Builds the tree of a node (undefined for a missing value). */
export function rawTree(reader: YamlReader, node: unknown, budget: EvaluationBudget): RawNode | undefined {
  const n = reader.resolve(node);
  if (!n) return undefined;
  const at = { offset: n.range?.[0] ?? 0 };
  budget.grow(NODE_SIZE, at);
  const location = reader.locate(n);
  if (isMap(n)) {
    const entries: RawEntry[] = [];
    for (const m of reader.members(n)) {
      const value = rawTree(reader, m.value, budget) ?? { kind: 'scalar', text: '', source: '', location: { file: reader.file, span: { start: m.keyLocation.span.end, end: m.keyLocation.span.end } } };
      entries.push({ key: m.key, keyLocation: m.keyLocation, value });
    }
    return { kind: 'map', entries, location };
  }
  if (isSeq(n)) {
    const items: RawNode[] = [];
    for (const item of n.items) {
      const t = rawTree(reader, item, budget);
      if (t) items.push(t);
    }
    return { kind: 'seq', items, location, ...(n.tag === '!reference' ? { reference: true } : {}) };
  }
  const [start, end] = n.range ?? [0, 0];
  return { kind: 'scalar', text: isScalar(n) ? scalarString(n.value) : '', source: reader.text.slice(start, end).trimEnd(), location };
}

export function entry(node: RawNode | undefined, key: string): RawEntry | undefined {
  return node?.kind === 'map' ? node.entries.find((e) => e.key === key) : undefined;
}

export function child(node: RawNode | undefined, key: string): RawNode | undefined {
  return entry(node, key)?.value;
}

export function scalarText(node: RawNode | undefined): string | undefined {
  return node?.kind === 'scalar' ? node.text : undefined;
}

/** A scalar or a list of scalars as texts with locations. */
export function scalarList(node: RawNode | undefined): RawScalar[] {
  if (!node) return [];
  if (node.kind === 'scalar') return node.text === '' ? [] : [node];
  if (node.kind === 'seq') return node.items.filter((i): i is RawScalar => i.kind === 'scalar');
  return [];
}

/**
 * GitLab's merge for `extends:` and `default:` ("reverse deep merge", https://docs.gitlab.com/ci/yaml/#extends):
 * mappings merge key by key, the child's value winning; anything else (lists: `script`, `rules`) is replaced.
 */
export function deepMerge(base: RawNode, over: RawNode): RawNode {
  if (base.kind !== 'map' || over.kind !== 'map') return over;
  const entries = [...base.entries];
  for (const e of over.entries) {
    const i = entries.findIndex((b) => b.key === e.key);
    const prior = i >= 0 ? entries[i] : undefined;
    if (prior) entries[i] = { key: e.key, keyLocation: e.keyLocation, value: deepMerge(prior.value, e.value) };
    else entries.push(e);
  }
  return { kind: 'map', entries, location: over.location };
}

/** A failsafe-schema scalar's value is a string; anything else (never expected) is empty. */
function scalarString(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}
