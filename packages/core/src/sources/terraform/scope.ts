import type { Range, TemplatePart } from './ast.js';
import type { StrValue, Unknowns, Value } from './values.js';

/** Names bound by `for` expressions, dynamic-block iterators, `each` and `count`. */
export class Scope {
  constructor(
    private readonly vars: ReadonlyMap<string, Value>,
    private readonly parent?: Scope,
  ) {}

  static readonly empty = new Scope(new Map());

  lookup(name: string): Value | undefined {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }

  child(vars: Record<string, Value>): Scope {
    return new Scope(new Map(Object.entries(vars)), this);
  }
}

/** What the expression evaluator needs from the module being evaluated. */
export interface EvalHost {
  readonly unknowns: Unknowns;
  /** The source text of a range (for unknowns: the expression as written). */
  text(r: Range): string;
  /** Counts one evaluation step; throws StepCapError past the cap. */
  step(): void;
  /** A root name that no scope binds: `var`, `local`, `data`, `module`, `path`, resource types. */
  root(name: string, r: Range): Value;
  /** A file of the module, by a path relative to the module directory. */
  readFile(path: string): StrValue | undefined;
  /** Parses a string (a template file's content) as a template; undefined when it does not parse. */
  parseTemplate(s: StrValue): TemplatePart[] | undefined;
}
