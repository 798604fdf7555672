export * from './types.js';
export { normalizePolicy } from './normalize.js';
export {
  actionMatches,
  compareValue,
  contextLookup,
  decide,
  evaluateConditionEntry,
  evaluatePolicy,
  evaluateStatement,
  matchesWildcard,
  parseOperator,
  principalMatches,
  triAnd,
  triNot,
  triOr,
} from './evaluate.js';
export type { ConditionEnv } from './evaluate.js';
