import type { BaseOperator, ParsedOperator } from './types.js';

/** Positive counterpart of each base operator; a negated operator is NOT(any value matches). */
const POSITIVE_OF: Readonly<Record<BaseOperator, BaseOperator>> = {
  StringEquals: 'StringEquals',
  StringNotEquals: 'StringEquals',
  StringEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringLike: 'StringLike',
  StringNotLike: 'StringLike',
  NumericEquals: 'NumericEquals',
  NumericNotEquals: 'NumericEquals',
  NumericLessThan: 'NumericLessThan',
  NumericLessThanEquals: 'NumericLessThanEquals',
  NumericGreaterThan: 'NumericGreaterThan',
  NumericGreaterThanEquals: 'NumericGreaterThanEquals',
  DateEquals: 'DateEquals',
  DateNotEquals: 'DateEquals',
  DateLessThan: 'DateLessThan',
  DateLessThanEquals: 'DateLessThanEquals',
  DateGreaterThan: 'DateGreaterThan',
  DateGreaterThanEquals: 'DateGreaterThanEquals',
  Bool: 'Bool',
  BinaryEquals: 'BinaryEquals',
  IpAddress: 'IpAddress',
  NotIpAddress: 'IpAddress',
  ArnEquals: 'ArnEquals',
  ArnLike: 'ArnLike',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike',
  Null: 'Null',
};

/**
 * The operator a mis-cased or otherwise unknown name was probably meant to be (`stringLike` →
 * `StringLike`, `forAnyValue:stringequals` → `ForAnyValue:StringEquals`), or undefined.
 */
export function operatorSpelling(name: string): string | undefined {
  const lower = name.toLowerCase();
  const m = /^(forallvalues:|foranyvalue:)?(.*?)(ifexists)?$/.exec(lower);
  if (!m) return undefined;
  const set = m[1] === 'forallvalues:' ? 'ForAllValues:' : m[1] === 'foranyvalue:' ? 'ForAnyValue:' : '';
  const base = (Object.keys(POSITIVE_OF) as BaseOperator[]).find((b) => b.toLowerCase() === m[2]);
  if (!base) return undefined;
  const fixed = `${set}${base}${m[3] ? 'IfExists' : ''}`;
  return fixed !== name && parseOperator(fixed) ? fixed : undefined;
}

function isBaseOperator(name: string): name is BaseOperator {
  return Object.hasOwn(POSITIVE_OF, name);
}

/** The operator whose match is negated by `base` (itself for positive operators). */
export function positiveBase(base: BaseOperator): BaseOperator {
  return POSITIVE_OF[base];
}

export function isNegated(base: BaseOperator): boolean {
  return POSITIVE_OF[base] !== base;
}

const SET_PREFIX = /^(ForAllValues|ForAnyValue):/;
const IF_EXISTS = 'IfExists';

/**
 * Parses `[ForAllValues:|ForAnyValue:]<Base>[IfExists]`, case-sensitively: IAM rejects a mis-cased
 * operator at CreateRole (`MalformedPolicyDocument: Invalid Condition type : stringEquals`, a CreateRole
 * error quoted in ministryofjustice/modernisation-platform-environments PR #8893), so it is unknown. `Null` takes neither
 * `IfExists` (documented) nor a set qualifier (meaningless; treated as unknown). Returns null for
 * anything unknown.
 */
export function parseOperator(name: string): ParsedOperator | null {
  let rest = name;
  let set: ParsedOperator['set'];
  const prefix = SET_PREFIX.exec(rest);
  if (prefix) {
    set = prefix[1] === 'ForAllValues' ? 'ForAllValues' : 'ForAnyValue';
    rest = rest.slice(prefix[0].length);
  }
  const ifExists = rest.endsWith(IF_EXISTS);
  if (ifExists) rest = rest.slice(0, -IF_EXISTS.length);
  if (!isBaseOperator(rest)) return null;
  if (rest === 'Null' && (ifExists || set !== undefined)) return null;
  const parsed: ParsedOperator = { base: rest, ifExists, negated: isNegated(rest) };
  if (set) parsed.set = set;
  return parsed;
}
