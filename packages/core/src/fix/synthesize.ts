import { CATALOG, type ScopeRuleId } from '../catalog/rules.js';
import type { TrustlintConfig } from '../config.js';
import { analyzeTrustPolicy } from '../analyze.js';
import { simulatePolicy } from '../explain.js';
import { escapeClaimValue } from '../github/subject.js';
import { normalizePolicy } from '../iam/normalize.js';
import type { Finding } from '../model/finding.js';
import type { TrustPolicyDocument } from '../model/document.js';
import { toJson } from '../model/policy.js';
import { isGitHubProvider, TrustAnalysis } from '../scope/trust-analysis.js';
import { readPolicyFile } from '../sources/policy-file.js';
import type { RunContext } from '../workflow/contexts.js';
import { jobIdentity } from '../workflow/cross-check.js';
import type { RoleUse } from '../workflow/role-uses.js';
import { searchToken, type JobIdentity } from '../workflow/token-search.js';

/**
 * The least-privilege trust conditions for a role, from the jobs that assume it: every subject those
 * jobs can present (spec/domain.md §1.3, §1.7: an environment replaces the ref, a pull_request run
 * presents `pull_request`, otherwise the ref the run is on) and the audience they request, and
 * nothing else. GitHub documents the default subject formats at
 * https://docs.github.com/en/actions/reference/security/oidc#example-subject-claims.
 */

const DEFAULT_AUDIENCE = 'sts.amazonaws.com';

export interface SynthesizedConditions {
  /** Condition key prefix of the trusted provider (`token.actions.githubusercontent.com`). */
  prefix: string;
  audiences: string[];
  /** `sub` values: exact subjects, or IAM patterns where a job runs on any branch matching a filter. */
  subjects: string[];
  /** StringLike when some subject is a pattern (IAM: `*` any run of characters, `?` one). */
  operator: 'StringEquals' | 'StringLike';
  /** Scope rules whose finding the jobs themselves need (a job on any branch needs a ref wildcard). */
  needed: ScopeRuleId[];
  /** Concrete tokens, one per subject, that every job shape yields (replayed through simulate). */
  samples: Sample[];
  /** Assumptions made on the way (the default branch taken as deployBranch). */
  notes: string[];
}

/** One token a job presents: its sub and aud, and the other claims the job's run fixes. */
export interface Sample {
  sub: string;
  aud: string;
  claims?: Record<string, string>;
}

/** Sample tokens replayed per role at most (bounded evaluation). */
const MAX_SAMPLES = 64;

export interface SynthesisProof {
  /** Scope findings of the re-analysed policy that the jobs do not need (must be empty). */
  extraScope: Finding[];
  /** Scope findings the jobs need (e.g. `oidc-ref-wildcard` for a job on every branch). */
  neededScope: Finding[];
  /** Sample tokens the evaluator does not allow (must be empty). */
  refused: (Sample & { decision: string })[];
  /** Jobs (`file#job`) whose subjects the token search finds no way in for (must be empty). */
  jobsLockedOut: string[];
}

export type Synthesis =
  | {
      ok: true;
      conditions: SynthesizedConditions;
      policy: unknown;
      /** Indices of the statements rewritten (the Allow statements trusting the provider). */
      statements: Set<number>;
      proof: SynthesisProof;
      proven: boolean;
    }
  | { ok: false; reason: string };

const SCOPE_RULES = new Set(CATALOG.filter((r) => r.category === 'trust-scope').map((r) => r.id));

/**
 * A GitHub filter pattern as the IAM pattern that admits every name it matches: `*` and `**` become
 * `*`; `?`, `+`, `[…]` (GitHub: optional / repeated previous character, classes) have no IAM
 * counterpart, so the rest of the pattern from there becomes `*`
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet).
 */
export function filterToIam(pattern: string): string {
  const cut = pattern.search(/[?+[\]\\]/);
  const head = cut < 0 ? pattern : `${pattern.slice(0, cut)}*`;
  return head.replace(/\*+/g, '*');
}

/** A concrete name a pattern admits (for replay): every `*` becomes `x`. */
function sampleOf(pattern: string): string {
  return pattern.replace(/\*/g, 'x');
}

interface Piece {
  context: string;
  needed?: ScopeRuleId;
}

function refPieces(ctx: RunContext, deployBranch: string, notes: Set<string>): Piece[] {
  const r = ctx.ref;
  const list = (kind: 'heads' | 'tags', include?: string[]): Piece[] => {
    const patterns = include?.filter((p) => !p.startsWith('!')).map(filterToIam);
    if (!patterns || patterns.length === 0) return [{ context: `ref:refs/${kind}/*`, needed: 'oidc-ref-wildcard' }];
    return patterns.map((p) => ({ context: `ref:refs/${kind}/${p}`, ...(p.includes('*') ? { needed: 'oidc-ref-wildcard' as const } : {}) }));
  };
  switch (r.kind) {
    case 'pull':
      return [{ context: 'pull_request', needed: 'oidc-pull-request' }];
    case 'default-branch':
      notes.add(`the default branch is taken to be ${deployBranch} (deployBranch in the configuration)`);
      return [{ context: `ref:refs/heads/${deployBranch}` }];
    case 'branch':
      return list('heads', r.include);
    case 'tag':
      return list('tags', r.include);
  }
}

/** The ref a run of this context is on, for a sample token. */
function sampleRef(ctx: RunContext, deployBranch: string, onDeployBranch: boolean): string {
  const r = ctx.ref;
  const first = (include: string[] | undefined, fallback: string): string => {
    const p = include?.find((x) => !x.startsWith('!'));
    return p !== undefined ? sampleOf(filterToIam(p)) : fallback;
  };
  if (onDeployBranch || r.kind === 'default-branch') return `refs/heads/${deployBranch}`;
  if (r.kind === 'pull') return 'refs/pull/1/merge';
  if (r.kind === 'tag') return `refs/tags/${first(r.include, 'v1')}`;
  return `refs/heads/${first(r.include, deployBranch)}`;
}

/**
 * A token of the job for one subject: the claims its run fixes (repository, ref, environment, the
 * workflow's name and job_workflow_ref when known), so that kept conditions on them are replayed too.
 */
function sampleToken(subject: string, aud: string, id: JobIdentity, ctx: RunContext, deployBranch: string, onDeployBranch: boolean, ids?: RepoIds): Sample {
  const sub = sampleOf(subject);
  const ref = sub.includes(':ref:') ? sub.slice(sub.indexOf(':ref:') + ':ref:'.length) : sampleRef(ctx, deployBranch, onDeployBranch);
  const repo = id.repository ? `${id.repository.owner}/${id.repository.repo}` : undefined;
  // Only claims AWS STS turns into condition keys (github/claims.ts STS_GITHUB_CLAIMS).
  const claims: Record<string, string> = { ref };
  if (repo) claims.repository = repo;
  if (id.environment?.kind === 'literal') claims.environment = id.environment.text;
  if (ids) Object.assign(claims, { repository_owner_id: ids.ownerId, repository_id: ids.repoId });
  if (id.workflowName !== undefined) claims.workflow = id.workflowName;
  if (repo && id.workflowPath !== undefined) claims.job_workflow_ref = `${repo}/${id.workflowPath}@${ref}`;
  return { sub, aud, claims };
}

/** Owner and repository ids a policy spells in the immutable subject form (`repo:acme@123/app@456:…`). */
export interface RepoIds {
  owner: string;
  ownerId: string;
  repo: string;
  repoId: string;
}

/** The ids a policy's `sub` values spell for repositories (so that the synthesis keeps the immutable form). */
export function policyRepoIds(root: unknown): RepoIds[] {
  const out: RepoIds[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      const m = /^repo:([A-Za-z0-9_-]+)@(\d+)\/([A-Za-z0-9._-]+)@(\d+):/.exec(v);
      if (m?.[1] && m[2] && m[3] && m[4]) out.push({ owner: m[1], ownerId: m[2], repo: m[3], repoId: m[4] });
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(visit);
  };
  visit(root);
  return out;
}

/** workflow_dispatch and schedule runs are started on the deploy branch (deployBranch). */
const DEPLOY_BRANCH_EVENTS = new Set(['workflow_dispatch', 'schedule']);

/** The conditions that admit exactly what the jobs present, or why they cannot be written. */
export function synthesizeConditions(uses: readonly RoleUse[], config: TrustlintConfig, prefix = 'token.actions.githubusercontent.com', ids: readonly RepoIds[] = []): SynthesizedConditions | { reason: string } {
  if (uses.length === 0) return { reason: 'no workflow job in the scan assumes this role (name the subject with --subject)' };
  const deployBranch = config.deployBranch ?? 'main';
  const notes = new Set<string>();
  const subjects = new Map<string, ScopeRuleId | undefined>();
  const audiences = new Set<string>();
  const samples = new Map<string, Sample>();
  for (const use of uses) {
    const where = `${use.workflow.file}#${use.job.id}`;
    const id = jobIdentity(use, config);
    if (!id.repository) return { reason: 'the repository is not known (set repository in the configuration or a git remote origin)' };
    const aud = use.cac.audience;
    if (aud && aud.value.kind !== 'literal') return { reason: `${where}: the audience is an expression` };
    const audience = aud ? aud.value.text.trim() : DEFAULT_AUDIENCE;
    audiences.add(audience);
    const env = id.environment;
    if (env && env.kind !== 'literal') return { reason: `${where}: the environment is an expression` };
    const known = id.repository;
    const immutable = ids.find((x) => x.owner.toLowerCase() === known.owner.toLowerCase() && x.repo.toLowerCase() === known.repo.toLowerCase());
    if (immutable) notes.add(`the immutable subject form, with the ids the policy already names for ${known.owner}/${known.repo}`);
    const repo = immutable ? `repo:${known.owner}@${immutable.ownerId}/${known.repo}@${immutable.repoId}` : `repo:${known.owner}/${known.repo}`;
    for (const ctx of id.contexts) {
      if (ctx.anyRepository) return { reason: `${where}: a reusable workflow presents its caller's subjects, which the scan does not show` };
      const pieces: Piece[] = env
        ? [{ context: `environment:${escapeClaimValue(env.text)}` }]
        : DEPLOY_BRANCH_EVENTS.has(ctx.event)
          ? refPieces({ ...ctx, ref: { kind: 'default-branch' } }, deployBranch, notes)
          : ctx.pullRequest
            ? [{ context: 'pull_request', needed: 'oidc-pull-request' }]
            : refPieces(ctx, deployBranch, notes);
      for (const p of pieces) {
        if (!subjects.has(`${repo}:${p.context}`) || p.needed) subjects.set(`${repo}:${p.context}`, p.needed);
        const sample = sampleToken(`${repo}:${p.context}`, audience, id, ctx, deployBranch, DEPLOY_BRANCH_EVENTS.has(ctx.event), immutable);
        if (samples.size < MAX_SAMPLES) samples.set(JSON.stringify(sample), sample);
      }
    }
  }
  if (subjects.size === 0) return { reason: 'the jobs that assume this role have no trigger' };
  const subs = [...subjects.keys()].sort();
  const auds = [...audiences].sort();
  return {
    prefix,
    audiences: auds,
    subjects: subs,
    operator: subs.some((s) => s.includes('*')) ? 'StringLike' : 'StringEquals',
    needed: [...new Set([...subjects.values()].filter((x): x is ScopeRuleId => x !== undefined))].sort(),
    samples: [...samples.values()],
    notes: [...notes],
  };
}

/** The conditions for one stated subject (`--subject repo:acme/app:environment:prod`). */
export function conditionsForSubject(subject: string, audience = DEFAULT_AUDIENCE, prefix = 'token.actions.githubusercontent.com'): SynthesizedConditions {
  const wild = subject.includes('*') || subject.includes('?');
  return {
    prefix,
    audiences: [audience],
    subjects: [subject],
    operator: wild ? 'StringLike' : 'StringEquals',
    needed: [],
    samples: [{ sub: sampleOf(subject), aud: audience }],
    notes: [],
  };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isObject = (v: Json | undefined): v is { [k: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

const asList = (v: Json | undefined): Json[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The keys of a condition block this synthesis owns: the provider's `sub` and `aud`, in any case. */
export function ownsKey(key: string, prefix: string): boolean {
  const k = key.toLowerCase();
  return k === `${prefix}:sub`.toLowerCase() || k === `${prefix}:aud`.toLowerCase();
}

/**
 * The Condition block of one trusting statement with its `sub`/`aud` entries replaced by the
 * synthesised ones; other conditions (workflow, job_workflow_ref, aws:…) stay as written.
 */
export function rewriteCondition(condition: Json | undefined, c: SynthesizedConditions): { [k: string]: Json } {
  const out: { [k: string]: Json } = {};
  for (const [op, block] of Object.entries(isObject(condition) ? condition : {})) {
    if (!isObject(block)) {
      out[op] = block;
      continue;
    }
    const kept = Object.fromEntries(Object.entries(block).filter(([k]) => !ownsKey(k, c.prefix)));
    if (Object.keys(kept).length > 0) out[op] = kept;
  }
  const one = (xs: string[]): Json => (xs.length === 1 ? (xs[0] ?? '') : xs);
  const eq = isObject(out.StringEquals) ? out.StringEquals : {};
  out.StringEquals = { ...eq, [`${c.prefix}:aud`]: one(c.audiences) };
  const subOp = isObject(out[c.operator]) ? (out[c.operator] as { [k: string]: Json }) : {};
  out[c.operator] = { ...subOp, [`${c.prefix}:sub`]: one(c.subjects) };
  return out;
}

/** The policy (as JSON) with the statements at `indices` (those trusting the provider) rewritten. */
export function rewritePolicy(root: Json, indices: ReadonlySet<number>, c: SynthesizedConditions): Json {
  if (!isObject(root)) return root;
  const statements = asList(root.Statement).map((s, i) => (isObject(s) && indices.has(i) ? { ...s, Condition: rewriteCondition(s.Condition, c) } : s));
  return { ...root, Statement: Array.isArray(root.Statement) ? statements : (statements[0] ?? null) };
}

/** The GitHub provider the role trusts (the only one), with its key prefix. */
export function trustedProvider(doc: TrustPolicyDocument, config: TrustlintConfig): { arn: string; prefix: string; statements: Set<number> } | { reason: string } {
  const trust = new TrustAnalysis(normalizePolicy(doc.root), config);
  // The fixes write GitHub subjects: other issuers' providers are not theirs to rewrite.
  const providers = trust.providers.filter((p) => !p.provider.synthetic && isGitHubProvider(p.provider));
  if (providers.length === 0) return { reason: 'the policy trusts no GitHub OIDC provider by its ARN' };
  if (providers.length > 1) return { reason: 'the policy trusts several GitHub providers' };
  const p = providers[0];
  // The Allow statements whose principal and actions let the provider's tokens in (IAM wildcards in Action included).
  return p ? { arn: p.provider.arn, prefix: p.provider.prefix, statements: new Set(p.statements.map((x) => x.index)) } : { reason: 'no provider' };
}

/**
 * Re-analyses a rewritten policy given as JSON (read back as a policy file of the same role): see
 * proveDocument.
 */
export function provePolicy(doc: TrustPolicyDocument, policy: unknown, c: SynthesizedConditions, uses: readonly RoleUse[], config: TrustlintConfig): SynthesisProof {
  const text = `${JSON.stringify(policy, null, 2)}\n`;
  const parsed = readPolicyFile(doc.file, text, false).documents[0];
  if (!parsed) return { extraScope: [], neededScope: [], refused: c.samples.map((s) => ({ ...s, decision: 'not a policy' })), jobsLockedOut: [] };
  const rewritten: TrustPolicyDocument = { ...parsed, ...(doc.roleName !== undefined ? { roleName: doc.roleName } : {}), ...(doc.resource !== undefined ? { resource: doc.resource } : {}) };
  return proveDocument(rewritten, c, uses, config);
}

/**
 * The proof on one (re-read) trust policy: its scope findings (split into what the jobs need and
 * the rest), the sample tokens replayed through simulate, and the token search for every job.
 */
export function proveDocument(rewritten: TrustPolicyDocument, c: SynthesizedConditions, uses: readonly RoleUse[], config: TrustlintConfig): SynthesisProof {
  const scope = analyzeTrustPolicy(rewritten, config).filter((f) => SCOPE_RULES.has(f.ruleId));
  const needed = new Set<string>(c.needed);
  const provider = trustedProvider(rewritten, config);
  const arn = 'arn' in provider ? provider.arn : undefined;
  const refused: SynthesisProof['refused'] = [];
  for (const s of c.samples) {
    const r = simulatePolicy(rewritten, { sub: s.sub, aud: s.aud, ...(s.claims ? { claims: s.claims } : {}), ...(arn ? { provider: arn } : {}), config });
    const decision = r.ok ? r.decision : r.error;
    if (decision !== 'allow') refused.push({ ...s, decision });
  }
  const jobsLockedOut = uses
    .filter((u) => {
      const aud = u.cac.audience ? u.cac.audience.value.text.trim() : DEFAULT_AUDIENCE;
      return !searchToken(rewritten, jobIdentity(u, config), [aud], config).admitted;
    })
    .map((u) => `${u.workflow.file}#${u.job.id}`);
  return {
    extraScope: scope.filter((f) => !needed.has(f.ruleId)),
    neededScope: scope.filter((f) => needed.has(f.ruleId)),
    refused,
    jobsLockedOut,
  };
}

export function isProven(p: SynthesisProof): boolean {
  return p.extraScope.length === 0 && p.refused.length === 0 && p.jobsLockedOut.length === 0;
}

/** Synthesis for one trust policy: the conditions, the rewritten policy and its proof. */
export function synthesizeTrust(doc: TrustPolicyDocument, uses: readonly RoleUse[], config: TrustlintConfig, subject?: string): Synthesis {
  const provider = trustedProvider(doc, config);
  if ('reason' in provider) return { ok: false, reason: provider.reason };
  const conditions = subject !== undefined ? conditionsForSubject(subject, undefined, provider.prefix) : synthesizeConditions(uses, config, provider.prefix, policyRepoIds(toJson(doc.root)));
  if ('reason' in conditions) return { ok: false, reason: conditions.reason };
  const policy = rewritePolicy(toJson(doc.root) as Json, provider.statements, conditions);
  const proof = provePolicy(doc, policy, conditions, subject !== undefined ? [] : uses, config);
  return { ok: true, conditions, policy, statements: provider.statements, proof, proven: isProven(proof) };
}
