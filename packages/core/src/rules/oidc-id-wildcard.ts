import { defineScopeRule } from './define.js';
import { reportScope } from './scope-common.js';

export default defineScopeRule({
  id: 'oidc-id-wildcard',
  meta: {
    title: 'Wildcarded immutable ids re-open name recycling',
    defaultSeverity: 'warning',
    category: 'trust-scope',
    description:
      'The same owner and repository names with other immutable ids get in (`repo:acme@*/app@*:…`): whoever re-registers a deleted name can assume the role.',
  },
  scope: {
    classes: ['other-ids'],
    phrase: 're-registered names',
  },
  policy(ctx) {
    reportScope(ctx, 'oidc-id-wildcard', {
      who: (v, n) => {
        const id = v.finding?.witness.identity;
        return `Whoever re-registers ${id ? `${n.display(id.owner)}/${n.display(id.repo)}` : 'the names'} after a deletion or rename (same names, new immutable ids)`;
      },
      fix: (v, n) => {
        const id = v.finding?.witness.identity;
        return `pin the ids instead of wildcards: "repo:${id ? n.display(id.owner) : n.owner}@<owner-id>/${id ? n.display(id.repo) : n.repo}@<repo-id>:…" (the ids are in every token of the repository), or add repository_id and repository_owner_id conditions`;
      },
    });
  },
});
