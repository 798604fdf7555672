import { defineRule } from './define.js';
import { reportScope } from './scope-common.js';

export default defineRule({
  id: 'oidc-any-context',
  policy(ctx) {
    reportScope(ctx, 'oidc-any-context', {
      who: (_v, n) => `Any branch, environment or pull request of ${n.slug}`,
      fix: (_v, n) =>
        `pin the branch: "repo:${n.slug}:ref:refs/heads/${n.branch}", or a protected environment: "repo:${n.slug}:environment:<name>"`,
    });
  },
});
