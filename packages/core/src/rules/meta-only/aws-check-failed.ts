import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'aws-check-failed',
  meta: {
    title: 'An AWS call failed',
    defaultSeverity: 'warning',
    category: 'online',
    description: 'An AWS call failed or was cut short: AccessDenied names the missing permission; network, 5xx or throttling after retries; an answer that is not an AWS answer; a listing at its cap; the time limit (--timeout) expired.',
  },
});
