import { defineRule } from './define.js';
import { githubEntries } from './github-entries.js';

export default defineRule({
  id: 'oidc-set-operator',
  meta: {
    title: 'Set operator on a single-valued GitHub key',
    defaultSeverity: 'warning',
    category: 'trust',
    description: '`ForAllValues:`/`ForAnyValue:` on single-valued GitHub keys; `ForAllValues` is true when the key is absent.',
  },
  policy(ctx) {
    for (const { statement, entry, claim } of githubEntries(ctx, { deny: true })) {
      const set = entry.parsed?.set;
      if (!set) continue;
      const plain = entry.operator.slice(set.length + 1);
      const deny = statement.effect === 'Deny';
      // ForAllValues is true on an absent key (IAM User Guide, "Set operators for multivalued context keys").
      const meaning =
        set === 'ForAllValues'
          ? `ForAllValues is also true when the key is absent (${deny ? 'the Deny then applies to a token without this claim' : 'a token without this claim passes'})`
          : 'ForAnyValue on a single value only adds confusion';
      ctx.report({
        path: entry.operatorPath,
        at: 'key',
        message: `${entry.operator} on "${entry.key}": GitHub's ${claim} claim is a single string, so set operators do not apply; ${meaning}. Use ${plain} instead.`,
        properties: { operator: entry.operator },
      });
    }
  },
});
