import { CATALOG } from './catalog/rules.js';
import type { Severity } from './model/finding.js';

export type RuleSetting = Severity | 'off';

export interface IgnoreFinding {
  file: string;
  rule: string;
  reason: string;
}

/** The user's configuration (`trustlint.config.json` / `.trustlintrc.json`), spec/cli.md "Configuration". */
export interface TrustlintConfig {
  rules?: Record<string, RuleSetting>;
  /** Owners the user trusts; only changes messages (names the outsider). */
  owners?: string[];
  /** `owner/repo` used when the git remote `origin` is absent. */
  repository?: string;
  /** `group/subgroup/project`: the GitLab project of the scanned pipelines (else `repository`, else unknown). */
  gitlabProject?: string;
  /** Branch named in fix suggestions. */
  deployBranch?: string;
  /** Audiences the OIDC providers should accept (default `sts.amazonaws.com`). */
  audiences?: string[];
  /** Extra OIDC issuers treated as GitHub issuers. */
  issuers?: string[];
  /** Globs relative to the config file. */
  ignore?: string[];
  ignoreFindings?: IgnoreFinding[];
}

export { DEFAULT_AUDIENCES } from './github/audiences.js';

/** JSON Schema (draft-07) of the configuration, generated from the catalog. */
export function configSchema(): Record<string, unknown> {
  const ruleIds = CATALOG.map((r) => r.id);
  const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://trustlint.dev/schema/config.json',
    title: 'trustlint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Severity per rule id, or "off".',
        additionalProperties: false,
        properties: Object.fromEntries(
          ruleIds.map((id) => [id, { enum: ['error', 'warning', 'info', 'off'] }]),
        ),
      },
      owners: { ...stringList, description: 'GitHub owners you trust (only changes messages).' },
      repository: {
        type: 'string',
        pattern: '^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$',
        description: 'owner/repo, used when the git remote origin is absent.',
      },
      gitlabProject: {
        type: 'string',
        pattern: '^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$',
        description: 'group/subgroup/project path of the GitLab project whose pipelines are scanned (GitLab CI cross-checks).',
      },
      deployBranch: { type: 'string', minLength: 1, description: 'Branch named in fix suggestions.' },
      audiences: { ...stringList, description: 'Audiences OIDC providers should accept.' },
      issuers: { ...stringList, description: 'Extra OIDC issuer URLs treated as GitHub issuers.' },
      ignore: { ...stringList, description: 'Globs relative to the config file.' },
      ignoreFindings: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['file', 'rule', 'reason'],
          properties: {
            file: { type: 'string', minLength: 1 },
            rule: { enum: ruleIds },
            reason: { type: 'string', minLength: 1 },
          },
        },
      },
    },
  };
}
