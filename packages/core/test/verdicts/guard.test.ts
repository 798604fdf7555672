import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePolicy, guardPolicy, rng, type Violation } from './guard.js';

/**
 * The verdict guard over every JSON trust-policy fixture and example, and over generated policies.
 * Fixed seed and bounded count in the unit suite; `pnpm fuzz:verdicts --seed S --count N` runs more
 * (VERDICTS_SEED / VERDICTS_COUNT).
 */
const SEED = Number(process.env.VERDICTS_SEED ?? 14);
const COUNT = Number(process.env.VERDICTS_COUNT ?? 250);
const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

function jsonPolicies(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...jsonPolicies(p));
    else if (e.endsWith('.json') && !e.endsWith('.expected.json')) {
      const text = readFileSync(p, 'utf8');
      if (/"Statement"/.test(text) && /oidc-provider|githubusercontent/.test(text)) out.push(p);
    }
  }
  return out;
}

describe('verdict guard', () => {
  const files = [...jsonPolicies(join(ROOT, 'packages/core/test/fixtures/rules')), ...jsonPolicies(join(ROOT, 'examples/policies'))];
  it(`fixtures and examples (${files.length} policies)`, () => {
    expect(files.length).toBeGreaterThan(20);
    const bad: string[] = [];
    for (const f of files) for (const v of guardPolicy(readFileSync(f, 'utf8'), SEED)) bad.push(`${f}: ${v.property}: ${v.detail}`);
    expect(bad).toEqual([]);
  });

  it(`generated policies (seed ${SEED}, ${COUNT} policies)`, () => {
    const r = rng(SEED);
    const bad: { policy: string; violations: Violation[] }[] = [];
    for (let i = 0; i < COUNT; i++) {
      const text = generatePolicy(r);
      const violations = guardPolicy(text, SEED + i);
      if (violations.length) bad.push({ policy: text, violations });
    }
    if (process.env.VERDICTS_REPORT) console.log(`verdict guard: ${COUNT} generated policies, ${bad.length} with violations`);
    expect(bad.slice(0, 3).map((b) => `${b.violations.map((v) => `${v.property}: ${v.detail}`).join('; ')}\n${b.policy}`)).toEqual([]);
  });
});
