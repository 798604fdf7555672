import type { TrustlintConfig } from './config.js';
import type { InputKind, ModelDocument, TrustPolicyDocument } from './model/document.js';
import type { Finding } from './model/finding.js';
import type { Span } from './model/span.js';
import { runPolicyRules, runRules } from './rules/index.js';
import { detectKind } from './sources/detect.js';
import { readCloudFormation } from './sources/cloudformation/index.js';
import { readPolicyFile } from './sources/policy-file.js';
import { readTerraformPlan } from './sources/terraform-plan/index.js';
import { linkLocalActions, readCompositeAction, readWorkflow } from './sources/workflow/index.js';
import type { SourceInput, SourceOptions, SourceResult } from './sources/types.js';

export interface AnalyzeInput {
  /** Path used in findings (the CLI passes it relative to the working directory). */
  file: string;
  text: string;
  /** Kind when the caller knows it; else detected from path and content. */
  kind?: InputKind;
  /** True when the user named this file explicitly (changes what an unknown kind means). */
  explicit?: boolean;
}

export interface AnalyzeOptions {
  config?: TrustlintConfig;
  /**
   * Findings the caller made before analysis (unreadable or non-UTF-8 files found by discovery):
   * they go through the same configuration step (severities, `off`, ignoreFindings) and sorting.
   */
  findings?: readonly Finding[];
  /** Values for IaC inputs (Terraform variables, CloudFormation parameters). */
  sources?: SourceOptions;
}

export interface AnalyzeResult {
  /** Findings after configuration (severity overrides, `off`, ignoreFindings), sorted. */
  findings: Finding[];
  documents: ModelDocument[];
  /** Findings removed by `ignoreFindings` or inline suppression. */
  suppressed: number;
  /** Files analysed (with a recognised kind). */
  files: number;
}

/** Kinds whose source adapters arrive in later versions (Terraform, CloudFormation, workflows). */
const NOT_YET_SUPPORTED: Partial<Record<InputKind, string>> = {
  terraform: 'Terraform',
};

/**
 * The asynchronous entry point: sources that load asynchronously (the Terraform grammar's
 * WebAssembly, in a later version) are prepared here before `analyze` runs.
 */
export function analyzeFiles(inputs: readonly AnalyzeInput[], options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  return Promise.resolve(analyze(inputs, options));
}

/** Parses every input, builds the model documents and runs the rules: the library's entry point. */
export function analyze(inputs: readonly AnalyzeInput[], options: AnalyzeOptions = {}): AnalyzeResult {
  const config = options.config ?? {};
  const raw: Finding[] = [];
  const documents: ModelDocument[] = [];
  let files = 0;
  const analysed: { file: string; text: string }[] = [];
  for (const input of inputs) {
    const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
    const kind = input.kind ?? detectKind(input.file, text);
    if (kind === undefined) {
      if (input.explicit) raw.push(unrecognised(input.file, text));
      continue;
    }
    files++;
    analysed.push({ file: input.file, text });
    if (kind === 'policy' || kind === 'policy-template') {
      const result = readPolicyFile(input.file, text, kind === 'policy-template');
      // A walked *.json or *.tpl was only guessed to be a policy from its content: when it does not
      // parse it is skipped (spec/cli.md "Discovery"), e.g. a tsconfig.json with comments.
      if (!input.explicit && result.documents.length === 0) {
        files--;
        analysed.pop();
        continue;
      }
      raw.push(...result.findings);
      documents.push(...result.documents);
      continue;
    }
    if (kind !== 'terraform') {
      const source = { file: input.file, text, explicit: input.explicit ?? false };
      // Each adapter applies the walked-vs-named rule for parse failures itself.
      const result = readSource(kind, source, options);
      raw.push(...result.findings);
      documents.push(...result.documents);
      continue;
    }
    raw.push({
      ruleId: 'input-error',
      severity: 'info',
      message: `${NOT_YET_SUPPORTED[kind] ?? kind} files are recognised but not analysed by this version of trustlint`,
      location: { file: input.file, span: firstLineSpan(text) },
    });
  }
  // `uses: ./…` composite actions are followed once every workflow of the scan is read.
  linkLocalActions(documents);
  raw.push(...runRules(documents, analysed, config));
  raw.push(...(options.findings ?? []));
  return finalizeFindings(raw, documents, files, config);
}

function readSource(kind: Exclude<InputKind, 'policy' | 'policy-template' | 'terraform'>, source: SourceInput, options: AnalyzeOptions): SourceResult {
  switch (kind) {
    case 'cloudformation':
      return readCloudFormation(source, options.sources ?? {});
    case 'terraform-plan':
      return readTerraformPlan(source);
    case 'workflow':
      return readWorkflow(source);
    case 'composite-action':
      return readCompositeAction(source);
  }
}

/** Runs the trust-policy rules on one document (used by analyze, the ESLint plugin and live scans). */
export function analyzeTrustPolicy(doc: TrustPolicyDocument, config: TrustlintConfig = {}): Finding[] {
  return runPolicyRules(doc, config);
}

function finalizeFindings(
  raw: readonly Finding[],
  documents: ModelDocument[],
  files: number,
  config: TrustlintConfig,
): AnalyzeResult {
  let suppressed = 0;
  const findings: Finding[] = [];
  for (const f of raw) {
    const setting = config.rules?.[f.ruleId];
    if (setting === 'off') continue;
    if (isIgnored(f, config)) {
      suppressed++;
      continue;
    }
    // A configured severity replaces every variant (spec/rules.md intro).
    findings.push(setting ? { ...f, severity: setting } : f);
  }
  findings.sort(compareFindings);
  return { findings, documents, suppressed, files };
}

function isIgnored(f: Finding, config: TrustlintConfig): boolean {
  const file = f.location?.file;
  return (config.ignoreFindings ?? []).some((i) => i.rule === f.ruleId && file !== undefined && normalizePath(i.file) === normalizePath(file));
}

function normalizePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

export function compareFindings(a: Finding, b: Finding): number {
  const fa = a.location?.file ?? '';
  const fb = b.location?.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const la = a.location?.span.start ?? { line: 0, column: 0 };
  const lb = b.location?.span.start ?? { line: 0, column: 0 };
  if (la.line !== lb.line) return la.line - lb.line;
  if (la.column !== lb.column) return la.column - lb.column;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}

function unrecognised(file: string, text: string): Finding {
  return {
    ruleId: 'input-error',
    severity: 'info',
    message: 'no recognised kind: not a policy document (no top-level "Statement"), workflow, Terraform or CloudFormation file; nothing was analysed',
    location: { file, span: firstLineSpan(text) },
  };
}

/** The first line of a file: where file-level findings point. */
export function firstLineSpan(text: string): Span {
  const end = text.search(/\r?\n/);
  const length = end < 0 ? text.length : end;
  return { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: length, offset: length } };
}
