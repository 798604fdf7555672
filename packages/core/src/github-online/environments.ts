/**
 * Slice 3: `environment:` subjects are only as strong as the environment's protection. GitHub facts
 * (docs.github.com "Managing environments for deployment"; REST "Deployment environments"):
 * GET /repos/{owner}/{repo}/environments/{name} answers `protection_rules` (a `required_reviewers`
 * rule lists its reviewers) and `deployment_branch_policy` (`{protected_branches, custom_branch_policies}`
 * or null); a workflow job that names an environment that does not exist creates it, unprotected
 * (spec/domain.md trap 26). So a missing or unprotected environment admits any branch that can run
 * the workflow.
 *
 * Custom deployment branch policies (`custom_branch_policies: true`) are read
 * (GET …/environments/{name}/deployment-branch-policies: `branch_policies[]` of `{name, type}`, `type`
 * `branch` or `tag`, paginated; REST "Deployment branch policies"). Their `name` is a Ruby
 * `File.fnmatch` pattern whose wildcards do not match `/`, matched against the run's ref (GitHub docs,
 * "Deployments and environments": "Deployment branches and tags"). The environment counts as protected
 * only when every pattern is a literal branch name that GitHub lists as protected
 * (GET /repos/{owner}/{repo}/branches?protected=true: "branches protected by branch protections or
 * rulesets"). A wildcard pattern admits any new branch named like it, which a writer can push (whether
 * a protection rule covers the pattern needs admin rights to read); a tag pattern admits any tag a
 * writer pushes (tag rulesets are not read). An empty list admits no ref: nothing deploys.
 */
import { ruleMeta } from '../catalog/rules.js';
import type { Finding } from '../model/finding.js';
import { nodeAt } from '../model/policy.js';
import { GitHubCallError, type GitHubClient } from './client.js';
import type { GitHubFailureLog, RepoFacts } from './checks.js';
import type { NameReference } from './names.js';

export const GET_ENVIRONMENT = 'GET /repos/{owner}/{repo}/environments/{environment_name}';
export const LIST_BRANCH_POLICIES = 'GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies';
export const LIST_PROTECTED_BRANCHES = 'GET /repos/{owner}/{repo}/branches?protected=true';

/** One custom deployment branch or tag policy. */
export interface BranchPolicy {
  name: string;
  type: 'branch' | 'tag';
}

/** A pattern of a custom policy and why it admits a ref that is not protected. */
export interface OpenPattern {
  pattern: string;
  type: 'branch' | 'tag';
  why: 'wildcard' | 'unprotected-branch' | 'tag';
}

/** fnmatch metacharacters (Ruby File.fnmatch: * ? [ ] { } and the escape \\). */
const FNMATCH_META = /[*?[\]{}\\]/;

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

export async function listBranchPolicies(client: GitHubClient, fullName: string, name: string): Promise<BranchPolicy[]> {
  const [o, r] = fullName.split('/') as [string, string];
  const path = `/repos/${encodeURIComponent(o)}/${encodeURIComponent(r)}/environments/${encodeURIComponent(name)}/deployment-branch-policies`;
  const { items, truncated } = await client.getPaged(LIST_BRANCH_POLICIES, path, (body) => {
    const list = (body as { branch_policies?: unknown } | undefined)?.branch_policies;
    return Array.isArray(list) ? (list as unknown[]) : undefined;
  });
  if (truncated) throw truncated;
  return items.map((item) => {
    const p = item as { name?: unknown; type?: unknown } | null;
    if (typeof p?.name !== 'string' || p.name === '' || (p.type !== undefined && p.type !== 'branch' && p.type !== 'tag')) {
      throw new GitHubCallError(LIST_BRANCH_POLICIES, { kind: 'malformed', message: 'a branch policy has no name or an unknown type' }, 1);
    }
    // Policies made before tag policies existed have no type: they are branch policies.
    return { name: p.name, type: p.type === 'tag' ? 'tag' : 'branch' };
  });
}

export async function listProtectedBranches(client: GitHubClient, fullName: string): Promise<Set<string>> {
  const [o, r] = fullName.split('/') as [string, string];
  const { items, truncated } = await client.getPaged(LIST_PROTECTED_BRANCHES, `/repos/${encodeURIComponent(o)}/${encodeURIComponent(r)}/branches?protected=true`, (body) =>
    Array.isArray(body) ? (body as unknown[]) : undefined,
  );
  if (truncated) throw truncated;
  const out = new Set<string>();
  for (const item of items) {
    const b = item as { name?: unknown; protected?: unknown } | null;
    if (typeof b?.name === 'string' && b.protected !== false) out.add(b.name);
  }
  return out;
}

/** The patterns that admit a ref that is not protected (empty: every pattern names a protected branch). */
export function openPatterns(policies: readonly BranchPolicy[], protectedBranches: ReadonlySet<string>): OpenPattern[] {
  const out: OpenPattern[] = [];
  for (const p of policies) {
    if (p.type === 'tag') out.push({ pattern: p.name, type: 'tag', why: 'tag' });
    else if (FNMATCH_META.test(p.name)) out.push({ pattern: p.name, type: 'branch', why: 'wildcard' });
    else if (!protectedBranches.has(p.name)) out.push({ pattern: p.name, type: 'branch', why: 'unprotected-branch' });
  }
  return out;
}

function describeOpen(o: OpenPattern): string {
  if (o.why === 'tag') return `tag pattern '${o.pattern}' (any matching tag a writer pushes)`;
  if (o.why === 'wildcard') return `'${o.pattern}' (a pattern: any new branch named like it)`;
  return `'${o.pattern}' (not a protected branch)`;
}

function unprotected(ref: NameReference, fullName: string, env: string, facts: EnvironmentFacts, open?: readonly OpenPattern[]): Finding | undefined {
  if (facts.exists && (facts.reviewers > 0 || facts.protectedBranches)) return undefined;
  if (facts.exists && facts.customBranches && open !== undefined && open.length === 0) return undefined;
  const why = !facts.exists
    ? `does not exist in '${fullName}': the first workflow job that names it creates it without protection`
    : facts.customBranches
      ? `in '${fullName}' has no required reviewers and its deployment branch policy admits refs that are not protected: ${(open ?? []).map(describeOpen).join(', ')}`
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
      ...(open !== undefined && open.length > 0 ? { openPatterns: open.map((o) => `${o.type}:${o.pattern}`) } : {}),
    },
  };
}

/** Every literal environment a subject names, in a repository that exists. */
export async function checkEnvironments(refs: readonly NameReference[], repos: ReadonlyMap<string, RepoFacts>, client: GitHubClient, failures: GitHubFailureLog): Promise<Finding[]> {
  const out: Finding[] = [];
  const memo = new Map<string, Promise<EnvironmentFacts>>();
  const policyMemo = new Map<string, Promise<BranchPolicy[]>>();
  const branchMemo = new Map<string, Promise<Set<string>>>();
  const once = <T>(m: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> => {
    let p = m.get(key);
    if (!p) {
      p = make();
      m.set(key, p);
    }
    return p;
  };
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
    let facts: EnvironmentFacts;
    try {
      facts = await p;
    } catch (err) {
      if (!(err instanceof GitHubCallError)) throw err;
      failures.record(err, `environment ${name} of ${repo.fullName}`, 'whether it is protected is unknown', ref);
      continue;
    }
    let open: OpenPattern[] | undefined;
    if (facts.exists && facts.reviewers === 0 && !facts.protectedBranches && facts.customBranches) {
      try {
        const policies = await once(policyMemo, key, () => listBranchPolicies(client, repo.fullName, name));
        const literal = policies.some((x) => x.type === 'branch' && !FNMATCH_META.test(x.name));
        const branches = literal ? await once(branchMemo, repo.fullName.toLowerCase(), () => listProtectedBranches(client, repo.fullName)) : new Set<string>();
        open = openPatterns(policies, branches);
      } catch (err) {
        if (!(err instanceof GitHubCallError)) throw err;
        failures.record(err, `the deployment branch policies of environment ${name} of ${repo.fullName}`, 'whether its patterns admit only protected branches is unknown', ref);
        continue;
      }
    }
    const f = unprotected(ref, repo.fullName, name, facts, open);
    if (f) out.push(f);
  }
  return out;
}
