import type { TrustlintConfig } from '../config.js';
import { githubIssuerKind, providerPrefix, splitConditionKey } from '../github/issuers.js';
import { gitlabSub, readGitLabSub } from '../issuers/gitlab.js';
import { configuredGitHubIssuers, issuerLookingLike } from '../issuers/registry.js';
import { evaluatePolicy } from '../iam/evaluate.js';
import { normalizePolicy } from '../iam/normalize.js';
import type { Policy, Statement } from '../iam/types.js';
import type { ModelDocument, TrustPolicyDocument } from '../model/document.js';
import { hasMarker } from '../model/policy.js';
import { requestFor } from '../scope/trust-analysis.js';
import { trustPoliciesFor } from '../workflow/role-uses.js';
import { describeRef, jobRefs, type RefShape } from './refs.js';
import { pipelineRoleAssumptions, type RoleAssumption } from './role-assumption.js';

/**
 * Does the trust policy of the role a GitLab job assumes admit a token the job can present? GitLab's
 * default `sub` is `project_path:{group}/{project}:ref_type:{branch|tag}:ref:{name}`
 * (https://docs.gitlab.com/ci/secrets/id_token_authentication/#token-payload); `aud` is what the job's
 * `id_tokens` entry sets. Tokens are built from the job (its project, the refs its `rules:`/`only:`
 * allow, its audience) and, for what the pipeline cannot know (the default branch, ids, the project when
 * not configured), from the values the policy itself names: unknown means any. Each token is evaluated
 * by the IAM evaluator against the provider the policy trusts (issuer-independent: condition keys are
 * `<provider host>:<claim>`); an unresolved value that decides counts as admitted, and so does a search
 * that reaches its cap: only what can be shown is reported.
 */
export interface GitLabCrossCheck {
  assumption: RoleAssumption;
  roleName: string;
  policies: TrustPolicyDocument[];
  verdict: 'admitted' | 'role-mismatch' | 'audience-mismatch';
  severity: 'error' | 'info';
  /** The subjects the job can present, for people (`project_path:acme/app:ref_type:branch:ref:main`). */
  subjects: string[];
  /** The audiences of the job's token; empty when not known statically. */
  audiences: string[];
  noProvider: boolean;
  projectKnown: boolean;
  customSubjects: boolean;
  /** A token the job presents that the policy denies (the proof of a mismatch). */
  denied?: Record<string, string>;
  /** For an audience mismatch: the same token with an audience the policy accepts, which gets in. */
  admittedWith?: Record<string, string>;
}

const MAX_TRIES = 400;

interface Provider {
  arn: string;
  prefix: string;
  /** Literal values per claim the policy names for this provider (patterns filled in). */
  values: Map<string, string[]>;
  subs: string[];
}

const fillPattern = (v: string): string => v.replace(/[*?]/g, 'x');

function keyPrefixes(st: Statement): string[] {
  const out: string[] = [];
  for (const c of st.conditions) {
    const split = splitConditionKey(c.key);
    if (split && !out.includes(split.prefix)) out.push(split.prefix);
  }
  return out;
}

/** The providers of the policy's Allow statements that look like GitLab issuers (not GitHub's). */
function gitlabProviders(policy: Policy, config: TrustlintConfig): Provider[] {
  const out = new Map<string, Provider>();
  const github = configuredGitHubIssuers(config);
  for (const st of policy.statements) {
    if (st.effect !== 'Allow' || st.principal?.kind !== 'map') continue;
    for (const entry of st.principal.entries) {
      if (entry.type !== 'Federated') continue;
      for (const v of entry.values) {
        const host = providerPrefix(v.value);
        const prefix = hasMarker(host) ? keyPrefixes(st).find((p) => githubIssuerKind(p, github) === undefined) : host;
        if (prefix === undefined || githubIssuerKind(prefix, github) !== undefined) continue;
        const provider = out.get(`${v.value}\u0000${prefix}`) ?? { arn: v.value, prefix, values: new Map<string, string[]>(), subs: [] };
        for (const c of st.conditions) {
          const split = splitConditionKey(c.key);
          if (!split || split.prefix.toLowerCase() !== prefix.toLowerCase()) continue;
          const claim = split.claim;
          const list = provider.values.get(claim) ?? [];
          for (const value of c.values) if (!hasMarker(value.value) && !list.includes(fillPattern(value.value))) list.push(fillPattern(value.value));
          provider.values.set(claim, list);
          if (claim === 'sub') for (const value of c.values) provider.subs.push(value.value);
        }
        out.set(`${v.value}\u0000${prefix}`, provider);
      }
    }
  }
  // The issuer registry decides which providers are GitLab's: the entry recognises gitlab.com and the
  // self-managed instances the config names, and its looksLike the hosts that name GitLab or whose
  // conditions speak GitLab's claims.
  return [...out.values()].filter((p) => issuerLookingLike(p.prefix, config, { subs: p.subs, claims: [...p.values.keys()] })?.id === 'gitlab');
}

/** `project_path:g/p:ref_type:branch:ref:main` → its parts; undefined for another format or a partial one. */
function parseSub(sub: string): { project: string; refType: string; ref: string } | undefined {
  const read = readGitLabSub(sub);
  if (!read || read.path === '' || read.path.includes(':') || !read.refType || read.refType.includes(':') || read.ref === undefined) return undefined;
  return { project: read.path, refType: read.refType, ref: read.ref };
}

/** A subject GitLab's default format (cut anywhere at a facet boundary) does not account for: a customised sub claim. */
function isCustomSub(sub: string): boolean {
  return !/^[*?]+$/.test(sub) && !readGitLabSub(sub)?.exact;
}

function projectsOf(p: Provider, known: string | undefined): string[] {
  if (known) return [known];
  const out = new Set<string>();
  for (const s of p.values.get('sub') ?? []) {
    const parsed = parseSub(s);
    if (parsed) out.add(parsed.project);
    else out.add(readGitLabSub(s)?.path.split(':')[0] ?? '');
  }
  for (const v of p.values.get('project_path') ?? []) out.add(v);
  out.delete('');
  if (out.size === 0) out.add('group/project');
  return [...out].slice(0, 6);
}

function refNames(p: Provider, type: 'branch' | 'tag'): string[] {
  const out = new Set<string>();
  for (const s of p.values.get('sub') ?? []) {
    const parsed = parseSub(s);
    if (parsed && (parsed.refType === type || parsed.refType === 'x')) out.add(parsed.ref);
  }
  for (const r of p.values.get('ref') ?? []) out.add(r);
  out.add(type === 'branch' ? 'main' : 'v1.0.0');
  return [...out].slice(0, 6);
}

function refsFor(shape: RefShape, p: Provider): { type: 'branch' | 'tag'; name: string }[] {
  switch (shape.kind) {
    case 'branch':
      return [{ type: 'branch', name: shape.name }];
    case 'tag':
      return [{ type: 'tag', name: shape.name }];
    case 'any-branch':
    case 'default-branch':
      return refNames(p, 'branch').map((name) => ({ type: 'branch', name }));
    case 'any-tag':
      return refNames(p, 'tag').map((name) => ({ type: 'tag', name }));
  }
}

function* tokens(a: RoleAssumption, p: Provider, project: string | undefined, audiences: readonly string[]): Generator<Record<string, string>> {
  const shapes = jobRefs(a.job);
  const env = a.job.environment?.text;
  // Claims the pipeline cannot know: one of the policy's values each (absent when it names none).
  const free: Record<string, string> = {};
  for (const [claim, values] of p.values) {
    if (['sub', 'aud', 'project_path', 'namespace_path', 'ref', 'ref_type', 'ref_path', 'environment'].includes(claim)) continue;
    if (values[0] !== undefined) free[claim] = values[0];
  }
  for (const proj of projectsOf(p, project)) {
    for (const shape of shapes) {
      for (const ref of refsFor(shape, p)) {
        for (const aud of audiences) {
          const claims: Record<string, string> = {
            ...free,
            sub: gitlabSub(proj, ref.type, ref.name),
            aud,
            project_path: proj,
            namespace_path: proj.includes('/') ? proj.slice(0, proj.lastIndexOf('/')) : proj,
            ref: ref.name,
            ref_type: ref.type,
            ref_path: `refs/${ref.type === 'branch' ? 'heads' : 'tags'}/${ref.name}`,
          };
          if (env !== undefined && !env.includes('$')) claims.environment = env;
          yield claims;
        }
      }
    }
  }
}

interface Outcome {
  admitted: boolean;
  token?: Record<string, string>;
  denied?: Record<string, string>;
}

function search(policy: Policy, providers: readonly Provider[], a: RoleAssumption, project: string | undefined, audiences: 'policy' | readonly string[]): Outcome {
  let tries = 0;
  let denied: Record<string, string> | undefined;
  for (const p of providers) {
    const auds = audiences === 'policy' ? [...new Set([...(p.values.get('aud') ?? []), `https://${p.prefix}`, 'sts.amazonaws.com'])] : audiences;
    for (const claims of tokens(a, p, project, auds)) {
      if (++tries > MAX_TRIES) return { admitted: true };
      const r = evaluatePolicy(policy, requestFor(p, claims), { unresolved: 'unknown' });
      if (r.decision === 'allow' || r.decision === 'unknown') return { admitted: true, token: claims };
      denied ??= claims;
    }
  }
  return { admitted: false, ...(denied ? { denied } : {}) };
}

function check(a: RoleAssumption, roleName: string, policies: TrustPolicyDocument[], config: TrustlintConfig): GitLabCrossCheck {
  const project = (config.gitlabProject ?? config.repository)?.trim() || undefined;
  const audiences = (a.idToken?.aud ?? []).map((v) => v.text.trim()).filter((t) => t !== '' && !t.includes('$'));
  const audKnown = a.idToken !== undefined && audiences.length > 0 && audiences.length === a.idToken.aud.length;
  const normalized = policies.map((doc) => ({ doc, policy: normalizePolicy(doc.root) }));
  const providers = normalized.map((n) => gitlabProviders(n.policy, config));
  const customSubjects = providers.some((ps) => ps.some((p) => p.subs.some(isCustomSub)));
  const subjects = [...new Set(jobRefs(a.job).map((s) => describeRef(project ?? '<group>/<project>', s)))].slice(0, 6);
  const base = {
    assumption: a,
    roleName,
    policies,
    subjects,
    audiences,
    noProvider: providers.every((ps) => ps.length === 0),
    projectKnown: project !== undefined,
    customSubjects,
    severity: project !== undefined && !customSubjects && a.job.missingTemplates.length === 0 ? ('error' as const) : ('info' as const),
  };
  if (base.noProvider) return { ...base, verdict: 'role-mismatch' };
  const first = normalized.map((n, i) => search(n.policy, providers[i] ?? [], a, project, audKnown ? audiences : 'policy'));
  if (first.some((r) => r.admitted)) return { ...base, verdict: 'admitted' };
  const denied = first.find((r) => r.denied)?.denied;
  if (audKnown) {
    const any = normalized.map((n, i) => search(n.policy, providers[i] ?? [], a, project, 'policy')).find((r) => r.admitted);
    if (any) return { ...base, verdict: 'audience-mismatch', ...(denied ? { denied } : {}), ...(any.token ? { admittedWith: any.token } : {}) };
  }
  return { ...base, verdict: 'role-mismatch', ...(denied ? { denied } : {}) };
}

const cache = new WeakMap<readonly ModelDocument[], { config: TrustlintConfig; results: GitLabCrossCheck[] }>();

/** Every role assumption of the scan's GitLab pipelines whose role's trust policy is in the scan, judged once per scan. */
export function gitlabCrossChecks(documents: readonly ModelDocument[], config: TrustlintConfig): GitLabCrossCheck[] {
  const hit = cache.get(documents);
  if (hit?.config === config) return hit.results;
  const results: GitLabCrossCheck[] = [];
  for (const doc of documents) {
    if (doc.kind !== 'gitlab-pipeline') continue;
    for (const a of pipelineRoleAssumptions(doc)) {
      const name = a.role?.name;
      if (!name) continue;
      const policies = trustPoliciesFor({ roleName: name, ...(a.role?.account ? { account: a.role.account } : {}) }, documents);
      if (policies.length) results.push(check(a, name, policies, config));
    }
  }
  cache.set(documents, { config, results });
  return results;
}
