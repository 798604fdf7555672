import { conditionOf, fnIf, type ConditionValue } from './conditions.js';
import { findInMap, join, select, split } from './functions.js';
import { getAtt, ref } from './refs.js';
import { sub } from './sub.js';
import type { Template } from './template.js';
import type { SpanMaker } from './to-policy.js';
import { scalarText, type TMap, type TNode } from './tree.js';
import { stringOfNode, unresolvedString, type RValue } from './value.js';
import { redactSecrets } from '../../secrets/redact.js';

/** What every resolution in one template shares. */
export interface ResolverEnv {
  template: Template;
  /** `--parameter name=value` (wins over defaults). */
  parameters: Readonly<Record<string, string>>;
  file: string;
  spans: SpanMaker;
}

/** Thrown when a template needs more evaluation steps than any real one does (reported as input-error). */
export class ResolveLimitError extends Error {}

const MAX_STEPS = 200_000;

type Intrinsic = (r: Resolver, arg: TNode, node: TMap) => RValue;

const INTRINSICS: Readonly<Record<string, Intrinsic>> = {
  Ref: (r, arg, node) => {
    const name = scalarText(arg);
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
  private steps = 0;

  constructor(
    readonly env: ResolverEnv,
    readonly assumptions: ReadonlyMap<string, boolean> = new Map(),
  ) {}

  resolve(node: TNode): RValue {
    if (++this.steps > MAX_STEPS) throw new ResolveLimitError(`more than ${MAX_STEPS} evaluation steps`);
    switch (node.kind) {
      case 'string':
        return stringOfNode(node);
      case 'number':
      case 'boolean':
      case 'null':
        return { kind: node.kind, value: node.value, text: node.text, range: node.range };
      case 'seq': {
        const items = node.items.map((i) => this.resolve(i)).filter((v) => v.kind !== 'novalue');
        return { kind: 'list', items, range: node.range };
      }
      case 'map': {
        const fn = intrinsicName(node);
        if (fn !== undefined) return this.intrinsic(fn, node);
        const members = node.entries.map((e) => ({ key: e.key, keyRange: e.keyRange, value: this.resolve(e.value) }));
        return { kind: 'object', members: members.filter((m) => m.value.kind !== 'novalue'), range: node.range };
      }
    }
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

  /** Runs `fn` unless `key` is already being resolved (a reference cycle): then undefined. */
  guarded<T>(key: string, fn: () => T): T | undefined {
    if (this.active.has(key)) return undefined;
    this.active.add(key);
    try {
      return fn();
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

/** The function name of a single-key intrinsic map (`Ref`, `Fn::…`, or an unknown `!Tag`). */
export function intrinsicName(node: TNode): string | undefined {
  if (node.kind !== 'map' || node.entries.length !== 1) return undefined;
  const key = node.entries[0]!.key;
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
