import { emptyKnowledge, type PolicyKnowledge } from '../github/knowledge.js';
import { globMatches, hasWildcard, instantiate } from '../github/patterns.js';
import type { OutsiderClass, Witness } from '../github/witness.js';
import type { Shape } from '../github/sub-search.js';
import type { SubjectContext } from '../github/subject.js';
import { replaceMarkers } from '../model/policy.js';
import type { FacetRole, FacetSpec, IssuerEntry, IssuerMatch, SubGrammar } from './types.js';

/**
 * Witness synthesis for the registry's grammar-driven issuers (every issuer but GitHub, whose
 * engine is github/witness.ts). Like GitHub's, every candidate value is drawn from the policy's own
 * values (literal parts are what the author meant, wildcard parts what an outsider fills in) and
 * every candidate is replayed through the evaluator by the caller: a witness is only ever a token
 * the policy as written admits.
 */

type Part = { lit: string } | { facet: string };

/** Splits a `<facet>` template into literal and facet parts. */
export function templateParts(template: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of template.matchAll(/<([A-Za-z][A-Za-z0-9_]*)>/g)) {
    if (m.index > last) parts.push({ lit: template.slice(last, m.index) });
    parts.push({ facet: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ lit: template.slice(last) });
  return parts;
}

/**
 * Reads a (possibly wildcarded) sub pattern against a template: facet → the pattern's text for it.
 * Stops where the pattern stops following the template (a `*` that spans several facets leaves
 * them unread). Between two facets joined by `/`, the split is at the last `/` (namespaces nest).
 */
export function readPattern(template: string, pattern: string): Map<string, string> {
  const parts = templateParts(template);
  const out = new Map<string, string>();
  let pos = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part) break;
    if ('lit' in part) {
      if (!pattern.startsWith(part.lit, pos)) break;
      pos += part.lit.length;
      continue;
    }
    const next = parts[i + 1];
    if (!next || !('lit' in next)) {
      if (!next) out.set(part.facet, pattern.slice(pos));
      break;
    }
    if (next.lit === '/') {
      const after = parts[i + 3];
      const end = after && 'lit' in after ? indexOrEnd(pattern, after.lit, pos) : pattern.length;
      const segment = pattern.slice(pos, end);
      const slash = segment.lastIndexOf('/');
      if (slash < 0) {
        out.set(part.facet, segment);
        break;
      }
      out.set(part.facet, segment.slice(0, slash));
      pos += slash;
      continue;
    }
    const idx = pattern.indexOf(next.lit, pos);
    if (idx < 0) {
      out.set(part.facet, pattern.slice(pos, indexOrEnd(pattern, next.lit, pos)));
      break;
    }
    out.set(part.facet, pattern.slice(pos, idx));
    pos = idx;
  }
  return out;
}

/**
 * Where the next literal starts; when the pattern does not spell it (a wildcard took its place:
 * `project_path:acme/app:*`), where its first character does (`:`), else the end.
 */
function indexOrEnd(s: string, sub: string, from: number): number {
  const i = s.indexOf(sub, from);
  if (i >= 0) return i;
  const first = sub[0];
  const j = first === undefined ? -1 : s.indexOf(first, from);
  return j < 0 ? s.length : j;
}

/** Renders a template; undefined when a facet has no value. */
export function render(template: string, values: Readonly<Record<string, string | undefined>>): string | undefined {
  const names = [...template.matchAll(/<([A-Za-z][A-Za-z0-9_]*)>/g)].map((m) => m[1] ?? '');
  if (names.some((n) => values[n] === undefined)) return undefined;
  return template.replace(/<([A-Za-z][A-Za-z0-9_]*)>/g, (_w, name: string) => values[name] ?? '');
}

/** What the policy says about each facet of a grammar-driven issuer's tokens. */
export interface FacetKnowledge {
  literal: Map<string, Set<string>>;
  patterns: Map<string, Set<string>>;
  /** Bare claim names some condition of the provider tests. */
  tested: Set<string>;
  /** Values per bare claim name (aud, sub, …). */
  claimValues: Map<string, Set<string>>;
}

export function emptyFacetKnowledge(): FacetKnowledge {
  return { literal: new Map(), patterns: new Map(), tested: new Set(), claimValues: new Map() };
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function learnFacet(k: FacetKnowledge, facet: string, value: string): void {
  if (value === '') return;
  if (hasWildcard(value)) addTo(k.patterns, facet, value);
  else addTo(k.literal, facet, value);
}

/** Adds one condition value (positive, of an Allow) of a bare claim to the knowledge. */
export function learnIssuerClaim(k: FacetKnowledge, grammar: SubGrammar, claim: string, value: string): void {
  addTo(k.claimValues, claim, value);
  if (claim === 'sub') {
    for (const template of grammar.sub) for (const [facet, v] of readPattern(template, value)) learnFacet(k, facet, v);
    return;
  }
  const template = grammar.claims[claim];
  const single = template ? /^<([A-Za-z][A-Za-z0-9_]*)>$/.exec(template) : null;
  if (single?.[1]) learnFacet(k, single[1], value);
}

/** The GitHub-shaped knowledge messages and explain read (owners, repositories, branches). */
export function compatKnowledge(k: FacetKnowledge, grammar: SubGrammar, match: IssuerMatch): PolicyKnowledge {
  const out = emptyKnowledge();
  const byRole = (role: FacetRole): string[] => Object.entries(grammar.facets).filter(([, f]) => f.role === role).map(([n]) => n);
  const lits = (role: FacetRole): string[] => byRole(role).flatMap((f) => [...(k.literal.get(f) ?? [])]);
  const pats = (role: FacetRole): string[] => byRole(role).flatMap((f) => [...(k.patterns.get(f) ?? [])]);
  const namespaces = match.organisation !== undefined ? [match.organisation] : lits('namespace');
  for (const n of namespaces) out.owners.add(n);
  for (const p of pats('namespace')) out.ownerPatterns.add(p);
  for (const p of lits('project')) out.repoNames.add(p);
  for (const p of pats('project')) out.repoPatterns.add(p);
  const owner = namespaces[0];
  for (const p of lits('project')) out.repos.set(`${owner ?? ''}/${p}`, { owner: owner ?? '', repo: p });
  for (const r of lits('ref')) out.branches.add(r);
  for (const e of lits('environment')) out.environments.add(e);
  for (const [c, vs] of k.claimValues) for (const v of vs) {
    let set = out.claimValues.get(c);
    if (!set) out.claimValues.set(c, (set = new Set()));
    set.add(v);
  }
  for (const t of k.tested) out.tested.add(t);
  return out;
}

const unmarked = (v: string): string => replaceMarkers(v, 'u');

function validFor(spec: FacetSpec, v: string): boolean {
  if (spec.values && !spec.values.includes(v)) return false;
  return spec.valid ? spec.valid.test(unmarked(v)) : !/[*?]/.test(v);
}

/** An outsider's value for a facet: a fresh one, never one the policy names. */
function freshValues(spec: FacetSpec, taken: ReadonlySet<string>): string[] {
  const candidates: string[] = [...(spec.values ?? [])];
  const ex = spec.example;
  if (/^\{?[0-9a-f]{8}-/.test(ex)) candidates.push(ex.replace(/[0-9a-f]{4}(\}?)$/, 'ee99$1'));
  else if (/^\d+$/.test(ex)) candidates.push('990000021', '990000022');
  else candidates.push(`attacker-${ex.replace(/\s+/g, '-')}`, 'attacker');
  return unique(candidates.filter((c) => !taken.has(c) && validFor(spec, c)));
}

function unique<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

function fills(spec: FacetSpec, patterns: Iterable<string>): string[] {
  const out: string[] = [];
  for (const p of patterns) for (const v of instantiate(p)) if (validFor(spec, v) && !out.includes(v)) out.push(v);
  return out;
}

/** Upper bound of candidates per class, so that pathological policies stay fast. */
const MAX_PER_CLASS = 400;

interface Plan {
  cls: OutsiderClass;
  /** Candidate values per facet; facets not listed have no value. */
  choices: Record<string, string[]>;
}

export interface IssuerWitnessOptions {
  entry: IssuerEntry;
  match: IssuerMatch;
  /** Owners named by the configuration (namespaces the user trusts). */
  configOwners?: readonly string[];
  /**
   * Only this class, with these facet values fixed (a subject the exact search found: the other
   * facets come from the class's plan as usual).
   */
  fixed?: { cls: OutsiderClass; facets: Readonly<Record<string, string>> };
}

/** Candidate tokens per outsider class of the issuer, lazily; `skip` stops a class. */
export function* synthesizeIssuerWitnesses(
  k: FacetKnowledge,
  options: IssuerWitnessOptions,
  skip: (cls: OutsiderClass) => boolean = () => false,
): Generator<Witness> {
  const { entry, match } = options;
  const grammar = entry.grammar;
  if (!grammar) return;
  const stsClaims = new Set(entry.stsClaims(match));
  const auds = unique([...(k.claimValues.get('aud') ?? [])].flatMap((v) => instantiate(v)).filter((v) => v !== ''));
  const audChoices = unique([...auds, ...entry.audiences('', match)]).slice(0, 3);
  // Facets that can change a verdict: those in sub and those of claims a condition tests.
  const relevant = new Set<string>();
  for (const t of grammar.sub) for (const p of templateParts(t)) if ('facet' in p) relevant.add(p.facet);
  for (const [claim, t] of Object.entries(grammar.claims)) {
    if (!stsClaims.has(claim) || !k.tested.has(claim)) continue;
    for (const p of templateParts(t)) if ('facet' in p) relevant.add(p.facet);
  }
  const testedClaims = [...k.tested].filter((c) => c !== 'sub');
  const seen = new Set<string>();
  const fixed = options.fixed;
  for (const found of plans(k, grammar, options, relevant)) {
    if (fixed && found.cls !== fixed.cls) continue;
    const plan: Plan = fixed ? { cls: found.cls, choices: { ...found.choices, ...Object.fromEntries(Object.entries(fixed.facets).map(([f, v]) => [f, [v]])) } } : found;
    let count = 0;
    const facets = Object.keys(plan.choices);
    for (const values of product(facets.map((f) => plan.choices[f] ?? []))) {
      if (skip(plan.cls) || count >= MAX_PER_CLASS) break;
      const assignment: Record<string, string> = {};
      facets.forEach((f, i) => {
        const v = values[i];
        if (v !== undefined) assignment[f] = v;
      });
      for (const template of grammar.sub) {
        const sub = render(template, assignment);
        if (sub === undefined) continue;
        for (const aud of audChoices) {
          const claims: Record<string, string> = { sub, aud };
          for (const [claim, t] of Object.entries(grammar.claims)) {
            if (!stsClaims.has(claim)) continue;
            const v = render(t, assignment);
            if (v !== undefined) claims[claim] = v;
          }
          const key = `${plan.cls}\u0001${sub}\u0001${testedClaims.map((c) => claims[c] ?? '').join('\u0001')}`;
          if (seen.has(key)) continue;
          seen.add(key);
          count++;
          yield { cls: plan.cls, claims, identity: identityOf(grammar, assignment, match), context: contextOf(grammar, assignment), facets: assignment };
        }
      }
    }
  }
}

function* product(lists: string[][]): Generator<(string | undefined)[]> {
  if (lists.some((l) => l.length === 0)) {
    // A facet without candidates stays unset (templates that need it are skipped).
    lists = lists.map((l) => (l.length === 0 ? [] : l));
  }
  const sizes = lists.map((l) => Math.max(l.length, 1));
  const total = sizes.reduce((a, b) => a * b, 1);
  for (let n = 0; n < total; n++) {
    let rest = n;
    const out: (string | undefined)[] = [];
    for (let i = 0; i < lists.length; i++) {
      const size = sizes[i] ?? 1;
      out.push(lists[i]?.[rest % size]);
      rest = Math.floor(rest / size);
    }
    yield out;
  }
}

function facetOfRole(grammar: SubGrammar, role: FacetRole): string | undefined {
  return Object.entries(grammar.facets).find(([, f]) => f.role === role)?.[0];
}

function identityOf(grammar: SubGrammar, a: Record<string, string>, match: IssuerMatch): Witness['identity'] {
  const get = (role: FacetRole): string | undefined => {
    const f = facetOfRole(grammar, role);
    return f ? a[f] : undefined;
  };
  return {
    owner: get('namespace') ?? match.organisation ?? '',
    ownerId: get('namespace-id') ?? '',
    repo: get('project') ?? '',
    repoId: get('project-id') ?? '',
  };
}

function contextOf(grammar: SubGrammar, a: Record<string, string>): SubjectContext {
  const env = facetOfRole(grammar, 'environment');
  if (env && a[env] !== undefined) return { kind: 'environment', name: a[env] };
  const refType = facetOfRole(grammar, 'ref-type');
  const ref = facetOfRole(grammar, 'ref');
  const name = (ref ? a[ref] : undefined) ?? '';
  const tagValue = refType ? grammar.facets[refType]?.values?.[1] : undefined;
  if (refType && a[refType] === tagValue) return { kind: 'tag', name };
  return { kind: 'branch', name };
}

/** The facet plans of every class the issuer has, in its order. */
function plans(k: FacetKnowledge, grammar: SubGrammar, options: IssuerWitnessOptions, relevant: ReadonlySet<string>): Plan[] {
  const { entry, match } = options;
  const facets = Object.entries(grammar.facets);
  const lit = (f: string): string[] => [...(k.literal.get(f) ?? [])].filter((v) => validFor(grammar.facets[f] ?? { role: 'free', example: '' }, v) || /[$]\{/.test(v) || unmarked(v) !== v);
  const pat = (f: string): string[] => [...(k.patterns.get(f) ?? [])];
  const named = (role: FacetRole): string | undefined => facetOfRole(grammar, role);
  const nsFacet = named('namespace');
  const projectFacet = named('project');
  const refFacet = named('ref');
  const refTypeFacet = named('ref-type');
  const envFacet = named('environment');
  const phaseFacet = named('phase');

  /** Values an outsider running its own job picks: the policy's, fillings of its wildcards, a neutral one. */
  const free = (f: string, spec: FacetSpec): string[] => {
    if (!relevant.has(f)) return spec.values ? [spec.values[0] ?? spec.example] : [spec.example];
    const vals = unique([...lit(f), ...fills(spec, pat(f)), ...(spec.values ?? []), spec.example]).filter((v) => validFor(spec, v) || unmarked(v) !== v);
    return vals.slice(0, spec.values ? spec.values.length : 3);
  };
  /** What the policy means to trust: its literal values; else fillings of its wildcards (a stand-in for "any"). */
  const intended = (f: string, spec: FacetSpec): string[] => {
    const l = lit(f);
    if (l.length) return l.slice(0, 3);
    const filled = fills(spec, pat(f));
    if (filled.length) return filled.slice(0, 2);
    return spec.role === 'namespace-id' || spec.role === 'project-id' || !relevant.has(f) ? [spec.example] : [];
  };
  const base = (mode: (f: string, spec: FacetSpec) => string[] | undefined): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const [f, spec] of facets) out[f] = mode(f, spec) ?? free(f, spec);
    return out;
  };

  const nsIdFacet = named('namespace-id');
  const namedNamespaces = nsFacet
    ? match.organisation !== undefined
      ? [match.organisation]
      : unique([...lit(nsFacet), ...(options.configOwners ?? [])])
    : [];
  // A namespace known only by its id (`namespace_id`) still has a name; any fixed one will do.
  const intendedNamespaces =
    namedNamespaces.length === 0 && nsFacet && nsIdFacet && lit(nsIdFacet).length > 0 ? [grammar.facets[nsFacet]?.example ?? 'namespace'] : namedNamespaces;
  const nsSpec = nsFacet ? grammar.facets[nsFacet] : undefined;
  const pinNamespace = (f: string, spec: FacetSpec): string[] | undefined => {
    if (f === nsFacet) return match.organisation !== undefined ? [match.organisation] : intendedNamespaces.slice(0, 3);
    if (spec.role === 'namespace-id') return intended(f, spec);
    return undefined;
  };
  const out: Plan[] = [];
  const has = (cls: OutsiderClass): boolean => entry.classes.includes(cls);

  // Another namespace: a fresh one, or one that extends or fills the policy's namespace patterns.
  if (has('other-owner') && nsFacet && nsSpec && match.organisation === undefined) {
    const taken = new Set(intendedNamespaces.map((n) => n.toLowerCase()));
    const outsiders = unique([...intendedNamespaces.map((n) => `${n}-evil`), ...fills(nsSpec, pat(nsFacet)), ...freshValues(nsSpec, taken)])
      .filter((n) => !taken.has(n.toLowerCase()) && validFor(nsSpec, n) && !intendedNamespaces.some((i) => n.toLowerCase().startsWith(`${i.toLowerCase()}/`)));
    out.push({
      cls: 'other-owner',
      choices: base((f, spec) => {
        if (f === nsFacet) return outsiders.slice(0, 4);
        if (spec.role === 'namespace-id' || spec.role === 'project-id') return unique([...freshValues(spec, new Set(lit(f))), ...fills(spec, pat(f))]).slice(0, 2);
        if (f === projectFacet) return unique([...lit(f), ...fills(spec, pat(f)), spec.example]).filter((v) => validFor(spec, v)).slice(0, 3);
        return undefined;
      }),
    });
  }

  const inNamespace = intendedNamespaces.length > 0 || nsFacet === undefined;
  const projectSpec = projectFacet ? grammar.facets[projectFacet] : undefined;
  const intendedProjects = projectFacet ? lit(projectFacet) : [];
  // Another project of the namespace: a neutral name no project pattern of the policy spells.
  if (has('other-repo') && inNamespace && projectFacet && projectSpec) {
    const literalish = pat(projectFacet).filter((p) => /[^*?]/.test(p));
    const neutral = freshValues(projectSpec, new Set(intendedProjects)).filter((n) => !literalish.some((p) => globMatches(p, n)));
    out.push({
      cls: 'other-repo',
      choices: base((f, spec) => {
        if (f === projectFacet) return neutral.slice(0, 2);
        if (spec.role === 'project-id') return unique([...freshValues(spec, new Set(lit(f))), ...fills(spec, pat(f))]).slice(0, 2);
        return pinNamespace(f, spec);
      }),
    });
  }
  if (has('repo-name-match') && inNamespace && projectFacet && projectSpec) {
    const named = new Set(intendedProjects.map((p) => p.toLowerCase()));
    const matching = fills(projectSpec, pat(projectFacet)).filter((p) => !named.has(p.toLowerCase()) && /[^*?]/.test(pat(projectFacet).join('')));
    if (matching.length) {
      out.push({
        cls: 'repo-name-match',
        choices: base((f, spec) => {
          if (f === projectFacet) return matching.slice(0, 3);
          if (spec.role === 'project-id') return freshValues(spec, new Set(lit(f))).slice(0, 1);
          return pinNamespace(f, spec);
        }),
      });
    }
  }
  // The same names re-registered with new ids: only where the policy tests an id key at all.
  const idFacets = facets.filter(([, s]) => s.role === 'namespace-id' || s.role === 'project-id').map(([f]) => f);
  const testsIds = Object.entries(grammar.claims).some(([claim, t]) => k.tested.has(claim) && idFacets.some((f) => t.includes(`<${f}>`)));
  if (has('other-ids') && testsIds && intendedProjects.length > 0) {
    out.push({
      cls: 'other-ids',
      choices: base((f, spec) => {
        if (f === nsFacet) return intendedNamespaces.slice(0, 2);
        if (f === projectFacet) return intendedProjects.slice(0, 2);
        if (idFacets.includes(f)) return unique([...fills(spec, pat(f)), ...freshValues(spec, new Set(lit(f)))]).filter((v) => !lit(f).includes(v)).slice(0, 3);
        return undefined;
      }),
    });
  }

  // In the intended project (or what stands for it): contexts the policy does not name.
  const projects = projectFacet && projectSpec ? intended(projectFacet, projectSpec) : [];
  const inProject = inNamespace && projects.length > 0;
  const pinProject = (f: string, spec: FacetSpec): string[] | undefined => {
    if (f === projectFacet) return projects;
    if (spec.role === 'project-id' || spec.role === 'group') return intended(f, spec).length ? intended(f, spec) : undefined;
    return pinNamespace(f, spec);
  };
  const refSpec = refFacet ? grammar.facets[refFacet] : undefined;
  const literalRefs = refFacet ? lit(refFacet) : [];
  const newRefs = (extra: string): string[] =>
    refFacet && refSpec ? unique([...fills(refSpec, pat(refFacet)), extra, ...literalRefs.map((r) => r.toUpperCase())]).filter((r) => !literalRefs.includes(r) && validFor(refSpec, r)).slice(0, 4) : [];
  const refTypes = refTypeFacet ? grammar.facets[refTypeFacet]?.values ?? [] : [];
  const inProjectPlan = (cls: OutsiderClass, overrides: Record<string, string[]>): void => {
    out.push({
      cls,
      choices: base((f, spec) => {
        if (f in overrides) return overrides[f];
        if (spec.role === 'protected') return ['false'];
        if (spec.role === 'source') return ['push'];
        return pinProject(f, spec);
      }),
    });
  };
  if (inProject && refFacet) {
    const typed = (value: string | undefined): Record<string, string[]> => (refTypeFacet && value !== undefined ? { [refTypeFacet]: [value] } : {});
    if (has('new-branch')) inProjectPlan('new-branch', { [refFacet]: newRefs('attacker-branch'), ...typed(refTypes[0]) });
    if (has('new-tag') && refTypes[1]) inProjectPlan('new-tag', { [refFacet]: newRefs('v0.0.0-attacker'), ...typed(refTypes[1]) });
    // Merge-request pipelines run on the source branch (`ref_type:branch`): they are told apart from
    // other branch runs only by pipeline_source, so the class exists only where a condition tests it.
    const sourceFacet = named('source');
    const sourceClaim = Object.entries(grammar.claims).find(([, t]) => sourceFacet !== undefined && t === `<${sourceFacet}>`)?.[0];
    if (has('pull-request') && sourceFacet && sourceClaim && k.tested.has(sourceClaim)) {
      inProjectPlan('pull-request', { [refFacet]: newRefs('attacker-branch'), ...typed(refTypes[0]), [sourceFacet]: ['merge_request_event'] });
    }
  }
  if (inProject && envFacet && has('new-environment')) {
    const spec = grammar.facets[envFacet];
    if (spec) inProjectPlan('new-environment', { [envFacet]: unique([...fills(spec, pat(envFacet)), ...freshValues(spec, new Set(lit(envFacet)))]).filter((e) => !lit(envFacet).includes(e)).slice(0, 3) });
  }
  if (inProject && phaseFacet && has('run-phase')) {
    const spec = grammar.facets[phaseFacet];
    const literal = lit(phaseFacet);
    // With no phase named, apply is what a deploy role is for; plan (speculative plans of pull
    // requests included) is the outsider.
    const others = literal.length ? (spec?.values ?? []).filter((p) => !literal.includes(p)) : ['plan'];
    if (others.length) inProjectPlan('run-phase', { [phaseFacet]: others });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Shapes for the exact search (github/sub-search.ts findGrammarSub)

const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_v, i) => String.fromCharCode(0x20 + i));

/**
 * The characters a facet's values may hold, as a one-character class: every printable ASCII
 * character that a valid value holds somewhere (alone, or between letters or digits). A superset
 * of the facet's language, so that a walk over it misses no valid subject.
 */
function facetClass(spec: FacetSpec): RegExp {
  const ok = (ch: string): boolean =>
    spec.valid ? [ch, `a${ch}a`, `0${ch}0`, `a${ch}`, `${ch}a`, `A${ch}A`].some((v) => spec.valid?.test(v) === true) : ch !== '*' && ch !== '?';
  const chars = PRINTABLE.filter(ok);
  return new RegExp(`^[${chars.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]$`);
}

/** Bound on the shapes one template expands to (closed value sets are spelt out). */
const MAX_SHAPES = 16;

/** The subject shapes of a grammar: per template, each closed-set facet spelt out, every other facet a run of its class. */
export function grammarShapes(grammar: SubGrammar): { template: string; shape: Shape }[] {
  const out: { template: string; shape: Shape }[] = [];
  for (const template of grammar.sub) {
    let partial: Shape[] = [[]];
    for (const part of templateParts(template)) {
      if ('lit' in part) {
        partial = partial.map((sh) => [...sh, { lit: part.lit }]);
        continue;
      }
      const spec = grammar.facets[part.facet];
      if (!spec) return [];
      if (spec.values) partial = partial.flatMap((sh) => (spec.values ?? []).map((v): Shape => [...sh, { lit: v }]));
      else partial = partial.map((sh) => [...sh, { cls: facetClass(spec), max: Infinity }]);
      if (partial.length > MAX_SHAPES) return [];
    }
    // Merge adjacent literals (a closed value between two literals).
    for (const sh of partial) {
      const merged: Shape = [];
      for (const p of sh) {
        const last = merged[merged.length - 1];
        if ('lit' in p && last && 'lit' in last) merged[merged.length - 1] = { lit: last.lit + p.lit };
        else if (!('lit' in p) || p.lit !== '') merged.push(p);
      }
      out.push({ template, shape: merged });
    }
  }
  return out;
}

/** The facet values of a concrete subject under a template, when every facet is a valid value and the subject renders back. */
export function parseGrammarSub(grammar: SubGrammar, template: string, sub: string): Record<string, string> | undefined {
  const read = readPattern(template, sub);
  const facets: Record<string, string> = {};
  for (const p of templateParts(template)) {
    if (!('facet' in p)) continue;
    const v = read.get(p.facet);
    const spec = grammar.facets[p.facet];
    if (v === undefined || v === '' || !spec || !validFor(spec, v)) return undefined;
    facets[p.facet] = v;
  }
  return render(template, facets) === sub ? facets : undefined;
}

/**
 * The literal subject heads of a namespace under a template (`project_path:acme/`): the literal
 * text before the namespace facet, the namespace, and the literal after it. Empty when a facet
 * comes before the namespace (no literal head says "this namespace").
 */
export function namespaceHeads(grammar: SubGrammar, namespace: string): string[] {
  return facetHeads(grammar, { namespace: namespace });
}

/**
 * The subject heads up to and including the last of the given roles' facets and the literal after
 * it (`project_path:acme/app:`); facets before it that are not given are `*`
 * (`organization:acme:project:*:workspace:app:`).
 */
export function facetHeads(grammar: SubGrammar, byRole: Partial<Record<FacetRole, string>>): string[] {
  const out: string[] = [];
  const roleOf = (f: string): FacetRole | undefined => grammar.facets[f]?.role;
  for (const template of grammar.sub) {
    const parts = templateParts(template);
    let text = '';
    let last = -1;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (!p) break;
      if ('lit' in p) continue;
      const role = roleOf(p.facet);
      if (role !== undefined && byRole[role] !== undefined) last = i;
    }
    if (last < 0) continue;
    let ok = true;
    for (let i = 0; i <= last + 1 && ok; i++) {
      const p = parts[i];
      if (!p) ok = false;
      else if ('lit' in p) text += p.lit;
      else {
        const role = roleOf(p.facet);
        // A facet not given (HCP's project between organization and workspace) is any value.
        text += (role === undefined ? undefined : byRole[role]) ?? '*';
      }
    }
    if (ok && 'lit' in (parts[last + 1] ?? { facet: '' })) out.push(text);
  }
  return out;
}
