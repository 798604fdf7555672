import type { Block, Range } from './ast.js';
import { sliceStr } from './functions-strings.js';
import type { CallInstance, TerraformModule } from './module.js';
import { renderPolicyDocument } from './policy-document.js';
import { Scope } from './scope.js';
import { EvalError, evalMarker, firstUnknown, StrBuilder, str, unk, type RefTarget, type Value } from './values.js';

export interface ResourceDecl {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  block: Block;
  /** `aws_iam_role.ci`, `data.aws_iam_policy_document.trust`. */
  address: string;
}

export interface ResourceInstance {
  decl: ResourceDecl;
  /** The for_each key, when known. */
  key?: string;
  address: string;
  /** Binds `each` and `count`. */
  scope: Scope;
  cache: Map<string, Value>;
}

type Namespace = 'var' | 'local' | 'data' | 'module' | 'path' | 'terraform' | 'resource-type' | 'data-type';

/** `var`, `local`, `data`, `data.TYPE`, a resource type, …: resolved one attribute at a time. */
export class NamespaceRef implements RefTarget {
  constructor(
    private readonly m: TerraformModule,
    private readonly ns: Namespace,
    private readonly type?: string,
  ) {}

  get describe(): string {
    return this.type ? `${this.ns === 'data-type' ? 'data.' : ''}${this.type}` : this.ns;
  }

  getAttr(name: string, r: Range): Value {
    const m = this.m;
    switch (this.ns) {
      case 'var':
        return m.varValue(name, r);
      case 'local':
        return m.localValue(name, r);
      case 'data':
        return { k: 'ref', ref: new NamespaceRef(m, 'data-type', name) };
      case 'module':
        return m.moduleCalls.has(name) ? { k: 'ref', ref: new ModuleCallRef(m, name) } : m.ev.unknown(r, `module ${name} is not called in this module`);
      case 'path':
        return str('.', r);
      case 'terraform':
        return name === 'workspace' ? str('default', r) : m.ev.unknown(r, `terraform.${name}`);
      case 'resource-type':
      case 'data-type': {
        const data = this.ns === 'data-type';
        const decl = m.resources.get(`${data ? 'data.' : ''}${this.type ?? ''}.${name}`);
        if (decl) return { k: 'ref', ref: new ResourceRef(m, decl) };
        if (data) return m.ev.unknown(r, this.type === 'terraform_remote_state' ? 'remote state' : 'data source');
        return m.ev.unknown(r, `${this.type ?? ''}.${name} is not declared in this module`);
      }
    }
  }

  index(): Value {
    throw new EvalError(`${this.describe} cannot be indexed`);
  }

  elements(): Value[] {
    throw new EvalError(`${this.describe} is not a collection`);
  }
}

/** `module.NAME`: a module call with all its instances (before `[0]` or `["key"]`). */
export class ModuleCallRef implements RefTarget {
  constructor(
    private readonly m: TerraformModule,
    private readonly name: string,
  ) {}

  get describe(): string {
    return `module.${this.name}`;
  }

  private repeated(): boolean {
    const b = this.m.moduleCalls.get(this.name);
    return b?.body.attributes.some((a) => a.name === 'for_each' || a.name === 'count') ?? false;
  }

  getAttr(name: string, r: Range): Value {
    const insts = this.m.callInstances(this.name);
    const only = insts[0];
    if (this.repeated() && only?.key !== undefined) throw new EvalError(`module.${this.name} has several instances: index it`);
    return callOutput(this.m, this.name, only, name, r);
  }

  index(key: Value, r: Range): Value {
    const insts = this.m.callInstances(this.name);
    const open = insts.find((i) => i.key === undefined);
    const u = firstUnknown(key);
    if (u !== undefined) return open ? { k: 'ref', ref: new ModuleInstanceRef(this.m, this.name, open) } : unk(u, r);
    const k = key.k === 'num' ? String(key.n) : this.m.ev.keyString(key);
    const found = insts.find((i) => i.key === k) ?? open;
    if (!found) throw new EvalError(`module.${this.name} has no instance "${k}"`);
    return { k: 'ref', ref: new ModuleInstanceRef(this.m, this.name, found) };
  }

  elements(): Value[] {
    return this.m.callInstances(this.name).map((i) => ({ k: 'ref', ref: new ModuleInstanceRef(this.m, this.name, i) }));
  }
}

/** One instance of a module call (`module.gha["a"]`): its outputs. */
export class ModuleInstanceRef implements RefTarget {
  constructor(
    private readonly m: TerraformModule,
    private readonly name: string,
    private readonly inst: CallInstance,
  ) {}

  get describe(): string {
    return this.inst.address;
  }

  getAttr(name: string, r: Range): Value {
    return callOutput(this.m, this.name, this.inst, name, r);
  }

  index(): Value {
    throw new EvalError(`${this.inst.address} cannot be indexed`);
  }

  elements(): Value[] {
    return [{ k: 'ref', ref: this }];
  }
}

/** An output of a module instance; unknown (saying why) when the module was not followed. */
function callOutput(m: TerraformModule, name: string, inst: CallInstance | undefined, output: string, r: Range): Value {
  if (inst?.module) return inst.module.outputValue(output, r);
  const why = m.sources.loader?.unfollowed(m, name) ?? `module ${name} is not followed`;
  const v = m.ev.unknown(r, `output of module ${name} (${output}): ${why}`);
  const info = v.k === 'unk' ? m.unknowns.get(v.id) : undefined;
  const call = m.moduleCalls.get(name);
  if (info && call) info.call = call.headerR;
  return v;
}

/** A resource with all its instances (`aws_iam_role.ci`, before `[0]` or `["key"]`). */
export class ResourceRef implements RefTarget {
  constructor(
    private readonly m: TerraformModule,
    private readonly decl: ResourceDecl,
  ) {}

  get describe(): string {
    return this.decl.address;
  }

  private hasForEach(): boolean {
    return this.decl.block.body.attributes.some((a) => a.name === 'for_each');
  }

  getAttr(name: string, r: Range): Value {
    const insts = this.m.instances(this.decl);
    const only = insts[0];
    if (!only || (this.hasForEach() && only.key !== undefined)) throw new EvalError(`${this.decl.address} has several instances: index it`);
    // Without an index Terraform needs count unset; the first instance stands in (legacy `x.*.y` too).
    return instanceAttr(this.m, only, name, r);
  }

  index(key: Value, r: Range): Value {
    const insts = this.m.instances(this.decl);
    if (!this.hasForEach()) {
      // count: the instance of that index when expanded, else the one standing for all.
      const n = key.k === 'num' ? String(key.n) : key.k === 'str' ? key.s : undefined;
      const found = insts.find((i) => i.key !== undefined && i.key === n) ?? insts[0];
      if (!found) throw new EvalError(`${this.decl.address} has no instance`);
      return this.m.instanceValue(found);
    }
    const open = insts.find((i) => i.key === undefined);
    const u = firstUnknown(key);
    if (u !== undefined) return open ? this.m.instanceValue(open) : unk(u, r);
    const k = this.m.ev.keyString(key);
    const found = insts.find((i) => i.key === k) ?? open;
    if (!found) throw new EvalError(`${this.decl.address} has no instance "${k}"`);
    return this.m.instanceValue(found);
  }

  elements(): Value[] {
    return this.m.instances(this.decl).map((i) => this.m.instanceValue(i));
  }
}

export class InstanceRef implements RefTarget {
  constructor(
    private readonly m: TerraformModule,
    private readonly inst: ResourceInstance,
  ) {}

  get describe(): string {
    return this.inst.address;
  }

  getAttr(name: string, r: Range): Value {
    return instanceAttr(this.m, this.inst, name, r);
  }

  index(): Value {
    throw new EvalError(`${this.inst.address} cannot be indexed`);
  }

  elements(): Value[] {
    return [this.m.instanceValue(this.inst)];
  }
}

/**
 * An attribute of a resource instance: a configured argument, a computed attribute we can derive
 * (an OIDC provider's ARN from its URL, a policy document's JSON), or an unknown.
 */
export function instanceAttr(m: TerraformModule, inst: ResourceInstance, name: string, r: Range): Value {
  const { mode, type } = inst.decl;
  const data = mode === 'data';
  if (type === 'aws_iam_openid_connect_provider' && (name === 'arn' || name === 'id')) {
    const configured = data ? m.argument(inst, 'arn') : undefined;
    return configured ?? providerArn(m, inst, r);
  }
  // IAM returns a provider's URL without the scheme, and that is what `.url` holds once created
  // (modules build condition keys from it: "${aws_iam_openid_connect_provider.x.url}:sub").
  if (type === 'aws_iam_openid_connect_provider' && name === 'url') {
    const url = m.argument(inst, 'url');
    return url?.k === 'str' && url.s.startsWith('https://') ? sliceStr(url, 8, url.s.length, r) : (url ?? m.ev.unknown(r, data ? 'data source' : 'the provider URL is not set'));
  }
  if (data && type === 'aws_iam_policy_document' && (name === 'json' || name === 'minified_json')) {
    return renderPolicyDocument(m, inst);
  }
  if (data && type === 'template_file' && name === 'rendered') return renderTemplateFile(m, inst, r);
  if (!data && (type === 'aws_iam_role' || type === 'aws_iam_user')) {
    if (name === 'arn') return namedArn(m, inst, type === 'aws_iam_role' ? 'role' : 'user', r);
    if (name === 'id') return m.argument(inst, 'name') ?? m.ev.unknown(r, 'generated name, known only after apply');
  }
  const arg = m.argument(inst, name);
  if (arg) return arg;
  if (data) return m.ev.unknown(r, type === 'terraform_remote_state' ? 'remote state' : 'data source');
  return m.ev.unknown(r, 'resource attribute known only after apply');
}

/** `arn:aws:iam::<account>:oidc-provider/<host[/path]>` of a provider, from its URL. */
function providerArn(m: TerraformModule, inst: ResourceInstance, r: Range): Value {
  const url = m.argument(inst, 'url');
  const b = new StrBuilder(m.budget, r);
  const account = m.unknowns.add(m.text(r), 'the account id in the provider ARN is known only after apply', r);
  b.text('arn:aws:iam::', r);
  b.text(evalMarker(account), r);
  b.text(':oidc-provider/', r);
  if (url?.k === 'str') b.value(sliceStr(url, url.s.startsWith('https://') ? 8 : 0, url.s.length, r));
  else if (url?.k === 'unk') b.text(evalMarker(url.id), r);
  else b.text(evalMarker(m.unknowns.add(m.text(r), 'the provider URL could not be resolved', r)), r);
  return b.build(r);
}

/** `arn:aws:iam::<account>:role/<path><name>` (or user). */
function namedArn(m: TerraformModule, inst: ResourceInstance, kind: string, r: Range): Value {
  const name = m.argument(inst, 'name');
  const path = m.argument(inst, 'path');
  const b = new StrBuilder(m.budget, r);
  b.text('arn:aws:iam::', r);
  b.text(evalMarker(m.unknowns.add(m.text(r), 'the account id in the ARN is known only after apply', r)), r);
  b.text(`:${kind}`, r);
  if (path?.k === 'str') b.value(path);
  else b.text('/', r);
  if (name?.k === 'str') b.value(name);
  else b.text(evalMarker(name?.k === 'unk' ? name.id : m.unknowns.add(m.text(r), 'the name is generated at apply time', r)), r);
  return b.build(r);
}

/** The legacy `template_file` data source: its template rendered with its vars. */
function renderTemplateFile(m: TerraformModule, inst: ResourceInstance, r: Range): Value {
  const cached = inst.cache.get('rendered');
  if (cached) return cached;
  const template = m.argument(inst, 'template');
  const vars = m.argument(inst, 'vars');
  let v: Value;
  if (template?.k !== 'str') v = template?.k === 'unk' ? unk(template.id, r) : m.ev.unknown(r, 'template of template_file could not be resolved');
  else {
    const parts = m.parseTemplate(template);
    const bindings: Record<string, Value> = {};
    if (vars?.k === 'obj') for (const e of vars.entries) bindings[e.key] = e.value;
    v = parts ? m.evaluateTemplate(parts, template.loc ?? r, Scope.empty.child(bindings)) : m.ev.unknown(r, 'template does not parse');
  }
  inst.cache.set('rendered', v);
  return v;
}
