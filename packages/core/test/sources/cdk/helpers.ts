import tseslint from 'typescript-eslint';
import { readCdkProgram, type EsProgram } from '../../../src/sources/cdk/index.js';
import type { SourceResult } from '../../../src/sources/types.js';
import { runRules } from '../../../src/rules/index.js';
import type { Finding } from '../../../src/model/finding.js';
import type { TrustPolicyDocument } from '../../../src/model/document.js';
import { collectUnresolved, displayValue, toJson } from '../../../src/model/policy.js';

/** The ESLint plugin's parser (a test-only dependency: core itself parses nothing). */
export function parse(text: string): EsProgram {
  return tseslint.parser.parseForESLint(text, { range: true, loc: true }).ast;
}

export function read(text: string, file = 'lib/stack.ts'): SourceResult {
  return readCdkProgram(parse(text), file, text);
}

/** Source findings plus the rules' findings, as the ESLint plugin computes them. */
export function findings(text: string): Finding[] {
  const result = read(text);
  return [...result.findings, ...runRules(result.documents, [{ file: 'lib/stack.ts', text }], {})];
}

export function trustPolicies(result: SourceResult): TrustPolicyDocument[] {
  return result.documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy');
}

/** The policy as AWS would see it, unresolved parts shown as `<expression>`. */
export function policyJson(doc: TrustPolicyDocument): unknown {
  const parts = collectUnresolved(doc.root).map((u) => u.part);
  return JSON.parse(JSON.stringify(toJson(doc.root), (_k, v: unknown) => (typeof v === 'string' ? displayValue(v, parts) : v))) as unknown;
}

/** The text a span covers. */
export function textAt(text: string, span: { start: { offset: number }; end: { offset: number } }): string {
  return text.slice(span.start.offset, span.end.offset);
}

export const P = 'token.actions.githubusercontent.com';
export const IAM = `import * as iam from 'aws-cdk-lib/aws-iam';\n`;
