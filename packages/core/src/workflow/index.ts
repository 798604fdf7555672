import type { RuleDefinition } from '../rules/define.js';
import secretAwsAccessKey from './rules/secret-aws-access-key.js';
import workflowAudienceMismatch from './rules/workflow-audience-mismatch.js';
import workflowIdTokenScope from './rules/workflow-id-token-scope.js';
import workflowMissingIdToken from './rules/workflow-missing-id-token.js';
import workflowRoleMismatch from './rules/workflow-role-mismatch.js';
import workflowStaticAwsKeys from './rules/workflow-static-aws-keys.js';
import workflowUnpinnedAction from './rules/workflow-unpinned-action.js';
import workflowUntrustedTriggerOidc from './rules/workflow-untrusted-trigger-oidc.js';

/** The workflow rules (workflow, file and project hooks), in catalog order. */
export const WORKFLOW_RULES: readonly RuleDefinition[] = [
  workflowStaticAwsKeys,
  workflowMissingIdToken,
  workflowUntrustedTriggerOidc,
  workflowUnpinnedAction,
  workflowIdTokenScope,
  workflowRoleMismatch,
  workflowAudienceMismatch,
  secretAwsAccessKey,
];

export { readCompositeAction, readWorkflow, linkLocalActions } from '../sources/workflow/index.js';
export { documentRoleName, roleUses, roleUsesOf, trustPoliciesFor, type RoleUse } from './role-uses.js';
export { crossChecks, type CrossCheck } from './cross-check.js';
