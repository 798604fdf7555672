import { defineScopeRule } from './define.js';
import { reportScope } from './scope-common.js';

export default defineScopeRule({
  id: 'oidc-reusable-workflow-only',
  meta: {
    title: 'Only job_workflow_ref restricts who can assume the role',
    defaultSeverity: 'warning',
    category: 'trust-scope',
    description:
      'Any repository that can call the named reusable workflow gets in; who can call it depends on its repository visibility, which the policy cannot show.',
  },
  scope: {
    classes: ['reusable-caller'],
    phrase: 'callers of the reusable workflow',
  },
  policy(ctx) {
    reportScope(ctx, 'oidc-reusable-workflow-only', {
      who: () => 'Any repository that can call the reusable workflow (whether outsiders can depends on its visibility, which the policy cannot show)',
      fix: (_v, n) =>
        `also restrict the caller: add a sub condition such as "repo:${n.owner}/*" or a repository_owner_id condition with your owner's id`,
    });
  },
});
