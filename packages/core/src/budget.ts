import inputError from './rules/meta-only/input-error.js';
import type { Finding } from './model/finding.js';
import { lineStarts, positionAt, type Span } from './model/span.js';

/**
 * One evaluation budget for every reader and evaluator (JSON policies, workflow YAML, plan JSON,
 * CloudFormation, Terraform, CDK): a file (a Terraform module) gets one, and whatever it spends —
 * steps, the size of the values it builds, nesting, aliases, expanded instances — is counted against
 * the same caps. Crossing a cap throws the one LimitError, which every source turns into the same
 * `input-error` finding (spec/rules.md): hostile input is reported and fails closed, it never
 * exhausts the runner, and the other files are unaffected.
 */

export interface BudgetLimits {
  /** Evaluation steps: expressions and intrinsics evaluated, loop iterations. */
  readonly steps: number;
  /** Size of the values an evaluation builds: string characters plus PIECE_SIZE per piece (below). */
  readonly valueSize: number;
  /** Renderings of one policy from branches on values that are not known statically. */
  readonly variants: number;
  /** Alternatives one value may carry (a choice per conditional) before it is taken as unknown. */
  readonly alternatives: number;
  /** Nesting of the text: collections, brackets, parentheses, template directives. */
  readonly depth: number;
  /** Nested evaluation: an expression within an expression, a reference within a reference. */
  readonly evaluationDepth: number;
  /** YAML nodes reached through aliases (each alias re-reads its anchor's subtree). */
  readonly aliases: number;
  /** Instances expanded from Terraform `count`/`for_each`/dynamic blocks and CloudFormation Fn::ForEach. */
  readonly instances: number;
}

/**
 * The caps: far above what real files need (a 10,000-line Terraform module of 556 roles spends
 * 8,900 steps and 4 MiB of values), far below what exhausts a runner. Steps and value size grow with
 * the input (INPUT_ALLOWANCE), so a large but honest module is not cut short. The evaluation depth
 * keeps a few thousand JavaScript frames of headroom on Node's default stack, wherever the
 * evaluator is called from.
 */
export const DEFAULT_LIMITS: BudgetLimits = {
  steps: 200_000,
  valueSize: 32 * 1024 * 1024,
  variants: 8,
  alternatives: 16,
  depth: 200,
  evaluationDepth: 500,
  aliases: 100_000,
  instances: 10_000,
};

/**
 * What a list item, an object member, a copied value or a located piece of a string costs in
 * `valueSize`, in the same unit as a character: roughly the bytes its objects take.
 */
export const PIECE_SIZE = 64;

/**
 * What each full MiB of input adds to the step and value-size caps: analysis grows linearly with
 * honest input, while the attacks the caps stop grow exponentially from a few lines.
 */
export const INPUT_ALLOWANCE = { steps: 100_000, valueSize: 16 * 1024 * 1024 } as const;

/** What a node of the policy model costs (with its span and key): a policy rendered from values is charged per node. */
export const NODE_SIZE = 4 * PIECE_SIZE;

/** `size`: the file itself is over the size cap (checked before reading; see limits.ts). */
export type LimitKind = 'size' | Exclude<keyof BudgetLimits, 'alternatives'>;

/** Where a cap was crossed: an offset into `file` (the file being read when absent). */
export interface LimitSite {
  file?: string;
  offset: number;
}

/** A cap of the budget was crossed at `at`. The one limit error of every reader and evaluator. */
export class LimitError extends Error {
  constructor(
    readonly limit: LimitKind,
    readonly cap: number,
    message: string,
    readonly at: LimitSite,
  ) {
    super(message);
  }
}

/** What one budget has spent, for callers and tests (the fuzz suite bounds steps, not time). */
export interface BudgetUsage {
  steps: number;
  valueSize: number;
  aliases: number;
  instances: number;
  /** The deepest evaluation nesting reached. */
  evaluationDepth: number;
  /** The caps crossed (each crossing threw a LimitError). */
  crossed: LimitKind[];
  /** The caps this budget had (the defaults, raised for a large input). */
  limits: BudgetLimits;
}

function formatSize(units: number): string {
  const mib = units / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB` : `${mib.toFixed(1)} MiB`;
}

/** The message of each cap: one wording whatever the format. */
export function limitMessage(limit: Exclude<LimitKind, 'size'>, cap: number): string {
  switch (limit) {
    case 'steps':
      return `more than ${cap} evaluation steps (the evaluation step cap)`;
    case 'valueSize':
      return `the values it builds add up to more than ${formatSize(cap)} (the value-size cap)`;
    case 'variants':
      return `more than ${cap} renderings from branches on values not known statically (the variant cap)`;
    case 'depth':
      return `nesting deeper than ${cap} levels (the depth cap)`;
    case 'evaluationDepth':
      return `evaluation nested deeper than ${cap} levels, references within references (the evaluation depth cap)`;
    case 'aliases':
      return `aliases expand to more than ${cap} nodes (the YAML alias expansion cap)`;
    case 'instances':
      return `more than ${cap} instances from count, for_each or Fn::ForEach (the instance cap)`;
  }
}

/** The error for crossing `limit` at `at`. */
export function limitError(limit: Exclude<LimitKind, 'size'>, cap: number, at: LimitSite): LimitError {
  return new LimitError(limit, cap, limitMessage(limit, cap), at);
}

/** True for a cap that is spent cumulatively (steps, value size, aliases, instances), not crossed at one place. */
export function isSpent(err: LimitError): boolean {
  return err.limit === 'steps' || err.limit === 'valueSize' || err.limit === 'aliases' || err.limit === 'instances';
}

/** Counts what one file (or one Terraform module) spends, and throws LimitError past a cap. */
export class EvaluationBudget {
  readonly limits: BudgetLimits;
  private steps = 0;
  private valueSize = 0;
  private aliases = 0;
  private instances = 0;
  private depth = 0;
  private deepest = 0;
  private readonly crossed: LimitKind[] = [];
  /** Where the last step was taken: where a stack overflow is reported (withinStack). */
  private lastSite: LimitSite = { offset: 0 };

  /** `inputSize`: characters of the file (of all files of a module): each full MiB raises the step and value-size caps. */
  constructor(limits: Partial<BudgetLimits> = {}, inputSize = 0) {
    const base = { ...DEFAULT_LIMITS, ...limits };
    const mib = Math.floor(inputSize / (1024 * 1024));
    this.limits = { ...base, steps: base.steps + mib * INPUT_ALLOWANCE.steps, valueSize: base.valueSize + mib * INPUT_ALLOWANCE.valueSize };
  }

  /** The error for crossing a cap, recorded in the usage. */
  exceeded(limit: Exclude<LimitKind, 'size'>, at: LimitSite): LimitError {
    if (!this.crossed.includes(limit)) this.crossed.push(limit);
    const cap = limit === 'variants' ? this.limits.variants : this.limits[limit];
    return limitError(limit, cap, at);
  }

  /** One evaluation step (or `n`) at `at`. */
  step(at: LimitSite, n = 1): void {
    this.lastSite = at;
    this.steps += n;
    if (this.steps > this.limits.steps) throw this.exceeded('steps', at);
  }

  /** A value of `size` was built (characters, plus PIECE_SIZE per piece). */
  grow(size: number, at: LimitSite): void {
    this.valueSize += size;
    if (this.valueSize > this.limits.valueSize) throw this.exceeded('valueSize', at);
  }

  /**
   * Stops a builder before it outgrows what is left, without charging: the value is charged once,
   * where it is produced (a builder that is abandoned costs nothing).
   */
  room(size: number, at: LimitSite): void {
    if (this.valueSize + size > this.limits.valueSize) throw this.exceeded('valueSize', at);
  }

  /** One node reached through a YAML alias. */
  alias(at: LimitSite): void {
    if (++this.aliases > this.limits.aliases) throw this.exceeded('aliases', at);
  }

  /** `n` more instances expanded (count, for_each, Fn::ForEach). */
  expand(n: number, at: LimitSite): void {
    this.instances += n;
    if (this.instances > this.limits.instances) throw this.exceeded('instances', at);
  }

  /** Runs one nested evaluation; past the evaluation depth cap it throws instead of recursing. */
  nested<T>(at: LimitSite, evaluate: () => T): T {
    if (this.depth >= this.limits.evaluationDepth) throw this.exceeded('evaluationDepth', at);
    this.depth++;
    if (this.depth > this.deepest) this.deepest = this.depth;
    try {
      return evaluate();
    } finally {
      this.depth--;
    }
  }

  /** Throws the depth error when `depth` (of the text) is past the cap. */
  checkDepth(depth: number, at: LimitSite): void {
    if (depth > this.limits.depth) throw this.exceeded('depth', at);
  }

  /**
   * Runs `read`; a stack overflow becomes the evaluation depth error at the last step taken. The
   * safety net behind the explicit caps: a walk over values nested deeper than the caps foresaw.
   */
  withinStack<T>(read: () => T): T {
    try {
      return read();
    } catch (err) {
      if (err instanceof RangeError && /call stack/i.test(err.message)) throw this.exceeded('evaluationDepth', this.lastSite);
      throw err;
    }
  }

  usage(): BudgetUsage {
    return {
      steps: this.steps,
      valueSize: this.valueSize,
      aliases: this.aliases,
      instances: this.instances,
      evaluationDepth: this.deepest,
      crossed: [...this.crossed],
      limits: this.limits,
    };
  }
}

/** What the finding says was left out and where: the one shape of a crossed cap, whatever the format. */
export interface LimitSubject {
  /** "the CloudFormation template", "Resources.Role", "the Terraform module in infra". */
  what: string;
  /** The text of the file the cap was crossed in (to locate the offset). */
  text: string;
  file: string;
  resource?: string;
  /** What the user can do about it ("pass --parameter to decide …"). */
  hint?: string;
}

/**
 * The `input-error` for a crossed cap, one character wide where it was crossed. Its severity is the
 * rule's (the catalog decides whether an incomplete analysis fails the gate).
 */
export function limitFinding(subject: LimitSubject, err: LimitError): Finding {
  const { text, file } = subject;
  const starts = lineStarts(text);
  const at = Math.max(0, Math.min(err.at.offset, text.length));
  const span: Span = { start: positionAt(starts, at), end: positionAt(starts, Math.min(at + 1, text.length)) };
  return {
    ruleId: 'input-error',
    severity: inputError.meta.defaultSeverity,
    message: `${subject.what} was not analysed: ${err.message}${subject.hint !== undefined ? `; ${subject.hint}` : ''}`,
    location: { file, span },
    ...(subject.resource !== undefined ? { resource: subject.resource } : {}),
    properties: { limit: err.limit, cap: err.cap },
  };
}
