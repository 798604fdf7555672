import type { IssuerConfig, TrustlintConfig } from '../config.js';
import { githubIssuerKind, providerPrefix } from '../github/issuers.js';
import { BITBUCKET } from './bitbucket.js';
import { BUILDKITE } from './buildkite.js';
import { CIRCLECI } from './circleci.js';
import { GITHUB } from './github.js';
import { GITLAB } from './gitlab.js';
import { TERRAFORM } from './terraform.js';
import type { FacetSpec, IssuerEntry, IssuerEvidence, IssuerMatch, SubGrammar } from './types.js';

/** The built-in issuers, GitHub first (its recognition wins for its own hosts). */
export const ISSUERS: readonly IssuerEntry[] = [GITHUB, GITLAB, TERRAFORM, BUILDKITE, CIRCLECI, BITBUCKET];

export interface RecognisedIssuer {
  entry: IssuerEntry;
  match: IssuerMatch;
}

/** Configured issuer URLs that are plain strings: extra GitHub issuers (GHES behind a proxy, …). */
export function configuredGitHubIssuers(config: TrustlintConfig): string[] {
  return (config.issuers ?? []).filter((i): i is string => typeof i === 'string');
}

function configuredEntries(config: TrustlintConfig): IssuerConfig[] {
  return (config.issuers ?? []).filter((i): i is IssuerConfig => typeof i !== 'string');
}

/** The keys of a custom grammar's facets, from its templates: every `<name>` is a free facet unless it names a role. */
function customGrammar(c: IssuerConfig): SubGrammar | undefined {
  if (!c.sub) return undefined;
  const templates = Array.isArray(c.sub) ? c.sub : [c.sub];
  const facets: Record<string, FacetSpec> = {};
  const roles: Record<string, FacetSpec> = {
    namespace: { role: 'namespace', example: 'namespace' },
    project: { role: 'project', example: 'project' },
    ref: { role: 'ref', example: 'main' },
    environment: { role: 'environment', example: 'production' },
  };
  for (const t of [...templates, ...Object.values(c.claims ?? {})]) {
    for (const m of t.matchAll(/<([A-Za-z][A-Za-z0-9_]*)>/g)) {
      const name = m[1] ?? '';
      facets[name] ??= roles[name] ?? { role: 'free', example: 'x' };
    }
  }
  return { facets, sub: templates, claims: c.claims ?? {} };
}

/** An issuer the configuration adds: like a built-in one (`like: "gitlab"` for self-managed GitLab), or given whole. */
function entryFromConfig(c: IssuerConfig): RecognisedIssuer | undefined {
  const base = c.like ? ISSUERS.find((e) => e.id === c.like) : undefined;
  if (base) {
    const kind = base.id === 'gitlab' ? 'self-managed' : 'configured';
    return { entry: base, match: { kind } };
  }
  const grammar = customGrammar(c);
  const keys = ['sub', 'aud', ...Object.keys(c.claims ?? {})];
  const entry: IssuerEntry = {
    id: c.name ?? providerPrefix(c.url),
    name: c.name ?? providerPrefix(c.url),
    private: c.private ?? false,
    recognise: () => ({ kind: 'configured' }),
    looksLike: (p) => p === providerPrefix(c.url),
    stsClaims: () => keys,
    tokenClaims: keys,
    audiences: () => c.audiences ?? ['sts.amazonaws.com'],
    ...(grammar ? { grammar } : {}),
    classes: c.private ? ['other-repo', 'new-branch', 'new-tag', 'new-environment'] : ['other-owner', 'other-repo', 'repo-name-match', 'new-branch', 'new-tag', 'new-environment'],
    terms: { namespace: c.terms?.namespace ?? 'namespace', project: c.terms?.project ?? 'project', projects: `${c.terms?.project ?? 'project'}s` },
    sources: ['trustlint configuration'],
  };
  return { entry, match: { kind: 'configured' } };
}

/**
 * Which issuer a provider prefix (provider URL without `https://`) belongs to: GitHub's own
 * recognition (with the configured GitHub issuers), then the configured entries, then the others.
 */
export function recogniseIssuer(prefix: string, config: TrustlintConfig = {}): RecognisedIssuer | undefined {
  const gh = githubIssuerKind(prefix, configuredGitHubIssuers(config));
  if (gh) return { entry: GITHUB, match: { kind: gh } };
  for (const c of configuredEntries(config)) {
    if (providerPrefix(c.url) !== prefix) continue;
    const found = entryFromConfig(c);
    if (found) return found;
  }
  for (const entry of ISSUERS) {
    if (entry === GITHUB) continue;
    const match = entry.recognise(prefix);
    if (match) return { entry, match };
  }
  return undefined;
}

/**
 * The issuer a condition-key prefix looks like it belongs to (also prefixes no provider in the
 * policy uses); `evidence` (what the policy says under that prefix) lets an entry claim a host its
 * name does not give away, such as a self-managed GitLab instance the configuration does not list.
 */
export function issuerLookingLike(prefix: string, config: TrustlintConfig = {}, evidence?: IssuerEvidence): IssuerEntry | undefined {
  const known = recogniseIssuer(prefix, config);
  if (known) return known.entry;
  return ISSUERS.find((e) => e.looksLike(prefix, evidence));
}

export function issuerById(id: string): IssuerEntry | undefined {
  return ISSUERS.find((e) => e.id === id);
}
