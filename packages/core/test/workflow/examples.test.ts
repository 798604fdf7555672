import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, parseWorkflow, runAll } from './harness.js';

/** examples/workflows: the vulnerable workflow gives what its README says, the clean one nothing. */
const DIR = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'workflows', '.github', 'workflows');

function findings(name: string) {
  const file = `examples/workflows/.github/workflows/${name}`;
  const text = readFileSync(join(DIR, name), 'utf8');
  return runAll([parseWorkflow(text, file)], [{ file, text }], { repository: 'acme/app' });
}

describe('examples/workflows', () => {
  it('preview-vulnerable.yml: untrusted trigger with id-token, static keys, unpinned actions', () => {
    expect(findings('preview-vulnerable.yml').map((f) => `${f.ruleId} ${f.severity} ${at(f)}`).sort()).toEqual([
      'workflow-static-aws-keys error 26:11',
      'workflow-unpinned-action warning 18:15',
      'workflow-unpinned-action warning 22:15',
      'workflow-untrusted-trigger-oidc error 16:7',
    ]);
  });

  it('deploy.yml is clean', () => {
    expect(findings('deploy.yml').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
