import { posix } from 'node:path';
import type { EvaluationBudget } from '../../budget.js';
import { lineStarts, positionAt, type SourceLocation, type Span } from '../../model/span.js';
import type { Attribute, Block, Body, Expr, Range, TemplatePart } from './ast.js';
import { attr } from './ast.js';
import { Evaluator } from './expressions.js';
import { parseExpressionAt, parseTemplateAt } from './parser.js';
import { InstanceRef, NamespaceRef, type ResourceDecl, type ResourceInstance } from './references.js';
import { Scope, siteOf, type EvalHost } from './scope.js';
import { EvalError, markersIn, obj, relocate, str, unk, Unknowns, valueSize, withProv, type Prov, type StrValue, type Value } from './values.js';

/** A variables file (terraform.tfvars, *.auto.tfvars, --var-file) with its assignments. */
export interface VarFile {
  file: string;
  attributes: Attribute[];
}

export interface ModuleSources {
  /** Module directory (path as the CLI gives it). */
  dir: string;
  /** Every text of the module by path: `.tf`, `.tf.json`, tfvars, and files for file()/templatefile(). */
  texts: Map<string, string>;
  /** The top-level bodies of the `.tf` and `.tf.json` files. */
  bodies: Body[];
  /** Auto-loaded variable files in Terraform's order, then `--var-file`s in command-line order. */
  varFiles: VarFile[];
  /** `--var name=value` (highest precedence). */
  cliVars: Record<string, string>;
  /** The module's evaluation budget. */
  budget: EvaluationBudget;
  /** Set when the module is evaluated through a `module` block of another module. */
  call?: ModuleCallContext;
  /** Every text of the tree of modules of a root module (values located in the modules it calls); `texts` otherwise. */
  allTexts?: ReadonlyMap<string, string>;
  /** Finds and instantiates the modules this one calls; absent: module outputs stay unknown. */
  loader?: ModuleLoader;
}

/** How a called module is bound to its caller. */
export interface ModuleCallContext {
  /** Terraform's address prefix of the instance: `module.gha.`, `module.gha["a"].`. */
  prefix: string;
  /** The caller's arguments by variable name, evaluated in the caller (lazily). */
  args: ReadonlyMap<string, () => Value>;
  /** Shared with the caller: values carry unknown ids across the call. */
  unknowns: Unknowns;
  /** Every text of the tree of modules (locations of caller values). */
  allTexts: ReadonlyMap<string, string>;
  /** The directories of the callers, the root first (a module that calls itself is not followed). */
  chain: readonly string[];
  /** The call's key in `.terraform/modules/modules.json`: the names of the calls from the root, joined by dots. */
  key: string;
}

/** One instance of a `module` block (one per count index or for_each key when known). */
export interface CallInstance {
  key?: string;
  /** `module.gha`, `module.gha["a"]` (with the caller's prefix). */
  address: string;
  /** Undefined when the module's source could not be followed. */
  module?: TerraformModule;
}

export interface ModuleLoader {
  /** The instances of `module "<name>"` of `caller`; a module not followed gives instances without module. */
  instances(caller: TerraformModule, name: string): CallInstance[];
  /** Why `module "<name>"` of `caller` could not be followed (for the unknown of its outputs). */
  unfollowed(caller: TerraformModule, name: string): string | undefined;
}

const COMPLEX_TYPE = /^\s*(list|set|map|object|tuple)\s*\(/;

/**
 * The (key, value) pairs of a for_each collection; undefined when unknown. Branches on an unknown
 * condition (`var.on ? local.repos : {}`) contribute every key they have.
 */
function forEachPairs(coll: Value): (readonly [string, Value])[] | undefined {
  switch (coll.k) {
    case 'obj':
      return coll.entries.map((e) => [e.key, e.value] as const);
    case 'list':
      return coll.items.flatMap((i) => (i.k === 'str' ? [[i.s, i] as const] : []));
    case 'alt': {
      const all = coll.options.map(forEachPairs);
      if (all.some((p) => p === undefined)) return undefined;
      const byKey = new Map<string, Value>();
      for (const p of all) for (const [k, v] of p ?? []) if (!byKey.has(k)) byKey.set(k, v);
      return [...byKey];
    }
    default:
      return undefined;
  }
}

export function normalizePath(p: string): string {
  return posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, '');
}

/** One Terraform module being evaluated: declarations, variable values, lazily evaluated locals. */
export class TerraformModule implements EvalHost {
  readonly unknowns: Unknowns;
  readonly ev: Evaluator;
  /** Terraform's address prefix of this module instance ('' for the root module). */
  readonly prefix: string;
  readonly outputs = new Map<string, Block>();
  readonly variables = new Map<string, Block>();
  readonly locals = new Map<string, Attribute>();
  readonly resources = new Map<string, ResourceDecl>();
  readonly moduleCalls = new Map<string, Block>();
  /** Problems met while evaluating that are no syntax errors (an unresolvable source policy, …). */
  readonly notes: { r: Range; message: string }[] = [];
  /** What Terraform itself would reject (input-error): an argument a block does not have, a required one null. */
  readonly problems: { r: Range; message: string; resource: string }[] = [];
  private readonly starts = new Map<string, number[]>();
  private readonly byPath = new Map<string, string>();
  private readonly localCache = new Map<string, Value>();
  private readonly localBusy = new Set<string>();
  private readonly varCache = new Map<string, Value | null>();
  private readonly varBusy = new Set<string>();
  private readonly instanceCache = new Map<ResourceDecl, ResourceInstance[]>();
  /** Parsed template files by where their text starts: templatefile() in a loop parses each once. */
  private readonly templateCache = new Map<string, TemplatePart[] | undefined>();

  private readonly outputCache = new Map<string, Value>();
  private readonly outputBusy = new Set<string>();
  private readonly callCache = new Map<string, CallInstance[]>();
  private readonly allTexts: ReadonlyMap<string, string>;

  constructor(readonly sources: ModuleSources) {
    this.unknowns = sources.call?.unknowns ?? new Unknowns();
    this.prefix = sources.call?.prefix ?? '';
    this.allTexts = sources.call?.allTexts ?? sources.allTexts ?? sources.texts;
    this.ev = new Evaluator(this);
    for (const file of sources.texts.keys()) this.byPath.set(normalizePath(file), file);
    for (const body of sources.bodies) this.declare(body);
  }

  private declare(body: Body): void {
    for (const b of body.blocks) {
      const [a, c] = b.labels;
      if (b.type === 'variable' && a !== undefined) this.variables.set(a, b);
      else if (b.type === 'locals') for (const at of b.body.attributes) this.locals.set(at.name, at);
      else if (b.type === 'module' && a !== undefined) this.moduleCalls.set(a, b);
      else if (b.type === 'output' && a !== undefined) this.outputs.set(a, b);
      else if ((b.type === 'resource' || b.type === 'data') && a !== undefined && c !== undefined) {
        const mode = b.type === 'data' ? 'data' : 'managed';
        const address = `${mode === 'data' ? 'data.' : ''}${a}.${c}`;
        this.resources.set(address, { mode, type: a, name: c, block: b, address: `${this.prefix}${address}` });
      }
    }
  }

  // ---- EvalHost ----

  text(r: Range): string {
    return this.allTexts.get(r.file)?.slice(r.start, r.end) ?? '';
  }

  /** The whole text of a file of the module tree ('' when unknown). */
  fullText(file: string): string {
    return this.allTexts.get(file) ?? '';
  }

  get budget(): EvaluationBudget {
    return this.sources.budget;
  }

  step(r: Range): void {
    this.sources.budget.step(siteOf(r));
  }

  produced<V extends Value>(v: V, r: Range): V {
    this.sources.budget.grow(valueSize(v), siteOf(r));
    return v;
  }

  root(name: string, r: Range): Value {
    switch (name) {
      case 'var':
      case 'local':
      case 'data':
      case 'module':
      case 'path':
      case 'terraform':
        return { k: 'ref', ref: new NamespaceRef(this, name) };
      case 'each':
      case 'count':
      case 'self':
        return this.ev.unknown(r, `${name} is not available here`);
      default:
        return { k: 'ref', ref: new NamespaceRef(this, 'resource-type', name) };
    }
  }

  readFile(path: string): StrValue | undefined {
    const wanted = [normalizePath(posix.join(this.sources.dir.replace(/\\/g, '/'), path)), normalizePath(path)];
    for (const w of wanted) {
      const file = this.byPath.get(w);
      const text = file === undefined ? undefined : this.sources.texts.get(file);
      if (file !== undefined && text !== undefined) {
        const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        const offset = text.length - content.length;
        return str(content, { file, start: offset, end: text.length }, true);
      }
    }
    return undefined;
  }

  parseTemplate(s: StrValue): TemplatePart[] | undefined {
    const seg = s.segs[0];
    const exact = s.segs.length === 1 && seg?.exact && seg.loc && seg.start === 0 && seg.end === s.s.length ? seg.loc : undefined;
    const file = exact?.file ?? s.loc?.file ?? '';
    const start = exact?.start ?? s.loc?.start ?? 0;
    // A file's text is parsed once; a built string is parsed each time (it may differ).
    const key = exact ? `${file}:${start}` : undefined;
    if (key !== undefined && this.templateCache.has(key)) return this.templateCache.get(key);
    const parts = parseTemplateAt(file, s.s, start, this.sources.budget);
    if (key !== undefined) this.templateCache.set(key, parts);
    return parts;
  }

  // ---- locations ----

  span(r: Range): Span {
    let starts = this.starts.get(r.file);
    if (!starts) {
      starts = lineStarts(this.allTexts.get(r.file) ?? '');
      this.starts.set(r.file, starts);
    }
    return { start: positionAt(starts, r.start), end: positionAt(starts, r.end) };
  }

  location(r: Range): SourceLocation {
    return { file: r.file, span: this.span(r) };
  }

  // ---- evaluation helpers ----

  /** Evaluates an expression; a Terraform error makes the value unknown (with the error as reason). */
  evaluate(e: Expr, scope: Scope = Scope.empty): Value {
    try {
      return this.ev.eval(e, scope);
    } catch (err) {
      if (err instanceof EvalError) return this.ev.unknown(e.r, `evaluation error: ${err.message}`);
      throw err;
    }
  }

  evaluateTemplate(parts: TemplatePart[], r: Range, scope: Scope): Value {
    try {
      return this.ev.template(parts, r, scope);
    } catch (err) {
      if (err instanceof EvalError) return this.ev.unknown(r, `evaluation error: ${err.message}`);
      throw err;
    }
  }

  addNote(r: Range, message: string): void {
    if (!this.notes.some((n) => n.message === message && n.r.start === r.start && n.r.file === r.file)) this.notes.push({ r, message });
  }

  addProblem(r: Range, message: string, resource: string): void {
    if (!this.problems.some((n) => n.message === message && n.r.start === r.start && n.r.file === r.file)) this.problems.push({ r, message, resource });
  }

  localValue(name: string, r: Range): Value {
    const cached = this.localCache.get(name);
    if (cached) return cached;
    const a = this.locals.get(name);
    if (!a) return this.ev.unknown(r, `local.${name} is not defined in this module`);
    if (this.localBusy.has(name)) return this.ev.unknown(r, `local.${name} refers to itself`);
    this.localBusy.add(name);
    try {
      const prov: Prov = { kind: 'terraform-local', name, loc: a.expr.r };
      const v = withProv(this.evaluate(a.expr), prov, this.budget);
      this.localCache.set(name, v);
      return v;
    } finally {
      this.localBusy.delete(name);
    }
  }

  /** A variable's value by Terraform's precedence: --var, --var-file, auto tfvars (later wins), default. */
  varValue(name: string, r: Range): Value {
    let v = this.varCache.get(name);
    if (v === undefined) {
      // Terraform allows no references in a default or a tfvars value; one that reads the variable
      // itself would recurse forever here.
      if (this.varBusy.has(name)) return this.ev.unknown(r, `the value of variable ${name} refers to itself`);
      this.varBusy.add(name);
      try {
        v = this.resolveVar(name);
      } finally {
        this.varBusy.delete(name);
      }
      this.varCache.set(name, v);
    }
    if (v) return v;
    const declared = this.variables.has(name);
    const reason = declared ? `variable ${name} has no default or value` : `variable ${name} is not declared in this module`;
    return unk(this.unknowns.add(this.text(r), reason, r, declared ? { assumedSet: true } : {}), r);
  }

  private resolveVar(name: string): Value | null {
    const decl = this.variables.get(name);
    const call = this.sources.call;
    if (call) {
      // A called module's variables come from the call's arguments, else their defaults; tfvars
      // and --var belong to the root module only (Terraform reads them nowhere else).
      const arg = call.args.get(name);
      if (arg) {
        const at = decl?.headerR ?? { file: '', start: 0, end: 0 };
        return withProv(arg(), { kind: 'module-argument', name, module: call.prefix.replace(/\.$/, ''), loc: at }, this.budget);
      }
      const def = decl ? attr(decl.body, 'default') : undefined;
      return def ? withProv(this.evaluate(def.expr), { kind: 'variable-default', name, loc: def.expr.r }, this.budget) : null;
    }
    const cli = this.sources.cliVars[name];
    if (cli !== undefined) return this.cliValue(name, cli, decl);
    for (const vf of [...this.sources.varFiles].reverse()) {
      const a = vf.attributes.findLast((x) => x.name === name);
      if (a) return withProv(this.evaluate(a.expr), { kind: 'tfvars', name, loc: a.expr.r }, this.budget);
    }
    const def = decl ? attr(decl.body, 'default') : undefined;
    if (def) return withProv(this.evaluate(def.expr), { kind: 'variable-default', name, loc: def.expr.r }, this.budget);
    return null;
  }

  /** `--var`: a string for primitive types, an HCL expression for complex ones; located at the declaration. */
  private cliValue(name: string, text: string, decl: Block | undefined): Value {
    const at = decl?.headerR ?? { file: '', start: 0, end: 0 };
    const typeAttr = decl ? attr(decl.body, 'type') : undefined;
    const typeText = typeAttr ? this.text(typeAttr.expr.r) : '';
    if (!COMPLEX_TYPE.test(typeText) && !COMPLEX_TYPE.test(typeText.replace(/^"|"$/g, ''))) return str(text, at);
    const e = parseExpressionAt('', text, 0, this.sources.budget);
    if (!e) return this.ev.unknown(at, `--var ${name} is not a valid expression`);
    return relocate(this.evaluate(e), at, this.budget);
  }

  // ---- module calls ----

  /** The instances of `module "<name>"` (evaluated through the loader), cached. */
  callInstances(name: string): CallInstance[] {
    let c = this.callCache.get(name);
    if (!c) {
      c = this.sources.loader?.instances(this, name) ?? [];
      this.callCache.set(name, c);
    }
    return c;
  }

  /** Every instance of every module this one calls (built once each). */
  allCallInstances(): CallInstance[] {
    return [...this.moduleCalls.keys()].flatMap((n) => this.callInstances(n));
  }

  /** The value of `output "<name>"` of this module. */
  outputValue(name: string, r: Range): Value {
    const cached = this.outputCache.get(name);
    if (cached) return cached;
    const b = this.outputs.get(name);
    const value = b ? attr(b.body, 'value') : undefined;
    if (!value) return this.ev.unknown(r, `the module at ${this.sources.dir || '.'} has no output ${name}`);
    if (this.outputBusy.has(name)) return this.ev.unknown(r, `output ${name} refers to itself`);
    this.outputBusy.add(name);
    try {
      const v = this.evaluate(value.expr);
      this.outputCache.set(name, v);
      return v;
    } finally {
      this.outputBusy.delete(name);
    }
  }

  // ---- resources ----

  /**
   * The instances of a resource: one per for_each key or count index when known, else one that
   * stands for all (also when count is 0 in a root module: its defaults may disable what callers
   * enable; a module evaluated through a call with a count of 0 has none).
   */
  instances(decl: ResourceDecl): ResourceInstance[] {
    const cached = this.instanceCache.get(decl);
    if (cached) return cached;
    const out: ResourceInstance[] = [];
    const forEach = attr(decl.block.body, 'for_each');
    const count = attr(decl.block.body, 'count');
    const make = (key: string | undefined, each: Value | undefined, index: number, address: string): ResourceInstance => {
      const vars: Record<string, Value> = { count: obj([{ key: 'index', value: { k: 'num', n: index, text: String(index) } }]) };
      if (each) vars.each = each;
      return { decl, key, address, scope: Scope.empty.child(vars), cache: new Map() };
    };
    if (forEach) {
      const coll = this.evaluate(forEach.expr);
      const pairs = forEachPairs(coll);
      if (pairs && pairs.every(([k]) => markersIn(k).length === 0)) {
        this.sources.budget.expand(pairs.length, siteOf(forEach.expr.r));
        for (const [k, v] of pairs) {
          const each = obj([
            { key: 'key', value: str(k, forEach.expr.r) },
            { key: 'value', value: v },
          ]);
          out.push(make(k, each, 0, `${decl.address}[${JSON.stringify(k)}]`));
        }
      } else {
        const id = coll.k === 'unk' ? coll.id : this.unknowns.add(this.text(forEach.expr.r), 'for_each over a value that is not known statically', forEach.expr.r);
        const u = unk(id, forEach.expr.r);
        out.push(make(undefined, obj([{ key: 'key', value: u }, { key: 'value', value: u }]), 0, decl.address));
      }
    } else {
      const c = count ? this.evaluate(count.expr) : undefined;
      const n = c?.k === 'num' && Number.isInteger(c.n) ? c.n : 0;
      // Every instance is expanded and analysed; the budget's instance cap stops a count that is an attack.
      if (count && n >= 1) this.sources.budget.expand(n, siteOf(count.expr.r));
      if (n >= 1) for (let i = 0; i < n; i++) out.push(make(String(i), undefined, i, `${decl.address}[${i}]`));
      // Through a call the arguments are the caller's: a count of 0 there builds nothing (Terraform
      // creates no instance); a root module's 0 may be a default its users override.
      else if (!(this.sources.call && c?.k === 'num' && c.n === 0)) out.push(make(undefined, undefined, 0, decl.address));
    }
    this.instanceCache.set(decl, out);
    return out;
  }

  /** A configured argument of a resource instance (evaluated in its scope), or undefined when not set. */
  argument(inst: ResourceInstance, name: string): Value | undefined {
    const a = attr(inst.decl.block.body, name);
    if (!a) return undefined;
    const cached = inst.cache.get(`arg:${name}`);
    if (cached) return cached;
    const v = this.evaluate(a.expr, inst.scope);
    inst.cache.set(`arg:${name}`, v);
    return v;
  }

  instanceValue(inst: ResourceInstance): Value {
    return { k: 'ref', ref: new InstanceRef(this, inst) };
  }
}
