/**
 * The GitHub online checks (`check --github`, `aws scan --github`). Reached only through the online
 * entry (aws/index.ts, loaded by `loadOnlineChecks`), so an offline run never loads it.
 */
import { applyConfig, compareOnlineFindings } from '../aws/findings.js';
import { startOnlineRun, type RunOptions } from '../aws/run.js';
import type { TrustlintConfig } from '../config.js';
import type { ModelDocument, TrustPolicyDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { checkNames, GitHubFailureLog, Lookups } from './checks.js';
import { GitHubClient, type CallCount, type GitHubClientOptions } from './client.js';
import { checkEnvironments } from './environments.js';
import { checkTemplates } from './templates.js';

export { defaultCacheDir, EtagCache } from './cache.js';
export { DEFAULT_GITHUB_API, GitHubCallError, GitHubClient, nextLink } from './client.js';
export type { CallCount, GitHubAnswer, GitHubClientOptions, GitHubError, GitHubErrorKind } from './client.js';
export { checkNames, GitHubFailureLog, Lookups, lookUpOwner, lookUpRepo, migration } from './checks.js';
export type { NameCheckResult, OwnerFacts, RepoFacts } from './checks.js';
export { checkEnvironments, GET_ENVIRONMENT, lookUpEnvironment, type EnvironmentFacts } from './environments.js';
export { checkTemplates, DEFAULT_TEMPLATE, GET_ORG_SUB, GET_REPO_SUB, repoTemplate, templateFindings, type SubTemplate } from './templates.js';
export { nameReferences, type NameForm, type NameReference } from './names.js';
// `fix --github --immutable` (the edit lives with the fix engine; it needs the online findings).
export { planImmutableFixes, type ImmutableMigration, type ImmutablePlan } from '../fix/immutable.js';

export interface GitHubCheckOptions extends RunOptions, GitHubClientOptions {
  config?: TrustlintConfig;
}

export interface GitHubCheckResult {
  /** github-* findings after the configuration step, sorted. */
  findings: Finding[];
  suppressed: number;
  stats: CallCount;
  /** Owner and repository names looked up. */
  names: number;
}

/** Every GitHub check on the trust policies of an analysis. */
export async function runGitHubChecks(documents: readonly ModelDocument[], options: GitHubCheckOptions = {}): Promise<GitHubCheckResult> {
  const run = startOnlineRun(options);
  try {
    const client = new GitHubClient(run, options);
    const lookups = new Lookups(client);
    const failures = new GitHubFailureLog();
    const trust = documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy');
    const config = options.config ?? {};
    const names = await checkNames(trust, config, lookups, failures, options.apiUrl !== undefined);
    const templates = await checkTemplates(names.references, names.owners, names.repos, client, failures);
    const environments = await checkEnvironments(names.references, names.repos, client, failures);
    const configured = applyConfig([...names.findings, ...templates, ...environments, ...failures.findings()], config);
    return {
      findings: configured.findings.sort(compareOnlineFindings),
      suppressed: configured.suppressed,
      stats: client.stats,
      names: names.owners.size + names.repos.size,
    };
  } finally {
    run.close();
  }
}
