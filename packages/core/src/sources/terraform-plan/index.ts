import type { ModelDocument } from '../../model/document.js';
import type { Finding } from '../../model/finding.js';
import { EvaluationBudget, limitFinding } from '../../budget.js';
import { oversizedInput } from '../../limits.js';
import { lineStarts } from '../../model/span.js';
import { parseJsonNodes } from '../shared/parse-json.js';
import { SpanMaker } from '../../model/located.js';
import { entryOf, type TMap, type TString } from '../shared/tree.js';
import type { SourceInput, SourceOptions, SourceResult } from '../types.js';
import {
  accessKeyDocument,
  isTrustShaped,
  parsePolicyString,
  providerDocument,
  stringAttribute,
  trustDocument,
  unknownAttribute,
  type PlanEnv,
} from './documents.js';
import { collectInstances, configuredReferences, configuredSource, modulePrefix, type PlanInstance } from './instances.js';
import { notePlannedFrom } from './sources.js';
import { folderOf } from '../../paths.js';

const POLICY_DOCUMENT = 'aws_iam_policy_document';

/**
 * Reads `terraform show -json` output (a plan, or a state): trust policies of `aws_iam_role`
 * (`assume_role_policy`, parsed with spans inside the plan's string literal), trust-shaped
 * `data.aws_iam_policy_document` renderings no role uses verbatim, OIDC providers and access keys.
 */
export function readTerraformPlan(input: SourceInput, options: SourceOptions = {}, budget = new EvaluationBudget(options.limits, input.text.length)): SourceResult {
  const { file, text } = input;
  const oversized = oversizedInput(file, text);
  if (oversized) return { documents: [], findings: [oversized] };
  const spans = new SpanMaker(lineStarts(text));
  const env: PlanEnv = { file, text, spans, budget };
  const parsed = parseJsonNodes(text, budget);
  // A crossed cap is reported even for a walked file: it looked like a plan by its content.
  if ('limit' in parsed) return { documents: [], findings: [limitFinding({ what: 'the Terraform plan', file, text }, parsed.limit)] };
  if ('error' in parsed) {
    // A walked *.json that does not parse is skipped (spec/cli.md "Discovery").
    if (!input.explicit) return { documents: [], findings: [] };
    const at = parsed.error.offset;
    return {
      documents: [],
      findings: [{ ruleId: 'parse-error', severity: 'error', message: `Terraform plan is not valid JSON: ${parsed.error.message}`, location: { file, span: spans.span([at, Math.min(at + 1, text.length)]) } }],
    };
  }
  const root = parsed.root;
  if (root.kind !== 'map' || !entryOf(root, 'format_version') || !(entryOf(root, 'planned_values') || entryOf(root, 'resource_changes') || entryOf(root, 'values'))) {
    return { documents: [], findings: [], unrecognised: true };
  }
  return readPlan(env, root);
}

function readPlan(env: PlanEnv, root: TMap): SourceResult {
  const instances = collectInstances(root);
  const documents: ModelDocument[] = [];
  const findings: Finding[] = [];
  // Policy texts used by roles: a policy document rendered for a role is analysed once, as the role's.
  const usedPolicies = new Set<string>();
  const live = [...instances.values()].filter((i) => !i.deleted);
  for (const instance of live) {
    if (instance.mode !== 'managed') continue;
    if (instance.type === 'aws_iam_role') {
      const policy = rolePolicy(root, instance, instances);
      if (!policy) {
        if (unknownAttribute(instance, 'assume_role_policy')) findings.push(unknownPolicy(env, instance));
        continue;
      }
      usedPolicies.add(policy.value);
      const result = parsePolicyString(env, policy, instance.address);
      if ('finding' in result) findings.push(result.finding);
      else documents.push(notePlannedFrom(trustDocument(env, instance.address, result.root, policy, stringAttribute(instance, 'name')?.value), configuredSource(root, instance, folderOf(env.file))));
    } else if (instance.type === 'aws_iam_openid_connect_provider') {
      documents.push(providerDocument(env, instance));
    } else if (instance.type === 'aws_iam_access_key') {
      documents.push(accessKeyDocument(env, instance));
    }
  }
  for (const instance of live) {
    if (instance.mode !== 'data' || instance.type !== POLICY_DOCUMENT) continue;
    const json = stringAttribute(instance, 'json');
    if (!json || usedPolicies.has(json.value)) continue;
    const result = parsePolicyString(env, json, instance.address);
    // Permission policies (no Principal) are not trust policies: skipped without a word.
    if ('root' in result && isTrustShaped(result.root)) documents.push(notePlannedFrom(trustDocument(env, instance.address, result.root, json, undefined), configuredSource(root, instance, folderOf(env.file))));
  }
  return { documents, findings };
}

/**
 * The role's policy text: its own value, else (unknown until apply) the known `json` of the
 * `aws_iam_policy_document` its configuration references.
 */
function rolePolicy(root: TMap, role: PlanInstance, instances: ReadonlyMap<string, PlanInstance>): TString | undefined {
  const own = stringAttribute(role, 'assume_role_policy');
  if (own) return own;
  const prefix = modulePrefix(role);
  for (const ref of configuredReferences(root, role, 'assume_role_policy')) {
    const m = /^data\.aws_iam_policy_document\.([^.[\]]+)(\[[^\]]*\])?/.exec(ref);
    if (!m) continue;
    const data = instances.get(`${prefix}${m[0]}`);
    const json = data ? stringAttribute(data, 'json') : undefined;
    if (json) return json;
  }
  return undefined;
}

function unknownPolicy(env: PlanEnv, role: PlanInstance): Finding {
  return {
    ruleId: 'oidc-unresolved',
    severity: 'warning',
    message: `the trust policy of ${role.address} is known only after apply (after_unknown in the plan) and was not analysed; analyse the Terraform source or a plan where it is known`,
    location: { file: env.file, span: env.spans.span(role.addressRange) },
    resource: role.address,
  };
}
