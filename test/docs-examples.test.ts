import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../packages/core/src/analyze.js';
import { CATALOG } from '../packages/core/src/catalog/rules.js';
import { loadTerraformParser } from '../packages/core/src/sources/terraform/index.js';
import { loadConfig } from '../packages/cli/src/config.js';

/**
 * The docs are executable. Every tagged example of a rule page (`<!-- example: bad|good [file=PATH] -->`
 * before a fenced block) runs through the analyser, whatever its language: JSON trust policies, YAML
 * workflows and CloudFormation templates, HCL, TypeScript (CDK). A bad example must report its rule; a
 * good one must give no error or warning at all. Examples that name a file are one repository: every
 * bad (or good) example of the page with `file=` is analysed together, each under its name (a workflow
 * and the Terraform role it assumes). The configuration snippets of the pages (`{ "rules": … }`,
 * `{ "ignoreFindings": … }`), and those of the README and docs/*.md, must pass the configuration's
 * schema as the CLI loads it.
 */
const DOCS = join(import.meta.dirname, '..', 'docs', 'rules');
const EXAMPLE_RE = /<!-- example: (bad|good)(?: file=([^ ]+))? -->\s*```(\w+)\n([\s\S]*?)```/g;
const CONFIG_RE = /```json\n(\{\s*"(?:rules|ignoreFindings|ignore)"[\s\S]*?)```/g;

/** The languages an example may be written in, and the file name an untagged one is analysed as. */
const LANGUAGES: Record<string, (stem: string, text: string) => string> = {
  json: (stem) => `${stem}.json`,
  hcl: (stem) => `${stem}.tf`,
  yaml: (stem, text) => (/^jobs:/m.test(text) || /^runs:/m.test(text) ? `.github/workflows/${stem}.yml` : `${stem}.yaml`),
  ts: (stem) => `${stem}.ts`,
  typescript: (stem) => `${stem}.ts`,
};

interface Example {
  kind: 'bad' | 'good';
  file?: string;
  lang: string;
  text: string;
}

function examplesOf(page: string): Example[] {
  return [...page.matchAll(EXAMPLE_RE)].map((m) => ({
    kind: m[1] === 'bad' ? 'bad' : 'good',
    ...(m[2] ? { file: m[2] } : {}),
    lang: m[3] ?? '',
    text: m[4] ?? '',
  }));
}

/** The analyser's inputs for each run of a page: one per untagged example, one per kind for `file=` ones. */
function runsOf(id: string, examples: readonly Example[]): { name: string; kind: 'bad' | 'good'; inputs: { file: string; text: string }[] }[] {
  const runs: { name: string; kind: 'bad' | 'good'; inputs: { file: string; text: string }[] }[] = [];
  const counts = { bad: 0, good: 0 };
  for (const e of examples.filter((x) => x.file === undefined)) {
    counts[e.kind]++;
    const name = LANGUAGES[e.lang]?.(`${id}-${e.kind}`, e.text) ?? `${id}-${e.kind}.${e.lang}`;
    runs.push({ name: `${e.kind} example ${counts[e.kind]} (${e.lang})`, kind: e.kind, inputs: [{ file: name, text: e.text }] });
  }
  for (const kind of ['bad', 'good'] as const) {
    const named = examples.filter((x) => x.kind === kind && x.file !== undefined);
    if (named.length === 0) continue;
    runs.push({ name: `${kind} files ${named.map((x) => x.file).join(' + ')}`, kind, inputs: named.map((x) => ({ file: x.file ?? '', text: x.text })) });
  }
  return runs;
}

beforeAll(loadTerraformParser);

const pages = CATALOG.map((rule) => ({ rule, page: readFileSync(join(DOCS, `${rule.id}.md`), 'utf8') }));

describe('docs examples', () => {
  it('every tagged example is in a language this test runs, and the pages have examples of each', () => {
    const all = pages.flatMap(({ page }) => examplesOf(page));
    for (const e of all) expect(Object.keys(LANGUAGES)).toContain(e.lang);
    const langs = new Set(all.map((e) => e.lang));
    for (const lang of ['json', 'yaml', 'hcl']) expect(langs).toContain(lang);
  });

  for (const { rule, page } of pages) {
    for (const run of runsOf(rule.id, examplesOf(page))) {
      it(`${rule.id}: ${run.name}`, () => {
        const findings = analyze(run.inputs.map((i) => ({ ...i, explicit: true }))).findings;
        if (run.kind === 'bad') expect(findings.map((f) => f.ruleId)).toContain(rule.id);
        else expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      });
    }
  }
});

describe('docs configuration snippets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trustlint-docs-config-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const ROOT = join(import.meta.dirname, '..');
  const others = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  const sources = [
    ...pages.map(({ rule, page }) => ({ id: rule.id, page })),
    ...others.map((f) => ({ id: f, page: readFileSync(join(ROOT, f), 'utf8') })),
  ];
  const snippets = sources.flatMap(({ id, page }) => [...page.matchAll(CONFIG_RE)].map((m, i) => ({ id, i, text: m[1] ?? '' })));

  it('the pages show configuration snippets', () => {
    expect(snippets.length).toBeGreaterThan(CATALOG.length);
  });

  for (const s of snippets) {
    it(`${s.id}: configuration snippet ${s.i + 1} passes the schema`, async () => {
      const file = join(dir, `${s.id.replace(/\//g, '-')}-${s.i}.json`);
      writeFileSync(file, s.text);
      const loaded = await loadConfig({ cwd: dir, gitRoot: dir, configFile: file });
      expect(loaded.config).toEqual(JSON.parse(s.text));
    });
  }
});
