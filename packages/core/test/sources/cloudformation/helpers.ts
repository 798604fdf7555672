import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { AccessKeyDocument, ModelDocument, OidcProviderDocument, TrustPolicyDocument } from '../../../src/model/document.js';
import type { Finding } from '../../../src/model/finding.js';
import { displayString, nodeAt, type PolicyNode, type PolicyPath, type PolicyString } from '../../../src/model/policy.js';
import type { Span } from '../../../src/model/span.js';
import { readCloudFormation } from '../../../src/sources/cloudformation/index.js';
import type { SourceResult } from '../../../src/sources/types.js';
import type { BudgetLimits } from '../../../src/budget.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function cfn(text: string, options: { file?: string; parameters?: Record<string, string>; explicit?: boolean; limits?: Partial<BudgetLimits> } = {}): SourceResult {
  return readCloudFormation(
    { file: options.file ?? 'template.yaml', text, explicit: options.explicit ?? true },
    { ...(options.parameters ? { parameters: options.parameters } : {}), ...(options.limits ? { limits: options.limits } : {}) },
  );
}

export const trustDocs = (r: SourceResult): TrustPolicyDocument[] => r.documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy');
export const providers = (r: SourceResult): OidcProviderDocument[] => r.documents.filter((d): d is OidcProviderDocument => d.kind === 'oidc-provider');
export const accessKeys = (r: SourceResult): AccessKeyDocument[] => r.documents.filter((d): d is AccessKeyDocument => d.kind === 'access-key');

/** The resource a document names (workflow documents have none). */
export const resourceOf = (d: ModelDocument): string | undefined => ('resource' in d ? d.resource : undefined);

/** The single trust policy of a result (fails the test when there is not exactly one). */
export function onlyPolicy(r: SourceResult): TrustPolicyDocument {
  expect(r.findings).toEqual([]);
  const docs = trustDocs(r);
  expect(docs).toHaveLength(1);
  return docs[0]!;
}

export function node(doc: ModelDocument, path: PolicyPath): PolicyNode {
  if (doc.kind !== 'trust-policy') throw new Error('not a trust policy');
  const n = nodeAt(doc.root, path);
  if (!n) throw new Error(`no node at ${JSON.stringify(path)}`);
  return n;
}

export function str(doc: ModelDocument, path: PolicyPath): PolicyString {
  const n = node(doc, path);
  if (n.type !== 'string') throw new Error(`not a string at ${JSON.stringify(path)}`);
  return n;
}

/** The string value with unresolved parts shown as `<expression>`. */
export function shown(doc: ModelDocument, path: PolicyPath): string {
  return displayString(str(doc, path));
}

/** The source text a span covers. */
export function textAt(text: string, span: Span): string {
  return text.slice(span.start.offset, span.end.offset);
}

/** 1-based line and 0-based column of a span's start, as `line:column`. */
export function at(span: Span): string {
  return `${span.start.line}:${span.start.column}`;
}

/** What parity compares: rule, severity, path and witness. */
export function essence(findings: readonly Finding[]): { ruleId: string; severity: string; path?: PolicyPath; witness?: Record<string, string> }[] {
  return findings
    .map((f) => ({ ruleId: f.ruleId, severity: f.severity, ...(f.path ? { path: f.path } : {}), ...(f.witness ? { witness: f.witness } : {}) }))
    .sort((a, b) => (a.ruleId + JSON.stringify(a.path)).localeCompare(b.ruleId + JSON.stringify(b.path)));
}

export const SUB = 'token.actions.githubusercontent.com:sub';
export const AUD = 'token.actions.githubusercontent.com:aud';

/** A template with one role whose statement condition is given as YAML (indented 14 spaces). */
export function roleTemplate(condition: string, extra = ''): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
${extra}Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Federated: arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
${condition}
`;
}
