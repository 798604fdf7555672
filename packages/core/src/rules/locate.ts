import { nodeAt, type PolicyNode, type PolicyPath, type UnresolvedPart } from '../model/policy.js';
import type { TrustPolicyDocument } from '../model/document.js';
import type { Span } from '../model/span.js';
import type { RuleReport } from './define.js';

/** The deepest existing node on the path (a finding about a missing key points at its parent). */
export function deepestNode(root: PolicyNode, path: PolicyPath): { node: PolicyNode; path: PolicyPath } {
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(root, path.slice(0, n));
    if (node) return { node, path: path.slice(0, n) };
  }
  return { node: root, path: [] };
}

function keyAt(root: PolicyNode, path: PolicyPath): { span: Span; file?: string } | undefined {
  const last = path.at(-1);
  if (typeof last !== 'string') return undefined;
  const parent = nodeAt(root, path.slice(0, -1));
  if (parent?.type !== 'object') return undefined;
  const member = parent.members.findLast((m) => m.key === last);
  return member ? { span: member.keySpan, ...(member.keyFile !== undefined ? { file: member.keyFile } : {}) } : undefined;
}

export function locate(doc: TrustPolicyDocument, report: RuleReport): { file: string; span: Span } {
  const { node } = deepestNode(doc.root, report.path);
  if (report.unresolvedId !== undefined && node.type === 'string') {
    const part = node.unresolved?.find((p) => p.id === report.unresolvedId);
    if (part) return { file: part.file ?? node.file ?? doc.file, span: part.span };
  }
  if (report.at === 'key') {
    const key = keyAt(doc.root, report.path);
    if (key) {
      const part = report.unresolvedId !== undefined ? keyPart(doc.root, report.path, report.unresolvedId) : undefined;
      if (part) return { file: part.file ?? key.file ?? doc.file, span: part.span };
      return { file: key.file ?? doc.file, span: key.span };
    }
  }
  return { file: node.file ?? doc.file, span: node.span };
}

function keyPart(root: PolicyNode, path: PolicyPath, id: number): UnresolvedPart | undefined {
  const parent = nodeAt(root, path.slice(0, -1));
  if (parent?.type !== 'object') return undefined;
  return parent.members.findLast((m) => m.key === path.at(-1))?.keyUnresolved?.find((p) => p.id === id);
}
