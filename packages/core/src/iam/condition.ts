import { hasMarker } from '../model/policy.js';
import type { PolicyPath } from '../model/policy.js';
import { matchArnTokens, matchTokens, resolveVariables, tokenize } from './match.js';
import type { UnresolvedMode } from './match.js';
import { positiveBase } from './operators.js';
import { triAnd, triNot, triOr } from './tri.js';
import type {
  BaseOperator,
  ConditionEntry,
  ConditionOutcome,
  ConditionTrace,
  ContextValue,
  EvalString,
  ParsedOperator,
  Tri,
} from './types.js';
import {
  bytesEqual,
  cidrContains,
  parseBase64,
  parseBool,
  parseCidr,
  parseDate,
  parseIp,
  parseNumber,
} from './values.js';

/** What one condition needs from the request and the options. */
export interface ConditionEnv {
  /** Case-insensitive lookup of a request context key. */
  lookup: (key: string) => ContextValue | undefined;
  variablesEnabled: boolean;
  unresolved: UnresolvedMode;
}

/** Builds a case-insensitive view of the request context (the first of two case variants wins). */
export function contextLookup(context: Readonly<Record<string, ContextValue>>): (key: string) => ContextValue | undefined {
  const byLower = new Map<string, ContextValue>();
  for (const [key, value] of Object.entries(context)) {
    const lower = key.toLowerCase();
    if (!byLower.has(lower)) byLower.set(lower, value);
  }
  return (key) => byLower.get(key.toLowerCase());
}

/** A single-valued variable substitution; a multivalued or empty key counts as absent. */
function variableValue(env: ConditionEnv, key: string): string | undefined {
  const value = env.lookup(key);
  if (typeof value === 'string') return value;
  return value?.length === 1 ? value[0] : undefined;
}

type StringLikeBase = 'StringEquals' | 'StringEqualsIgnoreCase' | 'StringLike' | 'ArnEquals' | 'ArnLike';

function isStringLikeBase(base: BaseOperator): base is StringLikeBase {
  return base.startsWith('String') || base.startsWith('Arn');
}

/** String and ARN comparisons: the only ones that substitute policy variables. */
function compareStringLike(base: StringLikeBase, policy: string, request: string, env: ConditionEnv): Tri {
  const isArn = base === 'ArnEquals' || base === 'ArnLike';
  const tokens = tokenize(policy, { wildcards: base === 'StringLike' || isArn, variables: env.variablesEnabled });
  const resolved = resolveVariables(tokens, (key) => variableValue(env, key));
  if (!resolved) return false; // null variable: no positive match (so negated operators match)
  if (isArn) return matchArnTokens(resolved, request, env.unresolved);
  return matchTokens(resolved, request, base === 'StringEqualsIgnoreCase', env.unresolved);
}

function compareOrdered(a: number, b: number, base: BaseOperator): boolean {
  if (base.endsWith('LessThan')) return a < b;
  if (base.endsWith('LessThanEquals')) return a <= b;
  if (base.endsWith('GreaterThan')) return a > b;
  if (base.endsWith('GreaterThanEquals')) return a >= b;
  return a === b;
}

/** Request value `request` against policy value `policy` for the non-string operators. */
function compareTyped(base: BaseOperator, policy: string, request: string): boolean {
  if (base.startsWith('Numeric') || base.startsWith('Date')) {
    const parse = base.startsWith('Numeric') ? parseNumber : parseDate;
    const p = parse(policy);
    const r = parse(request);
    return p !== null && r !== null && compareOrdered(r, p, base);
  }
  if (base === 'Bool') {
    const p = parseBool(policy);
    return p !== null && p === parseBool(request);
  }
  if (base === 'BinaryEquals') {
    const p = parseBase64(policy);
    const r = parseBase64(request);
    return p !== null && r !== null && bytesEqual(p, r);
  }
  if (base === 'IpAddress') {
    const range = parseCidr(policy);
    const ip = parseIp(request);
    return range !== null && ip !== null && cidrContains(range, ip);
  }
  return false;
}

/**
 * Positive comparison of one policy value with one request value. A marker in a typed value makes it
 * unparseable: literally it only equals the very same text; in 'unknown' mode it could be anything.
 */
export function compareValue(base: BaseOperator, policy: string, request: string, env: ConditionEnv): Tri {
  const positive = positiveBase(base);
  if (isStringLikeBase(positive)) return compareStringLike(positive, policy, request, env);
  if (!hasMarker(policy)) return compareTyped(positive, policy, request);
  if (policy === request) return true;
  return env.unresolved === 'unknown' ? 'unknown' : false;
}

function toSet(value: ContextValue): readonly string[] {
  return typeof value === 'string' ? [value] : value;
}

function trace(entry: ConditionEntry, result: Tri, outcome: ConditionOutcome, matchedValues: PolicyPath[] = []): ConditionTrace {
  return { entry, result, outcome, matchedValues };
}

function outcomeOf(result: Tri): ConditionOutcome {
  if (result === 'unknown') return 'unresolved';
  return result ? 'matched' : 'not-matched';
}

/** `Null`: "true" ⇔ key absent, "false" ⇔ present; any other value text matches nothing. */
function evaluateNull(entry: ConditionEntry, absent: boolean, env: ConditionEnv): ConditionTrace {
  const perValue = entry.values.map((v): Tri => {
    if (hasMarker(v.value) && env.unresolved === 'unknown') return 'unknown';
    const expected = parseBool(v.value);
    return expected !== null && expected === absent;
  });
  const result = triOr(perValue);
  const matched = entry.values.filter((_, i) => perValue[i] === true).map((v) => v.path);
  return trace(entry, result, absent && result !== 'unknown' ? 'key-absent' : outcomeOf(result), matched);
}

/** Result for an absent key or an empty value set, before any value is compared. */
function evaluateMissing(entry: ConditionEntry, op: ParsedOperator, absent: boolean): ConditionTrace {
  const missing: ConditionOutcome = absent ? 'key-absent' : 'set-empty';
  // ForAllValues is vacuously true on no values (documented AWS behaviour).
  if (op.set === 'ForAllValues') return trace(entry, true, missing);
  if (op.ifExists) return trace(entry, true, absent ? 'if-exists-absent' : 'set-empty');
  // ForAnyValue needs one value; plain operators: "the values do not match", negation flips that.
  if (op.set === 'ForAnyValue') return trace(entry, false, missing);
  return trace(entry, op.negated, missing);
}

/**
 * Compares every request value with the policy values. Per request value: positive operators match
 * when any policy value matches; negated ones when none does. Then ForAllValues = all request values,
 * ForAnyValue = any; a plain operator on several request values is read like ForAnyValue (positive)
 * or "no request value matches" (negated) [U: IAM's behaviour for multivalued keys with plain operators].
 */
function evaluateValues(entry: ConditionEntry, op: ParsedOperator, requestValues: readonly string[], env: ConditionEnv): ConditionTrace {
  const matched = new Set<EvalString>();
  const perRequest = requestValues.map((request) => {
    const perPolicy = entry.values.map((p) => compareValue(op.base, p.value, request, env));
    entry.values.forEach((p, i) => {
      if (!op.negated && perPolicy[i] === true) matched.add(p);
    });
    const any = triOr(perPolicy);
    return op.negated ? triNot(any) : any;
  });
  let result: Tri;
  if (op.set === 'ForAllValues') result = triAnd(perRequest);
  else if (op.set === 'ForAnyValue') result = triOr(perRequest);
  else result = op.negated ? triAnd(perRequest) : triOr(perRequest);
  const matchedValues = entry.values.filter((v) => matched.has(v)).map((v) => v.path);
  return trace(entry, result, outcomeOf(result), matchedValues);
}

/** Evaluates one (operator, key) entry of a Condition block against the request. */
export function evaluateConditionEntry(entry: ConditionEntry, env: ConditionEnv): ConditionTrace {
  const op = entry.parsed;
  if (!op) return trace(entry, 'unknown', 'unknown-operator');
  // A key with a marker may or may not name a context key: not decidable.
  if (env.unresolved === 'unknown' && hasMarker(entry.key)) return trace(entry, 'unknown', 'unresolved');
  const raw = env.lookup(entry.key);
  const requestValues = raw === undefined ? [] : toSet(raw);
  // An empty set is a "null data set": treated like an absent key, except for the outcome label.
  if (op.base === 'Null') return evaluateNull(entry, requestValues.length === 0, env);
  if (requestValues.length === 0) return evaluateMissing(entry, op, raw === undefined);
  return evaluateValues(entry, op, requestValues, env);
}
