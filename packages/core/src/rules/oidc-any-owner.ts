import { defineRule } from './define.js';
import { reportScope } from './scope-common.js';

export default defineRule({
  id: 'oidc-any-owner',
  policy(ctx) {
    reportScope(ctx, 'oidc-any-owner', {
      who: (_v, n) => `Any GitHub repository outside ${n.ownersText}`,
      fix: (_v, n) =>
        `restrict sub with StringEquals to your repository and branch, e.g. "repo:${n.slug}:ref:refs/heads/${n.branch}" (an owner-wide pattern needs the slash: "repo:${n.owner}/*")`,
    });
  },
});
