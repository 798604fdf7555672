import { isAlias, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Alias, CollectionTag, Document, ScalarTag } from 'yaml';
import { EvaluationBudget, LimitError } from '../../budget.js';
import { parseYamlDocument } from '../../limits.js';
import { yamlScalarOrigins, type YamlScalarStyle } from './origins.js';
import { lazyString, type ParseResult, type Range, type TEntry, type TNode } from '../shared/tree.js';

/**
 * CloudFormation's short-form intrinsic tags. Each is registered in scalar, sequence and mapping form
 * so that no form is a parse error; tags not listed (e.g. `!Rain::Include`) only produce warnings,
 * which are ignored, and reach the resolver as unknown functions.
 */
export const INTRINSIC_TAGS: readonly string[] = [
  'And', 'Base64', 'Cidr', 'Condition', 'Contains', 'EachMemberEquals', 'EachMemberIn', 'Equals',
  'FindInMap', 'GetAtt', 'GetAZs', 'If', 'ImportValue', 'Join', 'Length', 'Not', 'Or', 'Ref', 'RefAll',
  'Select', 'Split', 'Sub', 'ToJsonString', 'Transform', 'ValueOf', 'ValueOfAll',
];

/** `!Ref` → `Ref`, `!Condition` → `Condition`, `!Sub` → `Fn::Sub`; unknown tags keep their `!`. */
export function longFormOfTag(tag: string): string {
  const name = tag.slice(1);
  if (name === 'Ref' || name === 'Condition') return name;
  return INTRINSIC_TAGS.includes(name) ? `Fn::${name}` : tag;
}

const CUSTOM_TAGS: (ScalarTag | CollectionTag)[] = INTRINSIC_TAGS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string): string => value },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (value: unknown): unknown => value },
  { tag: `!${name}`, collection: 'map' as const, resolve: (value: unknown): unknown => value },
]);

export type { ParseResult, TextError } from '../shared/tree.js';

/** Parses YAML text into a template tree; short-form tags become their long-form single-key maps. */
export function parseYamlTree(text: string, budget = new EvaluationBudget()): ParseResult {
  // No LineCounter: positions are computed from offsets with the model's lineStarts, which also
  // keeps one position convention for YAML, JSON and embedded texts.
  const doc = parseYamlDocument(text, { customTags: CUSTOM_TAGS, uniqueKeys: false, prettyErrors: false, strict: false }, budget);
  if (doc instanceof LimitError) return { limit: doc };
  const first = doc.errors[0];
  if (first) return { error: { message: first.message.split('\n')[0] ?? first.message, offset: first.pos[0] } };
  try {
    return { root: new YamlConverter(text, doc, budget).convert(doc.contents, [0, 0], 0) };
  } catch (err) {
    if (err instanceof LimitError) return { limit: err };
    throw err;
  }
}

/** The node types the converter walks (the composer's output, kept loose on purpose). */
type YamlNode = Document.Parsed['contents'];

/** How far before a tagged node its tag may be written (anchors and line breaks in between). */
const TAG_SEARCH_WINDOW = 4096;

class YamlConverter {
  /** Each alias's target, found in one pass on the first alias (yaml's own resolve walks the document per alias). */
  private targets: Map<Alias, YamlNode> | undefined;
  /** Offset of the outermost alias being expanded, or -1. */
  private aliasAt = -1;

  constructor(
    private readonly text: string,
    private readonly doc: Document.Parsed,
    private readonly budget: EvaluationBudget,
  ) {}

  convert(node: YamlNode | undefined, fallback: Range, depth: number): TNode {
    this.budget.checkDepth(depth, { offset: node?.range[0] ?? fallback[0] });
    // Every node materialised through an alias counts (the guard against "billion laughs").
    if (this.aliasAt >= 0) this.budget.alias({ offset: this.aliasAt });
    if (node === null || node === undefined) return { kind: 'null', value: null, text: '', range: [fallback[1], fallback[1]] };
    if (isAlias(node)) {
      // Aliases resolve to the anchored node: its spans are where the value is written.
      const outermost = this.aliasAt < 0;
      if (outermost) this.aliasAt = node.range[0];
      try {
        return this.convert(this.targetOf(node), [node.range[0], node.range[1]], depth + 1);
      } finally {
        if (outermost) this.aliasAt = -1;
      }
    }
    const inner = this.convertUntagged(node, depth);
    const tag = node.tag;
    if (tag === undefined || !tag.startsWith('!') || tag.startsWith('!!')) return inner;
    const tagStart = this.tagStart(tag, node.range[0]);
    const entry: TEntry = { key: longFormOfTag(tag), keyRange: [tagStart, tagStart + tag.length], value: inner };
    return { kind: 'map', entries: [entry], range: [tagStart, inner.range[1]] };
  }

  /** The last node before the alias with its anchor (YAML's rule); aliases of aliases are followed by convert. */
  private targetOf(alias: Alias): YamlNode | undefined {
    if (!this.targets) {
      const targets = new Map<Alias, YamlNode>();
      const anchors = new Map<string, YamlNode>();
      visit(this.doc, {
        Node: (_key, n) => {
          if (isAlias(n)) {
            const target = anchors.get(n.source);
            if (target !== undefined) targets.set(n, target);
          } else if (n.anchor) {
            anchors.set(n.anchor, n as YamlNode);
          }
        },
      });
      this.targets = targets;
    }
    return this.targets.get(alias);
  }

  /** The tag is written before the node's own range (only spaces, breaks or an anchor in between). */
  private tagStart(tag: string, nodeStart: number): number {
    // Searched back a bounded distance: a tag not written literally (a %TAG handle) must not cost a
    // scan of the whole text per node.
    const from = Math.max(0, nodeStart - TAG_SEARCH_WINDOW);
    const at = this.text.lastIndexOf(tag, nodeStart);
    if (at < from) return nodeStart;
    // Only whitespace and an anchor (`&name`, which may itself contain `&`) in between; checked by
    // tokens, not by a regex that backtracks exponentially on `&a&a&a… #`.
    const between = this.text.slice(at + tag.length, nodeStart);
    return between.split(/\s+/).every((t) => t === '' || t.startsWith('&')) ? at : nodeStart;
  }

  private convertUntagged(node: NonNullable<YamlNode>, depth: number): TNode {
    if (isScalar(node)) {
      const start = node.range[0];
      const style: YamlScalarStyle = node.type ?? 'PLAIN';
      const block = style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED';
      // Block scalars' ranges run to the next line: trim trailing breaks for a tight span.
      let end = node.range[1];
      if (block) while (end > start && /\s/.test(this.text[end - 1] ?? '')) end--;
      const range: Range = [start, end];
      const value = node.value;
      if (typeof value === 'string') {
        const sourceEnd = block ? node.range[1] : end;
        return lazyString(value, range, () => yamlScalarOrigins(this.text, start, sourceEnd, style, value));
      }
      const raw = this.text.slice(start, end);
      if (typeof value === 'number') return { kind: 'number', value, text: raw, range };
      if (typeof value === 'boolean') return { kind: 'boolean', value, text: raw, range };
      if (value === null) return { kind: 'null', value: null, text: raw, range };
      // Other resolved types (none in the core schema): keep the text as written.
      return { kind: 'string', value: raw, range, origins: null };
    }
    if (isMap(node)) {
      const entries: TEntry[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as YamlNode | undefined;
        const keyRange: Range = key && !isAlias(key) ? [key.range[0], key.range[1]] : [node.range[0], node.range[0]];
        const keyText = key && isScalar(key) ? String(key.value) : '';
        entries.push({ key: keyText, keyRange, value: this.convert(pair.value, keyRange, depth + 1) });
      }
      return { kind: 'map', entries, range: this.collectionRange(node.range) };
    }
    if (isSeq(node)) {
      const items = node.items.map((item) => this.convert(item as YamlNode | undefined, [node.range[0], node.range[0]], depth + 1));
      return { kind: 'seq', items, range: this.collectionRange(node.range) };
    }
    return { kind: 'null', value: null, text: '', range: [0, 0] };
  }

  /** Block collections' ranges include the final line break: trim it. */
  private collectionRange(range: readonly [number, number, number]): Range {
    let end = range[1];
    while (end > range[0] && /\s/.test(this.text[end - 1] ?? '')) end--;
    return [range[0], end];
  }
}
