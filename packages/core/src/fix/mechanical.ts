import { analyze, analyzeTrustPolicy } from '../analyze.js';
import { DEFAULT_AUDIENCES, type TrustlintConfig } from '../config.js';
import type { ModelDocument, TrustPolicyDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { toJson } from '../model/policy.js';
import { readCacStep } from '../workflow/aws.js';
import { inputOf, stepsOfJob } from '../workflow/steps.js';
import { usesIdToken } from '../workflow/token-consumers.js';
import { changedFiles, type FileFix } from './diff.js';
import { applyFileEdits, indentUnit, lineEnding, type TextEdit } from './edit.js';
import { jsonPolicyEdits, type Json } from './json-edit.js';
import { MAX_PROVEN_ROLES } from './plan.js';
import { trustedProvider } from './synthesize.js';
import { terraformValueEdits, type Change } from './terraform-edit.js';
import { yamlPolicyEdits } from './yaml-edit.js';

/**
 * `check --fix`: mechanical fixes that cannot widen who gets in, each proven on the re-read scan
 * (the fixed finding is gone, no finding appears that was not there, no role mismatch appears):
 * - `oidc-audience` (no aud condition): `StringEquals` on `<provider>:aud` with the first configured
 *   audience (default sts.amazonaws.com);
 * - `oidc-stringequals-wildcard`: the key moves to `StringLike`, only when no new finding shows up
 *   (a pattern that admits an outsider class is a widening, and is left for a person);
 * - `workflow-id-token-scope`: id-token: write moves from the workflow to the jobs that request a token;
 * - `workflow-static-aws-keys` on a configure-aws-credentials step that also names `role-to-assume`
 *   in a job with `id-token: write`: the key inputs are removed, so the action assumes the role
 *   through OIDC (aws-actions/configure-aws-credentials README, "OIDC").
 */

export interface MechanicalFix {
  ruleId: string;
  file: string;
  /** What was (or would be) changed, for people. */
  description: string;
  status: 'fixed' | 'refused';
  reason?: string;
  /** The role's resource, for a fix of a trust policy (undefined for a policy file and for workflows). */
  resource?: string;
  /** The values a message about the fix names (for `oidc-audience`: `key` and `audience`). */
  data?: Record<string, string>;
  /** This fix's own edits, when it is fixed (proven alone, or on top of the fixes before it: see `separately`). */
  edits?: TextEdit[];
}

export interface MechanicalOptions {
  /**
   * Prove each fix alone on the original texts (for editors, where each is offered and applied on
   * its own: the ESLint plugin's suggestions) instead of on top of the fixes accepted before it.
   * `files` is then empty: the fixes are alternatives, not one combined edit.
   */
  separately?: boolean;
  /** Whether the re-read files are explicit (named by the user, as in the CLI: default) or walked (ESLint). */
  explicit?: boolean;
}

export interface MechanicalPlan {
  fixes: MechanicalFix[];
  files: FileFix[];
}

type JsonObject = { [k: string]: Json };
const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Candidate {
  ruleId: string;
  file: string;
  description: string;
  edits: TextEdit[] | { reason: string };
  resource?: string;
  data?: Record<string, string>;
}

function labelOf(doc: TrustPolicyDocument): string {
  return doc.resource ? `${doc.resourceFile ?? doc.file}:${doc.resource}` : doc.file;
}

function statements(policy: JsonObject): Json[] {
  return Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement ?? null];
}

/** Edits of a trust policy's source so that it reads as `policy`. */
function policyEdits(doc: TrustPolicyDocument, texts: ReadonlyMap<string, string>, policy: Json, changed: readonly Change[]): TextEdit[] | { reason: string } {
  const text = texts.get(doc.root.file ?? doc.file);
  if (text === undefined) return { reason: 'the source text is not available' };
  if (doc.sourceKind === 'policy') return jsonPolicyEdits(doc, text, policy);
  if (doc.sourceKind === 'cloudformation') return text.trimStart().startsWith('{') ? jsonPolicyEdits(doc, text, policy) : yamlPolicyEdits(doc, text, policy);
  if (doc.sourceKind === 'terraform') return terraformValueEdits(doc, texts, policy, changed);
  return { reason: `editing ${doc.sourceKind} sources is not supported yet` };
}

function audienceFix(doc: TrustPolicyDocument, findings: readonly Finding[], texts: ReadonlyMap<string, string>, config: TrustlintConfig): Candidate | undefined {
  const missing = findings.some((f) => f.ruleId === 'oidc-audience' && f.severity !== 'info' && f.message.startsWith('no condition on'));
  if (!missing) return undefined;
  const provider = trustedProvider(doc, config);
  if ('reason' in provider) return { ruleId: 'oidc-audience', file: doc.file, description: 'add the aud condition', edits: provider };
  const audience = (config.audiences ?? DEFAULT_AUDIENCES)[0] ?? 'sts.amazonaws.com';
  const key = `${provider.prefix}:aud`;
  const policy = toJson(doc.root) as JsonObject;
  const changed: Change[] = [];
  const list = statements(policy).map((s, i) => {
    if (!isObject(s) || !provider.statements.has(i)) return s;
    const cond = isObject(s.Condition) ? s.Condition : {};
    const hasAud = Object.values(cond).some((block) => isObject(block) && Object.keys(block).some((k) => k.toLowerCase() === key.toLowerCase()));
    if (hasAud) return s;
    changed.push({ index: i, key, to: 'StringEquals', values: [audience] });
    const eq = isObject(cond.StringEquals) ? cond.StringEquals : {};
    return { ...s, Condition: { ...cond, StringEquals: { [key]: audience, ...eq } } };
  });
  const rewritten: Json = { ...policy, Statement: Array.isArray(policy.Statement) ? list : (list[0] ?? null) };
  return {
    ruleId: 'oidc-audience',
    file: doc.file,
    description: `${labelOf(doc)}: add "StringEquals": {"${key}": "${audience}"}`,
    edits: policyEdits(doc, texts, rewritten, changed),
    ...(doc.resource !== undefined ? { resource: doc.resource } : {}),
    data: { key, audience },
  };
}

function wildcardFix(doc: TrustPolicyDocument, findings: readonly Finding[], texts: ReadonlyMap<string, string>): Candidate | undefined {
  const paths = findings.filter((f) => f.ruleId === 'oidc-stringequals-wildcard' && f.path).map((f) => f.path ?? []);
  if (paths.length === 0) return undefined;
  const policy = toJson(doc.root) as JsonObject;
  const list = statements(policy);
  const changed: Change[] = [];
  for (const p of paths) {
    // ["Statement", i, "Condition", op, key, …], or without i for a single statement object.
    const single = typeof p[1] !== 'number';
    const i = single ? 0 : (p[1] as number);
    const opKey = p[single ? 2 : 3];
    const condKey = p[single ? 3 : 4];
    if (typeof opKey !== 'string' || typeof condKey !== 'string' || !/(^|:)StringEquals$/.test(opKey)) continue;
    if (!changed.some((c) => c.index === i && c.key === condKey)) changed.push({ index: i, key: condKey, from: opKey, to: opKey.replace(/StringEquals$/, 'StringLike') });
  }
  if (changed.length === 0) return undefined;
  const out = list.map((s, i) => {
    if (!isObject(s) || !isObject(s.Condition)) return s;
    let cond: JsonObject = { ...s.Condition };
    for (const c of changed.filter((x) => x.index === i)) {
      if (c.from === undefined) continue;
      const from = cond[c.from];
      if (!isObject(from) || from[c.key] === undefined) continue;
      const rest = Object.fromEntries(Object.entries(from).filter(([k]) => k !== c.key));
      const target = isObject(cond[c.to]) ? (cond[c.to] as JsonObject) : {};
      if (target[c.key] !== undefined) return s;
      const next: JsonObject = {};
      for (const [k, v] of Object.entries(cond)) {
        if (k === c.from) {
          if (Object.keys(rest).length > 0) next[k] = rest;
          if (!isObject(cond[c.to])) next[c.to] = { [c.key]: from[c.key] ?? null };
        } else if (k === c.to) next[k] = { ...target, [c.key]: from[c.key] ?? null };
        else next[k] = v;
      }
      cond = next;
    }
    return { ...s, Condition: cond };
  });
  const rewritten: Json = { ...policy, Statement: Array.isArray(policy.Statement) ? out : (out[0] ?? null) };
  return {
    ruleId: 'oidc-stringequals-wildcard',
    file: doc.file,
    description: `${labelOf(doc)}: ${changed.map((c) => `${c.key} from ${c.from} to ${c.to}`).join(', ')}`,
    edits: policyEdits(doc, texts, rewritten, changed),
    ...(doc.resource !== undefined ? { resource: doc.resource } : {}),
  };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function staticKeyFixes(documents: readonly ModelDocument[], texts: ReadonlyMap<string, string>): Candidate[] {
  const out: Candidate[] = [];
  for (const doc of documents) {
    if (doc.kind !== 'workflow' || doc.workflowKind !== 'workflow') continue;
    const text = texts.get(doc.file);
    if (text === undefined) continue;
    for (const job of doc.jobs) {
      for (const s of stepsOfJob(doc, job)) {
        if (s.document !== doc) continue;
        const cac = readCacStep(s);
        if (cac?.mode !== 'static-keys' || !cac.role || cac.role.from !== 'input') continue;
        const description = `${doc.file}: job ${job.id}: remove the static keys from configure-aws-credentials (it assumes ${cac.role.value.text} through OIDC)`;
        if (job.idToken.level !== 'write') {
          out.push({ ruleId: 'workflow-static-aws-keys', file: doc.file, description, edits: { reason: 'the job has no id-token: write, so the action could not request an OIDC token' } });
          continue;
        }
        const entries = ['aws-access-key-id', 'aws-secret-access-key', 'aws-session-token'].map((n) => inputOf(s.step, n)).filter((e) => e !== undefined);
        const edits: TextEdit[] = [];
        for (const e of entries) {
          const start = lineStart(text, e.nameLocation.span.start.offset);
          const end = text.indexOf('\n', e.value.location.span.end.offset);
          const own = text.slice(start, e.nameLocation.span.start.offset).trim() === '' && !text.slice(e.nameLocation.span.start.offset, end < 0 ? text.length : end).includes('\n');
          if (!own || e.value.location.span.start.line !== e.nameLocation.span.start.line) {
            edits.length = 0;
            break;
          }
          edits.push({ file: doc.file, start, end: end < 0 ? text.length : end + 1, text: '' });
        }
        out.push({ ruleId: 'workflow-static-aws-keys', file: doc.file, description, edits: edits.length ? edits : { reason: 'the key inputs are not each on a line of their own' } });
      }
    }
  }
  return out;
}

/**
 * `id-token: write` at workflow level moves to the jobs that use a token: its line leaves the
 * workflow block, and each inheriting job that requests a token gets a permissions block with the
 * workflow's scopes (a job-level block replaces the workflow's, so the other scopes are copied; GitHub
 * docs, "Assigning permissions to jobs"). Only for a block-style map with other scopes besides
 * id-token, each on its own line.
 */
function idTokenFixes(documents: readonly ModelDocument[], texts: ReadonlyMap<string, string>): Candidate[] {
  const out: Candidate[] = [];
  for (const doc of documents) {
    if (doc.kind !== 'workflow' || doc.workflowKind !== 'workflow') continue;
    const block = doc.permissions;
    const text = texts.get(doc.file);
    const scope = block?.scopes.find((x) => x.name === 'id-token');
    if (!block || !text || block.kind !== 'map' || scope?.level !== 'write') continue;
    const inheriting = doc.jobs.filter((j) => !j.permissions && !j.uses);
    const users = inheriting.filter((j) => stepsOfJob(doc, j).some(usesIdToken));
    if (users.length === inheriting.length) continue;
    const description = `${doc.file}: move id-token: write from the workflow to job${users.length === 1 ? '' : 's'} ${users.map((j) => j.id).join(', ') || '(none)'}`;
    const lineOf = (loc: { span: { start: { offset: number }; end: { offset: number } } }): [number, number] => {
      const start = lineStart(text, loc.span.start.offset);
      const nl = text.indexOf('\n', loc.span.end.offset);
      return [start, nl < 0 ? text.length : nl + 1];
    };
    const ownLine = (sc: { nameLocation: { span: { start: { offset: number; line: number } } }; location: { span: { end: { line: number } } } }): boolean =>
      text.slice(lineStart(text, sc.nameLocation.span.start.offset), sc.nameLocation.span.start.offset).trim() === '' && sc.location.span.end.line === sc.nameLocation.span.start.line;
    if (block.scopes.length < 2 || !block.scopes.every(ownLine) || block.location.span.start.line === block.keyLocation.span.start.line) {
      out.push({ ruleId: 'workflow-id-token-scope', file: doc.file, description, edits: { reason: 'the workflow permissions are not a block of other scopes, one per line' } });
      continue;
    }
    const [cutStart, cutEnd] = lineOf(scope.location);
    const scopeLines = block.scopes.map((sc) => text.slice(...lineOf(sc.location)).replace(/^[ \t]*/, ''));
    const edits: TextEdit[] = [{ file: doc.file, start: cutStart, end: cutEnd, text: '' }];
    const eol = lineEnding(text);
    const unit = indentUnit(text);
    const flowJob = users.find((j) => !/^[^:]*:[ \t]*(#.*)?\r?\n?$/.test(text.slice(j.idLocation.span.start.offset, lineOf(j.idLocation)[1])));
    if (flowJob) {
      out.push({ ruleId: 'workflow-id-token-scope', file: doc.file, description, edits: { reason: `job ${flowJob.id} is not written in block style` } });
      continue;
    }
    for (const job of users) {
      const [, afterId] = lineOf(job.idLocation);
      const jobIndent = ' '.repeat(job.idLocation.span.start.column) + unit;
      const body = scopeLines.map((l) => `${jobIndent}${unit}${l.replace(/\r?\n$/, '')}${eol}`).join('');
      edits.push({ file: doc.file, start: afterId, end: afterId, text: `${jobIndent}permissions:${eol}${body}` });
    }
    out.push({ ruleId: 'workflow-id-token-scope', file: doc.file, description, edits });
  }
  return out;
}

function findingKey(f: Finding): string {
  return `${f.ruleId} ${f.location?.file ?? ''}`;
}

function countBy(findings: readonly Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(findingKey(f), (m.get(findingKey(f)) ?? 0) + 1);
  return m;
}

/** The mechanical fixes for a scan, each kept only when the re-read scan proves it (see above). */
export function planMechanicalFixes(
  documents: readonly ModelDocument[],
  findings: readonly Finding[],
  texts: ReadonlyMap<string, string>,
  config: TrustlintConfig,
  options: MechanicalOptions = {},
): MechanicalPlan {
  const separately = options.separately === true;
  const explicit = options.explicit ?? true;
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const doc of documents) {
    if (doc.kind !== 'trust-policy' || doc.sourceKind === 'live' || seen.has(labelOf(doc))) continue;
    seen.add(labelOf(doc));
    const own = analyzeTrustPolicy(doc, config);
    for (const c of [audienceFix(doc, own, texts, config), wildcardFix(doc, own, texts)]) if (c) candidates.push(c);
  }
  for (const c of staticKeyFixes(documents, texts)) candidates.push(c);
  for (const c of idTokenFixes(documents, texts)) candidates.push(c);
  const fixes: MechanicalFix[] = [];
  let accepted: TextEdit[] = [];
  let current = new Map(texts);
  let baseline = countBy(findings);
  let proven = 0;
  for (const c of candidates) {
    const about = { ruleId: c.ruleId, file: c.file, description: c.description, ...(c.resource !== undefined ? { resource: c.resource } : {}), ...(c.data ? { data: c.data } : {}) };
    if ('reason' in c.edits) {
      fixes.push({ ...about, status: 'refused', reason: c.edits.reason });
      continue;
    }
    // Each fix is proven on the whole re-read scan: bounded per run, as for trustlint fix.
    if (++proven > MAX_PROVEN_ROLES) {
      fixes.push({ ...about, status: 'refused', reason: `more than ${MAX_PROVEN_ROLES} fixes in one run: run check --fix again` });
      continue;
    }
    const combined = separately ? c.edits : [...accepted, ...c.edits];
    let edited: Map<string, string>;
    try {
      edited = applyFileEdits(texts, combined);
    } catch {
      fixes.push({ ...about, status: 'refused', reason: 'overlaps another fix' });
      continue;
    }
    const again = analyze([...edited].map(([file, text]) => ({ file, text, explicit })), { config });
    const after = countBy(again.findings);
    const fixedKey = `${c.ruleId} ${c.file}`;
    const gone = (after.get(fixedKey) ?? 0) < (baseline.get(fixedKey) ?? 0);
    const appeared = [...after].filter(([k, n]) => n > (baseline.get(k) ?? 0)).map(([k]) => k);
    if (!gone || appeared.length > 0) {
      const reason = !gone ? 'the finding is still reported after the edit' : `the edit would bring ${appeared.join(', ')}`;
      fixes.push({ ...about, status: 'refused', reason });
      continue;
    }
    fixes.push({ ...about, status: 'fixed', edits: c.edits });
    if (separately) continue;
    accepted = combined;
    current = edited;
    baseline = after;
  }
  const files = changedFiles(texts, current);
  return { fixes, files };
}
