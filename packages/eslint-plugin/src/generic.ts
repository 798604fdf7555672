import { analyze, type TrustlintConfig } from '@trustlint/core';
import type { CoreResult } from './analysis.js';

/**
 * JSON policies, CloudFormation (JSON and YAML) and workflows: the core's own entry point, which
 * detects the kind from the path and content. The file is not "explicit" (as in a walked directory),
 * so an unrelated JSON or YAML file yields nothing.
 */
export function analyzeGeneric(file: string, text: string, config: TrustlintConfig): CoreResult {
  const { findings, documents } = analyze([{ file, text, explicit: false }], { config });
  return { findings, documents };
}
