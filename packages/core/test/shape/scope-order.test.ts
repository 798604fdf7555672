import { describe, expect, it } from 'vitest';
import { SCOPE_ORDER } from '../../src/catalog/rules.js';
import { OUTSIDER_CLASSES, type OutsiderClass } from '../../src/github/witness.js';
import { RULES } from '../../src/rules/registry.js';
import { SCOPE_RULES } from '../../src/rules/scope-rules.js';
import { admittedRules, type AdmittedWitness } from '../../src/scope/trust-analysis.js';

/**
 * The precedence of the scope rules as it was written by hand in trust-analysis.ts before each rule
 * declared its classes (spec/rules.md "scope": broadest outsider first; any-context needs a new branch
 * and a pull request or environment, and then pull-request and ref-wildcard are not reported).
 */
function oracle(admitted: ReadonlySet<OutsiderClass>): { ruleId: string; cls: OutsiderClass }[] {
  const out: { ruleId: string; cls: OutsiderClass }[] = [];
  const direct: [OutsiderClass, string][] = [
    ['other-owner', 'oidc-any-owner'],
    ['reusable-caller', 'oidc-reusable-workflow-only'],
    ['other-repo', 'oidc-owner-wide'],
    ['repo-name-match', 'oidc-repo-prefix'],
    ['other-ids', 'oidc-id-wildcard'],
  ];
  for (const [cls, ruleId] of direct) if (admitted.has(cls)) out.push({ ruleId, cls });
  const branch = admitted.has('new-branch');
  const pr = admitted.has('pull-request');
  const env = admitted.has('new-environment');
  if (branch && (pr || env)) out.push({ ruleId: 'oidc-any-context', cls: pr ? 'pull-request' : 'new-environment' });
  else if (pr) out.push({ ruleId: 'oidc-pull-request', cls: 'pull-request' });
  for (const cls of ['new-branch', 'new-tag', 'new-environment'] as const) {
    if (admitted.has(cls) && !out.some((o) => o.ruleId === 'oidc-any-context')) {
      out.push({ ruleId: 'oidc-ref-wildcard', cls });
      break;
    }
  }
  // Issue 18: HCP Terraform's run phase, a class with no GitHub counterpart, reported last.
  if (admitted.has('run-phase')) out.push({ ruleId: 'oidc-run-phase', cls: 'run-phase' });
  return out;
}

describe('scope order, written once', () => {
  it('the scope rules are the rules that declare outsider classes, first in the catalog, in SCOPE_RULES order', () => {
    const declaring = RULES.filter((r) => 'scope' in r).map((r) => r.id);
    expect(declaring).toEqual(SCOPE_RULES.map((r) => r.id));
    expect(RULES.slice(0, SCOPE_RULES.length).map((r) => r.id)).toEqual(declaring);
    expect(SCOPE_ORDER).toEqual(declaring);
  });

  it('every declared class is an outsider class, and unlessApplies names earlier scope rules', () => {
    for (const [i, rule] of SCOPE_RULES.entries()) {
      for (const cls of [...rule.scope.classes, ...(rule.scope.requires ?? [])]) expect(OUTSIDER_CLASSES).toContain(cls);
      const earlier = SCOPE_RULES.slice(0, i).map((r) => r.id as string);
      for (const id of rule.scope.unlessApplies ?? []) expect(earlier, rule.id).toContain(id);
    }
  });

  it('the declarations give the hand-written precedence for every set of admitted classes', () => {
    const classes = [...OUTSIDER_CLASSES];
    expect(classes.length).toBeGreaterThanOrEqual(9);
    for (let mask = 0; mask < 1 << classes.length; mask++) {
      const set = new Set(classes.filter((_, i) => (mask >> i) & 1));
      const admitted = new Map([...set].map((cls) => [cls, {} as AdmittedWitness]));
      expect(admittedRules(admitted, SCOPE_RULES), [...set].join(',')).toEqual(oracle(set));
    }
  });
});
