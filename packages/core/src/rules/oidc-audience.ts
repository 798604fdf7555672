import { DEFAULT_AUDIENCES } from '../config.js';
import { defineRule } from './define.js';

export default defineRule({
  id: 'oidc-audience',
  policy(ctx) {
    const audiences = ctx.config.audiences ?? DEFAULT_AUDIENCES;
    for (const { provider, statements } of ctx.trust.providers) {
      const audKey = `${provider.prefix}:aud`.toLowerCase();
      for (const statement of statements) {
        const audEntries = statement.conditions.filter(
          (e) => e.key.toLowerCase() === audKey && e.parsed && !e.parsed.negated && e.parsed.base !== 'Null',
        );
        if (audEntries.length === 0) {
          ctx.report({
            path: statement.conditionPath ?? statement.path,
            message: `no condition on ${provider.prefix}:aud: tokens minted for any audience are accepted (the provider's client-id list is the only check). Add "StringEquals": {"${provider.prefix}:aud": "${audiences[0] ?? 'sts.amazonaws.com'}"}.`,
            properties: { provider: provider.prefix },
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
