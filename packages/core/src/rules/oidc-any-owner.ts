import { defineScopeRule } from './define.js';
import { reportScope } from './scope-common.js';

export default defineScopeRule({
  id: 'oidc-any-owner',
  meta: {
    title: 'Any GitHub repository can assume the role',
    defaultSeverity: 'error',
    category: 'trust-scope',
    description:
      'A repository of another owner gets in: no sub restriction, aud only, `*`, `repo:*`, an owner prefix without a slash, a loose value in a list, negated-only or Null-only conditions, ForAllValues or IfExists conditions on keys that can be absent, or a second unrestricted Allow.',
  },
  scope: {
    classes: ['other-owner'],
    phrase: 'any owner',
  },
  policy(ctx) {
    reportScope(ctx, 'oidc-any-owner', {
      who: (_v, n) => `Any GitHub repository outside ${n.ownersText}`,
      fix: (_v, n) =>
        `restrict sub with StringEquals to your repository and branch, e.g. "repo:${n.slug}:ref:refs/heads/${n.branch}" (an owner-wide pattern needs the slash: "repo:${n.owner}/*")`,
    });
  },
});
