import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'github-repo-missing',
  meta: {
    title: 'Trusted GitHub repository not found',
    defaultSeverity: 'warning',
    category: 'online',
    description:
      'Online (`--github`): a repository named in a trust policy does not exist (or the token cannot see it): the role trusts a name whoever controls the owner can create.',
  },
});
