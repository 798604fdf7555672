import { appendAll } from '../../arrays.js';
import type { EvaluationBudget } from '../../budget.js';
import { callMethod, callFunction, evaluateCall, evaluateNew } from './calls.js';
import { recordCreation } from './mutations.js';
import { classInfo } from './classes.js';
import type { Companions } from './companions.js';
import { constructAttribute, moduleMember } from './constructs.js';
import { child, children, keyName, literalValue, rangeOf, stringField, templateCooked, unwrap, type EsNode, type Range } from './estree.js';
import type { Scope } from './scope.js';
import { redactSecrets } from '../../secrets/redact.js';
import { segmentsToValue, stringOptions, concatOptions } from './strings.js';
import {
  alternatives,
  mapOptions,
  member,
  setMember,
  unknown,
  valueSize,
  withFallback,
  type CMember,
  type CValue,
  type Segment,
  type UnresolvedSegment,
} from './values.js';


/** Properties of a CDK construct that only exist at deploy time. */
const DEPLOY_TIME = new Set(['account', 'region', 'stackName', 'stackId', 'partition', 'urlSuffix', 'availabilityZones', 'artifactId']);

/**
 * Evaluates TypeScript expressions statically: literals, template literals, constants, object spreads,
 * destructuring with defaults, array `map`/`flatMap`, and calls of functions and static methods defined
 * in the file. Anything else — constructor props, `process.env`, CDK context, imports from other files —
 * is an `unknown` value that keeps the expression as written and why it is unknown.
 */
export class Evaluator {
  /** Calls being inlined (MAX_CALL_DEPTH in calls.ts). */
  callDepth = 0;

  /** `budget`: the file's; crossing a cap throws its LimitError (the file is reported, not guessed at). */
  constructor(
    readonly text: string,
    readonly budget: EvaluationBudget,
    /** Constants imported from other files of the project (sources/cdk/companions.ts), when the caller reads them. */
    readonly companions?: Companions,
  ) {}

  /** The source of a node on one line, shortened, for naming unresolved expressions. */
  source(node: EsNode): string {
    const [start, end] = rangeOf(node);
    // Masked before it is cut: a key cut in half is no longer recognisable as one.
    const raw = redactSecrets(this.text.slice(start, end)).replace(/\s+/g, ' ').trim();
    return raw.length > 80 ? `${raw.slice(0, 77)}…` : raw;
  }

  evaluate(node: EsNode, scope: Scope): CValue {
    const at = { offset: rangeOf(node)[0] };
    this.budget.step(at);
    return this.budget.nested(at, () => this.evaluateNode(node, scope));
  }

  /** Charges a built string, array or object (its own size) and returns it. */
  produced(value: CValue): CValue {
    this.budget.grow(valueSize(value), { offset: value.range[0] });
    return value;
  }

  private evaluateNode(node: EsNode, scope: Scope): CValue {
    const range = rangeOf(node);
    const n = unwrap(node);
    switch (n.type) {
      case 'Literal':
        return this.literal(n, range);
      case 'TemplateLiteral':
        return this.template(n, scope, range);
      case 'Identifier':
        return this.identifier(n, scope, range);
      case 'ThisExpression':
        return scope.self ?? unknown('this', '`this` outside a class', range);
      case 'MemberExpression': {
        const object = child(n, 'object');
        if (!object) return unknown(this.source(n), 'an incomplete expression', range);
        const key = this.memberKey(n, scope);
        if (key === undefined) return unknown(this.source(n), 'a computed property name that could not be resolved', range);
        return this.property(this.evaluate(object, scope), key, range);
      }
      case 'CallExpression':
        return evaluateCall(this, n, scope);
      case 'NewExpression':
        return evaluateNew(this, n, scope);
      case 'ObjectExpression':
        return this.object(n, scope, range);
      case 'ArrayExpression':
        return this.array(n, scope, range);
      case 'LogicalExpression':
        return this.logical(n, scope, range);
      case 'ConditionalExpression': {
        const options = [child(n, 'consequent'), child(n, 'alternate')].filter((x): x is EsNode => x !== undefined);
        return alternatives(options.map((o) => this.evaluate(o, scope)), range);
      }
      case 'BinaryExpression':
        return this.binary(n, scope, range);
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return { kind: 'function', node: n, scope, self: scope.self, name: keyName(child(n, 'id')) ?? '(function)', range };
      case 'ClassExpression':
        return { kind: 'class', info: classInfo(n, scope), range };
      case 'SequenceExpression': {
        const last = children(n, 'expressions').at(-1);
        return last ? this.evaluate(last, scope) : { kind: 'undefined', range };
      }
      case 'AssignmentExpression': {
        const right = child(n, 'right');
        return right ? this.evaluate(right, scope) : { kind: 'undefined', range };
      }
      case 'UnaryExpression':
        return stringField(n, 'operator') === 'void' ? { kind: 'undefined', range } : unknown(this.source(n), 'an operator trustlint does not evaluate', range);
      default:
        return unknown(this.source(n), 'an expression trustlint does not evaluate statically', range);
    }
  }

  private literal(n: EsNode, range: Range): CValue {
    const v = literalValue(n);
    if (typeof v === 'string') return { kind: 'string', segments: [{ kind: 'text', text: v, range }], range };
    if (typeof v === 'number') return { kind: 'number', value: v, text: stringField(n, 'raw') ?? String(v), range };
    if (typeof v === 'boolean') return { kind: 'boolean', value: v, range };
    if (v === null && stringField(n, 'raw') === 'null') return { kind: 'null', range };
    return unknown(this.source(n), 'a literal that is not a string, number or boolean', range);
  }

  private identifier(n: EsNode, scope: Scope, range: Range): CValue {
    const name = keyName(n) ?? '';
    if (name === 'undefined') return { kind: 'undefined', range };
    const bound = scope.lookup(name, range);
    if (bound) return bound;
    if (name === 'process') return unknown('process', 'read from the environment when the app is synthesized', range);
    return unknown(name, 'not defined in this file', range);
  }

  private memberKey(n: EsNode, scope: Scope): string | undefined {
    const property = child(n, 'property');
    const computed = (n as unknown as { computed?: unknown }).computed === true;
    if (!property) return undefined;
    if (!computed) return keyName(property);
    const value = this.evaluate(property, scope);
    if (value.kind === 'number') return String(value.value);
    const [only, ...rest] = stringOptions(value);
    if (!only || rest.length > 0 || only.some((s) => s.kind !== 'text')) return undefined;
    return only.map((s) => (s.kind === 'text' ? s.text : '')).join('');
  }

  /** `value.key` (also array indexes and destructuring). */
  property(value: CValue, key: string, use: Range): CValue {
    switch (value.kind) {
      case 'alternatives':
        return mapOptions(value, (o) => this.property(o, key, use));
      case 'object': {
        const found = member(value, key);
        if (found) return found.value;
        const spread = value.spreads[0];
        return spread ? unknown(`${spread.expression}.${key}`, spread.reason, use) : { kind: 'undefined', range: use };
      }
      case 'array': {
        if (key === 'length') return { kind: 'number', value: value.items.length, text: String(value.items.length), range: use };
        const index = Number(key);
        return Number.isInteger(index) ? (value.items[index] ?? { kind: 'undefined', range: use }) : unknown(key, 'an array method used as a value', use);
      }
      case 'unknown':
        return unknown(/^\d+$/.test(key) ? `${value.expression}[${key}]` : `${value.expression}.${key}`, value.reason, use);
      case 'module':
        return moduleMember(value, key, use);
      case 'class':
        return this.staticMember(value, key, use);
      case 'this':
        return this.thisMember(value, key, use);
      case 'construct':
        return constructAttribute(value, key, use);
      default:
        return unknown(key, `a property of a ${value.kind} value`, use);
    }
  }

  private staticMember(value: Extract<CValue, { kind: 'class' }>, key: string, use: Range): CValue {
    const node = value.info.staticMembers.get(key);
    if (!node) return unknown(`${value.info.name}.${key}`, `not a static member of ${value.info.name} in this file`, use);
    if (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') {
      return { kind: 'function', node, scope: value.info.scope, self: value, name: `${value.info.name}.${key}`, range: use };
    }
    return this.evaluate(node, value.info.scope);
  }

  private thisMember(value: Extract<CValue, { kind: 'this' }>, key: string, use: Range): CValue {
    const assigned = value.frame.members.get(key);
    if (assigned) return assigned();
    const method = value.frame.info.instanceMethods.get(key);
    if (method) return { kind: 'function', node: method, scope: value.frame.info.scope, self: value, name: key, range: use };
    if (DEPLOY_TIME.has(key)) return unknown(`this.${key}`, 'known only at deploy time', use);
    if (key === 'node') return unknown('this.node', 'the construct tree, known when the app is synthesized', use);
    return unknown(`this.${key}`, 'a property of this construct that is not set in this file', use);
  }

  private object(n: EsNode, scope: Scope, range: Range): CValue {
    const members: CMember[] = [];
    const spreads: UnresolvedSegment[] = [];
    for (const p of children(n, 'properties')) {
      if (p.type === 'SpreadElement') {
        const arg = child(p, 'argument');
        if (arg) this.spreadInto(this.evaluate(arg, scope), members, spreads, rangeOf(p));
        continue;
      }
      const keyNode = child(p, 'key');
      const valueNode = child(p, 'value');
      if (!keyNode || !valueNode) continue;
      const key = this.propertyKey(p, keyNode, scope);
      setMember(members, { key, keyRange: rangeOf(keyNode), value: this.evaluate(valueNode, scope) });
    }
    const created: CValue = { kind: 'object', members, range, spreads };
    recordCreation(created, scope);
    return this.produced(created);
  }

  private propertyKey(p: EsNode, keyNode: EsNode, scope: Scope): Segment[] {
    const computed = (p as unknown as { computed?: unknown }).computed === true;
    const name = keyName(keyNode, computed);
    if (name !== undefined) return [{ kind: 'text', text: name, range: rangeOf(keyNode) }];
    // A computed key with choices keeps the first: keys are names, not sets of values.
    return stringOptions(this.evaluate(keyNode, scope))[0] ?? [];
  }

  private spreadInto(value: CValue, members: CMember[], spreads: UnresolvedSegment[], range: Range): void {
    switch (value.kind) {
      case 'object':
        for (const m of value.members) setMember(members, m);
        appendAll(spreads, value.spreads);
        return;
      case 'alternatives':
        for (const o of value.options) this.spreadInto(o, members, spreads, range);
        return;
      case 'undefined':
      case 'null':
        return;
      case 'unknown':
        spreads.push({ kind: 'unresolved', expression: value.expression, reason: value.reason, range });
        return;
      default:
        spreads.push({ kind: 'unresolved', expression: `…${value.kind}`, reason: 'a spread of a value that is not an object', range });
    }
  }

  private array(n: EsNode, scope: Scope, range: Range): CValue {
    const items: CValue[] = [];
    for (const el of children(n, 'elements')) {
      if (el.type !== 'SpreadElement') {
        items.push(this.evaluate(el, scope));
        continue;
      }
      const arg = child(el, 'argument');
      if (arg) appendAll(items, this.spreadItems(this.evaluate(arg, scope), rangeOf(el)));
    }
    const created: CValue = { kind: 'array', items, range };
    recordCreation(created, scope);
    return this.produced(created);
  }

  /** The items `...value` contributes: an unresolved array stands for one unknown item. */
  spreadItems(value: CValue, range: Range): CValue[] {
    switch (value.kind) {
      case 'array':
        return value.items;
      case 'alternatives':
        return value.options.flatMap((o) => this.spreadItems(o, range));
      case 'undefined':
      case 'null':
        return [];
      case 'unknown':
        return [unknown(`${value.expression}[i]`, value.reason, range)];
      default:
        return [unknown(`…${value.kind}`, 'a spread of a value that is not an array', range)];
    }
  }

  /** `value.slice(i)` for array rest patterns. */
  sliceFrom(value: CValue, index: number, use: Range): CValue {
    if (value.kind === 'array') return { kind: 'array', items: value.items.slice(index), range: use };
    return mapOptions(value, (o) => (o.kind === 'array' ? { kind: 'array', items: o.items.slice(index), range: use } : o));
  }

  private logical(n: EsNode, scope: Scope, range: Range): CValue {
    const left = child(n, 'left');
    const right = child(n, 'right');
    if (!left || !right) return unknown(this.source(n), 'an incomplete expression', range);
    const op = stringField(n, 'operator');
    const l = this.evaluate(left, scope);
    if (op === '??' || op === '||') return withFallback(l, () => this.evaluate(right, scope), range);
    // `a && b`: b when a is known to be there, otherwise either.
    return l.kind === 'unknown' || l.kind === 'alternatives' ? alternatives([l, this.evaluate(right, scope)], range) : this.evaluate(right, scope);
  }

  private binary(n: EsNode, scope: Scope, range: Range): CValue {
    const left = child(n, 'left');
    const right = child(n, 'right');
    if (!left || !right || stringField(n, 'operator') !== '+') return unknown(this.source(n), 'an operator trustlint does not evaluate', range);
    const l = this.evaluate(left, scope);
    const r = this.evaluate(right, scope);
    if (l.kind === 'number' && r.kind === 'number') return { kind: 'number', value: l.value + r.value, text: String(l.value + r.value), range };
    return this.produced(segmentsToValue(concatOptions([stringOptions(l), stringOptions(r)], range), range));
  }

  private template(n: EsNode, scope: Scope, range: Range): CValue {
    const quasis = children(n, 'quasis');
    const expressions = children(n, 'expressions');
    const parts: Segment[][][] = [];
    quasis.forEach((q, i) => {
      const cooked = templateCooked(q);
      if (cooked) parts.push([[{ kind: 'text', text: cooked, range: rangeOf(q) }]]);
      const e = expressions[i];
      if (e) parts.push(stringOptions(this.evaluate(e, scope), rangeOf(e)));
    });
    return this.produced(segmentsToValue(concatOptions(parts, range), range));
  }

  callFunction(fn: Extract<CValue, { kind: 'function' }>, args: readonly CValue[], use: Range): CValue {
    return callFunction(this, fn, args, use);
  }

  callMethod(object: CValue, method: string, argNodes: readonly EsNode[], scope: Scope, call: EsNode): CValue {
    return callMethod(this, object, method, argNodes, scope, call);
  }
}
