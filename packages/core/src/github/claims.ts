/**
 * Claims of GitHub's OIDC tokens and which of them AWS STS turns into condition keys
 * (spec/domain.md §1.2, §2.4).
 */

/** Claims AWS STS populates as `<prefix>:<claim>` for GitHub tokens; other keys are absent. */
export const STS_GITHUB_CLAIMS = [
  'sub',
  'aud',
  'actor',
  'actor_id',
  'enterprise_id',
  'environment',
  'job_workflow_ref',
  'ref',
  'repository',
  'repository_id',
  'repository_owner_id',
  'workflow',
] as const;
export type StsGitHubClaim = (typeof STS_GITHUB_CLAIMS)[number];

/** Claims GitHub documents in its tokens (besides the standard JWT ones). */
export const GITHUB_TOKEN_CLAIMS = [
  ...STS_GITHUB_CLAIMS,
  'iss',
  'exp',
  'iat',
  'nbf',
  'jti',
  'base_ref',
  'check_run_id',
  'enterprise',
  'event_name',
  'head_ref',
  'job_workflow_sha',
  'ref_type',
  'ref_protected',
  'repository_visibility',
  'repository_owner',
  'run_id',
  'run_number',
  'run_attempt',
  'runner_environment',
  'workflow_ref',
  'workflow_sha',
  'sha',
  'environment_node_id',
] as const;

export function isStsClaim(claim: string): claim is StsGitHubClaim {
  return (STS_GITHUB_CLAIMS as readonly string[]).includes(claim);
}

export function isGitHubClaim(claim: string): boolean {
  return (GITHUB_TOKEN_CLAIMS as readonly string[]).includes(claim) || /^repo_property_[a-z0-9_]+$/i.test(claim);
}

/** Claim names usable in a customised `sub` template (include_claim_keys), plus `repo` and `context`. */
export function isSubTemplateKey(key: string): boolean {
  return key === 'repo' || key === 'context' || isGitHubClaim(key);
}
