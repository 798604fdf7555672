import type { ModelDocument, TrustPolicyDocument } from '../model/document.js';
import { hasMarker } from '../model/policy.js';
import type { WorkflowDocument, WorkflowJob, WorkflowValue } from '../model/workflow.js';
import { assumesRoleViaOidc, readCacStep, type CacStep } from './aws.js';
import { stepsOfJob } from './steps.js';

/** One configure-aws-credentials step that assumes a role through OIDC, with the role it names. */
export interface RoleUse {
  workflow: WorkflowDocument;
  job: WorkflowJob;
  cac: CacStep;
  role: WorkflowValue;
  /** The role name (the last path segment of the ARN, or the bare name); undefined when symbolic. */
  roleName?: string;
  /** The account id when the ARN spells it literally. */
  account?: string;
}

const ARN_RE = /^arn:[^:]*:iam::([^:]*):role\/(.+)$/;

/**
 * The role a `role-to-assume` value names: a literal ARN, a bare role name, or an ARN whose account
 * (or partition) is a `${{ secrets.X }}` / `${{ vars.X }}` expression: the name must be literal.
 */
export function roleNameOf(value: WorkflowValue): { name?: string; account?: string } {
  const text = value.text.trim();
  const m = ARN_RE.exec(text);
  const tail = m ? (m[2] ?? '') : text;
  const name = tail.slice(tail.lastIndexOf('/') + 1);
  if (!name || name.includes('${{') || name.includes(':') || (!m && (text.includes('/') || text.includes('${{')))) return {};
  const account = m?.[1];
  return { name, ...(account && /^\d{12}$/.test(account) ? { account } : {}) };
}

/** Every OIDC role assumption in the scanned workflows (composite actions followed). */
export function roleUses(documents: readonly ModelDocument[]): RoleUse[] {
  const out: RoleUse[] = [];
  for (const doc of documents) {
    if (doc.kind !== 'workflow' || doc.workflowKind !== 'workflow') continue;
    for (const job of doc.jobs) {
      for (const s of stepsOfJob(doc, job)) {
        const cac = readCacStep(s);
        if (!cac?.role || !assumesRoleViaOidc(cac)) continue;
        const { name, account } = roleNameOf(cac.role.value);
        out.push({ workflow: doc, job, cac, role: cac.role.value, ...(name ? { roleName: name } : {}), ...(account ? { account } : {}) });
      }
    }
  }
  return out;
}

/**
 * The role a raw JSON policy file stands for: its file name without `.json` (`deploy.json` ↔ role
 * `deploy`, the name `aws iam create-role --role-name deploy --assume-role-policy-document
 * file://deploy.json` gives it). Only a name IAM accepts (letters, digits and `+=,.@_-`, 1–64
 * characters; IAM CreateRole, RoleName) pairs.
 */
function policyFileRoleName(doc: TrustPolicyDocument): string | undefined {
  if (doc.sourceKind !== 'policy' || doc.resource !== undefined) return undefined;
  const base = doc.file.replace(/\\/g, '/').split('/').at(-1) ?? '';
  const m = /^(.+)\.json$/i.exec(base);
  return m?.[1] && /^[\w+=,.@-]{1,64}$/.test(m[1]) ? m[1] : undefined;
}

/** The role name of a trust-policy document: its `roleName`, else the last segment of `resource`, else a policy file's name. */
export function documentRoleName(doc: TrustPolicyDocument): string | undefined {
  if (doc.roleName !== undefined) return hasMarker(doc.roleName) ? undefined : doc.roleName;
  const resource = doc.resource?.replace(/\[[^\]]*\]$/, '');
  if (!resource) return policyFileRoleName(doc);
  const name = resource.split(/[./:]/).at(-1);
  return name && !hasMarker(name) ? name : undefined;
}

function documentAccount(doc: TrustPolicyDocument): string | undefined {
  return doc.resource ? ARN_RE.exec(doc.resource)?.[1] : undefined;
}

/** Trust policies of a scan by role name, built once per document list (scans have thousands). */
const BY_ROLE_NAME = new WeakMap<readonly ModelDocument[], Map<string, TrustPolicyDocument[]>>();

function policiesByRoleName(documents: readonly ModelDocument[]): Map<string, TrustPolicyDocument[]> {
  let index = BY_ROLE_NAME.get(documents);
  if (index) return index;
  index = new Map();
  for (const d of documents) {
    if (d.kind !== 'trust-policy') continue;
    const name = documentRoleName(d);
    if (name === undefined) continue;
    const list = index.get(name);
    if (list) list.push(d);
    else index.set(name, [d]);
  }
  BY_ROLE_NAME.set(documents, index);
  return index;
}

/** Trust policies in the scan that the use names (by role name; by account too when both spell it). */
export function trustPoliciesFor(use: Pick<RoleUse, 'roleName' | 'account'>, documents: readonly ModelDocument[]): TrustPolicyDocument[] {
  if (!use.roleName) return [];
  return (policiesByRoleName(documents).get(use.roleName) ?? []).filter((d) => {
    const account = documentAccount(d);
    return !(account && use.account && account !== use.account);
  });
}

/** For `explain`: the workflow jobs in the scan that assume the role of this trust policy. */
export function roleUsesOf(policy: TrustPolicyDocument, documents: readonly ModelDocument[]): RoleUse[] {
  return roleUses(documents).filter((u) => trustPoliciesFor(u, documents).includes(policy));
}
