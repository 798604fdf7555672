import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'access-analyzer',
  meta: {
    title: 'IAM Access Analyzer finding',
    defaultSeverity: 'warning',
    category: 'online',
    description: 'Each ValidatePolicy finding, with its issueCode.',
    variants: 'error for ERROR and SECURITY_WARNING, info for SUGGESTION',
  },
});
