import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeTrustPolicy } from '../../../src/analyze.js';
import type { AccessKeyDocument, ModelDocument, OidcProviderDocument, TrustPolicyDocument } from '../../../src/model/document.js';
import type { Finding } from '../../../src/model/finding.js';
import { displayString, nodeAt, toJson, type PolicyNode, type PolicyPath } from '../../../src/model/policy.js';
import { parseHclFile } from '../../../src/sources/terraform/parser.js';
import { TerraformModule } from '../../../src/sources/terraform/module.js';
import { readTerraformModule } from '../../../src/sources/terraform/index.js';
import type { SourceInput, SourceOptions, SourceResult } from '../../../src/sources/types.js';
import { EvaluationBudget } from '../../../src/budget.js';
import { EVAL_MARKER_RE, type Value } from '../../../src/sources/terraform/values.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const GH_KEY = 'token.actions.githubusercontent.com';

/** Reads a module given as `{ file name: text }`, placed in directory `mod`. */
export function readModule(files: Record<string, string>, options: SourceOptions = {}): SourceResult {
  const inputs: SourceInput[] = Object.entries(files).map(([name, text]) => ({ file: `mod/${name}`, text, explicit: false }));
  return readTerraformModule('mod', inputs, options);
}

/** Reads a fixture module directory (paths in findings relative to the fixtures folder). */
export function readFixture(name: string, options: SourceOptions = {}): SourceResult {
  const dir = join(FIXTURES, name);
  const inputs: SourceInput[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else inputs.push({ file: relative(FIXTURES, p), text: readFileSync(p, 'utf8'), explicit: false });
    }
  };
  walk(dir);
  return readTerraformModule(name, inputs, options);
}

export function trustDocs(result: SourceResult): TrustPolicyDocument[] {
  return result.documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy');
}

export function trustDoc(result: SourceResult, resource?: string): TrustPolicyDocument {
  const doc = trustDocs(result).find((d) => resource === undefined || d.resource === resource);
  if (!doc) throw new Error(`no trust policy for ${resource ?? 'any resource'}: ${JSON.stringify(result.findings.map((f) => f.message))}`);
  return doc;
}

export function providers(result: SourceResult): OidcProviderDocument[] {
  return result.documents.filter((d): d is OidcProviderDocument => d.kind === 'oidc-provider');
}

export function accessKeys(result: SourceResult): AccessKeyDocument[] {
  return result.documents.filter((d): d is AccessKeyDocument => d.kind === 'access-key');
}

/** The document as JSON, with unresolved markers shown as `<expression>`. */
export function rendered(doc: TrustPolicyDocument): unknown {
  const show = (n: PolicyNode): unknown => {
    switch (n.type) {
      case 'string':
        return displayString(n);
      case 'array':
        return n.items.map(show);
      case 'object':
        return Object.fromEntries(n.members.map((m) => [m.key.replace(/\uE000\d+\uE001/g, '<?>'), show(m.value)]));
      default:
        return toJson(n);
    }
  };
  return show(doc.root);
}

export function node(doc: TrustPolicyDocument, path: PolicyPath): PolicyNode {
  const n = nodeAt(doc.root, path);
  if (!n) throw new Error(`no node at ${JSON.stringify(path)}`);
  return n;
}

/** The text a span of a node covers in a file of `files`. */
export function textAt(files: Record<string, string>, n: { span: { start: { offset: number }; end: { offset: number } }; file?: string }, docFile = 'mod/main.tf'): string {
  const file = (n.file ?? docFile).replace(/^mod\//, '');
  const text = files[file];
  if (text === undefined) throw new Error(`no file ${file}`);
  return text.slice(n.span.start.offset, n.span.end.offset);
}

/** Rule findings of one document, reduced to what parity compares. */
export function verdicts(doc: TrustPolicyDocument): { ruleId: string; path?: PolicyPath; witness?: Record<string, string> }[] {
  return analyzeTrustPolicy(doc)
    .map((f: Finding) => ({ ruleId: f.ruleId, ...(f.path ? { path: f.path } : {}), ...(f.witness ? { witness: f.witness } : {}) }))
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

export function ruleIds(docs: readonly ModelDocument[]): string[] {
  return [...new Set(docs.flatMap((d) => (d.kind === 'trust-policy' ? analyzeTrustPolicy(d).map((f) => f.ruleId) : [])))].sort();
}

/** Plain JSON of an evaluated value: unknown parts as `<expression>`, branches as `{ alt: [...] }`. */
export function plain(m: TerraformModule, v: Value): unknown {
  const text = (s: string): string => s.replace(EVAL_MARKER_RE, (_x, id: string) => `<${m.unknowns.get(Number(id))?.expression ?? '?'}>`);
  switch (v.k) {
    case 'str':
      return text(v.s);
    case 'num':
      return v.n;
    case 'bool':
      return v.b;
    case 'null':
      return null;
    case 'list':
      return v.items.map((i) => plain(m, i));
    case 'obj':
      return Object.fromEntries(v.entries.map((e) => [text(e.key), plain(m, e.value)]));
    case 'unk':
      return `<${m.unknowns.get(v.id)?.expression ?? '?'}>`;
    case 'alt':
      return { alt: v.options.map((o) => plain(m, o)) };
    case 'ref':
      return `ref ${v.ref.describe}`;
  }
}

/** Evaluates `local.<name>` of a one-file module; returns the module for unknown lookups. */
export function evalLocals(source: string, extra: Record<string, string> = {}): { m: TerraformModule; local: (name: string) => Value; value: (name: string) => unknown } {
  const texts = new Map<string, string>([['mod/main.tf', source], ...Object.entries(extra).map(([k, v]) => [`mod/${k}`, v] as [string, string])]);
  const bodies = [...texts].filter(([f]) => f.endsWith('.tf')).map(([f, t]) => parseHclFile(f, t).body);
  const m = new TerraformModule({ dir: 'mod', texts, bodies, varFiles: [], cliVars: {}, budget: new EvaluationBudget() });
  const r = { file: 'mod/main.tf', start: 0, end: 0 };
  const local = (name: string): Value => m.localValue(name, r);
  return { m, local, value: (name: string) => plain(m, local(name)) };
}
