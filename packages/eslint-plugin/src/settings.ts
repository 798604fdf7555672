import type { IgnoreFinding, TrustlintConfig } from '@trustlint/core';

/**
 * `settings.trustlint` of the ESLint config: the parts of trustlint's own configuration that apply to
 * one file (`rules` does not: ESLint's rule config decides on and off and the severity).
 *
 * ```js
 * settings: { trustlint: { deployBranch: 'main', audiences: ['sts.amazonaws.com'], reportInfo: false } }
 * ```
 */
export interface PluginSettings {
  config: TrustlintConfig;
  /** Report findings whose variant severity is `info` (default true: ESLint's severity applies to all). */
  reportInfo: boolean;
}

const STRING_LISTS = ['owners', 'audiences', 'issuers'] as const;

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v): v is string => typeof v === 'string') ? value : undefined;
}

function ignoreFindings(value: unknown): IgnoreFinding[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((v): v is IgnoreFinding => {
    if (typeof v !== 'object' || v === null) return false;
    const { file, rule, reason } = v as Record<string, unknown>;
    return typeof file === 'string' && typeof rule === 'string' && typeof reason === 'string' && reason.trim() !== '';
  });
}

/** Reads `settings.trustlint`; malformed entries are ignored rather than failing every file. */
export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): PluginSettings {
  const raw = settings?.trustlint;
  const s = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const config: TrustlintConfig = {};
  for (const key of STRING_LISTS) {
    const list = stringList(s[key]);
    if (list) config[key] = list;
  }
  if (typeof s.deployBranch === 'string' && s.deployBranch !== '') config.deployBranch = s.deployBranch;
  if (typeof s.repository === 'string') config.repository = s.repository;
  const ignores = ignoreFindings(s.ignoreFindings);
  if (ignores) config.ignoreFindings = ignores;
  return { config, reportInfo: s.reportInfo !== false };
}
