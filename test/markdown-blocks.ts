import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One fenced block of a Markdown file. */
export interface FencedBlock {
  /** Path from the repository root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The info string's first word (`yaml`, `json`, …; '' for a bare fence). */
  lang: string;
  /** The block's text, with the fence's own indentation removed from each line. */
  text: string;
  /** The nearest non-blank line above the fence (a tag such as `<!-- example: bad -->` stands there). */
  before: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/;

/** The fenced blocks of a Markdown text, in order; an unclosed fence is an error naming its line. */
export function fencedBlocks(file: string, markdown: string): FencedBlock[] {
  const lines = markdown.split('\n');
  const out: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open) continue;
    const indent = open[1] ?? '';
    const marker = open[2] ?? '';
    const close = lines.findIndex((l, j) => j > i && l.trim() === marker);
    if (close < 0) throw new Error(`${file}:${String(i + 1)}: the fence is never closed`);
    let k = i - 1;
    while (k >= 0 && (lines[k] ?? '').trim() === '') k--;
    out.push({
      file,
      line: i + 1,
      lang: open[3] ?? '',
      text: lines
        .slice(i + 1, close)
        .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
        .join('\n')
        .concat(close > i + 1 ? '\n' : ''),
      before: k >= 0 ? (lines[k] ?? '').trim() : '',
    });
    i = close;
  }
  return out;
}

/**
 * The documentation a user reads: the README, docs/ (rule pages included), and the READMEs of the
 * packages, the examples and the corpus. Test fixtures are inputs, not documentation.
 */
export function documentationFiles(root: string): string[] {
  const md = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.name === 'node_modules' ? [] : e.isDirectory() ? md(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
    );
  const packages = readdirSync(join(root, 'packages')).map((p) => join('packages', p, 'README.md')).filter((f) => existsSync(join(root, f)));
  const examples = md('examples').filter((f) => f.endsWith('README.md'));
  return ['README.md', 'corpus/README.md', ...md('docs'), ...packages, ...examples].sort();
}

export function readBlocks(root: string, file: string): FencedBlock[] {
  return fencedBlocks(file, readFileSync(join(root, file), 'utf8'));
}
