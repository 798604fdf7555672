import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * The hooks' `files` patterns against what trustlint's discovery reads (spec/cli.md "Discovery");
 * the hooks themselves run through pre-commit in packaged.test.ts.
 */
const ROOT = join(import.meta.dirname, '..');
interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  exclude?: string;
  require_serial?: boolean;
}
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

/** Path → the hooks that must pass it (pre-commit matches with Python's re.search; these patterns mean the same in JavaScript). */
const EXPECTED: Record<string, string[]> = {
  'infra/role.json': ['trustlint', 'trustlint-policies', 'trustlint-iac'],
  'infra/role.json.tpl': ['trustlint', 'trustlint-policies', 'trustlint-iac'],
  'infra/trust.tpl': ['trustlint', 'trustlint-policies', 'trustlint-iac'],
  'modules/ci/trust.tftpl': ['trustlint', 'trustlint-policies', 'trustlint-iac'],
  'infra/main.tf': ['trustlint', 'trustlint-iac'],
  'infra/main.tf.json': ['trustlint', 'trustlint-policies', 'trustlint-iac'],
  'infra/terraform.tfvars': ['trustlint', 'trustlint-iac'],
  'infra/prod.auto.tfvars.json': ['trustlint', 'trustlint-policies', 'trustlint-iac'],
  'plan/tfplan.json': ['trustlint', 'trustlint-policies', 'trustlint-iac'],
  'stacks/deploy.yaml': ['trustlint', 'trustlint-iac'],
  'stacks/deploy.yml': ['trustlint', 'trustlint-iac'],
  'stacks/deploy.template': ['trustlint', 'trustlint-iac'],
  'cdk.out/App.template.json': ['trustlint', 'trustlint-policies', 'trustlint-iac'],
  '.github/workflows/deploy.yml': ['trustlint', 'trustlint-workflows'],
  'services/api/.github/workflows/ci.yaml': ['trustlint', 'trustlint-workflows'],
  '.github/actions/deploy/action.yml': ['trustlint', 'trustlint-iac', 'trustlint-workflows'],
  'README.md': [],
  'src/index.ts': [],
  'Dockerfile': [],
  'infra/main.tf.bak': [],
};

function matches(hook: Hook, path: string): boolean {
  return new RegExp(hook.files).test(path) && !(hook.exclude !== undefined && new RegExp(hook.exclude).test(path));
}

describe('.pre-commit-hooks.yaml', () => {
  it.each(Object.entries(EXPECTED))('%s goes to %j', (path, ids) => {
    expect(hooks.filter((h) => matches(h, path)).map((h) => h.id)).toEqual(ids);
  });

  it('every hook runs the committed bundle with node (language: script): no install, no trustlint on PATH', () => {
    for (const hook of hooks) {
      expect([hook.language, hook.entry, hook.require_serial]).toEqual(['script', 'bundle/trustlint.mjs check', true]);
    }
    const bundle = join(ROOT, 'bundle', 'trustlint.mjs');
    expect(readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bundle).mode & 0o111).not.toBe(0);
  });
});
