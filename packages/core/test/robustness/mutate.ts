/**
 * Deterministic mutations of input files for the fuzz tests: each mutator takes the text and a seeded
 * random source and returns hostile variants of the kinds real repositories and attackers produce.
 */

/** mulberry32: a small, fast, seedable PRNG (same sequence on every machine). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

const int = (random: Random, n: number): number => Math.floor(random() * n);

export type Syntax = 'json' | 'yaml' | 'hcl';

export interface Mutator {
  name: string;
  /** The syntaxes it applies to. */
  syntaxes: readonly Syntax[];
  mutate(text: string, random: Random, syntax: Syntax): string;
}

/** Offsets of string literals ("…" in JSON/HCL, values after `: ` in YAML). */
function valueRanges(text: string, syntax: Syntax): [number, number][] {
  const out: [number, number][] = [];
  const re = syntax === 'yaml' ? /(?<=:[ \t]+)[^\s#][^\n]*/g : /"(?:[^"\\\n]|\\.)*"/g;
  for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function replaceRandomValue(text: string, random: Random, syntax: Syntax, replacement: string): string {
  const ranges = valueRanges(text, syntax);
  if (ranges.length === 0) return text + replacement;
  const [start, end] = ranges[int(random, ranges.length)] ?? [0, 0];
  return text.slice(0, start) + replacement + text.slice(end);
}

function insertAt(text: string, random: Random, insert: string): string {
  const at = int(random, text.length + 1);
  return text.slice(0, at) + insert + text.slice(at);
}

/** A line-aligned offset (inserting a YAML line there keeps the text line-oriented). */
function lineStart(text: string, random: Random): number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts[int(random, starts.length)] ?? 0;
}

const WRONG_TYPES: Record<Syntax, readonly string[]> = {
  json: ['42', 'null', 'true', '[]', '{}', '[1, {"a": null}]', '-0.0e-7', '{"Statement": 7}'],
  yaml: ['42', '~', 'true', '[]', '{}', '[1, {a: ~}]', '!Ref', '!GetAtt [a, b, c]', '|\n  x'],
  hcl: ['42', 'null', 'true', '[]', '{}', 'var.nope', 'tolist(1)', '[for x in [] : x]'],
};

const BINARY = ['\u0000', '\u0001\u0002\u0003', '\u001b[31m', '\ufffd\ufffd', '\ud800', '\udfff\ud800', '\u202e', '\u00ff\u00fe', '\u0085', '\u2028\u2029'];

export const MUTATORS: readonly Mutator[] = [
  {
    name: 'truncate',
    syntaxes: ['json', 'yaml', 'hcl'],
    mutate: (text, random) => text.slice(0, int(random, text.length)),
  },
  {
    name: 'wrong-type',
    syntaxes: ['json', 'yaml', 'hcl'],
    mutate: (text, random, syntax) => {
      const options = WRONG_TYPES[syntax];
      return replaceRandomValue(text, random, syntax, options[int(random, options.length)] ?? 'null');
    },
  },
  {
    name: 'huge-string',
    syntaxes: ['json', 'yaml', 'hcl'],
    mutate: (text, random, syntax) => {
      const body = `repo:acme/${'x'.repeat(50_000)}/*:${'*?'.repeat(200)}`;
      return replaceRandomValue(text, random, syntax, syntax === 'yaml' ? body : `"${body}"`);
    },
  },
  {
    name: 'huge-number',
    syntaxes: ['json', 'yaml', 'hcl'],
    mutate: (text, random, syntax) => replaceRandomValue(text, random, syntax, random() < 0.5 ? '1e999999' : '9'.repeat(5_000)),
  },
  {
    name: 'deep-nesting',
    syntaxes: ['json', 'yaml', 'hcl'],
    mutate: (text, random, syntax) => {
      const depth = random() < 0.5 ? 150 : 5_000;
      return replaceRandomValue(text, random, syntax, '['.repeat(depth) + ']'.repeat(depth));
    },
  },
  {
    name: 'deep-block-yaml',
    syntaxes: ['yaml'],
    mutate: (text, random) => {
      const at = lineStart(text, random);
      const lines = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
      return `${text.slice(0, at)}x-deep:\n${lines.replace(/^/gm, ' ')} 1\n${text.slice(at)}`;
    },
  },
  {
    name: 'binary',
    syntaxes: ['json', 'yaml', 'hcl'],
    mutate: (text, random) => {
      let out = text;
      for (let n = 1 + int(random, 4); n > 0; n--) out = insertAt(out, random, BINARY[int(random, BINARY.length)] ?? '\u0000');
      return out;
    },
  },
  {
    name: 'bom',
    syntaxes: ['json', 'yaml', 'hcl'],
    mutate: (text, random) => (random() < 0.5 ? `\ufeff${text}` : `\ufeff\ufeff${text}`),
  },
  {
    name: 'crlf',
    syntaxes: ['json', 'yaml', 'hcl'],
    mutate: (text, random) => (random() < 0.7 ? text.replace(/\n/g, '\r\n') : text.replace(/\n/g, '\r')),
  },
  {
    name: 'duplicate-key',
    syntaxes: ['json', 'yaml', 'hcl'],
    mutate: (text, random) => {
      const lines = text.split('\n');
      const keyed = lines.flatMap((line, i) => (/^\s*("[^"]+"|[\w-]+)\s*[:=]/.test(line) ? [i] : []));
      const i = keyed[int(random, keyed.length)];
      if (i === undefined) return text;
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    },
  },
  {
    name: 'alias-bomb',
    syntaxes: ['yaml'],
    mutate: (text, random) => {
      const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
      for (let l = 1; l < 9; l++) {
        const prev = String.fromCharCode(96 + l);
        levels.push(`${String.fromCharCode(97 + l)}: &${String.fromCharCode(97 + l)} [${Array(10).fill(`*${prev}`).join(', ')}]`);
      }
      const bomb = `x-bomb:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
      // The bomb alone, or also referenced from a value the source reads.
      const out = `${bomb}${text}`;
      return random() < 0.5 ? out : replaceRandomValue(out, random, 'yaml', '*i');
    },
  },
  {
    name: 'many-aliases',
    syntaxes: ['yaml'],
    mutate: (text) => `x-anchor: &anchor {k: v}\nx-uses:\n${Array.from({ length: 10_001 }, (_, i) => `  u${i}: *anchor`).join('\n')}\n${text}`,
  },
  {
    name: 'many-keys',
    syntaxes: ['json', 'yaml'],
    mutate: (text, _random, syntax) => {
      const keys = Array.from({ length: 10_000 }, (_, i) => (syntax === 'json' ? `"k${i}": ${i}` : `  k${i}: ${i}`));
      if (syntax === 'yaml') return `x-many:\n${keys.join('\n')}\n${text}`;
      const brace = text.indexOf('{');
      return brace < 0 ? text : `${text.slice(0, brace + 1)}${keys.join(',')},${text.slice(brace + 1)}`;
    },
  },
  {
    name: 'placeholder-flood',
    syntaxes: ['json'],
    mutate: (text, random) => replaceRandomValue(text, random, 'json', `"${'${'.repeat(4_000)}__a_${'a_'.repeat(4_000)}{{{{"`),
  },
  {
    // Value growth (issue 10): locals that double a string 24 times, read where a value was.
    name: 'value-growth',
    syntaxes: ['hcl'],
    mutate: (text, random) => {
      const doublings = Array.from({ length: 24 }, (_, i) => `  fz_g${i + 1} = "\${local.fz_g${i}}\${local.fz_g${i}}"`).join('\n');
      return `locals {\n  fz_g0 = "repo:acme/app:*"\n${doublings}\n}\n${replaceRandomValue(text, random, 'hcl', 'local.fz_g24')}`;
    },
  },
  {
    // Self-reference: a variable whose default reads itself, read where a value was.
    name: 'self-reference',
    syntaxes: ['hcl'],
    mutate: (text, random) => `variable "fz_self" {\n  default = var.fz_self\n}\n${replaceRandomValue(text, random, 'hcl', 'var.fz_self')}`,
  },
  {
    name: 'shuffle-lines',
    syntaxes: ['json', 'yaml', 'hcl'],
    mutate: (text, random) => {
      const lines = text.split('\n');
      for (let n = 0; n < 3 && lines.length > 1; n++) {
        const i = int(random, lines.length);
        const j = int(random, lines.length);
        [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      }
      return lines.join('\n');
    },
  },
];
