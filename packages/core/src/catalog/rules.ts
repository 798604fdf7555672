import type { Severity } from '../model/finding.js';
import type { RuleCategory, RuleMetaData } from '../rules/define.js';
import { META_ONLY, RULES, type RuleId } from '../rules/registry.js';
import { SCOPE_RULES, type ScopeRuleId } from '../rules/scope-rules.js';

export type { RuleCategory, RuleId };

/** Rule metadata as data, derived from the rule files (rules/<id>.ts, rules/meta-only/<id>.ts). */
export interface RuleMeta extends RuleMetaData {
  id: string;
}

/** The catalog: every finding id with its metadata, in catalog order, read off the registry. */
export const CATALOG: readonly RuleMeta[] = [...RULES, ...META_ONLY].map((r) => ({ id: r.id, ...r.meta }));

const BY_ID = new Map(CATALOG.map((r) => [r.id, r]));

export function ruleMeta(id: string): RuleMeta {
  const meta = BY_ID.get(id);
  if (!meta) throw new Error(`unknown rule id ${id}`);
  return meta;
}

export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}

/** Scope rule ids in the order spec/rules.md gives: the first admitted class is the one reported. */
export const SCOPE_ORDER: readonly ScopeRuleId[] = SCOPE_RULES.map((r) => r.id);
export type { ScopeRuleId };

/** The project's home: the README, and the rule pages under docs/rules/. */
export const PROJECT_URL = 'https://github.com/trustlint/trustlint';

/** The docs page of a rule (SARIF `helpUri`, ESLint `meta.docs.url`). */
export function ruleDocsUrl(id: string): string {
  return `${PROJECT_URL}/blob/main/docs/rules/${id}.md`;
}

/**
 * GitHub code scanning ranks and filters security alerts by the rule's `security-severity`: over 9.0
 * is critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 3.9 or less low. Derived here, once, from the
 * category and the default severity: an outsider assuming the role, a leaked key or public access is
 * critical; other errors are high; warnings medium; infos and problems with the input itself low.
 */
const SECURITY_SEVERITY: Readonly<Record<RuleCategory, Readonly<Record<Severity, number>>>> = {
  'trust-scope': { error: 9.3, warning: 6.5, info: 2.0 },
  trust: { error: 8.1, warning: 5.3, info: 2.0 },
  workflow: { error: 8.1, warning: 5.3, info: 2.0 },
  'long-lived-keys': { error: 9.1, warning: 5.3, info: 2.0 },
  online: { error: 9.3, warning: 5.3, info: 2.0 },
  input: { error: 3.9, warning: 3.0, info: 1.0 },
};

/** The rule's `security-severity` as SARIF carries it: a number in a string, e.g. "9.3". */
export function securitySeverity(rule: Pick<RuleMeta, 'category' | 'defaultSeverity'>): string {
  return SECURITY_SEVERITY[rule.category][rule.defaultSeverity].toFixed(1);
}

export type RulePrecision = 'very-high' | 'high' | 'medium' | 'low';

/**
 * How often a finding of the rule is a true positive (SARIF `precision`, shown by code scanning). Scope
 * findings carry a witness token the evaluator admits; input findings state what happened to a file;
 * the rest match documented patterns that a setting elsewhere (a protected environment, an account
 * boundary) can make harmless.
 */
export function rulePrecision(rule: Pick<RuleMeta, 'category'>): RulePrecision {
  return rule.category === 'trust-scope' || rule.category === 'input' ? 'very-high' : 'high';
}
