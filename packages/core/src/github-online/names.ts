/**
 * The GitHub owners, repositories and environments a trust policy names, with where it names them.
 * Only values that admit (positive operators in Allow statements that can trust a GitHub provider)
 * and only literal names: a wildcarded owner is the scope rules' business, not a name to look up.
 */
import type { TrustlintConfig } from '../config.js';
import { hasWildcard } from '../github/patterns.js';
import type { IssuerKind } from '../github/issuers.js';
import { parseCustomSubject, parseDefaultSubject } from '../github/subject.js';
import type { ConditionEntry } from '../iam/types.js';
import type { TrustPolicyDocument } from '../model/document.js';
import { hasMarker, type PolicyPath } from '../model/policy.js';
import { preparePolicy } from '../rules/prepare.js';
import { isGitHubProvider, TrustAnalysis } from '../scope/trust-analysis.js';

/** How the policy spells the name. */
export type NameForm =
  /** `repo:acme/app:…` (name only: recyclable). */
  | 'legacy-sub'
  /** `repo:acme@123/app@456:…`. */
  | 'immutable-sub'
  /** A customised template (`repository_owner:acme`, `repo:acme/app` as a pair, …). */
  | 'custom-sub'
  /** A `repository` / `repository_owner` / `*_id` condition key. */
  | 'claim-key';

export interface NameReference {
  document: TrustPolicyDocument;
  /** Path of the value in the policy. */
  path: PolicyPath;
  /** The value as written. */
  value: string;
  /** The claim the condition tests (`sub`, `repository`, …). */
  claim: string;
  prefix: string;
  issuer: IssuerKind;
  form: NameForm;
  owner?: string;
  ownerId?: string;
  repo?: string;
  repoId?: string;
  environment?: string;
  /** The context part of a default-format subject (`ref:refs/heads/main`), for migration text. */
  context?: string;
}

const OWNER = '[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?';
const REPO = '[A-Za-z0-9._-]+';
/** `repo:OWNER[@ID]/REPO[@ID]` at the start of a sub pattern; the rest may be wildcarded. */
const REPO_PREFIX = new RegExp(`^repo:(${OWNER})(?:@(\\d+))?/(${REPO})(?:@(\\d+))?(?::(.*))?$`);
/** `repo:OWNER[@ID]/…` when only the owner is literal (`repo:acme/*`). */
const OWNER_PREFIX = new RegExp(`^repo:(${OWNER})(?:@(\\d+))?/`);

function admits(entry: ConditionEntry, effect: 'Allow' | 'Deny' | null): boolean {
  return effect === 'Allow' && entry.parsed !== null && !entry.parsed.negated && entry.parsed.base.startsWith('String');
}

/** References in the sub claim value `value`. */
function fromSub(value: string): Partial<NameReference>[] {
  const parsed = parseDefaultSubject(value);
  if (parsed) {
    return [
      {
        form: parsed.format === 'immutable' ? 'immutable-sub' : 'legacy-sub',
        owner: parsed.owner,
        repo: parsed.repo,
        ...(parsed.ownerId !== undefined ? { ownerId: parsed.ownerId } : {}),
        ...(parsed.repoId !== undefined ? { repoId: parsed.repoId } : {}),
        ...(parsed.context.kind === 'environment' ? { environment: parsed.context.name } : {}),
        context: value.slice(value.indexOf(':', value.indexOf('/')) + 1),
      },
    ];
  }
  // A customised template written out in full (`repo:acme/app:environment:prod:actor:x`).
  const custom = hasWildcard(value) ? undefined : fromCustom(value);
  if (custom) return custom;
  // A default-format prefix with a wildcarded rest: the literal owner and repository still count.
  const m = REPO_PREFIX.exec(value);
  if (m?.[1] && m[3] && !hasWildcard(m[1]) && !hasWildcard(m[3])) {
    const immutable = m[2] !== undefined && m[4] !== undefined;
    return [{ form: immutable ? 'immutable-sub' : 'legacy-sub', owner: m[1], repo: m[3], ...(m[2] ? { ownerId: m[2] } : {}), ...(m[4] ? { repoId: m[4] } : {}) }];
  }
  const o = OWNER_PREFIX.exec(value);
  if (o?.[1]) return [{ form: o[2] !== undefined ? 'immutable-sub' : 'legacy-sub', owner: o[1], ...(o[2] ? { ownerId: o[2] } : {}) }];
  return [];
}

function fromCustom(value: string): Partial<NameReference>[] | undefined {
  const pairs = parseCustomSubject(value);
  if (!pairs) return undefined;
  const ref: Partial<NameReference> = { form: 'custom-sub' };
  for (const { key, value: v } of pairs) {
    if (key === 'repo') {
      const seg = new RegExp(`^(${OWNER})(?:@(\\d+))?/(${REPO})(?:@(\\d+))?$`).exec(v);
      if (seg?.[1] && seg[3]) Object.assign(ref, { owner: seg[1], repo: seg[3], ...(seg[2] ? { ownerId: seg[2] } : {}), ...(seg[4] ? { repoId: seg[4] } : {}) });
    } else if (key === 'repository_owner') ref.owner = v;
    else if (key === 'repository_owner_id') ref.ownerId = v;
    else if (key === 'repository_id') ref.repoId = v;
    else if (key === 'repository') {
      const [owner, repo] = v.split('/');
      if (owner && repo) Object.assign(ref, { owner, repo });
    } else if (key === 'environment') ref.environment = v;
  }
  return ref.owner !== undefined ? [ref] : undefined;
}

function fromClaim(claim: string, value: string): Partial<NameReference>[] {
  if (hasWildcard(value)) {
    if (claim === 'repository') {
      const [owner] = value.split('/');
      if (owner && !hasWildcard(owner) && value.includes('/')) return [{ form: 'claim-key', owner }];
    }
    return [];
  }
  switch (claim) {
    case 'repository': {
      const [owner, repo, extra] = value.split('/');
      return owner && repo && extra === undefined ? [{ form: 'claim-key', owner, repo }] : [];
    }
    case 'repository_owner':
      return [{ form: 'claim-key', owner: value }];
    default:
      return [];
  }
}

/**
 * Every literal owner/repository named by the admitting values of GitHub-trusting statements. Ids
 * alone (`repository_owner_id` without a name) name nothing to look up by name.
 */
export function nameReferences(documents: readonly TrustPolicyDocument[], config: TrustlintConfig): NameReference[] {
  const out: NameReference[] = [];
  for (const document of documents) {
    const policy = preparePolicy(document, config);
    const analysis = new TrustAnalysis(policy, config);
    for (const trust of analysis.providers) {
      if (!isGitHubProvider(trust.provider)) continue;
      const prefix = trust.provider.prefix.toLowerCase();
      for (const statement of trust.statements) {
        for (const entry of statement.conditions) {
          if (!admits(entry, statement.effect)) continue;
          const key = entry.key.toLowerCase();
          if (!key.startsWith(`${prefix}:`)) continue;
          const claim = key.slice(prefix.length + 1);
          if (claim !== 'sub' && claim !== 'repository' && claim !== 'repository_owner') continue;
          for (const v of entry.values) {
            if (hasMarker(v.value)) continue;
            const refs = claim === 'sub' ? fromSub(v.value) : fromClaim(claim, v.value);
            for (const ref of refs) {
              out.push({ document, path: v.path, value: v.value, claim, prefix: trust.provider.prefix, issuer: trust.provider.kind, form: 'legacy-sub', ...ref });
            }
          }
        }
      }
    }
  }
  return out;
}
