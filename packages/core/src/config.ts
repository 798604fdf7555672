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
  /**
   * Extra OIDC issuers: a URL string is a GitHub issuer (as before); an object adds an issuer to the
   * registry (docs/issuers.md "Adding an issuer").
   */
  issuers?: (string | IssuerConfig)[];
  /** Globs relative to the config file. */
  ignore?: string[];
  ignoreFindings?: IgnoreFinding[];
}

/** An issuer added by the configuration (docs/issuers.md). */
export interface IssuerConfig {
  /** The provider URL (`https://gitlab.example.com`). */
  url: string;
  /** A built-in issuer this one is an instance of (`gitlab` for a self-managed GitLab). */
  like?: 'github' | 'gitlab' | 'terraform' | 'buildkite' | 'circleci' | 'bitbucket';
  /** Display name, for messages. */
  name?: string;
  /** `sub` templates with `<facet>` placeholders; `<namespace>`, `<project>`, `<ref>`, `<environment>` have their usual roles. */
  sub?: string | string[];
  /** Other claims AWS populates as condition keys for this issuer, as `<facet>` templates. */
  claims?: Record<string, string>;
  audiences?: string[];
  /** One issuer per organisation (another organisation is never an outsider). */
  private?: boolean;
  terms?: { namespace?: string; project?: string };
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
      issuers: {
        type: 'array',
        description: 'Extra OIDC issuers: a URL is a GitHub issuer; an object adds a registry entry (docs/issuers.md).',
        items: {
          oneOf: [
            { type: 'string', minLength: 1 },
            {
              type: 'object',
              additionalProperties: false,
              required: ['url'],
              properties: {
                url: { type: 'string', pattern: '^https://[^\\s]+$' },
                like: { enum: ['github', 'gitlab', 'terraform', 'buildkite', 'circleci', 'bitbucket'] },
                name: { type: 'string', minLength: 1 },
                sub: {
                  oneOf: [
                    { type: 'string', minLength: 1 },
                    { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
                  ],
                },
                claims: { type: 'object', additionalProperties: { type: 'string' } },
                audiences: stringList,
                private: { type: 'boolean' },
                terms: {
                  type: 'object',
                  additionalProperties: false,
                  properties: { namespace: { type: 'string', minLength: 1 }, project: { type: 'string', minLength: 1 } },
                },
              },
            },
          ],
        },
      },
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
