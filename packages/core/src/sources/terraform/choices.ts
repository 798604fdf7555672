import type { Range } from './ast.js';
import type { AltValue } from './values.js';
import { redactSecrets } from '../../secrets/redact.js';

/**
 * Picks a branch for every conditional on an unknown value met where one value is needed (an
 * Effect, a dynamic block's for_each, a whole Condition): each combination becomes one rendering.
 */
export class Chooser {
  /** Sites met in this run, in order, with their number of branches and a description. */
  readonly seen = new Map<string, { count: number; label: string }>();

  constructor(private readonly fixed: ReadonlyMap<string, number> = new Map()) {}

  pick(alt: AltValue, describe: () => string): number {
    if (!this.seen.has(alt.site)) this.seen.set(alt.site, { count: alt.options.length, label: describe() });
    return Math.min(this.fixed.get(alt.site) ?? 0, alt.options.length - 1);
  }
}

export interface Rendering<T> {
  value: T;
  /** Which branches were taken, when there was a choice. */
  label?: string;
}

export interface Renderings<T> {
  renderings: Rendering<T>[];
  /** More combinations existed than the budget's variant cap: only the first `cap` were rendered. */
  truncated: boolean;
}

/** Runs `render` once per combination of branches, at most `cap` times (the first run discovers the sites). */
export function enumerateChoices<T>(cap: number, render: (chooser: Chooser) => T): Renderings<T> {
  const first = new Chooser();
  const value = render(first);
  const sites = [...first.seen];
  if (sites.length === 0) return { renderings: [{ value }], truncated: false };
  let combos: number[][] = [[]];
  let truncated = false;
  for (const [, s] of sites) {
    const next: number[][] = [];
    for (const c of combos) for (let i = 0; i < s.count; i++) next.push([...c, i]);
    truncated ||= next.length > cap;
    combos = next.slice(0, cap);
  }
  const label = (combo: number[]): string =>
    sites.map(([, s], i) => `branch ${(combo[i] ?? 0) + 1} of ${s.count} of ${s.label}`).join('; ');
  const renderings = combos.map((combo, n) => {
    if (n === 0) return { value, label: label(combo) };
    const fixed = new Map(sites.map(([site], i) => [site, combo[i] ?? 0]));
    return { value: render(new Chooser(fixed)), label: label(combo) };
  });
  return { renderings, truncated };
}

/** How a branching site is named in variant labels: its expression, shortened. */
export function describeSite(m: { text(r: Range): string }, r: Range | undefined): string {
  // Masked before it is cut: a key cut in half is no longer recognisable as one.
  const text = r ? redactSecrets(m.text(r)).replace(/\s+/g, ' ').trim() : '';
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}
