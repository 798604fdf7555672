import type { ESLint, Linter } from 'eslint';
import { configFor, type ConfigName } from './configs.js';
import { NAMESPACE, PLUGIN_NAME, PLUGIN_VERSION } from './meta.js';
import { rules } from './rules.js';

/**
 * eslint-plugin-trustlint: trustlint's rules inside ESLint 9/10 (flat config) for JSON policies,
 * CloudFormation, workflows and AWS CDK code. A thin adapter over @trustlint/core: every rule runs
 * the same per-file analysis (cached per file) and reports its own findings.
 */
const plugin: ESLint.Plugin & { configs: Record<ConfigName, Linter.Config[]> } = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: NAMESPACE },
  rules,
  configs: { recommended: [], json: [], yaml: [], cdk: [] },
};
// `recommended` wires every kind of file; `json`, `yaml` and `cdk` one kind each, for projects that
// install only some of the optional parser packages.
for (const name of ['recommended', 'json', 'yaml', 'cdk'] as const) plugin.configs[name] = configFor(name, plugin);

export default plugin;
export { rules };
export { ESLINT_RULE_IDS, NOT_IN_ESLINT } from './rules.js';
export { eslintSeverity, recommendedRules } from './configs.js';
export { DOCS_BASE_URL } from './meta.js';
export type { PluginSettings } from './settings.js';
