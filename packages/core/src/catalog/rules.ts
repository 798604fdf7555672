import type { Severity } from '../model/finding.js';

export type RuleCategory = 'trust-scope' | 'trust' | 'workflow' | 'long-lived-keys' | 'online' | 'input';

/** Rule metadata as data: the one source for docs headers, the README table, SARIF, ESLint and the config schema. */
export interface RuleMeta {
  id: string;
  title: string;
  defaultSeverity: Severity;
  category: RuleCategory;
  /** One sentence: when the rule fires. */
  description: string;
  /** Severity variants applied when the user has not configured the rule. */
  variants?: string;
  /** Issue of the roadmap that brings the rule when it is not implemented in this version. */
  availableFrom?: string;
}

export const CATALOG: readonly RuleMeta[] = [
  {
    id: 'oidc-any-owner',
    title: 'Any GitHub repository can assume the role',
    defaultSeverity: 'error',
    category: 'trust-scope',
    description:
      'A repository of another owner gets in: no sub restriction, aud only, `*`, `repo:*`, an owner prefix without a slash, a loose value in a list, negated-only or Null-only conditions, ForAllValues or IfExists conditions on keys that can be absent, or a second unrestricted Allow.',
  },
  {
    id: 'oidc-reusable-workflow-only',
    title: 'Only job_workflow_ref restricts who can assume the role',
    defaultSeverity: 'warning',
    category: 'trust-scope',
    description:
      'Any repository that can call the named reusable workflow gets in; who can call it depends on its repository visibility, which the policy cannot show.',
  },
  {
    id: 'oidc-owner-wide',
    title: 'Every repository of the owner can assume the role',
    defaultSeverity: 'warning',
    category: 'trust-scope',
    description:
      'Another repository of the same owner gets in: `repo:acme/*`, a customised sub of `repository_owner:acme` or `repository_owner_id:123`, or `repository_owner_id` as the only restriction.',
  },
  {
    id: 'oidc-repo-prefix',
    title: 'A wildcard in the repository name admits other repositories',
    defaultSeverity: 'warning',
    category: 'trust-scope',
    description: 'Another repository of the owner whose name matches a wildcard (`repo:acme/app*`, `repo:acme/ap?`) gets in.',
  },
  {
    id: 'oidc-id-wildcard',
    title: 'Wildcarded immutable ids re-open name recycling',
    defaultSeverity: 'warning',
    category: 'trust-scope',
    description:
      'The same owner and repository names with other immutable ids get in (`repo:acme@*/app@*:…`): whoever re-registers a deleted name can assume the role.',
  },
  {
    id: 'oidc-any-context',
    title: 'Any branch, environment or pull request of the repository can assume the role',
    defaultSeverity: 'warning',
    category: 'trust-scope',
    description: 'The named repository gets in from a new branch and from a new environment or a pull request (`repo:acme/app:*`).',
  },
  {
    id: 'oidc-pull-request',
    title: 'Pull-request runs can assume the role',
    defaultSeverity: 'warning',
    category: 'trust-scope',
    description: 'The `pull_request` subject is admitted: code from any same-repository pull-request branch runs with the role.',
  },
  {
    id: 'oidc-ref-wildcard',
    title: 'A wildcard admits new branches, tags or environments',
    defaultSeverity: 'warning',
    category: 'trust-scope',
    description:
      'A new name within one context kind gets in: `ref:refs/heads/*`, `ref:refs/heads/main*`, `ref:refs/tags/v*`, `environment:*`.',
  },
  {
    id: 'oidc-stringequals-wildcard',
    title: 'StringEquals value contains a wildcard',
    defaultSeverity: 'error',
    category: 'trust',
    description:
      'A `StringEquals`/`StringEqualsIgnoreCase` value contains `*` or `?`, which are literal there: the value never matches as meant and the role is unusable for it.',
  },
  {
    id: 'oidc-key-mismatch',
    title: 'Condition key does not belong to the trusted provider',
    defaultSeverity: 'error',
    category: 'trust',
    description:
      'A condition key whose prefix does not match the trusted provider, or a misspelt key of a known claim: the check is void or the role unusable.',
    variants: 'warning for a well-formed GitHub claim key that AWS STS does not populate',
  },
  {
    id: 'oidc-audience',
    title: 'Audience is not restricted',
    defaultSeverity: 'warning',
    category: 'trust',
    description: 'No `aud` condition, or a wildcard `aud`.',
    variants:
      'error when the `aud` values cannot be satisfied by the provider\'s client-id list; info when `aud` is missing but the provider in the scan only accepts the configured audiences',
  },
  {
    id: 'oidc-set-operator',
    title: 'Set operator on a single-valued GitHub key',
    defaultSeverity: 'warning',
    category: 'trust',
    description: '`ForAllValues:`/`ForAnyValue:` on single-valued GitHub keys; `ForAllValues` is true when the key is absent.',
  },
  {
    id: 'oidc-subject-unmatchable',
    title: 'No GitHub token can carry this subject',
    defaultSeverity: 'warning',
    category: 'trust',
    description:
      'A `sub` value in neither the default, the immutable nor a customised format (`…:ref/refs/heads/main`, a bare `…:main`, a name ending in `.git`): the role is broken for that value.',
  },
  {
    id: 'oidc-unresolved',
    title: 'A value that decides the verdict could not be resolved',
    defaultSeverity: 'warning',
    category: 'trust',
    description:
      'An unresolved variable, parameter or placeholder, a duplicate JSON key or an unresolved condition operator name feeds a condition value or an action; the message says what was assumed.',
  },
  {
    id: 'trust-invalid-policy',
    title: 'IAM rejects this trust policy',
    defaultSeverity: 'error',
    category: 'trust',
    description:
      'Something IAM refuses at CreateRole / UpdateAssumeRolePolicy (MalformedPolicyDocument): an unknown or mis-cased condition operator (`stringLike`), or `Resource`/`NotResource` in a trust policy. No scope verdict is made on such a policy.',
  },
  {
    id: 'trust-wildcard-principal',
    title: 'Wildcard principal in a trust policy',
    defaultSeverity: 'error',
    category: 'trust',
    description:
      '`"Principal": "*"` or `{"AWS": "*"}` with `sts:AssumeRoleWithWebIdentity`, or with `sts:AssumeRole` and no `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:PrincipalArn` or `aws:SourceAccount` condition.',
  },
  {
    id: 'oidc-provider-audience',
    title: 'OIDC provider does not accept sts.amazonaws.com',
    defaultSeverity: 'error',
    category: 'trust',
    description:
      "An OIDC provider resource for a GitHub issuer whose client-id list lacks `sts.amazonaws.com` (or the configured audiences).",
  },
  {
    id: 'workflow-static-aws-keys',
    title: 'Long-lived AWS keys reach a job',
    defaultSeverity: 'error',
    category: 'workflow',
    description:
      'AWS key inputs of any action (`aws-access-key-id`, `aws_secret_access_key`, … in `with:`), `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` in env, or `aws configure set aws_access_key_id` with a literal, `secrets.*` or `vars.*` value.',
  },
  {
    id: 'workflow-missing-id-token',
    title: 'Job assumes a role via OIDC without id-token: write',
    defaultSeverity: 'error',
    category: 'workflow',
    description: "A step assumes a role via OIDC but the job's effective permissions lack `id-token: write`.",
    variants: 'warning when `runs-on` is self-hosted or the job is in a `workflow_call` workflow',
  },
  {
    id: 'workflow-untrusted-trigger-oidc',
    title: 'id-token: write where untrusted code runs',
    defaultSeverity: 'error',
    category: 'workflow',
    description:
      '`id-token: write` in a job run by `pull_request_target`, `workflow_run` or `issue_comment` that also checks out or downloads code it did not write.',
    variants: 'warning when no such step is visible',
  },
  {
    id: 'workflow-unpinned-action',
    title: 'Unpinned action in a job with AWS credentials',
    defaultSeverity: 'warning',
    category: 'workflow',
    description:
      'In a job that obtains AWS credentials, an action, reusable workflow or docker image not pinned to a full commit SHA or digest.',
  },
  {
    id: 'workflow-id-token-scope',
    title: 'id-token: write granted to jobs that do not need it',
    defaultSeverity: 'warning',
    category: 'workflow',
    description: '`id-token: write` (or `write-all`) at workflow level reaches jobs that do not assume a role.',
  },
  {
    id: 'workflow-role-mismatch',
    title: "Role's trust policy admits none of the job's subjects",
    defaultSeverity: 'error',
    category: 'workflow',
    description:
      'The role a job assumes is defined in the scanned IaC and its trust policy admits none of the subjects the job can present: the deploy will fail.',
    variants: 'info when the repository is unknown or a sub pattern is not in a default format',
  },
  {
    id: 'workflow-audience-mismatch',
    title: "Job's audience is not admitted by the role",
    defaultSeverity: 'error',
    category: 'workflow',
    description: "The job's `audience` input is not admitted by the role's `aud` condition.",
  },
  {
    id: 'iac-access-key',
    title: 'IaC creates a long-lived access key',
    defaultSeverity: 'warning',
    category: 'long-lived-keys',
    description: 'Terraform `aws_iam_access_key`, CloudFormation `AWS::IAM::AccessKey` or CDK `iam.AccessKey`.',
  },
  {
    id: 'secret-aws-access-key',
    title: 'AWS access key written in a file',
    defaultSeverity: 'error',
    category: 'long-lived-keys',
    description:
      'A literal access key id (long-term `AKIA…`, temporary `ASIA…`, or `ABIA`, `ACCA`, `A3T?`), or a 40-character secret assigned to a secret-key name, in any scanned file; every output masks all but the last four characters.',
    variants: "info for AWS's documented example key",
  },
  {
    id: 'aws-user-access-key',
    title: 'IAM user with an active access key',
    defaultSeverity: 'warning',
    category: 'long-lived-keys',
    description: 'Live scan: an IAM user has an active access key (age and last use in the message).',
  },
  {
    id: 'access-analyzer',
    title: 'IAM Access Analyzer finding',
    defaultSeverity: 'warning',
    category: 'online',
    description: 'Each ValidatePolicy finding, with its issueCode.',
    variants: 'error for ERROR and SECURITY_WARNING, info for SUGGESTION',
  },
  {
    id: 'access-analyzer-public',
    title: 'Access Analyzer: trust policy grants public access',
    defaultSeverity: 'error',
    category: 'online',
    description: 'CheckNoPublicAccess returns FAIL for a trust policy (opt-in: a charged call).',
  },
  {
    id: 'aws-check-failed',
    title: 'An AWS call failed',
    defaultSeverity: 'warning',
    category: 'online',
    description: 'An AWS call failed or was cut short: AccessDenied names the missing permission; network, 5xx or throttling after retries; an answer that is not an AWS answer; a listing at its cap; the time limit (--timeout) expired.',
  },
  {
    id: 'parse-error',
    title: 'File cannot be parsed',
    defaultSeverity: 'error',
    category: 'input',
    description:
      "A workflow, a `*.tf`/`*.tf.json`, a `*.template`, or an explicitly named file cannot be parsed; the location is the parser's. Walked `*.json`, `*.y{a,}ml` and `*.tpl` files that do not parse are skipped.",
  },
  {
    id: 'input-error',
    title: 'File could not be read or analysed',
    defaultSeverity: 'error',
    category: 'input',
    description:
      'A file of a kind trustlint analyses (trust policy, Terraform, plan, CloudFormation, workflow) could not be read or analysed completely: a size, depth, YAML alias or evaluation-step cap, unreadable, not UTF-8, not a regular file, a symbolic link loop or a link out of the scanned tree, or an internal error. The gate fails closed. Files of no recognised kind give no finding; the summary counts them.',
  },
  {
    id: 'unused-suppression',
    title: 'Suppression comment that suppresses nothing',
    defaultSeverity: 'warning',
    category: 'input',
    description:
      'A `trustlint-ignore` comment has no reason after `--`, names no rule or an unknown rule id, or names a rule with no finding on the line below it: it suppresses nothing, or no longer does.',
  },
];

export type RuleId = (typeof CATALOG)[number]['id'];

const BY_ID = new Map(CATALOG.map((r) => [r.id, r]));

export function ruleMeta(id: string): RuleMeta {
  const meta = BY_ID.get(id);
  if (!meta) throw new Error(`unknown rule id ${id}`);
  return meta;
}

export function isRuleId(id: string): boolean {
  return BY_ID.has(id);
}

/** Scope rules in the order spec/rules.md gives: the first admitted class is the one reported. */
export const SCOPE_ORDER = [
  'oidc-any-owner',
  'oidc-reusable-workflow-only',
  'oidc-owner-wide',
  'oidc-repo-prefix',
  'oidc-id-wildcard',
  'oidc-any-context',
  'oidc-pull-request',
  'oidc-ref-wildcard',
] as const;
export type ScopeRuleId = (typeof SCOPE_ORDER)[number];

/** The project's home: the README, and the rule pages under docs/rules/. */
export const PROJECT_URL = 'https://github.com/trustlint/trustlint';

/** The docs page of a rule (SARIF `helpUri`, ESLint `meta.docs.url`). */
export function ruleDocsUrl(id: string): string {
  return `${PROJECT_URL}/blob/main/docs/rules/${id}.md`;
}

/**
 * GitHub code scanning ranks and filters security alerts by the rule's `security-severity`: over 9.0
 * is critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 3.9 or less low. Derived here, once, from the
 * category and the default severity: an outsider assuming the role, a leaked key or public access is
 * critical; other errors are high; warnings medium; infos and problems with the input itself low.
 */
const SECURITY_SEVERITY: Readonly<Record<RuleCategory, Readonly<Record<Severity, number>>>> = {
  'trust-scope': { error: 9.3, warning: 6.5, info: 2.0 },
  trust: { error: 8.1, warning: 5.3, info: 2.0 },
  workflow: { error: 8.1, warning: 5.3, info: 2.0 },
  'long-lived-keys': { error: 9.1, warning: 5.3, info: 2.0 },
  online: { error: 9.3, warning: 5.3, info: 2.0 },
  input: { error: 3.9, warning: 3.0, info: 1.0 },
};

/** The rule's `security-severity` as SARIF carries it: a number in a string, e.g. "9.3". */
export function securitySeverity(rule: Pick<RuleMeta, 'category' | 'defaultSeverity'>): string {
  return SECURITY_SEVERITY[rule.category][rule.defaultSeverity].toFixed(1);
}

export type RulePrecision = 'very-high' | 'high' | 'medium' | 'low';

/**
 * How often a finding of the rule is a true positive (SARIF `precision`, shown by code scanning). Scope
 * findings carry a witness token the evaluator admits; input findings state what happened to a file;
 * the rest match documented patterns that a setting elsewhere (a protected environment, an account
 * boundary) can make harmless.
 */
export function rulePrecision(rule: Pick<RuleMeta, 'category'>): RulePrecision {
  return rule.category === 'trust-scope' || rule.category === 'input' ? 'very-high' : 'high';
}
