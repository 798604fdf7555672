/**
 * Rendering under undecidable `Fn::If` conditions: every combination of branches is rendered (breadth
 * first, at most `cap`), then combinations that give the same result are merged, so only the
 * assumptions that change the policy name a variant.
 */

export type Assumptions = readonly (readonly [string, boolean])[];

export interface Rendered<T> {
  value: T;
  /** Undecidable conditions the rendering met (the first one not yet assumed is branched on). */
  needed: readonly string[];
}

export interface Variant<T> {
  value: T;
  /** `Condition IsProd = false, …`; undefined when the result does not depend on any assumption. */
  label: string | undefined;
}

export interface VariantsResult<T> {
  variants: Variant<T>[];
  /** True when more combinations existed than the cap allowed. */
  truncated: boolean;
}

/** `cap`: the budget's variant cap. */
export function renderVariants<T>(
  cap: number,
  render: (assumptions: ReadonlyMap<string, boolean>) => Rendered<T>,
  key: (value: T) => string,
): VariantsResult<T> {
  const queue: Assumptions[] = [[]];
  const leaves: { value: T; assumptions: Assumptions }[] = [];
  let truncated = false;
  for (let a = queue.shift(); a !== undefined; a = queue.shift()) {
    const map = new Map(a);
    const { value, needed } = render(map);
    const next = needed.find((n) => !map.has(n));
    if (next !== undefined) {
      // Forking turns one pending combination into two: stay within the cap.
      if (leaves.length + queue.length + 2 <= cap) {
        queue.push([...a, [next, true]], [...a, [next, false]]);
        continue;
      }
      truncated = true;
    }
    leaves.push({ value, assumptions: a });
  }
  const groups = new Map<string, typeof leaves>();
  for (const leaf of leaves) {
    const k = key(leaf.value);
    const group = groups.get(k);
    if (group) group.push(leaf);
    else groups.set(k, [leaf]);
  }
  const variants = [...groups.values()].map((group) => ({
    value: group[0]!.value,
    label: groups.size === 1 ? undefined : labelOf(group.map((g) => g.assumptions)),
  }));
  return { variants, truncated };
}

/** The assumptions all merged combinations share (those that decide this variant). */
function labelOf(all: readonly Assumptions[]): string | undefined {
  const [first, ...rest] = all;
  if (!first) return undefined;
  const shared = first.filter(([name, value]) => rest.every((a) => a.some(([n, v]) => n === name && v === value)));
  const chosen = shared.length > 0 ? shared : first;
  return chosen.length > 0 ? chosen.map(([name, value]) => `Condition ${name} = ${value}`).join(', ') : undefined;
}
