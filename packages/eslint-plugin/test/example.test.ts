import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** examples/eslint is the config a user copies: ESLint run there reports these ids per file. */
const EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'examples', 'eslint');

describe('examples/eslint', () => {
  it('reports the expected ids for the JSON policy, the CloudFormation YAML and the CDK stack', async () => {
    const eslint = new ESLint({ cwd: EXAMPLE });
    const results = await eslint.lintFiles(['.']);
    const byFile = Object.fromEntries(
      results
        .filter((r) => r.messages.length > 0)
        .map((r) => [r.filePath.slice(EXAMPLE.length + 1), r.messages.map((m) => `${String(m.line)}:${String(m.column)} ${m.ruleId ?? m.message}`)]),
    );
    expect(byFile).toEqual({
      'cdk/deploy-stack.ts': ['20:42 trustlint/oidc-owner-wide', '26:5 trustlint/iac-access-key'],
      'cloudformation/github-oidc.yaml': ['28:63 trustlint/oidc-owner-wide'],
      'policies/deploy-role.json': ['10:20 trustlint/oidc-audience', '12:54 trustlint/oidc-any-context'],
    });
    expect(results.every((r) => r.fatalErrorCount === 0)).toBe(true);
  });

  it('offers the "pin the branch" suggestion from settings.trustlint.deployBranch', async () => {
    const [result] = await new ESLint({ cwd: EXAMPLE }).lintFiles(['policies/deploy-role.json']);
    const anyContext = result?.messages.find((m) => m.ruleId === 'trustlint/oidc-any-context');
    expect(anyContext?.suggestions?.map((s) => s.fix.text)).toEqual(['ref:refs/heads/main']);
  });

  it('docs/eslint.md shows what ESLint prints there today', async () => {
    const eslint = new ESLint({ cwd: EXAMPLE });
    const formatter = await eslint.loadFormatter('stylish');
    const printed = (await formatter.format(await eslint.lintFiles(['.'])))
      // Colours, when the terminal has them.
      .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
      .replaceAll(`${EXAMPLE}/`, '');
    const docs = readFileSync(join(EXAMPLE, '..', '..', 'docs', 'eslint.md'), 'utf8');
    const block = /`npx eslint \.` prints:\n\n```text\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(block).toBe(printed.trimStart());
  });
});
