import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'github-id-mismatch',
  meta: {
    title: 'Pinned GitHub id does not match the name',
    defaultSeverity: 'warning',
    category: 'online',
    description:
      'Online (`--github`): the immutable form (`owner@id/repo@id`) pins an id that is not the id GitHub gives that owner or repository today: the name was re-registered or the id is wrong; the role admits no token of the current holder.',
  },
});
