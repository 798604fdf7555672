import { child, children, keyName, stringField, type EsNode } from './estree.js';
import type { Scope } from './scope.js';
import type { CValue } from './values.js';

/** A class declared in the file: its members, for `this.x`, static calls and `super(…)` constructions. */
export interface ClassInfo {
  name: string;
  node: EsNode;
  superClass: EsNode | undefined;
  /** The scope the class is declared in. */
  scope: Scope;
  constructorNode: EsNode | undefined;
  /** Methods and accessor-free properties by name. */
  staticMembers: Map<string, EsNode>;
  instanceMethods: Map<string, EsNode>;
  /** `name = value` class fields (instance). */
  fields: Map<string, EsNode>;
}

/** The instance `this` of one evaluation of a class: fields and `this.x = …` assignments seen so far. */
export interface ThisFrame {
  info: ClassInfo;
  members: Map<string, () => CValue>;
}

export function classInfo(node: EsNode, scope: Scope): ClassInfo {
  const info: ClassInfo = {
    name: keyName(child(node, 'id')) ?? '(anonymous class)',
    node,
    superClass: child(node, 'superClass'),
    scope,
    constructorNode: undefined,
    staticMembers: new Map(),
    instanceMethods: new Map(),
    fields: new Map(),
  };
  const body = child(node, 'body');
  for (const m of body ? children(body, 'body') : []) {
    const name = keyName(child(m, 'key'), isComputed(m));
    if (name === undefined) continue;
    const isStatic = (m as unknown as { static?: unknown }).static === true;
    if (m.type === 'MethodDefinition') {
      const fn = child(m, 'value');
      if (!fn) continue;
      if (stringField(m, 'kind') === 'constructor') info.constructorNode = fn;
      else if (isStatic) info.staticMembers.set(name, fn);
      else info.instanceMethods.set(name, fn);
    } else if (m.type === 'PropertyDefinition') {
      const value = child(m, 'value');
      if (!value) continue;
      if (isStatic) info.staticMembers.set(name, value);
      else info.fields.set(name, value);
    }
  }
  return info;
}

function isComputed(node: EsNode): boolean {
  return (node as unknown as { computed?: unknown }).computed === true;
}
