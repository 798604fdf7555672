import type { TrustlintConfig } from '../config.js';
import type { Policy } from '../iam/types.js';
import type { AccessKeyDocument, ModelDocument, OidcProviderDocument, TrustPolicyDocument } from '../model/document.js';
import type { SourceLocation } from '../model/span.js';
import type { WorkflowDocument } from '../model/workflow.js';
import type { GitLabPipelineDocument } from '../model/gitlab-ci.js';
import type { Finding, RelatedLocation, Severity } from '../model/finding.js';
import type { PolicyPath } from '../model/policy.js';
import type { ScopeDeclaration, TrustAnalysis } from '../scope/trust-analysis.js';

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

export type RuleCategory = 'trust-scope' | 'trust' | 'workflow' | 'long-lived-keys' | 'online' | 'input';

/**
 * What a rule says about itself: the one source for docs headers, the README table, SARIF rules, ESLint
 * `meta`, the config schema and the `rules` command (all derived through catalog/rules.ts).
 */
export interface RuleMetaData {
  title: string;
  defaultSeverity: Severity;
  category: RuleCategory;
  /** One sentence: when the rule fires. */
  description: string;
  /** Severity variants applied when the user has not configured the rule. */
  variants?: string;
}

/** A finding id with metadata and no hook: reported by the sources, the AWS scan or suppressions. */
export interface MetaOnlyDefinition<Id extends string = string> {
  id: Id;
  meta: RuleMetaData;
}

export interface RuleDefinition<Id extends string = string> {
  /** The rule id, a public contract (spec/rules.md); the file is named after it. */
  id: Id;
  meta: RuleMetaData;
  /** A scope rule's outsider classes (rules/scope-rules.ts gives the order of precedence). */
  scope?: ScopeDeclaration;
  /** Runs once per trust-policy document. Pure: no I/O. */
  policy?: (context: PolicyRuleContext) => void;
  provider?: (context: DocumentRuleContext<OidcProviderDocument>) => void;
  accessKey?: (context: DocumentRuleContext<AccessKeyDocument>) => void;
  workflow?: (context: DocumentRuleContext<WorkflowDocument>) => void;
  /** Runs once per GitLab CI pipeline document (`.gitlab-ci.yml` with its local includes resolved). */
  pipeline?: (context: DocumentRuleContext<GitLabPipelineDocument>) => void;
  file?: (context: FileRuleContext) => void;
  project?: (context: ProjectRuleContext) => void;
}

/** A rule: its id, its metadata and its hooks in one object (cf. typescript-eslint's `createRule`). */
export function defineRule<const Id extends string>(rule: RuleDefinition<Id>): RuleDefinition<Id> {
  return rule;
}

/** A scope rule: a rule that declares the outsider classes it reports. */
export function defineScopeRule<const Id extends string>(
  rule: RuleDefinition<Id> & { scope: ScopeDeclaration },
): RuleDefinition<Id> & { scope: ScopeDeclaration } {
  return rule;
}

/** A finding id that no rule hook reports (see rules/meta-only/). */
export function defineMetaOnly<const Id extends string>(definition: MetaOnlyDefinition<Id>): MetaOnlyDefinition<Id> {
  return definition;
}
