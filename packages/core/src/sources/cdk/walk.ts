import { classInfo, type ClassInfo, type ThisFrame } from './classes.js';
import { recognisedName } from './constructs.js';
import { RESOURCE_CLASSES, type DocumentBuilder } from './documents.js';
import { child, childNodes, children, keyName, rangeOf, unwrap, type EsNode, type EsProgram } from './estree.js';
import type { Evaluator } from './evaluate.js';
import { applyChange, callForEffect, changeBy, markUnfollowed, type Region } from './mutations.js';
import { bindPattern, hoist } from './patterns.js';
import { documentMethod, statementMethod, statementValue } from './statements.js';
import { Scope } from './scope.js';
import { literalText, unknown, type CValue } from './values.js';

/** Where the walk is: the scope, and the class whose constructor or methods are being walked. */
interface WalkContext {
  scope: Scope;
  /** The innermost loop, branch or function entered (undefined at module level): changes there are not ordered. */
  region?: Region;
  cls?: { info: ClassInfo; superName: string | undefined };
  variant?: string;
}

/** Declarations whose code runs when called or instantiated, not where they are written. */
const DECLARATION = /^(FunctionDeclaration|ClassDeclaration)$/;

/** Node kinds that hold no runtime code. */
const TYPE_ONLY = /^TS(Interface|TypeAlias|Enum|Module|Declare)|^ImportDeclaration$/;

/**
 * Visits every construction in the program — `new iam.Role(…)`, `new OpenIdConnectProvider(…)`,
 * `super(…)` in a class extending one — and hands each, with its arguments evaluated in the scope where
 * it is written, to the document builder. A class of the file that is instantiated at the top level
 * of the file is walked once per instantiation, with its constructor parameters bound to those
 * arguments; any other parameter is unresolved.
 */
export class ProgramWalker {
  private readonly instantiations = new Map<string, { args: EsNode[]; range: readonly [number, number] }[]>();
  private moduleScope = new Scope(undefined);
  /** Where each role of the file was constructed (by offset): statements added to its trust on the same straight line are followed. */
  private readonly roleRegions = new Map<number, { region: Region | undefined }>();

  constructor(
    private readonly ev: Evaluator,
    private readonly builder: DocumentBuilder,
  ) {}

  walkProgram(program: EsProgram): void {
    this.moduleScope = new Scope(undefined);
    hoist(program.body, this.moduleScope, this.ev);
    for (const statement of program.body) this.collectInstantiations(statement);
    // Module code runs first, in order; functions and classes run when called or instantiated, which
    // (an app's entry point instantiates its stacks last, or from another file) is after it.
    const deferred = program.body.filter((s) => DECLARATION.test((child(s, 'declaration') ?? s).type));
    for (const statement of program.body) if (!deferred.includes(statement)) this.walk(statement, { scope: this.moduleScope });
    for (const statement of deferred) this.walk(statement, { scope: this.moduleScope });
  }

  private line(node: EsNode): number {
    return this.ev.text.slice(0, rangeOf(node)[0]).split('\n').length;
  }

  /** A statement-level change, or a call that may make one (sources/cdk/mutations.ts). */
  private statement(node: EsNode, ctx: WalkContext): void {
    const onChange = this.builder.changed.bind(this.builder);
    if (applyChange(this.ev, node, ctx.scope, ctx.region, onChange)) return;
    const expression = child(node, 'expression');
    if (expression && this.constructMethod(unwrap(expression), ctx)) return;
    if (expression && unwrap(expression).type === 'CallExpression') callForEffect(this.ev, unwrap(expression), ctx.scope, onChange);
  }

  /** `new LocalClass(…)` outside any function or class: its arguments are evaluated at module level. */
  private collectInstantiations(node: EsNode): void {
    if (/Function|Class/.test(node.type)) return;
    if (node.type === 'NewExpression') {
      const callee = child(node, 'callee');
      const name = callee?.type === 'Identifier' ? keyName(callee) : undefined;
      const bound = name !== undefined ? this.moduleScope.lookup(name, rangeOf(node)) : undefined;
      if (name !== undefined && bound?.kind === 'class') {
        const list = this.instantiations.get(name) ?? [];
        list.push({ args: children(node, 'arguments'), range: rangeOf(node) });
        this.instantiations.set(name, list);
      }
    }
    for (const c of childNodes(node)) this.collectInstantiations(c);
  }

  /**
   * A method called for its effect on a construct whose JSON trustlint reads: `role.assumeRolePolicy
   * ?.addStatements(…)` (the role's trust), a PolicyStatement's `addCondition`/`addActions`/…, a
   * PolicyDocument's `addStatements`. A change it does not model, or one made off the straight line of
   * the code that created the construct, makes what it feeds unresolved (never a silent pass).
   */
  private constructMethod(call: EsNode, ctx: WalkContext): boolean {
    const callee = call.type === 'CallExpression' ? child(call, 'callee') : undefined;
    const member = callee ? unwrap(callee) : undefined;
    if (member?.type !== 'MemberExpression') return false;
    const method = keyName(child(member, 'property'));
    const object = child(member, 'object');
    if (method === undefined || !object) return false;
    const target = this.ev.evaluate(object, ctx.scope);
    // `x.assumeRolePolicy.addStatements(…)` on a role trustlint cannot see (imported, a parameter): the
    // statements join a trust it never judges, so it says so.
    const viaTrust = unwrap(object).type === 'MemberExpression' && keyName(child(unwrap(object), 'property')) === 'assumeRolePolicy';
    if ((target.kind === 'unknown' || target.kind === 'module') && viaTrust && method === 'addStatements') {
      const why = target.kind === 'unknown' ? `${target.expression}: ${target.reason}` : `imported from "${target.source}"`;
      this.builder.addTrustStatements(undefined, [], { what: this.ev.source(call), range: rangeOf(call), notFollowed: why });
      return true;
    }
    if (target.kind !== 'construct') return false;
    const c = target.construct;
    if (c.type !== 'trust-of' && c.type !== 'statement' && c.type !== 'document') return false;
    const range = rangeOf(call);
    const what = this.ev.source(call);
    const args = children(call, 'arguments').flatMap((a) => {
      if (a.type !== 'SpreadElement') return [this.ev.evaluate(a, ctx.scope)];
      const arg = child(a, 'argument');
      return arg ? this.ev.spreadItems(this.ev.evaluate(arg, ctx.scope), rangeOf(a)) : [];
    });
    if (c.type === 'trust-of') {
      if (method !== 'addStatements') return false;
      const statements = args.map((a) => statementValue(a, rangeOf(call)));
      const region = this.roleRegions.get(c.role[0]);
      const straight = region?.region === ctx.region;
      this.builder.addTrustStatements(c.role, statements, { what, range, ...(straight ? {} : { notFollowed: ctx.region?.reason ?? 'elsewhere' }) });
      return true;
    }
    const effect = c.type === 'statement' ? statementMethod(c.json, method, args, range) : documentMethod(c.json, method, args, range);
    if (effect.kind === 'none') return true;
    this.builder.changed(c.json, what, range);
    if (effect.kind === 'unmodelled') markUnfollowed(c.json, { kind: 'unresolved', expression: what, reason: effect.reason, range });
    else changeBy(c.json, ctx.region, what, range, effect.apply);
    return true;
  }

  private walk(node: EsNode, ctx: WalkContext): void {
    if (TYPE_ONLY.test(node.type)) return;
    switch (node.type) {
      case 'BlockStatement':
      case 'StaticBlock': {
        const scope = new Scope(ctx.scope);
        const body = children(node, 'body');
        hoist(body, scope, this.ev);
        for (const s of body) this.walk(s, { ...ctx, scope });
        return;
      }
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        this.walkFunction(node, ctx, undefined, keyName(child(node, 'id')) ?? 'a function');
        return;
      case 'ExpressionStatement':
        this.statement(node, ctx);
        break;
      case 'IfStatement':
      case 'SwitchStatement':
      case 'TryStatement':
      case 'ConditionalExpression':
      case 'LogicalExpression': {
        const inner = { ...ctx, region: { scope: ctx.scope, reason: `in a branch (line ${String(this.line(node))})` } };
        for (const c of childNodes(node)) this.walk(c, inner);
        return;
      }
      case 'ForStatement':
      case 'ForOfStatement':
      case 'ForInStatement':
      case 'WhileStatement':
      case 'DoWhileStatement': {
        const inner = { ...ctx, region: { scope: ctx.scope, reason: `in a loop (line ${String(this.line(node))})` } };
        for (const c of childNodes(node)) this.walk(c, inner);
        return;
      }
      case 'ClassDeclaration':
      case 'ClassExpression':
        this.walkClass(node, ctx);
        return;
      case 'NewExpression':
        this.construction(node, ctx);
        break;
      case 'CallExpression':
        if (child(node, 'callee')?.type === 'Super') this.superCall(node, ctx);
        break;
      case 'AssignmentExpression':
        this.thisAssignment(node, ctx);
        break;
    }
    for (const c of childNodes(node)) this.walk(c, ctx);
  }

  private walkFunction(fn: EsNode, ctx: WalkContext, args: CValue[] | undefined, name: string): void {
    const arrow = fn.type === 'ArrowFunctionExpression';
    const scope = new Scope(ctx.scope, arrow ? ctx.scope.self : ctx.scope.self?.kind === 'this' ? ctx.scope.self : undefined);
    children(fn, 'params').forEach((param, i) => {
      const range = rangeOf(param);
      bindPattern(param, () => args?.[i] ?? unknown(paramName(param, i), `a parameter of ${name}, set by its caller`, range), scope, this.ev);
    });
    const body = child(fn, 'body');
    if (!body) return;
    const where = name === 'a function' ? `the function at line ${String(this.line(fn))}` : name;
    const inner = { ...ctx, scope, region: { scope: ctx.scope, reason: `inside ${where}, whose calls trustlint does not follow` } };
    if (body.type === 'BlockStatement') {
      const statements = children(body, 'body');
      hoist(statements, scope, this.ev);
      for (const s of statements) this.walk(s, inner);
    } else {
      this.walk(body, inner);
    }
  }

  private walkClass(node: EsNode, ctx: WalkContext): void {
    const name = keyName(child(node, 'id'));
    const bound = name !== undefined ? ctx.scope.lookup(name, rangeOf(node)) : undefined;
    const info = bound?.kind === 'class' && bound.info.node === node ? bound.info : classInfo(node, ctx.scope);
    const superValue = info.superClass ? this.ev.evaluate(info.superClass, ctx.scope) : undefined;
    const cls = { info, superName: superValue ? recognisedName(superValue) : undefined };
    const uses = ctx.scope === this.moduleScope ? (this.instantiations.get(info.name) ?? []) : [];
    const variants = uses.length > 0 ? uses.map((u) => this.variantOf(info, u)) : [{ args: undefined, label: undefined }];
    let frame: ThisFrame = { info, members: new Map() };
    for (const v of variants) {
      frame = { info, members: new Map() };
      const self: CValue = { kind: 'this', frame, range: rangeOf(node) };
      const scope = new Scope(ctx.scope, self);
      const inner: WalkContext = { scope, cls, ...(v.label !== undefined ? { variant: v.label } : {}) };
      for (const [field, value] of info.fields) {
        frame.members.set(field, memo(() => this.ev.evaluate(value, scope)));
        this.walk(value, inner);
      }
      if (info.constructorNode) this.walkFunction(info.constructorNode, inner, v.args, `the ${info.name} constructor`);
    }
    // Methods see the fields and `this.x` assignments of the (last) constructor walk.
    const self: CValue = { kind: 'this', frame, range: rangeOf(node) };
    for (const [method, fn] of [...info.instanceMethods, ...info.staticMembers]) {
      if (fn.type === 'FunctionExpression' || fn.type === 'ArrowFunctionExpression') {
        this.walkFunction(fn, { scope: new Scope(ctx.scope, self), cls }, undefined, `${info.name}.${method}`);
      }
    }
  }

  private variantOf(info: ClassInfo, use: { args: EsNode[]; range: readonly [number, number] }): { args: CValue[]; label: string } {
    const line = this.ev.text.slice(0, use.range[0]).split('\n').length;
    return { args: use.args.map((a) => this.ev.evaluate(a, this.moduleScope)), label: `with the props of new ${info.name}(…) at line ${String(line)}` };
  }

  private construction(node: EsNode, ctx: WalkContext): void {
    const callee = child(node, 'callee');
    if (!callee) return;
    const className = recognisedName(this.ev.evaluate(callee, ctx.scope));
    if (className === undefined || !RESOURCE_CLASSES.has(className)) return;
    const args = children(node, 'arguments').map((a) => this.ev.evaluate(a, ctx.scope));
    const id = literalText(args[1]);
    this.roleRegions.set(rangeOf(node)[0], { region: ctx.region });
    this.builder.add({
      className,
      args,
      range: rangeOf(node),
      resource: `${this.ev.source(callee)}${id !== undefined ? ` "${id}"` : ''}`,
      ...(ctx.variant !== undefined ? { variant: ctx.variant } : {}),
    });
  }

  private superCall(node: EsNode, ctx: WalkContext): void {
    const superName = ctx.cls?.superName;
    if (!ctx.cls || superName === undefined || !RESOURCE_CLASSES.has(superName)) return;
    const args = children(node, 'arguments').map((a) => this.ev.evaluate(a, ctx.scope));
    this.builder.add({
      className: superName,
      args,
      range: rangeOf(node),
      resource: `${ctx.cls.info.name} (extends ${superName})`,
      ...(ctx.variant !== undefined ? { variant: ctx.variant } : {}),
    });
  }

  /** `this.x = value` in a constructor: later reads of `this.x` see the value. */
  private thisAssignment(node: EsNode, ctx: WalkContext): void {
    const left = child(node, 'left');
    const right = child(node, 'right');
    const self = ctx.scope.self;
    if (!left || !right || self?.kind !== 'this' || left.type !== 'MemberExpression') return;
    if (unwrap(child(left, 'object') ?? left).type !== 'ThisExpression') return;
    const key = keyName(child(left, 'property'), (left as unknown as { computed?: unknown }).computed === true);
    if (key === undefined) return;
    const scope = ctx.scope;
    self.frame.members.set(key, memo(() => this.ev.evaluate(right, scope)));
  }
}

function paramName(param: EsNode, index: number): string {
  const p = unwrap(param);
  if (p.type === 'Identifier') return keyName(p) ?? `argument ${String(index + 1)}`;
  const inner = p.type === 'AssignmentPattern' ? child(p, 'left') : p.type === 'TSParameterProperty' ? child(p, 'parameter') : undefined;
  if (inner) return paramName(inner, index);
  return `argument ${String(index + 1)}`;
}

/** Computed once; a value that reads itself while being computed is unresolved. */
function memo(compute: () => CValue): () => CValue {
  let value: CValue | undefined;
  let busy = false;
  return () => {
    if (value) return value;
    if (busy) return unknown('this', 'a property whose value depends on itself', [0, 0]);
    busy = true;
    value = compute();
    busy = false;
    return value;
  };
}
