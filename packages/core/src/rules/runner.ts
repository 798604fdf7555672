import { appendAll } from '../arrays.js';
import type { TrustlintConfig } from '../config.js';
import type { ModelDocument, OidcProviderDocument, TrustPolicyDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { folderOf } from '../paths.js';
import { TrustAnalysis } from '../scope/trust-analysis.js';
import type { LocatedReport, PolicyRuleContext, RuleDefinition } from './define.js';
import { deepestNode, locate } from './locate.js';
import { preparePolicy } from './prepare.js';
import { provenanceNotes } from './provenance.js';
import { RULES } from './registry.js';
import { SCOPE_RULES } from './scope-rules.js';

/** Runs every trust-policy rule on one document. */
export function runPolicyRules(
  doc: TrustPolicyDocument,
  config: TrustlintConfig,
  providersInScan: readonly OidcProviderDocument[] = [],
): Finding[] {
  const policy = preparePolicy(doc, config);
  const trust = new TrustAnalysis(policy, config, SCOPE_RULES);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!rule.policy) continue;
    const context: PolicyRuleContext = {
      document: doc,
      policy,
      config,
      trust,
      providersInScan,
      report(report) {
        const location = locate(doc, report);
        const node = deepestNode(doc.root, report.path).node;
        const related = [...(report.related ?? []), ...provenanceNotes(node), ...(doc.related ?? [])];
        findings.push({
          ruleId: rule.id,
          severity: report.severity ?? rule.meta.defaultSeverity,
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

/** One located finding from a non-policy rule. */
function located(rule: RuleDefinition, report: LocatedReport): Finding {
  return {
    ruleId: rule.id,
    severity: report.severity ?? rule.meta.defaultSeverity,
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

/** One trust-policy document with the providers its rules see (the same deployment's). */
export interface PolicyJob {
  document: TrustPolicyDocument;
  providers: OidcProviderDocument[];
}

/**
 * Runs the trust-policy rules of many documents elsewhere (the CLI's worker threads, `--jobs`):
 * given every job of the scan, returns each one's findings, in the same order, as
 * `runPolicyRules(job.document, config, job.providers)` would. Synchronous, like the analysis.
 */
export type PolicyRunner = (jobs: readonly PolicyJob[], config: TrustlintConfig) => Finding[][];

/** Runs every rule hook on a whole scan: documents, raw files and cross-file checks. */
export function runRules(
  documents: readonly ModelDocument[],
  files: readonly { file: string; text: string }[],
  config: TrustlintConfig,
  policyRunner?: PolicyRunner,
  /** Told after each document's rules, with how many are done and the findings so far. */
  onDocument?: (done: number, total: number, findings: number) => void,
): Finding[] {
  const providers = documents.filter((d): d is OidcProviderDocument => d.kind === 'oidc-provider');
  const jobOf = (doc: TrustPolicyDocument): PolicyJob => ({ document: doc, providers: providers.filter((p) => sameDeployment(p, doc)) });
  // With a runner, every policy's findings are made first, then taken in document order: the result
  // is the one of the loop below, finding for finding.
  const elsewhere = policyRunner?.(documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy').map(jobOf), config);
  let next = 0;
  let done = 0;
  const findings: Finding[] = [];
  for (const doc of documents) {
    onDocument?.(done++, documents.length, findings.length);
    if (doc.kind === 'trust-policy') {
      const job = jobOf(doc);
      appendAll(findings, elsewhere ? (elsewhere[next++] ?? []) : runPolicyRules(job.document, config, job.providers));
      continue;
    }
    for (const rule of RULES) {
      const report = (r: LocatedReport): void => {
        findings.push(located(rule, r));
      };
      if (doc.kind === 'oidc-provider') rule.provider?.({ document: doc, config, report });
      else if (doc.kind === 'access-key') rule.accessKey?.({ document: doc, config, report });
      else if (doc.kind === 'gitlab-pipeline') rule.pipeline?.({ document: doc, config, report });
      else rule.workflow?.({ document: doc, config, report });
    }
  }
  for (const rule of RULES) {
    const report = (r: LocatedReport): void => {
      findings.push(located(rule, r));
    };
    if (rule.file) for (const f of files) rule.file({ file: f.file, text: f.text, config, report });
    rule.project?.({ documents, config, report });
  }
  return findings;
}
