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
