import { limitError, limitFinding, type EvaluationBudget } from '../../budget.js';
import type { AccessKeyDocument, OidcProviderDocument, TrustPolicyDocument } from '../../model/document.js';
import type { Finding, Severity } from '../../model/finding.js';
import { collectUnresolved, toJson, UnresolvedAllocator, type PolicyObject } from '../../model/policy.js';
import type { SourceLocation } from '../../model/span.js';
import { parseEmbeddedJson } from '../shared/embedded-json.js';
import { describe, intrinsicName, Resolver, type ResolverEnv } from './resolve.js';
import type { TemplateResource } from './template.js';
import { toPolicyNode } from './to-policy.js';
import { valueOf, type Range, type TNode } from '../shared/tree.js';
import { asString, literalText, type RValue, type UnresolvedSegment } from './value.js';
import { renderVariants } from './variants.js';

export interface Built<D> {
  documents: D[];
  findings: Finding[];
}

const resourceName = (res: TemplateResource): string => `Resources.${res.logicalId}`;

function finding(env: ResolverEnv, res: TemplateResource, ruleId: string, severity: Severity, message: string, range: Range): Finding {
  return { ruleId, severity, message, location: { file: env.file, span: env.spans.span(range) }, resource: resourceName(res) };
}

/** What an `AssumeRolePolicyDocument` value turned into. */
type PolicyOutcome =
  | { kind: 'policy'; value: RValue }
  | { kind: 'unresolved'; part: UnresolvedSegment }
  | { kind: 'invalid'; message: string; offset: number; parse: boolean };

/** A policy object, or a JSON text (literal, `Fn::Sub`, `Fn::Join`) parsed with spans into the string. */
function policyOutcome(value: RValue, budget: EvaluationBudget): PolicyOutcome {
  if (value.kind === 'object') return { kind: 'policy', value };
  const text = value.kind === 'string' ? value : undefined;
  if (!text) return { kind: 'invalid', message: `AssumeRolePolicyDocument is ${value.kind === 'list' ? 'a list' : 'not an object'}`, offset: value.range[0], parse: false };
  const only = text.segments.length === 1 ? text.segments[0] : undefined;
  if (only?.kind === 'unresolved') return { kind: 'unresolved', part: only };
  const parsed = parseEmbeddedJson(text, budget);
  if ('error' in parsed) return { kind: 'invalid', message: `the policy text is not valid JSON: ${parsed.error}`, offset: parsed.offset, parse: true };
  if (parsed.value.kind !== 'object') return { kind: 'invalid', message: 'the policy text is not a JSON object', offset: text.range[0], parse: true };
  return { kind: 'policy', value: parsed.value };
}

interface RenderedPolicy {
  outcome: PolicyOutcome;
  root: PolicyObject | undefined;
}

/** One trust-policy document per distinct rendering of an `AWS::IAM::Role`'s trust policy. */
export function trustPolicyDocuments(env: ResolverEnv, res: TemplateResource): Built<TrustPolicyDocument> {
  const node = valueOf(res.properties, 'AssumeRolePolicyDocument');
  if (!node) return { documents: [], findings: opaqueProperties(env, res) };
  const { variants, truncated } = renderVariants(
    env.budget.limits.variants,
    (assumptions) => {
      const r = new Resolver(env, assumptions, res.bindings);
      const outcome = policyOutcome(r.resolve(node), env.budget);
      const root = outcome.kind === 'policy' ? toPolicyNode(outcome.value, env.spans, new UnresolvedAllocator()) : undefined;
      return { value: { outcome, root: root?.type === 'object' ? root : undefined }, needed: r.needed };
    },
    // Same JSON and same unresolved expressions: the same policy for every rule.
    (v: RenderedPolicy) =>
      v.root ? JSON.stringify([toJson(v.root), collectUnresolved(v.root).map((u) => u.part.expression)]) : `${v.outcome.kind}:${JSON.stringify(v.outcome)}`,
  );
  const roleName = literalText(resolveProperty(env, res, 'RoleName'));
  const documents: TrustPolicyDocument[] = [];
  const findings: Finding[] = [];
  for (const { value, label } of variants) {
    const { outcome, root } = value;
    if (root) {
      documents.push({
        kind: 'trust-policy',
        file: env.file,
        resource: resourceName(res),
        ...(roleName !== undefined ? { roleName } : {}),
        ...(label !== undefined ? { variant: label } : {}),
        root,
        location: { file: env.file, span: env.spans.span(node.range) },
        sourceKind: 'cloudformation',
      });
    } else if (outcome.kind === 'unresolved') {
      const { expression, reason, range } = outcome.part;
      findings.push(
        finding(env, res, 'oidc-unresolved', 'warning', `the trust policy of ${resourceName(res)} is "${expression}" (${reason}): it could not be resolved statically and was not analysed${label ? ` (${label})` : ''}`, range),
      );
    } else if (outcome.kind === 'invalid') {
      const at: Range = [outcome.offset, outcome.offset + 1];
      findings.push(finding(env, res, outcome.parse ? 'parse-error' : 'input-error', 'error', `${resourceName(res)}: ${outcome.message}${label ? ` (${label})` : ''}`, at));
    }
  }
  if (truncated) findings.push(variantsFinding(env, res, node.range[0]));
  return { documents, findings };
}

/** The renderings past the variant cap were not analysed (undecidable Fn::If conditions; --parameter decides them). */
function variantsFinding(env: ResolverEnv, res: TemplateResource, offset: number): Finding {
  const { variants } = env.budget.limits;
  const what = `the trust policy of ${resourceName(res)} beyond its first ${variants} renderings`;
  const hint = 'pass --parameter to decide the undecidable Fn::If conditions';
  return limitFinding({ what, file: env.file, text: env.text, resource: resourceName(res), hint }, limitError('variants', variants, { offset }));
}

/**
 * A role whose properties are produced by a macro (`Fn::Transform` / AWS::Include) or an intrinsic:
 * its trust policy cannot be read, which must not pass silently.
 */
function opaqueProperties(env: ResolverEnv, res: TemplateResource): Finding[] {
  const props = res.properties;
  const opaque = props?.entries.find((e) => e.key === 'Fn::Transform') ?? (props && intrinsicName(props) !== undefined ? props.entries[0] : undefined);
  if (!props || !opaque) return [];
  const expression = describe(props);
  return [finding(env, res, 'oidc-unresolved', 'warning', `the properties of ${resourceName(res)} come from "${expression}": its trust policy could not be resolved statically and was not analysed`, opaque.keyRange)];
}

function resolveProperty(env: ResolverEnv, res: TemplateResource, name: string): RValue | undefined {
  const node = valueOf(res.properties, name);
  return node ? resolveDecided(env, res, node) : undefined;
}

/**
 * Resolves a value outside the trust policy (names, URLs, client ids): when it depends on an
 * undecidable condition it is unresolved as a whole rather than silently one branch.
 */
function resolveDecided(env: ResolverEnv, res: TemplateResource, node: TNode): RValue {
  const r = new Resolver(env, undefined, res.bindings);
  const value = r.resolve(node);
  return r.needed.length > 0 ? r.unresolved(node, `depends on the undecidable condition ${r.needed.join(', ')}`) : value;
}

/** `AWS::IAM::OIDCProvider` (and CDK's custom provider): URL and client-id list. */
export function oidcProviderDocument(env: ResolverEnv, res: TemplateResource): OidcProviderDocument {
  const alloc = new UnresolvedAllocator();
  const urlNode = valueOf(res.properties, 'Url');
  const url = urlNode ? stringValue(env, res, urlNode, alloc) : undefined;
  const listNode = valueOf(res.properties, 'ClientIdList') ?? valueOf(res.properties, 'ClientIDList');
  const resourceLocation = { file: env.file, span: env.spans.span(res.keyRange) };
  return {
    kind: 'oidc-provider',
    file: env.file,
    resource: resourceName(res),
    url: url ?? '',
    urlLocation: urlNode ? { file: env.file, span: env.spans.span(urlNode.range) } : null,
    clientIds: listNode ? clientIds(env, res, listNode, alloc) : [],
    clientIdsLocation: listNode ? { file: env.file, span: env.spans.span(listNode.range) } : resourceLocation,
    location: resourceLocation,
    sourceKind: 'cloudformation',
  };
}

function stringValue(env: ResolverEnv, res: TemplateResource, node: TNode, alloc: UnresolvedAllocator): string | undefined {
  const value = asString(resolveDecided(env, res, node));
  const rendered = value ? toPolicyNode(value, env.spans, alloc) : undefined;
  return rendered?.type === 'string' ? rendered.value : undefined;
}

/** The client ids; 'unresolved' when the list itself (not just a part of an item) is unknown. */
function clientIds(env: ResolverEnv, res: TemplateResource, node: TNode, alloc: UnresolvedAllocator): OidcProviderDocument['clientIds'] {
  const list = resolveDecided(env, res, node);
  if (list.kind !== 'list') return 'unresolved';
  const out: { value: string; location: SourceLocation }[] = [];
  for (const item of list.items) {
    const str = asString(item);
    if (!str || (str.segments.length === 1 && str.segments[0]?.kind === 'unresolved')) return 'unresolved';
    const rendered = toPolicyNode(str, env.spans, alloc);
    if (rendered?.type === 'string') out.push({ value: rendered.value, location: { file: env.file, span: rendered.span } });
  }
  return out;
}

/** `AWS::IAM::AccessKey`; the user name when it is literal or a `Ref` to a user with a literal name. */
export function accessKeyDocument(env: ResolverEnv, res: TemplateResource): AccessKeyDocument {
  const userName = literalText(resolveProperty(env, res, 'UserName'));
  return {
    kind: 'access-key',
    file: env.file,
    resource: resourceName(res),
    location: { file: env.file, span: env.spans.span(res.keyRange) },
    ...(userName !== undefined ? { userName } : {}),
    sourceKind: 'cloudformation',
  };
}
