// Own code: twelve lines of edit distance over short key names do not justify a dependency.
/** Edit distance (insertions, deletions, substitutions), to name what a misspelt name probably meant. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}

/** The candidate nearest to `name` within `maxDistance` edits (the first of equals), if any. */
export function closestName(name: string, candidates: Iterable<string>, maxDistance = 3): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (!best || d < best.d) best = { name: c, d };
  }
  return best && best.d <= maxDistance ? best.name : undefined;
}
