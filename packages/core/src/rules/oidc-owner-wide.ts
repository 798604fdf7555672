import { defineRule } from './define.js';
import { reportScope } from './scope-common.js';

export default defineRule({
  id: 'oidc-owner-wide',
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
