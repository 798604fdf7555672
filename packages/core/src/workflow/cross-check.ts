import type { TrustlintConfig } from '../config.js';
import type { ModelDocument, TrustPolicyDocument } from '../model/document.js';
import { repositoryRoot } from '../sources/workflow/link.js';
import { runContexts, type RunContext } from './contexts.js';
import { roleUses, trustPoliciesFor, type RoleUse } from './role-uses.js';
import { searchToken, type JobIdentity, type SearchOutcome } from './token-search.js';

/** The verdict on one OIDC role assumption whose role is defined in the scan. */
export interface CrossCheck {
  use: RoleUse;
  policies: TrustPolicyDocument[];
  verdict: 'admitted' | 'role-mismatch' | 'audience-mismatch';
  /** `workflow-role-mismatch` severity: info unless the repository is known and all subjects are default-format. */
  severity: 'error' | 'info';
  /** What the job presents, for messages (`repo:acme/app:environment:prod`). */
  subjects: string[];
  /** The audience the step requests; undefined when it is an expression. */
  audience?: string;
  noProvider: boolean;
  repositoryKnown: boolean;
  customSubjects: boolean;
}

const DEFAULT_AUDIENCE = 'sts.amazonaws.com';

export function parseRepository(value: string | undefined): { owner: string; repo: string } | undefined {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(value?.trim() ?? '');
  return m?.[1] && m[2] ? { owner: m[1], repo: m[2].replace(/\.git$/, '') } : undefined;
}

export function jobIdentity(use: RoleUse, config: TrustlintConfig): JobIdentity {
  const repository = parseRepository(config.repository);
  const file = use.workflow.file.replace(/\\/g, '/');
  const root = repositoryRoot(file);
  const workflowPath = root !== undefined ? file.slice(root.length) : undefined;
  const name = use.workflow.name;
  const workflowName = name ? (name.kind === 'literal' ? name.text : undefined) : workflowPath;
  return {
    ...(repository ? { repository } : {}),
    ...(workflowPath ? { workflowPath } : {}),
    ...(workflowName !== undefined ? { workflowName } : {}),
    ...(use.job.environment ? { environment: use.job.environment.name } : {}),
    contexts: runContexts(use.workflow.triggers),
  };
}

function refText(c: RunContext): string {
  const r = c.ref;
  const filtered = (kind: 'heads' | 'tags', include?: string[], ignore?: string[]): string[] => {
    const any = kind === 'heads' ? '<any branch>' : '<any tag>';
    if (include) return include.filter((p) => !p.startsWith('!')).map((p) => `ref:refs/${kind}/${p}`);
    return [`ref:refs/${kind}/${ignore ? `${any.slice(0, -1)} but ${ignore.join(', ')}>` : any}`];
  };
  if (r.kind === 'branch') return filtered('heads', r.include, r.ignore).join(' | ');
  if (r.kind === 'tag') return filtered('tags', r.include, r.ignore).join(' | ');
  if (r.kind === 'default-branch') return 'ref:refs/heads/<default branch>';
  return 'ref:refs/pull/<n>/merge';
}

/** The subjects the job can present, as patterns for people (not for evaluation). */
export function describeSubjects(id: JobIdentity): string[] {
  const out = new Set<string>();
  for (const c of id.contexts) {
    const repo = id.repository && !c.anyRepository ? `${id.repository.owner}/${id.repository.repo}` : '<owner>/<repo>';
    const env = id.environment;
    const context = env
      ? `environment:${env.kind === 'literal' ? env.text : `<${env.text}>`}`
      : c.pullRequest
        ? 'pull_request'
        : refText(c);
    for (const part of context.split(' | ')) out.add(`repo:${repo}:${part}`);
  }
  return [...out].slice(0, 6);
}

type Search = (policy: TrustPolicyDocument, id: JobIdentity, audiences: readonly string[] | 'policy') => SearchOutcome;

/** Jobs of one workflow often present the same subjects: search each (policy, identity, audience) once. */
function memoSearch(config: TrustlintConfig): Search {
  const memo = new Map<TrustPolicyDocument, Map<string, SearchOutcome>>();
  return (policy, id, audiences) => {
    const env = id.environment ? `${id.environment.kind}:${id.environment.text}` : '';
    const key = JSON.stringify([id.repository, id.workflowPath, id.workflowName, env, id.contexts, audiences]);
    let byKey = memo.get(policy);
    if (!byKey) memo.set(policy, (byKey = new Map<string, SearchOutcome>()));
    let outcome = byKey.get(key);
    if (!outcome) byKey.set(key, (outcome = searchToken(policy, id, audiences, config)));
    return outcome;
  };
}

function check(use: RoleUse, policies: TrustPolicyDocument[], config: TrustlintConfig, search: Search): CrossCheck {
  const id = jobIdentity(use, config);
  const aud = use.cac.audience;
  const audience = aud ? (aud.value.kind === 'literal' ? aud.value.text.trim() : undefined) : DEFAULT_AUDIENCE;
  const first = policies.map((p) => search(p, id, audience !== undefined ? [audience] : 'policy'));
  const repositoryKnown = id.repository !== undefined && !id.contexts.some((c) => c.anyRepository);
  const customSubjects = first.some((r) => r.customSubjects);
  const base = {
    use,
    policies,
    subjects: describeSubjects(id),
    ...(audience !== undefined ? { audience } : {}),
    noProvider: first.every((r) => r.noProvider),
    repositoryKnown,
    customSubjects,
    severity: repositoryKnown && !customSubjects ? ('error' as const) : ('info' as const),
  };
  if (id.contexts.length === 0 || first.some((r) => r.admitted)) return { ...base, verdict: 'admitted' };
  // The job's subjects get in with some audience the policy accepts: only the audience is wrong.
  if (audience !== undefined && policies.some((p) => search(p, id, 'policy').admitted)) {
    return { ...base, verdict: 'audience-mismatch' };
  }
  return { ...base, verdict: 'role-mismatch' };
}

const cache = new WeakMap<readonly ModelDocument[], { config: TrustlintConfig; results: CrossCheck[] }>();

/** Every role assumption of the scan's workflows whose role's trust policy is in the scan, judged once per scan. */
export function crossChecks(documents: readonly ModelDocument[], config: TrustlintConfig): CrossCheck[] {
  const hit = cache.get(documents);
  if (hit?.config === config) return hit.results;
  const results: CrossCheck[] = [];
  const search = memoSearch(config);
  for (const use of roleUses(documents)) {
    const policies = trustPoliciesFor(use, documents);
    if (policies.length) results.push(check(use, policies, config, search));
  }
  cache.set(documents, { config, results });
  return results;
}
