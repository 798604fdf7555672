import type { TrustlintConfig } from '../config.js';
import { evaluatePolicy, evaluateStatements } from '../iam/evaluate.js';
import { StatementIndex } from '../iam/match-index.js';
import { keepSearch, recallSearch, searchKey, type SearchOutcome } from './search-memo.js';
import type { EvalRequest, EvalResult, Policy, PolicyProblem, Statement, StatementResult } from '../iam/types.js';
import { GITHUB_OUTSIDER_CLASSES } from '../github/witness.js';
import {
  githubIssuerKind,
  looksLikeGitHubPrefix,
  providerPrefix,
  splitConditionKey,
  syntheticProviderArn,
  type GitHubProvider,
} from '../github/issuers.js';
import { emptyKnowledge, learnClaimValue, type PolicyKnowledge } from '../github/knowledge.js';
import { synthesizeWitnesses, witnessForSub, type OutsiderClass, type Witness } from '../github/witness.js';
import { findGrammarSub, findOutsiderSub, subConstraints } from '../github/sub-search.js';
import { hasMarker, type PolicyPath } from '../model/policy.js';
import { globMatches } from '../github/patterns.js';
import { configuredGitHubIssuers, recogniseIssuer, type RecognisedIssuer } from '../issuers/registry.js';
import { GITHUB } from '../issuers/github.js';
import {
  compatKnowledge,
  emptyFacetKnowledge,
  facetHeads,
  grammarShapes,
  learnIssuerClaim,
  namespaceHeads,
  parseGrammarSub,
  synthesizeIssuerWitnesses,
  type FacetKnowledge,
} from '../issuers/synthesis.js';
import type { ScopeRuleId } from '../rules/scope-rules.js';

/**
 * What a scope rule says about the outsiders it reports (spec/rules.md "scope"). The rules' order in
 * rules/scope-rules.ts is the order of precedence: for each statement, the first rule that applies is
 * the one reported, the others are "also admitted".
 */
export interface ScopeDeclaration {
  /** The rule applies when one of these classes is admitted; the first admitted one is the witness. */
  classes: readonly OutsiderClass[];
  /** ...and every one of these is admitted too. */
  requires?: readonly OutsiderClass[];
  /**
   * ...and none of these earlier scope rules applies: it is a narrower view of what they report. (Ids
   * as strings: ScopeRuleId is derived from the rules that declare this; test/shape checks them.)
   */
  unlessApplies?: readonly string[];
  /** Who gets in, in a few words, for "Also admitted: …". */
  phrase: string;
}

export interface ScopeRule {
  id: ScopeRuleId;
  scope: ScopeDeclaration;
}

export const WEB_IDENTITY_ACTION = 'sts:AssumeRoleWithWebIdentity';

export interface TrustedProvider extends GitHubProvider {
  /** The Federated value was unresolved: taken to be the provider whose key prefix the conditions use. */
  unresolvedPrincipal: boolean;
  /** The issuer registry's entry and what it recognised (GitHub's entry for GitHub providers). */
  registry: RecognisedIssuer;
}

/** True for providers of a GitHub issuer (the GitHub-only rules and the workflow cross-checks). */
export function isGitHubProvider(p: Pick<TrustedProvider, 'registry'>): boolean {
  return p.registry.entry.id === 'github';
}

export interface ProviderTrust {
  provider: TrustedProvider;
  /** Allow statements whose principal and actions can let this provider's tokens in. */
  statements: Statement[];
  knowledge: PolicyKnowledge;
  /** Grammar-driven issuers: what the policy says about each facet of the token. */
  facets?: FacetKnowledge;
}

export interface AdmittedWitness {
  witness: Witness;
  result: StatementResult;
}

export interface Evidence {
  path: PolicyPath;
  at: 'key' | 'value';
  /** How the statement fails to stop the witness, for messages. */
  kind: 'matched-sub' | 'matched-other' | 'absent-key' | 'non-positive-sub' | 'no-sub';
  value?: string;
  operator?: string;
}

export interface ScopeVerdict {
  provider: TrustedProvider;
  statement: Statement;
  admitted: Map<OutsiderClass, AdmittedWitness>;
  /** Classes for which the policy's values allowed building candidate tokens at all. */
  tried: Set<OutsiderClass>;
  /**
   * Classes with a candidate the evaluator could not decide (an unknown operator, or a policy IAM
   * rejects): neither admitted nor blocked. Never the basis of a finding.
   */
  unknown: Set<OutsiderClass>;
  /** The first applying scope rule in order, when any. */
  finding?: { ruleId: ScopeRuleId; witness: Witness; evidence: Evidence; also: ScopeRuleId[] };
}

/** Lower-cased GitHub-looking prefixes used by a statement's condition keys. */
export function statementKeyPrefixes(statement: Statement): string[] {
  const out = new Set<string>();
  for (const entry of statement.conditions) {
    const split = splitConditionKey(entry.key);
    if (split && looksLikeGitHubPrefix(split.prefix)) out.add(split.prefix.toLowerCase());
  }
  return [...out];
}

/** Prefixes of a statement's condition keys that another registry issuer recognises (`gitlab.com`, …). */
function otherIssuerKeyPrefixes(statement: Statement, config: TrustlintConfig): { prefix: string; registry: RecognisedIssuer }[] {
  const out = new Map<string, RecognisedIssuer>();
  for (const entry of statement.conditions) {
    const split = splitConditionKey(entry.key);
    if (!split) continue;
    const prefix = providerPrefix(split.prefix);
    const registry = recogniseIssuer(prefix, config);
    if (registry && registry.entry.id !== 'github') out.set(prefix, registry);
  }
  return [...out].map(([prefix, registry]) => ({ prefix, registry }));
}

/** GitHub providers and the trust each Allow statement gives them, with scope verdicts on demand. */
export class TrustAnalysis {
  readonly providers: ProviderTrust[];
  private scopeCache: ScopeVerdict[] | undefined;

  /**
   * `scopeRules` (rules/scope-rules.ts `SCOPE_RULES`) is needed only for `scope()`; it is passed in
   * because the rules import this engine.
   */
  constructor(
    readonly policy: Policy,
    readonly config: TrustlintConfig,
    readonly scopeRules?: readonly ScopeRule[],
  ) {
    this.providers = findProviders(policy, config).map((provider) => {
      const statements = policy.statements.filter(
        (s) => s.effect === 'Allow' && canTrust(policy, s, provider.arn),
      );
      if (isGitHubProvider(provider)) return { provider, statements, knowledge: knowledgeFor(policy, provider.prefix) };
      const facets = facetKnowledgeFor(policy, provider);
      const grammar = provider.registry.entry.grammar;
      return { provider, statements, knowledge: grammar ? compatKnowledge(facets, grammar, provider.registry.match) : emptyKnowledge(), facets };
    });
  }

  /** Statements that can trust some GitHub provider (Allow), by index. */
  trustingStatements(): Set<number> {
    return new Set(this.providers.flatMap((p) => p.statements.map((s) => s.index)));
  }

  /** Problems for which IAM rejects the policy (trust-invalid-policy): no scope verdict is made. */
  get rejected(): PolicyProblem[] {
    return this.policy.problems.filter((p) => p.rejected === true);
  }

  /** One verdict per (provider, trusting Allow statement). */
  scope(): ScopeVerdict[] {
    const rules = this.scopeRules;
    if (!rules) throw new Error('TrustAnalysis.scope() needs the scope rules (pass SCOPE_RULES to the constructor)');
    this.scopeCache ??= this.providers.flatMap((p) =>
      this.rejected.length > 0 ? rejectedVerdicts(p) : scopeForProvider(this.policy, p, this.config, rules),
    );
    return this.scopeCache;
  }

  /** The declaration of a scope rule this analysis was given. */
  scopeRule(id: ScopeRuleId): ScopeRule | undefined {
    return this.scopeRules?.find((r) => r.id === id);
  }

  /** Evaluates one token of a provider against the whole policy. */
  evaluateClaims(provider: GitHubProvider, claims: Readonly<Record<string, string>>): EvalResult {
    return evaluatePolicy(this.policy, requestFor(provider, claims), { unresolved: 'literal' });
  }
}

export function requestFor(provider: Pick<GitHubProvider, 'arn' | 'prefix'>, claims: Readonly<Record<string, string>>): EvalRequest {
  const context: Record<string, string> = {};
  for (const [claim, value] of Object.entries(claims)) context[`${provider.prefix}:${claim}`] = value;
  return { principal: { type: 'Federated', id: provider.arn }, action: WEB_IDENTITY_ACTION, context };
}

/** True when the statement's principal and action can cover a web-identity token of that provider. */
export function canTrust(policy: Policy, statement: Statement, providerArn: string): boolean {
  const single: Policy = { ...policy, statements: [statement] };
  const result = evaluatePolicy(single, requestFor({ arn: providerArn, prefix: '' }, {}), { unresolved: 'literal' });
  const r = result.statements[0];
  return r !== undefined && r.principal !== false && r.action !== false;
}

/** Finds the providers (GitHub's and the registry's other issuers) the policy's Allow statements can trust (spec/rules.md intro). */
export function findProviders(policy: Policy, config: TrustlintConfig): TrustedProvider[] {
  const out = new Map<string, TrustedProvider>();
  const add = (p: TrustedProvider): void => {
    if (!out.has(p.arn)) out.set(p.arn, p);
  };
  const gitHubIssuers = configuredGitHubIssuers(config);
  const github = (prefix: string): RecognisedIssuer => ({ entry: GITHUB, match: { kind: githubIssuerKind(prefix, gitHubIssuers) ?? 'github.com' } });
  const fromKeys = (statement: Statement): string[] => {
    const prefixes = statementKeyPrefixes(statement);
    return prefixes.length ? prefixes : ['token.actions.githubusercontent.com'];
  };
  for (const statement of policy.statements) {
    if (statement.effect !== 'Allow') continue;
    const principal = statement.principal ?? statement.notPrincipal;
    if (!principal) continue;
    const wildcard =
      principal.kind === 'wildcard' ||
      statement.notPrincipal !== undefined ||
      principal.entries.some((e) => e.type === 'AWS' && e.values.some((v) => v.value === '*'));
    const others = otherIssuerKeyPrefixes(statement, config);
    if (wildcard) {
      for (const prefix of fromKeys(statement)) {
        add({ prefix, kind: github(prefix).match.kind as GitHubProvider['kind'], arn: syntheticProviderArn(prefix), synthetic: true, unresolvedPrincipal: false, registry: github(prefix) });
      }
      // Keys of another issuer: a `*` principal admits its tokens too.
      for (const { prefix, registry } of others) {
        add({ prefix, kind: 'other-issuer', issuer: registry.entry.id, arn: syntheticProviderArn(prefix), synthetic: true, unresolvedPrincipal: false, registry });
      }
    }
    if (principal.kind !== 'map' || statement.notPrincipal) continue;
    for (const entry of principal.entries) {
      if (entry.type !== 'Federated') continue;
      for (const v of entry.values) {
        // An unresolved account id still names the provider; only an unresolved host does not.
        const prefix = providerPrefix(v.value);
        const registry = recogniseIssuer(prefix, config);
        if (registry?.entry.id === 'github') {
          add({ prefix, kind: registry.match.kind as GitHubProvider['kind'], arn: v.value, synthetic: false, unresolvedPrincipal: false, registry });
        } else if (registry) {
          add({ prefix, kind: 'other-issuer', issuer: registry.entry.id, arn: v.value, synthetic: false, unresolvedPrincipal: false, registry });
        } else if (hasMarker(prefix)) {
          const other = statementKeyPrefixes(statement).length === 0 ? others[0] : undefined;
          if (other) {
            add({ prefix: other.prefix, kind: 'other-issuer', issuer: other.registry.entry.id, arn: v.value, synthetic: false, unresolvedPrincipal: true, registry: other.registry });
            continue;
          }
          const assumed = fromKeys(statement)[0] ?? 'token.actions.githubusercontent.com';
          add({ prefix: assumed, kind: github(assumed).match.kind as GitHubProvider['kind'], arn: v.value, synthetic: false, unresolvedPrincipal: true, registry: github(assumed) });
        }
      }
    }
  }
  return [...out.values()];
}

/** The facet knowledge of a grammar-driven issuer's provider, from the policy's values under its keys. */
function facetKnowledgeFor(policy: Policy, provider: TrustedProvider): FacetKnowledge {
  const k = emptyFacetKnowledge();
  const grammar = provider.registry.entry.grammar;
  const lower = provider.prefix.toLowerCase() + ':';
  for (const statement of policy.statements) {
    for (const entry of statement.conditions) {
      if (policy.variablesEnabled) for (const v of entry.values) for (const claim of variableClaims(v.value, provider.prefix)) k.tested.add(claim);
      if (!entry.key.toLowerCase().startsWith(lower)) continue;
      const claim = entry.key.slice(lower.length).toLowerCase();
      k.tested.add(claim);
      const negated = entry.parsed?.negated ?? false;
      if ((statement.effect === 'Allow') === negated || !grammar) continue;
      for (const v of entry.values) learnIssuerClaim(k, grammar, claim, policy.variablesEnabled ? variablesAsWildcards(v.value) : v.value);
    }
  }
  return k;
}

/** What the policy's values under this provider's keys say about the intended identity. */
function knowledgeFor(policy: Policy, prefix: string): PolicyKnowledge {
  const k = emptyKnowledge();
  const lower = prefix.toLowerCase() + ':';
  for (const statement of policy.statements) {
    for (const entry of statement.conditions) {
      // Policy variables (`${…:repository}`) make the claims they name matter too.
      if (policy.variablesEnabled) for (const v of entry.values) for (const claim of variableClaims(v.value, prefix)) k.tested.add(claim);
      if (!entry.key.toLowerCase().startsWith(lower)) continue;
      k.tested.add(entry.key.slice(lower.length).toLowerCase());
      // Values that exclude (negated in an Allow, positive in a Deny) say who is NOT meant.
      const negated = entry.parsed?.negated ?? false;
      if ((statement.effect === 'Allow') === negated) continue;
      const claim = entry.key.slice(lower.length).toLowerCase();
      for (const v of entry.values) learnClaimValue(k, claim, policy.variablesEnabled ? variablesAsWildcards(v.value) : v.value);
    }
  }
  return k;
}

/**
 * A value with policy variables (`repo:${token.actions.githubusercontent.com:repository}:…`) names
 * no literal owner or repository: IAM substitutes the request's own claim at evaluation time (IAM
 * User Guide, "IAM policy elements: Variables and tags"), which an outsider controls. For learning
 * what the author meant, each variable counts as a wildcard; `${*}`, `${?}`, `${$}` are the escaped
 * literal characters.
 */
export function variablesAsWildcards(value: string): string {
  return value.replace(/\$\{([^{}]*)\}/g, (whole, body: string) => (body === '*' || body === '?' || body === '$' ? whole : '*'));
}

/** Bare claim names a value refers to through `${<prefix>:<claim>}` policy variables. */
export function variableClaims(value: string, prefix: string): string[] {
  const lower = prefix.toLowerCase() + ':';
  const out: string[] = [];
  for (const m of value.matchAll(/\$\{([^{}]+)\}/g)) {
    const key = (m[1] ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
    if (key.startsWith(lower)) out.push(key.slice(lower.length));
  }
  return out;
}

/** The scope rules that apply to one statement's admitted classes, in the rules' order. */
export function admittedRules(
  admitted: ReadonlyMap<OutsiderClass, AdmittedWitness>,
  rules: readonly ScopeRule[],
): { ruleId: ScopeRuleId; cls: OutsiderClass }[] {
  const out: { ruleId: ScopeRuleId; cls: OutsiderClass }[] = [];
  for (const { id, scope } of rules) {
    if (scope.requires?.some((cls) => !admitted.has(cls))) continue;
    if (scope.unlessApplies?.some((other) => out.some((o) => o.ruleId === other))) continue;
    const cls = scope.classes.find((c) => admitted.has(c));
    if (cls) out.push({ ruleId: id, cls });
  }
  return out;
}

/**
 * The candidate search above only tries subjects built from fillers; for another owner, the sub
 * conditions of a statement are decided exactly (github/sub-search.ts). A subject found there is
 * replayed like any candidate; a search that passes its bound makes the class unknown, never blocked.
 */
function exactOwnerSearch(policy: Policy, index: StatementIndex, trust: ProviderTrust, config: TrustlintConfig, verdicts: ScopeVerdict[]): void {
  const owners = [...new Set([...trust.knowledge.owners, ...(config.owners ?? [])])];
  for (const v of verdicts) {
    if (v.admitted.has('other-owner')) continue;
    const constraints = subConstraints(v.statement, trust.provider.prefix, owners);
    if (!constraints || constraints.positive.length === 0) continue;
    const found = findOutsiderSub(constraints);
    if (found.kind === 'none') continue;
    v.tried.add('other-owner');
    const witness = found.kind === 'gave-up' ? undefined : witnessForSub(found.sub, trust.knowledge);
    if (!witness) {
      v.unknown.add('other-owner');
      continue;
    }
    const results = evaluateCandidates(policy, index, trust.provider, witness.claims);
    const deny = results.filter((s) => s.effect === 'Deny').map((s) => s.applies);
    const r = results.find((s) => s.index === v.statement.index);
    if (deny.includes(true) || !r || r.applies === false) continue;
    if (r.applies === true && !deny.includes('unknown')) v.admitted.set('other-owner', { witness, result: r });
    else v.unknown.add('other-owner');
  }
}

/** Bound on the tokens tried around one subject the exact search found (its other facets vary). */
const MAX_TOKENS_PER_SUB = 64;

/**
 * The exact search for another namespace of a grammar-driven issuer (GitLab, Buildkite, HCP
 * Terraform, …): the same product walk as GitHub's, over the shapes the issuer's `sub` grammar
 * spells (issuers/synthesis.ts grammarShapes), with the intended namespaces' subjects excluded. A
 * subject found is completed into tokens by the class's plan and replayed; a walk that passes its
 * bound, or finds only subjects no token carries, makes the class unknown, never blocked. Private
 * issuers have no such class (another organisation is another issuer).
 */
function exactNamespaceSearch(policy: Policy, index: StatementIndex, trust: ProviderTrust, config: TrustlintConfig, verdicts: ScopeVerdict[]): void {
  const { entry, match } = trust.provider.registry;
  const grammar = entry.grammar;
  if (!grammar || !entry.classes.includes('other-owner') || match.organisation !== undefined) return;
  const shapes = grammarShapes(grammar);
  if (shapes.length === 0) return;
  const owners = [...new Set([...trust.knowledge.owners, ...(config.owners ?? [])])];
  const templateOf = (sub: string): { template: string; facets: Record<string, string> } | undefined => {
    for (const template of grammar.sub) {
      const facets = parseGrammarSub(grammar, template, sub);
      if (facets) return { template, facets };
    }
    return undefined;
  };
  for (const v of verdicts) {
    if (v.admitted.has('other-owner')) continue;
    const constraints = subConstraints(v.statement, trust.provider.prefix, owners, (owner) => namespaceHeads(grammar, owner));
    if (!constraints || constraints.positive.length === 0) continue;
    const found = findGrammarSub(
      constraints,
      shapes.map((s) => s.shape),
      (sub) => templateOf(sub) !== undefined,
    );
    if (found.kind === 'none') continue;
    v.tried.add('other-owner');
    const parsed = found.kind === 'found' ? templateOf(found.sub) : undefined;
    if (!parsed) {
      v.unknown.add('other-owner');
      continue;
    }
    replayGrammarSub(policy, index, trust, config, v, 'other-owner', parsed.facets);
  }
}

/**
 * Completes a subject the exact search found into tokens of the class (its plan fills the other
 * facets) and replays them: the first one admitted is the witness. No token at all (no plan for
 * the class), or one the evaluator cannot decide, makes the class unknown.
 */
function replayGrammarSub(policy: Policy, index: StatementIndex, trust: ProviderTrust, config: TrustlintConfig, v: ScopeVerdict, cls: OutsiderClass, facets: Record<string, string>): void {
  const { entry, match } = trust.provider.registry;
  let unknown = false;
  let count = 0;
  const tokens = synthesizeIssuerWitnesses(trust.facets ?? emptyFacetKnowledge(), { entry, match, configOwners: config.owners ?? [], fixed: { cls, facets } });
  for (const witness of tokens) {
    if (++count > MAX_TOKENS_PER_SUB) break;
    const results = evaluateCandidates(policy, index, trust.provider, witness.claims);
    const deny = results.filter((s) => s.effect === 'Deny').map((s) => s.applies);
    const r = results.find((s) => s.index === v.statement.index);
    if (deny.includes(true) || !r || r.applies === false) continue;
    if (r.applies === true && !deny.includes('unknown')) {
      v.admitted.set(cls, { witness, result: r });
      return;
    }
    unknown = true;
  }
  if (unknown || count === 0) v.unknown.add(cls);
}

/** Patterns with some literal text: a name filling one is a prefix collision, not "any repository". */
const literalish = (p: string): boolean => /[^*?]/.test(p);

/**
 * The exact search for another repository (project, pipeline, workspace) of a named owner: the
 * subject must start with a named owner's head and must not be a named repository's. Runs only
 * where the candidates found no such token; a repository name that fills one of the policy's name
 * patterns is a repo-name-match, any other an other-repo.
 */
function exactRepoSearch(policy: Policy, index: StatementIndex, trust: ProviderTrust, config: TrustlintConfig, verdicts: ScopeVerdict[]): void {
  const k = trust.knowledge;
  const owners = [...new Set([...k.owners, ...(config.owners ?? [])])];
  if (owners.length === 0) return;
  const github = isGitHubProvider(trust.provider);
  const { entry } = trust.provider.registry;
  const grammar = entry.grammar;
  if (!github && (!grammar || !entry.classes.includes('other-repo'))) return;
  const shapes = grammar ? grammarShapes(grammar) : [];
  if (!github && shapes.length === 0) return;
  const projectFacet = grammar ? Object.entries(grammar.facets).find(([, f]) => f.role === 'project')?.[0] : undefined;
  const named: { owner: string; repo: string }[] = github
    ? [...k.repos.values()].map((r) => ({ owner: r.owner, repo: r.repo }))
    : owners.flatMap((owner) => [...(trust.facets?.literal.get(projectFacet ?? '') ?? [])].map((repo) => ({ owner, repo })));
  const keys = named.map((n) => `${n.owner}\u0000${n.repo}`);
  const heads = (key: string): string[] => {
    const [owner = '', repo = ''] = key.split('\u0000');
    return github ? [`repo:${owner}/${repo}:`] : grammar ? facetHeads(grammar, { namespace: owner, project: repo }) : [];
  };
  const required = owners.flatMap((o) => (github ? [`repo:${o}/`] : grammar ? facetHeads(grammar, { namespace: o }) : []));
  if (required.length === 0) return;
  const patterns = github ? [...k.repoPatterns] : [...(trust.facets?.patterns.get(projectFacet ?? '') ?? [])];
  const classOf = (owner: string, repo: string): OutsiderClass =>
    patterns.some((p) => literalish(p) && (globMatches(p, repo) || globMatches(p, `${owner}/${repo}`))) ? 'repo-name-match' : 'other-repo';
  const templateOf = (sub: string): Record<string, string> | undefined => {
    for (const template of grammar?.sub ?? []) {
      const facets = grammar ? parseGrammarSub(grammar, template, sub) : undefined;
      if (facets) return facets;
    }
    return undefined;
  };
  for (const v of verdicts) {
    if (v.admitted.has('other-repo') || v.admitted.has('repo-name-match')) continue;
    const constraints = subConstraints(v.statement, trust.provider.prefix, keys, heads, required);
    if (!constraints || constraints.positive.length <= 1) continue;
    const found = github
      ? findOutsiderSub(constraints)
      : findGrammarSub(constraints, shapes.map((s) => s.shape), (sub) => templateOf(sub) !== undefined);
    if (found.kind === 'none') continue;
    if (found.kind === 'gave-up') {
      v.tried.add('other-repo');
      v.unknown.add('other-repo');
      continue;
    }
    if (!github) {
      const facets = templateOf(found.sub);
      const nsFacet = grammar ? Object.entries(grammar.facets).find(([, f]) => f.role === 'namespace')?.[0] : undefined;
      const cls = classOf(facets?.[nsFacet ?? ''] ?? '', facets?.[projectFacet ?? ''] ?? '');
      v.tried.add(cls);
      if (!facets) v.unknown.add(cls);
      else replayGrammarSub(policy, index, trust, config, v, cls, facets);
      continue;
    }
    const base = witnessForSub(found.sub, k);
    const cls = base ? classOf(base.identity.owner, base.identity.repo) : 'other-repo';
    v.tried.add(cls);
    if (!base) {
      v.unknown.add(cls);
      continue;
    }
    // The named owner's own account: its id when the policy names exactly one.
    const ownerId = k.ownerIds.size === 1 ? [...k.ownerIds][0] : undefined;
    const claims = { ...base.claims };
    if (ownerId !== undefined && claims.repository_owner_id !== undefined) claims.repository_owner_id = ownerId;
    const witness: Witness = { ...base, cls, claims, identity: { ...base.identity, ownerId: ownerId ?? base.identity.ownerId } };
    const results = evaluateCandidates(policy, index, trust.provider, witness.claims);
    const deny = results.filter((s) => s.effect === 'Deny').map((s) => s.applies);
    const r = results.find((s) => s.index === v.statement.index);
    if (deny.includes(true) || !r || r.applies === false) continue;
    if (r.applies === true && !deny.includes('unknown')) v.admitted.set(cls, { witness, result: r });
    else v.unknown.add(cls);
  }
}

/** A policy IAM rejects: every class is unknown (the role cannot carry it; nothing is admitted or blocked). */
function rejectedVerdicts(trust: ProviderTrust): ScopeVerdict[] {
  const classes = isGitHubProvider(trust.provider) ? GITHUB_OUTSIDER_CLASSES : trust.provider.registry.entry.classes;
  return trust.statements.map((statement) => ({
    provider: trust.provider,
    statement,
    admitted: new Map(),
    tried: new Set(classes),
    unknown: new Set(classes),
  }));
}

/**
 * The results of the statements that can apply to the request: every other statement's `applies`
 * is certainly false (iam/match-index.ts), which is all the loops below ask of it. Evaluating only
 * these keeps the search linear in the number of statements (issue 19).
 */
function evaluateCandidates(policy: Policy, index: StatementIndex, provider: GitHubProvider, claims: Readonly<Record<string, string>>): StatementResult[] {
  // The lookup contextLookup(requestFor(provider, claims).context) would give, built without that
  // object (one per candidate token was a tenth of the search); the request's context is then unread.
  const byLower = new Map<string, string>();
  for (const [claim, value] of Object.entries(claims)) {
    const key = `${provider.prefix}:${claim}`.toLowerCase();
    if (!byLower.has(key)) byLower.set(key, value);
  }
  const lookup = (key: string): string | undefined => byLower.get(key.toLowerCase());
  const request: EvalRequest = { principal: { type: 'Federated', id: provider.arn }, action: WEB_IDENTITY_ACTION, context: {} };
  return evaluateStatements(policy, index.candidates(request, lookup), request, { unresolved: 'literal' }, lookup);
}

function scopeForProvider(policy: Policy, trust: ProviderTrust, config: TrustlintConfig, scopeRules: readonly ScopeRule[]): ScopeVerdict[] {
  if (trust.statements.length === 0) return [];
  const verdicts = memoisedSearch(policy, trust, config);
  for (const v of verdicts) {
    const rules = admittedRules(v.admitted, scopeRules);
    const first = rules[0];
    if (!first) continue;
    const admitted = v.admitted.get(first.cls);
    if (!admitted) continue;
    v.finding = {
      ruleId: first.ruleId,
      witness: admitted.witness,
      evidence: evidenceFor(v.statement, admitted.result, trust.provider.prefix),
      also: [...new Set(rules.slice(1).map((r) => r.ruleId))].filter((id) => id !== first.ruleId),
    };
  }
  return verdicts;
}

/** The witness search, or its kept outcome for a policy of the same shape (scope/search-memo.ts). */
function memoisedSearch(policy: Policy, trust: ProviderTrust, config: TrustlintConfig): ScopeVerdict[] {
  const key = searchKey(policy, trust.provider, trust.statements, config);
  const kept = key === undefined ? undefined : recallSearch(key);
  const replayed = kept && replaySearch(policy, trust, kept);
  if (replayed) return replayed;
  const verdicts = searchWitnesses(policy, trust, config);
  if (key !== undefined) {
    keepSearch(key, {
      tried: [...(verdicts[0]?.tried ?? [])],
      verdicts: verdicts.map((v) => ({ admitted: [...v.admitted].map(([cls, a]) => [cls, a.witness]), unknown: [...v.unknown] })),
    });
  }
  return verdicts;
}

/**
 * Verdicts from a kept search: each witness is evaluated against this policy's own statement, for a
 * trace with this document's paths. A witness that does not replay (which a correct key rules out)
 * makes the caller search afresh rather than trust the memo.
 */
function replaySearch(policy: Policy, trust: ProviderTrust, kept: SearchOutcome): ScopeVerdict[] | undefined {
  const tried = new Set(kept.tried);
  const verdicts: ScopeVerdict[] = [];
  for (const [i, statement] of trust.statements.entries()) {
    const k = kept.verdicts[i];
    if (!k) return undefined;
    const admitted = new Map<OutsiderClass, AdmittedWitness>();
    for (const [cls, witness] of k.admitted) {
      const [result] = evaluateStatements(policy, [statement], requestFor(trust.provider, witness.claims), { unresolved: 'literal' });
      if (result?.applies !== true) return undefined;
      admitted.set(cls, { witness, result });
    }
    verdicts.push({ provider: trust.provider, statement, admitted, tried, unknown: new Set(k.unknown) });
  }
  return verdicts.length === kept.verdicts.length ? verdicts : undefined;
}

/** Candidate tokens of every outsider class against the policy, then the exact search for another owner. */
function searchWitnesses(policy: Policy, trust: ProviderTrust, config: TrustlintConfig): ScopeVerdict[] {
  const tried = new Set<OutsiderClass>();
  const verdicts = trust.statements.map((statement): ScopeVerdict => ({ provider: trust.provider, statement, admitted: new Map(), tried, unknown: new Set() }));
  const byIndex = new Map(verdicts.map((v) => [v.statement.index, v]));
  const index = new StatementIndex(policy.statements, policy.variablesEnabled);
  // A class is settled once every statement has a witness for it: stop generating its candidates.
  const admittedCount = new Map<OutsiderClass, number>();
  const settled = (cls: OutsiderClass): boolean => (admittedCount.get(cls) ?? 0) === verdicts.length;
  const candidates = isGitHubProvider(trust.provider)
    ? synthesizeWitnesses(trust.knowledge, config.owners ?? [], settled)
    : synthesizeIssuerWitnesses(trust.facets ?? emptyFacetKnowledge(), { entry: trust.provider.registry.entry, match: trust.provider.registry.match, configOwners: config.owners ?? [] }, settled);
  for (const witness of candidates) {
    tried.add(witness.cls);
    const results = evaluateCandidates(policy, index, trust.provider, witness.claims);
    // A Deny that certainly applies stops the token; one the evaluator cannot decide makes the token unknown.
    const deny = results.filter((s) => s.effect === 'Deny').map((s) => s.applies);
    if (deny.includes(true)) continue;
    for (const r of results) {
      const v = byIndex.get(r.index);
      if (!v || v.admitted.has(witness.cls) || r.applies === false) continue;
      // Only a token the evaluator certainly admits is a witness (a finding never rests on a guess).
      if (r.applies === true && !deny.includes('unknown')) {
        v.admitted.set(witness.cls, { witness, result: r });
        admittedCount.set(witness.cls, (admittedCount.get(witness.cls) ?? 0) + 1);
      } else v.unknown.add(witness.cls);
    }
  }
  if (isGitHubProvider(trust.provider)) exactOwnerSearch(policy, index, trust, config, verdicts);
  else exactNamespaceSearch(policy, index, trust, config, verdicts);
  exactRepoSearch(policy, index, trust, config, verdicts);
  return verdicts;
}

const IDENTITY_CLAIMS = ['job_workflow_ref', 'repository_owner_id', 'repository', 'repository_id', 'environment', 'ref'];

/** The policy value that let the witness in, or the element where a restriction is missing. */
export function evidenceFor(statement: Statement, result: StatementResult, prefix: string): Evidence {
  const claimOf = (key: string): string | undefined => {
    const split = splitConditionKey(key);
    return split && split.prefix.toLowerCase() === prefix.toLowerCase() ? split.claim.toLowerCase() : undefined;
  };
  const subTraces = result.conditions.filter((t) => claimOf(t.entry.key) === 'sub');
  const matched = subTraces.find((t) => t.outcome === 'matched' && t.matchedValues.length > 0 && t.entry.parsed?.negated === false);
  if (matched) {
    const path = pickWildcardValue(matched.entry.values, matched.matchedValues);
    return { path, at: 'value', kind: 'matched-sub', value: statement.conditions.length ? valueAt(matched.entry.values, path) : undefined, operator: matched.entry.operator };
  }
  for (const claim of IDENTITY_CLAIMS) {
    const t = result.conditions.find((c) => claimOf(c.entry.key) === claim && c.outcome === 'matched' && c.matchedValues.length > 0);
    if (t) {
      const path = pickWildcardValue(t.entry.values, t.matchedValues);
      return { path, at: 'value', kind: 'matched-other', value: valueAt(t.entry.values, path), operator: t.entry.operator };
    }
  }
  const absent = result.conditions.find(
    (t) => t.result === true && (t.outcome === 'key-absent' || t.outcome === 'if-exists-absent' || t.outcome === 'set-empty'),
  );
  if (absent) return { path: absent.entry.keyPath, at: 'key', kind: 'absent-key', operator: absent.entry.operator, value: absent.entry.key };
  const loose = subTraces[0];
  if (loose) return { path: loose.entry.keyPath, at: 'key', kind: 'non-positive-sub', operator: loose.entry.operator };
  if (statement.conditionPath) return { path: statement.conditionPath, at: 'value', kind: 'no-sub' };
  return { path: statement.path, at: 'value', kind: 'no-sub' };
}

function pickWildcardValue(values: readonly { value: string; path: PolicyPath }[], matched: readonly PolicyPath[]): PolicyPath {
  const key = (p: PolicyPath): string => JSON.stringify(p);
  const matchedSet = new Set(matched.map(key));
  const candidates = values.filter((v) => matchedSet.has(key(v.path)));
  return (candidates.find((v) => /[*?]/.test(v.value)) ?? candidates[0])?.path ?? matched[0] ?? [];
}

function valueAt(values: readonly { value: string; path: PolicyPath }[], path: PolicyPath): string | undefined {
  return values.find((v) => JSON.stringify(v.path) === JSON.stringify(path))?.value;
}
