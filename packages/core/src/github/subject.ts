import { isSubTemplateKey } from './claims.js';
import { subPatternPairs, templateOf } from './knowledge.js';

/**
 * The `sub` claim grammar (spec/domain.md §1.3–1.5): default contexts in precedence order
 * (environment > pull_request > branch/tag), `%3A` escaping, the immutable `owner@id/repo@id` form, and
 * customised claim templates (`key:value` pairs).
 */

export type SubjectContext =
  | { kind: 'environment'; name: string }
  | { kind: 'pull_request' }
  | { kind: 'branch'; name: string }
  | { kind: 'tag'; name: string };

export interface RepoIdentity {
  owner: string;
  ownerId: string;
  repo: string;
  repoId: string;
  /** The whole `owner/repo` segment when the policy only has it as one unresolved value. */
  segment?: string;
}

export type SubjectFormat = { kind: 'legacy' } | { kind: 'immutable' } | { kind: 'custom'; keys: readonly string[]; immutableRepo: boolean };

/** GitHub replaces `:` inside metadata values by `%3A`. */
export function escapeClaimValue(value: string): string {
  return value.replace(/:/g, '%3A');
}

export function contextString(ctx: SubjectContext): string {
  switch (ctx.kind) {
    case 'environment':
      return `environment:${escapeClaimValue(ctx.name)}`;
    case 'pull_request':
      return 'pull_request';
    case 'branch':
      return `ref:refs/heads/${escapeClaimValue(ctx.name)}`;
    case 'tag':
      return `ref:refs/tags/${escapeClaimValue(ctx.name)}`;
  }
}

export function repoSegment(id: RepoIdentity, immutable: boolean): string {
  if (id.segment !== undefined) return id.segment;
  return immutable ? `${id.owner}@${id.ownerId}/${id.repo}@${id.repoId}` : `${id.owner}/${id.repo}`;
}

/** Builds the `sub` claim a token of this identity carries in the given format. */
export function formatSubject(
  id: RepoIdentity,
  ctx: SubjectContext,
  format: SubjectFormat,
  claims: Readonly<Record<string, string | undefined>>,
): string | undefined {
  if (format.kind === 'legacy') return `repo:${repoSegment(id, false)}:${contextString(ctx)}`;
  if (format.kind === 'immutable') return `repo:${repoSegment(id, true)}:${contextString(ctx)}`;
  const parts: string[] = [];
  for (const key of format.keys) {
    if (key === 'context') parts.push(contextString(ctx));
    else if (key === 'repo') parts.push(`repo:${repoSegment(id, format.immutableRepo)}`);
    else {
      const value = claims[key];
      // A template key whose claim the token lacks (e.g. environment outside an environment job)
      // cannot be rendered: GitHub requires it, so this token shape does not exist.
      if (value === undefined) return undefined;
      parts.push(`${key}:${escapeClaimValue(value)}`);
    }
  }
  return parts.join(':');
}

/** Parsed default-format subject (legacy or immutable). */
export interface ParsedDefaultSubject {
  format: 'legacy' | 'immutable';
  owner: string;
  ownerId?: string;
  repo: string;
  repoId?: string;
  context: SubjectContext;
}

const OWNER = '[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?';
const REPO = '[A-Za-z0-9._-]+';
const DEFAULT_RE = new RegExp(`^repo:(${OWNER})(?:@(\\d+))?/(${REPO})(?:@(\\d+))?:(.+)$`);

function parseContext(text: string): SubjectContext | undefined {
  if (text === 'pull_request') return { kind: 'pull_request' };
  let m = /^environment:([^:]+)$/.exec(text);
  if (m?.[1]) return { kind: 'environment', name: m[1] };
  m = /^ref:refs\/heads\/([^:]+)$/.exec(text);
  if (m?.[1]) return { kind: 'branch', name: m[1] };
  m = /^ref:refs\/tags\/([^:]+)$/.exec(text);
  if (m?.[1]) return { kind: 'tag', name: m[1] };
  return undefined;
}

function validRepoName(name: string): boolean {
  return name !== '.' && name !== '..' && !/\.git$/i.test(name);
}

/** Parses a concrete subject in the default (legacy or immutable) format. */
export function parseDefaultSubject(sub: string): ParsedDefaultSubject | undefined {
  const m = DEFAULT_RE.exec(sub);
  if (!m) return undefined;
  const [, owner, ownerId, repo, repoId, rest] = m;
  if (!owner || !repo || rest === undefined || !validRepoName(repo)) return undefined;
  if ((ownerId === undefined) !== (repoId === undefined)) return undefined;
  const context = parseContext(rest);
  if (!context) return undefined;
  return {
    format: ownerId ? 'immutable' : 'legacy',
    owner,
    repo,
    context,
    ...(ownerId ? { ownerId } : {}),
    ...(repoId ? { repoId } : {}),
  };
}

/**
 * True when some GitHub token can carry exactly this concrete subject: the default format, the
 * immutable one, or a customised template of `key:value` pairs of known claim names.
 */
export function isCarryableSubject(sub: string): boolean {
  if (parseDefaultSubject(sub)) return true;
  return parseCustomSubject(sub) !== undefined;
}

/** Parses a customised subject into its `key:value` pairs (`context` expanded), or undefined. */
export function parseCustomSubject(sub: string): { key: string; value: string }[] | undefined {
  const tokens = sub.split(':');
  const pairs: { key: string; value: string }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const key = tokens[i] ?? '';
    if (key === 'pull_request') {
      pairs.push({ key: 'context', value: 'pull_request' });
      i += 1;
      continue;
    }
    if (!isSubTemplateKey(key) || key === 'context') return undefined;
    const value = tokens[i + 1];
    if (value === undefined || value === '') return undefined;
    if (key === 'repo') {
      const seg = /^([A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)(@\d+)?\/([A-Za-z0-9._-]+)(@\d+)?$/.exec(value);
      if (!seg?.[3] || !validRepoName(seg[3])) return undefined;
    }
    if (key === 'ref' && !/^refs\/(heads|tags|pull)\/.+/.test(value)) return undefined;
    if ((key === 'repository_id' || key === 'repository_owner_id' || key === 'actor_id') && !/^\d+$/.test(value)) return undefined;
    pairs.push({ key, value });
    i += 2;
  }
  return pairs.length > 0 ? pairs : undefined;
}

/** Claim template keys of a customised subject pattern, in order (e.g. ['repository_owner_id']). */
export function templateKeysOf(pattern: string): string[] | undefined {
  const keys = templateOf(subPatternPairs(pattern).pairs);
  return keys.length > 0 ? keys : undefined;
}
