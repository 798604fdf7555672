import { appendAll } from '../arrays.js';
import { DEFAULT_AUDIENCES } from '../github/audiences.js';
import { matchesWildcard } from '../iam/match.js';
import { providerPrefix } from '../github/issuers.js';
import type { ConditionEntry } from '../iam/types.js';
import type { OidcProviderDocument } from '../model/document.js';
import { hasMarker } from '../model/policy.js';
import { defineRule } from './define.js';

/** The client-id lists of providers in the scan for this prefix; undefined when none is known. */
function clientIdsFor(providers: readonly OidcProviderDocument[], prefix: string): string[] | undefined {
  const ids: string[] = [];
  let known = false;
  for (const p of providers) {
    if (providerPrefix(p.url) !== prefix || p.clientIds === 'unresolved') continue;
    if (p.clientIds.some((c) => hasMarker(c.value))) continue;
    known = true;
    appendAll(ids, p.clientIds.map((c) => c.value));
  }
  return known ? [...new Set(ids)] : undefined;
}

/** Whether some client id satisfies every positive aud entry of the statement. */
function someClientIdAdmitted(entries: readonly ConditionEntry[], clientIds: readonly string[]): boolean {
  return clientIds.some((id) =>
    entries.every((e) => {
      const base = e.parsed?.base;
      const ignoreCase = base === 'StringEqualsIgnoreCase';
      const wildcard = base === 'StringLike';
      if (base !== 'StringEquals' && base !== 'StringEqualsIgnoreCase' && base !== 'StringLike') return true;
      return e.values.some((v) => hasMarker(v.value) || (wildcard ? matchesWildcard(v.value, id, false) : ignoreCase ? v.value.toLowerCase() === id.toLowerCase() : v.value === id));
    }),
  );
}

export default defineRule({
  id: 'oidc-audience',
  meta: {
    title: 'Audience is not restricted',
    defaultSeverity: 'warning',
    category: 'trust',
    description: 'No `aud` condition, or a wildcard `aud`.',
    variants:
      'error when the `aud` values cannot be satisfied by the provider\'s client-id list; info when `aud` is missing but the provider in the scan only accepts the configured audiences',
  },
  policy(ctx) {
    for (const { provider, statements } of ctx.trust.providers) {
      // GitHub's default is sts.amazonaws.com; another issuer's is its AWS guide's (issuers/).
      const audiences = ctx.config.audiences ?? (provider.issuer === undefined ? DEFAULT_AUDIENCES : provider.registry.entry.audiences(provider.prefix, provider.registry.match));
      const audKey = `${provider.prefix}:aud`.toLowerCase();
      for (const statement of statements) {
        const audEntries = statement.conditions.filter(
          (e) => e.key.toLowerCase() === audKey && e.parsed && !e.parsed.negated && e.parsed.base !== 'Null',
        );
        const clientIds = clientIdsFor(ctx.providersInScan, provider.prefix);
        if (audEntries.length === 0) {
          // The provider enforces its client-id list; when that list holds only the expected
          // audiences, a missing aud condition loses nothing (domain.md trap 36).
          if (clientIds?.length && clientIds.every((id) => audiences.includes(id))) {
            ctx.report({
              path: statement.conditionPath ?? statement.path,
              severity: 'info',
              message: `no condition on ${provider.prefix}:aud, but the provider in this scan only accepts ${clientIds.map((i) => `"${i}"`).join(', ')}, which it enforces; adding "StringEquals": {"${provider.prefix}:aud": "${audiences[0] ?? 'sts.amazonaws.com'}"} documents the intent.`,
              properties: { provider: provider.prefix, clientIds },
            });
            continue;
          }
          ctx.report({
            path: statement.conditionPath ?? statement.path,
            message: `no condition on ${provider.prefix}:aud: tokens minted for any audience are accepted (the provider's client-id list is the only check). Add "StringEquals": {"${provider.prefix}:aud": "${audiences[0] ?? 'sts.amazonaws.com'}"}.`,
            properties: { provider: provider.prefix },
          });
          continue;
        }
        if (clientIds && !someClientIdAdmitted(audEntries, clientIds)) {
          const first = audEntries[0];
          ctx.report({
            path: first ? first.keyPath : statement.path,
            at: 'key',
            severity: 'error',
            message: `the aud condition admits none of the audiences the ${provider.prefix} provider in this scan accepts (${clientIds.map((i) => `"${i}"`).join(', ')}): no token can assume this role. Align the aud value with the provider's client-id list.`,
            properties: { provider: provider.prefix, clientIds },
          });
          continue;
        }
        for (const entry of audEntries) {
          if (entry.parsed?.base !== 'StringLike') continue;
          for (const v of entry.values) {
            if (!/[*?]/.test(v.value)) continue;
            ctx.report({
              path: v.path,
              message: `wildcard audience "${v.value}" on ${provider.prefix}:aud: any audience the requester picks that matches it is accepted. Use StringEquals with "${audiences[0] ?? 'sts.amazonaws.com'}".`,
              properties: { provider: provider.prefix },
            });
          }
        }
      }
    }
  },
});
