import type { IssuerEntry } from './types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * CircleCI OIDC tokens ($CIRCLE_OIDC_TOKEN, $CIRCLE_OIDC_TOKEN_V2).
 * - A private issuer per organisation: `https://oidc.circleci.com/org/<org id>`, audience the org id;
 *   sub `org/<org id>/project/<project id>/user/<user id>`, and in the V2 token
 *   `…/vcs-origin/<origin>/vcs-ref/<ref>` (CircleCI docs, "Using OpenID Connect tokens in jobs":
 *   https://circleci.com/docs/openid-connect-tokens/). Every job gets both tokens, so a trust
 *   written for one format is met by the other's run as well.
 * - AWS STS populates `oidc.circleci.com/project-id` besides sub/aud (Service Authorization
 *   Reference: `oidc.circleci.com/org/${OrgId}:oidc.circleci.com/project-id`).
 * - Only members of that organisation can run its jobs: a missing sub admits every project of that
 *   one organisation, never the world.
 */
export const CIRCLECI: IssuerEntry = {
  id: 'circleci',
  name: 'CircleCI',
  private: true,
  recognise(prefix) {
    const m = /^oidc\.circleci\.com\/org\/([^/]+)$/.exec(prefix);
    return m?.[1] ? { kind: 'org', organisation: m[1] } : undefined;
  },
  looksLike: (prefix) => /^oidc\.circleci\.com(\/|$)/i.test(prefix),
  stsClaims: () => ['sub', 'aud', 'oidc.circleci.com/project-id'],
  tokenClaims: [
    'sub',
    'aud',
    'iss',
    'iat',
    'exp',
    'oidc.circleci.com/project-id',
    'oidc.circleci.com/context-ids',
    'oidc.circleci.com/vcs-origin',
    'oidc.circleci.com/vcs-ref',
    'oidc.circleci.com/ssh-rerun',
  ],
  audiences: (_prefix, match) => [match.organisation ?? '<org id>'],
  grammar: {
    facets: {
      namespace: { role: 'namespace', example: '00000000-0000-4000-8000-000000000001', valid: UUID },
      project: { role: 'project', example: '00000000-0000-4000-8000-000000000002', valid: UUID },
      user: { role: 'free', example: '00000000-0000-4000-8000-000000000003', valid: UUID },
      origin: { role: 'free', example: 'github.com/org/repo' },
      refType: { role: 'ref-type', values: ['heads', 'tags'], example: 'heads' },
      ref: { role: 'ref', example: 'main', valid: /^[^\s:~^?*[\\]+$/ },
    },
    sub: [
      'org/<namespace>/project/<project>/user/<user>/vcs-origin/<origin>/vcs-ref/refs/<refType>/<ref>',
      'org/<namespace>/project/<project>/user/<user>',
    ],
    claims: { 'oidc.circleci.com/project-id': '<project>' },
  },
  classes: ['other-repo', 'new-branch', 'new-tag'],
  terms: { namespace: 'organization', project: 'project', projects: 'projects' },
  sources: ['https://circleci.com/docs/openid-connect-tokens/', 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html'],
};
