import { appendAll } from '../../arrays.js';
import { limitError, limitFinding } from '../../budget.js';
import type { AccessKeyDocument, ModelDocument, OidcProviderDocument, TrustPolicyDocument } from '../../model/document.js';
import type { Finding } from '../../model/finding.js';
import { toJson, type PolicyObject } from '../../model/policy.js';
import type { Range } from './ast.js';
import { attr } from './ast.js';
import { Chooser, describeSite, enumerateChoices } from './choices.js';
import { decodeJson, JsonDecodeError } from './json-values.js';
import type { TerraformModule } from './module.js';
import { renderPolicyDocument } from './policy-document.js';
import { PolicyTreeBuilder } from './policy-tree.js';
import type { ResourceDecl, ResourceInstance } from './references.js';
import { siteOf } from './scope.js';
import { EvalError, evalMarker, firstUnknown, getEntry, markersIn, type Value } from './values.js';

interface PolicyVariant {
  value: Value;
  label?: string;
}

const TRUST_ACTION = /^(\*|sts:\*|sts:assumerole.*)$/i;

/** Builds the model documents of a module: roles' trust policies, OIDC providers, access keys. */
export class DocumentBuilder {
  readonly documents: ModelDocument[] = [];
  readonly findings: Finding[] = [];
  /**
   * @param usedDocuments Policy documents that some role uses (directly or as a source document),
   * shared by the whole tree of modules: a document a module outputs and its caller's role uses is
   * that role's, not a standalone one.
   */
  constructor(
    private readonly m: TerraformModule,
    private readonly usedDocuments = new Set<string>(),
    private readonly root?: DocumentBuilder,
  ) {}

  private decls(mode: 'managed' | 'data', type: string): ResourceDecl[] {
    return [...this.m.resources.values()].filter((d) => d.mode === mode && d.type === type);
  }

  private own: string | undefined;

  /** The resource being built (where a crossed cap of the budget is reported). */
  get current(): string | undefined {
    return this.own;
  }

  private set current(address: string | undefined) {
    this.own = address;
    if (this.root) this.root.own = address;
  }

  /**
   * Builds every document of this module and of the modules it calls (each instance of a call);
   * a crossed cap of the budget stops the build (the caller reports it).
   */
  build(): void {
    const all: DocumentBuilder[] = [];
    try {
      this.buildOwn(all);
      for (const b of all) b.buildStandalone();
      this.current = undefined;
    } finally {
      const seen = new Set<string>();
      // A call already reported as what a trust policy could not be resolved from is not reported again.
      const unresolvedAt = new Set(all.flatMap((b) => b.findings.filter((f) => f.ruleId === 'oidc-unresolved' && f.location).map((f) => JSON.stringify(f.location))));
      for (const b of all) {
        for (const n of b.m.notes) {
          // A module called twice says the same thing about its own text once.
          const key = `${n.r.file}:${n.r.start}:${n.message}`;
          if (seen.has(key) || unresolvedAt.has(JSON.stringify(this.m.location(n.r)))) continue;
          seen.add(key);
          this.findings.push({ ruleId: 'oidc-unresolved', severity: 'warning', message: n.message, location: this.m.location(n.r) });
        }
        for (const p of b.m.problems) {
          // Once per place, whichever instance of a module met it.
          const key = `problem:${p.r.file}:${p.r.start}:${p.message.replace(p.resource, '')}`;
          if (seen.has(key)) continue;
          seen.add(key);
          this.findings.push({ ruleId: 'input-error', severity: 'error', message: p.message, location: this.m.location(p.r), resource: p.resource });
        }
        if (b === this) continue;
        appendAll(this.documents, b.documents);
        appendAll(this.findings, b.findings);
      }
    }
  }

  private buildOwn(all: DocumentBuilder[]): void {
    all.push(this);
    for (const decl of this.decls('managed', 'aws_iam_role')) this.each(decl, (inst) => { this.role(inst); });
    for (const decl of this.decls('managed', 'aws_iam_openid_connect_provider')) this.each(decl, (inst) => { this.provider(inst); });
    for (const decl of this.decls('managed', 'aws_iam_access_key')) this.each(decl, (inst) => { this.accessKey(inst); });
    for (const call of this.m.allCallInstances()) {
      if (!call.module) continue;
      const child = new DocumentBuilder(call.module, this.usedDocuments, this.root ?? this);
      child.buildOwn(all);
    }
  }

  private buildStandalone(): void {
    for (const decl of this.decls('data', 'aws_iam_policy_document')) {
      this.each(decl, (inst) => {
        if (!this.usedDocuments.has(inst.address)) this.standalone(inst);
      });
    }
  }

  private each(decl: ResourceDecl, build: (inst: ResourceInstance) => void): void {
    this.current = decl.address;
    for (const inst of this.m.instances(decl)) {
      this.current = inst.address;
      build(inst);
    }
  }

  private role(inst: ResourceInstance): void {
    const a = attr(inst.decl.block.body, 'assume_role_policy');
    if (!a) return;
    const value = this.m.argument(inst, 'assume_role_policy');
    if (!value) return;
    const name = this.m.argument(inst, 'name');
    const roleName = name?.k === 'str' && markersIn(name.s).length === 0 ? name.s : undefined;
    this.trustDocuments(value, inst.address, a.expr.r, roleName);
  }

  /**
   * Every rendering of a trust policy value (branches, provider variants) as documents, at most the
   * budget's variant cap of them; the renderings left out are reported.
   */
  private trustDocuments(value: Value, resource: string, at: Range, roleName: string | undefined): void {
    const cap = this.m.budget.limits.variants;
    const variants = this.variants(value, resource, at);
    let truncated = value.k === 'str' && value.json?.truncated === true;
    const seen: string[] = [];
    for (const v of variants) {
      const docFile = v.value.loc?.file ?? at.file;
      const rendered = enumerateChoices(cap, (ch: Chooser) => new PolicyTreeBuilder(this.m, docFile, ch).node(v.value, at));
      truncated ||= rendered.truncated;
      const { renderings } = rendered;
      for (const rd of renderings) {
        if (rd.value.type !== 'object') {
          this.findings.push({ ruleId: 'parse-error', severity: 'error', message: `the trust policy of ${resource} is not a JSON object`, location: this.m.location(v.value.loc ?? at), resource });
          continue;
        }
        const key = JSON.stringify(toJson(rd.value));
        if (seen.includes(key)) continue;
        if (seen.length >= cap) {
          truncated = true;
          break;
        }
        seen.push(key);
        const label = [v.label, renderings.length > 1 ? rd.label : undefined].filter((l): l is string => !!l).join('; ');
        const doc = this.trustDocument(rd.value, docFile, resource, roleName, label);
        this.documents.push(docFile !== at.file ? { ...doc, resourceFile: at.file } : doc);
      }
    }
    if (truncated) {
      const what = `the trust policy of ${resource} beyond its first ${cap} renderings`;
      const site = siteOf(at);
      const hint = 'pass --var to decide the conditionals on values not known statically';
      this.findings.push(limitFinding({ what, file: at.file, text: this.m.fullText(at.file), resource, hint }, limitError('variants', cap, site)));
    }
  }

  private trustDocument(root: PolicyObject, file: string, resource: string, roleName: string | undefined, variant: string): TrustPolicyDocument {
    return {
      kind: 'trust-policy',
      file,
      resource,
      ...(roleName !== undefined ? { roleName } : {}),
      ...(variant ? { variant } : {}),
      root,
      location: { file, span: root.span },
      sourceKind: 'terraform',
    };
  }

  /** The JSON documents a policy value stands for; unresolvable ones are reported. */
  private variants(value: Value, resource: string, at: Range): PolicyVariant[] {
    switch (value.k) {
      case 'alt':
        return value.options.flatMap((o, i) =>
          this.variants(o, resource, at).map((v) => ({ ...v, label: [`branch ${i + 1} of ${value.options.length} of ${describeSite(this.m, value.loc)}`, v.label].filter(Boolean).join('; ') })),
        );
      case 'str': {
        if (value.json) {
          for (const d of value.json.documents) this.usedDocuments.add(d);
          return value.json.variants.map((v) => ({ value: v.value, ...(v.label ? { label: v.label } : {}) }));
        }
        if (value.s.trim() === evalMarker(markersIn(value.s)[0] ?? -1)) return this.unresolved(firstUnknown(value), resource, at);
        if (value.s.trim() === '' && value.loc !== undefined && !within(value.loc, at)) return this.empty(value.loc, resource, at);
        try {
          return [{ value: decodeJson(value, this.m.budget) }];
        } catch (err) {
          if (!(err instanceof EvalError)) throw err;
          const loc = err instanceof JsonDecodeError && err.loc ? err.loc : at;
          this.findings.push({ ruleId: 'parse-error', severity: 'error', message: `the trust policy of ${resource} is not valid JSON: ${err.message}`, location: this.m.location(loc), resource });
          return [];
        }
      }
      case 'obj':
        return [{ value }];
      case 'unk':
        return this.unresolved(value.id, resource, at);
      default:
        return this.unresolved(undefined, resource, at);
    }
  }

  private unresolved(id: number | undefined, resource: string, at: Range): PolicyVariant[] {
    const info = id === undefined ? undefined : this.m.unknowns.get(id);
    const what = info ? `"${info.expression}" (${info.reason})` : `"${this.m.text(at)}"`;
    this.findings.push({
      ruleId: 'oidc-unresolved',
      severity: 'warning',
      message: `the trust policy of ${resource} could not be resolved statically: ${what}; it was not analysed. Check who can assume this role by hand.`,
      // A module call not followed is where the user can act (terraform init, or scan its folder).
      location: this.m.location(info?.call ?? at),
      resource,
      properties: { expression: info?.expression ?? this.m.text(at) },
    });
    return [];
  }

  /**
   * An empty policy computed elsewhere (a module output that is `""` when the module builds no
   * policy: `create ? data.x[0].json : ""`): with the values known, this configuration builds no trust
   * policy, and the AWS provider refuses an empty one at plan. That says the values are not the
   * ones it is deployed with (a root variable default left for the user to set), not that the
   * policy is malformed: unresolved at the role, with where the empty value comes from. An empty
   * string written at the argument itself stays a parse-error.
   */
  private empty(from: Range, resource: string, at: Range): PolicyVariant[] {
    this.findings.push({
      ruleId: 'oidc-unresolved',
      severity: 'warning',
      message: `the trust policy of ${resource} is empty with the values known (Terraform would refuse it): it was not analysed. Pass the values it is deployed with (--var, --var-file) to check it.`,
      location: this.m.location(at),
      resource,
      related: [{ location: this.m.location(from), message: 'the empty value comes from here' }],
      properties: { expression: this.m.text(at) },
    });
    return [];
  }

  /** A policy document no role uses, analysed on its own when it looks like a trust policy. */
  private standalone(inst: ResourceInstance): void {
    const json = renderPolicyDocument(this.m, inst);
    if (json.k !== 'str' || !json.json || !json.json.variants.some((v) => looksLikeTrust(v.value))) return;
    this.trustDocuments(json, inst.address, inst.decl.block.headerR, undefined);
  }

  private provider(inst: ResourceInstance): void {
    const block = inst.decl.block;
    const builder = new PolicyTreeBuilder(this.m, block.r.file, new Chooser());
    const urlAttr = attr(block.body, 'url');
    const url = this.m.argument(inst, 'url');
    const urlText = url?.k === 'str' ? builder.text(url.s, urlAttr?.expr.r ?? block.headerR).value : url?.k === 'unk' ? builder.text(evalMarker(url.id), block.headerR).value : '';
    const idsAttr = attr(block.body, 'client_id_list');
    const ids = this.m.argument(inst, 'client_id_list');
    let clientIds: OidcProviderDocument['clientIds'];
    if (!idsAttr) clientIds = [];
    else if (ids?.k === 'list') {
      clientIds = ids.items.map((i) => {
        const loc = i.loc ?? idsAttr.expr.r;
        const value = i.k === 'str' ? builder.text(i.s, loc).value : i.k === 'unk' ? builder.text(evalMarker(i.id), loc).value : '';
        return { value, location: this.m.location(loc) };
      });
      if (ids.items.some((i) => i.k !== 'str' && i.k !== 'unk')) clientIds = 'unresolved';
    } else clientIds = 'unresolved';
    // Written in a caller (a module argument, possibly through the caller's locals): not in this module's files.
    const fromCaller = this.m.sources.call && ids?.loc !== undefined && !this.m.sources.texts.has(ids.loc.file) ? ids.loc : undefined;
    const doc: OidcProviderDocument = {
      kind: 'oidc-provider',
      file: block.r.file,
      resource: inst.address,
      url: urlText,
      urlLocation: urlAttr ? this.m.location(urlAttr.expr.r) : null,
      clientIds,
      // A list a caller passed in is reported where it is written (the caller fixes it there), with the module's argument as related location.
      clientIdsLocation: this.m.location(fromCaller ?? (idsAttr ? idsAttr.expr.r : block.headerR)),
      ...(fromCaller && idsAttr ? { clientIdsRelated: [{ location: this.m.location(idsAttr.expr.r), message: `the client-id list of ${inst.address}` }] } : {}),
      location: this.m.location(block.r),
      sourceKind: 'terraform',
    };
    this.documents.push(doc);
  }

  private accessKey(inst: ResourceInstance): void {
    const block = inst.decl.block;
    const user = this.m.argument(inst, 'user');
    const userName = user?.k === 'str' && markersIn(user.s).length === 0 ? user.s : undefined;
    const doc: AccessKeyDocument = {
      kind: 'access-key',
      file: block.r.file,
      resource: inst.address,
      location: this.m.location(block.headerR),
      ...(userName !== undefined ? { userName } : {}),
      sourceKind: 'terraform',
    };
    this.documents.push(doc);
  }
}

/** Principals and an sts:AssumeRole* action in some statement: a trust policy, not a permission policy. */
export function looksLikeTrust(v: Value): boolean {
  if (v.k !== 'obj') return false;
  const st = getEntry(v, 'Statement')?.value;
  const statements = st?.k === 'list' ? st.items : st ? [st] : [];
  return statements.some((s) => {
    if (s.k !== 'obj') return false;
    if (!getEntry(s, 'Principal') && !getEntry(s, 'NotPrincipal')) return false;
    const action = getEntry(s, 'Action')?.value;
    const actions = action?.k === 'list' ? action.items : action ? [action] : [];
    return actions.some((a) => a.k === 'str' && TRUST_ACTION.test(a.s));
  });
}

/** Whether range `inner` lies inside `outer` (same file). */
function within(inner: Range, outer: Range): boolean {
  return inner.file === outer.file && inner.start >= outer.start && inner.end <= outer.end;
}
