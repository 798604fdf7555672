import type { TrustlintConfig } from '../config.js';
import type { OutsiderClass, Witness } from '../github/witness.js';
import type { Policy, PrincipalElement, Statement } from '../iam/types.js';

/**
 * The witness search's outcome per distinct condition set (issue 19: a tree of many roles that share
 * one policy shape should cost about one search). What the search does depends only on the policy's
 * semantic content (effects, principals, actions, condition operators, keys and values, whether
 * policy variables are on), on which statements trust the provider, on the provider, and on the
 * configured owners; never on where the policy came from (file, format, spans, paths, Sids). The key
 * below is exactly that content, so two policies with one key get the same witnesses. The outcome is
 * kept without paths: on a hit, scope/trust-analysis.ts re-evaluates each kept witness against the
 * policy at hand for its own trace, and searches afresh when one does not replay.
 */
export interface SearchOutcome {
  tried: OutsiderClass[];
  /** Per trusting statement, in order: the admitted witnesses (in insertion order) and unknown classes. */
  verdicts: { admitted: [OutsiderClass, Witness][]; unknown: OutsiderClass[] }[];
}

/** Searches kept (each a handful of witnesses per statement); the map is dropped when full. */
const MAX_ENTRIES = 1000;
/** Longer keys (a policy of hundreds of statements) are not kept: such policies rarely repeat. */
const MAX_KEY_LENGTH = 64 * 1024;

const SEARCHES = new Map<string, SearchOutcome>();
const stats = { hits: 0, misses: 0 };

function principalShape(p: PrincipalElement | undefined): unknown {
  if (!p) return null;
  if (p.kind === 'wildcard') return '*';
  return p.entries.map((e) => [e.type, e.values.map((v) => v.value)]);
}

function statementShape(s: Statement): unknown {
  return [
    s.index,
    s.effect,
    principalShape(s.principal),
    principalShape(s.notPrincipal),
    s.action?.map((v) => v.value) ?? null,
    s.notAction?.map((v) => v.value) ?? null,
    s.conditions.map((c) => [c.operator, c.key, c.values.map((v) => v.value)]),
  ];
}

/** The memo key of one provider's search, or undefined when it is too long to keep. */
export function searchKey(
  policy: Policy,
  provider: { prefix: string; kind: string; arn: string; synthetic: boolean; unresolvedPrincipal: boolean },
  trusting: readonly Statement[],
  config: TrustlintConfig,
): string | undefined {
  const key = JSON.stringify([
    policy.variablesEnabled,
    [provider.prefix, provider.kind, provider.arn, provider.synthetic, provider.unresolvedPrincipal],
    config.owners ?? [],
    // Configured issuers decide which registry entry (and so which candidates) a provider gets.
    config.issuers ?? [],
    trusting.map((s) => s.index),
    policy.statements.map(statementShape),
  ]);
  return key.length > MAX_KEY_LENGTH ? undefined : key;
}

export function recallSearch(key: string): SearchOutcome | undefined {
  const found = SEARCHES.get(key);
  if (found) stats.hits += 1;
  else stats.misses += 1;
  return found;
}

export function keepSearch(key: string, outcome: SearchOutcome): void {
  if (SEARCHES.size >= MAX_ENTRIES) SEARCHES.clear();
  SEARCHES.set(key, outcome);
}

/** Forgets every kept search (tests compare cached and uncached verdicts). */
export function clearSearchMemo(): void {
  SEARCHES.clear();
  stats.hits = 0;
  stats.misses = 0;
}

/** Hits and misses since the last clear (tests; bench/statements.mjs). */
export function searchMemoStats(): { hits: number; misses: number } {
  return { ...stats };
}
