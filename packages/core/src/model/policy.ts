import type { Provenance, Span } from './span.js';

/**
 * A JSON-shaped policy document whose every node knows its span. Every source format (JSON,
 * Terraform, plan JSON, CloudFormation, CDK, live IAM) renders its trust policy into this tree, so
 * that rules, paths and Access Analyzer locations work the same for all of them.
 */
export type PolicyNode = PolicyString | PolicyScalar | PolicyArray | PolicyObject;

export interface NodeBase {
  span: Span;
  /** File of the span when it differs from the document's file (a variable default in another file). */
  file?: string;
  provenance?: Provenance;
}

/**
 * A string value. Unresolved parts (a template placeholder, a Terraform variable without a value) are
 * replaced in `value` by a marker `\uE000<id>\uE001` (ids unique within a document): the evaluator treats
 * a marker as a fixed literal that no outsider can produce ("assumed a fixed value without wildcards").
 */
export interface PolicyString extends NodeBase {
  type: 'string';
  value: string;
  unresolved?: UnresolvedPart[];
}

export interface UnresolvedPart {
  /** Document-wide id: the marker `\uE000<id>\uE001` in the string value. */
  id: number;
  /** The expression as written, e.g. `${var.org}` or `$REPO_OWNER`. */
  expression: string;
  reason: string;
  span: Span;
  file?: string;
}

export interface PolicyScalar extends NodeBase {
  type: 'number' | 'boolean' | 'null';
  value: number | boolean | null;
  /** The literal text, e.g. `1.0` (numbers are compared by text in IAM). */
  text: string;
}

export interface PolicyArray extends NodeBase {
  type: 'array';
  items: PolicyNode[];
}

export interface PolicyMember {
  key: string;
  keySpan: Span;
  /** File of the key when it differs from the document's file. */
  keyFile?: string;
  /** Unresolved parts of a computed key (`"${var.issuer}:sub"`), as for string values. */
  keyUnresolved?: UnresolvedPart[];
  value: PolicyNode;
}

export interface PolicyObject extends NodeBase {
  type: 'object';
  members: PolicyMember[];
}

export const UNRESOLVED_OPEN = '\uE000';
export const UNRESOLVED_CLOSE = '\uE001';

export function unresolvedMarker(index: number): string {
  return `${UNRESOLVED_OPEN}${index}${UNRESOLVED_CLOSE}`;
}

const MARKER_RE = /\uE000(\d+)\uE001/g;
const SINGLE_MARKER_RE = /^\uE000\d+\uE001$/;

/** Replaces markers by a readable `<expression>` for messages, given the parts that may occur. */
export function displayValue(value: string, parts: readonly UnresolvedPart[] = []): string {
  return value.replace(MARKER_RE, (_m, id: string) => {
    const part = parts.find((p) => p.id === Number(id));
    return part ? `<${part.expression}>` : '<unresolved>';
  });
}

export function displayString(node: Pick<PolicyString, 'value' | 'unresolved'>): string {
  return displayValue(node.value, node.unresolved);
}

/** Ids of the unresolved markers in a value. */
export function markerIds(value: string): number[] {
  return markersIn(value).map((m) => m.id);
}

/** Every unresolved marker in a value with its id and where it stands: value[start, end). */
export function markersIn(value: string): { id: number; start: number; end: number }[] {
  return [...value.matchAll(MARKER_RE)].map((m) => ({ id: Number(m[1]), start: m.index, end: m.index + m[0].length }));
}

/**
 * The value with every unresolved marker replaced by `replacement`: `*` where an unresolved part may
 * stand for any text, `''` for the literal text around the markers, a fixed valid name to validate it.
 */
export function replaceMarkers(value: string, replacement: string): string {
  return value.replace(MARKER_RE, () => replacement);
}

/** Whether the whole value is one unresolved marker (nothing literal around it). */
export function isSingleMarker(value: string): boolean {
  return SINGLE_MARKER_RE.test(value);
}

/** Whether the value is nothing but unresolved markers (at least one). */
export function onlyMarkers(value: string): boolean {
  return hasMarker(value) && replaceMarkers(value, '') === '';
}

/** Every unresolved part in a tree, with the path of the string holding it. */
export function collectUnresolved(root: PolicyNode, path: PolicyPath = []): { part: UnresolvedPart; path: PolicyPath }[] {
  switch (root.type) {
    case 'string':
      return (root.unresolved ?? []).map((part) => ({ part, path }));
    case 'array':
      return root.items.flatMap((item, i) => collectUnresolved(item, [...path, i]));
    case 'object':
      return root.members.flatMap((m) => collectUnresolved(m.value, [...path, m.key]));
    default:
      return [];
  }
}

export function hasMarker(value: string): boolean {
  return value.includes(UNRESOLVED_OPEN);
}

/** A JSON path into the policy document as AWS would see it. */
export type PolicyPath = (string | number)[];

export function getMember(obj: PolicyObject, key: string): PolicyMember | undefined {
  return obj.members.findLast((m) => m.key === key);
}

export function nodeAt(root: PolicyNode, path: PolicyPath): PolicyNode | undefined {
  let cur: PolicyNode | undefined = root;
  for (const seg of path) {
    if (!cur) return undefined;
    if (typeof seg === 'number') {
      cur = cur.type === 'array' ? cur.items[seg] : undefined;
    } else {
      cur = cur.type === 'object' ? cur.members.findLast((m) => m.key === seg)?.value : undefined;
    }
  }
  return cur;
}

/** Plain JSON value of a node (markers kept), e.g. to render the document AWS would see. */
export function toJson(node: PolicyNode): unknown {
  switch (node.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
      return node.value;
    case 'array':
      return node.items.map(toJson);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const m of node.members) out[m.key] = toJson(m.value);
      return out;
    }
  }
}

/**
 * Hands out document-wide unresolved ids while a source builds one policy tree: every unresolved
 * expression becomes a marker in the string value and a part recording where it was written.
 */
export class UnresolvedAllocator {
  private next = 0;

  part(expression: string, reason: string, span: Span, file?: string): { marker: string; part: UnresolvedPart } {
    const id = this.next++;
    return { marker: unresolvedMarker(id), part: { id, expression, reason, span, ...(file !== undefined ? { file } : {}) } };
  }
}
