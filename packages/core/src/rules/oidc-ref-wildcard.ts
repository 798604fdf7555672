import { defineScopeRule } from './define.js';
import { classPhrase, reportScope } from './scope-common.js';

export default defineScopeRule({
  id: 'oidc-ref-wildcard',
  meta: {
    title: 'A wildcard admits new branches, tags or environments',
    defaultSeverity: 'warning',
    category: 'trust-scope',
    description:
      'A new name within one context kind gets in: `ref:refs/heads/*`, `ref:refs/heads/main*`, `ref:refs/tags/v*`, `environment:*`.',
  },
  scope: {
    classes: ['new-branch', 'new-tag', 'new-environment'],
    unlessApplies: ['oidc-any-context'],
    phrase: 'new branches, tags or environments',
  },
  policy(ctx) {
    reportScope(ctx, 'oidc-ref-wildcard', {
      who: (v, n) => {
        const cls = v.finding?.witness.cls;
        return `Runs of ${n.slug} from ${cls ? classPhrase(cls) : 'new names'} (anyone who can push a branch or tag, or name an environment in a workflow)`;
      },
      fix: (_v, n) =>
        `list the exact names, e.g. "repo:${n.slug}:ref:refs/heads/${n.branch}", or an environment with protection rules`,
    });
  },
});
