/**
 * Slice 3: `environment:` subjects are only as strong as the environment's protection. GitHub facts
 * (docs.github.com "Managing environments for deployment"; REST "Deployment environments"):
 * GET /repos/{owner}/{repo}/environments/{name} answers `protection_rules` (a `required_reviewers`
 * rule lists its reviewers) and `deployment_branch_policy` (`{protected_branches, custom_branch_policies}`
 * or null); a workflow job that names an environment that does not exist creates it, unprotected
 * (spec/domain.md trap 26). So a missing or unprotected environment admits any branch that can run
 * the workflow.
 */
import { ruleMeta } from '../catalog/rules.js';
import type { Finding } from '../model/finding.js';
import { nodeAt } from '../model/policy.js';
import { GitHubCallError, type GitHubClient } from './client.js';
import type { GitHubFailureLog, RepoFacts } from './checks.js';
import type { NameReference } from './names.js';

export const GET_ENVIRONMENT = 'GET /repos/{owner}/{repo}/environments/{environment_name}';

export type EnvironmentFacts =
  | { exists: false }
  | { exists: true; reviewers: number; protectedBranches: boolean; customBranches: boolean };

export async function lookUpEnvironment(client: GitHubClient, fullName: string, name: string): Promise<EnvironmentFacts> {
  const [o, r] = fullName.split('/') as [string, string];
  const answer = await client.get(GET_ENVIRONMENT, `/repos/${encodeURIComponent(o)}/${encodeURIComponent(r)}/environments/${encodeURIComponent(name)}`, [404]);
  if (answer.status === 404) return { exists: false };
  const body = answer.body as { protection_rules?: unknown; deployment_branch_policy?: unknown } | undefined;
  if (typeof body !== 'object' || (body.protection_rules !== undefined && !Array.isArray(body.protection_rules))) {
    throw new GitHubCallError(GET_ENVIRONMENT, { kind: 'malformed', status: answer.status, message: 'the answer is not an environment' }, 1);
  }
  let reviewers = 0;
  for (const rule of (body.protection_rules ?? []) as { type?: unknown; reviewers?: unknown }[]) {
    if (rule.type === 'required_reviewers' && Array.isArray(rule.reviewers)) reviewers += rule.reviewers.length;
  }
  const policy = body.deployment_branch_policy as { protected_branches?: unknown; custom_branch_policies?: unknown } | null | undefined;
  return { exists: true, reviewers, protectedBranches: policy?.protected_branches === true, customBranches: policy?.custom_branch_policies === true };
}

function unprotected(ref: NameReference, fullName: string, env: string, facts: EnvironmentFacts): Finding | undefined {
  if (facts.exists && (facts.reviewers > 0 || facts.protectedBranches)) return undefined;
  const why = !facts.exists
    ? `does not exist in '${fullName}': the first workflow job that names it creates it without protection`
    : facts.customBranches
      ? `in '${fullName}' has no required reviewers and its deployment branch policy lists custom branch patterns, not only protected branches`
      : `in '${fullName}' has no required reviewers and no deployment branch policy`;
  const node = nodeAt(ref.document.root, ref.path);
  return {
    ruleId: 'github-environment-unprotected',
    severity: ruleMeta('github-environment-unprotected').defaultSeverity,
    message: `environment '${env}' ${why}; the subject '${ref.value}' is as wide as any branch that can run the workflow`,
    location: { file: node?.file ?? ref.document.file, span: (node ?? ref.document.root).span },
    path: ref.path,
    ...(ref.document.resource !== undefined ? { resource: ref.document.resource } : {}),
    properties: {
      value: ref.value,
      repository: fullName,
      environment: env,
      exists: facts.exists,
      ...(facts.exists ? { requiredReviewers: facts.reviewers, protectedBranches: facts.protectedBranches, customBranchPolicies: facts.customBranches } : {}),
    },
  };
}

/** Every literal environment a subject names, in a repository that exists. */
export async function checkEnvironments(refs: readonly NameReference[], repos: ReadonlyMap<string, RepoFacts>, client: GitHubClient, failures: GitHubFailureLog): Promise<Finding[]> {
  const out: Finding[] = [];
  const memo = new Map<string, Promise<EnvironmentFacts>>();
  for (const ref of refs) {
    if (ref.environment === undefined || ref.owner === undefined || ref.repo === undefined || /[*?]/.test(ref.environment)) continue;
    const repo = repos.get(`${ref.owner}/${ref.repo}`.toLowerCase());
    if (!repo?.exists) continue;
    // GitHub escapes ':' in claim values as %3A (spec/domain.md §1.3).
    const name = ref.environment.replace(/%3A/gi, ':');
    const key = `${repo.fullName}\n${name}`.toLowerCase();
    let p = memo.get(key);
    if (!p) {
      p = lookUpEnvironment(client, repo.fullName, name);
      memo.set(key, p);
    }
    try {
      const f = unprotected(ref, repo.fullName, name, await p);
      if (f) out.push(f);
    } catch (err) {
      if (!(err instanceof GitHubCallError)) throw err;
      failures.record(err, `environment ${name} of ${repo.fullName}`, 'whether it is protected is unknown', ref);
    }
  }
  return out;
}
