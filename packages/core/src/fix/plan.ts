import type { TrustlintConfig } from '../config.js';
import type { ModelDocument, TrustPolicyDocument } from '../model/document.js';
import { collectUnresolved, toJson } from '../model/policy.js';
import { readPolicyFile } from '../sources/policy-file.js';
import { documentRoleName, roleUsesOf } from '../workflow/role-uses.js';
import { unifiedDiff } from './diff.js';
import { applyEdits, type TextEdit } from './edit.js';
import { jsonPolicyEdits, type Json } from './json-edit.js';
import { provePolicy, synthesizeTrust, type SynthesisProof, type SynthesizedConditions } from './synthesize.js';

/** What `trustlint fix` decided for one role. */
export interface RoleFix {
  /** `file` or `file:resource`. */
  label: string;
  file: string;
  status: 'fixed' | 'unchanged' | 'skipped' | 'refused';
  /** Why skipped or refused. */
  reason?: string;
  conditions?: SynthesizedConditions;
  proof?: SynthesisProof;
  /** The jobs whose subjects the conditions admit (`file#job`). */
  jobs: string[];
}

export interface FileFix {
  file: string;
  before: string;
  after: string;
  diff: string;
}

export interface FixPlan {
  roles: RoleFix[];
  files: FileFix[];
}

export interface FixOptions {
  /** `--subject`: the subject to admit for roles no job in the scan assumes. */
  subject?: string;
}

function labelOf(doc: TrustPolicyDocument): string {
  return doc.resource ? `${doc.file}:${doc.resource}` : doc.file;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Edits for one document in its own source format, or why there are none. */
function editsFor(doc: TrustPolicyDocument, text: string, policy: Json): TextEdit[] | { reason: string } {
  if (doc.sourceKind === 'policy') return jsonPolicyEdits(doc, text, policy);
  return { reason: `editing ${doc.sourceKind} sources is not supported yet: write the conditions by hand` };
}

/** Re-reads the edited source and proves it again: the edit must say what the synthesis proved. */
function reprove(doc: TrustPolicyDocument, after: string, policy: Json, fix: { conditions: SynthesizedConditions; uses: Parameters<typeof provePolicy>[3] }, config: TrustlintConfig): SynthesisProof | { reason: string } {
  if (doc.sourceKind !== 'policy') return { reason: 'no re-reader for this source kind' };
  const reread = readPolicyFile(doc.file, after, false).documents[0];
  if (!reread) return { reason: 'the edited file is no longer a policy document' };
  if (!same(toJson(reread.root), policy)) return { reason: 'the edited file does not read as the synthesised policy' };
  return provePolicy(doc, toJson(reread.root), fix.conditions, fix.uses, config);
}

/**
 * For every trust policy of the scan whose role a scanned job assumes (or, with `subject`, every
 * other one): the least-privilege conditions, the edit in the policy's own source, and the proof
 * on the edited source. Nothing is written here; `files` holds the new texts.
 */
export function planFixes(documents: readonly ModelDocument[], texts: ReadonlyMap<string, string>, config: TrustlintConfig, options: FixOptions = {}): FixPlan {
  const roles: RoleFix[] = [];
  const current = new Map<string, string>();
  const original = new Map<string, string>();
  for (const doc of documents) {
    if (doc.kind !== 'trust-policy' || doc.sourceKind === 'live') continue;
    const label = labelOf(doc);
    const uses = roleUsesOf(doc, documents);
    const jobs = uses.map((u) => `${u.workflow.file}#${u.job.id}`);
    const base = { label, file: doc.file, jobs };
    if (uses.length === 0 && options.subject === undefined) {
      const name = documentRoleName(doc);
      roles.push({ ...base, status: 'skipped', reason: `no job in the scanned workflows assumes ${name ? `role ${name}` : 'this role'}; state the subject with --subject repo:OWNER/REPO:CONTEXT` });
      continue;
    }
    if (doc.variant !== undefined) {
      roles.push({ ...base, status: 'skipped', reason: `the source renders several variants of this policy (${doc.variant}): write the conditions by hand` });
      continue;
    }
    if (collectUnresolved(doc.root).length > 0) {
      roles.push({ ...base, status: 'skipped', reason: 'the policy has values trustlint cannot resolve: resolve them (--var, --parameter) first' });
      continue;
    }
    const synthesis = synthesizeTrust(doc, uses, config, uses.length === 0 ? options.subject : undefined);
    if (!synthesis.ok) {
      roles.push({ ...base, status: 'skipped', reason: synthesis.reason });
      continue;
    }
    const fix = { conditions: synthesis.conditions, proof: synthesis.proof };
    if (!synthesis.proven) {
      roles.push({ ...base, ...fix, status: 'refused', reason: 'the synthesised policy does not pass its proof (see proof)' });
      continue;
    }
    const policy = synthesis.policy as Json;
    if (same(toJson(doc.root), policy)) {
      roles.push({ ...base, ...fix, status: 'unchanged' });
      continue;
    }
    const text = current.get(doc.file) ?? texts.get(doc.file);
    if (text === undefined) {
      roles.push({ ...base, ...fix, status: 'skipped', reason: 'the source text is not available' });
      continue;
    }
    const edits = editsFor(doc, text, policy);
    if ('reason' in edits) {
      roles.push({ ...base, ...fix, status: 'skipped', reason: edits.reason });
      continue;
    }
    const after = applyEdits(text, edits);
    const proof = reprove(doc, after, policy, { conditions: synthesis.conditions, uses }, config);
    if ('reason' in proof) {
      roles.push({ ...base, ...fix, status: 'refused', reason: proof.reason });
      continue;
    }
    if (proof.extraScope.length > 0 || proof.refused.length > 0 || proof.jobsLockedOut.length > 0) {
      roles.push({ ...base, conditions: synthesis.conditions, proof, status: 'refused', reason: 'the edited source does not pass the proof' });
      continue;
    }
    if (!original.has(doc.file)) original.set(doc.file, text);
    current.set(doc.file, after);
    roles.push({ ...base, conditions: synthesis.conditions, proof, status: 'fixed' });
  }
  const files = [...current.entries()]
    .map(([file, after]) => {
      const before = original.get(file) ?? '';
      return { file, before, after, diff: unifiedDiff(file.replace(/\\/g, '/'), before, after) };
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { roles, files };
}
