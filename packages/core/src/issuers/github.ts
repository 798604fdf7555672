import { GITHUB_TOKEN_CLAIMS, STS_GITHUB_CLAIMS } from '../github/claims.js';
import { DEFAULT_AUDIENCES } from '../github/audiences.js';
import { githubIssuerKind, looksLikeGitHubPrefix } from '../github/issuers.js';
import { GITHUB_OUTSIDER_CLASSES } from '../github/witness.js';
import type { IssuerEntry } from './types.js';

/**
 * GitHub Actions: one registry entry; its grammar and witness synthesis stay in github/ (subject.ts,
 * witness.ts, sub-search.ts), which are GitHub's alone (spec/domain.md §1–2).
 */
export const GITHUB: IssuerEntry = {
  id: 'github',
  name: 'GitHub',
  private: false,
  recognise(prefix) {
    const kind = githubIssuerKind(prefix);
    return kind ? { kind } : undefined;
  },
  looksLike: looksLikeGitHubPrefix,
  stsClaims: () => STS_GITHUB_CLAIMS,
  tokenClaims: GITHUB_TOKEN_CLAIMS,
  audiences: () => DEFAULT_AUDIENCES,
  classes: GITHUB_OUTSIDER_CLASSES,
  terms: { namespace: 'owner', project: 'repository', projects: 'repositories', change: 'pull request' },
  sources: [
    'https://docs.github.com/en/actions/reference/security/oidc',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html',
  ],
};
