import { entryOf, valueOf, type Range, type TEntry, type TMap, type TNode } from '../shared/tree.js';
import type { RString } from './value.js';

/** The identifiers of the Fn::ForEach loops a resource or condition was expanded from, with their values. */
export type Bindings = ReadonlyMap<string, RString>;

export interface TemplateParameter {
  name: string;
  type: string | undefined;
  default: TNode | undefined;
}

export interface TemplateResource {
  logicalId: string;
  /** The `LogicalId:` key: where resource-level findings point. */
  keyRange: Range;
  type: string | undefined;
  properties: TMap | undefined;
  condition: string | undefined;
  entry: TEntry;
  /** Set when the resource comes from an Fn::ForEach loop (sources/cloudformation/foreach.ts). */
  bindings?: Bindings;
}

export interface TemplateCondition {
  node: TNode;
  bindings?: Bindings;
}

/** The sections of a template the resolver needs, indexed by name. */
export interface Template {
  root: TMap;
  parameters: Map<string, TemplateParameter>;
  mappings: TNode | undefined;
  conditions: Map<string, TemplateCondition>;
  resources: Map<string, TemplateResource>;
  /** `Fn::ForEach::…` entries of Resources and Conditions, expanded once a resolver can read their collections. */
  loops: { section: 'Resources' | 'Conditions'; entry: TEntry }[];
}

/** The key prefix of an Fn::ForEach loop (AWS::LanguageExtensions). */
export const FOR_EACH = 'Fn::ForEach::';

/** True when the parsed file looks like a CloudFormation template (spec/cli.md "Discovery"). */
export function isTemplate(root: TNode): root is TMap {
  if (root.kind !== 'map') return false;
  if (entryOf(root, 'AWSTemplateFormatVersion')) return true;
  const resources = valueOf(root, 'Resources');
  if (resources?.kind !== 'map') return false;
  return declaresTypes(resources);
}

/** Whether a Resources map (or a loop's fragment) declares a resource of a CloudFormation type. */
function declaresTypes(resources: TMap): boolean {
  return resources.entries.some((e) => {
    const fragment = e.key.startsWith(FOR_EACH) && e.value.kind === 'seq' ? e.value.items[2] : undefined;
    if (fragment?.kind === 'map') return declaresTypes(fragment);
    const type = valueOf(e.value, 'Type');
    return type?.kind === 'string' && /^(AWS|Custom|Alexa)::/.test(type.value);
  });
}

/** A resource as declared by its `LogicalId:` entry (`logicalId` differs for one expanded from a loop). */
export function resourceOf(e: TEntry, logicalId: string, bindings?: Bindings): TemplateResource {
  const type = valueOf(e.value, 'Type');
  const props = valueOf(e.value, 'Properties');
  const condition = valueOf(e.value, 'Condition');
  return {
    logicalId,
    keyRange: e.keyRange,
    type: type?.kind === 'string' ? type.value : undefined,
    properties: props?.kind === 'map' ? props : undefined,
    condition: condition?.kind === 'string' ? condition.value : undefined,
    entry: e,
    ...(bindings ? { bindings } : {}),
  };
}

export function readTemplate(root: TMap): Template {
  const parameters = new Map<string, TemplateParameter>();
  const params = valueOf(root, 'Parameters');
  if (params?.kind === 'map') {
    for (const e of params.entries) {
      const type = valueOf(e.value, 'Type');
      parameters.set(e.key, { name: e.key, type: type?.kind === 'string' ? type.value : undefined, default: valueOf(e.value, 'Default') });
    }
  }
  const loops: Template['loops'] = [];
  const conditions = new Map<string, TemplateCondition>();
  const conds = valueOf(root, 'Conditions');
  if (conds?.kind === 'map') {
    for (const e of conds.entries) {
      if (e.key.startsWith(FOR_EACH)) loops.push({ section: 'Conditions', entry: e });
      else conditions.set(e.key, { node: e.value });
    }
  }
  const resources = new Map<string, TemplateResource>();
  const res = valueOf(root, 'Resources');
  if (res?.kind === 'map') {
    for (const e of res.entries) {
      if (e.key.startsWith(FOR_EACH)) loops.push({ section: 'Resources', entry: e });
      else resources.set(e.key, resourceOf(e, e.key));
    }
  }
  return { root, parameters, mappings: valueOf(root, 'Mappings'), conditions, resources, loops };
}

/** CloudFormation list parameter types: `Ref` gives a list. */
export function isListParameter(p: TemplateParameter): boolean {
  const t = p.type ?? '';
  return t === 'CommaDelimitedList' || t.startsWith('List<') || /^AWS::SSM::Parameter::Value<List</.test(t);
}
