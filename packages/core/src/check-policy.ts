import { analyze } from './analyze.js';
import type { TrustlintConfig } from './config.js';
import { findingFingerprints } from './fingerprint.js';
import { toReportFinding, type ReportFinding } from './report/finding.js';

export interface CheckPolicyOptions {
  config?: TrustlintConfig;
  /** The name findings give the policy (default `policy.json`), e.g. the role's ARN or a file path. */
  name?: string;
}

export interface CheckPolicyResult {
  /** Findings as `--format json` gives them: 1-based lines and columns into `text`, the policy `path`, a witness. */
  findings: ReportFinding[];
  /** The JSON that `line` and `column` point into (the policy as given, or pretty-printed from an object). */
  text: string;
}

/**
 * Checks one trust policy given as a plain object (`JSON.parse` output, an AWS SDK response decoded
 * with `decodeURIComponent` and parsed) or as its JSON text, with every trust-policy rule. `path`
 * locates each finding in the policy whatever the text looks like.
 */
export function checkPolicy(policy: unknown, options: CheckPolicyOptions = {}): CheckPolicyResult {
  const text = typeof policy === 'string' ? policy : `${JSON.stringify(policy, null, 2)}\n`;
  if (typeof policy !== 'string' && (typeof policy !== 'object' || policy === null || Array.isArray(policy))) {
    throw new TypeError('checkPolicy expects a policy object ({ Version, Statement }) or its JSON text');
  }
  const file = options.name ?? 'policy.json';
  const { findings } = analyze([{ file, text, kind: 'policy', explicit: true }], options.config ? { config: options.config } : {});
  const fingerprints = findingFingerprints(findings);
  return { findings: findings.map((f, i) => toReportFinding(f, fingerprints[i])), text };
}
