import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'github-check-failed',
  meta: {
    title: 'A GitHub check could not run',
    defaultSeverity: 'warning',
    category: 'online',
    description:
      'Online (`--github`): a GitHub API call failed or was cut short (rate limit after the waits trustlint allows, 5xx, network, timeout, a rejected token, an answer that is not GitHub\'s, a list past its page cap, the time limit), or an issuer\'s names are not on the API given: what it would have checked is unknown.',
  },
});
