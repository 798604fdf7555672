import type { EsProgram, Range } from './estree.js';
import type { Evaluator } from './evaluate.js';
import { hoist } from './patterns.js';
import { Scope } from './scope.js';
import { unknown, type CMember, type CValue, type Segment } from './values.js';

/**
 * Constants imported from other files of the same project (`import { ORG } from './config'`). The
 * caller (the ESLint plugin, which has the parser and the file path) resolves a relative specifier to
 * a parsed file inside the project and within its read bounds, or says why not. A companion's
 * constants — strings, numbers, objects, arrays of them, built from its own constants — are evaluated
 * in that file and located at the import in the linted file (the finding's place the user can act
 * on). Bounded: one level (a companion's own imports stay unresolved), MAX_COMPANIONS files per
 * linted file, and the shared evaluation budget. Functions, classes and anything else a companion
 * exports are not followed: the import stays unresolved, naming it and why.
 */

export interface CompanionModule {
  file: string;
  text: string;
  program: EsProgram;
}

/** A parsed companion, or why it is not read (outside the project, too large, not found, …). */
export type CompanionResolver = (specifier: string) => CompanionModule | { refused: string };

export const MAX_COMPANIONS = 16;

const RELATIVE = /^\.\.?\//;

export class Companions {
  private readonly modules = new Map<string, { scope: Scope; file: string } | { refused: string }>();

  constructor(
    private readonly resolve: CompanionResolver,
    private readonly evaluatorFor: (text: string) => Evaluator,
  ) {}

  /** The value of `name` exported by `source`, located at `use`; undefined when `source` is not a relative import. */
  value(source: string, name: string, local: string, use: Range): CValue | undefined {
    if (!RELATIVE.test(source)) return undefined;
    const mod = this.module(source);
    if ('refused' in mod) return unknown(local, `imported from "${source}", which trustlint does not read: ${mod.refused}`, use);
    const found = mod.scope.lookup(name, use);
    if (!found) return unknown(local, `not a top-level constant of ${mod.file}`, use);
    return located(found, use, `${local} (from ${mod.file})`, 0);
  }

  private module(source: string): { scope: Scope; file: string } | { refused: string } {
    const known = this.modules.get(source);
    if (known) return known;
    if (this.modules.size >= MAX_COMPANIONS) return { refused: `more than ${String(MAX_COMPANIONS)} project files are imported` };
    const resolved = this.resolve(source);
    let entry: { scope: Scope; file: string } | { refused: string };
    if ('refused' in resolved) {
      entry = resolved;
    } else {
      const scope = new Scope(undefined);
      hoist(resolved.program.body, scope, this.evaluatorFor(resolved.text));
      entry = { scope, file: resolved.file };
    }
    this.modules.set(source, entry);
    return entry;
  }
}

/** A companion's value moved to the import site: data only; anything else is unresolved, naming it. */
function located(value: CValue, use: Range, name: string, depth: number): CValue {
  if (depth > 32) return unknown(name, 'a value nested too deeply to follow', use);
  const seg = (s: Segment): Segment => (s.kind === 'text' ? { ...s, origins: null, range: use } : { ...s, expression: `${s.expression} (in ${name})`, range: use });
  switch (value.kind) {
    case 'string':
      return { kind: 'string', segments: value.segments.map(seg), range: use };
    case 'number':
    case 'boolean':
    case 'null':
    case 'undefined':
      return { ...value, range: use };
    case 'array':
      return { kind: 'array', items: value.items.map((i) => located(i, use, name, depth + 1)), range: use };
    case 'alternatives':
      return { kind: 'alternatives', options: value.options.map((o) => located(o, use, name, depth + 1)), range: use };
    case 'object':
      return {
        kind: 'object',
        members: value.members.map((m): CMember => ({ key: m.key.map(seg), keyRange: use, value: located(m.value, use, name, depth + 1) })),
        spreads: value.spreads.map((s) => ({ ...s, expression: `${s.expression} (in ${name})`, range: use })),
        range: use,
      };
    case 'unknown':
      return unknown(name, `${value.expression}: ${value.reason}`, use);
    case 'function':
    case 'class':
      return unknown(name, `a ${value.kind} of another project file, which trustlint does not follow`, use);
    default:
      return unknown(name, 'a value of another project file that is not a constant', use);
  }
}
