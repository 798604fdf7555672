import { child, children, keyName, rangeOf, stringField, unwrap, type EsNode } from './estree.js';
import { classInfo } from './classes.js';
import type { Scope } from './scope.js';
import { unknown, withFallback, type CValue } from './values.js';
import type { Evaluator } from './evaluate.js';

/**
 * Declarations: `const`/`let`/`var` (with destructuring and defaults), functions, classes and imports
 * become lazy bindings of a scope, read by the evaluator on demand.
 */

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

export function isFunction(node: EsNode): boolean {
  return FUNCTION_TYPES.has(node.type);
}

/** Declares the bindings of a statement list; `deep` also hoists from nested blocks (function bodies). */
export function hoist(statements: readonly EsNode[], scope: Scope, ev: Evaluator, deep = false): void {
  for (const raw of statements) {
    const statement = raw.type === 'ExportNamedDeclaration' || raw.type === 'ExportDefaultDeclaration' ? (child(raw, 'declaration') ?? raw) : raw;
    switch (statement.type) {
      case 'VariableDeclaration': {
        // `declare const x: T` (ambient) has a value, just not in this file.
        const ambient = (statement as unknown as { declare?: unknown }).declare === true;
        for (const d of children(statement, 'declarations')) {
          const id = child(d, 'id');
          const init = child(d, 'init');
          if (!id) continue;
          const missing = (): CValue =>
            ambient ? unknown(keyName(unwrap(id)) ?? ev.source(id), 'declared in this file but defined elsewhere', rangeOf(d)) : { kind: 'undefined', range: rangeOf(d) };
          bindPattern(id, () => (init ? ev.evaluate(init, scope) : missing()), scope, ev);
        }
        break;
      }
      case 'FunctionDeclaration': {
        const name = keyName(child(statement, 'id'));
        if (name) scope.declare(name, { kind: 'function', node: statement, scope, self: undefined, name, range: rangeOf(statement) });
        break;
      }
      case 'ClassDeclaration': {
        const info = classInfo(statement, scope);
        scope.declare(info.name, { kind: 'class', info, range: rangeOf(statement) });
        break;
      }
      case 'ImportDeclaration':
        declareImports(statement, scope, ev);
        break;
      default:
        if (deep) for (const nested of nestedStatementLists(statement)) hoist(nested, scope, ev, true);
    }
  }
}

/** Statement lists inside a compound statement (if/for/try/blocks), not inside nested functions. */
function nestedStatementLists(statement: EsNode): EsNode[][] {
  switch (statement.type) {
    case 'BlockStatement':
      return [children(statement, 'body')];
    case 'IfStatement':
      return [child(statement, 'consequent'), child(statement, 'alternate')].filter((n): n is EsNode => n !== undefined).map((n) => [n]);
    case 'ForStatement':
    case 'ForOfStatement':
    case 'ForInStatement':
    case 'WhileStatement':
    case 'DoWhileStatement':
      return [[child(statement, 'body')].filter((n): n is EsNode => n !== undefined)];
    case 'TryStatement':
      return [child(statement, 'block'), child(child(statement, 'handler') ?? statement, 'body'), child(statement, 'finalizer')]
        .filter((n): n is EsNode => n !== undefined && n !== statement)
        .map((n) => [n]);
    default:
      return [];
  }
}

function declareImports(statement: EsNode, scope: Scope, ev: Evaluator): void {
  const source = stringField(child(statement, 'source') ?? statement, 'value') ?? '';
  for (const spec of children(statement, 'specifiers')) {
    const local = keyName(child(spec, 'local'));
    if (!local) continue;
    const range = rangeOf(spec);
    if (spec.type === 'ImportSpecifier') {
      const imported = keyName(child(spec, 'imported')) ?? local;
      const fallback: CValue = { kind: 'module', source, path: [imported], range };
      const companions = ev.companions;
      // A constant of another project file (a relative import), when the caller reads such files.
      if (companions) scope.declareLazy(local, () => companions.value(source, imported, local, range) ?? fallback);
      else scope.declare(local, fallback);
    } else {
      scope.declare(local, { kind: 'module', source, path: [], range });
    }
  }
}

/** Binds the names of a pattern to parts of a (lazily computed) value. */
export function bindPattern(pattern: EsNode, value: () => CValue, scope: Scope, ev: Evaluator): void {
  const p = unwrap(pattern);
  switch (p.type) {
    case 'Identifier': {
      const name = keyName(p);
      if (name) scope.declareLazy(name, value);
      return;
    }
    case 'TSParameterProperty': {
      const inner = child(p, 'parameter');
      if (inner) bindPattern(inner, value, scope, ev);
      return;
    }
    case 'AssignmentPattern': {
      const left = child(p, 'left');
      const right = child(p, 'right');
      if (!left) return;
      bindPattern(left, () => (right ? withFallback(value(), () => ev.evaluate(right, scope), rangeOf(p)) : value()), scope, ev);
      return;
    }
    case 'ObjectPattern': {
      const taken: string[] = [];
      for (const prop of children(p, 'properties')) {
        if (prop.type === 'RestElement') {
          const arg = child(prop, 'argument');
          if (arg) bindPattern(arg, () => restOf(value(), taken), scope, ev);
          continue;
        }
        const computed = (prop as unknown as { computed?: unknown }).computed === true;
        const keyNode = child(prop, 'key');
        const target = child(prop, 'value');
        if (!keyNode || !target) continue;
        const key = keyName(keyNode, computed);
        if (key === undefined) {
          bindPattern(target, () => unknown(ev.source(prop), 'a computed destructuring key', rangeOf(prop)), scope, ev);
          continue;
        }
        taken.push(key);
        bindPattern(target, () => ev.property(value(), key, rangeOf(prop)), scope, ev);
      }
      return;
    }
    case 'ArrayPattern':
      children(p, 'elements').forEach((el, i) => {
        if (el.type === 'RestElement') {
          const arg = child(el, 'argument');
          if (arg) bindPattern(arg, () => ev.sliceFrom(value(), i, rangeOf(el)), scope, ev);
          return;
        }
        bindPattern(el, () => ev.property(value(), String(i), rangeOf(el)), scope, ev);
      });
      return;
    default:
      return;
  }
}

/** `{ a, ...rest } = obj`: the members not taken. */
function restOf(value: CValue, taken: readonly string[]): CValue {
  if (value.kind !== 'object') return value;
  const members = value.members.filter((m) => {
    const only = m.key.length === 1 ? m.key[0] : undefined;
    return !(only?.kind === 'text' && taken.includes(only.text));
  });
  return { ...value, members };
}
