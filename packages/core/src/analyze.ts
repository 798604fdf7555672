import { appendAll } from './arrays.js';
import { EvaluationBudget, type BudgetUsage } from './budget.js';
import type { TrustlintConfig } from './config.js';
import type { InputKind, ModelDocument, TrustPolicyDocument } from './model/document.js';
import type { Finding } from './model/finding.js';
import { runPolicyRules, runRules, type PolicyRunner } from './rules/index.js';
import { guarded, slashed, type SourceAdapter, type SourceGroup } from './sources/adapter.js';
import { detectKind } from './sources/detect.js';
import { adapterFor, SOURCE_ADAPTERS } from './sources/registry.js';
import type { SourceInput, SourceOptions, SourceResult } from './sources/types.js';
import { applyInlineIgnores } from './suppress.js';
import { oversizedInput } from './limits.js';

export { TerraformParserNotLoadedError } from './sources/terraform/adapter.js';

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
  /**
   * Told after each file (each Terraform module) is read and once more when the rules are done: the
   * CLI's progress line. Called synchronously from the analysis; it must not throw.
   */
  onProgress?: (progress: AnalyzeProgress) => void;
  /** Runs the trust-policy rules elsewhere (the CLI's `--jobs` worker threads); same findings. */
  policyRunner?: PolicyRunner;
}

/**
 * How far an analysis is: in phase `read`, inputs read of all given; in phase `rules`, model
 * documents whose rules have run of all documents; and the findings made so far.
 */
export interface AnalyzeProgress {
  phase: 'read' | 'rules';
  done: number;
  total: number;
  findings: number;
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

/**
 * The asynchronous entry point: loads the Terraform grammar (WebAssembly) when a Terraform file is
 * among the inputs, then analyses: the library's main entry. `analyze` is its synchronous form, for
 * callers without Terraform inputs (or that loaded the parser); given Terraform files before
 * `loadTerraformParser()` it throws TerraformParserNotLoadedError, which says what to call.
 */
export async function analyzeFiles(inputs: readonly AnalyzeInput[], options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  for (const adapter of SOURCE_ADAPTERS) {
    const loader = adapter.group?.loader;
    if (loader && inputs.some((i) => adapter.byPath?.(slashed(i.file)) !== undefined)) await loader.load();
  }
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
  // Keys (Terraform module folders) of the groups of files that are read together, per adapter.
  const groupKeys = new Map<SourceGroup, Set<string>>();
  // Files of no kind of their own read as a unit's context, with the group and key of that unit.
  const contextFiles = new Map<string, { group: SourceGroup; key: string }>();
  const budgets: BudgetSpent[] = [];
  // Each file (each Terraform module) gets its own budget: one hostile file never starves the others.
  const budgetFor = (inputSize: number): EvaluationBudget => new EvaluationBudget(options.sources?.limits, inputSize);
  const spent = (file: string, budget: EvaluationBudget): void => {
    budgets.push({ file, usage: budget.usage() });
  };
  let done = 0;
  const progress = (): void => options.onProgress?.({ phase: 'read', done, total: inputs.length, findings: raw.length });
  // Inputs of a group are read with their group, after this loop: counted done then.
  const waiting = new Map<string, number>();
  for (const input of inputs) {
    const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
    // The size cap holds for library callers too (the CLI checks it before reading).
    const oversized = oversizedInput(input.file, text);
    if (oversized) {
      raw.push(oversized);
      done++;
      progress();
      continue;
    }
    const contextKey = input.kind === undefined ? contextOf(input.file) : undefined;
    if (contextKey) {
      // Read with its unit (a Terraform root module's manifest of installed modules), not alone.
      contextFiles.set(input.file, contextKey);
      continue;
    }
    const kind = input.kind ?? detectKind(input.file, text);
    if (kind === undefined) {
      unrecognised.push(input.file);
      done++;
      progress();
      continue;
    }
    files++;
    analysed.push({ file: input.file, text });
    const adapter = adapterFor(kind);
    const group = adapter.group;
    if (group) {
      const keys = groupKeys.get(group) ?? new Set<string>();
      const key = group.key(input.file);
      keys.add(key);
      groupKeys.set(group, keys);
      waiting.set(key, (waiting.get(key) ?? 0) + 1);
      continue;
    }
    const source = { file: input.file, text, explicit: input.explicit ?? false };
    const budget = budgetFor(text.length);
    // Each adapter applies the walked-vs-named rule for parse failures itself.
    const result = guarded(source, () => readWith(adapter, kind, source, options.sources ?? {}, budget));
    spent(input.file, budget);
    noteDeclared(result);
    if (result.unrecognised) {
      // Not of its kind after all: not analysed; counted among the unrecognised unless it says why.
      files--;
      analysed.pop();
      if (result.findings.length === 0) unrecognised.push(input.file);
    }
    appendAll(raw, result.findings);
    appendAll(documents, result.documents);
    done++;
    progress();
  }
  const sharedFiles = new Set<string>();
  for (const [group, keys] of groupKeys) {
    // Every input under a group's key is one unit: a Terraform module with its tfvars and templates.
    const members = new Map<string, SourceInput[]>();
    for (const i of inputs) {
      const context = contextFiles.get(i.file);
      const key = context?.group === group ? context.key : group.key(i.file);
      if (!keys.has(key)) continue;
      const member = { file: i.file, text: i.text.charCodeAt(0) === 0xfeff ? i.text.slice(1) : i.text, explicit: i.explicit ?? false };
      const list = members.get(key);
      if (list) list.push(member);
      else members.set(key, [member]);
    }
    if (group.loader && !group.loader.loaded()) throw group.loader.notLoaded();
    const units = [...keys].sort().map((key) => ({ key, inputs: members.get(key) ?? [] }));
    const first = units[0]?.inputs[0] ?? { file: units[0]?.key ?? '.', text: '' };
    // The group guards each unit itself; this guard only catches what escapes it.
    const result = guarded(first, () => group.read(units, { options: options.sources ?? {}, budgetFor, spent }));
    noteDeclared(result);
    for (const f of ('sharedFiles' in result ? result.sharedFiles : undefined) ?? []) sharedFiles.add(f);
    appendAll(raw, result.findings);
    appendAll(documents, result.documents);
    for (const key of keys) done += waiting.get(key) ?? 0;
    progress();
  }
  for (const adapter of SOURCE_ADAPTERS) adapter.finish?.(documents);
  const { onProgress } = options;
  const before = raw.length;
  appendAll(
    raw,
    onceInSharedFiles(
      runRules(
        documents,
        analysed,
        config,
        options.policyRunner,
        onProgress
          ? (d, total, found) => {
              onProgress({ phase: 'rules', done: d, total, findings: before + found });
            }
          : undefined,
      ),
      sharedFiles,
    ),
  );
  onProgress?.({ phase: 'rules', done: documents.length, total: documents.length, findings: raw.length });
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
  // Files in a group's unit (a Terraform module folder) are its context (tfvars, file() targets), not unrecognised.
  const context = unrecognised.filter((file) => ![...groupKeys].some(([group, keys]) => keys.has(group.key(file))));
  return { ...result, suppressed: result.suppressed + inline.suppressed, budgets, unrecognised: context, undeclared };
}

/** The group unit a context file (no kind of its own) belongs to, if any adapter claims it. */
function contextOf(file: string): { group: SourceGroup; key: string } | undefined {
  for (const adapter of SOURCE_ADAPTERS) {
    const key = adapter.group?.contextOf?.(slashed(file));
    if (key !== undefined && adapter.group) return { group: adapter.group, key };
  }
  return undefined;
}

/**
 * A finding located in a file evaluated once per use (a module called several times: two `module`
 * blocks, count, for_each) saying the same thing about the same text is the same finding: it is
 * reported once, at the module. Findings located at a caller's argument differ by location and are all kept.
 */
function onceInSharedFiles(findings: Finding[], sharedFiles: ReadonlySet<string>): Finding[] {
  if (sharedFiles.size === 0) return findings;
  const seen = new Set<string>();
  return findings.filter((f) => {
    const loc = f.location;
    if (!loc || !sharedFiles.has(loc.file)) return true;
    // The message is part of it: one operator over two keys is two findings at one place (oidc-set-operator).
    const key = JSON.stringify([f.ruleId, loc.file, loc.span, f.path ?? null, f.message, f.witness ?? null]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Findings located in companion files are kept only when they belong to a resource defined in a
 * named file (the role in main.tf whose subject comes from a default in variables.tf).
 */
function withoutCompanionFindings(findings: Finding[], inputs: readonly AnalyzeInput[], documents: readonly ModelDocument[]): Finding[] {
  const companions = new Set(inputs.filter((i) => i.companion).map((i) => i.file));
  if (companions.size === 0) return findings;
  const namedResources = new Set(
    documents.flatMap((d) => (d.kind !== 'workflow' && d.kind !== 'gitlab-pipeline' && d.resource !== undefined && d.location && !companions.has(d.location.file) ? [d.resource] : [])),
  );
  return findings.filter((f) => {
    const file = f.location?.file;
    if (file === undefined || !companions.has(file)) return true;
    return f.resource !== undefined && namedResources.has(f.resource);
  });
}

function readWith(adapter: SourceAdapter, kind: InputKind, source: { file: string; text: string; explicit: boolean }, options: SourceOptions, budget: EvaluationBudget): SourceResult {
  if (!adapter.read) throw new Error(`the source adapter for "${kind}" reads no single file`);
  return adapter.read(kind, source, options, budget);
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
