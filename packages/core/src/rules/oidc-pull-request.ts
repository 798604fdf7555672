import { defineScopeRule } from './define.js';
import { reportScope } from './scope-common.js';

export default defineScopeRule({
  id: 'oidc-pull-request',
  meta: {
    title: 'Pull-request runs can assume the role',
    defaultSeverity: 'warning',
    category: 'trust-scope',
    description: 'The `pull_request` subject is admitted: code from any same-repository pull-request branch runs with the role.',
  },
  scope: {
    classes: ['pull-request'],
    unlessApplies: ['oidc-any-context'],
    phrase: 'pull requests',
  },
  policy(ctx) {
    reportScope(ctx, 'oidc-pull-request', {
      who: (_v, n) => `Pull-request runs of ${n.slug} (code from any branch a writer pushes, before review)`,
      fix: (_v, n) =>
        `remove the pull_request subject and trust the deploy branch only ("repo:${n.slug}:ref:refs/heads/${n.branch}"); give pull requests a separate read-only role if they need AWS`,
    });
  },
});
