import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRuleDocsDir, loadRuleDocs } from '../src/rule-docs.js';

/** Where the SARIF reporter finds the rule pages: only in the package or in the checkout it runs from. */
const scratch = mkdtempSync(join(tmpdir(), 'trustlint-rule-docs-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function page(dir: string, text: string): string {
  mkdirSync(join(dir, 'docs', 'rules'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'rules', 'oidc-any-owner.md'), text);
  return join(dir, 'docs', 'rules');
}

describe('findRuleDocsDir', () => {
  it('uses the pages shipped in the npm package', () => {
    const pkg = join(scratch, 'project', 'node_modules', 'trustlint');
    const shipped = page(pkg, '# shipped\n');
    expect(findRuleDocsDir(join(pkg, 'dist'))).toBe(shipped);
    expect(loadRuleDocs(['oidc-any-owner'], findRuleDocsDir(join(pkg, 'dist'))).get('oidc-any-owner')).toBe('# shipped\n');
  });

  it('never reads a docs/rules folder of the project that installed the package', () => {
    const project = join(scratch, 'user-project');
    page(project, '# the user project\n');
    mkdirSync(join(project, 'node_modules', 'trustlint', 'dist'), { recursive: true });
    expect(findRuleDocsDir(join(project, 'node_modules', 'trustlint', 'dist'))).toBeNull();
    expect(findRuleDocsDir(join(project, 'node_modules', 'trustlint', 'dist', 'reporters'))).toBeNull();
  });

  it('finds the checkout root from packages/cli/dist and from the bundle', () => {
    const checkout = join(scratch, 'checkout');
    const docs = page(checkout, '# checkout\n');
    expect(findRuleDocsDir(join(checkout, 'packages', 'cli', 'dist'))).toBe(docs);
    expect(findRuleDocsDir(join(checkout, 'bundle', 'chunks'))).toBe(docs);
    expect(findRuleDocsDir(join(checkout, 'bundle'))).toBe(docs);
  });
});
