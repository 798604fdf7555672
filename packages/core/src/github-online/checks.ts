/**
 * `--github`: what only GitHub knows about the names a trust policy trusts. Each owner and repository
 * is looked up once (GET /users/{owner}, GET /repos/{owner}/{repo}); the answers become findings at
 * every value that names them. A lookup that could not be made is a `github-check-failed` finding —
 * a check that did not run never passes.
 */
import { ruleMeta } from '../catalog/rules.js';
import type { TrustlintConfig } from '../config.js';
import type { TrustPolicyDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { nodeAt } from '../model/policy.js';
import type { SourceLocation } from '../model/span.js';
import { redactSecrets } from '../secrets/redact.js';
import { GitHubCallError, type GitHubClient } from './client.js';
import { nameReferences, type NameReference } from './names.js';

/** What GitHub says about an owner. */
export type OwnerFacts = { exists: false } | { exists: true; login: string; id: string; type: string };

/** What GitHub says about a repository. */
export type RepoFacts =
  | { exists: false }
  | { exists: true; fullName: string; id: string; ownerId: string; ownerLogin: string; moved: boolean; private?: boolean };

export const GET_USER = 'GET /users/{username}';
export const GET_REPO = 'GET /repos/{owner}/{repo}';

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function idOf(v: unknown): string | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : str(v);
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

export async function lookUpOwner(client: GitHubClient, owner: string): Promise<OwnerFacts> {
  const answer = await client.get(GET_USER, `/users/${encodeURIComponent(owner)}`, [404]);
  if (answer.status === 404) return { exists: false };
  const body = obj(answer.body);
  const login = str(body?.login);
  const id = idOf(body?.id);
  if (!login || !id) throw new GitHubCallError(GET_USER, { kind: 'malformed', status: answer.status, message: 'the answer has no login and id' }, 1);
  return { exists: true, login, id, type: str(body?.type) ?? 'User' };
}

export async function lookUpRepo(client: GitHubClient, owner: string, repo: string): Promise<RepoFacts> {
  const answer = await client.get(GET_REPO, `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`, [404]);
  if (answer.status === 404) return { exists: false };
  const body = obj(answer.body);
  const fullName = str(body?.full_name);
  const id = idOf(body?.id);
  const ownerObj = obj(body?.owner);
  const ownerId = idOf(ownerObj?.id);
  const ownerLogin = str(ownerObj?.login);
  if (!fullName || !id || !ownerId || !ownerLogin) {
    throw new GitHubCallError(GET_REPO, { kind: 'malformed', status: answer.status, message: 'the answer has no full_name, id and owner' }, 1);
  }
  // GitHub answers the old name with a redirect to /repositories/{id}; names compare case-insensitively.
  const moved = answer.redirects.length > 0 || fullName.toLowerCase() !== `${owner}/${repo}`.toLowerCase();
  return { exists: true, fullName, id, ownerId, ownerLogin, moved, ...(typeof body?.private === 'boolean' ? { private: body.private } : {}) };
}

/** A memo of lookups: each name is asked once per run, whatever number of policies name it. */
export class Lookups {
  private readonly owners = new Map<string, Promise<OwnerFacts>>();
  private readonly repos = new Map<string, Promise<RepoFacts>>();

  constructor(readonly client: GitHubClient) {}

  owner(name: string): Promise<OwnerFacts> {
    const key = name.toLowerCase();
    let p = this.owners.get(key);
    if (!p) {
      p = lookUpOwner(this.client, name);
      this.owners.set(key, p);
    }
    return p;
  }

  repo(owner: string, repo: string): Promise<RepoFacts> {
    const key = `${owner}/${repo}`.toLowerCase();
    let p = this.repos.get(key);
    if (!p) {
      p = lookUpRepo(this.client, owner, repo);
      this.repos.set(key, p);
    }
    return p;
  }
}

function locationOf(ref: NameReference): SourceLocation {
  const node = nodeAt(ref.document.root, ref.path);
  return { file: node?.file ?? ref.document.file, span: (node ?? ref.document.root).span };
}

function finding(ruleId: string, ref: NameReference, message: string, properties: Record<string, unknown>, suggestion?: string): Finding {
  return {
    ruleId,
    severity: ruleMeta(ruleId).defaultSeverity,
    message,
    location: locationOf(ref),
    path: ref.path,
    ...(ref.document.resource !== undefined ? { resource: ref.document.resource } : {}),
    properties: { value: ref.value, ...properties },
    ...(suggestion !== undefined ? { suggestion: { description: suggestion } } : {}),
  };
}

/** Failed lookups, one finding per failed call and the values it left unchecked. */
export class GitHubFailureLog {
  private readonly entries = new Map<string, { failure: GitHubCallError; consequence: string; refs: NameReference[]; label: string }>();

  record(failure: GitHubCallError, label: string, consequence: string, ref?: NameReference): void {
    // Systemic failures (rejected token, time limit) are one finding per endpoint.
    const systemic = failure.error.kind === 'credentials' || failure.error.kind === 'deadline';
    const key = systemic ? `${failure.endpoint} ${failure.error.kind}` : `${failure.endpoint} ${label}`;
    const entry = this.entries.get(key);
    if (entry) {
      if (ref) entry.refs.push(ref);
      return;
    }
    this.entries.set(key, { failure, consequence, refs: ref ? [ref] : [], label });
  }

  findings(): Finding[] {
    return [...this.entries.values()].map(({ failure, consequence, refs, label }) => {
      const first = refs[0];
      const { error } = failure;
      const stopped = error.retryStopped !== undefined ? `; not retried further: ${error.retryStopped}` : '';
      return {
        ruleId: 'github-check-failed',
        severity: ruleMeta('github-check-failed').defaultSeverity,
        message: `${failure.endpoint} failed for ${label}: ${redactSecrets(error.message)}${stopped}; ${consequence}`,
        location: first ? locationOf(first) : null,
        ...(first ? { path: first.path } : {}),
        ...(first?.document.resource !== undefined ? { resource: first.document.resource } : {}),
        properties: {
          endpoint: failure.endpoint,
          kind: error.kind,
          attempts: failure.attempts,
          ...(error.status !== undefined ? { httpStatus: error.status } : {}),
          ...(error.retryStopped !== undefined ? { retryStopped: error.retryStopped } : {}),
          ...(refs.length > 1 ? { values: refs.length } : {}),
        },
      };
    });
  }
}

export interface NameCheckResult {
  findings: Finding[];
  references: NameReference[];
  owners: Map<string, OwnerFacts>;
  repos: Map<string, RepoFacts>;
}

/**
 * Whether the names of a reference's issuer are on the client's API: github.com's API holds the
 * names of github.com and its enterprise-slug issuers; an API given with `--github-api` (GHES,
 * ghe.com, a stand-in) is taken to be the server of every issuer the policies trust.
 */
function onThisApi(ref: NameReference, customApi: boolean): boolean {
  return customApi || ref.issuer === 'github.com' || ref.issuer === 'enterprise-slug';
}

/**
 * Slice 1: every owner and repository named exists, still has that name, and has the ids the
 * immutable form pins. `customApi` is true when `--github-api` named an API (GHES, ghe.com).
 */
export async function checkNames(
  documents: readonly TrustPolicyDocument[],
  config: TrustlintConfig,
  lookups: Lookups,
  failures: GitHubFailureLog,
  customApi: boolean,
): Promise<NameCheckResult> {
  const references = nameReferences(documents, config);
  const findings: Finding[] = [];
  const owners = new Map<string, OwnerFacts>();
  const repos = new Map<string, RepoFacts>();
  for (const ref of references) {
    if (ref.owner === undefined) continue;
    if (!onThisApi(ref, customApi)) {
      failures.record(
        new GitHubCallError(GET_USER, { kind: 'client', message: `the policy trusts the issuer ${ref.prefix}, whose names are not on ${lookups.client.apiUrl}` }, 0),
        `issuer ${ref.prefix}`,
        'its names were not checked (give that server with --github-api)',
        ref,
      );
      continue;
    }
    let owner: OwnerFacts;
    try {
      owner = await lookups.owner(ref.owner);
    } catch (err) {
      if (!(err instanceof GitHubCallError)) throw err;
      failures.record(err, `owner ${ref.owner}`, 'whether it exists is unknown', ref);
      continue;
    }
    owners.set(ref.owner.toLowerCase(), owner);
    if (!owner.exists) {
      findings.push(
        finding(
          'github-owner-missing',
          ref,
          `GitHub owner '${ref.owner}' does not exist: anyone can register it${ref.form === 'immutable-sub' || ref.ownerId !== undefined ? ' (its tokens would carry another id, so this role stays closed, but it is broken)' : ' and mint tokens this role accepts'}`,
          { owner: ref.owner, claimable: ref.ownerId === undefined },
        ),
      );
      continue;
    }
    if (ref.ownerId !== undefined && ref.ownerId !== owner.id) {
      findings.push(
        finding(
          'github-id-mismatch',
          ref,
          `the policy pins owner id ${ref.ownerId} for '${ref.owner}', but GitHub's '${owner.login}' has id ${owner.id}: the name belongs to another account now (or the id is wrong), so no token of '${owner.login}' gets in`,
          { owner: ref.owner, policyId: ref.ownerId, actualId: owner.id },
        ),
      );
    }
    if (ref.repo === undefined) continue;
    let repo: RepoFacts;
    try {
      repo = await lookups.repo(ref.owner, ref.repo);
    } catch (err) {
      if (!(err instanceof GitHubCallError)) throw err;
      failures.record(err, `repository ${ref.owner}/${ref.repo}`, 'whether it exists is unknown', ref);
      continue;
    }
    repos.set(`${ref.owner}/${ref.repo}`.toLowerCase(), repo);
    const name = `${ref.owner}/${ref.repo}`;
    if (!repo.exists) {
      findings.push(
        finding(
          'github-repo-missing',
          ref,
          `GitHub repository '${name}' was not found${lookups.client.authenticated ? ' (deleted, or private and not visible to the token)' : ' (deleted, or private: no token was given)'}: the role admits a repository that does not run workflows; whoever can create '${name}' in '${owner.login}' gets in`,
          { repository: name },
        ),
      );
      continue;
    }
    if (repo.moved) {
      const sameOwner = repo.ownerLogin.toLowerCase() === ref.owner.toLowerCase();
      findings.push(
        finding(
          'github-repo-moved',
          ref,
          `GitHub repository '${name}' was ${sameOwner ? 'renamed' : 'transferred'}: it is now '${repo.fullName}' (id ${repo.id}); its tokens carry the new name, so this value no longer admits it${ref.form === 'immutable-sub' || ref.repoId !== undefined ? '' : `, and '${name}' can be created again by whoever controls '${ref.owner}'`}`,
          { repository: name, newName: repo.fullName, repositoryId: repo.id, ownerId: repo.ownerId },
          migration(ref, repo.fullName, repo.ownerId, repo.id),
        ),
      );
    }
    // Name only, and the name is still the repository's: the ids that make it immune to recycling.
    if (!repo.moved && ref.repoId === undefined && ref.ownerId === undefined && (ref.form === 'legacy-sub' || ref.form === 'claim-key')) {
      const text = migration(ref, repo.fullName, repo.ownerId, repo.id);
      findings.push(
        finding(
          'github-name-only-trust',
          ref,
          `'${ref.value}' trusts '${name}' by name only: if the name is ever deleted or moved, whoever registers it again gets in. ${text ?? ''}`.trim(),
          { repository: repo.fullName, ownerId: repo.ownerId, repositoryId: repo.id },
          text,
        ),
      );
    }
    if (ref.repoId !== undefined && ref.repoId !== repo.id) {
      findings.push(
        finding(
          'github-id-mismatch',
          ref,
          `the policy pins repository id ${ref.repoId} for '${name}', but GitHub's '${repo.fullName}' has id ${repo.id}: the name belongs to another repository now (or the id is wrong), so no token of '${repo.fullName}' gets in`,
          { repository: name, policyId: ref.repoId, actualId: repo.id },
        ),
      );
    }
  }
  return { findings, references, owners, repos };
}

/** The immutable-subject form of a reference with the real ids (the migration text). */
export function migration(ref: NameReference, fullName: string, ownerId: string, repoId: string): string | undefined {
  const [owner, repo] = fullName.split('/');
  if (!owner || !repo) return undefined;
  if (ref.claim === 'sub' && (ref.form === 'legacy-sub' || ref.form === 'immutable-sub')) {
    const rest = ref.context !== undefined ? `:${ref.context}` : ref.value.slice(ref.value.indexOf(':', 5));
    return `Use the immutable subject "repo:${owner}@${ownerId}/${repo}@${repoId}${rest.startsWith(':') ? rest : `:${rest}`}" (or add "repository_id": "${repoId}" next to the name).`;
  }
  return `Trust the ids: "repository_owner_id": "${ownerId}" and "repository_id": "${repoId}".`;
}

export type { TrustPolicyDocument };
