import { appendAll } from '../arrays.js';
import { ruleMeta } from '../catalog/rules.js';
import type { TrustlintConfig } from '../config.js';
import type { ModelDocument, OidcProviderDocument, TrustPolicyDocument } from '../model/document.js';
import type { Finding, RelatedLocation } from '../model/finding.js';
import { nodeAt, type PolicyNode, type PolicyPath, type UnresolvedPart } from '../model/policy.js';
import type { Span } from '../model/span.js';
import type { LocatedReport, PolicyRuleContext, RuleDefinition, RuleReport } from './define.js';
import iacAccessKey from './iac-access-key.js';
import oidcProviderAudience from './oidc-provider-audience.js';
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
import { preparePolicy } from './prepare.js';
import { TrustAnalysis } from './trust-analysis.js';
import { folderOf } from '../paths.js';
import trustWildcardPrincipal from './trust-wildcard-principal.js';
import { WORKFLOW_RULES } from '../workflow/index.js';

/** Every implemented rule; the catalog lists the rest with the issue that brings them. */
export const RULES: readonly RuleDefinition[] = [
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
  oidcProviderAudience,
  iacAccessKey,
  ...WORKFLOW_RULES,
];

/** Rule ids with an implementation in this version (plus the source-level parse-error and input-error). */
export const IMPLEMENTED_RULE_IDS: readonly string[] = [...RULES.map((r) => r.id), 'parse-error', 'input-error'];

/** The deepest existing node on the path (a finding about a missing key points at its parent). */
function deepestNode(root: PolicyNode, path: PolicyPath): { node: PolicyNode; path: PolicyPath } {
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(root, path.slice(0, n));
    if (node) return { node, path: path.slice(0, n) };
  }
  return { node: root, path: [] };
}

function keyAt(root: PolicyNode, path: PolicyPath): { span: Span; file?: string } | undefined {
  const last = path.at(-1);
  if (typeof last !== 'string') return undefined;
  const parent = nodeAt(root, path.slice(0, -1));
  if (parent?.type !== 'object') return undefined;
  const member = parent.members.findLast((m) => m.key === last);
  return member ? { span: member.keySpan, ...(member.keyFile !== undefined ? { file: member.keyFile } : {}) } : undefined;
}

function locate(doc: TrustPolicyDocument, report: RuleReport): { file: string; span: Span } {
  const { node } = deepestNode(doc.root, report.path);
  if (report.unresolvedId !== undefined && node.type === 'string') {
    const part = node.unresolved?.find((p) => p.id === report.unresolvedId);
    if (part) return { file: part.file ?? node.file ?? doc.file, span: part.span };
  }
  if (report.at === 'key') {
    const key = keyAt(doc.root, report.path);
    if (key) {
      const part = report.unresolvedId !== undefined ? keyPart(doc.root, report.path, report.unresolvedId) : undefined;
      if (part) return { file: part.file ?? key.file ?? doc.file, span: part.span };
      return { file: key.file ?? doc.file, span: key.span };
    }
  }
  return { file: node.file ?? doc.file, span: node.span };
}

function keyPart(root: PolicyNode, path: PolicyPath, id: number): UnresolvedPart | undefined {
  const parent = nodeAt(root, path.slice(0, -1));
  if (parent?.type !== 'object') return undefined;
  return parent.members.findLast((m) => m.key === path.at(-1))?.keyUnresolved?.find((p) => p.id === id);
}

/** Runs every trust-policy rule on one document. */
export function runPolicyRules(
  doc: TrustPolicyDocument,
  config: TrustlintConfig,
  providersInScan: readonly OidcProviderDocument[] = [],
): Finding[] {
  const policy = preparePolicy(doc, config);
  const trust = new TrustAnalysis(policy, config);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!rule.policy) continue;
    const meta = ruleMeta(rule.id);
    const context: PolicyRuleContext = {
      document: doc,
      policy,
      config,
      trust,
      providersInScan,
      report(report) {
        const location = locate(doc, report);
        const node = deepestNode(doc.root, report.path).node;
        const related = [...(report.related ?? []), ...provenanceNotes(node)];
        findings.push({
          ruleId: rule.id,
          severity: report.severity ?? meta.defaultSeverity,
          message: doc.variant ? `${report.message} (${doc.variant})` : report.message,
          location,
          path: report.path,
          ...(doc.resource ? { resource: doc.resource } : {}),
          ...(report.witness ? { witness: report.witness } : {}),
          ...(related.length ? { related } : {}),
          ...(report.properties ? { properties: report.properties } : {}),
          ...(report.suggestion ? { suggestion: report.suggestion } : {}),
        });
      },
    };
    rule.policy(context);
  }
  return findings;
}

/** "value from the default of var.x": where a resolved value really came from. */
export function provenanceNotes(node: PolicyNode | undefined): RelatedLocation[] {
  const p = node?.provenance;
  if (!p) return [];
  switch (p.kind) {
    case 'variable-default':
      return [{ location: p.location, message: `value from the default of var.${p.name}` }];
    case 'tfvars':
      return [{ location: p.location, message: `value of var.${p.name} from a tfvars file` }];
    case 'cfn-parameter-default':
      return [{ location: p.location, message: `value from the default of parameter ${p.name}` }];
    case 'terraform-local':
      return [{ location: p.location, message: `value of local.${p.name}` }];
    case 'module-argument':
      return [{ location: p.location, message: `passed to var.${p.name} of ${p.module}` }];
    default:
      return [];
  }
}

/** One located finding from a non-policy rule. */
function located(ruleId: string, report: LocatedReport): Finding {
  return {
    ruleId,
    severity: report.severity ?? ruleMeta(ruleId).defaultSeverity,
    message: report.message,
    location: report.location,
    ...(report.resource ? { resource: report.resource } : {}),
    ...(report.witness ? { witness: report.witness } : {}),
    ...(report.related?.length ? { related: report.related } : {}),
    ...(report.properties ? { properties: report.properties } : {}),
    ...(report.suggestion ? { suggestion: report.suggestion } : {}),
  };
}

/**
 * Whether a provider resource can be the one a trust policy uses: both in one live account, or both
 * in one folder (a Terraform module, a CloudFormation template and its neighbours). A provider in an
 * unrelated folder of a monorepo says nothing about this role's account.
 */
function sameDeployment(provider: OidcProviderDocument, doc: TrustPolicyDocument): boolean {
  if (provider.sourceKind === 'live' || doc.sourceKind === 'live') return provider.sourceKind === doc.sourceKind;
  return folderOf(provider.file) === folderOf(doc.file);
}

/** Runs every rule hook on a whole scan: documents, raw files and cross-file checks. */
export function runRules(
  documents: readonly ModelDocument[],
  files: readonly { file: string; text: string }[],
  config: TrustlintConfig,
): Finding[] {
  const providers = documents.filter((d): d is OidcProviderDocument => d.kind === 'oidc-provider');
  const findings: Finding[] = [];
  for (const doc of documents) {
    if (doc.kind === 'trust-policy') {
      appendAll(findings, runPolicyRules(doc, config, providers.filter((p) => sameDeployment(p, doc))));
      continue;
    }
    for (const rule of RULES) {
      const report = (r: LocatedReport): void => {
        findings.push(located(rule.id, r));
      };
      if (doc.kind === 'oidc-provider') rule.provider?.({ document: doc, config, report });
      else if (doc.kind === 'access-key') rule.accessKey?.({ document: doc, config, report });
      else rule.workflow?.({ document: doc, config, report });
    }
  }
  for (const rule of RULES) {
    const report = (r: LocatedReport): void => {
      findings.push(located(rule.id, r));
    };
    if (rule.file) for (const f of files) rule.file({ file: f.file, text: f.text, config, report });
    rule.project?.({ documents, config, report });
  }
  return findings;
}
