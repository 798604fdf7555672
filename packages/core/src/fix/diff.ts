import { appendAll } from '../arrays.js';

/**
 * A unified diff (the `diff -u` / `git diff` hunk format: `@@ -a,b +c,d @@`, three lines of context)
 * between two versions of one file. Lines are compared whole; the common prefix and suffix are cut
 * first, and the middle is aligned by a longest common subsequence, bounded: past MAX_CELLS the
 * middle is shown as one replaced block (still a correct diff, only less minimal).
 */

const CONTEXT = 3;
const MAX_CELLS = 4_000_000;

type Op = { kind: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function middleOps(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) return [...a.map((line): Op => ({ kind: '-', line })), ...b.map((line): Op => ({ kind: '+', line }))];
  // lcs[i][j]: the LCS length of a[i..] and b[j..], in one flat array.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = a[i] === b[j] ? (lcs[(i + 1) * (m + 1) + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * (m + 1) + j] ?? 0, lcs[i * (m + 1) + j + 1] ?? 0);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i] ?? '' });
      i++;
      j++;
    } else if (j < m && (i >= n || (lcs[i * (m + 1) + j + 1] ?? 0) >= (lcs[(i + 1) * (m + 1) + j] ?? 0))) {
      ops.push({ kind: '+', line: b[j] ?? '' });
      j++;
    } else {
      ops.push({ kind: '-', line: a[i] ?? '' });
      i++;
    }
  }
  // Removals before additions within a changed run, as diff -u prints them.
  const out: Op[] = [];
  let run: Op[] = [];
  const flush = (): void => {
    appendAll(out, run.filter((o) => o.kind === '-'));
    appendAll(out, run.filter((o) => o.kind === '+'));
    run = [];
  };
  for (const o of ops) {
    if (o.kind === ' ') {
      flush();
      out.push(o);
    } else run.push(o);
  }
  flush();
  return out;
}

/** The unified diff of `before` → `after` for `file` (empty when they are equal). */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const ops: Op[] = [
    ...a.slice(0, prefix).map((line): Op => ({ kind: ' ', line })),
    ...middleOps(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)),
    ...a.slice(a.length - suffix).map((line): Op => ({ kind: ' ', line })),
  ];
  const lines = [`--- a/${file}`, `+++ b/${file}`];
  // Line numbers (1-based, old and new) before each op.
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let o = 1;
  let n = 1;
  for (const op of ops) {
    oldAt.push(o);
    newAt.push(n);
    if (op.kind !== '+') o++;
    if (op.kind !== '-') n++;
  }
  let k = 0;
  while (k < ops.length) {
    if (ops[k]?.kind === ' ') {
      k++;
      continue;
    }
    // A hunk: CONTEXT lines before the first change; changes at most 2*CONTEXT unchanged lines apart join it.
    const start = Math.max(0, k - CONTEXT);
    let last = k;
    for (let j = k; j < ops.length; j++) {
      if (ops[j]?.kind !== ' ') last = j;
      else if (j - last > CONTEXT * 2) break;
    }
    const end = Math.min(ops.length, last + 1 + CONTEXT);
    const body = ops.slice(start, end);
    const oldCount = body.filter((x) => x.kind !== '+').length;
    const newCount = body.filter((x) => x.kind !== '-').length;
    const range = (from: number, count: number): string => (count === 1 ? `${from}` : `${count === 0 ? from - 1 : from},${count}`);
    lines.push(`@@ -${range(oldAt[start] ?? 1, oldCount)} +${range(newAt[start] ?? 1, newCount)} @@`);
    for (const x of body) lines.push(`${x.kind}${x.line.replace(/\r$/, '')}`);
    k = end;
  }
  return `${lines.join('\n')}\n`;
}

/** One file a fix changes: its text before and after, and the unified diff between them. */
export interface FileFix {
  file: string;
  before: string;
  after: string;
  diff: string;
}

/** The files whose text differs between `texts` and `current`, with their diffs, sorted by path. */
export function changedFiles(texts: ReadonlyMap<string, string>, current: ReadonlyMap<string, string>): FileFix[] {
  return [...current]
    .filter(([file, after]) => texts.get(file) !== after)
    .map(([file, after]) => {
      const before = texts.get(file) ?? '';
      return { file, before, after, diff: unifiedDiff(file.replace(/\\/g, '/'), before, after) };
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
