import type { TrustPolicyDocument } from '../model/document.js';
import { getMember, type PolicyNode } from '../model/policy.js';
import { EvaluationBudget, LimitError, limitFinding } from '../budget.js';
import { oversizedInput } from '../limits.js';
import { JsonSyntaxError, parseJsonTree, type PlaceholderRange } from './json-tree.js';
import type { SourceResult } from './types.js';

/** A source result whose documents are trust policies. */
export type PolicyFileResult = SourceResult & { documents: TrustPolicyDocument[] };

/**
 * Placeholders of policy template files (spec/rules.md "Unresolved values"): `$NAME`, `${name}` without
 * a colon (a colon makes it an IAM policy variable), `__NAME__`, `{{…}}` and `%s`. No alternative may
 * scan across a `{` it could start again at: `${${${…` must stay linear.
 */
const PLACEHOLDER_RE = /\$\{[^{}:"\n]+\}|\$[A-Za-z_][A-Za-z0-9_]*|__[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*__|\{\{[^{}\n]*\}\}|%s/g;

/**
 * Finds template placeholders. Those outside JSON strings (e.g. `"Version": ${version}`) are replaced
 * by a string literal of the same length so that offsets stay exact and the JSON parses.
 */
export function preparePolicyTemplate(text: string): { text: string; placeholders: PlaceholderRange[] } {
  const placeholders: PlaceholderRange[] = [];
  const insideString = stringMask(text);
  let out = '';
  let cursor = 0;
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    placeholders.push({ start, end, expression: m[0] });
    if (insideString[start] !== 1 && m[0].length >= 2) {
      out += text.slice(cursor, start) + '"' + '_'.repeat(m[0].length - 2) + '"';
      cursor = end;
    }
  }
  out += text.slice(cursor);
  return { text: out, placeholders };
}

/** For each offset, whether it lies inside a JSON string literal (quotes excluded): 1 inside. */
function stringMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length + 1);
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') {
        mask[i] = 1;
        mask[i + 1] = 1;
        i++;
        continue;
      }
      if (c === '"' || c === '\n') {
        inString = false;
        continue;
      }
      mask[i] = 1;
    } else if (c === '"') {
      inString = true;
    }
  }
  return mask;
}

/** True when a parsed JSON value is a policy document (a top-level `Statement`). */
export function isPolicyRoot(root: PolicyNode): boolean {
  return root.type === 'object' && getMember(root, 'Statement') !== undefined;
}

/** Reads a JSON policy document or policy template file into a trust-policy document. */
export function readPolicyFile(file: string, text: string, template: boolean, budget = new EvaluationBudget({}, text.length)): PolicyFileResult {
  const oversized = oversizedInput(file, text);
  if (oversized) return { documents: [], findings: [oversized] };
  const prepared = template ? preparePolicyTemplate(text) : { text, placeholders: [] };
  let root: PolicyNode;
  try {
    root = parseJsonTree(prepared.text, { placeholders: prepared.placeholders, budget });
  } catch (err) {
    if (err instanceof LimitError) {
      return { documents: [], findings: [limitFinding({ what: template ? 'the policy template' : 'the policy document', file, text }, err)] };
    }
    if (!(err instanceof JsonSyntaxError)) throw err;
    const pos = err.position;
    return {
      documents: [],
      findings: [
        {
          ruleId: 'parse-error',
          severity: 'error',
          message: `${template ? 'policy template' : 'policy document'} is not valid JSON: ${err.message}`,
          location: { file, span: { start: pos, end: { ...pos, column: pos.column + 1, offset: pos.offset + 1 } } },
        },
      ],
    };
  }
  // "Statement" was somewhere in the text, but not at the top level: not a policy document.
  if (root.type !== 'object' || !isPolicyRoot(root)) return { documents: [], findings: [], unrecognised: true };
  return {
    documents: [
      {
        kind: 'trust-policy',
        file,
        root,
        location: { file, span: root.span },
        sourceKind: template ? 'policy-template' : 'policy',
      },
    ],
    findings: [],
  };
}
