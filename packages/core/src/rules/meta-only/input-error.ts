import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'input-error',
  meta: {
    title: 'File could not be read or analysed',
    defaultSeverity: 'error',
    category: 'input',
    description:
      'A file of a kind trustlint analyses (trust policy, Terraform, plan, CloudFormation, workflow, GitLab CI pipeline) could not be read or analysed completely: a size, depth, YAML alias or evaluation-step cap, unreadable, not UTF-8, not a regular file, a symbolic link loop or a link out of the scanned tree, or an internal error. The gate fails closed. Files of no recognised kind give no finding; the summary counts them.',
  },
});
