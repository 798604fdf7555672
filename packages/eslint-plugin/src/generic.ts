import { analyze, detectKind, type TrustlintConfig } from '@trustlint/core';
import type { CoreResult } from './analysis.js';

/**
 * JSON policies, CloudFormation (JSON and YAML) and workflows: the core's own entry point, which
 * detects the kind from the path and content. The file is not "explicit" (as in a walked directory),
 * so an unrelated JSON or YAML file yields nothing.
 */
export function analyzeGeneric(file: string, text: string, config: TrustlintConfig): CoreResult {
  // A `*.tf.json` is one file of a Terraform module, which only the CLI evaluates as a whole (with
  // its variables and tfvars); linted alone it would be judged without them.
  if (detectKind(file, text) === 'terraform') return { findings: [], documents: [] };
  const { findings, documents } = analyze([{ file, text, explicit: false }], { config });
  return { findings, documents };
}
