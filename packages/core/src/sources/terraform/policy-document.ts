import { appendAll } from '../../arrays.js';
import type { Block, Body, Range } from './ast.js';
import { attr } from './ast.js';
import { Chooser, describeSite, enumerateChoices } from './choices.js';
import { decodeJson, encodeJson } from './json-values.js';
import type { TerraformModule } from './module.js';
import type { ResourceInstance } from './references.js';
import { siteOf, type Scope } from './scope.js';
import {
  EvalError,
  evalMarker,
  firstUnknown,
  getEntry,
  list,
  obj,
  orderedObj,
  str,
  valueEquals,
  type JsonVariant,
  type ObjEntry,
  type StrValue,
  type Value,
} from './values.js';

/**
 * `data "aws_iam_policy_document"` rendered to the JSON the AWS provider produces, with every node
 * located at the HCL that wrote it. Repeated condition blocks with the same test and variable render
 * differently in current and older providers (spec/domain.md trap 31): both renderings are kept.
 */

export const MERGED = 'current AWS provider: values of repeated condition blocks merged';
export const LAST = 'older AWS provider: the last of repeated condition blocks kept';

interface AttrVal {
  nameR: Range;
  r: Range;
  value: Value;
}

interface PrincipalModel {
  r: Range;
  header: Range;
  type?: AttrVal;
  identifiers?: AttrVal;
}

interface CondModel {
  r: Range;
  header: Range;
  test?: AttrVal;
  variable?: AttrVal;
  values?: AttrVal;
}

interface StmtModel {
  r: Range;
  header: Range;
  attrs: Map<string, AttrVal>;
  principals: PrincipalModel[];
  notPrincipals: PrincipalModel[];
  conditions: CondModel[];
}

interface DocModel {
  r: Range;
  header: Range;
  attrs: Map<string, AttrVal>;
  statements: StmtModel[];
}

interface Expanded {
  body: Body;
  scope: Scope;
  r: Range;
  header: Range;
}

interface BlockSchema {
  attributes: readonly string[];
  blocks: readonly string[];
  required: readonly string[];
}

/**
 * The aws_iam_policy_document schema (terraform-provider-aws, data source docs:
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document),
 * with Terraform's meta-arguments on the data block.
 */
const DOCUMENT_SCHEMA: BlockSchema = {
  attributes: ['version', 'policy_id', 'source_json', 'override_json', 'source_policy_documents', 'override_policy_documents', 'count', 'for_each', 'provider', 'depends_on'],
  blocks: ['statement', 'lifecycle'],
  required: [],
};
const STATEMENT_SCHEMA: BlockSchema = { attributes: ['sid', 'effect', 'actions', 'not_actions', 'resources', 'not_resources'], blocks: ['principals', 'not_principals', 'condition'], required: [] };
const PRINCIPALS_SCHEMA: BlockSchema = { attributes: ['type', 'identifiers'], blocks: [], required: ['type', 'identifiers'] };
const CONDITION_SCHEMA: BlockSchema = { attributes: ['test', 'variable', 'values'], blocks: [], required: ['test', 'variable', 'values'] };

class DocRenderer {
  /** Addresses of the policy documents that went in (this one and its source/override documents). */
  readonly documents = new Set<string>();

  constructor(
    private readonly m: TerraformModule,
    private readonly ch: Chooser,
  ) {}

  private attrs(body: Body, scope: Scope, names: readonly string[]): Map<string, AttrVal> {
    const out = new Map<string, AttrVal>();
    for (const name of names) {
      const a = attr(body, name);
      if (a) out.set(name, { nameR: a.nameR, r: a.expr.r, value: this.m.evaluate(a.expr, scope) });
    }
    return out;
  }

  /** A value where one is needed: a branch is chosen for conditionals on unknowns. */
  private one(v: Value): Value {
    let cur = v;
    while (cur.k === 'alt') {
      const alt = cur;
      const next = alt.options[this.ch.pick(alt, () => describeSite(this.m, alt.loc))];
      if (!next) break;
      cur = next;
    }
    return cur;
  }

  /** Static blocks of `type` and the expansions of `dynamic "type"`, in source order. */
  expand(body: Body, type: string, scope: Scope): Expanded[] {
    const out: Expanded[] = [];
    for (const b of body.blocks) {
      if (b.type === type) out.push({ body: b.body, scope, r: b.r, header: b.headerR });
      else if (b.type === 'dynamic' && b.labels[0] === type) appendAll(out, this.dynamic(b, type, scope));
    }
    return out;
  }

  private dynamic(b: Block, type: string, scope: Scope): Expanded[] {
    const content = b.body.blocks.find((x) => x.type === 'content');
    const forEach = attr(b.body, 'for_each');
    if (!content || !forEach) return [];
    const iterator = attr(b.body, 'iterator');
    const name = iterator?.expr.t === 'name' ? iterator.expr.name : type;
    const bind = (k: Value, v: Value): Expanded => ({
      body: content.body,
      scope: scope.child({ [name]: obj([{ key: 'key', value: k }, { key: 'value', value: v }]) }),
      r: content.r,
      header: b.headerR,
    });
    // A for_each that depends on an unknown (`length(var.x) > 0 ? [1] : []`) expands every block
    // that might exist: the analysis sees the statement or condition as if it were enabled.
    const coll = this.m.evaluate(forEach.expr, scope);
    const options = coll.k === 'alt' ? coll.options : [coll];
    const out: Expanded[] = [];
    const seen: Value[] = [];
    for (const option of options) {
      if (option.k === 'unk') {
        out.push(bind(option, option));
        continue;
      }
      try {
        const pairs = this.m.ev.iterate(option);
        this.m.budget.expand(pairs.length, siteOf(forEach.expr.r));
        for (const [k, v] of pairs) {
          if (seen.some((s) => valueEquals(s, v))) continue;
          seen.push(v);
          out.push(bind(k, v));
        }
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
        const u = this.m.ev.unknown(forEach.expr.r, `evaluation error: ${err.message}`);
        out.push(bind(u, u));
      }
    }
    return out;
  }

  /**
   * What Terraform itself rejects in an aws_iam_policy_document block (an argument or block the
   * schema does not have, a required argument missing or null): `terraform plan` fails, so the
   * roles built from it are never deployed as written. Each is an input-error at the argument.
   */
  private checkSchema(e: { body: Body; header: Range }, what: string, schema: BlockSchema, scope: Scope, address: string): void {
    for (const a of e.body.attributes) {
      if (schema.attributes.includes(a.name)) continue;
      const hint = schema.attributes.find((n) => n === `${a.name}s` || `${n}s` === a.name);
      this.m.addProblem(a.nameR, `Terraform rejects ${address}: "${a.name}" is not an argument of ${what}${hint ? ` (did you mean "${hint}"?)` : ''}; terraform plan fails, so the roles that use it are not deployed as written`, address);
    }
    for (const b of e.body.blocks) {
      if (schema.blocks.includes(b.type) || (b.type === 'dynamic' && b.labels[0] !== undefined && schema.blocks.includes(b.labels[0]))) continue;
      const name = b.type === 'dynamic' ? (b.labels[0] ?? 'dynamic') : b.type;
      const hint = schema.blocks.find((n) => n === `${name}s` || `${n}s` === name);
      this.m.addProblem(b.headerR, `Terraform rejects ${address}: a block "${name}" is not expected in ${what}${hint ? ` (did you mean "${hint}"?)` : ''}; terraform plan fails, so the roles that use it are not deployed as written`, address);
    }
    for (const name of schema.required) {
      const a = attr(e.body, name);
      if (!a) {
        this.m.addProblem(e.header, `Terraform rejects ${address}: the argument "${name}" of ${what} is required, but it is not set; terraform plan fails, so the roles that use it are not deployed as written`, address);
        continue;
      }
      // A null for a required argument is the same as leaving it out (Terraform's "The argument
      // is required, but no definition was found"): `values = var.x` with `default = null`.
      const v = this.m.evaluate(a.expr, scope);
      if (v.k === 'null') {
        this.m.addProblem(a.expr.r, `Terraform rejects ${address}: the argument "${name}" of ${what} is null, and it is required; terraform plan fails, so the roles that use it are not deployed as written`, address);
      }
    }
  }

  model(inst: ResourceInstance): DocModel {
    const { block } = inst.decl;
    this.checkSchema({ body: block.body, header: block.headerR }, 'data "aws_iam_policy_document"', DOCUMENT_SCHEMA, inst.scope, inst.address);
    for (const st of this.expand(block.body, 'statement', inst.scope)) {
      this.checkSchema(st, 'a statement block', STATEMENT_SCHEMA, st.scope, inst.address);
      for (const type of ['principals', 'not_principals']) {
        for (const p of this.expand(st.body, type, st.scope)) this.checkSchema(p, `a ${type} block`, PRINCIPALS_SCHEMA, p.scope, inst.address);
      }
      for (const c of this.expand(st.body, 'condition', st.scope)) this.checkSchema(c, 'a condition block', CONDITION_SCHEMA, c.scope, inst.address);
    }
    const statements = this.expand(block.body, 'statement', inst.scope).map((s) => this.statement(s));
    const attrs = this.attrs(block.body, inst.scope, ['version', 'policy_id', 'source_policy_documents', 'override_policy_documents', 'source_json', 'override_json']);
    return { r: block.r, header: block.headerR, attrs, statements };
  }

  private statement(s: Expanded): StmtModel {
    const attrs = this.attrs(s.body, s.scope, ['sid', 'effect', 'actions', 'not_actions', 'resources', 'not_resources']);
    const principal = (e: Expanded): PrincipalModel => {
      const a = this.attrs(e.body, e.scope, ['type', 'identifiers']);
      const type = a.get('type');
      const identifiers = a.get('identifiers');
      return { r: e.r, header: e.header, ...(type ? { type } : {}), ...(identifiers ? { identifiers } : {}) };
    };
    const conditions = this.expand(s.body, 'condition', s.scope).map((e): CondModel => {
      const a = this.attrs(e.body, e.scope, ['test', 'variable', 'values']);
      const test = a.get('test');
      const variable = a.get('variable');
      const values = a.get('values');
      return { r: e.r, header: e.header, ...(test ? { test } : {}), ...(variable ? { variable } : {}), ...(values ? { values } : {}) };
    });
    return {
      r: s.r,
      header: s.header,
      attrs,
      principals: this.expand(s.body, 'principals', s.scope).map(principal),
      notPrincipals: this.expand(s.body, 'not_principals', s.scope).map(principal),
      conditions,
    };
  }

  // ---- rendering ----

  /** A string argument as the provider sees it (numbers and bools converted). */
  private scalar(v: Value, at: Range): Value {
    const x = this.one(v);
    if (x.k === 'null') return str('', at);
    if (x.k === 'num' || x.k === 'bool') return this.m.ev.toStr(x, at);
    return x;
  }

  /** The strings of a list argument; branches on unknowns contribute all their elements. */
  private strings(v: Value, at: Range): Value[] {
    switch (v.k) {
      case 'list':
        return v.items.flatMap((i) => this.strings(i, i.loc ?? at));
      case 'alt':
        return v.options.flatMap((o) => this.strings(o, at));
      case 'null':
        return [];
      case 'unk':
        return [v];
      default:
        return [this.m.ev.toStr(v, at)];
    }
  }

  /** `&{aws:username}` is the provider's escape for the IAM policy variable `${aws:username}`. */
  private policyVariables(items: Value[], legacy: boolean): Value[] {
    if (legacy) return items;
    return items.map((i) => (i.k === 'str' && i.s.includes('&{') ? { ...i, s: i.s.replaceAll('&{', '${') } : i));
  }

  /** One string stays a string; several are sorted in reverse order (the provider's rendering). */
  private rendered(items: Value[], at: Range, set: boolean): Value {
    const distinct = set ? items.filter((x, i) => items.findIndex((y) => valueEquals(x, y)) === i) : items;
    const sorted = distinct.length > 1 ? [...distinct].sort((a, b) => (sortKey(b) < sortKey(a) ? -1 : sortKey(b) > sortKey(a) ? 1 : 0)) : distinct;
    const only = sorted[0];
    if (sorted.length === 1 && only) return only.loc ? only : { ...only, loc: at };
    return list(sorted, at);
  }

  render(doc: DocModel, mode: 'merged' | 'last'): Value {
    const version = doc.attrs.get('version');
    const versionValue = version ? this.scalar(version.value, version.r) : str('2012-10-17', doc.header);
    const legacy = versionValue.k === 'str' && versionValue.s === '2008-10-17';
    const statements: Value[] = [];
    for (const name of ['source_json', 'source_policy_documents']) this.mergeDocuments(statements, doc.attrs.get(name), mode);
    mergeStatements(statements, doc.statements.map((s) => this.statementValue(s, mode, legacy)));
    for (const name of ['override_json', 'override_policy_documents']) this.mergeDocuments(statements, doc.attrs.get(name), mode);
    const entries: ObjEntry[] = [{ key: 'Version', keyLoc: version?.nameR ?? doc.header, value: versionValue }];
    const id = doc.attrs.get('policy_id');
    if (id) entries.push({ key: 'Id', keyLoc: id.nameR, value: this.scalar(id.value, id.r) });
    entries.push({ key: 'Statement', keyLoc: doc.header, value: list(statements, doc.r) });
    return orderedObj(entries, doc.r);
  }

  private mergeDocuments(into: Value[], a: AttrVal | undefined, mode: 'merged' | 'last'): void {
    if (!a) return;
    const docs = a.value.k === 'list' ? a.value.items : [a.value];
    for (const d of docs) {
      const doc = this.one(d);
      if (doc.k === 'null') continue;
      if (doc.k !== 'str' || (firstUnknown(doc) !== undefined && !doc.json)) {
        this.m.addNote(a.r, `a policy document in ${this.m.text(a.nameR)} could not be resolved statically: its statements are not part of the analysed policy`);
        continue;
      }
      const parsed = this.documentValue(doc, mode);
      if (!parsed) continue;
      const st = parsed.k === 'obj' ? getEntry(parsed, 'Statement')?.value : undefined;
      mergeStatements(into, st?.k === 'list' ? st.items : st ? [st] : []);
    }
  }

  /** A JSON policy string: the rendering for this mode when it came from another policy document. */
  private documentValue(doc: StrValue, mode: 'merged' | 'last'): Value | undefined {
    if (doc.json) {
      for (const d of doc.json.documents) this.documents.add(d);
      const label = mode === 'merged' ? MERGED : LAST;
      const v = doc.json.variants.find((x) => x.label?.includes(label)) ?? doc.json.variants[0];
      return v?.value;
    }
    try {
      return decodeJson(doc, this.m.budget);
    } catch (err) {
      if (!(err instanceof EvalError)) throw err;
      this.m.addNote(doc.loc ?? { file: '', start: 0, end: 0 }, `a source or override policy document is not valid JSON: ${err.message}`);
      return undefined;
    }
  }

  private statementValue(s: StmtModel, mode: 'merged' | 'last', legacy: boolean): Value {
    const entries: ObjEntry[] = [];
    const sid = s.attrs.get('sid');
    entries.push({ key: 'Sid', keyLoc: sid?.nameR ?? s.header, value: sid ? this.scalar(sid.value, sid.r) : str('', s.header) });
    const effect = s.attrs.get('effect');
    entries.push({ key: 'Effect', keyLoc: effect?.nameR ?? s.header, value: effect ? this.scalar(effect.value, effect.r) : str('Allow', s.header) });
    for (const [name, key] of [
      ['actions', 'Action'],
      ['not_actions', 'NotAction'],
      ['resources', 'Resource'],
      ['not_resources', 'NotResource'],
    ] as const) {
      const a = s.attrs.get(name);
      if (!a) continue;
      const items = this.policyVariables(this.strings(a.value, a.r), legacy);
      if (items.length) entries.push({ key, keyLoc: a.nameR, value: this.rendered(items, a.r, true) });
    }
    const [p] = s.principals;
    if (p) entries.push({ key: 'Principal', keyLoc: p.header, value: this.principals(s.principals, legacy) });
    const [np] = s.notPrincipals;
    if (np) entries.push({ key: 'NotPrincipal', keyLoc: np.header, value: this.principals(s.notPrincipals, legacy) });
    const [c] = s.conditions;
    if (c) entries.push({ key: 'Condition', keyLoc: c.header, value: this.conditions(s.conditions, mode, legacy) });
    return orderedObj(entries, s.r);
  }

  private principals(ps: PrincipalModel[], legacy: boolean): Value {
    const groups = new Map<string, { keyLoc: Range; items: Value[]; listLoc: Range; blocks: number }>();
    for (const p of ps) {
      const type = p.type ? this.scalar(p.type.value, p.type.r) : str('', p.header);
      const key = keyText(type);
      const ids = p.identifiers ? this.policyVariables(this.strings(p.identifiers.value, p.identifiers.r), legacy) : [];
      const sorted = this.rendered(ids, p.identifiers?.r ?? p.r, true);
      const g = groups.get(key) ?? { keyLoc: p.type?.r ?? p.header, items: [], listLoc: p.identifiers?.r ?? p.r, blocks: 0 };
      appendAll(g.items, sorted.k === 'list' ? sorted.items : [sorted]);
      g.blocks++;
      groups.set(key, g);
    }
    const [first] = ps;
    const star = groups.get('*');
    const only = star?.items[0];
    if (groups.size === 1 && star?.blocks === 1 && star.items.length === 1 && only?.k === 'str' && only.s === '*') return only;
    const entries = [...groups].map(([key, g]) => ({
      key,
      keyLoc: g.keyLoc,
      value: g.blocks === 1 && g.items.length === 1 && g.items[0] ? g.items[0] : list(g.items, g.listLoc),
    }));
    return obj(entries, first?.r);
  }

  private conditions(cs: CondModel[], mode: 'merged' | 'last', legacy: boolean): Value {
    type CondBlock = { value: Value; items: Value[]; at: Range };
    type Var = { keyLoc: Range; blocks: CondBlock[] };
    const tests = new Map<string, { keyLoc: Range; r: Range; vars: Map<string, Var> }>();
    for (const c of cs) {
      const test = keyText(c.test ? this.scalar(c.test.value, c.test.r) : str('', c.header));
      const variable = keyText(c.variable ? this.scalar(c.variable.value, c.variable.r) : str('', c.header));
      const at = c.values?.r ?? c.r;
      const items = c.values ? this.policyVariables(this.strings(c.values.value, at), legacy) : [];
      const value = this.rendered(items, at, false);
      const t = tests.get(test) ?? { keyLoc: c.test?.r ?? c.header, r: c.r, vars: new Map<string, Var>() };
      const v: Var = t.vars.get(variable) ?? { keyLoc: c.variable?.r ?? c.header, blocks: [] };
      v.blocks.push({ value, items: value.k === 'list' ? value.items : [value], at });
      t.vars.set(variable, v);
      tests.set(test, t);
    }
    const entries: ObjEntry[] = [];
    for (const [test, t] of tests) {
      const inner: ObjEntry[] = [];
      for (const [variable, v] of t.vars) inner.push({ key: variable, keyLoc: v.keyLoc, value: combine(v.blocks, mode) });
      entries.push({ key: test, keyLoc: t.keyLoc, value: obj(inner, t.r) });
    }
    return obj(entries, cs[0]?.r);
  }
}

/**
 * Values of repeated (test, variable) blocks: merged now; before terraform-provider-aws#33093 two
 * lists merged but a single value overwrote what came before (#33068).
 */
function combine(blocks: { value: Value; items: Value[]; at: Range }[], mode: 'merged' | 'last'): Value {
  const [first, ...rest] = blocks;
  if (!first) return list([]);
  if (rest.length === 0) return first.value;
  if (mode === 'merged') return list(blocks.flatMap((b) => b.items), first.at);
  let cur = first.value;
  for (const b of rest) cur = cur.k === 'list' && b.value.k === 'list' ? list([...cur.items, ...b.items], first.at) : b.value;
  return cur;
}

function keyText(v: Value): string {
  if (v.k === 'str') return v.s;
  return evalMarker(firstUnknown(v) ?? 0);
}

function sortKey(v: Value): string {
  return v.k === 'str' ? v.s : v.k === 'unk' ? evalMarker(v.id) : '';
}

/** The provider's merge: a statement with a Sid replaces an earlier one with the same Sid. */
function mergeStatements(into: Value[], add: readonly Value[]): void {
  for (const s of add) {
    const sid = s.k === 'obj' ? getEntry(s, 'Sid')?.value : undefined;
    const key = sid?.k === 'str' ? sid.s : '';
    const at = key ? into.findIndex((x) => x.k === 'obj' && (getEntry(x, 'Sid')?.value as { s?: string } | undefined)?.s === key) : -1;
    if (at >= 0) into[at] = s;
    else into.push(s);
  }
}

/** The `json` attribute: the first rendering as text, every rendering kept for the analysis. */
export function renderPolicyDocument(m: TerraformModule, inst: ResourceInstance): Value {
  const cached = inst.cache.get('json');
  if (cached) return cached;
  inst.cache.set('json', m.ev.unknown(inst.decl.block.headerR, 'the policy document refers to itself'));
  const documents = new Set<string>([inst.address]);
  const { renderings, truncated } = enumerateChoices(m.budget.limits.variants, (ch) => {
    const r = new DocRenderer(m, ch);
    const model = r.model(inst);
    const merged = r.render(model, 'merged');
    const last = r.render(model, 'last');
    for (const d of r.documents) documents.add(d);
    return { merged, last };
  });
  const variants: JsonVariant[] = [];
  const add = (value: Value, ...labels: (string | undefined)[]): void => {
    if (variants.some((v) => valueEquals(v.value, value))) return;
    const label = labels.filter((l): l is string => !!l).join('; ');
    variants.push({ value, ...(label ? { label } : {}) });
  };
  const single = renderings.length === 1;
  for (const rd of renderings) {
    const branch = single ? undefined : rd.label;
    if (valueEquals(rd.value.merged, rd.value.last)) add(rd.value.merged, branch);
    else {
      add(rd.value.merged, branch, MERGED);
      add(rd.value.last, branch, LAST);
    }
  }
  const first = variants[0]?.value ?? list([]);
  const text = encodeJson(first, inst.decl.block.r, m.budget);
  const out: Value = { ...text, loc: inst.decl.block.r, json: { variants, documents: [...documents], ...(truncated ? { truncated } : {}) } };
  inst.cache.set('json', out);
  return out;
}
