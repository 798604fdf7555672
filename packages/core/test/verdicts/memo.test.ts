import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { explainPolicy } from '../../src/explain.js';
import type { TrustPolicyDocument } from '../../src/model/document.js';
import type { Policy } from '../../src/iam/types.js';
import { SCOPE_RULES } from '../../src/rules/scope-rules.js';
import { clearSearchMemo, searchMemoStats } from '../../src/scope/search-memo.js';
import { TrustAnalysis, type ScopeVerdict } from '../../src/scope/trust-analysis.js';
import { normalize } from '../iam/helpers.js';
import { generatePolicy, rng } from './guard.js';
import { AUD, K, policy } from './helpers.js';

/**
 * The witness search is memoised per distinct condition set (issue 19). A memoised verdict must be
 * the verdict a fresh search gives: same findings (messages, paths, spans, witnesses) and the same
 * explain output, for a document whose text, lines and paths differ from the one that filled the memo.
 */

/** check and explain of one text; `fresh`: each with an empty memo (explain would reuse check's search). */
function run(text: string, file: string, fresh = false): { findings: unknown[]; explain: unknown } {
  if (fresh) clearSearchMemo();
  const { findings, documents } = analyze([{ file, text }]);
  const doc = documents.find((d): d is TrustPolicyDocument => d.kind === 'trust-policy');
  if (fresh) clearSearchMemo();
  return { findings, explain: doc ? explainPolicy(doc) : undefined };
}

/** The same policy, laid out differently: other lines and columns, statements behind a leading Sid. */
function relaid(text: string): string {
  const doc = JSON.parse(text) as { Version?: string; Statement: Record<string, unknown>[] };
  const statements = doc.Statement.map((s) => ({ Sid: 'Relaid', ...s }));
  // A single statement as an object, not a list: its paths are ["Statement", …], not ["Statement", 0, …].
  const body = statements.length === 1 ? statements[0] : statements;
  return `\n\n${JSON.stringify({ Statement: body, ...(doc.Version !== undefined ? { Version: doc.Version } : {}) })}\n`;
}

describe('witness-search memo', () => {
  it('memoised and fresh verdicts agree on generated policies', () => {
    const r = rng(19);
    let hits = 0;
    for (let i = 0; i < 60; i++) {
      const a = generatePolicy(r);
      const b = relaid(a);
      const fresh = run(b, 'b.json', true);
      clearSearchMemo();
      run(a, 'a.json');
      const before = searchMemoStats().hits;
      const memoised = run(b, 'b.json');
      hits += searchMemoStats().hits - before;
      expect(memoised, a).toEqual(fresh);
    }
    // Most generated policies trust the provider: the memo answered check and explain, not bypassed.
    expect(hits).toBeGreaterThan(60);
  }, 120_000);

  it('a policy of another shape is searched afresh', () => {
    const wide = policy([{ Condition: { StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme/app:*' } } }]);
    const narrow = policy([{ Condition: { StringEquals: { ...AUD, [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/main' } } }]);
    const freshNarrow = run(narrow, 'n.json', true);
    clearSearchMemo();
    const wideFindings = run(wide, 'w.json');
    const memoNarrow = run(narrow, 'n.json');
    // One search per shape; explain is then answered from its document's own check.
    expect(searchMemoStats()).toEqual({ hits: 2, misses: 2 });
    expect(memoNarrow).toEqual(freshNarrow);
    expect(wideFindings.findings.length).toBeGreaterThan(freshNarrow.findings.length);
  });

  it('the configured owners are part of the key', () => {
    const text = policy([{ Condition: { StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:*/app:*' } } }]);
    clearSearchMemo();
    const fresh = analyze([{ file: 'p.json', text }], { config: { owners: ['acme'] } }).findings;
    clearSearchMemo();
    analyze([{ file: 'p.json', text }]);
    const memo = analyze([{ file: 'p.json', text }], { config: { owners: ['acme'] } }).findings;
    expect(searchMemoStats().hits).toBe(0);
    expect(memo).toEqual(fresh);
  });

  it('many roles of one shape cost one search', () => {
    const text = policy([
      { Condition: { StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/release/*' } } },
      { Condition: { StringEquals: { ...AUD, [`${K}:sub`]: 'repo:acme/api:environment:prod' } } },
    ]);
    clearSearchMemo();
    const inputs = Array.from({ length: 200 }, (_, i) => ({ file: `roles/role-${i}.json`, text }));
    const { findings } = analyze(inputs);
    const stats = searchMemoStats();
    expect(stats.misses).toBe(1);
    expect(stats.hits).toBeGreaterThanOrEqual(199);
    // Every role still gets its own findings, located in its own file.
    const files = new Set(findings.filter((f) => f.ruleId === 'oidc-ref-wildcard').map((f) => f.location?.file));
    expect(files.size).toBe(200);
  });

  it('undecidable classes are kept as unknown, not blocked', () => {
    // A Deny the evaluator cannot decide (its operator unresolved: parsed null, not a rejected policy)
    // makes every candidate it could stop unknown (scope/trust-analysis.ts).
    const shaped = (): Policy => {
      const p = normalize(JSON.parse(policy([
        { Condition: { StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme/*' } } },
        { Effect: 'Deny', Condition: { StringEquals: { [`${K}:ref`]: 'refs/heads/main' } } },
      ])) as Record<string, unknown>);
      const deny = p.statements[1];
      const entry = deny?.conditions[0];
      if (!entry) throw new Error('no Deny condition');
      entry.parsed = null;
      return p;
    };
    const view = (vs: ScopeVerdict[]): unknown =>
      vs.map((v) => ({ admitted: [...v.admitted].map(([c, a]) => [c, a.witness.claims, a.result]), unknown: [...v.unknown], tried: [...v.tried], finding: v.finding }));
    clearSearchMemo();
    const fresh = new TrustAnalysis(shaped(), {}, SCOPE_RULES).scope();
    expect(fresh.some((v) => v.unknown.size > 0)).toBe(true);
    const memo = new TrustAnalysis(shaped(), {}, SCOPE_RULES).scope();
    expect(searchMemoStats()).toEqual({ hits: 1, misses: 1 });
    expect(view(memo)).toEqual(view(fresh));
  });
});
