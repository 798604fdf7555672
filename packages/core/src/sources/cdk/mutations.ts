import { child, childNodes as childNodesOf, children, keyName, rangeOf, stringField, unwrap, type EsNode, type Range } from './estree.js';
import type { Evaluator } from './evaluate.js';
import type { Scope } from './scope.js';
import { stringOptions } from './strings.js';
import { appendAll } from '../../arrays.js';
import { alternatives, keyTextOf, setMember, type CValue, type Segment, type UnresolvedSegment } from './values.js';

/**
 * Changes made to objects and arrays after they are created: `o.k = v`, `o[k] = v`, `delete o.k`,
 * `Object.assign(o, …)`, `a.push(…)`/`a.unshift(…)`, and `x = v` on a binding. Evaluated objects are
 * shared by identity, as JavaScript shares them, so a change is applied in place and every alias sees
 * it. A change is modelled only in straight-line code of the region (function body or the module) that
 * created the object; one the static reading does not order — in a loop, a branch, a callback, a
 * function whose calls are not followed — marks the object as not followed, and a trust built from it
 * is reported unresolved (sources/cdk/trust-policy.ts) instead of judged from a partial view.
 */

/** Objects and arrays changed where the evaluator does not follow the change: what and why. */
const unfollowed = new WeakMap<CValue, UnresolvedSegment>();

/** Where each evaluated object or array literal was created: its lexical scope. */
const createdIn = new WeakMap<CValue, Scope>();

export function recordCreation(value: CValue, scope: Scope): void {
  createdIn.set(value, scope);
}

/** Marks an object or array as changed where trustlint does not follow (a construct's method it does not model). */
export function markUnfollowed(target: CValue, part: UnresolvedSegment): void {
  unfollowed.set(target, part);
}

/**
 * A change a construct's method makes to `target` (a PolicyStatement's JSON): applied in straight-line
 * code of the region that created it, otherwise `target` is marked not followed, as for `o.k = v`.
 */
export function changeBy(target: CValue, region: Region | undefined, what: string, range: Range, apply: () => void): void {
  if (straightLine(target, region)) apply();
  else unfollowed.set(target, { kind: 'unresolved', expression: what, reason: `a change made ${region?.reason ?? 'elsewhere'}, which trustlint does not follow`, range });
}

/** Why a value (or something it holds) was changed where trustlint does not follow, if it was. */
export function unfollowedPart(value: CValue | undefined, depth = 0): UnresolvedSegment | undefined {
  if (!value || depth > 12) return undefined;
  const own = unfollowed.get(value);
  if (own) return own;
  switch (value.kind) {
    case 'object':
      for (const m of value.members) {
        const found = unfollowedPart(m.value, depth + 1);
        if (found) return found;
      }
      return undefined;
    case 'array':
    case 'alternatives': {
      for (const item of value.kind === 'array' ? value.items : value.options) {
        const found = unfollowedPart(item, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The code between the start of a region and the statement being read: `scope` is the scope outside
 * the innermost loop, branch or function entered, `reason` says which. Objects created in `scope` or
 * further out are changed where the static reading cannot order the change. No region: module level.
 */
export interface Region {
  scope: Scope;
  reason: string;
}

/** Told about each object or array changed, modelled or not (to see changes after a role is created). */
export type ChangeListener = (target: CValue, what: string, range: Range) => void;

function straightLine(target: CValue, region: Region | undefined): boolean {
  if (!region) return true;
  let s = createdIn.get(target);
  if (!s) return false;
  // Created inside the region: a strict descendant of the scope outside it.
  if (s === region.scope) return false;
  while (s) {
    if (s === region.scope) return true;
    s = s.parent;
  }
  return false;
}

/** The objects and arrays a value stands for (each choice of a choice). */
function targets(value: CValue): CValue[] {
  if (value.kind === 'alternatives') return value.options.flatMap(targets);
  return value.kind === 'object' || value.kind === 'array' ? [value] : [];
}

const computed = (n: EsNode): boolean => (n as unknown as { computed?: unknown }).computed === true;

/**
 * Applies the change a statement makes, if it is one; returns false for any other statement. `region`:
 * where the statement is (undefined at module level); `onChange`: told about each changed target.
 */
export function applyChange(ev: Evaluator, statement: EsNode, scope: Scope, region: Region | undefined, onChange?: ChangeListener): boolean {
  if (statement.type !== 'ExpressionStatement') return false;
  const expression = child(statement, 'expression');
  if (!expression) return false;
  const e = unwrap(expression);
  const range = rangeOf(statement);
  const what = ev.source(e);
  const change = (target: CValue, apply: () => void): void => {
    onChange?.(target, what, range);
    if (straightLine(target, region)) apply();
    else unfollowed.set(target, { kind: 'unresolved', expression: what, reason: `a change made ${region?.reason ?? 'elsewhere'}, which trustlint does not follow`, range });
  };
  if (e.type === 'AssignmentExpression') return assignment(ev, e, scope, region, change, range);
  if (e.type === 'UnaryExpression' && stringField(e, 'operator') === 'delete') {
    const arg = child(e, 'argument');
    const target = arg && unwrap(arg).type === 'MemberExpression' ? unwrap(arg) : undefined;
    const object = target ? child(target, 'object') : undefined;
    if (!target || !object) return false;
    const key = memberKey(ev, target, scope);
    for (const t of targets(ev.evaluate(object, scope))) {
      change(t, () => {
        if (t.kind !== 'object') return;
        if (key === undefined) unfollowed.set(t, { kind: 'unresolved', expression: what, reason: 'a computed key that could not be resolved', range });
        else t.members = t.members.filter((m) => !(m.key.length === 1 && m.key[0]?.kind === 'text' && m.key[0].text === key));
      });
    }
    return true;
  }
  if (e.type === 'CallExpression') return call(ev, e, scope, change, range);
  return false;
}

type Change = (target: CValue, apply: () => void) => void;

function assignment(ev: Evaluator, e: EsNode, scope: Scope, region: Region | undefined, change: Change, range: Range): boolean {
  const left = child(e, 'left');
  const right = child(e, 'right');
  if (!left || !right) return false;
  const l = unwrap(left);
  const operator = stringField(e, 'operator') ?? '=';
  if (l.type === 'Identifier') {
    // `x = v` on a binding: straight-line rebinds it; elsewhere it is the old value or the new one.
    const name = keyName(l);
    const owner = name !== undefined ? scope.ownerOf(name) : undefined;
    if (!owner || name === undefined || operator !== '=') return false;
    const value = ev.evaluate(right, scope);
    const inside = region === undefined || (owner !== region.scope && isWithin(owner, region.scope));
    owner.declare(name, inside ? value : alternatives([owner.lookup(name, range) ?? value, value], range));
    return true;
  }
  if (l.type !== 'MemberExpression') return false;
  const object = child(l, 'object');
  if (!object || unwrap(object).type === 'ThisExpression') return false;
  const key = memberKeySegments(ev, l, scope);
  const value = ev.evaluate(right, scope);
  const keyText = key ? keyTextOf(key) : undefined;
  for (const t of targets(ev.evaluate(object, scope))) {
    change(t, () => {
      if (key === undefined || operator !== '=') {
        unfollowed.set(t, { kind: 'unresolved', expression: ev.source(e), reason: key === undefined ? 'a computed key with more than one possible value' : `the ${operator} operator`, range });
        return;
      }
      if (t.kind === 'object') setMember(t.members, { key, keyRange: rangeOf(child(l, 'property') ?? l), value });
      else if (t.kind === 'array' && keyText !== undefined && /^\d+$/.test(keyText)) t.items[Number(keyText)] = value;
      else if (t.kind === 'array') unfollowed.set(t, { kind: 'unresolved', expression: ev.source(e), reason: 'an array index that could not be resolved', range });
    });
  }
  return true;
}

function call(ev: Evaluator, e: EsNode, scope: Scope, change: Change, range: Range): boolean {
  const callee = child(e, 'callee');
  const c = callee ? unwrap(callee) : undefined;
  if (c?.type !== 'MemberExpression' || computed(c)) return false;
  const object = child(c, 'object');
  const method = keyName(child(c, 'property'));
  if (!object || method === undefined) return false;
  const args = children(e, 'arguments');
  if (unwrap(object).type === 'Identifier' && keyName(unwrap(object)) === 'Object' && !scope.lookup('Object', range) && method === 'assign') {
    const [first, ...sources] = args;
    if (!first) return false;
    const values = sources.map((s) => (s.type === 'SpreadElement' ? undefined : ev.evaluate(s, scope)));
    for (const t of targets(ev.evaluate(first, scope))) {
      change(t, () => {
        assignInto(t, values, ev, e, range);
      });
    }
    return true;
  }
  if (method !== 'push' && method !== 'unshift') return false;
  const target = targets(ev.evaluate(object, scope)).filter((t): t is Extract<CValue, { kind: 'array' }> => t.kind === 'array');
  if (target.length === 0) return false;
  const items = args.flatMap((a) => {
    if (a.type !== 'SpreadElement') return [ev.evaluate(a, scope)];
    const arg = child(a, 'argument');
    return arg ? ev.spreadItems(ev.evaluate(arg, scope), rangeOf(a)) : [];
  });
  for (const t of target) {
    change(t, () => {
      if (method === 'push') appendAll(t.items, items);
      else t.items = [...items, ...t.items];
    });
  }
  return true;
}

/** `Object.assign(target, ...sources)`: each source's members, later ones winning. */
export function assignInto(target: CValue, sources: readonly (CValue | undefined)[], ev: Evaluator, node: EsNode, range: Range): void {
  if (target.kind !== 'object') return;
  for (const s of sources) {
    if (!s || (s.kind !== 'object' && s.kind !== 'undefined' && s.kind !== 'null')) {
      target.spreads.push({ kind: 'unresolved', expression: s?.kind === 'unknown' ? s.expression : ev.source(node), reason: s?.kind === 'unknown' ? s.reason : 'a source Object.assign copies that is not an object of this file', range });
      continue;
    }
    if (s.kind === 'object') {
      for (const m of s.members) setMember(target.members, m);
      appendAll(target.spreads, s.spreads);
    }
  }
}

/** The key of `o.k` / `o[k]` as segments (an unresolved part kept, as in object literals); undefined when it has choices. */
function memberKeySegments(ev: Evaluator, member: EsNode, scope: Scope): Segment[] | undefined {
  const property = child(member, 'property');
  if (!property) return undefined;
  if (!computed(member)) {
    const name = keyName(property);
    return name === undefined ? undefined : [{ kind: 'text', text: name, range: rangeOf(property) }];
  }
  const value = ev.evaluate(property, scope);
  if (value.kind === 'number') return [{ kind: 'text', text: String(value.value), range: rangeOf(property) }];
  const options = stringOptions(value);
  return options.length === 1 ? options[0] : undefined;
}

function memberKey(ev: Evaluator, member: EsNode, scope: Scope): string | undefined {
  const property = child(member, 'property');
  if (!property) return undefined;
  if (!computed(member)) return keyName(property);
  const value = ev.evaluate(property, scope);
  if (value.kind === 'number') return String(value.value);
  const [only, ...rest] = stringOptions(value);
  if (!only || rest.length > 0 || only.some((s) => s.kind !== 'text')) return undefined;
  return only.map((s) => (s.kind === 'text' ? s.text : '')).join('');
}

function isWithin(scope: Scope, outer: Scope): boolean {
  for (let s: Scope | undefined = scope; s; s = s.parent) if (s === outer) return true;
  return false;
}

/** Calls that change none of their arguments. */
const PURE_CALLS = /^(console\.\w+|JSON\.\w+|Object\.(freeze|keys|values|entries|isFrozen))$/;

/**
 * A call made for its effect (a statement `f(x);`): a function of the file is evaluated, so the changes
 * it makes are seen (to objects it did not create: as not followed); an object or array handed to any
 * other function may be changed by it, so it is not followed either. Callbacks passed along are
 * evaluated once, with unresolved arguments, for the changes they make.
 */
export function callForEffect(ev: Evaluator, call: EsNode, scope: Scope, onChange?: ChangeListener): void {
  const calleeNode = child(call, 'callee');
  if (!calleeNode) return;
  const name = ev.source(calleeNode);
  if (PURE_CALLS.test(name)) return;
  const range = rangeOf(call);
  const args = children(call, 'arguments').map((a) => (a.type === 'SpreadElement' ? undefined : ev.evaluate(a, scope)));
  const callee = ev.evaluate(calleeNode, scope);
  if (callee.kind === 'function') {
    ev.callFunction(callee, args.map((a) => a ?? { kind: 'undefined', range }), range);
    return;
  }
  // A construct's methods (grants, tags, policies) and calls on the construct tree change no plain object.
  const object = unwrap(calleeNode).type === 'MemberExpression' ? child(unwrap(calleeNode), 'object') : undefined;
  const receiver = object ? ev.evaluate(object, scope) : undefined;
  if (receiver?.kind === 'construct') return;
  for (const a of args) {
    if (!a) continue;
    if (a.kind === 'function') {
      ev.callFunction(a, [], range);
      continue;
    }
    for (const t of targets(a)) {
      onChange?.(t, ev.source(call), range);
      unfollowed.set(t, { kind: 'unresolved', expression: ev.source(call), reason: `passed to ${name}, which may change it and which trustlint does not follow`, range });
    }
  }
}

/**
 * The statements of a function body inlined by a call, in order: changes in straight-line code are
 * applied, changes nested in a branch or loop are not followed, and the values of the `return`
 * statements are taken where they are reached (a change after a return does not affect it).
 */
export function runBody(ev: Evaluator, statements: readonly EsNode[], scope: Scope, outer: Scope, name: string, evaluateReturn: (node: EsNode | undefined) => CValue): CValue[] {
  const region: Region = { scope: outer, reason: `inside ${name}, on a path trustlint does not follow` };
  const results: CValue[] = [];
  const nested = (node: EsNode, reason: string): void => {
    if (/Function|Class/.test(node.type)) return;
    if (node.type === 'ReturnStatement') {
      results.push(evaluateReturn(child(node, 'argument')));
      return;
    }
    if (node.type === 'ExpressionStatement') {
      const inner: Region = { scope, reason };
      if (!applyChange(ev, node, scope, inner)) {
        const e = child(node, 'expression');
        if (e && unwrap(e).type === 'CallExpression') callForEffect(ev, unwrap(e), scope);
      }
      return;
    }
    for (const c of childNodesOf(node)) if (/Statement$|Declaration$|^SwitchCase$|^CatchClause$/.test(c.type)) nested(c, reason);
  };
  for (const s of statements) {
    if (s.type === 'ReturnStatement') {
      results.push(evaluateReturn(child(s, 'argument')));
      return results;
    }
    if (s.type === 'ExpressionStatement') {
      if (!applyChange(ev, s, scope, region)) {
        const e = child(s, 'expression');
        if (e && unwrap(e).type === 'CallExpression') callForEffect(ev, unwrap(e), scope);
      }
      continue;
    }
    const line = ev.text.slice(0, rangeOf(s)[0]).split('\n').length;
    const kind = /^(For|While|DoWhile)/.test(s.type) ? 'a loop' : 'a branch';
    nested(s, `in ${kind} of ${name} (line ${String(line)})`);
  }
  return results;
}
