import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/analyze.js';
import { planFixes } from '../../src/fix/plan.js';

const CASE = join(import.meta.dirname, '../fixtures/fix/tf-variable-default/before');
const read = (p: string): string => readFileSync(join(CASE, p), 'utf8');

describe('planFixes: a variable default', () => {
  it('is not edited when the variable is used elsewhere too: the role is skipped with the reason', async () => {
    const files = new Map([
      ['infra/main.tf', `${read('infra/main.tf')}\noutput "subjects" {\n  value = var.deploy_subjects\n}\n`],
      ['infra/variables.tf', read('infra/variables.tf')],
      ['.github/workflows/deploy.yml', read('.github/workflows/deploy.yml')],
    ]);
    const config = { repository: 'acme/app' };
    const analysis = await analyzeFiles([...files].map(([file, text]) => ({ file, text, explicit: true })), { config });
    const plan = planFixes(analysis.documents, files, config);
    expect(plan.files).toEqual([]);
    expect(plan.roles.map((r) => [r.status, r.reason])).toEqual([['skipped', 'var.deploy_subjects is used elsewhere too: changing its default would change those uses']]);
  });
});
