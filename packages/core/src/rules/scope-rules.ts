import oidcAnyContext from './oidc-any-context.js';
import oidcAnyOwner from './oidc-any-owner.js';
import oidcIdWildcard from './oidc-id-wildcard.js';
import oidcOwnerWide from './oidc-owner-wide.js';
import oidcPullRequest from './oidc-pull-request.js';
import oidcRefWildcard from './oidc-ref-wildcard.js';
import oidcRepoPrefix from './oidc-repo-prefix.js';
import oidcReusableWorkflowOnly from './oidc-reusable-workflow-only.js';
import oidcRunPhase from './oidc-run-phase.js';

/**
 * The scope rules in order of precedence (spec/rules.md): broadest outsider first. For each trusting
 * statement the first rule that applies is reported and the rest are "also admitted"; the catalog
 * lists them first, in this order. This list is the only place the order is written.
 */
export const SCOPE_RULES = [
  oidcAnyOwner,
  oidcReusableWorkflowOnly,
  oidcOwnerWide,
  oidcRepoPrefix,
  oidcIdWildcard,
  oidcAnyContext,
  oidcPullRequest,
  oidcRefWildcard,
  oidcRunPhase,
] as const;

export type ScopeRuleId = (typeof SCOPE_RULES)[number]['id'];
