import { join } from 'node:path';
import json from '@eslint/json';
import { Linter, RuleTester, type ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import * as yamlParser from 'yaml-eslint-parser';
import { afterAll, describe, it } from 'vitest';
import plugin from '../src/index.js';

// RuleTester runs its cases through vitest.
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** The core's per-rule fixtures, shared with the CLI: the ESLint rules must agree with them. */
export const CORE_FIXTURES = join(import.meta.dirname, '..', '..', 'core', 'test', 'fixtures', 'rules');

export type Lang = 'json' | 'yaml' | 'ts';

/** How each kind of file is wired, as `configs.recommended` wires it. */
export function languageConfig(lang: Lang): Linter.Config {
  switch (lang) {
    case 'json':
      return { plugins: { json: json as unknown as ESLint.Plugin }, language: 'json/json' };
    case 'yaml':
      return { languageOptions: { parser: yamlParser } };
    case 'ts':
      return { languageOptions: { parser: tseslint.parser } };
  }
}

export function langOf(file: string): Lang | undefined {
  if (/\.json$/.test(file)) return 'json';
  if (/\.ya?ml$/.test(file)) return 'yaml';
  if (/\.ts$/.test(file)) return 'ts';
  return undefined;
}

export function ruleTester(lang: Lang, settings: Record<string, unknown> = {}): RuleTester {
  return new RuleTester({ ...languageConfig(lang), settings });
}

/** Lints one text with every trustlint rule on (severity as in recommended). */
export function lint(code: string, filename: string, settings: Record<string, unknown> = {}): Linter.LintMessage[] {
  const lang = langOf(filename);
  if (!lang) throw new Error(`no language for ${filename}`);
  const rules = Object.fromEntries(Object.keys(plugin.rules ?? {}).map((id) => [`trustlint/${id}`, 'warn' as const]));
  // A universal `**/*` pattern alone matches no file in flat config: name the extension.
  const files = [`**/*${/\.[^./]+$/.exec(filename)?.[0] ?? ''}`];
  const config = languageConfig(lang);
  return new Linter().verify(code, [{ files, ...config, plugins: { ...config.plugins, trustlint: plugin }, settings, rules }], { filename });
}

/** `trustlint/<id>` → `<id>` of each message, in order. */
export function ids(messages: readonly Linter.LintMessage[]): string[] {
  return messages.map((m) => (m.ruleId ?? `fatal: ${m.message}`).replace(/^trustlint\//, ''));
}

/** The text after applying one suggestion's edit. */
export function applySuggestion(code: string, suggestion: { fix: { range: [number, number]; text: string } }): string {
  return code.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + code.slice(suggestion.fix.range[1]);
}
