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
