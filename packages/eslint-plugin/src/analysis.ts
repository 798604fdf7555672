import { isAbsolute, relative, sep } from 'node:path';
import type { Rule } from 'eslint';
import { planMechanicalFixes, type Finding, type MechanicalFix, type ModelDocument } from '@trustlint/core';
import { analyzeCdk, isCdkFile, parserFor } from './cdk.js';
import { companionReader } from './companions.js';
import { analyzeGeneric } from './generic.js';
import { readSettings, type PluginSettings } from './settings.js';
import { commentsOf } from './suppress.js';

/** What the core found in one file, computed once and shared by every trustlint rule. */
export interface FileAnalysis {
  /** The path handed to the core (relative to ESLint's cwd, `/`-separated). */
  file: string;
  text: string;
  findings: readonly Finding[];
  documents: readonly ModelDocument[];
  settings: PluginSettings;
  /** Re-runs the core on edited text, to verify a suggestion; undefined when that is not possible. */
  reanalyze: ((text: string) => readonly Finding[]) | undefined;
  /**
   * The core's mechanical fixes (those of `check --fix`) for this file, each proven alone on its
   * re-analysis; computed on first use. Empty for code files, which the core edit engine does not edit.
   */
  mechanicalFixes: () => readonly MechanicalFix[];
}

export interface CoreResult {
  findings: Finding[];
  documents: ModelDocument[];
}

/** Keyed by the SourceCode object: one analysis per file per lint run, whatever the number of rules. */
const cache = new WeakMap<object, FileAnalysis>();

export function analysisFor(context: Rule.RuleContext): FileAnalysis {
  const key = context.sourceCode;
  let analysis = cache.get(key);
  if (!analysis) {
    analysis = analyse(context);
    cache.set(key, analysis);
  }
  return analysis;
}

function analyse(context: Rule.RuleContext): FileAnalysis {
  const settings = readSettings(context.settings);
  const file = corePath(context.cwd, context.physicalFilename);
  const { text, ast } = context.sourceCode;
  let result: CoreResult;
  let reanalyze: FileAnalysis['reanalyze'];
  let mechanicalFixes: FileAnalysis['mechanicalFixes'] = () => [];
  // ESLint types the AST as JavaScript's; with @eslint/json it is a JSON `Document`.
  const astType: string = ast.type;
  if (isCdkFile(file) && astType === 'Program') {
    const parse = parserFor(context);
    // Constants imported from the project's own files are read with the file's parser (companions.ts).
    const companions = companionReader(context.physicalFilename, context.cwd, parse);
    result = analyzeCdk(ast, file, text, settings.config, commentsOf(context.sourceCode), companions);
    reanalyze = parse ? (edited) => analyzeCdk(parse(edited), file, edited, settings.config, [], companions).findings : undefined;
  } else {
    result = analyzeGeneric(file, text, settings.config);
    reanalyze = (edited) => analyzeGeneric(file, edited, settings.config).findings;
    const core = result;
    let planned: readonly MechanicalFix[] | undefined;
    // The same plan as `check --fix` on this one file, read as ESLint reads it (not explicit), each
    // fix proven on its own because ESLint applies each suggestion on its own.
    mechanicalFixes = () =>
      (planned ??= planMechanicalFixes(core.documents, core.findings, new Map([[file, text]]), settings.config, { separately: true, explicit: false }).fixes);
  }
  // Inline suppression comments are applied in the core: by analyze (YAML) or analyzeCdk (its comments).
  const findings = result.findings.filter((f) => settings.reportInfo || f.severity !== 'info');
  return { file, text, findings, documents: result.documents, settings, reanalyze, mechanicalFixes };
}

/** The file as the CLI would name it: relative to the working directory, with `/`. */
export function corePath(cwd: string, physical: string): string {
  if (!isAbsolute(physical)) return physical.split(sep).join('/');
  const rel = relative(cwd, physical);
  return (rel.startsWith('..') || isAbsolute(rel) ? physical : rel).split(sep).join('/');
}
