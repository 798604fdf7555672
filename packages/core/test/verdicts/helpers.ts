import { analyze } from '../../src/analyze.js';
import { SCOPE_ORDER } from '../../src/catalog/rules.js';
import { explainPolicy, simulatePolicy, type ExplainResult } from '../../src/explain.js';
import type { Finding } from '../../src/model/finding.js';
import type { TrustPolicyDocument } from '../../src/model/document.js';

export const GH = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
export const K = 'token.actions.githubusercontent.com';

export type Cond = Record<string, Record<string, string | string[]>>;

export interface Stmt {
  Effect?: string;
  Condition?: Cond;
  [element: string]: unknown;
}

/** A trust policy for the GitHub provider; statements default to Allow AssumeRoleWithWebIdentity. */
export function policy(statements: Stmt[], version = '2012-10-17'): string {
  const full = statements.map((s) => ({ Effect: 'Allow', Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', ...s }));
  return JSON.stringify({ Version: version, Statement: full }, null, 2);
}

export const AUD: Record<string, string> = { [`${K}:aud`]: 'sts.amazonaws.com' };

export interface Checked {
  findings: Finding[];
  ids: string[];
  scope: Finding[];
  doc: TrustPolicyDocument;
  explain: ExplainResult;
  /** simulate of a witness exactly as printed (bare claim names). */
  replay: (w: Record<string, string>) => string;
}

export function check(text: string, file = 'p.json'): Checked {
  const { findings, documents } = analyze([{ file, text }]);
  const doc = documents.find((d): d is TrustPolicyDocument => d.kind === 'trust-policy');
  if (!doc) throw new Error(`no trust policy: ${JSON.stringify(findings.map((f) => f.message))}`);
  const scope = findings.filter((f) => (SCOPE_ORDER as readonly string[]).includes(f.ruleId));
  return {
    findings,
    ids: findings.map((f) => f.ruleId),
    scope,
    doc,
    explain: explainPolicy(doc),
    replay: (w) => {
      const { sub, aud, ...claims } = w;
      const r = simulatePolicy(doc, { sub: sub ?? '', ...(aud !== undefined ? { aud } : {}), claims });
      return r.ok ? r.decision : `error: ${r.error}`;
    },
  };
}

/** explain's verdict per class of the first trusting statement: admitted / unknown / blocked / n/a. */
export function classVerdicts(c: Checked): Record<string, string> {
  const st = c.explain.providers[0]?.statements[0];
  const out: Record<string, string> = {};
  for (const cls of st?.classes ?? []) out[cls.cls] = cls.admitted ? 'admitted' : cls.unknown ? 'unknown' : cls.applicable ? 'blocked' : 'n/a';
  return out;
}
