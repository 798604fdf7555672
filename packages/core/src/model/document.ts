import type { PolicyObject } from './policy.js';
import type { SourceLocation } from './span.js';

/** Input kinds recognised by discovery (spec/cli.md "Discovery"). */
export type InputKind =
  | 'policy'
  | 'policy-template'
  | 'terraform'
  | 'terraform-plan'
  | 'cloudformation'
  | 'workflow'
  | 'composite-action';

/** A trust policy found in some source, in the format-independent model. */
export interface TrustPolicyDocument {
  kind: 'trust-policy';
  file: string;
  /** Terraform address, `Resources.<LogicalId>`, ARN; absent for a bare policy file. */
  resource?: string;
  /** Role name when known (used in messages, `explain FILE:ROLE` and cross-checks). */
  roleName?: string;
  root: PolicyObject;
  /** Where the whole policy is written (the heredoc, the resource block, the file). */
  location: SourceLocation;
  /** Where the path [] (the document object) sits, for findings on missing elements. */
  sourceKind: InputKind | 'live';
}

/** An IAM OIDC identity provider resource (IaC or live). */
export interface OidcProviderDocument {
  kind: 'oidc-provider';
  file: string;
  resource?: string;
  url: string;
  clientIds: { value: string; location: SourceLocation | null }[];
  location: SourceLocation | null;
}

export type ModelDocument = TrustPolicyDocument | OidcProviderDocument;
