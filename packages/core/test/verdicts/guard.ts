import { analyze } from '../../src/analyze.js';
import { SCOPE_ORDER } from '../../src/catalog/rules.js';
import { explainPolicy, simulatePolicy } from '../../src/explain.js';
import { isCarryableSubject, parseCustomSubject, parseDefaultSubject } from '../../src/github/subject.js';
import type { TrustPolicyDocument } from '../../src/model/document.js';
import { toJson } from '../../src/model/policy.js';
import { toReportFinding } from '../../src/report/finding.js';

/**
 * The verdict guard (issue 14): for one trust policy text,
 *  1. every scope finding's witness, replayed through simulate exactly as reported, is allowed;
 *  2. check and explain agree (explain's ruleId per statement is check's scope finding), and every
 *     class explain admits has a witness simulate allows;
 *  3. for the classes explain calls blocked, no token of that class found by an independent search
 *     built from the policy's own alphabet is allowed by simulate.
 * The independent search covers "other owner" (a repository whose owner the policy does not name)
 * and "other repository of a named owner"; it fills the policy's own values' wildcards with
 * fragments of the policy and a few fixed strings, and builds a consistent token around each sub.
 */

export interface Violation {
  property: 'witness-replay' | 'check-explain' | 'blocked-but-allowed';
  detail: string;
}

const K = 'token.actions.githubusercontent.com';

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

/** Strings of the policy (values and key suffixes), for the alphabet search. */
function policyStrings(text: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); walk(x); }
  };
  try { walk(JSON.parse(text)); } catch { /* not JSON: no alphabet */ }
  return out;
}

interface Ctx { doc: TrustPolicyDocument; text: string }

function replay(doc: TrustPolicyDocument, w: Record<string, string>): string {
  const { sub, aud, ...claims } = w;
  const r = simulatePolicy(doc, { sub: sub ?? '', ...(aud !== undefined ? { aud } : {}), claims });
  return r.ok ? r.decision : 'error';
}

/** Owners and owner ids the policy names literally (what "outsider" is measured against). */
function namedOwners(strings: readonly string[]): { names: Set<string>; ids: Set<string> } {
  const names = new Set<string>();
  const ids = new Set<string>();
  for (const s of strings) {
    for (const m of s.matchAll(/(?:^|:)repo:([^/:*?@${}]+)(?:@(\d+))?\//g)) { if (m[1]) names.add(m[1].toLowerCase()); if (m[2]) ids.add(m[2]); }
    const seg = /^([A-Za-z0-9-]+)\/[^*?]*$/.exec(s);
    if (seg?.[1]) names.add(seg[1].toLowerCase());
    for (const m of s.matchAll(/repository_owner_id:(\d+)(?![\d*?])/g)) if (m[1]) ids.add(m[1]);
    if (/^\d+$/.test(s)) ids.add(s);
    for (const m of s.matchAll(/repository_owner:([A-Za-z0-9-]+)(?![*?])/g)) if (m[1]) names.add(m[1].toLowerCase());
  }
  return { names, ids };
}

const FILLERS = ['', 'x', 'zz9', 'Q', '0', '-', '/', ':', 'evil', 'x/y', 'x:ref:refs/heads/main', 'x/y:ref:refs/heads/main', 'zz9/x:ref:refs/heads/main', 'ref:refs/heads/main', 'environment:prod', 'pull_request'];

/** Concrete subs from the policy's own sub-like values, wildcards filled from the alphabet. */
function candidateSubs(strings: readonly string[], r: () => number, count: number): string[] {
  const patterns = strings.filter((s) => /^(repo:|repository_owner_id:|repository_id:|repository_owner:|\*|\?)/.test(s) || s.includes('${'));
  const literals = strings.filter((s) => s.length < 60).flatMap((s) => s.split(/[*?]/)).filter((s) => s.length > 0 && s.length < 40);
  const out = new Set<string>();
  for (let i = 0; i < count && patterns.length > 0; i++) {
    const p = pick(r, patterns).replace(/\$\{[^}]*:repository\}/g, 'zz9/x').replace(/\$\{[^}]*\}/g, 'x');
    let s = '';
    for (const ch of p) {
      if (ch === '*') s += r() < 0.7 ? pick(r, FILLERS) : pick(r, literals.length ? literals : FILLERS);
      else if (ch === '?') s += pick(r, ['x', 'Z', '9', '-', '/', ':']);
      else s += ch;
    }
    out.add(s);
  }
  return [...out];
}

/** A consistent token for a sub, or undefined; its owner, owner id and whether it names a repo. */
function tokenFor(sub: string, actors: readonly string[], r: () => number): { claims: Record<string, string>; owner?: string; ownerId?: string } | undefined {
  if (!isCarryableSubject(sub)) return undefined;
  const claims: Record<string, string> = { sub, aud: 'sts.amazonaws.com', actor: pick(r, actors) };
  const d = parseDefaultSubject(sub);
  let owner: string | undefined;
  let ownerId: string | undefined;
  let repo: string | undefined;
  let context = '';
  if (d) {
    owner = d.owner;
    repo = d.repo;
    ownerId = d.ownerId;
    if (d.repoId) claims.repository_id = d.repoId;
    context = sub.slice(sub.indexOf(':', sub.indexOf('/')) + 1);
  } else {
    const pairs = parseCustomSubject(sub) ?? [];
    for (const { key, value } of pairs) {
      if (key === 'repo') { const m = /^([^@/]+)(?:@(\d+))?\/([^@]+)(?:@(\d+))?$/.exec(value); owner = m?.[1]; repo = m?.[3]; ownerId = m?.[2] ?? ownerId; if (m?.[4]) claims.repository_id = m[4]; }
      else if (key === 'repository_owner_id') ownerId = value;
      else if (key === 'repository_owner') owner = value;
      else if (key === 'context') context = value;
      else if (key === 'ref') context = `ref:${value}`;
      else if (key === 'environment') context = `environment:${value}`;
      else if (key === 'job_workflow_ref' || key === 'workflow' || key === 'actor' || key === 'repository_id' || key === 'actor_id' || key === 'enterprise_id') claims[key] = value;
    }
  }
  owner ??= 'zz9';
  repo ??= 'x';
  claims.repository = `${owner}/${repo}`;
  claims.repository_owner_id = ownerId ?? '880000001';
  if (claims.repository_id === undefined) claims.repository_id = '880000002';
  const ref = context.startsWith('ref:') ? context.slice(4) : context === 'pull_request' ? 'refs/pull/1/merge' : 'refs/heads/main';
  claims.ref = ref;
  if (context.startsWith('environment:')) claims.environment = context.slice('environment:'.length);
  if (claims.job_workflow_ref === undefined) claims.job_workflow_ref = `${owner}/${repo}/.github/workflows/deploy.yml@${ref}`;
  return { claims, owner, ownerId };
}

/**
 * Checks one file's text (any source format: the file name picks the reader, as in `check`);
 * returns the violations (empty when the verdicts are consistent). Witnesses are replayed as
 * `check --format json` prints them (report/finding.ts, through JSON). A file may hold several
 * policies (Terraform roles, CloudFormation resources, renderings of one policy): check and explain
 * are compared per resource, and a witness must replay in one rendering of its resource.
 */
export function guardPolicy(text: string, seed: number, searchCount = 120, file = 'guard.json'): Violation[] {
  const { findings, documents } = analyze([{ file, text }]);
  const out: Violation[] = [];
  const docs = documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy');
  const scopeOf = (f: (typeof findings)[number]): boolean => (SCOPE_ORDER as readonly string[]).includes(f.ruleId) && f.location?.file === file;
  const byResource = new Map<string, TrustPolicyDocument[]>();
  for (const d of docs) {
    const k = d.resource ?? '';
    byResource.set(k, [...(byResource.get(k) ?? []), d]);
  }
  for (const [resource, group] of byResource) {
    const scope = findings.filter((f) => scopeOf(f) && (f.resource ?? '') === resource);
    for (const f of scope) {
      const printed = JSON.parse(JSON.stringify(toReportFinding(f))) as { witness?: Record<string, string> };
      if (!printed.witness) { out.push({ property: 'witness-replay', detail: `${f.ruleId} without a witness` }); continue; }
      const decisions = group.map((d) => replay(d, printed.witness ?? {}));
      if (!decisions.includes('allow')) out.push({ property: 'witness-replay', detail: `${resource} ${f.ruleId} witness ${JSON.stringify(printed.witness)} → ${decisions.join('/')}` });
    }
    // Renderings of one resource each report their own findings; explain is per rendering.
    const explainIds = group.flatMap((d) => explainPolicy(d).providers.flatMap((p) => p.statements.flatMap((s) => (s.ruleId ? [s.ruleId] : []))));
    const checkIds = scope.map((f) => f.ruleId);
    const distinct = (xs: string[]): string => [...new Set(xs)].sort().join();
    if (group.length === 1 ? [...explainIds].sort().join() !== [...checkIds].sort().join() : distinct(explainIds) !== distinct(checkIds)) {
      out.push({ property: 'check-explain', detail: `${resource}: check ${JSON.stringify(checkIds)} vs explain ${JSON.stringify(explainIds)}` });
    }
  }
  for (const doc of docs) {
    const ctx: Ctx = { doc, text: JSON.stringify(toJson(doc.root)) };
    const explained = explainPolicy(doc);
    for (const p of explained.providers) for (const s of p.statements) for (const c of s.classes) {
      if (c.admitted && c.witness && replay(doc, c.witness) !== 'allow') out.push({ property: 'check-explain', detail: `explain admits ${c.cls} with ${JSON.stringify(c.witness)} but simulate does not allow it` });
    }
    if (explained.providers.length !== 1) continue;
    const issuer = GEN_ISSUERS.find((i) => explained.providers[0]?.statements.length && ctx.text.includes(`oidc-provider/${i.fed}`));
    if (issuer) {
      out.push(...issuerBlockedButAllowed(doc, ctx.text, issuer, explained, seed, searchCount));
      continue;
    }
    // A class is blocked only if every trusting statement blocks it (explain: tried, not admitted, not unknown).
    const statements = explained.providers[0]?.statements ?? [];
    const blockedEverywhere = (cls: string): boolean =>
      statements.length > 0 && statements.every((s) => s.classes.some((c) => c.cls === cls && c.applicable && !c.admitted && !c.unknown));
    const ownerBlocked = blockedEverywhere('other-owner');
    // Another repository of a named owner is either class: a neutral name (other-repo) or one filling a name wildcard.
    const repoBlocked = blockedEverywhere('other-repo') && (blockedEverywhere('repo-name-match') || !statements.some((s) => s.classes.some((c) => c.cls === 'repo-name-match' && c.applicable)));
    if (!ownerBlocked && !repoBlocked) continue;
    const strings = policyStrings(ctx.text);
    const named = namedOwners(strings);
    const namedRepos = new Set(strings.flatMap((s) => [...s.matchAll(/([A-Za-z0-9-]+)(?:@\d+)?\/([A-Za-z0-9._-]+?)(?:@\d+)?(?=$|:)/g)].map((m) => `${m[1]}/${m[2]}`.toLowerCase())));
    const actors = ['attacker', 'octocat'];
    const r = rng(seed);
    for (const sub of candidateSubs(strings, r, searchCount)) {
      const t = tokenFor(sub, actors, r);
      if (!t) continue;
      const ownerNamed = (t.owner !== undefined && named.names.has(t.owner.toLowerCase())) || (t.ownerId !== undefined && named.ids.has(t.ownerId));
      const cls = ownerNamed ? 'other-repo' : 'other-owner';
      // The evaluator takes a policy's sole owner name and sole owner id to be one account (witness.ts
      // intendedIdentities); the search keeps to that reading so that both speak of the same owner.
      if (ownerNamed && t.ownerId === undefined && named.ids.size === 1) t.claims.repository_owner_id = [...named.ids][0] ?? '';
      const soleName = named.names.size === 1 ? [...named.names][0] : undefined;
      if (ownerNamed && soleName && t.owner !== undefined && t.owner.toLowerCase() !== soleName && t.ownerId !== undefined && named.ids.has(t.ownerId)) {
        const repo = (t.claims.repository ?? '').split('/')[1] ?? 'x';
        t.claims.repository = `${soleName}/${repo}`;
        t.claims.job_workflow_ref = `${soleName}/${repo}/.github/workflows/deploy.yml@${t.claims.ref ?? ''}`;
      }
      if (cls === 'other-repo' && !repoBlocked) continue;
      if (cls === 'other-owner' && !ownerBlocked) continue;
      // "another repository" must really be another one: not a repository the policy names.
      if (cls === 'other-repo' && namedRepos.has((t.claims.repository ?? '').toLowerCase())) continue;
      if (replay(doc, t.claims) === 'allow') {
        out.push({ property: 'blocked-but-allowed', detail: `explain says ${cls} blocked, simulate allows ${JSON.stringify(t.claims)}` });
        break;
      }
    }
  }
  return out;
}

/**
 * Property 3 for another issuer: explain calls another namespace blocked, yet a subject built from
 * the policy's own sub values (wildcards filled from its alphabet), of a namespace the policy does
 * not name literally, is allowed by simulate with the issuer's audience.
 */
function issuerBlockedButAllowed(doc: TrustPolicyDocument, text: string, i: (typeof GEN_ISSUERS)[number], explained: ReturnType<typeof explainPolicy>, seed: number, count: number): Violation[] {
  const statements = explained.providers[0]?.statements ?? [];
  const blocked = statements.length > 0 && statements.every((s) => s.classes.some((c) => c.cls === 'other-owner' && c.applicable && !c.admitted && !c.unknown));
  if (!blocked) return [];
  const strings = policyStrings(text);
  const esc = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const nsOf = (sub: string): string | undefined => new RegExp(`^${esc(i.head)}([^:]+?)${esc(i.sep)}`).exec(sub)?.[1];
  const named = new Set(strings.flatMap((v) => { const m = new RegExp(`^${esc(i.head)}([A-Za-z0-9_-]+)${esc(i.sep)}`).exec(v); return m?.[1] ? [m[1].toLowerCase()] : []; }));
  const fillers = ['', 'x', '7', 'Q', 'zz9', 'evil', `x${i.sep}${i.rest}`, `7${i.sep}${i.rest}`, `Q${i.sep}${i.rest}`, i.rest, `${i.sep}${i.rest}`];
  const r = rng(seed);
  const patterns = strings.filter((v) => v.startsWith(i.head) || v.startsWith('*') || v.startsWith('?') || v.includes('*'));
  for (let n = 0; n < count && patterns.length > 0; n++) {
    let sub = '';
    for (const ch of pick(r, patterns)) sub += ch === '*' ? pick(r, fillers) : ch === '?' ? pick(r, ['x', '7', 'Q', '-']) : ch;
    const ns = nsOf(sub);
    if (ns === undefined || named.has(ns.toLowerCase()) || !/^[a-z0-9][a-z0-9-]*$/.test(ns)) continue;
    if (replay(doc, { sub, aud: i.aud }) === 'allow') return [{ property: 'blocked-but-allowed', detail: `explain says other-owner blocked for ${i.fed}, simulate allows ${sub}` }];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Generated policies

const OWNER_VALUES = [
  'repo:acme/app:ref:refs/heads/main', 'repo:acme/*', 'repo:acme*', 'repo:*', 'repo:acme/app:*', 'repo:acme/app:environment:prod',
  'repo:acme/app:pull_request', '*', 'repo:a?me/*', 'r*e*p*o*:*a*c*m*e*/*', `repo:\${${K}:repository}:ref:refs/heads/main`,
  'repository_owner_id:123*', 'repository_owner_id:123:*', 'repository_owner_id:123', 'repo:acme@123/app@456:ref:refs/heads/main',
  'repo:acme/app-*:ref:refs/heads/main', 'repo:*/app:ref:refs/heads/main', 'repo:acme-*', `repo:${'?'.repeat(12)}*`, `repo:${'*a'.repeat(6)}/*`,
];
const EXTRA: [string, string[]][] = [
  ['repository_owner_id', ['123', '12?', '123*']],
  ['repository', ['acme/app', 'acme/*', 'acme*']],
  ['actor', ['octocat']],
  ['environment', ['prod', 'prod*']],
  ['ref', ['refs/heads/main', 'refs/heads/*']],
  ['job_workflow_ref', ['acme/wf/.github/workflows/d.yml@refs/heads/main', 'acme/wf/*']],
  ['repositry', ['acme/app']],
];
const POSITIVE = ['StringLike', 'StringEquals', 'StringEqualsIgnoreCase', 'ForAnyValue:StringLike', 'StringLikeIfExists'];
const NEGATIVE = ['StringNotLike', 'StringNotEquals', 'StringNotLikeIfExists'];

function values(r: () => number, pool: readonly string[]): string | string[] {
  const n = r() < 0.7 ? 1 : 2 + Math.floor(r() * 2);
  const vs = [...new Set(Array.from({ length: n }, () => pick(r, pool)))];
  return vs.length === 1 ? (vs[0] as string) : vs;
}

/** Other issuers (issue 18): provider, audience, sub head before the namespace, literal after it. */
export const GEN_ISSUERS = [
  { fed: 'gitlab.com', aud: 'https://gitlab.com', head: 'project_path:', sep: '/', rest: 'app:ref_type:branch:ref:main' },
  { fed: 'agent.buildkite.com', aud: 'sts.amazonaws.com', head: 'organization:', sep: ':pipeline:', rest: 'app:ref:refs/heads/main:commit:0123456789abcdef0123456789abcdef01234567:step:deploy' },
  { fed: 'app.terraform.io', aud: 'aws.workload.identity', head: 'organization:', sep: ':project:', rest: 'Default Project:workspace:app:run_phase:apply' },
] as const;

function issuerSubValues(i: (typeof GEN_ISSUERS)[number]): string[] {
  const spread = Array.from(i.head).join('*');
  return [
    `${i.head}acme${i.sep}${i.rest}`, `${i.head}acme${i.sep}*`, `${i.head}acme*`, `${i.head}*`, '*', `${i.head}a?me${i.sep}*`,
    `${spread}*a*c*m*e*${i.sep}*`, `${i.head}${'?'.repeat(12)}*`, `${i.head}${'*a'.repeat(6)}${i.sep}*`, `${i.head}acme-*`, `${i.head}*${i.sep}${i.rest}`,
  ];
}

/** A policy for another issuer: the same operators, lists, negations and Deny statements on its sub. */
export function generateIssuerPolicy(r: () => number): string {
  const i = pick(r, GEN_ISSUERS);
  const pool = issuerSubValues(i);
  const letters = Array.from('abcdefghijklmnopqrstuvwxyz');
  const principal = { Federated: `arn:aws:iam::123456789012:oidc-provider/${i.fed}` };
  const condition = (effect: 'Allow' | 'Deny'): Record<string, Record<string, unknown>> => {
    const c: Record<string, Record<string, unknown>> = {};
    const put = (op: string, v: unknown): void => { (c[op] ??= {})[`${i.fed}:sub`] = v; };
    if (effect === 'Allow' && r() < 0.9) c.StringEquals = { [`${i.fed}:aud`]: i.aud };
    if (r() < 0.85) put(effect === 'Deny' && r() < 0.5 ? pick(r, NEGATIVE) : pick(r, POSITIVE), values(r, pool));
    if (r() < 0.2) put(pick(r, NEGATIVE), values(r, pool));
    else if (r() < 0.15) put('StringNotLike', letters.slice(0, 10 + Math.floor(r() * 17)).map((l) => `${i.head}${l}*`));
    return c;
  };
  const statements: unknown[] = [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition('Allow') }];
  if (r() < 0.3) statements.push({ Effect: 'Deny', Principal: principal, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition('Deny') });
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

/** One random trust policy (seeded): operators, wildcards, lists, Deny statements, variables. */
export function generatePolicy(r: () => number): string {
  if (r() < 0.3) return generateIssuerPolicy(r);
  const statements: unknown[] = [];
  const nAllow = r() < 0.8 ? 1 : 2;
  const condition = (effect: 'Allow' | 'Deny'): Record<string, Record<string, unknown>> => {
    const c: Record<string, Record<string, unknown>> = {};
    const put = (op: string, key: string, v: unknown): void => { (c[op] ??= {})[`${K}:${key}`] = v; };
    if (effect === 'Allow' && r() < 0.9) put('StringEquals', 'aud', 'sts.amazonaws.com');
    if (r() < 0.85) put(effect === 'Deny' && r() < 0.5 ? pick(r, NEGATIVE) : pick(r, POSITIVE), 'sub', values(r, OWNER_VALUES));
    if (r() < 0.25) put(pick(r, NEGATIVE), 'sub', values(r, OWNER_VALUES));
    for (const [key, pool] of EXTRA) if (r() < 0.12) put(r() < 0.75 ? pick(r, POSITIVE) : pick(r, NEGATIVE), key, values(r, pool));
    return c;
  };
  for (let i = 0; i < nAllow; i++) {
    statements.push({ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${K}` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition('Allow') });
  }
  if (r() < 0.35) statements.push({ Effect: 'Deny', Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${K}` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition('Deny') });
  return JSON.stringify({ Version: r() < 0.9 ? '2012-10-17' : '2008-10-17', Statement: statements }, null, 2);
}
