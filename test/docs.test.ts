// Polices the rule docs against the catalog (design.md principle 6): one page per rule, generated
// blocks current, fixed sections, well-formed examples, README rule table current.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../packages/core/src/catalog/rules.js';
import {
  GENERATED_END,
  GENERATED_START,
  REQUIRED_HEADINGS,
  findGeneratedBlock,
  renderGeneratedBlock,
  rulePagePath,
  updateReadme,
} from '../scripts/docs-render.mjs';

const root = new URL('../', import.meta.url);
const read = (relPath: string): string => readFileSync(new URL(relPath, root), 'utf8');

const pageIds = readdirSync(new URL('docs/rules/', root))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -3))
  .sort();

/** `<!-- example: bad -->`, optionally naming the file the block stands for: `<!-- example: good file=infra/role.tf -->`. */
const EXAMPLE_TAG = /^<!-- example: (bad|good)(?: file=(\S+))? -->$/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;

interface Example {
  kind: 'bad' | 'good';
  file: string | undefined;
  lang: string;
  code: string;
  section: string | undefined;
  line: number;
}

interface ParsedPage {
  /** `## ` headings outside fenced blocks, after the generated block, in order. */
  headings: string[];
  /** Non-empty text lines per heading. */
  sectionText: Map<string, string[]>;
  examples: Example[];
  /** Problems found while parsing (tags not followed by a fence, unclosed fences, malformed tags). */
  errors: string[];
}

function parsePage(page: string): ParsedPage {
  const block = findGeneratedBlock(page);
  const body = block ? page.slice(block.end) : page;
  const offset = block ? page.slice(0, block.end).split('\n').length - 1 : 0;
  const lines = body.split('\n');
  const parsed: ParsedPage = { headings: [], sectionText: new Map(), examples: [], errors: [] };
  let section: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineNo = offset + i + 1;
    const fence = FENCE.exec(line);
    if (fence) {
      const close = lines.findIndex((l, j) => j > i && l.trimEnd() === fence[1]);
      if (close < 0) {
        parsed.errors.push(`line ${lineNo}: fence never closed`);
        break;
      }
      if (section) parsed.sectionText.get(section)!.push(line);
      i = close;
      continue;
    }
    if (line.startsWith('## ')) {
      section = line.trimEnd();
      parsed.headings.push(section);
      parsed.sectionText.set(section, []);
      continue;
    }
    if (line.startsWith('<!-- example:')) {
      const tag = EXAMPLE_TAG.exec(line.trim());
      if (!tag) {
        parsed.errors.push(`line ${lineNo}: malformed example tag ${line}`);
        continue;
      }
      let next = i + 1;
      while (next < lines.length && lines[next]!.trim() === '') next++;
      const open = next < lines.length ? FENCE.exec(lines[next]!) : null;
      const close = open ? lines.findIndex((l, j) => j > next && l.trimEnd() === open[1]) : -1;
      if (!open || close < 0) {
        parsed.errors.push(`line ${lineNo}: ${line.trim()} is not followed by a fenced code block`);
        continue;
      }
      parsed.examples.push({
        kind: tag[1] as 'bad' | 'good',
        file: tag[2],
        lang: open[2]!.trim(),
        code: lines.slice(next + 1, close).join('\n'),
        section,
        line: lineNo,
      });
      continue;
    }
    if (section && line.trim() !== '') parsed.sectionText.get(section)!.push(line);
  }
  return parsed;
}

const pages = new Map(pageIds.map((id) => [id, read(rulePagePath(id))]));

describe('rule docs', () => {
  it('has a page for every catalog rule', () => {
    const missing = CATALOG.map((rule) => rule.id).filter((id) => !pages.has(id));
    expect(missing, 'run `node scripts/generate-docs.mjs` for the list, then write the pages').toEqual([]);
  });

  it('has no page without a catalog rule', () => {
    const ids = new Set(CATALOG.map((rule) => rule.id));
    expect(pageIds.filter((id) => !ids.has(id))).toEqual([]);
  });

  describe.each(CATALOG.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    const page = pages.get(id) ?? '';
    const parsed = parsePage(page);

    it('starts with the generated block the catalog produces', () => {
      expect(page.startsWith(GENERATED_START), `docs/rules/${id}.md must start with ${GENERATED_START}`).toBe(true);
      const block = findGeneratedBlock(page);
      expect(block, `exactly one ${GENERATED_START} … ${GENERATED_END} block`).not.toBeNull();
      expect(block?.text, 'stale: run `pnpm gen`').toBe(renderGeneratedBlock(rule));
    });

    it('has the required sections in order, each with content', () => {
      expect(parsed.headings).toEqual(REQUIRED_HEADINGS);
      for (const heading of REQUIRED_HEADINGS) {
        expect(parsed.sectionText.get(heading)?.length ?? 0, `${heading} is empty`).toBeGreaterThan(0);
      }
      expect(page).not.toMatch(/\bTODO\b|Not documented yet/i);
    });

    it('tags examples correctly and follows each tag with a fenced block', () => {
      expect(parsed.errors).toEqual([]);
      for (const example of parsed.examples) {
        const expected = example.kind === 'bad' ? '## Bad' : '## Good';
        expect(example.section, `line ${example.line}: a ${example.kind} example belongs under ${expected}`).toBe(expected);
        expect(example.lang, `line ${example.line}: fence needs a language`).not.toBe('');
        expect(example.code.trim(), `line ${example.line}: empty example`).not.toBe('');
      }
    });

    if (rule.category === 'trust-scope' || rule.category === 'trust') {
      it('shows a bad and a good example', () => {
        expect(parsed.examples.some((e) => e.kind === 'bad')).toBe(true);
        expect(parsed.examples.some((e) => e.kind === 'good')).toBe(true);
      });
    }

    const jsonExamples = parsed.examples.filter((e) => e.lang === 'json');
    if (jsonExamples.length > 0) {
      it('has JSON examples that are complete 2012-10-17 trust policies', () => {
        for (const example of jsonExamples) {
          const policy = JSON.parse(example.code) as { Version?: unknown; Statement?: unknown };
          expect(policy.Version, `line ${example.line}`).toBe('2012-10-17');
          expect(Array.isArray(policy.Statement), `line ${example.line}: Statement must be an array`).toBe(true);
        }
      });
    }
  });

  it('has a current README rule table when README.md has the markers', () => {
    const readmeUrl = new URL('README.md', root);
    if (!existsSync(readmeUrl)) return;
    const readme = readFileSync(readmeUrl, 'utf8');
    const updated = updateReadme(readme, CATALOG);
    if (updated === null) return;
    expect(readme, 'stale README rule table: run `pnpm gen`').toBe(updated);
  });
});
