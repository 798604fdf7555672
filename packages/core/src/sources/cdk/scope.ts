import type { Range } from './estree.js';
import { unknown, type CValue } from './values.js';

/**
 * Lexical scopes of the evaluated program. Bindings are lazy: a `const` is evaluated the first time it
 * is read (declaration order does not matter for the static reading), once, and a binding that reads
 * itself (directly or through others) is unresolved instead of looping.
 */

type Binding = { state: 'pending'; compute: () => CValue } | { state: 'busy' } | { state: 'done'; value: CValue };

export class Scope {
  private readonly bindings = new Map<string, Binding>();

  constructor(
    readonly parent: Scope | undefined,
    /** The value of `this` in this scope (arrow functions and blocks inherit their parent's). */
    readonly self: CValue | undefined = parent?.self,
  ) {}

  /** Declares a name whose value is computed on first read. Redeclaring keeps the first (hoisted) one. */
  declareLazy(name: string, compute: () => CValue): void {
    if (!this.bindings.has(name)) this.bindings.set(name, { state: 'pending', compute });
  }

  declare(name: string, value: CValue): void {
    this.bindings.set(name, { state: 'done', value });
  }

  /** The scope that declares a name (this one or an enclosing one), if any. */
  ownerOf(name: string): Scope | undefined {
    return this.bindings.has(name) ? this : this.parent?.ownerOf(name);
  }

  /** The value of a name, or undefined when no enclosing scope declares it. */
  lookup(name: string, use: Range): CValue | undefined {
    const binding = this.bindings.get(name);
    if (!binding) return this.parent?.lookup(name, use);
    switch (binding.state) {
      case 'done':
        return binding.value;
      case 'busy':
        return unknown(name, 'its value depends on itself', use);
      case 'pending': {
        this.bindings.set(name, { state: 'busy' });
        const value = binding.compute();
        this.bindings.set(name, { state: 'done', value });
        return value;
      }
    }
  }
}
