import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../packages/core/src/analyze.js';
import { CATALOG } from '../packages/core/src/catalog/rules.js';
import { IMPLEMENTED_RULE_IDS } from '../packages/core/src/rules/index.js';

/**
 * The docs are executable: every tagged JSON example of an implemented rule runs through the
 * analyser. A bad example must report its rule; a good one must give no error or warning at all.
 */
const DOCS = join(import.meta.dirname, '..', 'docs', 'rules');
const EXAMPLE_RE = /<!-- example: (bad|good)(?: file=[^ ]+)? -->\s*```(\w+)\n([\s\S]*?)```/g;

describe('docs examples', () => {
  for (const rule of CATALOG.filter((r) => IMPLEMENTED_RULE_IDS.includes(r.id))) {
    const page = readFileSync(join(DOCS, `${rule.id}.md`), 'utf8');
    const examples = [...page.matchAll(EXAMPLE_RE)].filter((m) => m[2] === 'json');
    examples.forEach((m, i) => {
      const kind = m[1];
      it(`${rule.id}: ${kind} example ${i + 1}`, () => {
        const findings = analyze([{ file: `${rule.id}-${kind}.json`, text: m[3] ?? '', explicit: true }]).findings;
        if (kind === 'bad') expect(findings.map((f) => f.ruleId)).toContain(rule.id);
        else expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      });
    });
  }
});
