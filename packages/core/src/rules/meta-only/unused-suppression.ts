import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'unused-suppression',
  meta: {
    title: 'Suppression comment that suppresses nothing',
    defaultSeverity: 'warning',
    category: 'input',
    description:
      'A `trustlint-ignore` comment has no reason after `--`, names no rule or an unknown rule id, or names a rule with no finding on the line below it: it suppresses nothing, or no longer does.',
  },
});
