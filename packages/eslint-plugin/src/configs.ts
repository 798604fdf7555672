import { createRequire } from 'node:module';
import type { ESLint, Linter } from 'eslint';
import { ruleMeta } from '@trustlint/core';
import { ESLINT_RULE_IDS } from './rules.js';
import { NAMESPACE } from './meta.js';

/**
 * The language and parser packages are optional peers: each block of `recommended` is present only
 * when its package is installed (a project with no CDK code need not install typescript-eslint).
 * They are loaded once, when the plugin is imported by the ESLint config.
 */
async function optional<T>(load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch {
    return undefined;
  }
}

const json = await optional(() => import('@eslint/json'));
const yamlParser = await optional(() => import('yaml-eslint-parser'));
const tsParser = lazyTypeScriptParser();

interface ParseForESLint {
  parseForESLint: (code: string, options?: unknown) => unknown;
}

/**
 * typescript-eslint loads TypeScript (about 0.4 s): it is required when the first TypeScript file is
 * parsed, not when the config loads, so linting only JSON and YAML does not pay for it.
 */
function lazyTypeScriptParser(): Linter.Parser | undefined {
  const require = createRequire(import.meta.url);
  try {
    require.resolve('typescript-eslint');
  } catch {
    return undefined;
  }
  let parser: ParseForESLint | undefined;
  const load = (): ParseForESLint => (parser ??= (require('typescript-eslint') as { parser: ParseForESLint }).parser);
  const lazy: ParseForESLint & { meta: { name: string } } = {
    meta: { name: 'typescript-eslint-parser (loaded on first use by eslint-plugin-trustlint)' },
    parseForESLint: (code, options) => load().parseForESLint(code, options),
  };
  return lazy as unknown as Linter.Parser;
}

/** Catalog default severity → ESLint severity; ESLint has no info level, so info is `warn`. */
export function eslintSeverity(id: string): 'error' | 'warn' {
  return ruleMeta(id).defaultSeverity === 'error' ? 'error' : 'warn';
}

/** Every rule at its catalog default severity. */
export function recommendedRules(): Linter.RulesRecord {
  return Object.fromEntries(ESLINT_RULE_IDS.map((id) => [`${NAMESPACE}/${id}`, eslintSeverity(id)]));
}

/** JSON files that are JSONC by convention (comments allowed): not policies, and json/json would reject them. */
const JSONC_FILES = ['**/tsconfig*.json', '**/jsconfig*.json', '**/.vscode/**/*.json', '**/.devcontainer/**/*.json', '**/cdk.context.json'];

/** `configs.recommended`: files wired to languages and parsers, every rule at its default severity. */
export function recommended(plugin: ESLint.Plugin): Linter.Config[] {
  const rules = recommendedRules();
  const configs: Linter.Config[] = [{ name: 'trustlint/recommended/plugin', plugins: { [NAMESPACE]: plugin } }];
  if (json) {
    configs.push({
      name: 'trustlint/recommended/json',
      files: ['**/*.json'],
      ignores: JSONC_FILES,
      plugins: { json: json.default as unknown as ESLint.Plugin },
      language: 'json/json',
      rules,
    });
  }
  if (yamlParser) {
    configs.push({
      name: 'trustlint/recommended/yaml',
      files: ['**/*.yml', '**/*.yaml', '**/.github/workflows/*.yml', '**/.github/workflows/*.yaml', '**/*.template'],
      languageOptions: { parser: yamlParser },
      rules,
    });
  }
  if (tsParser) {
    configs.push({
      name: 'trustlint/recommended/cdk',
      files: ['**/*.ts', '**/*.mts', '**/*.cts'],
      languageOptions: { parser: tsParser },
      rules,
    });
  }
  return configs;
}
