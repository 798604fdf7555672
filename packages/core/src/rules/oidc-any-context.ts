import { defineRule } from './define.js';
import { reportScope } from './scope-common.js';

export default defineRule({
  id: 'oidc-any-context',
  policy(ctx) {
    reportScope(ctx, 'oidc-any-context', {
      who: (_v, n) => `Any branch, environment or pull request of ${n.owner}/${n.repo}`,
      fix: (_v, n) =>
        `pin the branch: "repo:${n.owner}/${n.repo}:ref:refs/heads/${n.branch}", or a protected environment: "repo:${n.owner}/${n.repo}:environment:<name>"`,
    });
  },
});
