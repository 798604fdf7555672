import { contextLookup, evaluateConditionEntry } from './condition.js';
import type { ConditionEnv } from './condition.js';
import { actionMatchesTri, matchTokens, tokenize } from './match.js';
import type { UnresolvedMode } from './match.js';
import { triAnd, triNot, triOr } from './tri.js';
import type {
  Decision,
  EvalOptions,
  EvalRequest,
  EvalResult,
  EvalString,
  Policy,
  PrincipalElement,
  RequestPrincipal,
  Statement,
  StatementResult,
  Tri,
} from './types.js';

export { actionMatches, matchesWildcard } from './match.js';
export { parseOperator } from './operators.js';
export { compareValue, contextLookup, evaluateConditionEntry } from './condition.js';
export type { ConditionEnv } from './condition.js';
export { triAnd, triNot, triOr } from './tri.js';

type PrincipalMapEntry = Extract<PrincipalElement, { kind: 'map' }>['entries'][number];

/**
 * One principal value against the request principal. `*` matches any id of its type, and under
 * `AWS` any principal at all (domain.md §2.2 / trap 18: treat `{"AWS":"*"}` as "anyone"). Other
 * values are exact (no partial wildcards in principals); a marker may stand for the request's id.
 */
function principalValueMatches(type: string, value: EvalString, principal: RequestPrincipal, mode: UnresolvedMode): Tri {
  if (value.value === '*') return type === 'AWS' || type === principal.type;
  if (type !== principal.type) return false;
  return matchTokens(tokenize(value.value, { wildcards: false, variables: false }), principal.id, false, mode);
}

function principalEntryMatches(entry: PrincipalMapEntry, principal: RequestPrincipal, mode: UnresolvedMode): Tri {
  return triOr(entry.values.map((v) => principalValueMatches(entry.type, v, principal, mode)));
}

/** Whether a Principal/NotPrincipal element names the request principal. */
export function principalMatches(element: PrincipalElement, principal: RequestPrincipal, mode: UnresolvedMode = 'literal'): Tri {
  if (element.kind === 'wildcard') return true;
  return triOr(element.entries.map((e) => principalEntryMatches(e, principal, mode)));
}

/** Principal ∧ ¬NotPrincipal over whichever is present; neither → applies to nobody. */
function statementPrincipal(st: Statement, principal: RequestPrincipal, mode: UnresolvedMode): Tri {
  if (!st.principal && !st.notPrincipal) return false;
  const parts: Tri[] = [];
  if (st.principal) parts.push(principalMatches(st.principal, principal, mode));
  if (st.notPrincipal) parts.push(triNot(principalMatches(st.notPrincipal, principal, mode)));
  return triAnd(parts);
}

function anyActionMatches(patterns: readonly EvalString[], action: string, mode: UnresolvedMode): Tri {
  return triOr(patterns.map((p) => actionMatchesTri(p.value, action, mode)));
}

/** Action ∧ ¬NotAction over whichever is present; neither → applies to no action. */
function statementAction(st: Statement, action: string, mode: UnresolvedMode): Tri {
  if (!st.action && !st.notAction) return false;
  const parts: Tri[] = [];
  if (st.action) parts.push(anyActionMatches(st.action, action, mode));
  if (st.notAction) parts.push(triNot(anyActionMatches(st.notAction, action, mode)));
  return triAnd(parts);
}

/** Evaluates one statement; every condition is traced (no short-circuit) so callers can explain. */
export function evaluateStatement(st: Statement, request: EvalRequest, env: ConditionEnv): StatementResult {
  const principal = statementPrincipal(st, request.principal, env.unresolved);
  const action = statementAction(st, request.action, env.unresolved);
  const conditions = st.conditions.map((c) => evaluateConditionEntry(c, env));
  const condition = triAnd(conditions.map((c) => c.result));
  // A statement without a valid Effect never applies.
  const applies = st.effect === null ? false : triAnd([principal, action, condition]);
  return { index: st.index, effect: st.effect, principal, action, condition, applies, conditions };
}

/** Explicit deny wins; an unknown deny only matters when something could allow. */
export function decide(deny: Tri, allow: Tri): Decision {
  if (deny === true) return 'explicit-deny';
  if (allow === false) return 'implicit-deny';
  if (deny === false && allow === true) return 'allow';
  return 'unknown';
}

function envFor(policy: Policy, request: EvalRequest, options: EvalOptions, lookup = contextLookup(request.context)): ConditionEnv {
  return {
    lookup,
    variablesEnabled: policy.variablesEnabled,
    unresolved: options.unresolved ?? 'literal',
  };
}

/**
 * The results evaluatePolicy gives for some of the policy's statements (those a StatementIndex
 * says can apply), without evaluating the others. `lookup`: contextLookup(request.context), when
 * the caller has it already; request.context is then not read.
 */
export function evaluateStatements(
  policy: Policy,
  statements: readonly Statement[],
  request: EvalRequest,
  options: EvalOptions = {},
  lookup?: ConditionEnv['lookup'],
): StatementResult[] {
  const env = envFor(policy, request, options, lookup);
  return statements.map((st) => evaluateStatement(st, request, env));
}

/** Evaluates a normalised trust policy for one request (one concrete token and principal). */
export function evaluatePolicy(policy: Policy, request: EvalRequest, options: EvalOptions = {}): EvalResult {
  const env = envFor(policy, request, options);
  const statements = policy.statements.map((st) => evaluateStatement(st, request, env));
  const ofEffect = (effect: 'Allow' | 'Deny'): StatementResult[] => statements.filter((r) => r.effect === effect);
  const deny = triOr(ofEffect('Deny').map((r) => r.applies));
  const allow = triOr(ofEffect('Allow').map((r) => r.applies));
  return {
    decision: decide(deny, allow),
    allowing: ofEffect('Allow').filter((r) => r.applies === true).map((r) => r.index),
    denying: ofEffect('Deny').filter((r) => r.applies === true).map((r) => r.index),
    statements,
  };
}
