import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'github-owner-missing',
  meta: {
    title: 'Trusted GitHub owner does not exist',
    defaultSeverity: 'error',
    category: 'online',
    description:
      'Online (`--github`): an owner named in a trust policy is not a GitHub user or organisation: anyone can register the name and mint tokens a name-only trust accepts.',
  },
});
