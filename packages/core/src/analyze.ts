import { appendAll } from './arrays.js';
import { EvaluationBudget, type BudgetUsage } from './budget.js';
import type { TrustlintConfig } from './config.js';
import type { InputKind, ModelDocument, TrustPolicyDocument } from './model/document.js';
import type { Finding } from './model/finding.js';
import { firstLineSpan } from './model/span.js';
import { runPolicyRules, runRules } from './rules/index.js';
import { detectKind } from './sources/detect.js';
import { readCloudFormation } from './sources/cloudformation/index.js';
import { readPolicyFile } from './sources/policy-file.js';
import { readTerraformPlan } from './sources/terraform-plan/index.js';
import { linkLocalActions, readCompositeAction, readWorkflow } from './sources/workflow/index.js';
import { calledModuleDirs, evaluateTerraformModule, isModuleManifest, isTerraformParserLoaded, loadTerraformParser, parseTerraformModule, readModuleManifest, terraformFileRole, type ParsedTerraformModule } from './sources/terraform/index.js';
import type { SourceInput, SourceOptions, SourceResult } from './sources/types.js';
import { applyInlineIgnores } from './suppress.js';
import { oversizedInput } from './limits.js';
import { folderOf } from './paths.js';

export interface AnalyzeInput {
  /** Path used in findings (the CLI passes it relative to the working directory). */
  file: string;
  text: string;
  /** Kind when the caller knows it; else detected from path and content. */
  kind?: InputKind;
  /** True when the user named this file explicitly (changes what an unknown kind means). */
  explicit?: boolean;
  /**
   * Read only as context of a named file in the same Terraform module (its variables, tfvars,
   * templates): evaluated, but its own findings are reported only when they belong to a resource
   * defined in a named file (spec/cli.md: a named .tf is evaluated with its directory).
   */
  companion?: boolean;
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
  /** What each file's (each Terraform module's) evaluation budget spent, in reading order. */
  budgets: BudgetSpent[];
  /**
   * Files of no recognised kind, in input order: not analysed and no finding (a pre-commit hook
   * names package.json and the like); the summary counts them. Terraform module context (tfvars,
   * templates beside a `.tf`) is not among them.
   */
  unrecognised: string[];
  /**
   * Names given in `sources.vars` / `sources.parameters` that no analysed Terraform module or
   * CloudFormation template declares: most likely a typo, and then the default was used.
   */
  undeclared: { vars: string[]; parameters: string[] };
}

/** The budget one file (`file`), or one Terraform module (`file` is its directory), spent. */
export interface BudgetSpent {
  file: string;
  usage: BudgetUsage;
}

/** `analyze` was given Terraform files before the Terraform grammar (WebAssembly) was loaded. */
export class TerraformParserNotLoadedError extends Error {
  override readonly name = 'TerraformParserNotLoadedError';

  constructor() {
    super(
      'analyze() was given Terraform files, but the Terraform parser is not loaded: call `await analyzeFiles(inputs, options)`, which loads it, or `await loadTerraformParser()` once before analyze()',
    );
  }
}

/**
 * The asynchronous entry point: loads the Terraform grammar (WebAssembly) when a Terraform file is
 * among the inputs, then analyses: the library's main entry. `analyze` is its synchronous form, for
 * callers without Terraform inputs (or that loaded the parser); given Terraform files before
 * `loadTerraformParser()` it throws TerraformParserNotLoadedError, which says what to call.
 */
export async function analyzeFiles(inputs: readonly AnalyzeInput[], options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  if (inputs.some((i) => terraformFileRole(i.file) === 'tf' || terraformFileRole(i.file) === 'tf.json')) await loadTerraformParser();
  return analyze(inputs, options);
}

/** Parses every input, builds the model documents and runs the rules (synchronous: see analyzeFiles). */
export function analyze(inputs: readonly AnalyzeInput[], options: AnalyzeOptions = {}): AnalyzeResult {
  const config = options.config ?? {};
  const raw: Finding[] = [];
  const documents: ModelDocument[] = [];
  let files = 0;
  const unrecognised: string[] = [];
  const analysed: { file: string; text: string }[] = [];
  const declared = { variables: new Set<string>(), parameters: new Set<string>() };
  const noteDeclared = (result: SourceResult): void => {
    for (const v of result.declared?.variables ?? []) declared.variables.add(v);
    for (const p of result.declared?.parameters ?? []) declared.parameters.add(p);
  };
  const terraformDirs = new Set<string>();
  const manifests = new Map<string, Map<string, string>>();
  const budgets: BudgetSpent[] = [];
  // Each file (each Terraform module) gets its own budget: one hostile file never starves the others.
  const budgetFor = (inputSize: number): EvaluationBudget => new EvaluationBudget(options.sources?.limits, inputSize);
  const spent = (file: string, budget: EvaluationBudget): void => {
    budgets.push({ file, usage: budget.usage() });
  };
  for (const input of inputs) {
    const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
    // The size cap holds for library callers too (the CLI checks it before reading).
    const oversized = oversizedInput(input.file, text);
    if (oversized) {
      raw.push(oversized);
      continue;
    }
    if (input.kind === undefined && isModuleManifest(input.file)) {
      // What `terraform init` installed for the root module above it: read, not analysed itself.
      const manifest = readModuleManifest({ file: input.file, text, explicit: input.explicit ?? false });
      if ('dirs' in manifest) manifests.set(manifest.root, manifest.dirs);
      else raw.push(manifest);
      continue;
    }
    const kind = input.kind ?? detectKind(input.file, text);
    if (kind === undefined) {
      unrecognised.push(input.file);
      continue;
    }
    files++;
    analysed.push({ file: input.file, text });
    if (kind === 'policy' || kind === 'policy-template') {
      const budget = budgetFor(text.length);
      const result = guarded({ file: input.file, text }, () => readPolicyFile(input.file, text, kind === 'policy-template', budget));
      spent(input.file, budget);
      // A walked *.json or *.tpl was only guessed to be a policy from its content: when it does not
      // parse it is skipped (spec/cli.md "Discovery"), e.g. a tsconfig.json with comments.
      if ((!input.explicit && result.documents.length === 0) || result.unrecognised) {
        files--;
        analysed.pop();
        // A limit crossed is still said (a skipped parse failure is not: then it is no policy).
        const limits = result.findings.filter((f) => f.ruleId === 'input-error');
        appendAll(raw, limits);
        if (limits.length === 0) unrecognised.push(input.file);
        continue;
      }
      appendAll(raw, result.findings);
      appendAll(documents, result.documents);
      continue;
    }
    if (kind !== 'terraform') {
      const source = { file: input.file, text, explicit: input.explicit ?? false };
      const budget = budgetFor(text.length);
      // Each adapter applies the walked-vs-named rule for parse failures itself.
      const result = guarded(source, () => readSource(kind, source, options, budget));
      spent(input.file, budget);
      noteDeclared(result);
      if (result.unrecognised) {
        files--;
        analysed.pop();
        unrecognised.push(input.file);
      }
      appendAll(raw, result.findings);
      appendAll(documents, result.documents);
      continue;
    }
    terraformDirs.add(folderOf(input.file));
  }
  // A directory is one Terraform module: all its files (tfvars, templates, JSON read by file())
  // are its inputs, evaluated together.
  const byFolder = new Map<string, AnalyzeInput[]>();
  if (terraformDirs.size > 0) {
    for (const i of inputs) {
      const dir = folderOf(i.file);
      if (!terraformDirs.has(dir)) continue;
      const list = byFolder.get(dir);
      if (list) list.push(i);
      else byFolder.set(dir, [i]);
    }
  }
  if (terraformDirs.size > 0 && !isTerraformParserLoaded()) throw new TerraformParserNotLoadedError();
  // Every module directory is parsed once; one that another module of the scan calls with a local
  // source is analysed through those calls (with their arguments), not alone with its defaults.
  const parsedDirs: ParsedTerraformModule[] = [];
  const dirBudgets = new Map<string, EvaluationBudget>();
  const inputsOf = (dir: string): SourceInput[] =>
    (byFolder.get(dir) ?? []).map((i) => ({ file: i.file, text: i.text.charCodeAt(0) === 0xfeff ? i.text.slice(1) : i.text, explicit: i.explicit ?? false }));
  for (const dir of [...terraformDirs].sort()) {
    const moduleInputs = inputsOf(dir);
    const first = moduleInputs[0] ?? { file: dir, text: '' };
    const budget = budgetFor(moduleInputs.reduce((n, i) => n + i.text.length, 0));
    dirBudgets.set(dir, budget);
    const parsed = guarded(first, () => ({ ...parseTerraformModule(dir, moduleInputs, budget), documents: [] }));
    appendAll(raw, parsed.findings);
    if ('bodies' in parsed) parsedDirs.push(parsed);
  }
  const called = calledModuleDirs(parsedDirs);
  for (const dirs of manifests.values()) for (const d of dirs.values()) if (terraformDirs.has(d)) called.add(d);
  const followed = new Set<string>();
  const evaluate = (p: ParsedTerraformModule): void => {
    const budget = dirBudgets.get(p.dir) ?? budgetFor(0);
    const first = inputsOf(p.dir)[0] ?? { file: p.dir, text: '' };
    const result = guarded(first, () => evaluateTerraformModule(p, parsedDirs, options.sources ?? {}, budget, manifests.get(p.dir)));
    spent(p.dir, budget);
    noteDeclared(result);
    if ('followed' in result) for (const d of result.followed) followed.add(d);
    appendAll(raw, result.findings);
    appendAll(documents, result.documents);
  };
  for (const p of parsedDirs) if (!called.has(p.dir)) evaluate(p);
  // A called module no call could be followed into (its caller failed) is still analysed alone.
  for (const p of parsedDirs) if (called.has(p.dir) && !followed.has(p.dir)) evaluate(p);
  // What parsing a followed module spent (its evaluation is charged to its caller's budget).
  for (const p of parsedDirs) if (called.has(p.dir) && followed.has(p.dir)) spent(p.dir, dirBudgets.get(p.dir) ?? budgetFor(0));
  dropPoliciesReadByTerraform(documents);
  // `uses: ./…` composite actions are followed once every workflow of the scan is read.
  linkLocalActions(documents);
  const calledFiles = new Set(parsedDirs.filter((p) => followed.has(p.dir)).flatMap((p) => [...p.texts.keys()]));
  appendAll(raw, onceInCalledModules(runRules(documents, analysed, config), calledFiles));
  appendAll(raw, options.findings ?? []);
  const companions = new Set(inputs.filter((i) => i.companion).map((i) => i.file));
  const inline = applyInlineIgnores(
    withoutCompanionFindings(raw, inputs, documents),
    analysed.map((a) => (companions.has(a.file) ? { ...a, reportUnused: false } : a)),
  );
  const result = finalizeFindings([...inline.kept, ...inline.problems], documents, files, config);
  const undeclared = {
    vars: Object.keys(options.sources?.vars ?? {}).filter((v) => !declared.variables.has(v)),
    parameters: Object.keys(options.sources?.parameters ?? {}).filter((p) => !declared.parameters.has(p)),
  };
  // Files in a Terraform module folder are its context (tfvars, file() targets), not unrecognised.
  const context = unrecognised.filter((file) => !terraformDirs.has(folderOf(file)));
  return { ...result, suppressed: result.suppressed + inline.suppressed, budgets, unrecognised: context, undeclared };
}

/**
 * A finding located inside a module that is called several times (two `module` blocks, count,
 * for_each) is the same finding about the same text: it is reported once, at the module. Findings
 * located at a caller's argument differ by location and are all kept.
 */
function onceInCalledModules(findings: Finding[], calledFiles: ReadonlySet<string>): Finding[] {
  if (calledFiles.size === 0) return findings;
  const seen = new Set<string>();
  return findings.filter((f) => {
    const loc = f.location;
    if (!loc || !calledFiles.has(loc.file)) return true;
    const key = JSON.stringify([f.ruleId, loc.file, loc.span, f.path ?? null, f.witness ?? null]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A policy file a Terraform module reads with file()/templatefile() is analysed as that role's trust
 * policy (with the resource address); analysing it again on its own would report everything twice.
 */
function dropPoliciesReadByTerraform(documents: ModelDocument[]): void {
  const readByModules = new Set(
    documents.flatMap((d) => {
      if (d.kind !== 'trust-policy' || d.sourceKind !== 'terraform') return [];
      // file() keeps the file on the root node; templatefile() renders it, and the document names it.
      return [d.root.file, d.resourceFile !== undefined ? d.file : undefined].filter((f): f is string => f !== undefined);
    }),
  );
  if (readByModules.size === 0) return;
  for (let i = documents.length - 1; i >= 0; i--) {
    const d = documents[i];
    if (d?.kind === 'trust-policy' && (d.sourceKind === 'policy' || d.sourceKind === 'policy-template') && readByModules.has(d.file)) documents.splice(i, 1);
  }
}

/**
 * Findings located in companion files are kept only when they belong to a resource defined in a
 * named file (the role in main.tf whose subject comes from a default in variables.tf).
 */
function withoutCompanionFindings(findings: Finding[], inputs: readonly AnalyzeInput[], documents: readonly ModelDocument[]): Finding[] {
  const companions = new Set(inputs.filter((i) => i.companion).map((i) => i.file));
  if (companions.size === 0) return findings;
  const namedResources = new Set(
    documents.flatMap((d) => (d.kind !== 'workflow' && d.resource !== undefined && d.location && !companions.has(d.location.file) ? [d.resource] : [])),
  );
  return findings.filter((f) => {
    const file = f.location?.file;
    if (file === undefined || !companions.has(file)) return true;
    return f.resource !== undefined && namedResources.has(f.resource);
  });
}

/**
 * One file must never stop the others: a source that throws (a bug, or input beyond what it
 * guards against) becomes an input-error finding on that file.
 */
function guarded<T extends { documents: ModelDocument[]; findings: Finding[] }>(input: { file: string; text: string }, read: () => T): T | SourceResult {
  try {
    return read();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return {
      documents: [],
      findings: [
        {
          ruleId: 'input-error',
          severity: 'error',
          message: `the file could not be analysed (${reason.split('\n')[0] ?? 'internal error'}); the other files were`,
          location: { file: input.file, span: firstLineSpan(input.text) },
        },
      ],
    };
  }
}

function readSource(kind: Exclude<InputKind, 'policy' | 'policy-template' | 'terraform'>, source: SourceInput, options: AnalyzeOptions, budget: EvaluationBudget): SourceResult {
  const sources = options.sources ?? {};
  switch (kind) {
    case 'cloudformation':
      return readCloudFormation(source, sources, budget);
    case 'terraform-plan':
      return readTerraformPlan(source, sources, budget);
    case 'workflow':
      return readWorkflow(source, sources, budget);
    case 'composite-action':
      return readCompositeAction(source, sources, budget);
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
): Omit<AnalyzeResult, 'budgets' | 'unrecognised' | 'undeclared'> {
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
