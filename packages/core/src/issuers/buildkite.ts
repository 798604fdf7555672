import type { IssuerEntry } from './types.js';

/**
 * Buildkite agent OIDC tokens (`buildkite-agent oidc request-token`).
 * - Issuer `https://agent.buildkite.com`; sub
 *   `organization:<org slug>:pipeline:<pipeline slug>:ref:<git ref>:commit:<sha>:step:<step key>`;
 *   the audience defaults to `https://buildkite.com/<org slug>`, the AWS guide requests
 *   `sts.amazonaws.com` (https://buildkite.com/docs/agent/v3/cli-oidc,
 *   https://buildkite.com/docs/pipelines/security/oidc/aws).
 * - Keys AWS STS populates besides sub/aud: build_branch, cluster_id, cluster_name, organization_id,
 *   organization_slug, pipeline_id, pipeline_slug (Service Authorization Reference).
 * - organization_id and pipeline_id are optional claims the job requests with `--claim` [U whether
 *   a job can leave them out: a token without them has those keys absent].
 */
export const BUILDKITE: IssuerEntry = {
  id: 'buildkite',
  name: 'Buildkite',
  private: false,
  recognise: (prefix) => (prefix === 'agent.buildkite.com' ? { kind: 'agent.buildkite.com' } : undefined),
  looksLike: (prefix) => /buildkite\.(com|dev|site)$/i.test(prefix),
  stsClaims: () => ['sub', 'aud', 'build_branch', 'cluster_id', 'cluster_name', 'organization_id', 'organization_slug', 'pipeline_id', 'pipeline_slug'],
  tokenClaims: [
    'sub',
    'aud',
    'iss',
    'iat',
    'nbf',
    'exp',
    'organization_slug',
    'pipeline_slug',
    'build_number',
    'build_branch',
    'build_tag',
    'build_commit',
    'build_source',
    'step_key',
    'job_id',
    'agent_id',
    'organization_id',
    'pipeline_id',
    'cluster_id',
    'cluster_name',
    'queue_id',
    'queue_key',
    'runner_environment',
  ],
  audiences: () => ['sts.amazonaws.com'],
  grammar: {
    facets: {
      namespace: { role: 'namespace', example: 'org', valid: /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/ },
      project: { role: 'project', example: 'pipeline', valid: /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/ },
      namespaceId: { role: 'namespace-id', example: '00000000-0000-4000-8000-000000000001' },
      projectId: { role: 'project-id', example: '00000000-0000-4000-8000-000000000002' },
      refType: { role: 'ref-type', values: ['heads', 'tags'], example: 'heads' },
      ref: { role: 'ref', example: 'main', valid: /^[^\s:~^?*[\\]+$/ },
      commit: { role: 'free', example: '0123456789abcdef0123456789abcdef01234567' },
      step: { role: 'free', example: 'deploy' },
      clusterId: { role: 'free', example: '00000000-0000-4000-8000-000000000003' },
      clusterName: { role: 'free', example: 'default' },
    },
    sub: ['organization:<namespace>:pipeline:<project>:ref:refs/<refType>/<ref>:commit:<commit>:step:<step>'],
    claims: {
      organization_slug: '<namespace>',
      organization_id: '<namespaceId>',
      pipeline_slug: '<project>',
      pipeline_id: '<projectId>',
      build_branch: '<ref>',
      cluster_id: '<clusterId>',
      cluster_name: '<clusterName>',
    },
  },
  classes: ['other-owner', 'other-repo', 'repo-name-match', 'other-ids', 'new-branch', 'new-tag'],
  terms: { namespace: 'organization', project: 'pipeline', projects: 'pipelines' },
  sources: [
    'https://buildkite.com/docs/agent/v3/cli-oidc',
    'https://buildkite.com/docs/pipelines/security/oidc/aws',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html',
  ],
};
