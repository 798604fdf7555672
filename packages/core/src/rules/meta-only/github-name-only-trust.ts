import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'github-name-only-trust',
  meta: {
    title: 'Trust by repository name only: the immutable form with the real ids',
    defaultSeverity: 'info',
    category: 'online',
    description:
      'Online (`--github`): a default-format subject or `repository` condition trusts an existing repository by name only; the message and suggestion give the immutable subject (`owner@id/repo@id`) with the real ids, the migration GitHub recommends.',
  },
});
