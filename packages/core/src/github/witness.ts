import { STS_GITHUB_CLAIMS } from './claims.js';
import {
  fill,
  fillIds,
  valuesFor,
  validBranch,
  validEnvironment,
  validOwner,
  readableRepo,
  validRepo,
  type PolicyKnowledge,
} from './knowledge.js';
import { globMatches } from './patterns.js';
import { formatSubject, type RepoIdentity, type SubjectContext, type SubjectFormat } from './subject.js';

/**
 * Outsider classes, each a kind of token someone other than the intended workflow can mint.
 * Scope rules map them to ids in the order of spec/rules.md.
 */
export type OutsiderClass =
  | 'other-owner'
  | 'reusable-caller'
  | 'other-repo'
  | 'repo-name-match'
  | 'other-ids'
  | 'new-branch'
  | 'new-tag'
  | 'new-environment'
  | 'pull-request'
  /** HCP Terraform: the plan phase of a workspace whose role is meant for apply (issuers/terraform.ts). */
  | 'run-phase';

/** GitHub's outsider classes (other issuers list theirs in their registry entry). */
export const GITHUB_OUTSIDER_CLASSES: readonly OutsiderClass[] = [
  'other-owner',
  'reusable-caller',
  'other-repo',
  'repo-name-match',
  'other-ids',
  'new-branch',
  'new-tag',
  'new-environment',
  'pull-request',
];

/** Every outsider class of every issuer, in the scope rules' order. */
export const OUTSIDER_CLASSES: readonly OutsiderClass[] = [...GITHUB_OUTSIDER_CLASSES, 'run-phase'];

export interface Witness {
  cls: OutsiderClass;
  /** Bare claim names → values; only claims AWS populates for GitHub tokens. */
  claims: Record<string, string>;
  identity: RepoIdentity;
  context: SubjectContext;
  /** Grammar-driven issuers (issuers/synthesis.ts): the facet values the token was built from. */
  facets?: Record<string, string>;
}

/** Values that never collide with anything a policy names. */
const ATTACKER_OWNER = 'attacker';
const ATTACKER_OWNER_ID = '990000001';
const ATTACKER_REPO_ID = '990000002';
const ATTACKER_ACTOR = 'attacker';
const ATTACKER_ACTOR_ID = '990000003';
const RECYCLED_OWNER_ID = '990000011';
const RECYCLED_REPO_ID = '990000012';
const NEW_REPO_ID = '990000022';
const PLACEHOLDER_OWNER_ID = '100000001';
const PLACEHOLDER_REPO_ID = '100000002';
const PLACEHOLDER_ACTOR_ID = '100000003';

interface Intended {
  owners: { name: string; id: string }[];
  repos: RepoIdentity[];
}

/** The identities the policy names; placeholders stand in for what it leaves out. */
export function intendedIdentities(k: PolicyKnowledge, configOwners: readonly string[] = []): Intended {
  const ownerNames = [...new Set([...k.owners, ...configOwners])].filter(validOwner);
  const ownerIds = [...k.ownerIds];
  const soleOwnerId = ownerIds.length === 1 ? ownerIds[0] : undefined;
  // The first id a named repository gives its owner (one pass: a policy may name thousands).
  const ownerIdOf = new Map<string, string>();
  for (const r of k.repos.values()) if (r.ownerId && !ownerIdOf.has(r.owner)) ownerIdOf.set(r.owner, r.ownerId);
  const idFor = (name: string): string => ownerIdOf.get(name) ?? soleOwnerId ?? PLACEHOLDER_OWNER_ID;
  const owners = ownerNames.map((name) => ({ name, id: idFor(name) }));
  // An owner known only by id (repository_owner_id) still has a name; any fixed one will do.
  if (owners.length === 0) for (const id of ownerIds) owners.push({ name: configOwners[0] ?? 'owner', id });
  const repoIds = [...k.repoIds];
  const soleRepoId = repoIds.length === 1 ? repoIds[0] : undefined;
  // A name no token can carry (`app.git`) is not an identity anyone holds.
  const repos: RepoIdentity[] = [...k.repos.values()]
    .filter((r) => r.segment !== undefined || (validRepo(r.repo) && validOwner(r.owner)))
    .map((r) => ({
      owner: r.owner,
      ownerId: r.ownerId ?? idFor(r.owner),
      repo: r.repo,
      repoId: r.repoId ?? soleRepoId ?? PLACEHOLDER_REPO_ID,
      ...(r.segment !== undefined ? { segment: r.segment } : {}),
    }));
  if (repos.length === 0) {
    for (const id of repoIds) {
      const owner = owners[0] ?? { name: 'owner', id: PLACEHOLDER_OWNER_ID };
      repos.push({ owner: owner.name, ownerId: owner.id, repo: 'repo', repoId: id });
    }
  }
  return { owners, repos };
}

interface ContextChoice {
  context: SubjectContext;
  /** The ref the job runs on (environment jobs run on some branch). */
  ref: string;
}

function branchRef(name: string): string {
  return `refs/heads/${name}`;
}

function refOf(ctx: SubjectContext, envBranch: string): string {
  switch (ctx.kind) {
    case 'branch':
      return branchRef(ctx.name);
    case 'tag':
      return `refs/tags/${ctx.name}`;
    case 'pull_request':
      return 'refs/pull/1/merge';
    case 'environment':
      return branchRef(envBranch);
  }
}

/** Contexts the policy names literally (what it means to trust). */
function intendedContexts(k: PolicyKnowledge): SubjectContext[] {
  const out: SubjectContext[] = [];
  for (const b of k.branches) out.push({ kind: 'branch', name: b });
  for (const t of k.tags) out.push({ kind: 'tag', name: t });
  for (const e of k.environments) out.push({ kind: 'environment', name: e });
  return out;
}

function newBranches(k: PolicyKnowledge): string[] {
  const filled = fill(k.branchPatterns, validBranch).filter((b) => !k.branches.has(b));
  // An upper-case twin is a different git branch: it gets in under StringEqualsIgnoreCase (trap 30).
  const twins = [...k.branches].map((b) => b.toUpperCase()).filter((b) => !k.branches.has(b));
  return unique([...filled, 'attacker-branch', ...twins]).slice(0, 5);
}

function newTags(k: PolicyKnowledge): string[] {
  const filled = fill(k.tagPatterns, validBranch).filter((t) => !k.tags.has(t));
  return unique([...filled, 'v0.0.0-attacker']).slice(0, 3);
}

function newEnvironments(k: PolicyKnowledge): string[] {
  const filled = fill(k.environmentPatterns, validEnvironment).filter((e) => !k.environments.has(e));
  return unique([...filled, 'attacker-env']).slice(0, 3);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Every context an outsider controlling its own repository can choose. */
function allContexts(k: PolicyKnowledge): SubjectContext[] {
  return [
    { kind: 'branch', name: 'main' },
    ...intendedContexts(k),
    ...newBranches(k).map((name): SubjectContext => ({ kind: 'branch', name })),
    ...newTags(k).map((name): SubjectContext => ({ kind: 'tag', name })),
    ...newEnvironments(k).map((name): SubjectContext => ({ kind: 'environment', name })),
    { kind: 'pull_request' },
  ];
}

function envBranches(k: PolicyKnowledge): string[] {
  return unique([...k.branches, 'main', ...newBranches(k)]).slice(0, 3);
}

function withRefs(contexts: SubjectContext[], k: PolicyKnowledge): ContextChoice[] {
  const out: ContextChoice[] = [];
  const seen = new Set<string>();
  for (const context of contexts) {
    const branches = context.kind === 'environment' ? envBranches(k) : ['main'];
    for (const b of branches) {
      const ref = refOf(context, b);
      const key = JSON.stringify(context) + ref;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ context, ref });
    }
  }
  return out;
}

/**
 * Templates to try: those the policy's sub patterns spell, and, when a pattern goes on after its last
 * known key (`repository_owner_id:123:*`), the same keys followed by more: whoever owns a repository
 * chooses its claim template (GitHub docs, "Customizing the subject claims for an organization or
 * repository"), so an outsider can append any key.
 */
function templates(k: PolicyKnowledge): string[][] {
  const out = [...k.templates];
  if (k.templateRest) {
    for (const keys of k.templates) {
      for (const more of [['context'], ['repo', 'context'], ['job_workflow_ref']]) {
        const extended = [...keys, ...more.filter((m) => !keys.includes(m))];
        if (!out.some((t) => t.join() === extended.join())) out.push(extended);
      }
    }
  }
  return out;
}

function formats(k: PolicyKnowledge, allowLegacy: boolean): SubjectFormat[] {
  const out: SubjectFormat[] = [];
  if (allowLegacy) out.push({ kind: 'legacy' });
  out.push({ kind: 'immutable' });
  for (const keys of templates(k)) {
    if (allowLegacy && keys.includes('repo')) out.push({ kind: 'custom', keys, immutableRepo: false });
    out.push({ kind: 'custom', keys, immutableRepo: true });
  }
  return out;
}

/** Values of the claims a requester chooses freely (aud, workflow name), per what the policy tests. */
function freeChoices(k: PolicyKnowledge, claim: 'aud' | 'workflow', fallback: string): string[] {
  const vals = valuesFor(k, claim);
  return unique([...vals, fallback]).slice(0, 4);
}

interface Skeleton {
  cls: OutsiderClass;
  identity: RepoIdentity;
  contexts: ContextChoice[];
  formats: SubjectFormat[];
  /** Job-workflow refs to try; undefined = the repository's own workflow file. */
  jobWorkflowRefs: (string | undefined)[];
  actors: { actor: string; actorId: string }[];
  enterpriseIds: (string | undefined)[];
}

/**
 * Actors of an outsider's own repository: the attacker, and also any user the policy names: a
 * personal account runs workflows in its own repositories, where it is the actor (GitHub docs,
 * "OpenID Connect reference": `actor` is the account that initiated the run).
 */
function ownActor(k?: PolicyKnowledge): { actor: string; actorId: string }[] {
  const out = [{ actor: ATTACKER_ACTOR, actorId: ATTACKER_ACTOR_ID }];
  if (!k) return out;
  const names = valuesFor(k, 'actor', (v) => v !== '');
  const ids = valuesFor(k, 'actor_id', (v) => /^\d+$/.test(v));
  for (const actor of names.length ? names : [ATTACKER_ACTOR]) {
    for (const actorId of ids.length ? ids : [ATTACKER_ACTOR_ID]) {
      if (!out.some((a) => a.actor === actor && a.actorId === actorId)) out.push({ actor, actorId });
    }
  }
  return out.slice(0, 5);
}

function trustedActors(k: PolicyKnowledge): { actor: string; actorId: string }[] {
  const names = valuesFor(k, 'actor');
  const ids = valuesFor(k, 'actor_id');
  const out: { actor: string; actorId: string }[] = [];
  for (const actor of names.length ? names : ['trusted-actor']) {
    for (const actorId of ids.length ? ids : [PLACEHOLDER_ACTOR_ID]) out.push({ actor, actorId });
  }
  return out.slice(0, 4);
}

function intendedEnterprises(k: PolicyKnowledge): (string | undefined)[] {
  const ids = valuesFor(k, 'enterprise_id');
  return ids.length ? ids : [undefined];
}

/** Neutral repository name for "another repository of the owner": matches no named repo pattern. */
function neutralRepoName(k: PolicyKnowledge): string {
  const literalish = [...k.repoPatterns].filter((p) => /[^*?]/.test(p));
  for (const name of ['unrelated-repo', 'zz-unrelated', '0-unrelated']) {
    if (!literalish.some((p) => globMatches(p, name))) return name;
  }
  return 'unrelated-repo';
}

/** Candidate token skeletons per outsider class. */
function skeletons(k: PolicyKnowledge, configOwners: readonly string[]): Skeleton[] {
  const intended = intendedIdentities(k, configOwners);
  const intendedOwnerNames = new Set(intended.owners.map((o) => o.name.toLowerCase()));
  const jwrs = valuesFor(k, 'job_workflow_ref');
  const outsiderContexts = withRefs(allContexts(k), k);
  const out: Skeleton[] = [];
  // What depends only on the policy, not on the identity: computed once, shared by every skeleton
  // (issue 19: per skeleton, a policy naming many repositories recomputed them for each).
  const anyFormat = formats(k, true);
  const newFormat = formats(k, false);
  const ownActors = ownActor(k);
  const trusted = trustedActors(k);
  const enterprises = intendedEnterprises(k);
  const neutral = neutralRepoName(k);
  const newBranchContexts = withRefs(newBranches(k).map((name): SubjectContext => ({ kind: 'branch', name })), k);
  const newTagContexts = withRefs(newTags(k).map((name): SubjectContext => ({ kind: 'tag', name })), k);
  const newEnvironmentContexts = withRefs(newEnvironments(k).map((name): SubjectContext => ({ kind: 'environment', name })), k);
  const pullRequestContexts = withRefs([{ kind: 'pull_request' }], k);

  // 1. Another owner: a fresh account, or one whose name extends or fills the policy's owner patterns.
  const otherOwners = unique([
    ...[...intendedOwnerNames].map((o) => `${o}-evil`),
    ...fill(k.ownerPatterns, validOwner),
    ATTACKER_OWNER,
  ]).filter((o) => !intendedOwnerNames.has(o.toLowerCase()) && validOwner(o));
  const otherRepoNames = unique([...[...intended.repos].map((r) => r.repo), ...[...k.repoNames].filter(validRepo), 'x', ...fill(k.repoPatterns, readableRepo)]).slice(0, 4);
  // Ids of a fresh account, or ones that fill the policy's id wildcards (`repository_owner_id:123*`).
  const intendedOwnerIds = new Set([...k.ownerIds, ...intended.owners.map((o) => o.id)]);
  const outsiderOwnerIds = unique([ATTACKER_OWNER_ID, ...fillIds(k.ownerIdPatterns, intendedOwnerIds)]);
  const outsiderRepoIds = unique([ATTACKER_REPO_ID, ...fillIds(k.repoIdPatterns, k.repoIds)]);
  for (const owner of otherOwners.slice(0, 4)) {
    for (const repo of otherRepoNames) {
      for (const ownerId of outsiderOwnerIds) {
        for (const repoId of outsiderRepoIds.slice(0, ownerId === ATTACKER_OWNER_ID ? 4 : 1)) {
          const identity = { owner, ownerId, repo, repoId };
          const base = { identity, contexts: outsiderContexts, formats: anyFormat, actors: ownActors, enterpriseIds: [undefined] };
          out.push({ ...base, cls: 'other-owner', jobWorkflowRefs: [undefined] });
          if (jwrs.length) out.push({ ...base, cls: 'reusable-caller', jobWorkflowRefs: jwrs });
        }
      }
    }
  }

  // 2–3. Another repository of an intended owner: any new name, or names that fill a repo wildcard.
  const namedRepos = new Set(intended.repos.map((r) => `${r.owner}/${r.repo}`.toLowerCase()));
  for (const owner of intended.owners) {
    const sameOwner = (repo: string, cls: OutsiderClass, repoId = NEW_REPO_ID): Skeleton => ({
      cls,
      identity: { owner: owner.name, ownerId: owner.id, repo, repoId },
      contexts: outsiderContexts,
      formats: anyFormat,
      jobWorkflowRefs: [undefined, ...jwrs],
      actors: ownActors,
      enterpriseIds: enterprises,
    });
    out.push(sameOwner(neutral, 'other-repo'));
    for (const repoId of fillIds(k.repoIdPatterns, k.repoIds)) out.push(sameOwner(neutral, 'other-repo', repoId));
    for (const repo of fill(k.repoPatterns, readableRepo).slice(0, 4)) {
      if (!namedRepos.has(`${owner.name}/${repo}`.toLowerCase())) out.push(sameOwner(repo, 'repo-name-match'));
    }
  }

  for (const repo of intended.repos) {
    // 4. The same names re-registered with new ids (immutable format only: new repositories use it).
    // Not for an unresolved owner/repo segment: its ids are part of the unknown value.
    if (repo.segment === undefined) out.push({
      cls: 'other-ids',
      identity: { ...repo, ownerId: RECYCLED_OWNER_ID, repoId: RECYCLED_REPO_ID },
      contexts: outsiderContexts,
      formats: newFormat,
      jobWorkflowRefs: [undefined, ...jwrs],
      actors: ownActors,
      enterpriseIds: [undefined],
    });
    // 5–7. The intended repository in a context the policy does not name.
    const inRepo = (cls: OutsiderClass, contexts: ContextChoice[]): Skeleton => ({
      cls,
      identity: repo,
      contexts,
      formats: anyFormat,
      jobWorkflowRefs: [undefined, ...jwrs],
      actors: trusted,
      enterpriseIds: enterprises,
    });
    out.push(inRepo('new-branch', newBranchContexts));
    out.push(inRepo('new-tag', newTagContexts));
    out.push(inRepo('new-environment', newEnvironmentContexts));
    out.push(inRepo('pull-request', pullRequestContexts));
  }
  return out;
}

/** Upper bound of candidates per class, so that pathological policies stay fast. */
const MAX_PER_CLASS = 600;
/**
 * Classes whose skeletons are built per intended repository: their bound is per class and
 * repository, so that a policy naming many repositories tries each one (issue 19: with one bound per
 * class, a policy of 100 statements for 100 repositories had its later repositories never tried,
 * and their wildcard branches went unreported). The cost stays linear in the repositories named.
 */
const PER_REPOSITORY: ReadonlySet<OutsiderClass> = new Set(['other-ids', 'new-branch', 'new-tag', 'new-environment', 'pull-request']);

/**
 * Candidate tokens for every outsider class, built from the policy's own values, lazily: `skip`
 * lets the caller stop a class once it has what it needs. Only claims that AWS populates for GitHub
 * tokens are included; `environment` only for environment jobs.
 */
export function* synthesizeWitnesses(
  k: PolicyKnowledge,
  configOwners: readonly string[] = [],
  skip: (cls: OutsiderClass) => boolean = () => false,
): Generator<Witness> {
  const auds = freeChoices(k, 'aud', 'sts.amazonaws.com');
  const workflows = freeChoices(k, 'workflow', 'deploy');
  const perClass = new Map<string, number>();
  const seen = new Set<string>();
  const relevant = [...k.tested].filter((c) => c !== 'sub');
  for (const s of skeletons(k, configOwners)) {
    const bound = PER_REPOSITORY.has(s.cls) ? `${s.cls}\u0001${s.identity.owner}/${s.identity.repo}` : s.cls;
    for (const { context, ref } of s.contexts) {
      for (const format of s.formats) {
        for (const jwr of s.jobWorkflowRefs) {
          for (const { actor, actorId } of s.actors) {
            for (const enterpriseId of s.enterpriseIds) {
              for (const aud of auds) {
                for (const workflow of workflows) {
                  if (skip(s.cls)) break;
                  const count = perClass.get(bound) ?? 0;
                  if (count >= MAX_PER_CLASS) break;
                  const claims: Record<string, string> = {
                    aud,
                    actor,
                    actor_id: actorId,
                    ref,
                    repository: `${s.identity.owner}/${s.identity.repo}`,
                    repository_id: s.identity.repoId,
                    repository_owner_id: s.identity.ownerId,
                    workflow,
                    job_workflow_ref:
                      jwr ?? `${s.identity.owner}/${s.identity.repo}/.github/workflows/deploy.yml@${ref}`,
                  };
                  if (enterpriseId !== undefined) claims.enterprise_id = enterpriseId;
                  if (context.kind === 'environment') claims.environment = context.name;
                  // Only a customised template reads the claims (legacy and immutable subjects do not).
                  const sub = formatSubject(s.identity, context, format, format.kind === 'custom' ? { ...claims, repository_owner: s.identity.owner } : claims);
                  if (sub === undefined) continue;
                  claims.sub = sub;
                  const picked = pickSts(claims);
                  // Claims no condition tests cannot change the verdict: tokens differing only there are one.
                  const key = `${s.cls}\u0001${picked.sub ?? ''}\u0001${relevant.map((c) => picked[c] ?? '').join('\u0001')}`;
                  if (seen.has(key)) continue;
                  seen.add(key);
                  perClass.set(bound, count + 1);
                  yield { cls: s.cls, claims: picked, identity: s.identity, context };
                }
              }
            }
          }
        }
      }
    }
  }
}

function pickSts(claims: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of STS_GITHUB_CLAIMS) {
    const v = claims[c];
    if (v !== undefined) out[c] = v;
  }
  return out;
}

/**
 * A token of another owner's repository carrying exactly this default-format `sub` (found by the
 * exact search of sub-search.ts), with the other claims consistent with it.
 */
export function witnessForSub(sub: string, k: PolicyKnowledge): Witness | undefined {
  const m = /^repo:([^/:]+)\/([^/:]+):(ref:(refs\/(?:heads|tags)\/.+)|environment:(.+)|pull_request)$/.exec(sub);
  if (!m) return undefined;
  const [, owner = '', repo = '', , refValue, env] = m;
  const context: SubjectContext = env !== undefined ? { kind: 'environment', name: env } : refValue !== undefined
    ? refValue.startsWith('refs/heads/') ? { kind: 'branch', name: refValue.slice('refs/heads/'.length) } : { kind: 'tag', name: refValue.slice('refs/tags/'.length) }
    : { kind: 'pull_request' };
  const ref = refValue ?? (env !== undefined ? 'refs/heads/main' : 'refs/pull/1/merge');
  const identity: RepoIdentity = { owner, ownerId: ATTACKER_OWNER_ID, repo, repoId: ATTACKER_REPO_ID };
  const claims: Record<string, string> = {
    aud: freeChoices(k, 'aud', 'sts.amazonaws.com')[0] ?? 'sts.amazonaws.com',
    actor: ATTACKER_ACTOR,
    actor_id: ATTACKER_ACTOR_ID,
    ref,
    repository: `${owner}/${repo}`,
    repository_id: ATTACKER_REPO_ID,
    repository_owner_id: ATTACKER_OWNER_ID,
    workflow: 'deploy',
    job_workflow_ref: `${owner}/${repo}/.github/workflows/deploy.yml@${ref}`,
    sub,
  };
  if (env !== undefined) claims.environment = env;
  return { cls: 'other-owner', claims: pickSts(claims), identity, context };
}
