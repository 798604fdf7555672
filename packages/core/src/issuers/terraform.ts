import type { IssuerEntry } from './types.js';

/**
 * HCP Terraform (formerly Terraform Cloud) dynamic provider credentials.
 * - Issuer `https://app.terraform.io`; default audience `aws.workload.identity`
 *   (TFC_AWS_WORKLOAD_IDENTITY_AUDIENCE changes it per workspace);
 *   sub `organization:<org>:project:<project>:workspace:<workspace>:run_phase:<plan|apply>`
 *   (HashiCorp docs, "Dynamic credentials with the AWS provider" and "Workload identity":
 *   https://developer.hashicorp.com/terraform/cloud-docs/workspaces/dynamic-provider-credentials/aws-configuration,
 *   https://developer.hashicorp.com/terraform/cloud-docs/workspaces/dynamic-provider-credentials/workload-identity-tokens).
 * - The project part was added in 2023; the default project is "Default Project" (HashiCorp support,
 *   "Updating Workload Identity for Projects"). Tokens now always carry it.
 * - AWS STS populates no HCP Terraform claim besides sub and aud (absent from the Service
 *   Authorization Reference list): `terraform_workspace_id` and the like are absent keys.
 * - Anyone can create an HCP Terraform organisation, so other organisations are outsiders; a plan
 *   runs for every speculative plan (pull requests of a VCS-driven workspace), so a role meant for
 *   apply that also admits plan gives its credentials to unreviewed code.
 */
export const TERRAFORM: IssuerEntry = {
  id: 'terraform',
  name: 'HCP Terraform',
  private: false,
  recognise: (prefix) => (prefix === 'app.terraform.io' ? { kind: 'app.terraform.io' } : undefined),
  looksLike: (prefix) => /(^|\.)terraform\.io$/i.test(prefix),
  stsClaims: () => ['sub', 'aud'],
  tokenClaims: [
    'sub',
    'aud',
    'iss',
    'iat',
    'nbf',
    'exp',
    'jti',
    'terraform_organization_id',
    'terraform_organization_name',
    'terraform_project_id',
    'terraform_project_name',
    'terraform_workspace_id',
    'terraform_workspace_name',
    'terraform_full_workspace',
    'terraform_run_id',
    'terraform_run_phase',
  ],
  audiences: () => ['aws.workload.identity'],
  grammar: {
    facets: {
      namespace: { role: 'namespace', example: 'org', valid: /^[A-Za-z0-9_-]+$/ },
      group: { role: 'group', example: 'Default Project', valid: /^[A-Za-z0-9 _-]+$/ },
      project: { role: 'project', example: 'workspace', valid: /^[A-Za-z0-9_-]+$/ },
      phase: { role: 'phase', values: ['apply', 'plan'], example: 'apply' },
    },
    sub: ['organization:<namespace>:project:<group>:workspace:<project>:run_phase:<phase>'],
    claims: {},
  },
  classes: ['other-owner', 'other-repo', 'repo-name-match', 'run-phase'],
  terms: { namespace: 'organization', group: 'project', project: 'workspace', projects: 'workspaces' },
  sources: [
    'https://developer.hashicorp.com/terraform/cloud-docs/workspaces/dynamic-provider-credentials/aws-configuration',
    'https://developer.hashicorp.com/terraform/cloud-docs/workspaces/dynamic-provider-credentials/workload-identity-tokens',
    'https://support.hashicorp.com/hc/en-us/articles/13138701895699-Updating-Workload-Identity-for-Projects',
  ],
};
