import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TrustlintConfig } from '../../src/config.js';
import { readFiles, rule, runAll } from './harness.js';

/**
 * Cross-file fixtures: each folder of `fixtures/cross-file/` is a small repository (a workflow and a
 * JSON trust policy) with `case.json` (`config`, and `roles`: policy file → role name, since a bare
 * JSON policy names no role) and `expected.json` (the workflow-role-mismatch and
 * workflow-audience-mismatch findings with their messages; `[]` for a folder that must stay clean).
 * UPDATE_FIXTURES=1 writes a missing `expected.json`.
 */
const ROOT = join(import.meta.dirname, 'fixtures', 'cross-file');
const update = process.env.UPDATE_FIXTURES === '1';

interface Case {
  config: TrustlintConfig;
  roles: Record<string, string>;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('cross-file fixtures', () => {
  for (const name of readdirSync(ROOT).sort()) {
    it(name, () => {
      const dir = join(ROOT, name);
      const c = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Case;
      const files = walk(dir)
        .map((f) => relative(dir, f).replace(/\\/g, '/'))
        .filter((f) => f !== 'case.json' && f !== 'expected.json')
        .sort()
        .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
      const findings = runAll(readFiles(files, c.roles), [], c.config, [rule('workflow-role-mismatch'), rule('workflow-audience-mismatch')]);
      const actual = findings.map((f) => ({
        ruleId: f.ruleId,
        message: f.message,
        severity: f.severity,
        file: f.location?.file,
        line: f.location?.span.start.line,
        column: (f.location?.span.start.column ?? 0) + 1,
        endLine: f.location?.span.end.line,
        endColumn: (f.location?.span.end.column ?? 0) + 1,
      }));
      const expectedFile = join(dir, 'expected.json');
      if (!existsSync(expectedFile) && update) writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
