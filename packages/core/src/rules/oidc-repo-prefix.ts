import { defineScopeRule } from './define.js';
import { reportScope } from './scope-common.js';

export default defineScopeRule({
  id: 'oidc-repo-prefix',
  meta: {
    title: 'A wildcard in the repository name admits other repositories',
    defaultSeverity: 'warning',
    category: 'trust-scope',
    description: 'Another repository of the owner whose name matches a wildcard (`repo:acme/app*`, `repo:acme/ap?`) gets in.',
  },
  scope: {
    classes: ['repo-name-match'],
    phrase: 'repositories matching the name wildcard',
  },
  policy(ctx) {
    reportScope(ctx, 'oidc-repo-prefix', {
      who: (v, n) => {
        const id = v.finding?.witness.identity;
        return `Another repository of ${id ? n.display(id.owner) : n.owner} whose name matches the wildcard (such as ${id ? n.display(id.repo) : 'a new one'})`;
      },
      fix: () => 'list the repositories by their exact names instead of a name wildcard',
    });
  },
});
