import type { Provenance } from '../../model/span.js';
import { parseEmbeddedJson } from '../shared/embedded-json.js';
import type { Resolver } from './resolve.js';
import { isListParameter, type TemplateParameter, type TemplateResource } from './template.js';
import { scalarText, valueOf, type Range, type TMap, type TNode } from '../shared/tree.js';
import {
  asString,
  literalString,
  literalText,
  relocate,
  textSegment,
  unresolvedString,
  type RString,
  type RValue,
  type Segment,
} from './value.js';

/** Resource types whose `Ref` and `Arn` are an IAM OIDC provider ARN built from their `Url`. */
export const PROVIDER_TYPES: ReadonlySet<string> = new Set(['AWS::IAM::OIDCProvider', 'Custom::AWSCDKOpenIdConnectProvider']);

const DEPLOY_TIME_PSEUDO = 'pseudo parameter known only at deploy time';

/** `Ref` to a pseudo parameter, parameter or resource; `use` is where the reference is written. */
export function ref(r: Resolver, name: string, use: Range): RValue {
  switch (name) {
    case 'AWS::NoValue':
      return { kind: 'absent', range: use };
    // The standard partition and its URL suffix; other partitions would need an option.
    case 'AWS::Partition':
      return literalString('aws', use);
    case 'AWS::URLSuffix':
      return literalString('amazonaws.com', use);
    case 'AWS::NotificationARNs':
      return { kind: 'list', items: [unresolvedString(name, DEPLOY_TIME_PSEUDO, use)], range: use };
  }
  if (name.startsWith('AWS::')) return unresolvedString(name, DEPLOY_TIME_PSEUDO, use);
  // An Fn::ForEach identifier stands for the current item of its collection.
  const bound = r.bindings.get(name);
  if (bound) return { ...bound, range: use };
  const parameter = r.env.template.parameters.get(name);
  if (parameter) return parameterValue(r, parameter, use);
  const resource = r.env.template.resources.get(name);
  if (resource) return resourceRef(r, resource, use);
  return unresolvedString(name, `"${name}" is not a parameter or resource of this template`, use);
}

/** A parameter's value: `--parameter`, else its Default (with provenance), else unresolved. */
function parameterValue(r: Resolver, p: TemplateParameter, use: Range): RValue {
  const list = isListParameter(p);
  const given = r.env.parameters[p.name];
  if (given !== undefined) return fromText(given, list, use);
  const text = scalarText(p.default);
  if (p.default && text !== undefined) {
    const provenance: Provenance = {
      kind: 'cfn-parameter-default',
      name: p.name,
      location: { file: r.env.file, span: r.env.spans.span(p.default.range) },
    };
    return fromText(text, list, use, provenance);
  }
  const missing = unresolvedString(p.name, `parameter ${p.name} has no default (pass --parameter ${p.name}=…)`, use);
  return list ? { kind: 'list', items: [missing], range: use } : missing;
}

function fromText(text: string, list: boolean, use: Range, provenance?: Provenance): RValue {
  if (!list) return literalString(text, use, provenance);
  // CommaDelimitedList members are space-trimmed.
  return { kind: 'list', items: text.split(',').map((t) => literalString(t.trim(), use, provenance)), range: use };
}

/** `Ref` of a resource: provider ARNs and IAM names are derived; other physical ids are unknown. */
function resourceRef(r: Resolver, res: TemplateResource, use: Range): RValue {
  const type = res.type ?? 'unknown type';
  if (PROVIDER_TYPES.has(type)) return providerArn(r, res, use);
  const nameProperty = type === 'AWS::IAM::User' ? 'UserName' : type === 'AWS::IAM::Role' ? 'RoleName' : undefined;
  if (nameProperty) {
    const node = valueOf(res.properties, nameProperty);
    const value = node ? r.guarded(`ref:${res.logicalId}`, node.range[0], () => r.resolveOf(res, node)) : undefined;
    const text = literalText(value);
    if (text !== undefined) return literalString(text, use);
  }
  return unresolvedString(`!Ref ${res.logicalId}`, `the physical id of ${type} ${res.logicalId} is known only at deploy time`, use);
}

/** `Fn::GetAtt` in list or `Res.Attr` string form. */
export function getAtt(r: Resolver, arg: TNode, node: TMap): RValue {
  let id: string | undefined;
  let attr: string | undefined;
  if (arg.kind === 'seq') {
    id = scalarText(arg.items[0]);
    const a = arg.items[1];
    attr = a ? literalText(r.resolve(a)) : undefined;
  } else {
    const text = scalarText(arg);
    const dot = text?.indexOf('.') ?? -1;
    if (text !== undefined && dot > 0) {
      id = text.slice(0, dot);
      attr = text.slice(dot + 1);
    }
  }
  if (id === undefined || attr === undefined) return r.unresolved(node, 'Fn::GetAtt needs a literal resource and attribute');
  return attribute(r, id, attr, node.range);
}

/** The value of `Res.Attr` (also used by `${Res.Attr}` in Fn::Sub). */
export function attribute(r: Resolver, id: string, attr: string, use: Range): RValue {
  const res = r.env.template.resources.get(id);
  const expression = `!GetAtt ${id}.${attr}`;
  if (!res) return unresolvedString(expression, `"${id}" is not a resource of this template`, use);
  const type = res.type ?? 'unknown type';
  if (PROVIDER_TYPES.has(type) && attr === 'Arn') return providerArn(r, res, use);
  if (type === 'Custom::AWSCDKCfnJson' && attr === 'Value') {
    // CDK renders condition maps with token keys through a CfnJson custom resource: its Value is
    // the JSON text, and GetAtt Value returns the parsed object.
    const json = cfnJsonValue(r, res);
    if (json) return json;
  }
  return unresolvedString(expression, `attribute of ${type} ${id}, known only at deploy time`, use);
}

function cfnJsonValue(r: Resolver, res: TemplateResource): RValue | undefined {
  const node = valueOf(res.properties, 'Value');
  if (!node) return undefined;
  return r.guarded(`cfnjson:${res.logicalId}`, node.range[0], () => {
    const value = r.resolveOf(res, node);
    if (value.kind === 'object') return value;
    const text = asString(value);
    if (!text) return undefined;
    const parsed = parseEmbeddedJson(text, r.env.budget);
    return 'value' in parsed ? parsed.value : undefined;
  });
}

/**
 * The ARN IAM gives an OIDC provider: `arn:aws:iam::<account>:oidc-provider/<host[/path] of Url>`.
 * The account is unresolved; everything is located at the reference.
 */
export function providerArn(r: Resolver, res: TemplateResource, use: Range): RString {
  const urlNode = valueOf(res.properties, 'Url');
  const url = urlNode ? r.guarded(`provider:${res.logicalId}`, urlNode.range[0], () => r.resolveOf(res, urlNode)) : undefined;
  const urlString = url ? asString(url) : undefined;
  const host: Segment[] = urlString
    ? stripScheme(relocate(urlString.segments, use))
    : [{ kind: 'unresolved', expression: `!GetAtt ${res.logicalId}.Url`, reason: 'the provider URL could not be resolved', range: use }];
  return {
    kind: 'string',
    range: use,
    segments: [
      textSegment('arn:aws:iam::', use),
      { kind: 'unresolved', expression: 'AWS::AccountId', reason: DEPLOY_TIME_PSEUDO, range: use },
      textSegment(':oidc-provider/', use),
      ...host,
    ],
  };
}

function stripScheme(segments: Segment[]): Segment[] {
  const out = [...segments];
  const first = out[0];
  if (first?.kind === 'text') out[0] = textSegment(first.text.replace(/^https?:\/\//i, ''), first.range);
  const last = out.at(-1);
  if (last?.kind === 'text') out[out.length - 1] = textSegment(last.text.replace(/\/+$/, ''), last.range);
  return out;
}
