import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/** bin/trustlint.js refuses an older Node before loading anything, with the version it needs. */
const BIN = fileURLToPath(new URL('../bin/trustlint.js', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };
const scratch = mkdtempSync(join(tmpdir(), 'trustlint-launcher-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs the launcher on a Node that reports `version` (a preload replaces process.version{,s}). */
function runAs(version: string): { code: number | null; stdout: string; stderr: string } {
  const preload = join(scratch, `as-${version}.mjs`);
  writeFileSync(
    preload,
    `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '${version}' } });\n` +
      `Object.defineProperty(process, 'version', { value: 'v${version}' });\n`,
  );
  const r = spawnSync(process.execPath, ['--import', preload, BIN, '--version'], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the launcher checks the Node version', () => {
  it('states the same minimum as package.json engines', () => {
    expect(PACKAGE.engines.node).toBe('>=20.19');
  });

  it.each(['18.20.4', '20.18.3', '16.0.0'])('refuses Node %s with exit 2 and the version it needs', (version) => {
    expect(runAs(version)).toEqual({ code: 2, stdout: '', stderr: `trustlint: needs Node.js 20.19 or later; this is v${version}\n` });
  });

  it.each(['20.19.0', '22.1.0'])('runs on Node %s', (version) => {
    const r = runAs(version);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
