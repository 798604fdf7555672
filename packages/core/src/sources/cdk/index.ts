import { lineStarts, positionAt } from '../../model/span.js';
import type { SourceResult } from '../types.js';
import { DocumentBuilder } from './documents.js';
import type { EsProgram } from './estree.js';
import { Evaluator } from './evaluate.js';
import { Spans } from './to-policy.js';
import { ProgramWalker } from './walk.js';

export type { EsNode, EsProgram } from './estree.js';

/** Files that mention none of these cannot define a role, provider or key: skipped without a walk. */
const MENTIONS = /Role|Principal|OpenIdConnectProvider|OidcProvider|OIDCProvider|AccessKey|GithubActions/;

/**
 * Reads AWS CDK code (TypeScript or JavaScript, as an ESTree program from any parser that sets `range`
 * or `start`/`end`) into trust-policy, OIDC-provider and access-key documents located in that code.
 * No type information and no parser dependency: constructs are recognised by their imports, and values
 * are evaluated statically (sources/cdk/evaluate.ts); what cannot be known becomes an unresolved
 * part, which the rules report as `oidc-unresolved` where it matters.
 */
export function readCdkProgram(program: EsProgram, file: string, text: string): SourceResult {
  if (!MENTIONS.test(text)) return { documents: [], findings: [] };
  const builder = new DocumentBuilder(file, new Spans(lineStarts(text)));
  try {
    new ProgramWalker(new Evaluator(text), builder).walkProgram(program);
  } catch (err) {
    // An AST shape this reader does not expect must not break the editor: say so instead.
    if (!(err instanceof Error)) throw err;
    const lines = lineStarts(text);
    const end = text.search(/\r?\n|$/);
    const span = { start: positionAt(lines, 0), end: positionAt(lines, end) };
    return {
      documents: [],
      findings: [{ ruleId: 'input-error', severity: 'error', message: `the CDK code could not be analysed: ${err.message}`, location: { file, span } }],
    };
  }
  return { documents: builder.documents, findings: builder.findings };
}
