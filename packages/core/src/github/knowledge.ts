import { isSingleMarker, replaceMarkers } from '../model/policy.js';
import { hasWildcard, instantiate, isValidEnvironmentName, isValidRefName, OWNER_NAME_RE, REPO_NAME_RE } from './patterns.js';
import { isSubTemplateKey } from './claims.js';

/**
 * What a policy says about the identity it means to trust, read from its own values: literal parts
 * are "intended", wildcard parts are what an outsider can fill in. Witness synthesis draws every
 * candidate value from here, so witnesses look like the policy (`acme-evil` for `repo:acme*`).
 */
export interface PolicyKnowledge {
  owners: Set<string>;
  ownerPatterns: Set<string>;
  ownerIds: Set<string>;
  /** Literal `owner/repo` names (ids when the immutable form spells them). */
  repos: Map<string, { owner: string; repo: string; ownerId?: string; repoId?: string; segment?: string }>;
  repoPatterns: Set<string>;
  /** Literal repository names, also under a wildcard owner (a `*` owner before `/app`): an outsider can reuse them. */
  repoNames: Set<string>;
  repoIds: Set<string>;
  branches: Set<string>;
  branchPatterns: Set<string>;
  tags: Set<string>;
  tagPatterns: Set<string>;
  environments: Set<string>;
  environmentPatterns: Set<string>;
  /** True when some pattern wildcards an immutable id (`acme@*`). */
  idWildcards: boolean;
  /** Wildcarded numeric ids (`repository_owner_id:123*`, `acme@12?`): an outsider's id can fill them. */
  ownerIdPatterns: Set<string>;
  repoIdPatterns: Set<string>;
  /** True when a customised sub pattern goes on after its last known key (`repository_owner_id:123:*`). */
  templateRest: boolean;
  /** Values per bare claim name (all operators), e.g. aud → ['sts.amazonaws.com']. */
  claimValues: Map<string, Set<string>>;
  /** Customised sub templates seen in sub patterns (not the default repo+context). */
  templates: string[][];
  /** Bare claim names any condition of the provider tests (whatever the operator). */
  tested: Set<string>;
}

export function emptyKnowledge(): PolicyKnowledge {
  return {
    owners: new Set(),
    ownerPatterns: new Set(),
    ownerIds: new Set(),
    repos: new Map(),
    repoPatterns: new Set(),
    repoNames: new Set(),
    repoIds: new Set(),
    branches: new Set(),
    branchPatterns: new Set(),
    tags: new Set(),
    tagPatterns: new Set(),
    environments: new Set(),
    environmentPatterns: new Set(),
    idWildcards: false,
    ownerIdPatterns: new Set(),
    repoIdPatterns: new Set(),
    templateRest: false,
    claimValues: new Map(),
    templates: [],
    tested: new Set(),
  };
}

/** A `key:value` pair of a sub pattern; `rest` holds what follows no known key (e.g. `*`). */
export interface SubPatternPair {
  key: string;
  value: string;
}

/** Tokenises a sub pattern into claim pairs (default and customised formats alike). */
export function subPatternPairs(pattern: string): { pairs: SubPatternPair[]; rest: string } {
  const tokens = pattern.split(':');
  const pairs: SubPatternPair[] = [];
  let i = 0;
  while (i < tokens.length) {
    const key = tokens[i] ?? '';
    if (key === 'pull_request') {
      pairs.push({ key: 'pull_request', value: '' });
      i += 1;
      continue;
    }
    if (key === 'context' || !isSubTemplateKey(key) || i + 1 >= tokens.length) break;
    pairs.push({ key, value: tokens[i + 1] ?? '' });
    i += 2;
  }
  return { pairs, rest: tokens.slice(i).join(':') };
}

/** The include_claim_keys template a sub pattern implies (`repo` + `ref` → repo, context). */
export function templateOf(pairs: readonly SubPatternPair[]): string[] {
  const keys: string[] = [];
  for (const p of pairs) {
    const isContext = p.key === 'pull_request' || p.key === 'ref' || p.key === 'environment';
    if (isContext && keys.at(-1) === 'repo') keys.push('context');
    else if (p.key !== 'pull_request') keys.push(p.key);
  }
  return keys;
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function addName(literal: Set<string>, patterns: Set<string>, value: string): void {
  if (hasWildcard(value)) patterns.add(value);
  else if (value !== '') literal.add(value);
}

/** Reads a `owner[@id]/repo[@id]` segment (possibly wildcarded) into the knowledge. */
function learnRepoSegment(k: PolicyKnowledge, segment: string): void {
  // `repo:${var.repository}:…`: one unresolved value stands for the whole owner/repo; it is that
  // (fixed, unknown) repository, whose contexts can still be varied.
  if (isSingleMarker(segment)) {
    k.repos.set(segment, { owner: segment, repo: segment, segment });
    return;
  }
  const m = /^([^/@]*)(?:@([^/]*))?(?:\/([^@]*)(?:@(.*))?)?$/.exec(segment);
  if (!m) return;
  const [, owner = '', ownerId, repo, repoId] = m;
  addName(k.owners, k.ownerPatterns, owner);
  if (ownerId !== undefined) {
    if (hasWildcard(ownerId)) {
      k.idWildcards = true;
      k.ownerIdPatterns.add(ownerId);
    } else if (ownerId) k.ownerIds.add(ownerId);
  }
  if (repo !== undefined) addName(k.repoNames, k.repoPatterns, repo);
  if (repoId !== undefined) {
    if (hasWildcard(repoId)) {
      k.idWildcards = true;
      k.repoIdPatterns.add(repoId);
    } else if (repoId) k.repoIds.add(repoId);
  }
  if (repo !== undefined && !hasWildcard(owner) && !hasWildcard(repo) && owner && repo) {
    k.repos.set(`${owner}/${repo}`, {
      owner,
      repo,
      ...(ownerId && !hasWildcard(ownerId) ? { ownerId } : {}),
      ...(repoId && !hasWildcard(repoId) ? { repoId } : {}),
    });
  }
}

function learnRef(k: PolicyKnowledge, ref: string): void {
  let m = /^refs\/heads\/([\s\S]+)$/.exec(ref);
  if (m?.[1]) {
    addName(k.branches, k.branchPatterns, m[1]);
    return;
  }
  m = /^refs\/tags\/([\s\S]+)$/.exec(ref);
  if (m?.[1]) addName(k.tags, k.tagPatterns, m[1]);
}

/** Adds one condition value of a GitHub claim (bare claim name) to the knowledge. */
export function learnClaimValue(k: PolicyKnowledge, claim: string, value: string): void {
  add(k.claimValues, claim, value);
  switch (claim) {
    case 'sub':
      learnSubPattern(k, value);
      break;
    case 'repository':
      learnRepoSegment(k, value);
      break;
    case 'repository_owner_id':
      if (!hasWildcard(value)) k.ownerIds.add(value);
      else k.ownerIdPatterns.add(value);
      break;
    case 'repository_id':
      if (!hasWildcard(value)) k.repoIds.add(value);
      else k.repoIdPatterns.add(value);
      break;
    case 'ref':
      learnRef(k, value);
      break;
    case 'environment':
      addName(k.environments, k.environmentPatterns, value);
      break;
  }
}

function learnSubPattern(k: PolicyKnowledge, pattern: string): void {
  const { pairs, rest } = subPatternPairs(pattern);
  if (rest !== '' && pairs.length > 0) k.templateRest = true;
  for (const p of pairs) {
    if (p.key === 'repo') learnRepoSegment(k, p.value);
    else if (p.key === 'repository_owner') addName(k.owners, k.ownerPatterns, p.value);
    else if (p.key !== 'pull_request') learnClaimValue(k, p.key, p.value.replace(/%3A/g, ':'));
  }
  const template = templateOf(pairs);
  const isDefault = template.length === 2 && template[0] === 'repo' && template[1] === 'context';
  if (template.length > 0 && !isDefault) {
    if (!k.templates.some((t) => t.join() === template.join())) k.templates.push(template);
  }
}

/** Concrete values for a claim drawn from the policy (literals first, then wildcard fillings). */
export function valuesFor(k: PolicyKnowledge, claim: string, validate: (v: string) => boolean = () => true, limit = 4): string[] {
  const out: string[] = [];
  for (const v of k.claimValues.get(claim) ?? []) {
    for (const inst of instantiate(v)) if (validate(inst) && !out.includes(inst)) out.push(inst);
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}

/**
 * Numeric ids that fill wildcarded id patterns (`123*` → `1239900001`), never one of `taken`:
 * GitHub ids are decimal numbers, and any owner or repository gets the next free one.
 */
export function fillIds(patterns: Iterable<string>, taken: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    for (const star of ['9900001', '1', '']) {
      const v = p.replace(/\*/g, star).replace(/\?/g, '9');
      if (/^[1-9]\d{0,18}$/.test(v) && !taken.has(v) && !out.includes(v)) out.push(v);
    }
  }
  return out.slice(0, 4);
}

export function fill(patterns: Iterable<string>, validate: (v: string) => boolean): string[] {
  const out: string[] = [];
  for (const p of patterns) for (const v of instantiate(p)) if (validate(v) && !out.includes(v)) out.push(v);
  return out;
}

/** Unresolved markers stand for one fixed, valid name: validate the text around them. */
const unmarked = (v: string): string => replaceMarkers(v, 'u');
export const validOwner = (v: string): boolean => OWNER_NAME_RE.test(unmarked(v)) && unmarked(v).length <= 39;
/** GitHub repository names: GitHub strips a trailing `.git`, so no token names one (trap 40). */
export const validRepo = (v: string): boolean => {
  const u = unmarked(v);
  return REPO_NAME_RE.test(u) && u !== '.' && u !== '..' && !/\.git$/i.test(u);
};
/** For names we invent: legal, and readable in a witness (no leading `-` or `.`). */
export const readableRepo = (v: string): boolean => validRepo(v) && !/^[-.]/.test(unmarked(v));
export const validBranch = (v: string): boolean => isValidRefName(unmarked(v));
export const validEnvironment = (v: string): boolean => isValidEnvironmentName(unmarked(v));
