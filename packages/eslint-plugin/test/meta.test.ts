import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG, ruleMeta } from '@trustlint/core';
import { describe, expect, it } from 'vitest';
import plugin, { DOCS_BASE_URL, ESLINT_RULE_IDS, NOT_IN_ESLINT, eslintSeverity } from '../src/index.js';
import { PLUGIN_NAME, PLUGIN_VERSION } from '../src/meta.js';

/** The rules' metadata is generated from the catalog: these tests fail when the two drift. */
const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('rule metadata comes from the catalog', () => {
  it('one ESLint rule per catalog id, except the documented exclusions', () => {
    expect(Object.keys(plugin.rules ?? {}).sort()).toEqual(CATALOG.map((r) => r.id).filter((id) => !(id in NOT_IN_ESLINT)).sort());
    for (const id of Object.keys(NOT_IN_ESLINT)) expect(CATALOG.map((r) => r.id)).toContain(id);
    expect(ESLINT_RULE_IDS).toEqual(Object.keys(plugin.rules ?? {}));
  });

  for (const id of ESLINT_RULE_IDS) {
    it(id, () => {
      const rule = plugin.rules?.[id];
      if (!rule || typeof rule === 'function') throw new Error(`rule ${id} missing`);
      const meta = ruleMeta(id);
      expect(rule.meta?.type).toBe('problem');
      expect(rule.meta?.docs?.description).toBe(meta.title);
      expect(rule.meta?.docs?.url).toBe(`${DOCS_BASE_URL}${id}.md`);
      expect(rule.meta?.schema).toEqual([]);
      expect(rule.meta?.messages?.finding).toBe('{{ message }}');
      expect(rule.meta?.languages).toEqual(['js/js', 'json/json']);
      expect(existsSync(join(ROOT, 'docs', 'rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
    });
  }

  it('only rules that offer suggestions say so', () => {
    const suggesting = ESLINT_RULE_IDS.filter((id) => {
      const rule = plugin.rules?.[id];
      return typeof rule === 'object' && rule.meta?.hasSuggestions === true;
    });
    expect(suggesting).toEqual(['oidc-any-context', 'oidc-stringequals-wildcard', 'oidc-audience', 'workflow-static-aws-keys', 'workflow-id-token-scope']);
  });
});

describe('configs.recommended', () => {
  const configs = plugin.configs.recommended;

  it('wires JSON to json/json, YAML to yaml-eslint-parser and TypeScript to typescript-eslint', () => {
    expect(configs.map((c) => c.name)).toEqual(['trustlint/recommended/plugin', 'trustlint/recommended/json', 'trustlint/recommended/yaml', 'trustlint/recommended/cdk']);
    expect(configs[1]).toMatchObject({ files: ['**/*.json'], language: 'json/json' });
    expect(configs[2]?.files).toEqual(expect.arrayContaining(['**/*.yml', '**/*.yaml', '**/.github/workflows/*.yml']));
    expect(configs[3]?.files).toContain('**/*.ts');
  });

  it('sets every rule at its catalog default severity (warning and info → warn)', () => {
    for (const c of configs.slice(1)) {
      expect(c.rules).toEqual(Object.fromEntries(ESLINT_RULE_IDS.map((id) => [`trustlint/${id}`, ruleMeta(id).defaultSeverity === 'error' ? 'error' : 'warn'])));
    }
    expect(eslintSeverity('oidc-any-owner')).toBe('error');
    expect(eslintSeverity('oidc-owner-wide')).toBe('warn');
  });
});

it('plugin meta matches package.json', () => {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { name: string; version: string };
  expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'trustlint' });
  expect([PLUGIN_NAME, PLUGIN_VERSION]).toEqual([pkg.name, pkg.version]);
});
