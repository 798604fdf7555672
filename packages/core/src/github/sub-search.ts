import type { ConditionEntry, Statement } from '../iam/types.js';
import { appendAll } from '../arrays.js';
import { tokenize } from '../iam/match.js';
import { splitConditionKey } from './issuers.js';
import { OWNER_NAME_RE } from './patterns.js';

/**
 * An exact search for an outsider's `sub` (issue 14): IAM wildcard patterns are regular languages, so
 * "is there a subject of another owner that every positive sub condition of the statement admits and
 * no negated one excludes" is decided by walking the product of small automata (the subject's shape,
 * one per policy value), breadth first, over the patterns' own characters plus representatives of
 * every character class no pattern names. The answer is a subject, 'none' (no such subject exists),
 * or 'gave-up' when the walk passes its bound (then the caller must not say "blocked").
 */

type Unit = { kind: 'char'; ch: string } | { kind: 'any' } | { kind: 'one' };

interface Glob {
  units: Unit[];
  ignoreCase: boolean;
}

function globOf(value: string, wildcards: boolean, ignoreCase: boolean): Glob | undefined {
  const units: Unit[] = [];
  for (const t of tokenize(value, { wildcards, variables: false })) {
    if (t.kind === 'any') units.push({ kind: 'any' });
    else if (t.kind === 'one') units.push({ kind: 'one' });
    else if (t.kind === 'text') for (const ch of ignoreCase ? t.text.toLowerCase() : t.text) units.push({ kind: 'char', ch });
    else return undefined; // a marker or variable: not a fixed pattern
  }
  return { units, ignoreCase };
}

function globClose(g: Glob, states: Iterable<number>): number[] {
  const out = new Set<number>();
  for (let s of states) {
    out.add(s);
    while (g.units[s]?.kind === 'any') out.add(++s);
  }
  return [...out].sort((a, b) => a - b);
}

function globStep(g: Glob, states: readonly number[], raw: string): number[] {
  const ch = g.ignoreCase ? raw.toLowerCase() : raw;
  const next: number[] = [];
  for (const s of states) {
    const u = g.units[s];
    if (!u) continue;
    if (u.kind === 'any') next.push(s);
    else if (u.kind === 'one' || u.ch === ch) next.push(s + 1);
  }
  return globClose(g, next);
}

const globAccepts = (g: Glob, states: readonly number[]): boolean => states.includes(g.units.length);

/** The default subject of a job in another owner's repository: repo:OWNER/REPO:CONTEXT. */
type ShapePart = { lit: string } | { cls: RegExp; max: number };
/** One subject shape: its parts, in order (exported for the grammar-driven issuers' shapes). */
export type Shape = ShapePart[];
const OWNER_CH = /[A-Za-z0-9-]/;
const REPO_CH = /[A-Za-z0-9._-]/;
const REF_CH = /[A-Za-z0-9._/-]/;
const SHAPES: ShapePart[][] = [
  [{ lit: 'repo:' }, { cls: OWNER_CH, max: 39 }, { lit: '/' }, { cls: REPO_CH, max: 100 }, { lit: ':ref:refs/heads/' }, { cls: REF_CH, max: 60 }],
  [{ lit: 'repo:' }, { cls: OWNER_CH, max: 39 }, { lit: '/' }, { cls: REPO_CH, max: 100 }, { lit: ':environment:' }, { cls: REPO_CH, max: 60 }],
  [{ lit: 'repo:' }, { cls: OWNER_CH, max: 39 }, { lit: '/' }, { cls: REPO_CH, max: 100 }, { lit: ':pull_request' }],
];

/** Shape state: part index, offset in a literal or count in a class run. */
type ShapeState = readonly [number, number];

function shapeStep(shape: ShapePart[], [i, k]: ShapeState, ch: string): ShapeState[] {
  const part = shape[i];
  if (!part) return [];
  if ('lit' in part) {
    if (part.lit[k] !== ch) return [];
    return [k + 1 === part.lit.length ? [i + 1, 0] : [i, k + 1]];
  }
  const out: ShapeState[] = [];
  // An unbounded run (max Infinity) only remembers whether it has started: the product stays finite.
  if (part.cls.test(ch) && k < part.max) out.push([i, Number.isFinite(part.max) ? k + 1 : 1]);
  // End the run (at least one character) and let the next part take ch.
  if (k > 0) appendAll(out, shapeStep(shape, [i + 1, 0], ch));
  return out;
}

function shapeAccepts(shape: ShapePart[], [i, k]: ShapeState): boolean {
  if (i === shape.length) return true;
  const part = shape[i];
  return i === shape.length - 1 && part !== undefined && 'cls' in part && k > 0;
}

export interface SubConstraints {
  /** Each group: the values of one positive condition (one must match). */
  positive: Glob[][];
  /** Values of negated conditions: none may match. */
  negative: Glob[];
}

/** Reads the statement's conditions on `<prefix>:sub`; undefined when one is beyond this search. */
export function subConstraints(
  statement: Statement,
  prefix: string,
  excludedOwners: readonly string[],
  /** Literal subject heads of the intended owners' subjects, per owner (GitHub: `repo:<owner>/`, `repo:<owner>@`). */
  excludedHeads: (owner: string) => string[] = (owner) => [`repo:${owner}/`, `repo:${owner}@`],
  /** Literal heads one of which the subject must start with (another repository of a named owner: `repo:acme/`). */
  requiredHeads: readonly string[] = [],
): SubConstraints | undefined {
  const positive: Glob[][] = [];
  const negative: Glob[] = [];
  const onSub = (e: ConditionEntry): boolean => {
    const split = splitConditionKey(e.key);
    return split !== undefined && split.prefix.toLowerCase() === prefix.toLowerCase() && split.claim.toLowerCase() === 'sub';
  };
  for (const entry of statement.conditions.filter(onSub)) {
    const op = entry.parsed;
    if (!op || op.set === 'ForAllValues') return undefined;
    const base = op.base;
    const wildcards = base === 'StringLike' || base === 'StringNotLike';
    const ignoreCase = base === 'StringEqualsIgnoreCase' || base === 'StringNotEqualsIgnoreCase';
    if (!base.startsWith('String')) return undefined;
    const globs: Glob[] = [];
    for (const v of entry.values) {
      const g = globOf(v.value, wildcards, ignoreCase);
      if (!g) return undefined;
      globs.push(g);
    }
    if (op.negated) appendAll(negative, globs);
    else positive.push(globs);
  }
  // The intended owners' own repositories are not outsiders (GitHub owner names are case-insensitive).
  // Heads are literal text, `*` standing for a facet not given (names never hold one).
  const lit = (text: string): Unit[] => Array.from(text.toLowerCase()).map((ch): Unit => (ch === '*' ? { kind: 'any' } : { kind: 'char', ch }));
  for (const owner of excludedOwners) {
    for (const head of excludedHeads(owner)) negative.push({ units: [...lit(head), { kind: 'any' }], ignoreCase: true });
  }
  if (requiredHeads.length > 0) {
    positive.push(requiredHeads.map((head) => ({ units: [...lit(head), { kind: 'any' }], ignoreCase: true })));
  }
  return { positive, negative };
}

/** The characters to try: every one a pattern names, and one representative of each other class. */
function alphabet(c: SubConstraints, shapes: readonly Shape[], classes: readonly string[], keep: (ch: string) => boolean): string[] {
  const named = new Set<string>();
  for (const g of [...c.positive.flat(), ...c.negative]) for (const u of g.units) if (u.kind === 'char') { named.add(u.ch); named.add(u.ch.toUpperCase()); }
  for (const shape of shapes) for (const p of shape) if ('lit' in p) for (const ch of p.lit) named.add(ch);
  const reps: string[] = [];
  for (const cls of classes) {
    const free = Array.from(cls).find((ch) => !named.has(ch));
    if (free) reps.push(free);
  }
  return [...named, ...reps].filter(keep);
}

const GITHUB_REPS = ['qzkxjwvy', 'QZKXJWVY', '7394', '-', '.', '_'];

/**
 * Representatives for grammar-driven shapes: letters and digits no pattern names behave alike for
 * every glob, so one of each case and one digit stand for them; every other printable ASCII
 * character may be its own class (a facet class may take it), so each is its own representative.
 */
const GRAMMAR_REPS = ['qzkxjwvy', 'QZKXJWVY', '7394', ...Array.from(' !"#$%&\'()+,-./:;<=>@[\\]^_`{|}~')];

/** Bound on product states visited per shape (each state is a tuple of small automaton state sets). */
const MAX_STATES = 20000;

export type SubSearchResult = { kind: 'found'; sub: string } | { kind: 'none' } | { kind: 'gave-up' };

/**
 * True when some positive group only admits subjects that a negative `literal*` value excludes: every
 * value of the group starts with literal text that starts with the negative's literal (the common
 * case: `repo:<intended owner>/…` against the intended owners' exclusions). No subject can then
 * satisfy the conditions, which the walk would only find out by exhausting (or passing) its bound
 * (issue 19: one such walk per statement made large policies slow). The walk's alphabet is ASCII,
 * so case folding is per character.
 */
function excludedByNegatives(c: SubConstraints): boolean {
  const excluders: { text: string; ignoreCase: boolean }[] = [];
  for (const n of c.negative) {
    const last = n.units.length - 1;
    if (last < 0 || n.units[last]?.kind !== 'any') continue;
    const head = n.units.slice(0, last);
    if (!head.every((u) => u.kind === 'char')) continue;
    const text = head.map((u) => u.ch).join('');
    if (n.ignoreCase && text !== text.toLowerCase()) continue;
    excluders.push({ text, ignoreCase: n.ignoreCase });
  }
  if (excluders.length === 0) return false;
  const literalPrefix = (g: Glob): string => {
    let text = '';
    for (const u of g.units) {
      if (u.kind !== 'char') break;
      text += u.ch;
    }
    return text;
  };
  const excluded = (g: Glob): boolean => {
    const prefix = literalPrefix(g);
    return excluders.some((n) => {
      // A case-insensitive value's units are already lower case; its subjects may differ in case.
      if (n.ignoreCase) return prefix.toLowerCase().startsWith(n.text);
      return !g.ignoreCase && prefix.startsWith(n.text);
    });
  };
  return c.positive.some((group) => group.every(excluded));
}

export function findOutsiderSub(c: SubConstraints): SubSearchResult {
  return searchShapes(c, SHAPES, alphabet(c, SHAPES, GITHUB_REPS, (ch) => REF_CH.test(ch) || ch === ':'), (text) => {
    const owner = /^repo:([^/]+)\//.exec(text)?.[1] ?? '';
    return OWNER_NAME_RE.test(owner);
  }, false);
}

/**
 * The same search over the shapes of a grammar-driven issuer's subjects (issuers/synthesis.ts builds
 * them from the `sub` grammar, each facet a run of the characters its values may hold: a superset of
 * the valid subjects). `valid` tells the subjects a token can really carry; a walk that only met
 * subjects it rejects has not shown that none exists (a rejected path may have hidden a valid one
 * reaching the same state), so it says gave-up rather than none.
 */
export function findGrammarSub(c: SubConstraints, shapes: readonly Shape[], valid: (sub: string) => boolean): SubSearchResult {
  const accepts = (ch: string): boolean => shapes.some((shape) => shape.some((p) => ('lit' in p ? p.lit.includes(ch) : p.cls.test(ch))));
  return searchShapes(c, shapes, alphabet(c, shapes, GRAMMAR_REPS, accepts), valid, true);
}

function searchShapes(c: SubConstraints, shapes: readonly Shape[], sigma: readonly string[], valid: (sub: string) => boolean, rejectedMeansUnknown: boolean): SubSearchResult {
  if (excludedByNegatives(c)) return { kind: 'none' };
  const groups = c.positive;
  const negs = c.negative;
  let gaveUp = false;
  for (const shape of shapes) {
    type Node = { shape: ShapeState; pos: number[][][]; neg: number[][]; text: string };
    const start: Node = { shape: [0, 0], pos: groups.map((gs) => gs.map((g) => globClose(g, [0]))), neg: negs.map((g) => globClose(g, [0])), text: '' };
    const key = (n: Node): string => `${n.shape.join(',')}|${JSON.stringify(n.pos)}|${JSON.stringify(n.neg)}`;
    const seen = new Set([key(start)]);
    let frontier = [start];
    while (frontier.length > 0) {
      const next: Node[] = [];
      for (const n of frontier) {
        if (shapeAccepts(shape, n.shape) && n.pos.every((gs, i) => gs.some((st, j) => globAccepts(groups[i]![j]!, st))) && n.neg.every((st, i) => !globAccepts(negs[i]!, st))) {
          if (valid(n.text)) return { kind: 'found', sub: n.text };
          if (rejectedMeansUnknown) gaveUp = true;
        }
        for (const ch of sigma) {
          const shapes = shapeStep(shape, n.shape, ch);
          if (shapes.length === 0) continue;
          const pos = n.pos.map((gs, i) => gs.map((st, j) => globStep(groups[i]![j]!, st, ch)));
          // A positive group whose every value is dead can never match: prune.
          if (pos.some((gs) => gs.every((st) => st.length === 0))) continue;
          const neg = n.neg.map((st, i) => globStep(negs[i]!, st, ch));
          for (const s of shapes) {
            const m: Node = { shape: s, pos, neg, text: n.text + ch };
            const k = key(m);
            if (seen.has(k)) continue;
            seen.add(k);
            next.push(m);
          }
        }
        if (seen.size > MAX_STATES) break;
      }
      if (seen.size > MAX_STATES) {
        gaveUp = true;
        break;
      }
      frontier = next;
    }
  }
  return gaveUp ? { kind: 'gave-up' } : { kind: 'none' };
}
