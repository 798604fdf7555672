import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { configFor, importOptional, type OptionalPeers } from '../src/configs.js';

/** The parsers are optional peers: without one, its files fail with the command that installs it. */
const NONE: OptionalPeers = { json: undefined, yamlParser: undefined, tsParser: undefined };
const POLICY = '{ "Version": "2012-10-17", "Statement": [] }\n';
const WORKFLOW = 'on: push\njobs: {}\n';
const CDK = 'const x: number = 1;\n';
const peers = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { peerDependencies: Record<string, string>; peerDependenciesMeta: Record<string, { optional: boolean }> });

function lintWith(config: Linter.Config[], code: string, filename: string): Linter.LintMessage[] {
  return new Linter().verify(code, config, { filename });
}

describe('optional peer dependencies', () => {
  it('declares the three parsers as optional peers, and eslint as a required one', () => {
    expect(Object.keys(peers.peerDependencies).sort()).toEqual(['@eslint/json', '@typescript-eslint/parser', 'eslint', 'yaml-eslint-parser']);
    expect(peers.peerDependenciesMeta).toEqual({
      '@eslint/json': { optional: true },
      '@typescript-eslint/parser': { optional: true },
      'yaml-eslint-parser': { optional: true },
    });
  });

  it.each([
    ['policy.json', POLICY, '@eslint/json', 'JSON'],
    ['.github/workflows/ci.yml', WORKFLOW, 'yaml-eslint-parser', 'YAML'],
    ['cdk/stack.ts', CDK, '@typescript-eslint/parser', 'TypeScript'],
  ])('%s without %s: one fatal error at 1:1 that names the package and how to install it', (file, code, pkg, kind) => {
    const messages = lintWith(configFor('recommended', plugin, NONE), code, file);
    expect(messages).toEqual([
      expect.objectContaining({
        fatal: true,
        severity: 2,
        line: 1,
        column: 1,
        message: `Parsing error: eslint-plugin-trustlint: ${kind} files need ${pkg}, an optional peer dependency that is not installed. Run \`npm i -D ${pkg}@"${peers.peerDependencies[pkg] ?? ''}"\`, or use only the trustlint configs whose packages you have instead of trustlint.configs.recommended.`,
      }),
    ]);
  });

  it('configs.json, configs.yaml and configs.cdk wire one kind each, so a project installs only what it lints', () => {
    expect(plugin.configs.json.map((c) => c.name)).toEqual(['trustlint/json/plugin', 'trustlint/json/json']);
    expect(plugin.configs.yaml.map((c) => c.name)).toEqual(['trustlint/yaml/plugin', 'trustlint/yaml/yaml']);
    expect(plugin.configs.cdk.map((c) => c.name)).toEqual(['trustlint/cdk/plugin', 'trustlint/cdk/cdk']);
    // Only YAML wired, no JSON package: a JSON file is not linted at all, a workflow is.
    const yamlOnly = configFor('yaml', plugin, { ...NONE, yamlParser: plugin.configs.yaml[1]?.languageOptions?.parser as OptionalPeers['yamlParser'] });
    const linter = new Linter();
    expect(() => linter.verify(POLICY, yamlOnly, { filename: 'policy.json' })).not.toThrow();
    expect(linter.verify(POLICY, yamlOnly, { filename: 'policy.json' })).toEqual([
      expect.objectContaining({ message: expect.stringContaining('No matching configuration') as unknown }),
    ]);
    expect(lintWith(yamlOnly, WORKFLOW, '.github/workflows/ci.yml')).toEqual([]);
  });

  it('a missing package is undefined; any other failure to load it is not hidden', async () => {
    const notFound = Object.assign(new Error("Cannot find package 'yaml-eslint-parser' imported from /x/configs.js"), { code: 'ERR_MODULE_NOT_FOUND' });
    await expect(importOptional('yaml-eslint-parser', () => Promise.reject(notFound))).resolves.toBeUndefined();
    // Its own dependency missing is a broken install, not an absent peer.
    const depMissing = Object.assign(new Error("Cannot find package 'eslint-visitor-keys' imported from /x/yaml-eslint-parser/lib/index.js"), { code: 'ERR_MODULE_NOT_FOUND' });
    await expect(importOptional('yaml-eslint-parser', () => Promise.reject(depMissing))).rejects.toThrow('eslint-visitor-keys');
    await expect(importOptional('yaml-eslint-parser', () => Promise.reject(new SyntaxError('Unexpected token')))).rejects.toThrow('Unexpected token');
  });
});
