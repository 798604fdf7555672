import type { InputKind } from '../model/document.js';

const WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const TEMPLATE_EXT = /\.(json\.tpl|tpl|tftpl)$/;

/**
 * The input kind of a file from its path and content (spec/cli.md "Discovery"), or undefined when it
 * has no recognised kind. `text` may be consulted cheaply (top-level keys), never fully parsed twice.
 */
export function detectKind(file: string, text: string): InputKind | undefined {
  const path = file.replace(/\\/g, '/');
  if (WORKFLOW_PATH.test(path)) return 'workflow';
  if (/\.tf(\.json)?$/.test(path)) return 'terraform';
  if (TEMPLATE_EXT.test(path)) return /"Statement"\s*:/.test(text) ? 'policy-template' : undefined;
  if (/\.json$/.test(path) || (/\.template$/.test(path) && /^\s*\{/.test(text))) {
    // Plan output and state (`terraform show -json` of either) share format_version.
    if (/"format_version"\s*:/.test(text) && /"(planned_values|resource_changes|values)"\s*:/.test(text)) return 'terraform-plan';
    if (/"AWSTemplateFormatVersion"\s*:/.test(text) || /"Type"\s*:\s*"(AWS|Custom)::/.test(text)) return 'cloudformation';
    if (/"Statement"\s*:/.test(text)) return 'policy';
    return undefined;
  }
  if (/\.(ya?ml|template)$/.test(path)) {
    if (/^AWSTemplateFormatVersion[ \t]*:/m.test(text) || /^[ \t]+Type:[ \t]*["']?(AWS|Custom)::/m.test(text)) return 'cloudformation';
    if (/^on[ \t]*:/m.test(text) && /^jobs[ \t]*:/m.test(text)) return 'workflow';
    if (/(^|\/)action\.ya?ml$/.test(path) && /^runs[ \t]*:/m.test(text)) return 'composite-action';
    return undefined;
  }
  return undefined;
}

/**
 * Names whose files may be inputs: those `detectKind` can recognise, plus Terraform variable files
 * (module context). A file of any other name is never read while walking, and a named one has no kind.
 */
const INPUT_NAME = /\.(json|ya?ml|template|tpl|tftpl|tf|tfvars)$/;

export function isInputName(file: string): boolean {
  return INPUT_NAME.test(file);
}

/** Every token that `detectKind` needs in a file whose kind it decides by content. */
const KIND_TOKENS = /Statement|format_version|AWSTemplateFormatVersion|AWS::|Custom::|jobs|runs/;
/** Longest token above: a chunked scan must overlap its chunks by this much less one. */
export const KIND_TOKEN_MAX_LENGTH = 'AWSTemplateFormatVersion'.length;

/**
 * Whether a file that could not be read whole (over the size cap, not UTF-8) may be of a recognised
 * kind: always when its path decides (a `.tf`, a workflow), else when `chunk` — any part of its
 * content — holds a token some kind needs. A superset of `detectKind`, so that no analysed kind is
 * taken for "no recognised kind" (the gate fails closed on these files).
 */
export function mayHaveKind(file: string, chunk: string): boolean {
  const path = file.replace(/\\/g, '/');
  if (!isInputName(path) || /\.tfvars$/.test(path)) return false;
  if (WORKFLOW_PATH.test(path) || /\.tf(\.json)?$/.test(path)) return true;
  return KIND_TOKENS.test(chunk);
}
