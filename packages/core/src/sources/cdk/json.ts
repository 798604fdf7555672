import type { Range } from './estree.js';
import { mapOptions, member, unknown, type CValue } from './values.js';

/**
 * Building and reading the object values CDK props and IAM JSON are made of. A leaf module (it imports
 * only values.ts): constructs.ts, statements.ts and trust-policy.ts all use it, and none of them may
 * import another both ways (the shape test rejects runtime import cycles).
 */

/** A property of an object-like value, as far as constructor props are concerned. */
export function prop(value: CValue | undefined, key: string, use: Range): CValue {
  if (!value) return { kind: 'undefined', range: use };
  return mapOptions(value, (v) => {
    if (v.kind === 'object') {
      const found = member(v, key);
      if (found) return found.value;
      const spread = v.spreads[0];
      return spread ? unknown(`${spread.expression}.${key}`, spread.reason, use) : { kind: 'undefined', range: use };
    }
    if (v.kind === 'unknown') return unknown(`${v.expression}.${key}`, v.reason, use);
    return { kind: 'undefined', range: use };
  });
}

export function objectOf(entries: readonly [string, CValue][], range: Range): Extract<CValue, { kind: 'object' }> {
  return {
    kind: 'object',
    members: entries.map(([key, value]) => ({ key: [{ kind: 'text', text: key, range }], keyRange: range, value })),
    range,
    spreads: [],
  };
}

