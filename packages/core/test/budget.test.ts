import { describe, expect, it } from 'vitest';
import { ruleMeta } from '../src/catalog/rules.js';
import { DEFAULT_LIMITS, EvaluationBudget, INPUT_ALLOWANCE, LimitError, limitFinding } from '../src/budget.js';

/** The one evaluation budget (budget.ts): its caps, what crossing one gives, the one finding shape. */

const at = { offset: 3 };

function crossing(fn: () => void): LimitError {
  try {
    fn();
  } catch (err) {
    if (err instanceof LimitError) return err;
    throw err;
  }
  throw new Error('no cap was crossed');
}

describe('EvaluationBudget', () => {
  it('throws the one LimitError one step past each cap, and records it', () => {
    const b = new EvaluationBudget({ steps: 2, valueSize: 10, aliases: 1, instances: 3 });
    b.step(at);
    b.step(at);
    expect(crossing(() => { b.step(at); })).toMatchObject({ limit: 'steps', cap: 2, at, message: 'more than 2 evaluation steps (the evaluation step cap)' });
    b.grow(10, at);
    expect(crossing(() => { b.grow(1, at); })).toMatchObject({ limit: 'valueSize', cap: 10 });
    b.alias(at);
    expect(crossing(() => { b.alias(at); })).toMatchObject({ limit: 'aliases', cap: 1 });
    b.expand(3, at);
    expect(crossing(() => { b.expand(1, at); })).toMatchObject({ limit: 'instances', cap: 3 });
    expect(b.usage()).toMatchObject({ steps: 3, valueSize: 11, aliases: 2, instances: 4, crossed: ['steps', 'valueSize', 'aliases', 'instances'] });
  });

  it('checks room for a value without charging it', () => {
    const b = new EvaluationBudget({ valueSize: 10 });
    b.room(10, at);
    expect(crossing(() => { b.room(11, at); })).toMatchObject({ limit: 'valueSize' });
    expect(b.usage().valueSize).toBe(0);
  });

  it('counts nested evaluation and unwinds it, also on errors', () => {
    const b = new EvaluationBudget({ evaluationDepth: 3 });
    const nest = (n: number): number => (n === 0 ? 0 : b.nested(at, () => nest(n - 1) + 1));
    expect(nest(3)).toBe(3);
    expect(crossing(() => nest(4))).toMatchObject({ limit: 'evaluationDepth', cap: 3 });
    // The failed attempt left no level behind.
    expect(nest(3)).toBe(3);
    expect(b.usage().evaluationDepth).toBe(3);
  });

  it('turns a stack overflow into the evaluation depth error at the last step', () => {
    const b = new EvaluationBudget();
    b.step({ file: 'm/a.tf', offset: 42 });
    const runaway = (n: number): number => runaway(n + 1) + 1;
    expect(crossing(() => b.withinStack(() => runaway(0)))).toMatchObject({ limit: 'evaluationDepth', at: { file: 'm/a.tf', offset: 42 } });
    expect(() => b.withinStack(() => { throw new TypeError('a bug'); })).toThrow(TypeError);
  });

  it('raises the step and value-size caps for each full MiB of input', () => {
    expect(new EvaluationBudget({}, 1024 * 1024 - 1).limits).toEqual(DEFAULT_LIMITS);
    expect(new EvaluationBudget({}, 3 * 1024 * 1024).limits).toMatchObject({
      steps: DEFAULT_LIMITS.steps + 3 * INPUT_ALLOWANCE.steps,
      valueSize: DEFAULT_LIMITS.valueSize + 3 * INPUT_ALLOWANCE.valueSize,
      depth: DEFAULT_LIMITS.depth,
    });
  });
});

describe('limitFinding', () => {
  it('is one input-error, one character wide where the cap was crossed, with the cap in its properties', () => {
    const err = new EvaluationBudget().exceeded('depth', { offset: 6 });
    expect(limitFinding({ what: 'the policy document', file: 'p.json', text: '{\n  "a": [[]]\n}', resource: 'r', hint: 'split it' }, err)).toEqual({
      ruleId: 'input-error',
      // The catalog decides (io makes it error for analysed kinds).
      severity: ruleMeta('input-error').defaultSeverity,
      message: 'the policy document was not analysed: nesting deeper than 200 levels (the depth cap); split it',
      location: { file: 'p.json', span: { start: { line: 2, column: 4, offset: 6 }, end: { line: 2, column: 5, offset: 7 } } },
      resource: 'r',
      properties: { limit: 'depth', cap: 200 },
    });
  });
});
