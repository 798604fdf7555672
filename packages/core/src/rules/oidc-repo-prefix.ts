import { defineRule } from './define.js';
import { reportScope } from './scope-common.js';

export default defineRule({
  id: 'oidc-repo-prefix',
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
