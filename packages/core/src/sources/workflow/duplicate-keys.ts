import { isMap, isScalar, visit, type Document } from 'yaml';

/**
 * Offset of the first mapping key that repeats an earlier key of the same mapping, or -1. The same
 * check as `yaml`'s `uniqueKeys` (scalar keys with equal values), but with a set per mapping: yaml
 * compares every key with all earlier ones, which takes seconds on a mapping of tens of thousands
 * of keys.
 */
export function firstDuplicateKey(doc: Document): number {
  let first = -1;
  visit(doc, {
    Map: (_key, map) => {
      if (!isMap(map)) return undefined;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        if (seen.has(key.value)) {
          const at = key.range?.[0] ?? 0;
          if (first < 0 || at < first) first = at;
          break;
        }
        seen.add(key.value);
      }
      return undefined;
    },
  });
  return first;
}
