import { entryOf, valueOf, type Range, type TEntry, type TMap, type TNode } from './tree.js';

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
}

/** The sections of a template the resolver needs, indexed by name. */
export interface Template {
  root: TMap;
  parameters: Map<string, TemplateParameter>;
  mappings: TNode | undefined;
  conditions: Map<string, TNode>;
  resources: Map<string, TemplateResource>;
}

/** True when the parsed file looks like a CloudFormation template (spec/cli.md "Discovery"). */
export function isTemplate(root: TNode): root is TMap {
  if (root.kind !== 'map') return false;
  if (entryOf(root, 'AWSTemplateFormatVersion')) return true;
  const resources = valueOf(root, 'Resources');
  if (resources?.kind !== 'map') return false;
  return resources.entries.some((e) => {
    const type = valueOf(e.value, 'Type');
    return type?.kind === 'string' && /^(AWS|Custom|Alexa)::/.test(type.value);
  });
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
  const conditions = new Map<string, TNode>();
  const conds = valueOf(root, 'Conditions');
  if (conds?.kind === 'map') for (const e of conds.entries) conditions.set(e.key, e.value);
  const resources = new Map<string, TemplateResource>();
  const res = valueOf(root, 'Resources');
  if (res?.kind === 'map') {
    for (const e of res.entries) {
      const type = valueOf(e.value, 'Type');
      const props = valueOf(e.value, 'Properties');
      const condition = valueOf(e.value, 'Condition');
      resources.set(e.key, {
        logicalId: e.key,
        keyRange: e.keyRange,
        type: type?.kind === 'string' ? type.value : undefined,
        properties: props?.kind === 'map' ? props : undefined,
        condition: condition?.kind === 'string' ? condition.value : undefined,
        entry: e,
      });
    }
  }
  return { root, parameters, mappings: valueOf(root, 'Mappings'), conditions, resources };
}

/** CloudFormation list parameter types: `Ref` gives a list. */
export function isListParameter(p: TemplateParameter): boolean {
  const t = p.type ?? '';
  return t === 'CommaDelimitedList' || t.startsWith('List<') || /^AWS::SSM::Parameter::Value<List</.test(t);
}
