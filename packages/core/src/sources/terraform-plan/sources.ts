import type { ModelDocument, TrustPolicyDocument } from '../../model/document.js';
import { folderOf } from '../../paths.js';
import { normalDir } from './instances.js';

/** Where each plan document was planned from (its module's folder and address there), by document. */
const planned = new WeakMap<TrustPolicyDocument, { dir: string; address: string }>();

/** Records the configuration a plan's trust policy comes from (see configuredSource). */
export function notePlannedFrom(doc: TrustPolicyDocument, source: { dir: string; address: string } | undefined): TrustPolicyDocument {
  if (source) planned.set(doc, source);
  return doc;
}

/** `module.a["x"].aws_iam_role.r[0]` → `aws_iam_role.r`: the address inside its module, without instance keys. */
function localAddress(address: string): string {
  return address.replace(/^(?:module\.[^.[\]]+(?:\[[^\]]*\])?\.)+/, '').replace(/\[[^\]]*\]$/, '');
}

/**
 * Plan findings also point at the `.tf` source of the resource when it is in the scan: each plan
 * trust policy whose configuration names a resource the Terraform adapter read (same module folder,
 * same address in it) gets that policy's place as a related location, which every finding on the
 * plan's document carries (issue 13: plan JSON mapped back).
 */
export function linkPlanSources(documents: ModelDocument[]): void {
  const sources = new Map<string, TrustPolicyDocument>();
  for (const d of documents) {
    if (d.kind !== 'trust-policy' || d.sourceKind !== 'terraform' || d.resource === undefined) continue;
    const key = `${normalDir(folderOf(d.resourceFile ?? d.file))}\0${localAddress(d.resource)}`;
    if (!sources.has(key)) sources.set(key, d);
  }
  if (sources.size === 0) return;
  for (const d of documents) {
    if (d.kind !== 'trust-policy' || d.sourceKind !== 'terraform-plan') continue;
    const from = planned.get(d);
    const source = from ? sources.get(`${from.dir}\0${from.address}`) : undefined;
    if (!source) continue;
    d.related = [...(d.related ?? []), { location: source.location, message: `the Terraform source of ${d.resource ?? from?.address ?? 'this policy'}` }];
  }
}

/**
 * The `.tf` trust policy a plan's trust policy was planned from, when the scan holds it (the same
 * mapping as linkPlanSources); `plannedFrom` is what the plan's configuration names (module folder,
 * address in it), undefined when the plan has no configuration section for it. For `trustlint fix`,
 * which never edits a plan (it is terraform's output) but writes the edit where the plan came from.
 */
export function planSourceOf(doc: TrustPolicyDocument, documents: readonly ModelDocument[]): { source?: TrustPolicyDocument; plannedFrom?: { dir: string; address: string } } {
  const from = planned.get(doc);
  if (!from) return {};
  const source = documents.find(
    (d): d is TrustPolicyDocument =>
      d.kind === 'trust-policy' && d.sourceKind === 'terraform' && d.resource !== undefined && normalDir(folderOf(d.resourceFile ?? d.file)) === from.dir && localAddress(d.resource) === from.address,
  );
  return source ? { source, plannedFrom: from } : { plannedFrom: from };
}
