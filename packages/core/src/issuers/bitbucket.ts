import type { IssuerEntry } from './types.js';

const BRACED_UUID = /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i;

/**
 * Bitbucket Pipelines OIDC (`oidc: true` on a step).
 * - A private issuer per workspace:
 *   `https://api.bitbucket.org/2.0/workspaces/<workspace>/pipelines-config/identity/oidc`, audience
 *   `ari:cloud:bitbucket::workspace/<workspace uuid>`; sub `{repository uuid}:{step uuid}`, or
 *   `{repository uuid}:{deployment environment uuid}:{step uuid}` for a deployment step (Atlassian,
 *   "Integrate Pipelines with resource servers using OIDC" and "Deploy on AWS using Bitbucket
 *   Pipelines OpenID Connect":
 *   https://support.atlassian.com/bitbucket-cloud/docs/integrate-pipelines-with-resource-servers-using-oidc/,
 *   https://support.atlassian.com/bitbucket-cloud/docs/deploy-on-aws-using-bitbucket-pipelines-openid-connect/).
 * - AWS STS populates only sub and aud for it (not in the Service Authorization Reference list).
 * - The branch is not in sub: a trust can pin a repository and a deployment environment, not a branch.
 */
export const BITBUCKET: IssuerEntry = {
  id: 'bitbucket',
  name: 'Bitbucket Pipelines',
  private: true,
  recognise(prefix) {
    const m = /^api\.bitbucket\.org\/2\.0\/workspaces\/([^/]+)\/pipelines-config\/identity\/oidc$/.exec(prefix);
    return m?.[1] ? { kind: 'workspace', organisation: m[1] } : undefined;
  },
  looksLike: (prefix) => /^api\.bitbucket\.org\//i.test(prefix),
  stsClaims: () => ['sub', 'aud'],
  tokenClaims: ['sub', 'aud', 'iss', 'iat', 'exp', 'accountUuid', 'workspaceUuid', 'repositoryUuid', 'pipelineUuid', 'stepUuid', 'deploymentEnvironmentUuid', 'branchName'],
  audiences: () => ['ari:cloud:bitbucket::workspace/<workspace uuid>'],
  grammar: {
    facets: {
      project: { role: 'project', example: '{00000000-0000-4000-8000-000000000002}', valid: BRACED_UUID },
      environment: { role: 'environment', example: '{00000000-0000-4000-8000-000000000004}', valid: BRACED_UUID },
      step: { role: 'free', example: '{00000000-0000-4000-8000-000000000005}', valid: BRACED_UUID },
    },
    sub: ['<project>:<environment>:<step>', '<project>:<step>'],
    claims: {},
  },
  classes: ['other-repo', 'new-environment'],
  terms: { namespace: 'workspace', project: 'repository', projects: 'repositories' },
  sources: [
    'https://support.atlassian.com/bitbucket-cloud/docs/integrate-pipelines-with-resource-servers-using-oidc/',
    'https://support.atlassian.com/bitbucket-cloud/docs/deploy-on-aws-using-bitbucket-pipelines-openid-connect/',
  ],
};
