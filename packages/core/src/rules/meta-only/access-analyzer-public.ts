import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'access-analyzer-public',
  meta: {
    title: 'Access Analyzer: trust policy grants public access',
    defaultSeverity: 'error',
    category: 'online',
    description: 'CheckNoPublicAccess returns FAIL for a trust policy (opt-in: a charged call).',
  },
});
