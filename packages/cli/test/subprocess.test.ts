import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { BROKEN_POLICY, EMPTY_POLICY, makeTree, removeTrees } from './helpers.js';

afterEach(removeTrees);

/** The real launcher over the built dist/ (the root `test` script builds first). */
const BIN = fileURLToPath(new URL('../bin/trustlint.js', import.meta.url));

function run(bin: string, args: string[], cwd: string, env: Record<string, string> = {}, input?: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    ...(input !== undefined ? { input } : {}),
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('node packages/cli/bin/trustlint.js', () => {
  it('exits 1 with a parse-error for a named broken policy', () => {
    const root = makeTree({ 'broken.json': BROKEN_POLICY, 'ok.json': EMPTY_POLICY }, { git: true });
    const result = run(BIN, ['check', 'broken.json', 'ok.json', '--format', 'json'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).findings).toEqual([expect.objectContaining({ ruleId: 'parse-error', file: 'broken.json', line: 4 })]);
  });

  it('reads --stdin from the standard input of the process', () => {
    const root = makeTree({}, { git: true });
    const result = run(BIN, ['check', '--stdin', '--stdin-filename', 'p.json', '--format', 'json'], root, {}, BROKEN_POLICY);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings).toEqual([expect.objectContaining({ ruleId: 'parse-error', file: 'p.json', line: 4 })]);
  });

  it('exits 0 on a clean folder and 2 on a usage error', () => {
    const root = makeTree({ 'ok.json': EMPTY_POLICY }, { git: true });
    expect(run(BIN, ['check'], root)).toEqual({ code: 0, stdout: 'no problems\n1 file analysed\n', stderr: '' });
    const usage = run(BIN, ['check', '--max-warnings', 'many'], root);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^trustlint: --max-warnings expects a non-negative integer, got 'many'\n$/);
  });

  it('turns a failure to load the CLI into exit 2 with a message, not a stack trace', () => {
    const root = makeTree({});
    mkdirSync(join(root, 'bin'));
    copyFileSync(BIN, join(root, 'bin', 'trustlint.js')); // no dist/ next to this copy
    const result = run(join(root, 'bin', 'trustlint.js'), ['check'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^trustlint: internal error: Cannot find module .*dist\/main\.js/);
    expect(result.stderr).not.toContain('    at ');
    expect(run(join(root, 'bin', 'trustlint.js'), ['check'], root, { TRUSTLINT_DEBUG: '1' }).stderr).toContain('    at ');
  });
});
