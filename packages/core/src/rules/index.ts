import { ruleMeta } from '../catalog/rules.js';
import type { TrustlintConfig } from '../config.js';
import { normalizePolicy } from '../iam/normalize.js';
import type { TrustPolicyDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { nodeAt, type PolicyNode, type PolicyPath } from '../model/policy.js';
import type { Span } from '../model/span.js';
import type { PolicyRuleContext, RuleDefinition, RuleReport } from './define.js';
import oidcAnyContext from './oidc-any-context.js';
import oidcAnyOwner from './oidc-any-owner.js';
import oidcAudience from './oidc-audience.js';
import oidcIdWildcard from './oidc-id-wildcard.js';
import oidcKeyMismatch from './oidc-key-mismatch.js';
import oidcOwnerWide from './oidc-owner-wide.js';
import oidcPullRequest from './oidc-pull-request.js';
import oidcRefWildcard from './oidc-ref-wildcard.js';
import oidcRepoPrefix from './oidc-repo-prefix.js';
import oidcReusableWorkflowOnly from './oidc-reusable-workflow-only.js';
import oidcSetOperator from './oidc-set-operator.js';
import oidcStringEqualsWildcard from './oidc-stringequals-wildcard.js';
import oidcSubjectUnmatchable from './oidc-subject-unmatchable.js';
import oidcUnresolved from './oidc-unresolved.js';
import { TrustAnalysis } from './trust-analysis.js';
import trustWildcardPrincipal from './trust-wildcard-principal.js';

/** Every implemented trust-policy rule; the catalog lists the rest with the issue that brings them. */
export const POLICY_RULES: readonly RuleDefinition[] = [
  oidcAnyOwner,
  oidcReusableWorkflowOnly,
  oidcOwnerWide,
  oidcRepoPrefix,
  oidcIdWildcard,
  oidcAnyContext,
  oidcPullRequest,
  oidcRefWildcard,
  oidcStringEqualsWildcard,
  oidcKeyMismatch,
  oidcAudience,
  oidcSetOperator,
  oidcSubjectUnmatchable,
  oidcUnresolved,
  trustWildcardPrincipal,
];

/** Rule ids with an implementation in this version (plus the source-level parse-error and input-error). */
export const IMPLEMENTED_RULE_IDS: readonly string[] = [...POLICY_RULES.map((r) => r.id), 'parse-error', 'input-error'];

/** The deepest existing node on the path (a finding about a missing key points at its parent). */
function deepestNode(root: PolicyNode, path: PolicyPath): { node: PolicyNode; path: PolicyPath } {
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(root, path.slice(0, n));
    if (node) return { node, path: path.slice(0, n) };
  }
  return { node: root, path: [] };
}

function keySpanAt(root: PolicyNode, path: PolicyPath): Span | undefined {
  const last = path.at(-1);
  if (typeof last !== 'string') return undefined;
  const parent = nodeAt(root, path.slice(0, -1));
  if (parent?.type !== 'object') return undefined;
  return parent.members.findLast((m) => m.key === last)?.keySpan;
}

function locate(doc: TrustPolicyDocument, report: RuleReport): { file: string; span: Span } {
  const { node } = deepestNode(doc.root, report.path);
  if (report.unresolvedId !== undefined && node.type === 'string') {
    const part = node.unresolved?.find((p) => p.id === report.unresolvedId);
    if (part) return { file: part.file ?? node.file ?? doc.file, span: part.span };
  }
  if (report.at === 'key') {
    const span = keySpanAt(doc.root, report.path);
    if (span) return { file: doc.file, span };
  }
  return { file: node.file ?? doc.file, span: node.span };
}

/** Runs every trust-policy rule on one document. */
export function runPolicyRules(doc: TrustPolicyDocument, config: TrustlintConfig): Finding[] {
  const policy = normalizePolicy(doc.root);
  const trust = new TrustAnalysis(policy, config);
  const findings: Finding[] = [];
  for (const rule of POLICY_RULES) {
    const meta = ruleMeta(rule.id);
    const context: PolicyRuleContext = {
      document: doc,
      policy,
      config,
      trust,
      report(report) {
        findings.push({
          ruleId: rule.id,
          severity: report.severity ?? meta.defaultSeverity,
          message: report.message,
          location: locate(doc, report),
          path: report.path,
          ...(doc.resource ? { resource: doc.resource } : {}),
          ...(report.witness ? { witness: report.witness } : {}),
          ...(report.related ? { related: report.related } : {}),
          ...(report.properties ? { properties: report.properties } : {}),
          ...(report.suggestion ? { suggestion: report.suggestion } : {}),
        });
      },
    };
    rule.policy?.(context);
  }
  return findings;
}
