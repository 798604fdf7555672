import type { PolicyNode, PolicyObject } from '../../src/model/policy.js';
import type { Span } from '../../src/model/span.js';
import { evaluatePolicy } from '../../src/iam/evaluate.js';
import { normalizePolicy } from '../../src/iam/normalize.js';
import type { ContextValue, Decision, EvalOptions, EvalRequest, EvalResult, Policy, RequestPrincipal } from '../../src/iam/types.js';

const ZERO = { line: 1, column: 0, offset: 0 };
const SPAN: Span = { start: ZERO, end: ZERO };

/** Converts a plain JSON value into a PolicyNode tree with dummy spans. */
export function toNode(value: unknown): PolicyNode {
  if (value === null) return { type: 'null', span: SPAN, value: null, text: 'null' };
  if (typeof value === 'string') return { type: 'string', span: SPAN, value };
  if (typeof value === 'number') return { type: 'number', span: SPAN, value, text: String(value) };
  if (typeof value === 'boolean') return { type: 'boolean', span: SPAN, value, text: String(value) };
  if (Array.isArray(value)) return { type: 'array', span: SPAN, items: value.map(toNode) };
  if (typeof value === 'object') {
    return {
      type: 'object',
      span: SPAN,
      // Like JSON.stringify, members whose value is undefined are left out.
      members: Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([key, v]) => ({ key, keySpan: SPAN, value: toNode(v) })),
    };
  }
  throw new Error(`not JSON: ${typeof value}`);
}

export function toPolicyObject(value: Record<string, unknown>): PolicyObject {
  const node = toNode(value);
  if (node.type !== 'object') throw new Error('not an object');
  return node;
}

export function normalize(doc: Record<string, unknown>): Policy {
  return normalizePolicy(toPolicyObject(doc));
}

export const GH = 'token.actions.githubusercontent.com';
export const GH_PROVIDER = `arn:aws:iam::123456789012:oidc-provider/${GH}`;
export const WEB_IDENTITY = 'sts:AssumeRoleWithWebIdentity';
export const SUB = `${GH}:sub`;
export const AUD = `${GH}:aud`;

export const githubPrincipal = (provider = GH_PROVIDER): RequestPrincipal => ({ type: 'Federated', id: provider });

/**
 * A GitHub token request: claims are prefixed with the provider's key prefix (`aud` defaults to
 * `sts.amazonaws.com`). Pass `undefined` for a claim to leave it out.
 */
export function ghRequest(
  claims: Record<string, ContextValue | undefined>,
  options: { prefix?: string; provider?: string; action?: string } = {},
): EvalRequest {
  const prefix = options.prefix ?? GH;
  const all: Record<string, ContextValue | undefined> = { aud: 'sts.amazonaws.com', ...claims };
  const context: Record<string, ContextValue> = {};
  for (const [k, v] of Object.entries(all)) if (v !== undefined) context[`${prefix}:${k}`] = v;
  return { principal: githubPrincipal(options.provider), action: options.action ?? WEB_IDENTITY, context };
}

/** A statement trusting the GitHub provider for AssumeRoleWithWebIdentity. */
export function ghStatement(condition?: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Effect: 'Allow',
    Principal: { Federated: GH_PROVIDER },
    Action: WEB_IDENTITY,
    ...(condition ? { Condition: condition } : {}),
    ...extra,
  };
}

export function ghPolicy(...statements: Record<string, unknown>[]): Record<string, unknown> {
  return { Version: '2012-10-17', Statement: statements };
}

export function evaluate(doc: Record<string, unknown>, request: EvalRequest, options?: EvalOptions): EvalResult {
  return evaluatePolicy(normalize(doc), request, options);
}

/** Decision for a one-statement GitHub trust policy with `condition` and a token with `claims`. */
export function decideCondition(
  condition: Record<string, unknown>,
  claims: Record<string, ContextValue | undefined>,
  options?: EvalOptions,
): Decision {
  return evaluate(ghPolicy(ghStatement(condition)), ghRequest(claims), options).decision;
}

/** The single condition result of a one-entry condition, for operator tests. */
export function conditionResult(
  condition: Record<string, unknown>,
  context: Record<string, ContextValue>,
  options: EvalOptions & { version?: string | null } = {},
): EvalResult['statements'][number]['conditions'][number] {
  const doc: Record<string, unknown> = { Statement: [ghStatement(condition)] };
  if (options.version !== null) doc.Version = options.version ?? '2012-10-17';
  const result = evaluatePolicy(normalize(doc), { principal: githubPrincipal(), action: WEB_IDENTITY, context }, options);
  const trace = result.statements[0]?.conditions[0];
  if (!trace) throw new Error('no condition trace');
  return trace;
}
