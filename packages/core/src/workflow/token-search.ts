import type { TrustlintConfig } from '../config.js';
import { simulatePolicy } from '../explain.js';
import { fill, validBranch, validEnvironment, valuesFor, type PolicyKnowledge } from '../github/knowledge.js';
import { instantiate } from '../github/patterns.js';
import { escapeClaimValue, parseDefaultSubject, templateKeysOf } from '../github/subject.js';
import { normalizePolicy } from '../iam/normalize.js';
import type { TrustPolicyDocument } from '../model/document.js';
import type { WorkflowValue } from '../model/workflow.js';
import { isGitHubProvider, TrustAnalysis } from '../scope/trust-analysis.js';
import type { RefShape, RunContext } from './contexts.js';
import { isLiteralPattern, passesFilter, sampleNames } from './filter-glob.js';

/**
 * Does a trust policy admit some token a job can present? Candidate tokens come from both sides: the
 * job's triggers, filters and environment, and the names the policy itself spells (a job filtered to
 * `release/**` meets a policy on `release/*` through `release/x`). Values the workflow cannot know
 * (the default branch, ids, the caller of a reusable workflow) are taken from the policy: unknown = any.
 */

export interface JobIdentity {
  repository?: { owner: string; repo: string };
  /** `.github/workflows/x.yml`, when the file is in a repository layout. */
  workflowPath?: string;
  /** The `workflow` claim (the workflow's name, or its path), when literal. */
  workflowName?: string;
  environment?: WorkflowValue;
  contexts: RunContext[];
}

export interface SearchOutcome {
  admitted: boolean;
  noProvider: boolean;
  /** Some `sub` pattern is a customised template (not the default or immutable format). */
  customSubjects: boolean;
  /** The token that got in, for messages and tests. */
  token?: Record<string, string>;
}

/** Beyond this many evaluations the search gives up and assumes the job gets in. */
const MAX_TRIES = 400;

interface Repo {
  owner: string;
  repo: string;
  ownerId?: string;
  repoId?: string;
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

function isCustomSubject(pattern: string): boolean {
  if (/^[*?]+$/.test(pattern)) return false;
  if (!pattern.startsWith('repo:')) return true;
  return (templateKeysOf(pattern) ?? []).some((k) => k !== 'repo' && k !== 'context');
}

function names(literals: Iterable<string>, patterns: Iterable<string>, shape: { include?: string[]; ignore?: string[] }, fallback: string, validate: (v: string) => boolean): string[] {
  const include = shape.include;
  const candidates = unique([
    ...(include ?? []).filter(isLiteralPattern),
    ...literals,
    ...fill(patterns, validate),
    ...(include ?? []).flatMap(sampleNames),
    ...(include ? [] : [fallback]),
  ]);
  return candidates.filter((n) => validate(n) && passesFilter(n, include, shape.ignore)).slice(0, 8);
}

function refNames(shape: RefShape, k: PolicyKnowledge): string[] {
  switch (shape.kind) {
    case 'pull':
      return ['refs/pull/1/merge'];
    case 'default-branch':
      return names(k.branches, k.branchPatterns, {}, 'main', validBranch).map((n) => `refs/heads/${n}`);
    case 'branch':
      return names(k.branches, k.branchPatterns, shape, 'main', validBranch).map((n) => `refs/heads/${n}`);
    case 'tag':
      return names(k.tags, k.tagPatterns, shape, 'v1', validBranch).map((n) => `refs/tags/${n}`);
  }
}

function environmentNames(env: WorkflowValue | undefined, k: PolicyKnowledge): (string | undefined)[] {
  if (!env) return [undefined];
  if (env.kind === 'literal') return [env.text];
  return unique([...k.environments, ...fill(k.environmentPatterns, validEnvironment), 'production']).slice(0, 6);
}

/** Repositories the policy names (literal names, and its sub values filled in). */
function policyRepos(k: PolicyKnowledge): Repo[] {
  const out: Repo[] = [...k.repos.values()];
  for (const sub of k.claimValues.get('sub') ?? []) {
    for (const inst of instantiate(sub)) {
      const p = parseDefaultSubject(inst);
      if (p) out.push({ owner: p.owner, repo: p.repo, ...(p.ownerId ? { ownerId: p.ownerId } : {}), ...(p.repoId ? { repoId: p.repoId } : {}) });
    }
  }
  for (const r of valuesFor(k, 'repository')) {
    const [owner, repo] = r.split('/');
    if (owner && repo) out.push({ owner, repo });
  }
  if (out.length === 0) out.push({ owner: 'octo-org', repo: 'octo-repo' });
  return uniqueRepos(out).slice(0, 6);
}

/** The known repository in the legacy form, plus the policy's spelling and ids of the same names. */
function knownRepos(known: { owner: string; repo: string }, k: PolicyKnowledge): Repo[] {
  const same = policyRepos(k).filter((r) => r.owner.toLowerCase() === known.owner.toLowerCase() && r.repo.toLowerCase() === known.repo.toLowerCase());
  const out: Repo[] = [known, ...same.map((r) => ({ owner: r.owner, repo: r.repo })), ...same];
  if (k.idWildcards) out.push({ ...known, ownerId: [...k.ownerIds][0] ?? '1', repoId: [...k.repoIds][0] ?? '1' });
  return uniqueRepos(out);
}

function uniqueRepos(repos: readonly Repo[]): Repo[] {
  const seen = new Map<string, Repo>();
  for (const r of repos) seen.set(`${r.owner}@${r.ownerId ?? ''}/${r.repo}@${r.repoId ?? ''}`, r);
  return [...seen.values()];
}

const segment = (r: Repo): string => (r.ownerId && r.repoId ? `${r.owner}@${r.ownerId}/${r.repo}@${r.repoId}` : `${r.owner}/${r.repo}`);

const FREE_CLAIMS = ['actor', 'actor_id', 'enterprise_id', 'repository_id', 'repository_owner_id', 'workflow', 'job_workflow_ref'];

/** Values for claims the workflow cannot know, drawn from the policy (a few alternatives, not all combinations). */
function freeClaimAlternatives(k: PolicyKnowledge, known: ReadonlySet<string>): Record<string, string>[] {
  const claims = FREE_CLAIMS.filter((c) => !known.has(c) && k.tested.has(c));
  const values = claims.map((c) => valuesFor(k, c));
  const n = values.reduce((m, v) => Math.max(m, v.length), 1);
  const out: Record<string, string>[] = [];
  for (let i = 0; i < n; i++) {
    const alt: Record<string, string> = {};
    claims.forEach((c, j) => {
      const v = values[j] ?? [];
      const pick = v[Math.min(i, v.length - 1)];
      if (pick !== undefined) alt[c] = pick;
    });
    out.push(alt);
  }
  return out;
}

function* candidateTokens(id: JobIdentity, k: PolicyKnowledge): Generator<{ sub: string; claims: Record<string, string> }> {
  const envs = environmentNames(id.environment, k);
  for (const ctx of id.contexts) {
    const known = !ctx.anyRepository && id.repository ? id.repository : undefined;
    const repos = known ? knownRepos(known, k) : policyRepos(k);
    const jwrKnown = known !== undefined && id.workflowPath !== undefined;
    const alternatives = freeClaimAlternatives(k, new Set([...(id.workflowName !== undefined ? ['workflow'] : []), ...(jwrKnown ? ['job_workflow_ref'] : [])]));
    for (const ref of refNames(ctx.ref, k)) {
      for (const env of envs) {
        const context = env !== undefined ? `environment:${escapeClaimValue(env)}` : ctx.pullRequest ? 'pull_request' : `ref:${ref}`;
        for (const repo of repos) {
          for (const alt of alternatives) {
            const claims: Record<string, string> = { ...alt, repository: `${repo.owner}/${repo.repo}`, ref };
            if (env !== undefined) claims.environment = env;
            if (repo.ownerId && repo.repoId) Object.assign(claims, { repository_owner_id: repo.ownerId, repository_id: repo.repoId });
            if (id.workflowName !== undefined) claims.workflow = id.workflowName;
            if (jwrKnown) claims.job_workflow_ref = `${repo.owner}/${repo.repo}/${id.workflowPath ?? ''}@${ref}`;
            yield { sub: `repo:${segment(repo)}:${context}`, claims };
          }
        }
      }
    }
  }
}

/**
 * Searches a token of the job that the policy admits, for the given audiences ('policy': any audience
 * the policy names, plus sts.amazonaws.com). An unresolved value that decides the outcome counts as
 * admitted, and so does a search that hits its cap: the rule reports only what it can show.
 */
export function searchToken(doc: TrustPolicyDocument, id: JobIdentity, audiences: readonly string[] | 'policy', config: TrustlintConfig): SearchOutcome {
  const trust = new TrustAnalysis(normalizePolicy(doc.root), config);
  // A GitHub workflow's tokens come from GitHub's issuers only (a GitLab provider of the role is not theirs).
  const providers = trust.providers.filter((p) => isGitHubProvider(p.provider));
  if (providers.length === 0) return { admitted: false, noProvider: true, customSubjects: false };
  const customSubjects = providers.some((p) => [...(p.knowledge.claimValues.get('sub') ?? [])].some(isCustomSubject));
  let tries = 0;
  for (const p of providers) {
    const auds = audiences === 'policy' ? unique([...valuesFor(p.knowledge, 'aud'), 'sts.amazonaws.com']) : audiences;
    for (const token of candidateTokens(id, p.knowledge)) {
      for (const aud of auds) {
        if (++tries > MAX_TRIES) return { admitted: true, noProvider: false, customSubjects };
        const r = simulatePolicy(doc, { sub: token.sub, aud, claims: token.claims, provider: p.provider.arn, config });
        if (r.ok && r.decision !== 'deny') return { admitted: true, noProvider: false, customSubjects, token: { sub: token.sub, aud, ...token.claims } };
      }
    }
  }
  return { admitted: false, noProvider: false, customSubjects };
}
