import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '@trustlint/core';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { applySuggestion, CORE_FIXTURES, langOf, lint, ruleTester } from './helpers.js';

/**
 * The core's rule fixtures, replayed through ESLint: `invalid/<name>` must give exactly the findings of
 * `<name>.expected.json` (ids, full ranges, and the CLI's message), `valid/<name>` none of that rule.
 * Only single-file fixtures in a language ESLint lints here (JSON, YAML) are replayed; Terraform and
 * templates have no ESLint language, and folder fixtures are cross-file (see NOT_IN_ESLINT).
 */
interface Expected {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const files = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => !f.endsWith('.expected.json') && !statSync(join(dir, f)).isDirectory() && langOf(f) !== undefined).sort() : [];

/** Findings ESLint does not report by design (a JSON syntax error is ESLint's own fatal error). */
const NOT_REPLAYED = new Set(['parse-error', 'input-error']);

const rules = readdirSync(CORE_FIXTURES).filter((id) => id in (plugin.rules ?? {}) && !NOT_REPLAYED.has(id)).sort();

for (const id of rules) {
  const rule = plugin.rules?.[id];
  if (!rule || typeof rule === 'function') continue;
  const valid = files(join(CORE_FIXTURES, id, 'valid'));
  const invalid = files(join(CORE_FIXTURES, id, 'invalid'));
  for (const lang of ['json', 'yaml'] as const) {
    const ofLang = (name: string): boolean => langOf(name) === lang;
    if (!valid.some(ofLang) && !invalid.some(ofLang)) continue;
    ruleTester(lang).run(`${id} (${lang} fixtures)`, rule, {
      valid: valid.filter(ofLang).map((name) => ({ name: `valid/${name}`, filename: name, code: readFileSync(join(CORE_FIXTURES, id, 'valid', name), 'utf8') })),
      invalid: invalid.filter(ofLang).map((name) => {
        const code = readFileSync(join(CORE_FIXTURES, id, 'invalid', name), 'utf8');
        const expected = JSON.parse(readFileSync(join(CORE_FIXTURES, id, 'invalid', `${name}.expected.json`), 'utf8')) as Expected[];
        // The message is the CLI's, from the same analysis the CLI runs.
        const messages = analyze([{ file: name, text: code, explicit: true }]).findings.filter((f) => f.ruleId === id);
        // Suggestions are checked in suggestions.test.ts; here they are only carried along.
        const reported = lint(code, name).filter((m) => m.ruleId === `trustlint/${id}`);
        return {
          name: `invalid/${name}`,
          filename: name,
          code,
          errors: expected.map((e, i) => ({
            message: messages[i]?.message ?? '(missing)',
            line: e.line,
            column: e.column,
            endLine: e.endLine,
            endColumn: e.endColumn,
            suggestions: (reported[i]?.suggestions ?? []).map((s) => ({ messageId: s.messageId ?? '', output: applySuggestion(code, s) })),
          })),
        };
      }),
    });
  }
}

describe('fixtures ESLint does not replay', () => {
  it('a JSON syntax error is ESLint’s own fatal parse error, at the position the core reports', () => {
    for (const name of files(join(CORE_FIXTURES, 'parse-error', 'invalid'))) {
      const code = readFileSync(join(CORE_FIXTURES, 'parse-error', 'invalid', name), 'utf8');
      const [expected] = JSON.parse(readFileSync(join(CORE_FIXTURES, 'parse-error', 'invalid', `${name}.expected.json`), 'utf8')) as Expected[];
      const [message] = lint(code, name);
      expect(message?.fatal, name).toBe(true);
      expect({ line: message?.line, column: message?.column }, name).toEqual({ line: expected?.line, column: expected?.column });
    }
  });

  it('every rule with fixtures in a linted language is replayed', () => {
    const withFixtures = readdirSync(CORE_FIXTURES).filter((id) =>
      ['valid', 'invalid'].some((kind) => files(join(CORE_FIXTURES, id, kind)).length > 0),
    );
    const expected = withFixtures.filter((id) => id in (plugin.rules ?? {}) && !NOT_REPLAYED.has(id));
    expect(rules).toEqual(expected.sort());
  });
});
