import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelDocument } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';
import { detectKind } from '../../src/sources/detect.js';
import { readCompositeAction, readWorkflow } from '../../src/sources/workflow/index.js';
import { rule, runAll } from './harness.js';

/**
 * The workflow rules' fixtures in `fixtures/rules/<id>/{valid,invalid}`, run the way the shared
 * fixture test (test/rules/fixtures.test.ts) will run them once the rules are registered: one file,
 * named by its bare name, explicit. Same expectation format; UPDATE_FIXTURES=1 writes missing ones.
 */
const ROOT = join(import.meta.dirname, '..', 'fixtures', 'rules');
const RULES = [
  'workflow-static-aws-keys',
  'workflow-missing-id-token',
  'workflow-untrusted-trigger-oidc',
  'workflow-unpinned-action',
  'workflow-id-token-scope',
  'secret-aws-access-key',
];
const update = process.env.UPDATE_FIXTURES === '1';

function files(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => !f.endsWith('.expected.json')).sort() : [];
}

function run(id: string, kind: string, name: string): Finding[] {
  const text = readFileSync(join(ROOT, id, kind, name), 'utf8');
  const input = { file: name, text, explicit: true };
  const detected = detectKind(name, text);
  const docs: ModelDocument[] =
    detected === 'workflow' ? readWorkflow(input).documents : detected === 'composite-action' ? readCompositeAction(input).documents : [];
  return runAll(docs, detected ? [{ file: name, text }] : [], {}, [rule(id)]);
}

function toExpected(f: Finding): Record<string, unknown> {
  const span = f.location?.span;
  if (!span) throw new Error('finding without location');
  return { ruleId: f.ruleId, severity: f.severity, line: span.start.line, column: span.start.column + 1, endLine: span.end.line, endColumn: span.end.column + 1 };
}

describe('workflow rule fixtures', () => {
  for (const id of RULES) {
    describe(id, () => {
      it('has valid and invalid fixtures', () => {
        expect(files(join(ROOT, id, 'valid')).length).toBeGreaterThan(0);
        expect(files(join(ROOT, id, 'invalid')).length).toBeGreaterThan(0);
      });
      for (const name of files(join(ROOT, id, 'invalid'))) {
        it(`invalid/${name}`, () => {
          const actual = run(id, 'invalid', name).map(toExpected);
          const expectedFile = join(ROOT, id, 'invalid', `${name}.expected.json`);
          if (!existsSync(expectedFile) && update) writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
          expect(actual.length).toBeGreaterThan(0);
          expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
        });
      }
      for (const name of files(join(ROOT, id, 'valid'))) {
        it(`valid/${name}`, () => {
          expect(run(id, 'valid', name).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
        });
      }
    });
  }
});
