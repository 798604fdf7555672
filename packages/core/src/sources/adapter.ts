import type { EvaluationBudget } from '../budget.js';
import type { InputKind, ModelDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { firstLineSpan } from '../model/span.js';
import type { SourceInput, SourceOptions, SourceResult } from './types.js';

/**
 * The contract every input format implements (spec/cli.md "Discovery"): which files it claims, how it
 * reads one, and, for formats whose files are read together (a Terraform module folder), how they
 * are grouped. `analyze` and discovery iterate the registry (sources/registry.ts) and know no format
 * by name: a new format is its adapter, its line in the registry and its tests (and its InputKind).
 */
export interface SourceAdapter {
  /** The kinds this adapter reads; detection yields one of them. */
  readonly kinds: readonly InputKind[];
  /** File names whose files may be of these kinds (discovery reads no other file while walking). */
  readonly inputName: RegExp;
  /** File names read only as context of a group (Terraform variable files): never a kind of their own. */
  readonly companionName?: RegExp;
  /** Every token a content test needs (a chunked scan of a file too large to read looks for them). */
  readonly kindTokens: readonly string[];
  /**
   * The kind decided by the path alone (a workflow folder, a `.tf`). Every adapter's path test comes
   * before any content test.
   */
  byPath?(path: string): InputKind | undefined;
  /** The kind decided by path and a cheap content test (top-level keys, never a full parse); asked in registry order. */
  byContent?(path: string, text: string): InputKind | undefined;
  /** Reads one file of one of `kinds`. */
  read?(kind: InputKind, source: SourceInput, options: SourceOptions, budget: EvaluationBudget): SourceResult;
  /** Files read together: every input under the same key (any kind, e.g. tfvars and templates) is one unit. */
  readonly group?: SourceGroup;
  /** Steps over every document once all are read (linking workflows to local actions, dropping duplicates). */
  finish?(documents: ModelDocument[]): void;
}

export interface SourceGroup {
  /** The unit a file of this adapter belongs to (a Terraform module: its folder). */
  key(file: string): string;
  /**
   * A file of no kind of its own that belongs to a unit as its context, and its unit's key (the
   * module manifest `terraform init` writes, `<root>/.terraform/modules/modules.json`, belongs to the
   * root module). Asked before detection; such a file is neither analysed alone nor unrecognised.
   */
  contextOf?(file: string): string | undefined;
  /** Something to load asynchronously before a group can be read (the Terraform grammar). */
  readonly loader?: { load(): Promise<void>; loaded(): boolean; notLoaded(): Error };
  /**
   * Reads every unit of the scan at once, in key order: units may depend on one another (a Terraform
   * module calls another folder's module with its own arguments). Each unit gets its own budget from
   * `context.budgetFor` and reports what it spent through `context.spent`.
   */
  read(units: readonly GroupUnit[], context: GroupReadContext): SourceResult;
}

/** One unit of a group: its key and every input under it (any kind: tfvars, templates, manifests). */
export interface GroupUnit {
  key: string;
  inputs: readonly SourceInput[];
}

export interface GroupReadContext {
  options: SourceOptions;
  /** A fresh evaluation budget for a unit of this many characters of input. */
  budgetFor(inputSize: number): EvaluationBudget;
  /** Records what a unit (by key) spent, in the order units are read. */
  spent(key: string, budget: EvaluationBudget): void;
}

/** A path with forward slashes (what every path test sees). */
export function slashed(file: string): string {
  return file.replace(/\\/g, '/');
}

/** `.json`, or a `.template` whose text starts as a JSON object: detected by JSON top-level keys. */
export function isJsonLike(path: string, text: string): boolean {
  return /\.json$/.test(path) || (/\.template$/.test(path) && /^\s*\{/.test(text));
}

/** `.yaml`/`.yml`, or a `.template` that is not JSON: detected by YAML top-level keys. */
export function isYamlLike(path: string, text: string): boolean {
  return /\.(ya?ml|template)$/.test(path) && !isJsonLike(path, text);
}

/**
 * One file must never stop the others: a source that throws (a bug, or input beyond what it
 * guards against) becomes an input-error finding on that file.
 */
export function guarded<T extends { documents: ModelDocument[]; findings: Finding[] }>(input: { file: string; text: string }, read: () => T): T | SourceResult {
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
