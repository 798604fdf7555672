import type { RuleDefinition } from './define.js';
import iacAccessKey from './iac-access-key.js';
import oidcAudience from './oidc-audience.js';
import oidcKeyMismatch from './oidc-key-mismatch.js';
import oidcProviderAudience from './oidc-provider-audience.js';
import oidcSetOperator from './oidc-set-operator.js';
import oidcStringEqualsWildcard from './oidc-stringequals-wildcard.js';
import oidcSubjectUnmatchable from './oidc-subject-unmatchable.js';
import oidcUnresolved from './oidc-unresolved.js';
import { SCOPE_RULES } from './scope-rules.js';
import secretAwsAccessKey from './secret-aws-access-key.js';
import trustInvalidPolicy from './trust-invalid-policy.js';
import trustWildcardPrincipal from './trust-wildcard-principal.js';
import workflowAudienceMismatch from './workflow-audience-mismatch.js';
import workflowIdTokenScope from './workflow-id-token-scope.js';
import workflowMissingIdToken from './workflow-missing-id-token.js';
import workflowRoleMismatch from './workflow-role-mismatch.js';
import workflowStaticAwsKeys from './workflow-static-aws-keys.js';
import workflowUnpinnedAction from './workflow-unpinned-action.js';
import workflowUntrustedTriggerOidc from './workflow-untrusted-trigger-oidc.js';
import gitlabCiUnresolved from './gitlab-ci-unresolved.js';
import accessAnalyzer from './meta-only/access-analyzer.js';
import accessAnalyzerPublic from './meta-only/access-analyzer-public.js';
import awsCheckFailed from './meta-only/aws-check-failed.js';
import awsUserAccessKey from './meta-only/aws-user-access-key.js';
import inputError from './meta-only/input-error.js';
import parseError from './meta-only/parse-error.js';
import unusedSuppression from './meta-only/unused-suppression.js';
import githubOwnerMissing from './meta-only/github-owner-missing.js';
import githubRepoMissing from './meta-only/github-repo-missing.js';
import githubRepoMoved from './meta-only/github-repo-moved.js';
import githubIdMismatch from './meta-only/github-id-mismatch.js';
import githubCheckFailed from './meta-only/github-check-failed.js';
import githubSubTemplateMismatch from './meta-only/github-sub-template-mismatch.js';
import githubSubTemplateForgeable from './meta-only/github-sub-template-forgeable.js';
import githubEnvironmentUnprotected from './meta-only/github-environment-unprotected.js';
import githubNameOnlyTrust from './meta-only/github-name-only-trust.js';

/**
 * Every rule, in catalog order (spec/rules.md): the order of the README table, the SARIF rules, the
 * docs and `trustlint rules`. A rule is its file in this folder, named after its id, listed here (the
 * scope rules through SCOPE_RULES, which orders them).
 */
export const RULES = [
  ...SCOPE_RULES,
  oidcStringEqualsWildcard,
  oidcKeyMismatch,
  oidcAudience,
  oidcSetOperator,
  oidcSubjectUnmatchable,
  oidcUnresolved,
  trustInvalidPolicy,
  trustWildcardPrincipal,
  oidcProviderAudience,
  workflowStaticAwsKeys,
  workflowMissingIdToken,
  workflowUntrustedTriggerOidc,
  workflowUnpinnedAction,
  workflowIdTokenScope,
  workflowRoleMismatch,
  workflowAudienceMismatch,
  gitlabCiUnresolved,
  iacAccessKey,
  secretAwsAccessKey,
] as const;

/** Finding ids with metadata but no hook (the sources, the AWS scan and suppressions report them). */
export const META_ONLY = [
  awsUserAccessKey,
  accessAnalyzer,
  accessAnalyzerPublic,
  awsCheckFailed,
  parseError,
  inputError,
  unusedSuppression,
  githubOwnerMissing,
  githubRepoMissing,
  githubRepoMoved,
  githubIdMismatch,
  githubCheckFailed,
  githubSubTemplateMismatch,
  githubSubTemplateForgeable,
  githubEnvironmentUnprotected,
  githubNameOnlyTrust,
] as const;

/** Every finding id trustlint can report. */
export type RuleId = (typeof RULES)[number]['id'] | (typeof META_ONLY)[number]['id'];

/** The workflow rules (workflow, file and project hooks), in catalog order. */
export const WORKFLOW_RULES: readonly RuleDefinition[] = RULES.filter((r: RuleDefinition) => r.workflow ?? r.file ?? r.project);

/** Rule ids with an implementation in this version (plus the source-level parse-error and input-error). */
export const IMPLEMENTED_RULE_IDS: readonly RuleId[] = [...RULES.map((r) => r.id), 'parse-error', 'input-error'];
