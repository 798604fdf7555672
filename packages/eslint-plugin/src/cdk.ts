import type { Rule } from 'eslint';
import type { CommentInput, CompanionResolver, Finding, TrustlintConfig } from '@trustlint/core';
import type { CoreResult } from './analysis.js';
import { applySuppressions, runRules, suppressionDirectives } from '@trustlint/core';
import { readCdkProgram, type EsProgram } from './core-internal.js';

export type { EsProgram };

const CODE_FILE = /\.(ts|mts|cts|tsx|js|mjs|cjs|jsx)$/;

/** TypeScript or JavaScript: read as AWS CDK code from the ESTree program ESLint already parsed. */
export function isCdkFile(file: string): boolean {
  return CODE_FILE.test(file);
}

/**
 * The core's CDK reader and rules on one program; inline suppression comments, then `ignoreFindings`,
 * applied in the order `analyze` applies them.
 */
export function analyzeCdk(program: EsProgram, file: string, text: string, config: TrustlintConfig, comments: readonly CommentInput[] = [], companions?: CompanionResolver): CoreResult {
  const read = readCdkProgram(program, file, text, {}, undefined, companions);
  const raw = [...read.findings, ...runRules(read.documents, [{ file, text }], config)];
  const { kept, problems } = applySuppressions(raw, suppressionDirectives(file, text, comments));
  const findings = [...kept, ...problems].filter((f) => !ignoredByConfig(f, config));
  return { findings, documents: read.documents };
}

function ignoredByConfig(f: Finding, config: TrustlintConfig): boolean {
  const norm = (p: string): string => p.replace(/\\/g, '/').replace(/^\.\//, '');
  const file = f.location?.file;
  return (config.ignoreFindings ?? []).some((i) => i.rule === f.ruleId && file !== undefined && norm(i.file) === norm(file));
}

interface ParserLike {
  parse?: (text: string, options?: unknown) => unknown;
  parseForESLint?: (text: string, options?: unknown) => { ast: unknown };
}

/** Parses edited text with the file's own parser (to verify a suggestion), when there is one. */
export function parserFor(context: Rule.RuleContext): ((text: string) => EsProgram) | undefined {
  const parser = context.languageOptions.parser as ParserLike | undefined;
  if (!parser) return undefined;
  const options = { ...(context.languageOptions.parserOptions ?? {}), range: true, loc: true, filePath: context.physicalFilename };
  if (parser.parseForESLint) return (text) => (parser.parseForESLint?.(text, options).ast ?? { type: 'Program', body: [] }) as EsProgram;
  if (parser.parse) return (text) => (parser.parse?.(text, options) ?? { type: 'Program', body: [] }) as EsProgram;
  return undefined;
}
