import { analyze } from '../analyze.js';
import type { TrustlintConfig } from '../config.js';
import type { ModelDocument, TrustPolicyDocument } from '../model/document.js';
import { toJson } from '../model/policy.js';
import { planSourceOf } from '../sources/terraform-plan/sources.js';
import { documentRoleName, roleUsesOf } from '../workflow/role-uses.js';
import { changedFiles, type FileFix } from './diff.js';
import { applyFileEdits, type TextEdit } from './edit.js';
import { jsonPolicyEdits, type Json } from './json-edit.js';
import { isProven, proveDocument, synthesizeTrust, type SynthesisProof, type SynthesizedConditions } from './synthesize.js';
import { terraformPolicyEdits } from './terraform-edit.js';
import { yamlPolicyEdits } from './yaml-edit.js';

/** What `trustlint fix` decided for one role. */
export interface RoleFix {
  /** `file` or `file:resource`. */
  label: string;
  file: string;
  status: 'fixed' | 'unchanged' | 'skipped' | 'refused';
  /** Why skipped or refused. */
  reason?: string;
  conditions?: SynthesizedConditions;
  /** The proof on the edited source (one per rendering of the role). */
  proof?: SynthesisProof;
  /** The jobs whose subjects the conditions admit (`file#job`). */
  jobs: string[];
}

export type { FileFix } from './diff.js';

export interface FixPlan {
  roles: RoleFix[];
  files: FileFix[];
}

export interface FixOptions {
  /** `--subject`: the subject to admit for roles no job in the scan assumes. */
  subject?: string;
}

/**
 * Each narrowed role is proven by reading the whole edited scan again: past this many roles in one
 * run the rest are skipped with a note (run fix again on a smaller PATH), so the work stays bounded.
 */
export const MAX_PROVEN_ROLES = 100;

function labelOf(doc: TrustPolicyDocument): string {
  return doc.resource ? `${doc.resourceFile ?? doc.file}:${doc.resource}` : doc.file;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Edits for one document in its own source format, or why there are none. */
function editsFor(doc: TrustPolicyDocument, texts: ReadonlyMap<string, string>, policy: Json, statements: ReadonlySet<number>, c: SynthesizedConditions): TextEdit[] | { reason: string } {
  if (doc.sourceKind === 'policy') {
    const text = texts.get(doc.file);
    return text === undefined ? { reason: 'the source text is not available' } : jsonPolicyEdits(doc, text, policy);
  }
  if (doc.sourceKind === 'terraform') return terraformPolicyEdits(doc, texts, statements, c, policy);
  if (doc.sourceKind === 'cloudformation') {
    const text = texts.get(doc.file);
    if (text === undefined) return { reason: 'the source text is not available' };
    // A JSON template's policy is JSON at its offsets; anything else is YAML.
    return text.trimStart().startsWith('{') ? jsonPolicyEdits(doc, text, policy) : yamlPolicyEdits(doc, text, policy);
  }
  return { reason: `editing ${doc.sourceKind} sources is not supported yet: write the conditions by hand` };
}


/** Merges proofs of several renderings into one (every list concatenated). */
function mergeProofs(proofs: readonly SynthesisProof[]): SynthesisProof {
  return {
    extraScope: proofs.flatMap((p) => p.extraScope),
    neededScope: proofs.flatMap((p) => p.neededScope),
    refused: proofs.flatMap((p) => p.refused),
    jobsLockedOut: [...new Set(proofs.flatMap((p) => p.jobsLockedOut))],
  };
}

/**
 * Reads the whole edited scan again and proves every rendering of the role: the edit must give what
 * the synthesis proved, in the source as the rules read it.
 */
function reprove(label: string, texts: ReadonlyMap<string, string>, c: SynthesizedConditions, withJobs: boolean, config: TrustlintConfig): SynthesisProof | { reason: string } {
  const again = analyze([...texts].map(([file, text]) => ({ file, text, explicit: true })), { config });
  const docs = again.documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy' && labelOf(d) === label);
  if (docs.length === 0) return { reason: 'the edited source no longer defines the role' };
  const broken = again.findings.find((f) => f.ruleId === 'parse-error' || f.ruleId === 'input-error');
  if (broken) return { reason: `the edited source does not read: ${broken.message}` };
  return mergeProofs(docs.map((d) => proveDocument(d, c, withJobs ? roleUsesOf(d, again.documents) : [], config)));
}

/**
 * For every trust policy of the scan whose role a scanned job assumes (or, with `subject`, every
 * other one): the least-privilege conditions, the edit in the policy's own source, and the proof
 * on the edited source, read again with the rest of the scan. Nothing is written here; `files`
 * holds the new texts.
 */
export function planFixes(documents: readonly ModelDocument[], texts: ReadonlyMap<string, string>, config: TrustlintConfig, options: FixOptions = {}): FixPlan {
  const roles: RoleFix[] = [];
  // Edits are computed on the texts as scanned (the spans point there) and applied together.
  let accepted: TextEdit[] = [];
  let proven = 0;
  let current = new Map(texts);
  const seen = new Set<string>();
  // A plan is terraform's output and never edited: a role found in a plan is narrowed in the `.tf`
  // source its configuration section maps it to, when the scan holds it, with the jobs that assume
  // either rendering; otherwise fix says why it cannot.
  const plans = new Map<string, TrustPolicyDocument[]>();
  const planNotes: RoleFix[] = [];
  for (const doc of documents) {
    if (doc.kind !== 'trust-policy' || doc.sourceKind !== 'terraform-plan') continue;
    const { source, plannedFrom } = planSourceOf(doc, documents);
    const jobs = roleUsesOf(doc, documents).map((u) => `${u.workflow.file}#${u.job.id}`);
    if (source) {
      plans.set(labelOf(source), [...(plans.get(labelOf(source)) ?? []), doc]);
      continue;
    }
    const where = plannedFrom ? `its configuration plans ${plannedFrom.address} in ${plannedFrom.dir === '' || plannedFrom.dir === '.' ? 'the root module (the plan\'s folder)' : plannedFrom.dir}, which is not in the scan: scan the .tf files with the plan` : 'the plan has no configuration section that maps it to a .tf source';
    planNotes.push({ label: labelOf(doc), file: doc.file, jobs, status: 'skipped', reason: `a Terraform plan is never edited (it is terraform's output); ${where}` });
  }
  const fromPlans = new Map<string, string>();
  for (const doc of documents) {
    if (doc.kind !== 'trust-policy' || doc.sourceKind === 'live' || doc.sourceKind === 'terraform-plan') continue;
    const label = labelOf(doc);
    // Renderings of one role (Terraform's repeated condition blocks) are edited once, proven each.
    if (seen.has(label)) continue;
    seen.add(label);
    const planned = plans.get(label) ?? [];
    for (const p of planned) fromPlans.set(labelOf(p), label);
    const own = roleUsesOf(doc, documents);
    const uses = [...own, ...planned.flatMap((p) => roleUsesOf(p, documents))].filter((u, i, all) => all.findIndex((o) => o.workflow === u.workflow && o.job === u.job) === i);
    const jobs = uses.map((u) => `${u.workflow.file}#${u.job.id}`);
    const base = { label, file: doc.file, jobs };
    if (uses.length === 0 && options.subject === undefined) {
      const name = documentRoleName(doc);
      roles.push({ ...base, status: 'skipped', reason: `no job in the scanned workflows assumes ${name ? `role ${name}` : 'this role'}; state the subject with --subject repo:OWNER/REPO:CONTEXT` });
      continue;
    }
    const synthesis = synthesizeTrust(doc, uses, config, uses.length === 0 ? options.subject : undefined);
    if (!synthesis.ok) {
      roles.push({ ...base, status: 'skipped', reason: synthesis.reason });
      continue;
    }
    const c = synthesis.conditions;
    if (!synthesis.proven) {
      roles.push({ ...base, conditions: c, proof: synthesis.proof, status: 'refused', reason: 'the synthesised policy does not pass its proof' });
      continue;
    }
    const policy = synthesis.policy as Json;
    const renderings = documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy' && labelOf(d) === label);
    if (renderings.every((d) => same(toJson(d.root), policy))) {
      roles.push({ ...base, conditions: c, proof: synthesis.proof, status: 'unchanged' });
      continue;
    }
    const changed = new Set([...synthesis.statements].filter((i) => renderings.some((d) => !same(statementJson(d, i), statementOf(policy, i)))));
    if (proven >= MAX_PROVEN_ROLES) {
      roles.push({ ...base, conditions: c, status: 'skipped', reason: `more than ${MAX_PROVEN_ROLES} roles to narrow in one run: run fix again (or on a smaller PATH)` });
      continue;
    }
    proven++;
    const edits = editsFor(doc, texts, policy, changed, c);
    if ('reason' in edits) {
      roles.push({ ...base, conditions: c, status: 'skipped', reason: edits.reason });
      continue;
    }
    // Two roles may share one policy document (one aws_iam_policy_document for both): the same edit once.
    const combined = [...accepted, ...edits.filter((e) => !accepted.some((a) => a.file === e.file && a.start === e.start && a.end === e.end && a.text === e.text))];
    let edited: Map<string, string>;
    try {
      edited = applyFileEdits(texts, combined);
    } catch {
      roles.push({ ...base, conditions: c, status: 'skipped', reason: 'its policy source is shared with a role narrowed differently: write the conditions by hand' });
      continue;
    }
    const proof = reprove(label, edited, c, uses.length > 0, config);
    if ('reason' in proof) {
      roles.push({ ...base, conditions: c, status: 'refused', reason: proof.reason });
      continue;
    }
    if (!isProven(proof)) {
      roles.push({ ...base, conditions: c, proof, status: 'refused', reason: 'the edited source does not pass the proof' });
      continue;
    }
    current = edited;
    accepted = combined;
    roles.push({ ...base, conditions: c, proof, status: 'fixed' });
  }
  // Each plan rendering says where its edit went (or why none), in the order of the scan.
  for (const doc of documents) {
    if (doc.kind !== 'trust-policy' || doc.sourceKind !== 'terraform-plan') continue;
    const sourceLabel = fromPlans.get(labelOf(doc));
    if (sourceLabel === undefined) continue;
    const outcome = roles.find((r) => r.label === sourceLabel);
    const jobs = roleUsesOf(doc, documents).map((u) => `${u.workflow.file}#${u.job.id}`);
    const done = outcome?.status === 'fixed' ? `the edit is written there (run terraform plan again to refresh the plan)` : `${outcome?.status ?? 'skipped'} there${outcome?.reason ? `: ${outcome.reason}` : ''}`;
    planNotes.push({ label: labelOf(doc), file: doc.file, jobs, status: 'skipped', reason: `a Terraform plan is never edited: planned from ${sourceLabel}; ${done}` });
  }
  for (const note of planNotes) roles.push(note);
  const files = changedFiles(texts, current);
  return { roles, files };
}

function statementOf(policy: Json, i: number): Json | undefined {
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) return undefined;
  const st = policy.Statement;
  return Array.isArray(st) ? st[i] : i === 0 ? st : undefined;
}

function statementJson(doc: TrustPolicyDocument, i: number): Json | undefined {
  return statementOf(toJson(doc.root) as Json, i);
}
