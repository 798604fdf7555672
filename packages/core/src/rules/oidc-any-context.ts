import { defineScopeRule } from './define.js';
import { reportScope } from './scope-common.js';

export default defineScopeRule({
  id: 'oidc-any-context',
  meta: {
    title: 'Any branch, environment or pull request of the repository can assume the role',
    defaultSeverity: 'warning',
    category: 'trust-scope',
    description: 'The named repository gets in from a new branch and from a new environment or a pull request (`repo:acme/app:*`).',
  },
  scope: {
    classes: ['pull-request', 'new-environment'],
    requires: ['new-branch'],
    phrase: 'any branch, environment or pull request',
  },
  policy(ctx) {
    reportScope(ctx, 'oidc-any-context', {
      who: (_v, n) => `Any branch, environment or pull request of ${n.slug}`,
      fix: (_v, n) =>
        `pin the branch: "repo:${n.slug}:ref:refs/heads/${n.branch}", or a protected environment: "repo:${n.slug}:environment:<name>"`,
    });
  },
});
