import type { RelatedLocation } from '../model/finding.js';
import type { PolicyNode } from '../model/policy.js';

/** "value from the default of var.x": where a resolved value really came from. */
export function provenanceNotes(node: PolicyNode | undefined): RelatedLocation[] {
  const p = node?.provenance;
  if (!p) return [];
  switch (p.kind) {
    case 'variable-default':
      return [{ location: p.location, message: `value from the default of var.${p.name}` }];
    case 'tfvars':
      return [{ location: p.location, message: `value of var.${p.name} from a tfvars file` }];
    case 'cfn-parameter-default':
      return [{ location: p.location, message: `value from the default of parameter ${p.name}` }];
    case 'terraform-local':
      return [{ location: p.location, message: `value of local.${p.name}` }];
    case 'module-argument':
      return [{ location: p.location, message: `passed to var.${p.name} of ${p.module}` }];
    default:
      return [];
  }
}
