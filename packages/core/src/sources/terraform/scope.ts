import type { EvaluationBudget, LimitSite } from '../../budget.js';
import type { Range, TemplatePart } from './ast.js';
import type { StrValue, Unknowns, Value } from './values.js';

/** Names bound by `for` expressions, dynamic-block iterators, `each` and `count`. */
export class Scope {
  constructor(
    private readonly vars: ReadonlyMap<string, Value>,
    private readonly parent?: Scope,
    /** The template of a templatefile() call is evaluated in this scope. */
    private readonly templateFile = false,
  ) {}

  static readonly empty = new Scope(new Map());

  lookup(name: string): Value | undefined {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }

  child(vars: Record<string, Value>): Scope {
    return new Scope(new Map(Object.entries(vars)), this);
  }

  /** The scope of a template file's text, with its variables. */
  templateChild(vars: Record<string, Value>): Scope {
    return new Scope(new Map(Object.entries(vars)), this, true);
  }

  /** Inside the text of a templatefile() call (where Terraform forbids calling it again). */
  get inTemplateFile(): boolean {
    return this.templateFile || (this.parent?.inTemplateFile ?? false);
  }
}

/** What the expression evaluator needs from the module being evaluated. */
export interface EvalHost {
  readonly unknowns: Unknowns;
  /** The source text of a range (for unknowns: the expression as written). */
  text(r: Range): string;
  /** The module's budget: steps, value size, nesting, instances. */
  readonly budget: EvaluationBudget;
  /** Counts one evaluation step at `r`; throws the budget's LimitError past the cap. */
  step(r: Range): void;
  /** Charges a value built at `r` (its own size: characters and pieces) and returns it. */
  produced<V extends Value>(v: V, r: Range): V;
  /** A root name that no scope binds: `var`, `local`, `data`, `module`, `path`, resource types. */
  root(name: string, r: Range): Value;
  /** A file of the module, by a path relative to the module directory. */
  readFile(path: string): StrValue | undefined;
  /** Parses a string (a template file's content) as a template; undefined when it does not parse. */
  parseTemplate(s: StrValue): TemplatePart[] | undefined;
}

/** Where in the module a range is, for the budget's errors. */
export function siteOf(r: Range): LimitSite {
  return { file: r.file, offset: r.start };
}
