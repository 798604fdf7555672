import type { Resolver } from './resolve.js';
import { scalarText, type TMap, type TNode } from '../shared/tree.js';
import { literalText, type RValue } from './value.js';

/** A condition's truth value; undefined when it depends on something unknown. */
export interface ConditionValue {
  value: boolean | undefined;
  /**
   * The innermost undecidable named condition: branching on it (rather than on a condition derived
   * from it, like `IsNotProd = !Not [!Condition IsProd]`) keeps related branches consistent.
   */
  cause?: string;
}

const UNKNOWN: ConditionValue = { value: undefined };

/** A named condition under the resolver's assumptions (cached per resolver). */
export function conditionOf(r: Resolver, name: string): ConditionValue {
  const assumed = r.assumptions.get(name);
  if (assumed !== undefined) return { value: assumed };
  const cached = r.conditionCache.get(name);
  if (cached) return cached;
  const declared = r.env.template.conditions.get(name);
  let result = (declared ? r.guarded(`condition:${name}`, declared.node.range[0], () => r.within(declared.bindings, () => expression(r, declared.node))) : undefined) ?? UNKNOWN;
  if (result.value === undefined && result.cause === undefined) result = { value: undefined, cause: name };
  r.conditionCache.set(name, result);
  return result;
}

function expression(r: Resolver, node: TNode): ConditionValue {
  if (node.kind === 'boolean') return { value: node.value === true };
  if (node.kind !== 'map' || node.entries.length !== 1) return UNKNOWN;
  const { key, value: arg } = node.entries[0]!;
  const items = arg.kind === 'seq' ? arg.items : [arg];
  switch (key) {
    case 'Condition': {
      const name = scalarText(arg);
      return name === undefined ? UNKNOWN : conditionOf(r, name);
    }
    case 'Fn::Equals': {
      const [a, b] = items.map((i) => literalText(r.resolve(i)));
      return a === undefined || b === undefined ? UNKNOWN : { value: a === b };
    }
    case 'Fn::Not': {
      const inner = items[0] ? expression(r, items[0]) : UNKNOWN;
      return inner.value === undefined ? inner : { value: !inner.value };
    }
    case 'Fn::And':
    case 'Fn::Or': {
      // Three-valued logic: a decisive operand wins even when another one is unknown.
      const decisive = key === 'Fn::Or';
      const values = items.map((i) => expression(r, i));
      if (values.some((v) => v.value === decisive)) return { value: decisive };
      const unknown = values.find((v) => v.value === undefined);
      return unknown ?? { value: !decisive };
    }
    default:
      return UNKNOWN;
  }
}

/** `Fn::If [condition, then, else]`: an undecidable condition is recorded for the variant driver. */
export function fnIf(r: Resolver, arg: TNode, node: TMap): RValue {
  const items = arg.kind === 'seq' ? arg.items : [];
  const name = scalarText(items[0]);
  const whenTrue = items[1];
  const whenFalse = items[2];
  if (name === undefined || !whenTrue || !whenFalse) return r.unresolved(node, 'Fn::If needs [condition, value if true, value if false]');
  const condition = r.condition(name);
  let branch = condition.value;
  if (branch === undefined) {
    r.noteUndecided(condition.cause ?? name);
    branch = true;
  }
  return r.resolve(branch ? whenTrue : whenFalse);
}
