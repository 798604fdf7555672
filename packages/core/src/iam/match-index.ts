import { contextLookup } from './condition.js';
import { tokenize } from './match.js';
import { hasMarker } from '../model/policy.js';
import type { ContextValue, EvalRequest, Statement } from './types.js';

/**
 * Which statements of a policy can apply to a request, found without evaluating the others (issue
 * 19: witness search evaluates thousands of candidate tokens against policies of up to thousands of
 * statements; most statements name one repository and cannot apply to a token of another).
 *
 * A statement is guarded by one of its condition entries when that entry is certainly false for
 * every request whose value under the key equals none of the entry's exact values and starts with
 * none of its wildcard values' literal prefixes. That holds for a positive `StringEquals` or
 * `StringLike` (plain or `ForAnyValue:`, without `IfExists`) whose key and values hold no unresolved
 * marker and no policy variable: such an entry is false when the key is absent or its set empty
 * (condition.ts `evaluateMissing`), and otherwise true only when some request value matches some
 * policy value. A false entry makes the Condition false and so the statement's `applies` false
 * (Kleene conjunction, tri.ts), whatever its principal and action say. Statements without such an
 * entry are always candidates. So `candidates(request)` holds every statement whose `applies` can
 * be anything but false, and evaluating only those gives the same results for them as evaluating
 * the whole policy.
 */
export class StatementIndex {
  /** Statements with no guard: always candidates. */
  private readonly unguarded: number[] = [];
  /** Per lower-cased key: exact values and literal prefixes → positions of the statements they guard. */
  private readonly guards = new Map<string, { exact: Map<string, number[]>; prefixes: Map<string, number[]>; lengths: number[] }>();

  constructor(
    private readonly statements: readonly Statement[],
    variablesEnabled: boolean,
  ) {
    // Any eligible entry would do; the one whose values the fewest other statements share narrows most
    // (`aud` = `sts.amazonaws.com` is in every statement, a `sub` naming one repository in one).
    const eligible = statements.map((st) => guardsOf(st, variablesEnabled));
    const shared = new Map<string, number>();
    const tally = (g: Guard): string[] => [...g.exact.map((v) => `${g.key}\u0000=${v}`), ...g.prefixes.map((v) => `${g.key}\u0000^${v}`)];
    for (const guards of eligible) for (const g of guards) for (const t of tally(g)) shared.set(t, (shared.get(t) ?? 0) + 1);
    const cost = (g: Guard): number => tally(g).reduce((sum, t) => sum + (shared.get(t) ?? 0), 0);
    eligible.forEach((guards, position) => {
      let guard: Guard | undefined;
      let least = Infinity;
      for (const g of guards) {
        const c = cost(g);
        if (c < least) {
          guard = g;
          least = c;
        }
      }
      if (!guard) {
        this.unguarded.push(position);
        return;
      }
      let forKey = this.guards.get(guard.key);
      if (!forKey) {
        forKey = { exact: new Map(), prefixes: new Map(), lengths: [] };
        this.guards.set(guard.key, forKey);
      }
      for (const value of guard.exact) push(forKey.exact, value, position);
      for (const prefix of guard.prefixes) {
        push(forKey.prefixes, prefix, position);
        if (!forKey.lengths.includes(prefix.length)) forKey.lengths.push(prefix.length);
      }
    });
  }

  /** The statements that can apply to the request, in policy order (`lookup`: its contextLookup, if at hand). */
  candidates(request: Pick<EvalRequest, 'context'>, lookup = contextLookup(request.context)): Statement[] {
    const hit = new Set<number>(this.unguarded);
    for (const [key, forKey] of this.guards) {
      for (const value of valuesOf(lookup(key))) {
        for (const p of forKey.exact.get(value) ?? []) hit.add(p);
        for (const length of forKey.lengths) {
          if (length > value.length) continue;
          for (const p of forKey.prefixes.get(value.slice(0, length)) ?? []) hit.add(p);
        }
      }
    }
    return [...hit].sort((a, b) => a - b).map((p) => this.statements[p] as Statement);
  }
}

function push(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

function valuesOf(value: ContextValue | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

interface Guard {
  key: string;
  exact: string[];
  prefixes: string[];
}

/** The condition entries of the statement that can serve as its guard (see StatementIndex). */
function guardsOf(st: Statement, variablesEnabled: boolean): Guard[] {
  const out: Guard[] = [];
  for (const entry of st.conditions) {
    const op = entry.parsed;
    if (!op || op.ifExists || op.negated || (op.set !== undefined && op.set !== 'ForAnyValue')) continue;
    if (op.base !== 'StringEquals' && op.base !== 'StringLike') continue;
    if (hasMarker(entry.key)) continue;
    const guard: Guard = { key: entry.key.toLowerCase(), exact: [], prefixes: [] };
    let usable = true;
    for (const v of entry.values) {
      // The same tokens the evaluator compares (condition.ts compareStringLike).
      const tokens = tokenize(v.value, { wildcards: op.base === 'StringLike', variables: variablesEnabled });
      let text = '';
      let wildcard = false;
      for (const t of tokens) {
        if (t.kind === 'marker' || t.kind === 'variable') usable = false;
        else if (t.kind === 'any' || t.kind === 'one') wildcard = true;
        else if (!wildcard) text += t.text;
      }
      if (!usable) break;
      if (wildcard) guard.prefixes.push(text);
      else guard.exact.push(text);
    }
    if (usable) out.push(guard);
  }
  return out;
}
