import type { ModelDocument } from '../../model/document.js';
import type { Finding } from '../../model/finding.js';
import { InputLimitError, limitFinding, oversizedInput } from '../../limits.js';
import { lineStarts, positionAt } from '../../model/span.js';
import type { SourceInput, SourceOptions, SourceResult } from '../types.js';
import { accessKeyDocument, oidcProviderDocument, trustPolicyDocuments } from './documents.js';
import { parseJsonTree } from './parse-json.js';
import { parseYamlTree, type ParseResult } from './parse-yaml.js';
import { PROVIDER_TYPES } from './refs.js';
import { ResolveLimitError, Resolver, type ResolverEnv } from './resolve.js';
import { isTemplate, readTemplate } from './template.js';
import { SpanMaker } from './to-policy.js';

/** `*.template` files are always reported when they do not parse (spec/rules.md `parse-error`). */
const ALWAYS_REPORTED = /\.template$/i;

/**
 * Reads a CloudFormation template (YAML with short-form tags, or JSON, incl. `cdk.out/*.template.json`)
 * into trust-policy, OIDC-provider and access-key documents. Intrinsics are resolved statically
 * (parameters from `options.parameters`, else their defaults); whatever cannot be resolved is kept as
 * an unresolved part, and an undecidable `Fn::If` yields one document per distinct branch.
 */
export function readCloudFormation(input: SourceInput, options: SourceOptions = {}): SourceResult {
  const { file, text } = input;
  const oversized = oversizedInput(file, text);
  if (oversized) return { documents: [], findings: [oversized] };
  const lines = lineStarts(text);
  const json = /\.json$/i.test(file) || /^\s*\{/.test(text);
  const parsed: ParseResult = json ? parseJsonTree(text) : parseYamlTree(text);
  if ('error' in parsed) {
    // A crossed cap is reported even for a walked file: it looked like a template by its content.
    const { limit, message, offset } = parsed.error;
    if (limit) return { documents: [], findings: [limitFinding(file, text, new InputLimitError(limit, message, offset), 'the CloudFormation template')] };
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
  if (!isTemplate(root)) {
    if (!input.explicit) return { documents: [], findings: [] };
    const spans = new SpanMaker(lines);
    return {
      documents: [],
      findings: [
        {
          ruleId: 'input-error',
          severity: 'info',
          message: 'not a CloudFormation template: no AWSTemplateFormatVersion and no Resources with AWS:: types; the file was not analysed',
          location: { file, span: spans.span([root.range[0], Math.min(root.range[1], text.search(/\r?\n|$/))]) },
        },
      ],
    };
  }
  const env: ResolverEnv = { template: readTemplate(root), parameters: options.parameters ?? {}, file, spans: new SpanMaker(lines) };
  const documents: ModelDocument[] = [];
  const findings: Finding[] = [];
  for (const res of env.template.resources.values()) {
    try {
      if (res.condition !== undefined && env.template.conditions.has(res.condition) && !createdUnder(env, res.condition)) continue;
      if (res.type === 'AWS::IAM::Role') {
        const built = trustPolicyDocuments(env, res);
        documents.push(...built.documents);
        findings.push(...built.findings);
      } else if (res.type !== undefined && PROVIDER_TYPES.has(res.type)) {
        documents.push(oidcProviderDocument(env, res));
      } else if (res.type === 'AWS::IAM::AccessKey') {
        documents.push(accessKeyDocument(env, res));
      }
      // Everything else (SAM, other services, unknown types) carries no trust policy.
    } catch (err) {
      if (!(err instanceof ResolveLimitError)) throw err;
      findings.push({
        ruleId: 'input-error',
        severity: 'warning',
        message: `Resources.${res.logicalId} could not be analysed within limits: ${err.message}`,
        location: { file, span: env.spans.span(res.keyRange) },
        resource: `Resources.${res.logicalId}`,
      });
    }
  }
  return { documents, findings, declared: { parameters: [...env.template.parameters.keys()] } };
}

/** False only when the resource's Condition is decidably false (then CloudFormation skips it). */
function createdUnder(env: ResolverEnv, condition: string): boolean {
  return new Resolver(env).condition(condition).value !== false;
}
