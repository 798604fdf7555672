import type { OutsiderClass } from '../github/witness.js';

/**
 * The issuer registry (issue 18): what trustlint knows about one CI system's OIDC tokens, as data.
 * The evaluator is issuer-independent; everything issuer-specific (how a provider URL is recognised,
 * which claims AWS STS turns into condition keys, the `sub` grammar, who the outsiders are) lives in
 * one entry. Sources are cited per entry and summarised in docs/issuers.md.
 */

/** What a recognised provider prefix says about its issuer. */
export interface IssuerMatch {
  /** Sub-kind of the issuer, e.g. `gitlab.com` vs `self-managed`; GitHub uses its IssuerKind values. */
  kind: string;
  /** Private issuers only: the organisation (or workspace) the URL names, e.g. a CircleCI org id. */
  organisation?: string;
}

/** What a policy says under one provider's keys, for recognising an issuer the URL does not name. */
export interface IssuerEvidence {
  /** The `sub` values (patterns as written). */
  subs?: readonly string[];
  /** Bare claim names the policy's keys test. */
  claims?: readonly string[];
}

/**
 * A role a `sub` facet plays for outsider classes. Facets are the named parts of a token the
 * grammar is built from (`{namespace}` in `project_path:{namespace}/{project}:…`).
 */
export type FacetRole =
  /** The top-level owner: GitLab group or user namespace, HCP/Buildkite organisation, CircleCI org. */
  | 'namespace'
  | 'namespace-id'
  /** A grouping between namespace and project (HCP Terraform project). */
  | 'group'
  /** The unit a role means to trust: GitLab project, HCP workspace, Buildkite pipeline, CircleCI project, Bitbucket repository. */
  | 'project'
  | 'project-id'
  | 'ref-type'
  | 'ref'
  | 'environment'
  /** HCP Terraform run phase (plan / apply). */
  | 'phase'
  /** Whether the ref is protected (GitLab `ref_protected`): true only for protected branches and tags. */
  | 'protected'
  /** How the pipeline was started (GitLab `pipeline_source`): merge requests are `merge_request_event`. */
  | 'source'
  /** Chosen by whoever runs the job (user, commit, step, cluster, …). */
  | 'free';

export interface FacetSpec {
  role: FacetRole;
  /** Closed value sets (`ref_type`: branch, tag; `run_phase`: plan, apply). */
  values?: readonly string[];
  /** A neutral value for witnesses when the policy names none. */
  example: string;
  /** Valid concrete values (a witness never carries a value no token can). */
  valid?: RegExp;
}

/** A `sub` grammar of `label:{facet}` templates and the other claims STS populates, built from the same facets. */
export interface SubGrammar {
  facets: Readonly<Record<string, FacetSpec>>;
  /**
   * `sub` templates the issuer mints, newest first, with `<facet>` placeholders (angle brackets:
   * Bitbucket's values carry braces). Between two placeholders joined by `/` (GitLab's
   * `<namespace>/<project>`), the split is at the last `/`: namespaces nest, project names do not.
   */
  sub: readonly string[];
  /** Condition-key claims (bare names) other than sub and aud, as `<facet>` templates. */
  claims: Readonly<Record<string, string>>;
}

/** Words for messages: "any GitLab project outside group acme". */
export interface IssuerTerms {
  namespace: string;
  group?: string;
  project: string;
  /** Plural of project. */
  projects: string;
  /** What a pull/merge request is called. */
  change?: string;
}

export interface IssuerEntry {
  /** Registry id: `github`, `gitlab`, `terraform`, `buildkite`, `circleci`, `bitbucket`, or a configured name. */
  id: string;
  /** Display name: "GitLab", "HCP Terraform". */
  name: string;
  /**
   * Private issuers are one per organisation (the URL names it): tokens of other organisations come
   * from other issuers, so "another organisation" is never an outsider of the role.
   */
  private: boolean;
  /** Recognises a provider prefix (provider URL without `https://`, host lower-cased). */
  recognise(prefix: string): IssuerMatch | undefined;
  /**
   * True when a condition-key prefix plausibly belongs to this issuer (to spot keys of the wrong
   * provider). With `evidence`, what a policy says under that prefix may tip it (GitLab: subjects
   * in GitLab's `project_path:` format) for hosts the prefix alone does not name.
   */
  looksLike(prefix: string, evidence?: IssuerEvidence): boolean;
  /** Claims AWS STS populates as `<prefix>:<claim>` for this issuer's tokens (always includes sub and aud). */
  stsClaims(match: IssuerMatch): readonly string[];
  /** Claims the issuer documents in its tokens (a superset of stsClaims; the others are absent keys). */
  tokenClaims: readonly string[];
  /** The audiences the issuer's AWS guide configures (the job may request others: aud is the requester's choice). */
  audiences(prefix: string, match: IssuerMatch): readonly string[];
  /** The `sub` grammar (undefined for GitHub, whose grammar is github/subject.ts). */
  grammar?: SubGrammar;
  /** Outsider classes that exist for this issuer (github/witness.ts names), in precedence order. */
  classes: readonly OutsiderClass[];
  terms: IssuerTerms;
  /** Sources of the facts above. */
  sources: readonly string[];
}
