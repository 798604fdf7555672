import { createRequire } from 'node:module';
import type { ESLint, Linter } from 'eslint';
import { ruleMeta } from '@trustlint/core';
import { ESLINT_RULE_IDS } from './rules.js';
import { NAMESPACE } from './meta.js';

/**
 * The language and parser packages are optional peer dependencies: a project lints only the kinds of
 * file it has, and installs only their packages. Each is loaded once, when the ESLint config imports
 * the plugin; a block whose package is missing gets a parser that fails every file it matches with
 * the command that installs it, so a missing package never means silently unlinted files.
 */
interface ParseForESLint {
  parseForESLint: (code: string, options?: unknown) => unknown;
}

/** An ES module that may be absent: undefined only when that very package is not installed. */
export async function importOptional<T>(name: string, load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (err) {
    if (isMissing(err, name)) return undefined;
    throw err;
  }
}

function isMissing(err: unknown, name: string): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && err.message.includes(`'${name}`);
}

const json = await importOptional('@eslint/json', () => import('@eslint/json'));
const yamlParser = await importOptional('yaml-eslint-parser', () => import('yaml-eslint-parser'));
const tsParser = lazyTypeScriptParser();

/** What `configs.*` wire each kind of file with; a missing package is named so its error can say so. */
export interface OptionalPeers {
  json: { default: unknown } | undefined;
  yamlParser: ParseForESLint | undefined;
  tsParser: Linter.Parser | undefined;
}

export const INSTALLED_PEERS: OptionalPeers = { json, yamlParser, tsParser };

/** Peer ranges come from package.json, so the install command in an error matches what is declared. */
function peerRange(name: string): string {
  const pkg = createRequire(import.meta.url)('../package.json') as { peerDependencies?: Record<string, string> };
  return pkg.peerDependencies?.[name] ?? 'latest';
}

/** A parser that fails each file it is given: ESLint reports it as the file's fatal parsing error at 1:1. */
export function missingPeerParser(kind: string, pkg: string, config: string): Linter.Parser {
  const fail = (): never => {
    const error = new Error(
      `eslint-plugin-trustlint: ${kind} files need ${pkg}, an optional peer dependency that is not installed. ` +
        `Run \`npm i -D ${pkg}@"${peerRange(pkg)}"\`, or use only the trustlint configs whose packages you have ` +
        `instead of ${config}.`,
    );
    Object.assign(error, { lineNumber: 1, column: 1 });
    throw error;
  };
  const parser: ParseForESLint & { meta: { name: string } } = { meta: { name: `missing ${pkg}` }, parseForESLint: fail };
  return parser as unknown as Linter.Parser;
}

/**
 * typescript-eslint loads TypeScript (about 0.4 s): it is required when the first TypeScript file is
 * parsed, not when the config loads, so linting only JSON and YAML does not pay for it. The peer is
 * `@typescript-eslint/parser`; the `typescript-eslint` package (which contains it) works as well.
 */
function lazyTypeScriptParser(): Linter.Parser | undefined {
  const require = createRequire(import.meta.url);
  const candidates = [
    { name: '@typescript-eslint/parser', parserOf: (m: unknown) => m as ParseForESLint },
    { name: 'typescript-eslint', parserOf: (m: unknown) => (m as { parser: ParseForESLint }).parser },
  ];
  const found = candidates.find((c) => {
    try {
      require.resolve(c.name);
      return true;
    } catch {
      return false;
    }
  });
  if (!found) return undefined;
  let parser: ParseForESLint | undefined;
  const load = (): ParseForESLint => {
    if (parser) return parser;
    try {
      return (parser = found.parserOf(require(found.name)));
    } catch (err) {
      // The parser's own peer: without TypeScript it cannot load.
      if (isMissing(err, 'typescript')) {
        throw new Error(`eslint-plugin-trustlint: ${found.name} needs the typescript package, which is not installed. Run \`npm i -D typescript\`.`, { cause: err });
      }
      throw err;
    }
  };
  const lazy: ParseForESLint & { meta: { name: string } } = {
    meta: { name: `${found.name} (loaded on first use by eslint-plugin-trustlint)` },
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

export type ConfigName = 'recommended' | 'json' | 'yaml' | 'cdk';

/** Flat config blocks: the plugin, then the files of each kind wired to their language or parser. */
export function configFor(name: ConfigName, plugin: ESLint.Plugin, peers: OptionalPeers = INSTALLED_PEERS): Linter.Config[] {
  const rules = recommendedRules();
  const configName = `trustlint.configs.${name}`;
  const kinds = name === 'recommended' ? (['json', 'yaml', 'cdk'] as const) : [name];
  const configs: Linter.Config[] = [{ name: `trustlint/${name}/plugin`, plugins: { [NAMESPACE]: plugin } }];
  for (const kind of kinds) {
    switch (kind) {
      case 'json':
        configs.push({
          name: `trustlint/${name}/json`,
          files: ['**/*.json'],
          ignores: JSONC_FILES,
          ...(peers.json
            ? { plugins: { json: peers.json.default as ESLint.Plugin }, language: 'json/json' }
            : { languageOptions: { parser: missingPeerParser('JSON', '@eslint/json', configName) } }),
          rules,
        });
        break;
      case 'yaml':
        configs.push({
          name: `trustlint/${name}/yaml`,
          files: ['**/*.yml', '**/*.yaml', '**/.github/workflows/*.yml', '**/.github/workflows/*.yaml', '**/*.template'],
          languageOptions: { parser: peers.yamlParser ?? missingPeerParser('YAML', 'yaml-eslint-parser', configName) },
          rules,
        });
        break;
      case 'cdk':
        configs.push({
          name: `trustlint/${name}/cdk`,
          files: ['**/*.ts', '**/*.mts', '**/*.cts'],
          languageOptions: { parser: peers.tsParser ?? missingPeerParser('TypeScript', '@typescript-eslint/parser', configName) },
          rules,
        });
        break;
    }
  }
  return configs;
}
