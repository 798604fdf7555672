import type { TrustlintConfig } from './config.js';
import { isStsClaim } from './github/claims.js';
import { evaluatePolicy } from './iam/evaluate.js';
import { preparePolicy } from './rules/prepare.js';
import type { Policy } from './iam/types.js';
import { GITHUB_OUTSIDER_CLASSES, type OutsiderClass } from './github/witness.js';
import { issuerClassPhrase } from './issuers/messages.js';
import { SCOPE_RULES } from './rules/scope-rules.js';
import { classPhrase } from './scope/phrases.js';
import { findProviders, isGitHubProvider, requestFor, TrustAnalysis } from './scope/trust-analysis.js';
import type { TrustPolicyDocument } from './model/document.js';
import { collectUnresolved, displayValue, nodeAt } from './model/policy.js';
import type { Span } from './model/span.js';

export interface ExplainClass {
  cls: OutsiderClass;
  /** Who that is, in words. */
  outsider: string;
  admitted: boolean;
  /** Not admitted, but not blocked either: a candidate token the evaluator could not decide. */
  unknown: boolean;
  /** False when the policy names nothing to build such a token from (e.g. no repository for "new branches"). */
  applicable: boolean;
  witness?: Record<string, string>;
}

export interface ExplainStatement {
  index: number;
  sid?: string;
  /** Where the statement is written (the policy may sit in another file than the role, e.g. through file()). */
  file: string;
  /** 1-based line, 0-based column (the model's convention); outputs show the column 1-based. */
  span: Span;
  classes: ExplainClass[];
  /** The scope finding this statement gets, if any. */
  ruleId?: string;
  notes: string[];
}

export interface ExplainProvider {
  prefix: string;
  arn: string;
  statements: ExplainStatement[];
}

export interface ExplainResult {
  file: string;
  resource?: string;
  roleName?: string;
  /** Which rendering of the policy this is, when the source had to render several (see TrustPolicyDocument). */
  variant?: string;
  providers: ExplainProvider[];
}

/** For each GitHub provider and trusting statement: which outsider classes get in, with a witness. */
export function explainPolicy(doc: TrustPolicyDocument, config: TrustlintConfig = {}): ExplainResult {
  const policy = preparePolicy(doc, config);
  const trust = new TrustAnalysis(policy, config, SCOPE_RULES);
  const parts = collectUnresolved(doc.root).map((u) => u.part);
  const verdicts = trust.scope();
  return {
    file: doc.file,
    ...(doc.resource ? { resource: doc.resource } : {}),
    ...(doc.roleName ? { roleName: doc.roleName } : {}),
    ...(doc.variant ? { variant: doc.variant } : {}),
    providers: trust.providers.map((p) => ({
      prefix: p.provider.prefix,
      arn: p.provider.arn,
      statements: p.statements.map((statement): ExplainStatement => {
        const v = verdicts.find((x) => x.provider.arn === p.provider.arn && x.statement.index === statement.index);
        const exactEnvironments = [...p.knowledge.environments].filter(() => !v?.finding);
        const node = nodeAt(doc.root, statement.path) ?? doc.root;
        return {
          index: statement.index,
          ...(statement.sid ? { sid: statement.sid } : {}),
          file: node.file ?? doc.root.file ?? doc.file,
          span: node.span,
          classes: (isGitHubProvider(p.provider) ? GITHUB_OUTSIDER_CLASSES : p.provider.registry.entry.classes).map((cls) => {
            const a = v?.admitted.get(cls);
            return {
              cls,
              outsider: isGitHubProvider(p.provider) ? classPhrase(cls) : issuerClassPhrase(p.provider.registry.entry, cls),
              admitted: a !== undefined,
              unknown: a === undefined && (v?.unknown.has(cls) ?? false),
              applicable: v?.tried.has(cls) ?? false,
              ...(a
                ? { witness: Object.fromEntries(Object.entries(a.witness.claims).map(([k, val]) => [k, displayValue(val, parts)])) }
                : {}),
            };
          }),
          ...(v?.finding ? { ruleId: v.finding.ruleId } : {}),
          notes: [
            ...trust.rejected.map((p) => `IAM rejects this policy (${displayValue(p.message, parts)}): no verdict until it is fixed (trust-invalid-policy)`),
            ...exactEnvironments.map(
              (e) => `environment "${e}": only as strong as its protection rules (required reviewers, deployment branches), which the policy cannot show`,
            ),
          ],
        };
      }),
    })),
  };
}

export interface SimulateOptions {
  sub: string;
  aud?: string;
  /** Bare claim names (`repository_id`, …) → values. */
  claims?: Record<string, string>;
  /** Provider ARN or URL when the policy trusts several GitHub providers. */
  provider?: string;
  config?: TrustlintConfig;
}

export interface SimulateStatement {
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny' | null;
  matched: boolean | 'unknown';
  /** Where the statement is written. */
  file: string;
  /** 1-based line, 0-based column (the model's convention); outputs show the column 1-based. */
  span: Span;
}

export type SimulateResult =
  | { ok: true; decision: 'allow' | 'deny' | 'unknown'; provider: string; issuer: string; statements: SimulateStatement[]; ignoredClaims: string[] }
  | { ok: false; error: string; candidates?: string[] };


/** Evaluates one token (only the claims given; nothing derived from sub) against one trust policy. */
export function simulatePolicy(doc: TrustPolicyDocument, options: SimulateOptions): SimulateResult {
  const policy: Policy = preparePolicy(doc, options.config ?? {});
  const providers = findProviders(policy, options.config ?? {});
  let provider = providers[0];
  if (options.provider !== undefined) {
    const want = options.provider;
    provider = providers.find((p) => p.arn === want || p.prefix === want.replace(/^https:\/\//, ''));
    if (!provider) return { ok: false, error: `the policy does not trust provider ${want}`, candidates: providers.map((p) => p.arn) };
  } else if (providers.length > 1) {
    return { ok: false, error: 'the policy trusts several OIDC providers: choose one with --provider', candidates: providers.map((p) => p.arn) };
  }
  if (!provider) return { ok: false, error: 'the policy trusts no OIDC provider trustlint knows (GitHub, or an issuer of docs/issuers.md)' };
  const { entry, match } = provider.registry;
  const github = isGitHubProvider(provider);
  // The issuer's own claims (`--claim project_path=…` is a GitLab token claim, but no condition key: absent).
  const defaultAud = github ? 'sts.amazonaws.com' : (entry.audiences(provider.prefix, match)[0] ?? 'sts.amazonaws.com');
  const claims: Record<string, string> = { sub: options.sub, aud: options.aud ?? defaultAud };
  const ignoredClaims: string[] = [];
  const keys = entry.stsClaims(match);
  for (const [name, value] of Object.entries(options.claims ?? {})) {
    if (github ? isStsClaim(name) : keys.includes(name)) claims[name] = value;
    else ignoredClaims.push(name);
  }
  const result = evaluatePolicy(policy, requestFor(provider, claims), { unresolved: 'unknown' });
  const decision = result.decision === 'allow' ? 'allow' : result.decision === 'unknown' ? 'unknown' : 'deny';
  return {
    ok: true,
    decision,
    provider: provider.arn,
    issuer: entry.name,
    ignoredClaims,
    statements: result.statements.map((s) => {
      const st = policy.statements.find((x) => x.index === s.index);
      const node = (st ? nodeAt(doc.root, st.path) : undefined) ?? doc.root;
      return {
        index: s.index,
        ...(st?.sid ? { sid: st.sid } : {}),
        effect: s.effect,
        matched: s.applies,
        file: node.file ?? doc.root.file ?? doc.file,
        span: node.span,
      };
    }),
  };
}
