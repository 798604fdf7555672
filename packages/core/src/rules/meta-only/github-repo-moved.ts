import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'github-repo-moved',
  meta: {
    title: 'Trusted GitHub repository was renamed or transferred',
    defaultSeverity: 'warning',
    category: 'online',
    description:
      'Online (`--github`): GitHub redirects the repository named in a trust policy to another name; its tokens carry the new name, and the old one can be created again. The message gives the new name and the immutable form with the real ids.',
  },
});
