import type { InputKind } from '../model/document.js';
import { slashed, type SourceAdapter } from './adapter.js';
import { cloudFormationAdapter } from './cloudformation/adapter.js';
import { policyFileAdapter } from './policy-file-adapter.js';
import { terraformPlanAdapter } from './terraform-plan/adapter.js';
import { terraformAdapter } from './terraform/adapter.js';
import { workflowAdapter } from './workflow/adapter.js';
import { gitlabCiAdapter } from './gitlab-ci/adapter.js';

/**
 * Every input format analyse() reads, in detection order: path tests first (any adapter), then content
 * tests in this order — plan output before CloudFormation before a bare policy for JSON, CloudFormation
 * before a workflow or action for YAML (spec/cli.md "Discovery"). `finish` steps run in this order too.
 * CDK code is read through the ESLint plugin (readCdkProgram), not by analyse().
 */
export const SOURCE_ADAPTERS: readonly SourceAdapter[] = [terraformAdapter, terraformPlanAdapter, cloudFormationAdapter, policyFileAdapter, workflowAdapter, gitlabCiAdapter];

/** The adapter that reads a kind. */
export function adapterFor(kind: InputKind): SourceAdapter {
  const adapter = SOURCE_ADAPTERS.find((a) => a.kinds.includes(kind));
  if (!adapter) throw new Error(`no source adapter reads the input kind "${kind}"`);
  return adapter;
}

/** The kind of a file from its path and content, or undefined when no adapter claims it. */
export function detectWithAdapters(file: string, text: string): InputKind | undefined {
  const path = slashed(file);
  for (const a of SOURCE_ADAPTERS) {
    const kind = a.byPath?.(path);
    if (kind !== undefined) return kind;
  }
  for (const a of SOURCE_ADAPTERS) {
    const kind = a.byContent?.(path, text);
    if (kind !== undefined) return kind;
  }
  return undefined;
}
