import { isAlias, isMap, isNode, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml';

export interface DocumentScan {
  /** Offset of the first mapping key that repeats an earlier key of its mapping, or -1. */
  duplicateKeyAt: number;
  /** Each alias's target: the last node before it with that anchor (YAML's rule). */
  aliasTargets: Map<Alias, Node>;
}

/**
 * One pass over a parsed document, in document order, for what the workflow reader needs before it
 * starts: alias targets (yaml's own `resolve` walks the whole document per alias) and duplicate keys
 * (the same check as yaml's `uniqueKeys` — scalar keys with equal values — but with a set per mapping:
 * yaml compares every key with all earlier ones, seconds on a mapping of tens of thousands of keys).
 * Recursion is bounded: the document was parsed within the depth cap and aliases are not followed.
 */
export function scanDocument(doc: Document): DocumentScan {
  const scan: DocumentScan = { duplicateKeyAt: -1, aliasTargets: new Map() };
  const anchors = new Map<string, Node>();
  const duplicate = (at: number): void => {
    if (scan.duplicateKeyAt < 0 || at < scan.duplicateKeyAt) scan.duplicateKeyAt = at;
  };
  const walk = (node: unknown): void => {
    if (!isNode(node)) return;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) scan.aliasTargets.set(node, target);
      return;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (isMap(node)) {
      const seen = new Set<unknown>();
      let reported = false;
      for (const pair of node.items) {
        const key = pair.key;
        walk(key);
        if (isScalar(key) && !reported) {
          if (seen.has(key.value)) {
            duplicate(key.range?.[0] ?? 0);
            reported = true;
          }
          seen.add(key.value);
        }
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    }
  };
  walk(doc.contents);
  return scan;
}
