import type { PolicyMember, PolicyPath } from '../model/policy.js';

/**
 * The evaluator's view of a policy: plain strings with the JSON path of each value, so results can
 * be mapped back to spans in any source format. Values may contain unresolved markers
 * (`\uE000<n>\uE001`, see model/policy.ts).
 */
export interface EvalString {
  value: string;
  path: PolicyPath;
}

export type Tri = true | false | 'unknown';

export type BaseOperator =
  | 'StringEquals' | 'StringNotEquals' | 'StringEqualsIgnoreCase' | 'StringNotEqualsIgnoreCase'
  | 'StringLike' | 'StringNotLike'
  | 'NumericEquals' | 'NumericNotEquals' | 'NumericLessThan' | 'NumericLessThanEquals'
  | 'NumericGreaterThan' | 'NumericGreaterThanEquals'
  | 'DateEquals' | 'DateNotEquals' | 'DateLessThan' | 'DateLessThanEquals'
  | 'DateGreaterThan' | 'DateGreaterThanEquals'
  | 'Bool' | 'BinaryEquals' | 'IpAddress' | 'NotIpAddress'
  | 'ArnEquals' | 'ArnLike' | 'ArnNotEquals' | 'ArnNotLike'
  | 'Null';

export interface ParsedOperator {
  /** Set qualifier, if any. */
  set?: 'ForAllValues' | 'ForAnyValue';
  base: BaseOperator;
  ifExists: boolean;
  /** True for StringNot…, NumericNotEquals, DateNotEquals, NotIpAddress, ArnNot…. */
  negated: boolean;
}

/** One (operator, key) pair of a Condition block: `"StringLike": { "<key>": [values] }`. */
export interface ConditionEntry {
  /** Operator as written. */
  operator: string;
  operatorPath: PolicyPath;
  /** null when the operator is unknown (reported, never guessed). */
  parsed: ParsedOperator | null;
  /** Key as written; compared case-insensitively. */
  key: string;
  keyPath: PolicyPath;
  values: EvalString[];
}

export type PrincipalElement =
  | { kind: 'wildcard'; path: PolicyPath }
  | { kind: 'map'; path: PolicyPath; entries: { type: string; values: EvalString[]; path: PolicyPath }[] };

export interface Statement {
  index: number;
  /** ["Statement", i] or ["Statement"] when Statement is a single object. */
  path: PolicyPath;
  sid?: string;
  /** null when Effect is missing or not exactly Allow/Deny. */
  effect: 'Allow' | 'Deny' | null;
  principal?: PrincipalElement;
  notPrincipal?: PrincipalElement;
  action?: EvalString[];
  actionPath?: PolicyPath;
  notAction?: EvalString[];
  notActionPath?: PolicyPath;
  conditions: ConditionEntry[];
  /** Path of the Condition object when present. */
  conditionPath?: PolicyPath;
}

export type PolicyProblemCode =
  | 'unknown-operator'
  | 'duplicate-key'
  | 'invalid-effect'
  | 'missing-element'
  | 'invalid-type'
  | 'unknown-element'
  | 'invalid-version'
  /** An element IAM refuses in a trust policy (Resource, NotResource). */
  | 'prohibited-element';

/** Something structurally wrong with the policy that the evaluator had to assume around. */
export interface PolicyProblem {
  code: PolicyProblemCode;
  message: string;
  path: PolicyPath;
  /** For duplicate keys: the path of the earlier (ignored) duplicate. */
  otherPath?: PolicyPath;
  /**
   * For duplicate keys: the earlier (ignored) member itself. Paths are key-based, so `path` and
   * `otherPath` are equal for exact duplicates; the member's `keySpan`/`value.span` locate it.
   */
  otherMember?: PolicyMember;
  /**
   * IAM rejects the document at CreateRole / UpdateAssumeRolePolicy (MalformedPolicyDocument): the
   * role cannot carry this policy, so no verdict about who gets in is made (`trust-invalid-policy`).
   */
  rejected?: boolean;
}

export interface Policy {
  /** The Version string as written; undefined when absent. */
  version: string | undefined;
  /** True when `${…}` policy variables are interpreted (Version 2012-10-17). */
  variablesEnabled: boolean;
  statements: Statement[];
  problems: PolicyProblem[];
}

export interface RequestPrincipal {
  /** `Federated` for web identity (id = provider ARN), `AWS` (id = ARN or account), `Service`. */
  type: 'Federated' | 'AWS' | 'Service' | 'CanonicalUser';
  id: string;
}

export type ContextValue = string | readonly string[];

export interface EvalRequest {
  principal: RequestPrincipal;
  action: string;
  /** Condition keys of the request; names are matched case-insensitively; absent keys are absent. */
  context: Readonly<Record<string, ContextValue>>;
}

export interface EvalOptions {
  /**
   * How unresolved markers in policy values are treated:
   * - `literal`: as one fixed literal without wildcards (scope rules; spec/rules.md "Unresolved values")
   * - `unknown`: a comparison whose outcome depends on the marker yields 'unknown' (simulate)
   */
  unresolved?: 'literal' | 'unknown';
}

export type ConditionOutcome =
  | 'matched'
  | 'not-matched'
  | 'key-absent'
  | 'if-exists-absent'
  | 'set-empty'
  | 'unknown-operator'
  | 'unresolved';

export interface ConditionTrace {
  entry: ConditionEntry;
  result: Tri;
  outcome: ConditionOutcome;
  /** Paths of the policy values that matched the request (positive operators). */
  matchedValues: PolicyPath[];
}

export interface StatementResult {
  index: number;
  effect: 'Allow' | 'Deny' | null;
  principal: Tri;
  action: Tri;
  condition: Tri;
  /** principal ∧ action ∧ condition (Kleene logic). */
  applies: Tri;
  conditions: ConditionTrace[];
}

export type Decision = 'allow' | 'implicit-deny' | 'explicit-deny' | 'unknown';

export interface EvalResult {
  decision: Decision;
  /** Indexes of Allow statements that apply (true). */
  allowing: number[];
  /** Indexes of Deny statements that apply (true). */
  denying: number[];
  statements: StatementResult[];
}
