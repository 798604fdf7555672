import { defineScopeRule } from './define.js';
import { reportScope } from './scope-common.js';

export default defineScopeRule({
  id: 'oidc-owner-wide',
  meta: {
    title: 'Every repository of the owner can assume the role',
    defaultSeverity: 'warning',
    category: 'trust-scope',
    description:
      'Another repository of the same owner gets in: `repo:acme/*`, a customised sub of `repository_owner:acme` or `repository_owner_id:123`, or `repository_owner_id` as the only restriction.',
  },
  scope: {
    classes: ['other-repo'],
    phrase: 'other repositories of the owner',
  },
  policy(ctx) {
    reportScope(ctx, 'oidc-owner-wide', {
      who: (v, n) => {
        const id = v.finding?.witness.identity;
        const named = id && n.knownOwner(id.owner);
        return `Every repository of ${named ? n.display(id.owner) : `the owner with id ${id?.ownerId ?? '?'}`}, including ones created later,`;
      },
      fix: (v, n) =>
        `name the repository, e.g. "repo:${v.finding ? n.display(v.finding.witness.identity.owner) : n.owner}/${n.repo}:ref:refs/heads/${n.branch}"`,
    });
  },
});
