import { defineRule } from './define.js';
import { githubEntries } from './github-entries.js';

/** `${*}` and `${?}` are the escaped literal forms under 2012-10-17: not a mistake. */
function literalWildcards(value: string, variablesEnabled: boolean): string[] {
  const stripped = variablesEnabled ? value.replace(/\$\{[*?$]\}/g, '') : value;
  return [...new Set(stripped.match(/[*?]/g) ?? [])];
}

export default defineRule({
  id: 'oidc-stringequals-wildcard',
  meta: {
    title: 'StringEquals value contains a wildcard',
    defaultSeverity: 'error',
    category: 'trust',
    description:
      'A `StringEquals`/`StringEqualsIgnoreCase` value contains `*` or `?`, which are literal there: the value never matches as meant and the role is unusable for it.',
  },
  policy(ctx) {
    for (const { entry } of githubEntries(ctx)) {
      const base = entry.parsed?.base;
      if (base !== 'StringEquals' && base !== 'StringEqualsIgnoreCase') continue;
      for (const v of entry.values) {
        const chars = literalWildcards(v.value, ctx.policy.variablesEnabled);
        if (chars.length === 0) continue;
        ctx.report({
          path: v.path,
          message:
            `${entry.operator} compares "${v.value}" literally: ${chars.map((c) => `'${c}'`).join(' and ')} ${chars.length > 1 ? 'are' : 'is'} not a wildcard here, ` +
            `so no token matches this value and the role is unusable for it. If a pattern is meant, use StringLike and check what it admits; otherwise remove the character.`,
          properties: { operator: entry.operator },
        });
      }
    }
  },
});
