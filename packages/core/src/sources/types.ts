import type { BudgetLimits } from '../budget.js';
import type { ModelDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';

/** One file handed to a source adapter. */
export interface SourceInput {
  /** Path used in findings. */
  file: string;
  text: string;
  /** Named by the user (a parse failure is then always reported). */
  explicit: boolean;
}

/** What every source adapter returns: model documents, plus findings about the input itself. */
export interface SourceResult {
  documents: ModelDocument[];
  /** parse-error, input-error, and source-level findings (e.g. unresolved expressions outside policies). */
  findings: Finding[];
  /** Inputs the source declares (Terraform `variable` blocks, CloudFormation `Parameters`). */
  declared?: { variables?: string[]; parameters?: string[] };
  /**
   * The file looked like this adapter's kind by its name or a cheap content test, but is not (a JSON
   * file whose "Statement" is not at the top level): it was not analysed, and it is no finding
   * (spec/rules.md `input-error`); the caller counts it among the files of no recognised kind.
   */
  unrecognised?: true;
  /**
   * Files evaluated once per use (a Terraform module called by two module blocks, or with count or
   * for_each): a finding located in one of them with the same rule, place, path and witness is the
   * same finding about the same text, reported once.
   */
  sharedFiles?: string[];
}

/** Values the user supplies for IaC inputs (CLI `--var`, `--var-file`, `--parameter`). */
export interface SourceOptions {
  /** Terraform `--var name=value` (highest precedence). The value is HCL/JSON-ish text as on the CLI. */
  vars?: Record<string, string>;
  /** Terraform `--var-file` files, in command-line order (each later file wins). */
  varFiles?: SourceInput[];
  /** CloudFormation `--parameter name=value`. */
  parameters?: Record<string, string>;
  /** Caps of the evaluation budget each file (each Terraform module) gets; DEFAULT_LIMITS otherwise. */
  limits?: Partial<BudgetLimits>;
}
