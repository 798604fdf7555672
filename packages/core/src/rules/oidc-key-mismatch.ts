import { isGitHubClaim, isStsClaim, STS_GITHUB_CLAIMS } from '../github/claims.js';
import { closestName } from '../text/closest.js';
import type { ConditionEntry, Statement } from '../iam/types.js';
import { defineRule } from './define.js';
import { githubEntries, issuerKeyEntries } from './github-entries.js';

function closestClaim(claim: string): string | undefined {
  if (claim.startsWith('sub') || claim === 'subject') return 'sub';
  if (claim === 'repo') return 'repository';
  return closestName(claim, STS_GITHUB_CLAIMS);
}

/**
 * What a Deny does when one of its keys is absent from every request. IAM: a condition on a key
 * missing from the request context is false, except for negated operators (StringNot…, ArnNot…),
 * …IfExists and ForAllValues, which are true (IAM User Guide, "IAM JSON policy elements: Condition
 * operators", the note on absent keys; "Set operators for multivalued context keys").
 */
function denyEffect(statement: Statement, entry: ConditionEntry, holds: boolean): string {
  if (!holds) return 'so this condition never holds and the Deny never applies: it blocks nothing, and the tokens it was written to stop get in';
  const others = statement.conditions.filter((c) => c !== entry).length;
  return others === 0
    ? 'so this condition always holds and the Deny applies to every token: the role can never be assumed through this provider'
    : 'so this condition always holds: the Deny applies to every token its other conditions match, whatever this key was meant to exempt';
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
    // Keys of the registry's other issuers (GitLab, HCP Terraform, …): the same three checks, with
    // the issuer's own list of keys AWS STS populates (issuers/).
    for (const { statement, entry, prefix, claim, providers, issuer } of issuerKeyEntries(ctx)) {
      if (!entry.parsed) continue;
      const negatedOrLoose = entry.parsed.negated || entry.parsed.ifExists || entry.parsed.set === 'ForAllValues';
      const effect = statement.effect === 'Deny' ? denyEffect(statement, entry, negatedOrLoose) : negatedOrLoose
        ? 'so this check is void: it passes for every token'
        : 'so this condition never matches and the role is unusable';
      const provider = providers.find((p) => p.prefix.toLowerCase() === prefix);
      if (!provider) {
        const first = providers[0]?.prefix ?? '';
        ctx.report({
          path: entry.keyPath,
          at: 'key',
          message: `condition key "${entry.key}" (${issuer.name}) does not belong to the trusted provider ${providers.map((p) => p.prefix).join(', ')}: its tokens set keys with the prefix "${first}:", ${effect}. Use "${first}:${claim}".`,
          properties: { key: entry.key, provider: providers.map((p) => p.prefix) },
        });
        continue;
      }
      const keys = provider.registry.entry.stsClaims(provider.registry.match);
      if (keys.includes(claim)) continue;
      const documented = issuer.tokenClaims.some((c) => c.toLowerCase() === claim);
      ctx.report({
        path: entry.keyPath,
        at: 'key',
        ...(documented ? { severity: 'warning' as const } : {}),
        message: documented
          ? `"${claim}" is a ${issuer.name} token claim that AWS STS does not turn into a condition key for ${provider.prefix}, so "${entry.key}" is absent from every request, ${effect}. Keys AWS supports there: ${keys.join(', ')}.`
          : `"${claim}" is not a claim of ${issuer.name} tokens: "${entry.key}" is absent from every request, ${effect}. Keys AWS supports there: ${keys.join(', ')}.`,
        properties: { key: entry.key },
      });
    }
    for (const { statement, entry, prefix, claim, providers } of githubEntries(ctx, { deny: true })) {
      if (!entry.parsed) continue; // an unknown operator is trust-invalid-policy's
      const negatedOrLoose = entry.parsed.negated || entry.parsed.ifExists || entry.parsed.set === 'ForAllValues';
      const effect = statement.effect === 'Deny' ? denyEffect(statement, entry, negatedOrLoose) : negatedOrLoose
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
