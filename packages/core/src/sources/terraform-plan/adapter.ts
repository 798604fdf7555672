import { isJsonLike, type SourceAdapter } from '../adapter.js';
import { readTerraformPlan } from './index.js';
import { linkPlanSources } from './sources.js';

/** `terraform show -json` output of a plan or a state. */
export const terraformPlanAdapter: SourceAdapter = {
  kinds: ['terraform-plan'],
  inputName: /\.(json|template)$/,
  kindTokens: ['format_version'],
  byContent(path, text) {
    // Plan output and state (`terraform show -json` of either) share format_version.
    return isJsonLike(path, text) && /"format_version"\s*:/.test(text) && /"(planned_values|resource_changes|values)"\s*:/.test(text) ? 'terraform-plan' : undefined;
  },
  read: (_kind, source, options, budget) => readTerraformPlan(source, options, budget),
  finish: linkPlanSources,
};
