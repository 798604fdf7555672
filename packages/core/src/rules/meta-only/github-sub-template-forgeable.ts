import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'github-sub-template-forgeable',
  meta: {
    title: "Repository's sub template does not start with the owner's id",
    defaultSeverity: 'error',
    category: 'online',
    description:
      "Online (`--github`): the customised sub template a trusted repository uses does not start with an owner or repository id: any repository can mint the same shape (error), or a re-registered owner name can (warning, when it starts with a name claim).",
    variants: 'warning when the first claim is an owner or repository name',
  },
});
