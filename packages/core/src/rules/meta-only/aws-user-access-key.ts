import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'aws-user-access-key',
  meta: {
    title: 'IAM user with an active access key',
    defaultSeverity: 'warning',
    category: 'long-lived-keys',
    description: 'Live scan: an IAM user has an active access key (age and last use in the message).',
  },
});
