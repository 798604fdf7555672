import { appendAll } from '../arrays.js';
import { CATALOG } from '../catalog/rules.js';
import type { TrustlintConfig } from '../config.js';
import { findingFingerprints } from '../fingerprint.js';
import { synthesizeWitnesses, OUTSIDER_CLASSES, type OutsiderClass, type Witness } from '../github/witness.js';
import { evaluatePolicy } from '../iam/evaluate.js';
import { emptyFacetKnowledge, synthesizeIssuerWitnesses } from '../issuers/synthesis.js';
import type { Policy } from '../iam/types.js';
import type { ModelDocument, TrustPolicyDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { collectUnresolved, displayValue, toJson, type UnresolvedPart } from '../model/policy.js';
import type { WorkflowDocument } from '../model/workflow.js';
import { preparePolicy } from '../rules/prepare.js';
import { classPhrase } from '../rules/scope-common.js';
import { SCOPE_RULES } from '../rules/scope-rules.js';
import { isGitHubProvider, requestFor, TrustAnalysis, type TrustedProvider } from '../scope/trust-analysis.js';
import { movedFrom, readMovedBlocks, type MovedBlock } from '../sources/terraform/moved.js';
import { readCacStep } from '../workflow/aws.js';
import { stepsOfJob } from '../workflow/steps.js';

/**
 * What a change does to trust: `diffTrust(before, after)` over two analyses of the same repository
 * (e.g. the pull request base and head). Roles are paired across the trees; for each pair and each
 * outsider class the question is whether a token of that class gets in after and not before. The
 * answer is decided by tokens, not by text: every witness either side's policy knowledge yields is
 * evaluated against both policies, exactly as the scope rules evaluate it, so a witness admitted
 * after and not before is the proof of widening (and one admitted before and not after, of
 * narrowing). Rewrites that change no decision — reordering a list, StringEquals → StringLike
 * without wildcards, splitting a statement, JSON ↔ jsonencode, renaming a file, a Terraform `moved`
 * block — give no witness either way and so report no change.
 */
export interface DiffSide {
  /** The analysis' documents and findings (AnalyzeResult has both). */
  documents: readonly ModelDocument[];
  findings: readonly Finding[];
  /** File texts by file, for the fingerprints' YAML key paths and for Terraform `moved` blocks. */
  texts?: ReadonlyMap<string, string>;
  /** The file's name in fingerprints (e.g. relative to the repository root); default the file as given. */
  fileKey?: (file: string) => string;
}

export interface DiffOptions {
  /** The configuration both sides are judged by (`owners`). */
  config?: TrustlintConfig;
}

export type ClassStatus = 'widened' | 'narrowed' | 'unchanged';

export interface ClassChange {
  /** The GitHub provider's key prefix (`token.actions.githubusercontent.com`). */
  provider: string;
  cls: OutsiderClass;
  outsider: string;
  status: ClassStatus;
  /** Some token of the class gets in before / after. */
  before: boolean;
  after: boolean;
  /** widened: a token admitted after and not before; narrowed: one admitted before and not after. */
  witness?: Record<string, string>;
}

export interface RoleRef {
  file: string;
  resource?: string;
  roleName?: string;
  /** How people name it: the resource, else the role name, else the file. */
  label: string;
}

export type PairedBy = 'same' | 'resource' | 'moved' | 'role-name' | 'same-policy' | 'file-name';

export interface RoleDiff {
  before: RoleRef;
  after: RoleRef;
  pairedBy: PairedBy;
  /** One entry per provider and class admitted on either side (classes never admitted are left out). */
  classes: ClassChange[];
}

export interface RoleVerdict {
  role: RoleRef;
  /** Classes admitted (added roles: after; removed roles: before), with a witness each. */
  admitted: { provider: string; cls: OutsiderClass; outsider: string; witness: Record<string, string> }[];
}

export type WorkflowChangeKind = 'obtains-aws-credentials' | 'id-token-write' | 'static-keys' | 'untrusted-trigger' | 'new-finding';

export interface WorkflowChange {
  kind: WorkflowChangeKind;
  file: string;
  job?: string;
  /** The finding behind it (static keys, untrusted trigger, any new workflow finding). */
  finding?: Finding;
  /** Error-level: a new error-level workflow finding; gates like a widened class. */
  error: boolean;
  message: string;
}

export interface TrustDiff {
  roles: RoleDiff[];
  added: RoleVerdict[];
  removed: RoleVerdict[];
  workflows: WorkflowChange[];
  /**
   * Files renamed between the trees (file keys: `fileKey` when given): workflows and composite actions
   * paired by text or by their jobs, and policy files whose roles paired. A renamed file's jobs and
   * findings are compared with those of its old name, so a rename alone is no change.
   */
  renamed: { before: string; after: string }[];
  /** Some outsider class is newly admitted to some role (widened, or admitted by an added role). */
  widened: boolean;
  /** Some new error-level workflow finding. */
  newWorkflowErrors: boolean;
}

/** One role: its policy documents (several when the source rendered variants). */
interface Role {
  ref: RoleRef;
  docs: TrustPolicyDocument[];
  policies: { policy: Policy; trust: TrustAnalysis }[];
  signature: string;
  /** Unresolved parts of the role's documents, to show a witness's values as `explain` does. */
  parts: UnresolvedPart[];
}

/** Candidate tokens per role are bounded by the witness generator; this bounds the product. */
const MAX_WITNESSES_PER_PAIR = 5_000;

export function diffTrust(before: DiffSide, after: DiffSide, options: DiffOptions = {}): TrustDiff {
  const config = options.config ?? {};
  const beforeRoles = rolesOf(before, config);
  const afterRoles = rolesOf(after, config);
  const pairs = pairRoles(beforeRoles, afterRoles, movedBlocks(after.texts));
  const paired = new Set(pairs.flatMap(([b, a]) => [b, a]));
  const roles = pairs.map(([b, a, by]): RoleDiff => ({ before: b.ref, after: a.ref, pairedBy: by, classes: compareRoles(b, a, config) }));
  const added = afterRoles.filter((r) => !paired.has(r)).map((r) => verdictOf(r));
  const removed = beforeRoles.filter((r) => !paired.has(r)).map((r) => verdictOf(r));
  const renamed = renamedFiles(before, after, pairs);
  const workflows = workflowChanges(before, after, renamed);
  return {
    roles,
    added,
    removed,
    workflows,
    renamed: [...renamed].map(([from, to]) => ({ before: from, after: to })),
    widened: roles.some((r) => r.classes.some((c) => c.status === 'widened')) || added.some((r) => r.admitted.length > 0),
    newWorkflowErrors: workflows.some((w) => w.error),
  };
}

function rolesOf(side: DiffSide, config: TrustlintConfig): Role[] {
  const byKey = new Map<string, Role>();
  for (const doc of side.documents) {
    if (doc.kind !== 'trust-policy') continue;
    const file = doc.resourceFile ?? doc.file;
    const key = `${file}\0${doc.resource ?? ''}`;
    let role = byKey.get(key);
    if (!role) {
      const ref: RoleRef = { file, label: doc.resource ?? doc.roleName ?? file };
      if (doc.resource !== undefined) ref.resource = doc.resource;
      if (doc.roleName !== undefined) ref.roleName = doc.roleName;
      role = { ref, docs: [], policies: [], signature: '', parts: [] };
      byKey.set(key, role);
    }
    role.docs.push(doc);
    appendAll(role.parts, collectUnresolved(doc.root).map((u) => u.part));
    const policy = preparePolicy(doc, config);
    role.policies.push({ policy, trust: new TrustAnalysis(policy, config, SCOPE_RULES) });
  }
  // Keys sorted: `jsonencode` writes them sorted, a JSON file in any order; the same policy either way.
  for (const role of byKey.values()) role.signature = canonicalJson(role.docs.map((d) => toJson(d.root)));
  return [...byKey.values()];
}

/**
 * Pairs, most certain first: the same file and resource; the same resource (address, logical id) in
 * another file; a Terraform `moved` block; the same role name; then, among what is left, the same
 * policy text, then the same file name — each only when exactly one role on each side qualifies.
 */
function pairRoles(before: readonly Role[], after: readonly Role[], moved: readonly MovedBlock[]): [Role, Role, PairedBy][] {
  const out: [Role, Role, PairedBy][] = [];
  const left = new Set(before);
  const right = new Set(after);
  const pass = (by: PairedBy, keyOfBefore: (r: Role) => string | undefined, keyOfAfter: (r: Role) => string | undefined = keyOfBefore): void => {
    const index = (roles: Set<Role>, keyOf: (r: Role) => string | undefined): Map<string, Role[]> => {
      const m = new Map<string, Role[]>();
      for (const r of roles) {
        const k = keyOf(r);
        if (k !== undefined) m.set(k, [...(m.get(k) ?? []), r]);
      }
      return m;
    };
    const a = index(right, keyOfAfter);
    for (const [k, bs] of index(left, keyOfBefore)) {
      const as = a.get(k);
      const b = bs[0];
      const r = as?.[0];
      if (bs.length !== 1 || as?.length !== 1 || !b || !r) continue;
      out.push([b, r, by]);
      left.delete(b);
      right.delete(r);
    }
  };
  pass('same', (r) => `${r.ref.file}\0${r.ref.resource ?? ''}`);
  pass('resource', (r) => r.ref.resource);
  // An after role's address before its `moved` blocks (nearest that the base has), to meet the base role's own address.
  const beforeAddresses = new Set(before.flatMap((r) => (r.ref.resource !== undefined ? [r.ref.resource] : [])));
  pass('moved', (r) => r.ref.resource, (r) => (r.ref.resource !== undefined ? movedFrom(r.ref.resource, moved).find((a) => beforeAddresses.has(a)) : undefined));
  pass('role-name', (r) => r.ref.roleName);
  pass('same-policy', (r) => r.signature);
  pass('file-name', (r) => `${r.ref.file.split('/').pop() ?? ''}\0${r.ref.resource ?? ''}`);
  return out;
}

/** The `moved` blocks of the after tree's Terraform files (what the head says moved). */
function movedBlocks(texts: ReadonlyMap<string, string> | undefined): MovedBlock[] {
  const out: MovedBlock[] = [];
  for (const [file, text] of texts ?? []) if (file.endsWith('.tf') || file.endsWith('.tf.json')) appendAll(out, readMovedBlocks(file, text));
  return out;
}

/** Every candidate token either side's knowledge yields, per provider prefix, de-duplicated. */
function candidates(roles: readonly Role[], config: TrustlintConfig): Map<string, { provider: TrustedProvider; witnesses: Witness[] }> {
  const out = new Map<string, { provider: TrustedProvider; witnesses: Witness[]; seen: Set<string> }>();
  for (const role of roles) {
    for (const { trust } of role.policies) {
      for (const p of trust.providers) {
        const key = p.provider.prefix.toLowerCase();
        let entry = out.get(key);
        if (!entry) {
          entry = { provider: p.provider, witnesses: [], seen: new Set() };
          out.set(key, entry);
        }
        // Each issuer's own candidates (GitHub's engine, or the registry grammar's).
        const witnesses = isGitHubProvider(p.provider)
          ? synthesizeWitnesses(p.knowledge, config.owners ?? [])
          : synthesizeIssuerWitnesses(p.facets ?? emptyFacetKnowledge(), { entry: p.provider.registry.entry, match: p.provider.registry.match, configOwners: config.owners ?? [] });
        for (const w of witnesses) {
          if (entry.witnesses.length >= MAX_WITNESSES_PER_PAIR) break;
          const id = `${w.cls}\0${JSON.stringify(w.claims)}`;
          if (entry.seen.has(id)) continue;
          entry.seen.add(id);
          entry.witnesses.push(w);
        }
      }
    }
  }
  return out;
}

/**
 * Whether the role lets the token in, as the scope rules decide it: some rendering has a trusting
 * Allow that applies and no Deny that certainly applies. A provider the role does not trust lets
 * nothing in (its ARN is the role's own provider with that prefix, else none).
 */
function admits(role: Role, prefix: string, claims: Readonly<Record<string, string>>): boolean {
  return role.policies.some(({ policy, trust }) => {
    const p = trust.providers.find((x) => x.provider.prefix.toLowerCase() === prefix);
    if (!p || p.statements.length === 0) return false;
    const result = evaluatePolicy(policy, requestFor(p.provider, claims), { unresolved: 'literal' });
    if (result.statements.some((s) => s.effect === 'Deny' && s.applies === true)) return false;
    const trusting = new Set(p.statements.map((s) => s.index));
    return result.statements.some((s) => trusting.has(s.index) && s.effect === 'Allow' && s.applies !== false);
  });
}

/**
 * Per provider and class: whether each side admits the class (its own scope verdict: what `check` and
 * `explain` say of it), and a witness of change. A widening witness is one of the after policy's own
 * outsider tokens (built from what it names) that it admits and the before policy does not; a narrowing
 * witness, one of the before policy's that only it admits. A class admitted on both sides by the same
 * tokens is unchanged.
 */
function compareRoles(before: Role, after: Role, config: TrustlintConfig): ClassChange[] {
  const out: ClassChange[] = [];
  const fromBefore = candidates([before], config);
  const fromAfter = candidates([after], config);
  const admittedBefore = admittedClasses(before);
  const admittedAfter = admittedClasses(after);
  const prefixes = [...new Set([...fromBefore.keys(), ...fromAfter.keys()])].sort();
  for (const prefix of prefixes) {
    for (const cls of OUTSIDER_CLASSES) {
      const inBefore = admittedBefore.has(`${prefix}\0${cls}`);
      const inAfter = admittedAfter.has(`${prefix}\0${cls}`);
      if (!inBefore && !inAfter) continue;
      const widened = inAfter ? fromAfter.get(prefix)?.witnesses.find((w) => w.cls === cls && admits(after, prefix, w.claims) && !admits(before, prefix, w.claims)) : undefined;
      const narrowed = inBefore ? fromBefore.get(prefix)?.witnesses.find((w) => w.cls === cls && admits(before, prefix, w.claims) && !admits(after, prefix, w.claims)) : undefined;
      const status: ClassStatus = widened ? 'widened' : narrowed ? 'narrowed' : 'unchanged';
      const witness = widened ?? narrowed;
      out.push({
        provider: prefix,
        cls,
        outsider: classPhrase(cls),
        status,
        before: inBefore,
        after: inAfter,
        ...(witness ? { witness: shown(witness.claims, widened ? after : before) } : {}),
      });
    }
  }
  return out;
}

/** `prefix\0class` for every class some rendering's scope verdict admits. */
function admittedClasses(role: Role): Set<string> {
  const out = new Set<string>();
  for (const { trust } of role.policies) {
    for (const v of trust.scope()) for (const cls of v.admitted.keys()) out.add(`${v.provider.prefix.toLowerCase()}\0${cls}`);
  }
  return out;
}

/** The role's scope verdict as `explain` gives it: each admitted class with its witness (first rendering that admits it). */
function verdictOf(role: Role): RoleVerdict {
  const byKey = new Map<string, RoleVerdict['admitted'][number]>();
  for (const { trust } of role.policies) {
    for (const v of trust.scope()) {
      for (const [cls, a] of v.admitted) {
        const prefix = v.provider.prefix.toLowerCase();
        const key = `${prefix}\0${cls}`;
        if (!byKey.has(key)) byKey.set(key, { provider: prefix, cls, outsider: classPhrase(cls), witness: shown(a.witness.claims, role) });
      }
    }
  }
  const rank = (cls: OutsiderClass): number => OUTSIDER_CLASSES.indexOf(cls);
  return { role: role.ref, admitted: [...byKey.values()].sort((a, b) => (a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : rank(a.cls) - rank(b.cls))) };
}

const WORKFLOW_RULES = new Set(CATALOG.filter((r) => r.category === 'workflow' || r.category === 'long-lived-keys').map((r) => r.id));
const STATIC_KEY_RULES = new Set(['workflow-static-aws-keys', 'secret-aws-access-key']);
const TRIGGER_RULES = new Set(['workflow-untrusted-trigger-oidc']);

/** A side's name for a file: its `fileKey`, else the file as given. */
function keyOf(side: DiffSide): (file: string) => string {
  return (file) => side.fileKey?.(file) ?? file;
}

/**
 * Files renamed between the trees, old key → new key, one to one. Only files present on one side
 * only qualify. Workflows and composite actions pair by the same text, else (workflows) by the same
 * name and set of job ids, else by the same set of job ids alone — each only when exactly one file
 * on each side qualifies, so an ambiguous rename stays a removal and an addition. A policy or
 * template file pairs when its roles paired with the roles of exactly one other file.
 */
function renamedFiles(before: DiffSide, after: DiffSide, pairs: readonly [Role, Role, PairedBy][]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  const add = (from: string, to: string): void => {
    if (out.has(from) || taken.has(to)) return;
    out.set(from, to);
    taken.add(to);
  };
  const workflowsOf = (side: DiffSide): Map<string, WorkflowDocument> => {
    const key = keyOf(side);
    const m = new Map<string, WorkflowDocument>();
    for (const doc of side.documents) if (doc.kind === 'workflow') m.set(key(doc.file), doc);
    return m;
  };
  const filesOf = (side: DiffSide): Set<string> => {
    const key = keyOf(side);
    return new Set(side.documents.map((d) => key(d.kind === 'trust-policy' ? (d.resourceFile ?? d.file) : d.file)));
  };
  const beforeFiles = filesOf(before);
  const afterFiles = filesOf(after);
  const was = [...workflowsOf(before)].filter(([k]) => !afterFiles.has(k));
  const now = [...workflowsOf(after)].filter(([k]) => !beforeFiles.has(k));
  const textOf = (side: DiffSide, doc: WorkflowDocument): string | undefined => side.texts?.get(doc.file);
  const jobsOf = (doc: WorkflowDocument): string => (doc.workflowKind === 'workflow' ? doc.jobs.map((j) => j.id).sort().join('\0') : '');
  const nameOf = (doc: WorkflowDocument): string => (doc.name?.text ?? '');
  const signatures: ((side: DiffSide, doc: WorkflowDocument) => string | undefined)[] = [
    (side, doc) => textOf(side, doc),
    (_side, doc) => (doc.workflowKind === 'workflow' && doc.jobs.length > 0 ? `${nameOf(doc)}\0\0${jobsOf(doc)}` : undefined),
    (_side, doc) => (doc.workflowKind === 'workflow' && doc.jobs.length > 0 ? jobsOf(doc) : undefined),
  ];
  for (const signature of signatures) {
    const index = (side: DiffSide, docs: [string, WorkflowDocument][]): Map<string, string[]> => {
      const m = new Map<string, string[]>();
      for (const [k, doc] of docs) {
        if (out.has(k) || taken.has(k)) continue;
        const s = signature(side, doc);
        if (s !== undefined) m.set(`${doc.workflowKind}\0${s}`, [...(m.get(`${doc.workflowKind}\0${s}`) ?? []), k]);
      }
      return m;
    };
    const right = index(after, now);
    for (const [s, froms] of index(before, was)) {
      const tos = right.get(s);
      if (froms.length === 1 && tos?.length === 1 && froms[0] !== undefined && tos[0] !== undefined) add(froms[0], tos[0]);
    }
  }
  // Policy files: every role of the old file paired into one and the same new file.
  const targets = new Map<string, Set<string>>();
  for (const [b, a] of pairs) {
    const from = keyOf(before)(b.ref.file);
    const to = keyOf(after)(a.ref.file);
    if (from === to || afterFiles.has(from) || beforeFiles.has(to)) continue;
    targets.set(from, new Set([...(targets.get(from) ?? []), to]));
  }
  for (const [from, tos] of targets) if (tos.size === 1) add(from, [...tos][0] ?? '');
  return out;
}

/** Jobs by `file\0job` (file keys, old names renamed) with whether they obtain AWS credentials and whether their token is `id-token: write`. */
function jobFacts(side: DiffSide, renamed: ReadonlyMap<string, string> = new Map()): Map<string, { file: string; job: string; aws: boolean; idToken: boolean }> {
  const out = new Map<string, { file: string; job: string; aws: boolean; idToken: boolean }>();
  const key = keyOf(side);
  for (const doc of side.documents) {
    if (doc.kind !== 'workflow' || doc.workflowKind !== 'workflow') continue;
    const wf: WorkflowDocument = doc;
    const file = key(wf.file);
    for (const job of wf.jobs) {
      const aws = stepsOfJob(wf, job).some((s) => readCacStep(s) !== undefined);
      out.set(`${renamed.get(file) ?? file}\0${job.id}`, { file: wf.file, job: job.id, aws, idToken: job.idToken.level === 'write' });
    }
  }
  return out;
}

function workflowChanges(before: DiffSide, after: DiffSide, renamed: ReadonlyMap<string, string>): WorkflowChange[] {
  const out: WorkflowChange[] = [];
  const was = jobFacts(before, renamed);
  for (const [key, now] of jobFacts(after)) {
    const then = was.get(key);
    if (now.aws && !then?.aws) {
      out.push({ kind: 'obtains-aws-credentials', file: now.file, job: now.job, error: false, message: 'now obtains AWS credentials (configure-aws-credentials)' });
    }
    if (now.idToken && !then?.idToken) {
      out.push({ kind: 'id-token-write', file: now.file, job: now.job, error: false, message: 'now gets id-token: write (it can request OIDC tokens)' });
    }
  }
  // The base's findings under their new file names: a finding that only moved with its file is not new.
  const known = new Set(printsOf({ ...before, fileKey: (f) => { const k = keyOf(before)(f); return renamed.get(k) ?? k; } }));
  const prints = printsOf(after);
  after.findings.forEach((f, i) => {
    if (!WORKFLOW_RULES.has(f.ruleId) || known.has(prints[i] ?? '')) return;
    const kind: WorkflowChangeKind = STATIC_KEY_RULES.has(f.ruleId) ? 'static-keys' : TRIGGER_RULES.has(f.ruleId) ? 'untrusted-trigger' : 'new-finding';
    out.push({ kind, file: f.location?.file ?? '', finding: f, error: f.severity === 'error', message: `${f.ruleId}: ${f.message}` });
  });
  return out;
}

function printsOf(side: DiffSide): string[] {
  return findingFingerprints(side.findings, { ...(side.fileKey ? { fileKey: side.fileKey } : {}), ...(side.texts ? { texts: side.texts } : {}) });
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** A witness's claims with unresolved markers shown as `explain` shows them. */
function shown(claims: Readonly<Record<string, string>>, role: Role): Record<string, string> {
  return Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, displayValue(v, role.parts)]));
}
