import { looksLikeGitHubPrefix, splitConditionKey } from '../github/issuers.js';
import type { ConditionEntry, Statement } from '../iam/types.js';
import type { PolicyRuleContext } from './define.js';
import { canTrust, isGitHubProvider, type TrustedProvider } from '../scope/trust-analysis.js';
import { issuerLookingLike } from '../issuers/registry.js';
import type { IssuerEntry } from '../issuers/types.js';

export interface GitHubEntry {
  statement: Statement;
  entry: ConditionEntry;
  /** Lower-cased key prefix and claim. */
  prefix: string;
  claim: string;
  /** Providers this statement trusts (Allow), or whose tokens it can deny (Deny). */
  providers: TrustedProvider[];
}

/**
 * Condition entries with a GitHub-looking key in statements that can trust a GitHub provider, and
 * with `deny: true` also in Deny statements whose principal and action cover that provider's tokens
 * (a Deny's conditions decide what it blocks, so the same key checks apply to them).
 */
export function githubEntries(ctx: PolicyRuleContext, options: { deny?: boolean } = {}): GitHubEntry[] {
  const out: GitHubEntry[] = [];
  for (const statement of ctx.policy.statements) {
    const providers =
      statement.effect === 'Deny'
        ? options.deny
          ? ctx.trust.providers.filter((p) => canTrust(ctx.policy, statement, p.provider.arn)).map((p) => p.provider)
          : []
        : ctx.trust.providers.filter((p) => p.statements.includes(statement)).map((p) => p.provider);
    if (providers.length === 0) continue;
    for (const entry of statement.conditions) {
      const split = splitConditionKey(entry.key);
      if (!split || !looksLikeGitHubPrefix(split.prefix)) continue;
      out.push({ statement, entry, prefix: split.prefix.toLowerCase(), claim: split.claim.toLowerCase(), providers });
    }
  }
  return out;
}

export interface IssuerKeyEntry extends GitHubEntry {
  /** The registry issuer the key's prefix belongs to (never GitHub: those are githubEntries'). */
  issuer: IssuerEntry;
}

/**
 * Condition entries whose key prefix belongs to another registry issuer (`gitlab.com:…`,
 * `app.terraform.io:…`), in statements that trust some provider (Allow) or can deny its tokens.
 */
export function issuerKeyEntries(ctx: PolicyRuleContext): IssuerKeyEntry[] {
  const out: IssuerKeyEntry[] = [];
  for (const statement of ctx.policy.statements) {
    const providers =
      statement.effect === 'Deny'
        ? ctx.trust.providers.filter((p) => canTrust(ctx.policy, statement, p.provider.arn)).map((p) => p.provider)
        : ctx.trust.providers.filter((p) => p.statements.includes(statement)).map((p) => p.provider);
    if (providers.length === 0) continue;
    for (const entry of statement.conditions) {
      const split = splitConditionKey(entry.key);
      if (!split || looksLikeGitHubPrefix(split.prefix)) continue;
      const issuer = providers.find((p) => !isGitHubProvider(p) && p.prefix.toLowerCase() === split.prefix.toLowerCase())?.registry.entry ?? issuerLookingLike(split.prefix.toLowerCase(), ctx.config);
      if (!issuer || issuer.id === 'github') continue;
      out.push({ statement, entry, prefix: split.prefix.toLowerCase(), claim: split.claim.toLowerCase(), providers, issuer });
    }
  }
  return out;
}
