import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prng, type Random } from '../../../core/test/robustness/mutate.js';
import { makeTree, parseReport, removeTrees, runCli } from '../helpers.js';

/**
 * Attack class "control characters in names and values" (issue 10): a pull request names files and
 * writes values with terminal escape sequences (clear screen, window title, hidden text, hyperlinks,
 * cursor moves), C1 controls, carriage returns, line feeds, line separators and bidirectional
 * overrides. Text output (stylish, GitHub annotations, explain, simulate, stderr) must show them
 * escaped, never act on them; JSON and SARIF must carry them escaped and read back unchanged.
 * Seeded and bounded: three rounds of names drawn from the sequences below.
 */

const SEEDS = [0x7e1, 0x7e2, 0x7e3];
const ESC = String.fromCharCode(27);
const SEQUENCES = [
  `${ESC}[2J`, // clear screen
  `${ESC}]0;pwned${String.fromCharCode(7)}`, // window title
  `${ESC}[8m`, // hidden text
  `${ESC}]8;;https://evil.example${ESC}\\`, // hyperlink
  `${ESC}[1A${ESC}[K`, // cursor up, erase line
  '\u009b31m', // C1 CSI
  '\r✔ no problems', // overwrite the line
  '\nno problems', // a line of its own
  '\u2028', // line separator
  '\u202e', // right-to-left override
  '\u007f', // DEL
];

afterAll(removeTrees);

/** Control characters text output may contain: line feeds and tabs of our own layout, nothing else. */
function rawControls(text: string): string[] {
  const found = new Set<string>();
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    if (control && ch !== '\n' && ch !== '\t') found.add(`U+${code.toString(16).padStart(4, '0')}`);
  }
  return [...found];
}

function pick(random: Random): string {
  return SEQUENCES[Math.floor(random() * SEQUENCES.length)] ?? '';
}

const P = 'token.actions.githubusercontent.com';
const GH = `arn:aws:iam::123456789012:oidc-provider/${P}`;

function policy(sid: string, sub: string): string {
  return `${JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Allow', Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { [`${P}:sub`]: sub } } }] }, null, 2)}\n`;
}

describe('attack: control characters in file names and values', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed.toString(16)}: text output escapes them, JSON and SARIF carry them unchanged`, async () => {
      const random = prng(seed);
      // No `/` in a file name: the hyperlink's URL would make folders of it.
      const inName = (): string => pick(random).replaceAll('/', '');
      const name = `policies/a${inName()}b${inName()}.json`;
      const value = `${pick(random)}x${pick(random)}`;
      const files: Record<string, string> = {
        [name]: policy('S1', 'repo:*'),
        // Values with control characters: a sub pattern (quoted in messages and witnesses), a raw ESC in a code frame's line.
        'policies/values.json': policy('S2', `repo:acme/app:ref:refs/heads/${value}*`),
        '.github/workflows/ci.yml': `on: push\njobs:\n  "j${value.replace(/[\\"]/g, '')}":\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4 # ${ESC}[2J\n        env:\n          AWS_ACCESS_KEY_ID: \${{ secrets.KEY }}\n`,
      };
      const root = makeTree(files, { git: true });
      const text: [string, string][] = [];
      for (const format of ['stylish', 'github']) {
        const r = await runCli(['check', '.', '--format', format], { cwd: root });
        expect(r.code, r.stderr).toBe(1);
        text.push([`check --format ${format}`, r.stdout], [`check --format ${format} (stderr)`, r.stderr]);
        await runCli(['check', '.', '--format', format, '--output', 'report.txt'], { cwd: root });
        text.push([`check --format ${format} --output`, readFileSync(join(root, 'report.txt'), 'utf8')]);
      }
      for (const target of [name, 'policies/values.json']) {
        const explained = await runCli(['explain', target], { cwd: root });
        expect(explained.code, explained.stderr).toBe(0);
        text.push([`explain ${JSON.stringify(target)}`, explained.stdout]);
        const simulated = await runCli(['simulate', target, '--sub', `repo:acme/app:ref:refs/heads/${value}`, '--claim', `${value}=1`], { cwd: root });
        text.push([`simulate ${JSON.stringify(target)}`, simulated.stdout + simulated.stderr]);
      }
      const missing = await runCli(['explain', `policies/${value}.json`], { cwd: root });
      expect(missing.code).toBe(2);
      text.push(['explain a missing file (stderr)', missing.stderr]);
      const option = await runCli(['check', `--x${value}`], { cwd: root });
      text.push(['an unknown option (stderr)', option.stderr]);

      const problems = text.flatMap(([label, out]) => rawControls(out).map((c) => `${label}: raw ${c}`));
      expect(problems, problems.join('\n')).toEqual([]);
      // Shown escaped, not dropped: the file is still reported under a readable name.
      const stylish = text[0]?.[1] ?? '';
      expect(stylish).toContain('policies/a');
      expect(stylish).toMatch(/\\u00[0-9a-f]{2}|\\u20[0-9a-f]{2}/);

      for (const format of ['json', 'sarif']) {
        const r = await runCli(['check', '.', '--format', format], { cwd: root });
        expect(rawControls(r.stdout), format).toEqual([]);
        expect(r.stdout).not.toMatch(/[\u2028\u2029\u007f-\u009f]/);
        if (format === 'json') {
          const files = parseReport(r.stdout).findings.map((f) => f.file);
          expect(files).toContain(name);
          expect(JSON.stringify(parseReport(r.stdout))).toContain(JSON.stringify(value).slice(1, -1));
        }
      }
    });
  }
});
