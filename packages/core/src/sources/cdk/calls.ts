import { newConstruct, principalWithConditions, recognisedName, staticCall } from './constructs.js';
import { child, children, keyName, rangeOf, unwrap, type EsNode, type Range } from './estree.js';
import type { Evaluator } from './evaluate.js';
import { recordCreation, runBody } from './mutations.js';
import { bindPattern, hoist } from './patterns.js';
import { Scope } from './scope.js';
import { concatOptions, segmentsToValue, stringOptions } from './strings.js';
import { alternatives, literalText, mapOptions, text, unknown, type CValue } from './values.js';

/** Calls: functions and static methods of the file are inlined; array and string methods are modelled. */

/**
 * Calls of the file's own functions inlined within one another: deeper is recursion, which the static
 * reading does not unroll (the result is unresolved, and reported where it matters).
 */
export const MAX_CALL_DEPTH = 24;

export function evaluateCall(ev: Evaluator, node: EsNode, scope: Scope): CValue {
  const range = rangeOf(node);
  const calleeNode = child(node, 'callee');
  if (!calleeNode) return unknown(ev.source(node), 'an incomplete call', range);
  const callee = unwrap(calleeNode);
  const argNodes = children(node, 'arguments');
  if (callee.type === 'Super') return { kind: 'undefined', range };
  if (callee.type === 'MemberExpression' && (callee as unknown as { computed?: unknown }).computed !== true) {
    const object = child(callee, 'object');
    const method = keyName(child(callee, 'property'));
    if (object && method !== undefined) return ev.callMethod(ev.evaluate(object, scope), method, argNodes, scope, node);
  }
  const fn = ev.evaluate(callee, scope);
  if (fn.kind === 'function') return ev.callFunction(fn, evaluateArgs(ev, argNodes, scope), range);
  if (fn.kind === 'unknown') return unknown(ev.source(node), fn.reason, range);
  if (fn.kind === 'module') return unknown(ev.source(node), `the result of a function imported from "${fn.source}"`, range);
  return unknown(ev.source(node), 'the result of a call trustlint does not evaluate', range);
}

export function evaluateNew(ev: Evaluator, node: EsNode, scope: Scope): CValue {
  const range = rangeOf(node);
  const calleeNode = child(node, 'callee');
  const callee = calleeNode ? ev.evaluate(calleeNode, scope) : undefined;
  const argNodes = children(node, 'arguments');
  const name = callee ? recognisedName(callee) : undefined;
  if (!name) {
    const label = callee?.kind === 'class' ? callee.info.name : calleeNode ? ev.source(calleeNode) : 'object';
    return { kind: 'construct', construct: { type: 'other', name: label }, range };
  }
  const made = newConstruct(name, evaluateArgs(ev, argNodes, scope), range);
  // A statement's or document's JSON is changed by its methods (addCondition, addStatements): where it was made orders them.
  if (made.kind === 'construct' && (made.construct.type === 'statement' || made.construct.type === 'document')) recordCreation(made.construct.json, scope);
  return made;
}

function evaluateArgs(ev: Evaluator, argNodes: readonly EsNode[], scope: Scope): CValue[] {
  return argNodes.flatMap((a) => {
    if (a.type !== 'SpreadElement') return [ev.evaluate(a, scope)];
    const arg = child(a, 'argument');
    return arg ? ev.spreadItems(ev.evaluate(arg, scope), rangeOf(a)) : [];
  });
}

export function callMethod(ev: Evaluator, object: CValue, method: string, argNodes: readonly EsNode[], scope: Scope, call: EsNode): CValue {
  const range = rangeOf(call);
  const args = evaluateArgs(ev, argNodes, scope);
  const apply = (o: CValue): CValue => {
    switch (o.kind) {
      case 'array':
        return arrayMethod(ev, o, method, args, range);
      case 'unknown':
        return unknownMethod(ev, o, method, args, call);
      case 'string':
        return stringMethod(o, method, range) ?? unknown(ev.source(call), 'a string method trustlint does not evaluate', range);
      case 'construct':
        if (o.construct.type === 'principal' && (method === 'withConditions' || method === 'withSessionTags')) {
          return principalWithConditions(o, method === 'withConditions' ? args[0] : undefined, range);
        }
        return unknown(ev.source(call), 'the result of a construct method, known at synth or deploy time', range);
      case 'module':
        return staticCall(o, method, args, range) ?? unknown(ev.source(call), `the result of a function imported from "${o.source}"`, range);
      case 'class':
      case 'this': {
        const fn = ev.property(o, method, range);
        if (fn.kind === 'function') return ev.callFunction(fn, args, range);
        return fn.kind === 'unknown' ? unknown(ev.source(call), fn.reason, range) : unknown(ev.source(call), 'not a method', range);
      }
      default:
        return unknown(ev.source(call), 'the result of a call trustlint does not evaluate', range);
    }
  };
  return mapOptions(object, apply);
}

function arrayMethod(ev: Evaluator, array: Extract<CValue, { kind: 'array' }>, method: string, args: readonly CValue[], range: Range): CValue {
  const [first, second] = args;
  const call = (item: CValue, i: number): CValue =>
    first?.kind === 'function' ? ev.callFunction(first, [item, { kind: 'number', value: i, text: String(i), range }], range) : unknown('callback', 'not a function of this file', range);
  switch (method) {
    case 'map':
      return { kind: 'array', items: array.items.map(call), range };
    case 'flatMap':
      return { kind: 'array', items: array.items.flatMap((item, i) => ev.spreadItems(call(item, i), range)), range };
    // The predicate is not evaluated: keeping every item can only widen what the policy admits.
    // A new array each time (a change to it must not change the original).
    case 'filter':
    case 'slice':
    case 'toSorted':
      return { kind: 'array', items: [...array.items], range };
    case 'reverse':
    case 'sort':
      return array;
    case 'concat':
      return { kind: 'array', items: [...array.items, ...args.flatMap((a) => (a.kind === 'array' ? a.items : [a]))], range };
    case 'join': {
      const separator = second === undefined && first ? (literalText(first) ?? ',') : ',';
      const parts = array.items.flatMap((item, i) => (i === 0 ? [stringOptions(item)] : [[[{ kind: 'text' as const, text: separator, range }]], stringOptions(item)]));
      return ev.produced(segmentsToValue(concatOptions(parts, range), range));
    }
    case 'forEach':
      return { kind: 'undefined', range };
    default:
      return unknown(`${method}(…)`, 'an array method trustlint does not evaluate', range);
  }
}

/** Methods on an unresolved array: `map` runs the callback once on an unresolved item. */
function unknownMethod(ev: Evaluator, value: Extract<CValue, { kind: 'unknown' }>, method: string, args: readonly CValue[], call: EsNode): CValue {
  const range = rangeOf(call);
  const fn = args[0];
  const item = unknown(`${value.expression}[i]`, value.reason, value.range);
  if ((method === 'map' || method === 'flatMap') && fn?.kind === 'function') {
    const result = ev.callFunction(fn, [item], range);
    return { kind: 'array', items: method === 'flatMap' ? ev.spreadItems(result, range) : [result], range };
  }
  if (['filter', 'slice', 'reverse', 'sort', 'toSorted'].includes(method)) return value;
  if (method === 'tryGetContext' || method === 'getContext') {
    return unknown(ev.source(call), 'a CDK context value (cdk.json or --context), known when the app is synthesized', range);
  }
  return unknown(ev.source(call), value.reason, range);
}

function stringMethod(value: Extract<CValue, { kind: 'string' }>, method: string, range: Range): CValue | undefined {
  const literal = literalText(value);
  if (method === 'toString') return value;
  if (literal === undefined) return undefined;
  switch (method) {
    case 'toLowerCase':
      return text(literal.toLowerCase(), range);
    case 'toUpperCase':
      return text(literal.toUpperCase(), range);
    case 'trim':
      return text(literal.trim(), range);
    default:
      return undefined;
  }
}

/** Inlines a function of the file: parameters bound to the arguments, the value of its returns. */
export function callFunction(ev: Evaluator, fn: Extract<CValue, { kind: 'function' }>, args: readonly CValue[], use: Range): CValue {
  if (ev.callDepth >= MAX_CALL_DEPTH) return unknown(fn.name, 'calls nested too deeply to evaluate', use);
  ev.callDepth++;
  try {
    const arrow = fn.node.type === 'ArrowFunctionExpression';
    const scope = new Scope(fn.scope, arrow ? fn.scope.self : fn.self);
    children(fn.node, 'params').forEach((param, i) => {
      if (param.type === 'RestElement') {
        const arg = child(param, 'argument');
        if (arg) bindPattern(arg, () => ({ kind: 'array', items: args.slice(i), range: use }), scope, ev);
        return;
      }
      bindPattern(param, () => args[i] ?? { kind: 'undefined', range: use }, scope, ev);
    });
    const body = child(fn.node, 'body');
    if (!body) return { kind: 'undefined', range: use };
    if (body.type !== 'BlockStatement') return ev.evaluate(body, scope);
    const statements = children(body, 'body');
    hoist(statements, scope, ev, true);
    const results = runBody(ev, statements, scope, fn.scope, fn.name, (r) => (r ? ev.evaluate(r, scope) : { kind: 'undefined', range: use }));
    if (results.length === 0) return { kind: 'undefined', range: use };
    return alternatives(results, use);
  } finally {
    ev.callDepth--;
  }
}
