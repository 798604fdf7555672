import { isGitHubClaim, isStsClaim, STS_GITHUB_CLAIMS } from '../github/claims.js';
import { closestName } from '../text/closest.js';
import { defineRule } from './define.js';
import { githubEntries } from './github-entries.js';

function closestClaim(claim: string): string | undefined {
  if (claim.startsWith('sub') || claim === 'subject') return 'sub';
  if (claim === 'repo') return 'repository';
  return closestName(claim, STS_GITHUB_CLAIMS);
}

export default defineRule({
  id: 'oidc-key-mismatch',
  meta: {
    title: 'Condition key does not belong to the trusted provider',
    defaultSeverity: 'error',
    category: 'trust',
    description:
      'A condition key whose prefix does not match the trusted provider, or a misspelt key of a known claim: the check is void or the role unusable.',
    variants: 'warning for a well-formed GitHub claim key that AWS STS does not populate',
  },
  policy(ctx) {
    for (const { entry, prefix, claim, providers } of githubEntries(ctx)) {
      const negatedOrLoose = !entry.parsed || entry.parsed.negated || entry.parsed.ifExists || entry.parsed.set === 'ForAllValues';
      const effect = negatedOrLoose
        ? 'so this check is void: it passes for every token'
        : 'so this condition never matches and the role is unusable';
      const matching = providers.filter((p) => p.prefix.toLowerCase() === prefix);
      if (matching.length === 0) {
        ctx.report({
          path: entry.keyPath,
          at: 'key',
          message: `condition key "${entry.key}" does not belong to the trusted provider ${providers.map((p) => p.prefix).join(', ')}: its tokens set keys with the prefix "${providers[0]?.prefix ?? ''}:", ${effect}. Use "${providers[0]?.prefix ?? ''}:${claim}".`,
          properties: { key: entry.key, provider: providers.map((p) => p.prefix) },
        });
        continue;
      }
      if (isStsClaim(claim)) continue;
      if (isGitHubClaim(claim)) {
        ctx.report({
          path: entry.keyPath,
          at: 'key',
          severity: 'warning',
          message: `"${claim}" is a GitHub token claim that AWS STS does not turn into a condition key, so "${entry.key}" is absent from every request, ${effect}. Keys AWS supports: ${STS_GITHUB_CLAIMS.join(', ')}.`,
          properties: { key: entry.key },
        });
        continue;
      }
      const guess = closestClaim(claim);
      ctx.report({
        path: entry.keyPath,
        at: 'key',
        message: `"${claim}" is not a claim of GitHub tokens${guess ? ` (did you mean "${guess}"?)` : ''}: "${entry.key}" is absent from every request, ${effect}.`,
        properties: { key: entry.key, ...(guess ? { suggestion: guess } : {}) },
      });
    }
  },
});
