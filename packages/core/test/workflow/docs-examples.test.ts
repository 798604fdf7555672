import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, parseWorkflow, runAll } from './harness.js';

/**
 * The single-file `bad`/`good` examples of the workflow rules' docs (docs/rules/<id>.md): bad gives the
 * rule, good gives no error or warning of any workflow rule; here through the rule alone, in
 * test/docs-examples.test.ts through analyze.
 * The cross-file examples use Terraform; cross-file.test.ts runs their JSON equivalents.
 */
const DOCS = join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'rules');
const RULES = ['workflow-static-aws-keys', 'workflow-missing-id-token', 'workflow-untrusted-trigger-oidc', 'workflow-unpinned-action', 'workflow-id-token-scope'];

function examples(id: string): { kind: string; text: string }[] {
  const md = readFileSync(join(DOCS, `${id}.md`), 'utf8');
  return [...md.matchAll(/<!-- example: (bad|good) -->\n```yaml\n([\s\S]*?)```/g)].map((m) => ({ kind: m[1] ?? '', text: m[2] ?? '' }));
}

describe('docs examples of the workflow rules', () => {
  for (const id of RULES) {
    it(id, () => {
      const all = examples(id);
      expect(all.map((e) => e.kind).sort()).toEqual(['bad', 'good']);
      for (const e of all) {
        const found = check(id, e.text);
        if (e.kind === 'bad') expect(found.length, `${id} bad`).toBeGreaterThan(0);
        else {
          const all = runAll([parseWorkflow(e.text)], [{ file: 'good.yml', text: e.text }]);
          expect(all.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`), `${id} good`).toEqual([]);
          expect(found).toEqual([]);
        }
      }
    });
  }
});
