import { isAlias, isMap, isScalar, isSeq, type Alias, type LineCounter, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { EvaluationBudget } from '../../budget.js';
import type { Position, SourceLocation } from '../../model/span.js';
import type { WorkflowEntry, WorkflowValue } from '../../model/workflow.js';
import { splitExpressions } from './expressions.js';

/** One `key: value` member of a YAML mapping whose key is a scalar. */
export interface MapMember {
  key: string;
  keyLocation: SourceLocation;
  /** The value node (aliases resolved); undefined for a missing value. */
  value: Node | undefined;
  /** From the key to the end of the value. */
  location: SourceLocation;
}

/**
 * Reads the nodes of one parsed YAML document into located model values. Aliases are followed
 * (GitHub accepts anchors and aliases); each dereference counts against the budget's alias cap.
 */
export class YamlReader {
  /** Members per mapping: the readers look keys up one by one, each lookup would locate them all again. */
  private readonly memberCache = new WeakMap<YAMLMap, MapMember[]>();

  /** `targets`: each alias's target (scanDocument). */
  constructor(
    readonly file: string,
    readonly text: string,
    private readonly targets: ReadonlyMap<Alias, Node>,
    private readonly lines: LineCounter,
    private readonly budget: EvaluationBudget,
  ) {}

  position(offset: number): Position {
    const p = this.lines.linePos(offset);
    return { line: p.line, column: p.col - 1, offset };
  }

  /** A location from offsets, without trailing whitespace (block values end after their newline). */
  location(start: number, end: number): SourceLocation {
    let e = Math.max(start, end);
    while (e > start && /\s/.test(this.text[e - 1] ?? '')) e--;
    return { file: this.file, span: { start: this.position(start), end: this.position(e) } };
  }

  locate(node: Node): SourceLocation {
    const [start, end] = node.range ?? [0, 0];
    return this.location(start, end);
  }

  /** The node itself, or the node an alias names. */
  resolve(node: unknown): Node | undefined {
    if (isAlias(node)) {
      this.budget.alias({ offset: node.range?.[0] ?? 0 });
      const target = this.targets.get(node);
      return target && !isAlias(target) ? target : undefined;
    }
    return isMap(node) || isSeq(node) || isScalar(node) ? node : undefined;
  }

  map(node: unknown): YAMLMap | undefined {
    const n = this.resolve(node);
    return isMap(n) ? n : undefined;
  }

  seq(node: unknown): YAMLSeq | undefined {
    const n = this.resolve(node);
    return isSeq(n) ? n : undefined;
  }

  /** Members of a mapping with scalar keys, in order. */
  members(node: unknown): MapMember[] {
    const map = this.map(node);
    if (!map) return [];
    const cached = this.memberCache.get(map);
    if (cached) return cached;
    const out: MapMember[] = [];
    for (const pair of map.items) {
      const key = this.resolve(pair.key);
      if (!isScalar(key) || !key.range) continue;
      const value = this.resolve(pair.value);
      const end = value?.range?.[1] ?? key.range[1];
      out.push({ key: String(key.value), keyLocation: this.locate(key), value, location: this.location(key.range[0], end) });
    }
    this.memberCache.set(map, out);
    return out;
  }

  member(node: unknown, key: string): MapMember | undefined {
    return this.members(node).find((m) => m.key === key);
  }

  get(node: unknown, key: string): Node | undefined {
    return this.member(node, key)?.value;
  }

  /**
   * A scalar as a workflow value (literal or expression). A collection where a scalar belongs keeps
   * its source text, so rules can still point at it; a missing value gives undefined.
   */
  value(node: unknown): WorkflowValue | undefined {
    const n = this.resolve(node);
    if (!n?.range) return undefined;
    const [start, end] = n.range;
    // trimEnd, not /\s+$/: the regex is quadratic on a long run of inner whitespace.
    const source = this.text.slice(start, end).trimEnd();
    const text = isScalar(n) ? String(n.value) : source;
    const location = this.locate(n);
    const parts = splitExpressions(text);
    if (parts.every((p) => p.kind === 'text')) return { kind: 'literal', text, location, source };
    const refs = [...new Set(parts.flatMap((p) => (p.kind === 'expression' ? p.refs : [])))];
    return { kind: 'expression', text, refs, parts, location, source };
  }

  /** The plain text of a scalar, or undefined. */
  string(node: unknown): string | undefined {
    const n = this.resolve(node);
    return isScalar(n) ? String(n.value) : undefined;
  }

  /** A scalar or a sequence of scalars as a list of values. */
  list(node: unknown): WorkflowValue[] {
    const seq = this.seq(node);
    if (!seq) {
      const v = this.value(node);
      return v && v.text !== '' ? [v] : [];
    }
    return seq.items.flatMap((item) => {
      const v = this.value(item);
      return v ? [v] : [];
    });
  }

  /** `name: value` entries of a mapping (env, with, secrets). */
  entries(node: unknown): WorkflowEntry[] {
    return this.members(node).flatMap((m) => {
      const value = this.value(m.value) ?? this.emptyValue(m.keyLocation);
      return [{ name: m.key, nameLocation: m.keyLocation, value }];
    });
  }

  /** An empty literal right after a key, for `key:` without a value. */
  emptyValue(after: SourceLocation): WorkflowValue {
    return { kind: 'literal', text: '', source: '', location: { file: this.file, span: { start: after.span.end, end: after.span.end } } };
  }
}
