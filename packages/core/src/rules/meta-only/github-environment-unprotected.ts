import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'github-environment-unprotected',
  meta: {
    title: 'Trusted environment has no protection',
    defaultSeverity: 'warning',
    category: 'online',
    description:
      'Online (`--github`): an `environment:` subject names an environment that does not exist (a job naming it creates it, unprotected) or has neither required reviewers nor a deployment branch policy limited to protected branches: the subject is as wide as any branch that can run the workflow.',
  },
});
