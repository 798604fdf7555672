import type { EvaluationBudget } from '../../budget.js';
import { conditionOf, fnIf, type ConditionValue } from './conditions.js';
import { expandMembers } from './foreach.js';
import { findInMap, join, select, split } from './functions.js';
import { getAtt, ref } from './refs.js';
import { sub } from './sub.js';
import { FOR_EACH, type Bindings, type Template, type TemplateResource } from './template.js';
import type { SpanMaker } from '../../model/located.js';
import { scalarText, type TMap, type TNode } from '../shared/tree.js';
import { literalText, stringOfNode, unresolvedString, valueSize, type RMember, type RValue } from './value.js';
import { redactSecrets } from '../../secrets/redact.js';

/** What every resolution in one template shares. */
export interface ResolverEnv {
  template: Template;
  /** `--parameter name=value` (wins over defaults). */
  parameters: Readonly<Record<string, string>>;
  file: string;
  /** The template's text (to locate findings by offset). */
  text: string;
  spans: SpanMaker;
  /** The template's budget: every resolution of every variant spends from it. */
  budget: EvaluationBudget;
}

type Intrinsic = (r: Resolver, arg: TNode, node: TMap) => RValue;

const INTRINSICS: Readonly<Record<string, Intrinsic>> = {
  Ref: (r, arg, node) => {
    // AWS::LanguageExtensions lets Ref take an intrinsic that resolves to a name (`!Ref {Fn::Sub: …}`).
    const name = scalarText(arg) ?? (arg.kind === 'map' ? literalText(r.resolve(arg)) : undefined);
    return name === undefined ? r.unresolved(node, 'Ref needs a literal name') : ref(r, name, node.range);
  },
  'Fn::GetAtt': (r, arg, node) => getAtt(r, arg, node),
  'Fn::Sub': sub,
  'Fn::Join': join,
  'Fn::Select': select,
  'Fn::Split': split,
  'Fn::FindInMap': findInMap,
  'Fn::If': fnIf,
  // Language extension: the policy consumer accepts the object itself in place of its JSON text.
  'Fn::ToJsonString': (r, arg) => r.resolve(arg),
};

const DEPLOY_TIME: Readonly<Record<string, string>> = {
  'Fn::ImportValue': 'an export of another stack, known only at deploy time',
  'Fn::GetAZs': 'availability zones, known only at deploy time',
  'Fn::Base64': 'Fn::Base64 is not evaluated',
  'Fn::Cidr': 'Fn::Cidr is not evaluated',
  'Fn::Transform': 'a macro that runs at deploy time',
  'Fn::Length': 'Fn::Length is not evaluated',
};

/**
 * Resolves template expressions statically under one set of condition assumptions. Conditions that
 * cannot be decided from parameters are recorded in `needed` (the variant driver then renders both
 * branches); everything else that cannot be known becomes an unresolved segment naming it.
 */
export class Resolver {
  /** Undecidable conditions met while resolving, in order (the first one is branched on next). */
  readonly needed: string[] = [];
  readonly conditionCache = new Map<string, ConditionValue>();
  private readonly active = new Set<string>();

  /** `bindings`: the Fn::ForEach identifiers in scope (those of the resource being resolved). */
  constructor(
    readonly env: ResolverEnv,
    readonly assumptions: ReadonlyMap<string, boolean> = new Map(),
    public bindings: Bindings = NO_BINDINGS,
  ) {}

  /** Runs `fn` with other loop identifiers in scope (another resource's, a loop's item). */
  within<T>(bindings: Bindings | undefined, fn: () => T): T {
    const outer = this.bindings;
    this.bindings = bindings ?? NO_BINDINGS;
    try {
      return fn();
    } finally {
      this.bindings = outer;
    }
  }

  /** A node of another resource, resolved with that resource's loop identifiers. */
  resolveOf(res: TemplateResource, node: TNode): RValue {
    return this.within(res.bindings, () => this.resolve(node));
  }

  resolve(node: TNode): RValue {
    const at = { offset: node.range[0] };
    this.env.budget.step(at);
    return this.env.budget.nested(at, () => this.resolveNode(node));
  }

  private resolveNode(node: TNode): RValue {
    switch (node.kind) {
      case 'string':
        return stringOfNode(node);
      case 'number':
      case 'boolean':
      case 'null':
        return { kind: node.kind, value: node.value, text: node.text, range: node.range };
      case 'seq': {
        const items = node.items.map((i) => this.resolve(i)).filter((v) => v.kind !== 'absent');
        this.grew({ kind: 'list', items, range: node.range });
        return { kind: 'list', items, range: node.range };
      }
      case 'map': {
        const fn = intrinsicName(node);
        if (fn !== undefined) return this.intrinsic(fn, node);
        const members: RMember[] = [];
        for (const e of node.entries) {
          if (e.key.startsWith(FOR_EACH)) expandMembers(this, e, members);
          else members.push({ key: e.key, keyRange: e.keyRange, value: this.resolve(e.value) });
        }
        return this.grew({ kind: 'object', members: members.filter((m) => m.value.kind !== 'absent'), range: node.range });
      }
    }
  }

  /** Charges a built value's own size (its parts were charged where they were built). */
  grew<T extends RValue>(value: T): T {
    this.env.budget.grow(valueSize(value), { offset: value.range[0] });
    return value;
  }

  private intrinsic(fn: string, node: TMap): RValue {
    const arg = node.entries[0]!.value;
    const impl = INTRINSICS[fn];
    if (impl) return impl(this, arg, node);
    const reason = DEPLOY_TIME[fn] ?? (fn.startsWith('!') ? `unknown tag ${fn} (a preprocessor or macro)` : `${fn} is not evaluated`);
    return this.unresolved(node, reason);
  }

  /** An unresolved string naming the expression as written. */
  unresolved(node: TNode, reason: string): RValue {
    return unresolvedString(describe(node), reason, node.range);
  }

  /**
   * Runs `fn` (the resolution of a reference written at `at`) unless `key` is already being resolved
   * (a reference cycle): then undefined. A chain of references nests, so it counts as nested evaluation.
   */
  guarded<T>(key: string, at: number, fn: () => T): T | undefined {
    if (this.active.has(key)) return undefined;
    this.active.add(key);
    try {
      return this.env.budget.nested({ offset: at }, fn);
    } finally {
      this.active.delete(key);
    }
  }

  noteUndecided(condition: string): void {
    if (!this.needed.includes(condition)) this.needed.push(condition);
  }

  condition(name: string): ConditionValue {
    return conditionOf(this, name);
  }
}

const NO_BINDINGS: Bindings = new Map();

/** The function name of a single-key intrinsic map (`Ref`, `Fn::…`, or an unknown `!Tag`). */
export function intrinsicName(node: TNode): string | undefined {
  if (node.kind !== 'map' || node.entries.length !== 1) return undefined;
  const key = node.entries[0]!.key;
  // A map of one Fn::ForEach loop is a map whose members the loop makes, not a function call.
  if (key.startsWith(FOR_EACH)) return undefined;
  return key === 'Ref' || key.startsWith('Fn::') || key.startsWith('!') ? key : undefined;
}

const MAX_DESCRIBE = 80;

/** A short rendering of an expression in YAML short form, for messages (`!ImportValue SharedOrg`). */
export function describe(node: TNode): string {
  // Masked before it is cut: a key cut in half is no longer recognisable as one.
  const text = redactSecrets(render(node, 0));
  return text.length > MAX_DESCRIBE ? `${text.slice(0, MAX_DESCRIBE - 1)}…` : text;
}

function render(node: TNode, depth: number): string {
  if (depth > 4) return '…';
  switch (node.kind) {
    case 'string':
      return /^[\w:.\-/${}!*]+$/.test(node.value) ? node.value : JSON.stringify(node.value);
    case 'number':
    case 'boolean':
    case 'null':
      return node.text || 'null';
    case 'seq':
      return `[${node.items.map((i) => render(i, depth + 1)).join(', ')}]`;
    case 'map': {
      const fn = intrinsicName(node);
      if (fn !== undefined) {
        const tag = fn === 'Ref' ? '!Ref' : fn.startsWith('!') ? fn : `!${fn.slice('Fn::'.length)}`;
        return `${tag} ${render(node.entries[0]!.value, depth + 1)}`;
      }
      return `{${node.entries.map((e) => `${e.key}: ${render(e.value, depth + 1)}`).join(', ')}}`;
    }
  }
}
