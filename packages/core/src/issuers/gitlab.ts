import { readPattern, render, templateParts } from './synthesis.js';
import type { IssuerEntry, IssuerEvidence, SubGrammar } from './types.js';

/**
 * GitLab CI/CD ID tokens (`id_tokens:`).
 * - sub `project_path:{group}/{project}:ref_type:{branch|tag}:ref:{name}`, `aud` as the job's
 *   `id_tokens` entry sets it (GitLab docs, "OpenID Connect (OIDC) Authentication Using ID Tokens",
 *   token payload: https://docs.gitlab.com/ci/secrets/id_token_authentication/).
 * - AWS guide: provider URL = the instance URL, audience the instance URL
 *   (https://docs.gitlab.com/ci/cloud_services/aws/).
 * - Keys AWS STS populates besides sub/aud, for `gitlab.com` only: namespace_id, pipeline_source,
 *   project_id, ref_protected, runner_environment, user_access_level, user_email, user_id, user_login
 *   (Service Authorization Reference, AssumeRoleWithWebIdentity condition keys). A self-managed
 *   instance gets sub and aud only.
 * - Merge-request pipelines carry `ref_type:branch:ref:<source branch>` and pipeline_source
 *   `merge_request_event`; there is no merge-request context in sub.
 */
const GITLAB_COM_KEYS = [
  'sub',
  'aud',
  'namespace_id',
  'pipeline_source',
  'project_id',
  'ref_protected',
  'runner_environment',
  'user_access_level',
  'user_email',
  'user_id',
  'user_login',
] as const;

const PATH_PART = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$/;

export const GITLAB_GRAMMAR: SubGrammar = {
  facets: {
    namespace: { role: 'namespace', example: 'group', valid: /^[A-Za-z0-9_](?:[A-Za-z0-9_./-]*[A-Za-z0-9_])?$/ },
    project: { role: 'project', example: 'project', valid: PATH_PART },
    namespaceId: { role: 'namespace-id', example: '100000001', valid: /^[1-9]\d{0,18}$/ },
    projectId: { role: 'project-id', example: '100000002', valid: /^[1-9]\d{0,18}$/ },
    refType: { role: 'ref-type', values: ['branch', 'tag'], example: 'branch' },
    ref: { role: 'ref', example: 'main', valid: /^[^\s:~^?*[\\]+$/ },
    protected: { role: 'protected', values: ['true', 'false'], example: 'false' },
    source: { role: 'source', values: ['push', 'web', 'schedule', 'api', 'trigger', 'merge_request_event'], example: 'push' },
    user: { role: 'free', example: 'attacker' },
    userId: { role: 'free', example: '990000003', valid: /^\d+$/ },
    email: { role: 'free', example: 'attacker@example.com' },
    accessLevel: { role: 'free', values: ['owner', 'maintainer', 'developer'], example: 'maintainer' },
    runner: { role: 'free', values: ['gitlab-hosted', 'self-hosted'], example: 'self-hosted' },
  },
  sub: ['project_path:<namespace>/<project>:ref_type:<refType>:ref:<ref>'],
  claims: {
    namespace_id: '<namespaceId>',
    project_id: '<projectId>',
    ref_protected: '<protected>',
    pipeline_source: '<source>',
    user_login: '<user>',
    user_id: '<userId>',
    user_email: '<email>',
    user_access_level: '<accessLevel>',
    runner_environment: '<runner>',
  },
};

/**
 * GitLab's `sub` template with the project's full path as one facet (`<path>` = `<namespace>/<project>`):
 * the pipeline cross-check reasons about whole paths (`mygroup/sub/myproject`), derived here from
 * the grammar so that the format is spelt in one place.
 */
const PATH_SUB = (GITLAB_GRAMMAR.sub[0] ?? '').replace('<namespace>/<project>', '<path>');

/** A GitLab subject read through the grammar: the project path and, where present, the ref type and ref. */
export interface GitLabSubject {
  path: string;
  refType?: string;
  ref?: string;
  /**
   * True when the pattern is GitLab's default format cut at a facet boundary
   * (`project_path:g/p`, `…:ref_type:branch`, `…:ref:main`) with nothing after; false for text the
   * template does not account for (`project_path:g/p:*`, a customised sub).
   */
  exact: boolean;
}

/** Reads a (possibly wildcarded) GitLab `sub` value; undefined when it does not start with `project_path:`. */
export function readGitLabSub(sub: string): GitLabSubject | undefined {
  const read = readPattern(PATH_SUB, sub);
  const path = read.get('path');
  if (path === undefined) return undefined;
  const refType = read.get('refType');
  const ref = read.get('ref');
  // Rebuilt from the template up to the last facet read (a literal counts only with the facet after
  // it): equal to the input only when the template accounts for all of it.
  let rebuilt = '';
  let pending = '';
  for (const part of templateParts(PATH_SUB)) {
    if ('lit' in part) pending += part.lit;
    else if (read.has(part.facet)) {
      rebuilt += pending + (read.get(part.facet) ?? '');
      pending = '';
    } else break;
  }
  const exact = rebuilt === sub && ![path, refType ?? ''].some((v) => v.includes(':'));
  return { path, ...(refType !== undefined ? { refType } : {}), ...(ref !== undefined ? { ref } : {}), exact };
}

/** The default GitLab subject of a job of project `path` on a ref (rendered from the grammar). */
export function gitlabSub(path: string, refType: string, ref: string): string {
  return render(PATH_SUB, { path, refType, ref }) ?? '';
}

/**
 * A provider prefix whose host names GitLab (a self-managed `gitlab.example.com` the configuration
 * does not list), or whose conditions speak GitLab's claims: subjects in the `project_path:` format,
 * `project_path` / `namespace_path` keys.
 */
function looksLikeGitLab(prefix: string, evidence?: IssuerEvidence): boolean {
  const host = prefix.split('/')[0] ?? '';
  if (/gitlab/i.test(host)) return true;
  if (evidence?.subs?.some((s) => readGitLabSub(s) !== undefined)) return true;
  return evidence?.claims?.some((c) => c === 'project_path' || c === 'namespace_path') ?? false;
}

export const GITLAB: IssuerEntry = {
  id: 'gitlab',
  name: 'GitLab',
  private: false,
  recognise: (prefix) => (prefix === 'gitlab.com' ? { kind: 'gitlab.com' } : undefined),
  looksLike: looksLikeGitLab,
  stsClaims: (match) => (match.kind === 'gitlab.com' ? GITLAB_COM_KEYS : ['sub', 'aud']),
  tokenClaims: [
    ...GITLAB_COM_KEYS,
    'namespace_path',
    'project_path',
    'pipeline_id',
    'job_id',
    'ref',
    'ref_type',
    'ref_path',
    'groups_direct',
    'environment',
    'environment_protected',
    'deployment_tier',
    'environment_action',
    'runner_id',
    'sha',
    'ci_config_ref_uri',
    'ci_config_sha',
    'project_visibility',
    'user_identities',
    'iss',
    'iat',
    'nbf',
    'exp',
    'jti',
  ],
  audiences: (prefix) => [`https://${prefix}`],
  grammar: GITLAB_GRAMMAR,
  classes: ['other-owner', 'other-repo', 'repo-name-match', 'other-ids', 'new-branch', 'new-tag', 'pull-request'],
  terms: { namespace: 'group', project: 'project', projects: 'projects', change: 'merge request' },
  sources: [
    'https://docs.gitlab.com/ci/secrets/id_token_authentication/',
    'https://docs.gitlab.com/ci/cloud_services/aws/',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html',
  ],
};
