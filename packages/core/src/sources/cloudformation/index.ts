import { appendAll } from '../../arrays.js';
import type { ModelDocument } from '../../model/document.js';
import type { Finding } from '../../model/finding.js';
import { EvaluationBudget, isSpent, LimitError, limitFinding } from '../../budget.js';
import { oversizedInput } from '../../limits.js';
import { lineStarts, positionAt } from '../../model/span.js';
import type { SourceInput, SourceOptions, SourceResult } from '../types.js';
import { accessKeyDocument, oidcProviderDocument, trustPolicyDocuments } from './documents.js';
import { parseJsonNodes } from '../shared/parse-json.js';
import { parseYamlTree, type ParseResult } from './parse-yaml.js';
import { expandTemplateLoops } from './foreach.js';
import { PROVIDER_TYPES } from './refs.js';
import { Resolver, type ResolverEnv } from './resolve.js';
import { isTemplate, readTemplate, type TemplateResource } from './template.js';
import { SpanMaker } from '../../model/located.js';

/** `*.template` files are always reported when they do not parse (spec/rules.md `parse-error`). */
const ALWAYS_REPORTED = /\.template$/i;

/**
 * Reads a CloudFormation template (YAML with short-form tags, or JSON, incl. `cdk.out/*.template.json`)
 * into trust-policy, OIDC-provider and access-key documents. Intrinsics are resolved statically
 * (parameters from `options.parameters`, else their defaults); whatever cannot be resolved is kept as
 * an unresolved part, and an undecidable `Fn::If` yields one document per distinct branch.
 */
export function readCloudFormation(input: SourceInput, options: SourceOptions = {}, budget = new EvaluationBudget(options.limits, input.text.length)): SourceResult {
  const { file, text } = input;
  const oversized = oversizedInput(file, text);
  if (oversized) return { documents: [], findings: [oversized] };
  const lines = lineStarts(text);
  const json = /\.json$/i.test(file) || /^\s*\{/.test(text);
  const parsed: ParseResult = json ? parseJsonNodes(text, budget) : parseYamlTree(text, budget);
  // A crossed cap is reported even for a walked file: it looked like a template by its content.
  if ('limit' in parsed) return { documents: [], findings: [limitFinding({ what: 'the CloudFormation template', file, text }, parsed.limit)] };
  if ('error' in parsed) {
    if (!input.explicit && !ALWAYS_REPORTED.test(file)) return { documents: [], findings: [] };
    const start = positionAt(lines, parsed.error.offset);
    const end = positionAt(lines, Math.min(parsed.error.offset + 1, text.length));
    return {
      documents: [],
      findings: [
        {
          ruleId: 'parse-error',
          severity: 'error',
          message: `CloudFormation template is not valid ${json ? 'JSON' : 'YAML'}: ${parsed.error.message}`,
          location: { file, span: { start, end } },
        },
      ],
    };
  }
  const root = parsed.root;
  // A cheap content test matched (a "Type": "AWS::…" somewhere), but this is no template.
  if (!isTemplate(root)) return { documents: [], findings: [], unrecognised: true };
  const env: ResolverEnv = { template: readTemplate(root), parameters: options.parameters ?? {}, file, text, spans: new SpanMaker(lines), budget };
  const documents: ModelDocument[] = [];
  const findings: Finding[] = [];
  try {
    appendAll(findings, expandTemplateLoops(new Resolver(env)));
  } catch (err) {
    if (!(err instanceof LimitError)) throw err;
    return { documents, findings: [limitFinding({ what: 'the CloudFormation template', file, text }, err)] };
  }
  for (const res of env.template.resources.values()) {
    try {
      // Past the explicit caps, a stack overflow in a walk over deeply nested values is the same depth finding.
      budget.withinStack(() => {
        readResource(env, res, documents, findings);
      });
    } catch (err) {
      if (!(err instanceof LimitError)) throw err;
      const resource = `Resources.${res.logicalId}`;
      // The budget is the template's: once spent, the resources after this one cannot be analysed either.
      const spent = isSpent(err);
      findings.push(limitFinding({ what: spent ? `${resource} (and every resource after it)` : resource, file, text, resource }, err));
      if (spent) break;
    }
  }
  return { documents, findings, declared: { parameters: [...env.template.parameters.keys()] } };
}

/** The documents of one resource (a role's trust policies, a provider, an access key). */
function readResource(env: ResolverEnv, res: TemplateResource, documents: ModelDocument[], findings: Finding[]): void {
  if (res.condition !== undefined && env.template.conditions.has(res.condition) && !createdUnder(env, res, res.condition)) return;
  if (res.type === 'AWS::IAM::Role') {
    const built = trustPolicyDocuments(env, res);
    appendAll(documents, built.documents);
    appendAll(findings, built.findings);
  } else if (res.type !== undefined && PROVIDER_TYPES.has(res.type)) {
    documents.push(oidcProviderDocument(env, res));
  } else if (res.type === 'AWS::IAM::AccessKey') {
    documents.push(accessKeyDocument(env, res));
  }
  // Everything else (SAM, other services, unknown types) carries no trust policy.
}

/** False only when the resource's Condition is decidably false (then CloudFormation skips it). */
function createdUnder(env: ResolverEnv, res: TemplateResource, condition: string): boolean {
  return new Resolver(env, undefined, res.bindings).condition(condition).value !== false;
}
