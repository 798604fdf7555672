import type { TrustlintConfig } from '../config.js';
import type { Policy } from '../iam/types.js';
import type { TrustPolicyDocument } from '../model/document.js';
import type { Finding, RelatedLocation, Severity } from '../model/finding.js';
import type { PolicyPath } from '../model/policy.js';
import type { TrustAnalysis } from './trust-analysis.js';

/** What a rule reports; the framework adds the rule id, default severity and location. */
export interface RuleReport {
  message: string;
  /** Path of the node the finding is about. */
  path: PolicyPath;
  /** Point at the member's key instead of its value (a condition key, an operator). */
  at?: 'key' | 'value';
  /** A variant severity (spec/rules.md "variants"); defaults to the catalog's. */
  severity?: Severity;
  witness?: Record<string, string>;
  related?: RelatedLocation[];
  properties?: Record<string, unknown>;
  suggestion?: Finding['suggestion'];
  /** Report at this unresolved part's span (document-wide marker id). */
  unresolvedId?: number;
}

export interface PolicyRuleContext {
  readonly document: TrustPolicyDocument;
  readonly policy: Policy;
  readonly config: TrustlintConfig;
  /** GitHub providers, trusting statements and scope verdicts, computed once per document. */
  readonly trust: TrustAnalysis;
  report(report: RuleReport): void;
}

export interface RuleDefinition {
  id: string;
  /** Runs once per trust-policy document. Pure: no I/O. */
  policy?: (context: PolicyRuleContext) => void;
}

export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule;
}
