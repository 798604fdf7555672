import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'github-sub-template-mismatch',
  meta: {
    title: "Subject written for a template the repository does not use",
    defaultSeverity: 'error',
    category: 'online',
    description:
      "Online (`--github`): a `sub` value is in the default format but the repository (or its organisation) customised its subject template, or the other way round: the value can never match and the role is broken for that repository.",
  },
});
