// The issue-19 targets as one table: every row names the target, its limit, what was measured, the
// ratio the limit is about, and met / not met. `pnpm bench` prints it (Markdown, so that the README's
// Performance section can carry the same table) and writes it into the --out JSON.

/** The limits (issue 19 "Targets"); a ratio is "measured / reference". */
export const LIMITS = {
  /** Cold start of the npm-installed CLI and the bundle against `node -e 0`, JSON policy and workflow. */
  coldStartRatio: 1.5,
  /** Whole `check` run against the parse-only floor (discovery + parsing, same libraries, same files). */
  floorRatio: 1.3,
  /** Peak RSS at 50k files, MiB. */
  rssMiB: 300,
  /** Time per file and peak RSS across 5k/20k/50k files: largest over smallest. */
  flatness: 1.15,
  /** `--jobs 2` against `--jobs 1`: a gain beyond run-to-run noise (the issue sets no number). */
  jobsSpeedup: 1.1,
  /** A second `--cache` run on an unchanged tree against discovery + hashing of every file. */
  cacheRatio: 1.3,
};

const fmt = (n, digits = 0) =>
  n === undefined || Number.isNaN(n) ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export class TargetTable {
  rows = [];

  /**
   * One row. `met` is true / false, or null for a row that reports without a limit (a projection, a
   * comparison) or that could not be measured (then `measured` says why).
   */
  add({ target, limit, measured, ratio, met }) {
    this.rows.push({ target, limit, measured, ratio: ratio === undefined ? undefined : Number(ratio), met });
    return met;
  }

  misses() {
    return this.rows.filter((r) => r.met === false).map((r) => `${r.target}: ${r.measured} (${r.limit})`);
  }

  markdown() {
    const lines = ['| target | limit | measured | ratio | result |', '| --- | --- | --- | --- | --- |'];
    for (const r of this.rows) {
      const result = r.met === true ? 'met' : r.met === false ? '**not met**' : 'reported';
      lines.push(`| ${r.target} | ${r.limit} | ${r.measured} | ${r.ratio === undefined ? '—' : `${fmt(r.ratio, 2)}×`} | ${result} |`);
    }
    return lines.join('\n');
  }
}

export { fmt };
