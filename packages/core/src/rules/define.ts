import type { TrustlintConfig } from '../config.js';
import type { Policy } from '../iam/types.js';
import type { AccessKeyDocument, ModelDocument, OidcProviderDocument, TrustPolicyDocument } from '../model/document.js';
import type { SourceLocation } from '../model/span.js';
import type { WorkflowDocument } from '../model/workflow.js';
import type { Finding, RelatedLocation, Severity } from '../model/finding.js';
import type { PolicyPath } from '../model/policy.js';
import type { TrustAnalysis } from '../scope/trust-analysis.js';

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
  /** OIDC provider resources found anywhere in the scan (for client-id list checks). */
  readonly providersInScan: readonly OidcProviderDocument[];
  report(report: RuleReport): void;
}

/** What a rule on a non-policy document reports: a location (null only for live resources). */
export interface LocatedReport {
  message: string;
  location: SourceLocation | null;
  severity?: Severity;
  resource?: string;
  witness?: Record<string, string>;
  related?: RelatedLocation[];
  properties?: Record<string, unknown>;
  suggestion?: Finding['suggestion'];
}

/** Context of a rule on one model document of kind D (provider, access key, workflow). */
export interface DocumentRuleContext<D> {
  readonly document: D;
  readonly config: TrustlintConfig;
  report(report: LocatedReport): void;
}

/** Context of a rule on the raw text of every scanned file (e.g. secret scanning). */
export interface FileRuleContext {
  readonly file: string;
  readonly text: string;
  readonly config: TrustlintConfig;
  report(report: LocatedReport): void;
}

/** Context of a cross-file rule: every document of the scan at once. */
export interface ProjectRuleContext {
  readonly documents: readonly ModelDocument[];
  readonly config: TrustlintConfig;
  report(report: LocatedReport): void;
}

export interface RuleDefinition {
  id: string;
  /** Runs once per trust-policy document. Pure: no I/O. */
  policy?: (context: PolicyRuleContext) => void;
  provider?: (context: DocumentRuleContext<OidcProviderDocument>) => void;
  accessKey?: (context: DocumentRuleContext<AccessKeyDocument>) => void;
  workflow?: (context: DocumentRuleContext<WorkflowDocument>) => void;
  file?: (context: FileRuleContext) => void;
  project?: (context: ProjectRuleContext) => void;
}

export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule;
}
