import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { TrustlintConfig } from '../../src/config.js';
import type { Finding } from '../../src/model/finding.js';
import { IMPLEMENTED_RULE_IDS } from '../../src/rules/index.js';
import { loadTerraformParser } from '../../src/sources/terraform/index.js';

/**
 * Per-rule fixtures: `fixtures/rules/<id>/invalid/<name>` must give exactly the findings of that rule
 * listed in `<name>.expected.json` (ids and full ranges, 1-based columns as in the JSON output);
 * `valid/<name>` must give none of that rule. Missing expectations are written when
 * UPDATE_FIXTURES=1 and must then be reviewed. A fixture may be a folder (cross-file rules: a
 * workflow and the role it assumes): its files are analysed together, with its
 * `trustlint.config.json` as configuration when present.
 */
const ROOT = join(import.meta.dirname, '..', 'fixtures', 'rules');
const update = process.env.UPDATE_FIXTURES === '1';

export interface ExpectedFinding {
  ruleId: string;
  /** The finding's message, in full: a golden file shows what the user reads. */
  message: string;
  /** For folder fixtures: which file of the folder. */
  file?: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  path?: (string | number)[];
  witness?: Record<string, string>;
}

export function fixtureFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => !f.endsWith('.expected.json'))
    .sort();
}

export function toExpected(f: Finding): ExpectedFinding {
  const span = f.location!.span;
  return {
    ruleId: f.ruleId,
    message: f.message,
    severity: f.severity,
    ...(f.location!.file.includes('/') ? { file: f.location!.file } : {}),
    line: span.start.line,
    column: span.start.column + 1,
    endLine: span.end.line,
    endColumn: span.end.column + 1,
    ...(f.path ? { path: f.path } : {}),
    ...(f.witness ? { witness: f.witness } : {}),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? filesUnder(join(dir, entry)) : [join(dir, entry)]));
}

/** Every finding of the fixture, and the files analyse did not recognise. */
function analyzeFixture(rule: string, kind: string, name: string): { findings: Finding[]; unrecognised: string[] } {
  const path = join(ROOT, rule, kind, name);
  if (!statSync(path).isDirectory()) {
    const text = readFileSync(path, 'utf8');
    return analyze([{ file: name, text, explicit: true }]);
  }
  const files = filesUnder(path);
  const configFile = files.find((f) => f.endsWith('trustlint.config.json'));
  const config: TrustlintConfig = configFile ? (JSON.parse(readFileSync(configFile, 'utf8')) as TrustlintConfig) : {};
  const inputs = files
    .filter((f) => f !== configFile)
    .map((f) => ({ file: `${name}/${relative(path, f)}`, text: readFileSync(f, 'utf8') }));
  return analyze(inputs, { config });
}

function run(rule: string, kind: string, name: string): Finding[] {
  return analyzeFixture(rule, kind, name).findings.filter((f) => f.ruleId === rule);
}

/** Findings that say a fixture was not analysed as written: it does not parse, or was cut short. */
const INPUT_FAILURES = new Set(['parse-error', 'input-error']);

const rules = readdirSync(ROOT).sort();

// Terraform fixtures are evaluated as Terraform (analyze refuses them without the parser).
beforeAll(loadTerraformParser);

describe('rule fixtures', () => {
  it('every implemented rule has valid and invalid fixtures, and every fixture folder is a rule', () => {
    for (const id of IMPLEMENTED_RULE_IDS) {
      expect(fixtureFiles(join(ROOT, id, 'valid')).length, `${id} valid fixtures`).toBeGreaterThan(0);
      expect(fixtureFiles(join(ROOT, id, 'invalid')).length, `${id} invalid fixtures`).toBeGreaterThan(0);
    }
    for (const dir of rules) expect(IMPLEMENTED_RULE_IDS).toContain(dir);
  });

  for (const rule of rules) {
    describe(rule, () => {
      for (const name of fixtureFiles(join(ROOT, rule, 'invalid'))) {
        it(`invalid/${name}`, () => {
          const actual = run(rule, 'invalid', name).map(toExpected);
          const expectedFile = join(ROOT, rule, 'invalid', `${name}.expected.json`);
          if (!existsSync(expectedFile) && update) writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
          const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as ExpectedFinding[];
          expect(actual.length).toBeGreaterThan(0);
          expect(actual).toEqual(expected);
        });
      }
      for (const name of fixtureFiles(join(ROOT, rule, 'valid'))) {
        it(`valid/${name}`, () => {
          // A valid fixture proves nothing unless it is analysed: one that does not parse (a truncated
          // file), cannot be read completely or is of no recognised kind fails here, whatever rule it is for.
          const result = analyzeFixture(rule, 'valid', name);
          const relevant = result.findings.filter((f) => f.ruleId === rule || INPUT_FAILURES.has(f.ruleId));
          expect(relevant.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
          // input-error's own valid fixtures show that a file of no recognised kind gives no finding.
          if (rule !== 'input-error') expect(result.unrecognised, 'files of no recognised kind').toEqual([]);
        });
      }
    });
  }
});
