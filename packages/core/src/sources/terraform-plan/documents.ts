import { LimitError, limitFinding, type EvaluationBudget } from '../../budget.js';
import type { AccessKeyDocument, OidcProviderDocument, TrustPolicyDocument } from '../../model/document.js';
import type { Finding } from '../../model/finding.js';
import { getMember, UnresolvedAllocator, type PolicyNode, type PolicyObject } from '../../model/policy.js';
import type { SourceLocation } from '../../model/span.js';
import { locatedRenderer, type SpanMaker } from '../../model/located.js';
import { parseEmbeddedJson } from '../shared/embedded-json.js';
import { stringOfNode, valueOf, type TNode, type TString } from '../shared/tree.js';
import type { PlanInstance } from './instances.js';

export interface PlanEnv {
  file: string;
  text: string;
  spans: SpanMaker;
  /** The plan's budget (its depth cap holds for the policy texts inside it too). */
  budget: EvaluationBudget;
}

const isTrue = (node: TNode | undefined): boolean => node?.kind === 'boolean' && node.value === true;

/** An attribute's string value, when known. */
export function stringAttribute(instance: PlanInstance, name: string): TString | undefined {
  const node = valueOf(instance.values, name);
  return node?.kind === 'string' ? node : undefined;
}

/** True when the plan marks the attribute as known only after apply. */
export function unknownAttribute(instance: PlanInstance, name: string): boolean {
  return isTrue(valueOf(instance.unknown, name)) || isTrue(instance.unknown);
}

export type PolicyParse = { root: PolicyObject } | { finding: Finding };

/**
 * Parses a policy JSON string of the plan (`assume_role_policy`, a policy document's `json`) with
 * spans mapped through the JSON escapes into the plan file's string literal.
 */
export function parsePolicyString(env: PlanEnv, node: TString, address: string): PolicyParse {
  let parsed;
  try {
    parsed = parseEmbeddedJson(stringOfNode(node), env.budget);
  } catch (err) {
    if (!(err instanceof LimitError)) throw err;
    return { finding: limitFinding({ what: `the trust policy of ${address}`, file: env.file, text: env.text, resource: address }, err) };
  }
  if ('error' in parsed) {
    const span = env.spans.span([parsed.offset, parsed.offset + 1]);
    return { finding: { ruleId: 'parse-error', severity: 'error', message: `${address}: the policy is not valid JSON: ${parsed.error}`, location: { file: env.file, span }, resource: address } };
  }
  const root = locatedRenderer(env.spans, new UnresolvedAllocator()).render(parsed.value);
  if (root?.type !== 'object') {
    return { finding: { ruleId: 'input-error', severity: 'error', message: `${address}: the policy is not a JSON object`, location: { file: env.file, span: env.spans.span(node.range) }, resource: address } };
  }
  return { root };
}

/** A parsed policy that trusts someone (has a Principal): a trust policy, not a permission policy. */
export function isTrustShaped(root: PolicyObject): boolean {
  const statements = getMember(root, 'Statement')?.value;
  const list: PolicyNode[] = statements?.type === 'array' ? statements.items : statements ? [statements] : [];
  return list.some((s) => s.type === 'object' && (getMember(s, 'Principal') !== undefined || getMember(s, 'NotPrincipal') !== undefined));
}

export function trustDocument(env: PlanEnv, resource: string, root: PolicyObject, where: TString, roleName: string | undefined): TrustPolicyDocument {
  return {
    kind: 'trust-policy',
    file: env.file,
    resource,
    ...(roleName !== undefined ? { roleName } : {}),
    root,
    location: { file: env.file, span: env.spans.span(where.range) },
    sourceKind: 'terraform-plan',
  };
}

/** `aws_iam_openid_connect_provider`: url and client_id_list (unknown → 'unresolved'). */
export function providerDocument(env: PlanEnv, instance: PlanInstance): OidcProviderDocument {
  const location: SourceLocation = { file: env.file, span: env.spans.span(instance.addressRange) };
  const url = stringAttribute(instance, 'url');
  const list = valueOf(instance.values, 'client_id_list');
  let clientIds: OidcProviderDocument['clientIds'] = [];
  if (unknownAttribute(instance, 'client_id_list') || (list !== undefined && list.kind !== 'seq' && list.kind !== 'null')) clientIds = 'unresolved';
  else if (list?.kind === 'seq') {
    const items = list.items.map((i) => (i.kind === 'string' ? { value: i.value, location: { file: env.file, span: env.spans.span(i.range) } } : undefined));
    clientIds = items.every((i) => i !== undefined) ? items : 'unresolved';
  }
  return {
    kind: 'oidc-provider',
    file: env.file,
    resource: instance.address,
    url: url?.value ?? '',
    urlLocation: url ? { file: env.file, span: env.spans.span(url.range) } : null,
    clientIds,
    clientIdsLocation: list ? { file: env.file, span: env.spans.span(list.range) } : location,
    location,
    sourceKind: 'terraform-plan',
  };
}

/** `aws_iam_access_key`, with its `user` when known. */
export function accessKeyDocument(env: PlanEnv, instance: PlanInstance): AccessKeyDocument {
  const user = stringAttribute(instance, 'user');
  return {
    kind: 'access-key',
    file: env.file,
    resource: instance.address,
    location: { file: env.file, span: env.spans.span(instance.addressRange) },
    ...(user ? { userName: user.value } : {}),
    sourceKind: 'terraform-plan',
  };
}
