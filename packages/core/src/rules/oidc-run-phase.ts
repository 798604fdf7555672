import { defineScopeRule } from './define.js';
import { reportScope } from './scope-common.js';

/**
 * HCP Terraform mints a token for the plan and for the apply phase of every run, with the phase in
 * sub (`…:run_phase:plan`). Speculative plans run for pull requests of a VCS-driven workspace, before
 * review; a role meant for apply that also admits plan hands its credentials to that code
 * (HashiCorp, "Dynamic credentials with the AWS provider": separate plan and apply roles through
 * TFC_AWS_PLAN_ROLE_ARN / TFC_AWS_APPLY_ROLE_ARN). GitHub has no such class.
 */
export default defineScopeRule({
  id: 'oidc-run-phase',
  meta: {
    title: 'Another run phase can assume the role',
    defaultSeverity: 'warning',
    category: 'trust-scope',
    description:
      'An HCP Terraform trust admits a run phase it does not name: `run_phase:*` (or no phase) lets the plan phase, which runs for speculative plans of pull requests, use a role meant for apply.',
  },
  scope: {
    classes: ['run-phase'],
    phrase: 'another run phase',
  },
  policy(ctx) {
    reportScope(ctx, 'oidc-run-phase', {
      who: () => 'Another run phase',
      fix: () => 'name the run phase in sub and give the plan phase its own read-only role',
    });
  },
});
