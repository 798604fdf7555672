/**
 * GitHub OIDC issuers and how an IAM provider ARN or URL maps to the condition-key prefix
 * (spec/domain.md §1.1, §2.1): the prefix is the provider URL without `https://`.
 */

export type IssuerKind = 'github.com' | 'enterprise-slug' | 'ghe.com' | 'ghes' | 'legacy-vstoken' | 'configured' | 'other-issuer';

export interface GitHubProvider {
  /** Condition-key prefix, e.g. `token.actions.githubusercontent.com` or `token.actions.githubusercontent.com/acme`. */
  prefix: string;
  kind: IssuerKind;
  /** The provider ARN as written in the policy, or a synthetic one for `*` principals. */
  arn: string;
  /** True when the ARN was not written in the policy (a `*` principal or an unresolved Federated value). */
  synthetic: boolean;
  /** The issuer registry's id (issuers/registry.ts): `github`, `gitlab`, …; absent means GitHub. */
  issuer?: string;
}

const PROVIDER_ARN_RE = /^arn:aws[a-z-]*:iam::[^:]*:oidc-provider\/(.+)$/;

/** Host+path of a provider from an ARN, URL or bare host; lower-cases the host. */
export function providerPrefix(value: string): string {
  let v = value.trim();
  const arn = PROVIDER_ARN_RE.exec(v);
  if (arn?.[1] !== undefined) v = arn[1];
  v = v.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
  const slash = v.indexOf('/');
  return slash < 0 ? v.toLowerCase() : v.slice(0, slash).toLowerCase() + v.slice(slash);
}

/** Classifies a provider prefix as a GitHub issuer, or undefined when it is not one. */
export function githubIssuerKind(prefix: string, configured: readonly string[] = []): IssuerKind | undefined {
  const p = prefix;
  if (p === 'token.actions.githubusercontent.com') return 'github.com';
  if (/^token\.actions\.githubusercontent\.com\/[^/]+$/.test(p)) return 'enterprise-slug';
  if (/^token\.actions\.[a-z0-9-]+\.ghe\.com(\/[^/]+)?$/.test(p)) return 'ghe.com';
  if (/^[a-z0-9.-]+(:\d+)?\/_services\/token$/.test(p)) return 'ghes';
  if (p === 'vstoken.actions.githubusercontent.com') return 'legacy-vstoken';
  if (configured.some((c) => providerPrefix(c) === p)) return 'configured';
  return undefined;
}

/** True when a condition key's prefix looks like a GitHub issuer (used to spot keys of the wrong provider). */
export function looksLikeGitHubPrefix(prefix: string): boolean {
  return (
    githubIssuerKind(prefix) !== undefined ||
    /githubusercontent\.com/i.test(prefix) ||
    /\.ghe\.com/i.test(prefix) ||
    /\/_services\/token$/i.test(prefix) ||
    /^github\.com\/enterprises\//i.test(prefix)
  );
}

export function syntheticProviderArn(prefix: string): string {
  return `arn:aws:iam::000000000000:oidc-provider/${prefix}`;
}

/** Splits a condition key into provider prefix and claim name at the last `:`. */
export function splitConditionKey(key: string): { prefix: string; claim: string } | undefined {
  const i = key.lastIndexOf(':');
  if (i <= 0) return undefined;
  return { prefix: key.slice(0, i), claim: key.slice(i + 1) };
}
