import type { RelatedLocation } from './finding.js';
import type { PolicyObject } from './policy.js';
import type { SourceLocation } from './span.js';
import type { GitLabPipelineDocument } from './gitlab-ci.js';
import type { WorkflowDocument } from './workflow.js';

/** Input kinds recognised by discovery (spec/cli.md "Discovery"). */
export type InputKind =
  | 'policy'
  | 'policy-template'
  | 'terraform'
  | 'terraform-plan'
  | 'cloudformation'
  | 'workflow'
  | 'composite-action'
  | 'gitlab-ci';

/** A trust policy found in some source, in the format-independent model. */
export interface TrustPolicyDocument {
  kind: 'trust-policy';
  file: string;
  /** Terraform address, `Resources.<LogicalId>`, ARN; absent for a bare policy file. */
  resource?: string;
  /** Role name when known (used in messages, `explain FILE:ROLE` and cross-checks). */
  roleName?: string;
  /**
   * The file that declares the resource, when the policy is written in another one (a Terraform role
   * whose policy comes from file()/templatefile()): `explain FILE:ROLE` names the role by it.
   */
  resourceFile?: string;
  /**
   * When a source had to render several variants of one policy (a CloudFormation `Fn::If` on an
   * unknown condition, Terraform's two renderings of repeated condition blocks), which one this is.
   */
  variant?: string;
  root: PolicyObject;
  /** Where else this policy is written (the `.tf` resource a plan's resource was planned from): every finding on it carries these. */
  related?: RelatedLocation[];
  /** Where the whole policy is written (the heredoc, the resource block, the file). */
  location: SourceLocation;
  /** Where the path [] (the document object) sits, for findings on missing elements. */
  sourceKind: InputKind | 'live';
}

/** An IAM OIDC identity provider resource (IaC or live). */
export interface OidcProviderDocument {
  kind: 'oidc-provider';
  file: string;
  /** Terraform address, `Resources.<LogicalId>`, or the ARN for live providers. */
  resource?: string;
  /** The provider URL as written (with or without https://); may contain unresolved markers. */
  url: string;
  /** Where the URL is written. */
  urlLocation: SourceLocation | null;
  /**
   * The client-id (audience) list; `unresolved` when it cannot be known statically (then rules do
   * not judge it). Each value may contain unresolved markers.
   */
  clientIds: { value: string; location: SourceLocation | null }[] | 'unresolved';
  /** Where the client-id list is written (or the resource, when the list is missing). */
  clientIdsLocation: SourceLocation | null;
  /** Where else the list matters (a module's argument, when a caller passed the list in). */
  clientIdsRelated?: RelatedLocation[];
  location: SourceLocation | null;
  sourceKind: InputKind | 'live';
}

/** A long-lived access key created by IaC (Terraform aws_iam_access_key, AWS::IAM::AccessKey, CDK). */
export interface AccessKeyDocument {
  kind: 'access-key';
  file: string;
  resource: string;
  location: SourceLocation;
  /** The IAM user the key belongs to, when known (only adds context to messages). */
  userName?: string;
  sourceKind: InputKind | 'live';
}

export type ModelDocument = TrustPolicyDocument | OidcProviderDocument | AccessKeyDocument | WorkflowDocument | GitLabPipelineDocument;
