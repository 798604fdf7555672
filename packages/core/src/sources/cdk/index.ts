import { EvaluationBudget, LimitError, limitFinding } from '../../budget.js';
import { lineStarts, positionAt } from '../../model/span.js';
import type { SourceOptions, SourceResult } from '../types.js';
import { Companions, type CompanionResolver } from './companions.js';
import { DocumentBuilder } from './documents.js';
import { checkNesting, type EsProgram } from './estree.js';
import { Evaluator } from './evaluate.js';
import { SpanMaker } from '../../model/located.js';
import { ProgramWalker } from './walk.js';

export type { EsNode, EsProgram } from './estree.js';
export type { CompanionModule, CompanionResolver } from './companions.js';

/** Files that mention none of these cannot define a role, provider or key: skipped without a walk. */
const MENTIONS = /Role|Principal|OpenIdConnectProvider|OidcProvider|OIDCProvider|AccessKey|GithubActions/;

/**
 * Reads AWS CDK code (TypeScript or JavaScript, as an ESTree program from any parser that sets `range`
 * or `start`/`end`) into trust-policy, OIDC-provider and access-key documents located in that code.
 * No type information and no parser dependency: constructs are recognised by their imports, and values
 * are evaluated statically (sources/cdk/evaluate.ts); what cannot be known becomes an unresolved
 * part, which the rules report as `oidc-unresolved` where it matters. A program that crosses a cap
 * of its evaluation budget (nesting, steps, value size) is the one `input-error` of the file.
 */
export function readCdkProgram(
  program: EsProgram,
  file: string,
  text: string,
  options: SourceOptions = {},
  budget = new EvaluationBudget(options.limits, text.length),
  /** Reads the project files a relative import names (the ESLint plugin); without it such imports stay unresolved. */
  companions?: CompanionResolver,
): SourceResult {
  if (!MENTIONS.test(text)) return { documents: [], findings: [] };
  const builder = new DocumentBuilder(file, new SpanMaker(lineStarts(text)), budget);
  try {
    // The walk and the evaluator recurse per level of the tree: nesting past the cap is not walked.
    checkNesting(program, budget);
    budget.withinStack(() => {
      const project = companions ? new Companions(companions, (t) => new Evaluator(t, budget)) : undefined;
      new ProgramWalker(new Evaluator(text, budget, project), builder).walkProgram(program);
    });
  } catch (err) {
    if (err instanceof LimitError) return { documents: [], findings: [limitFinding({ what: 'the CDK code', file, text }, err)] };
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
