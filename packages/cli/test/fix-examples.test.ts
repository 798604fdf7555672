import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeFiles, CATALOG, roleUsesOf, type TrustPolicyDocument } from '@trustlint/core';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTree, removeTrees, runCli } from './helpers.js';

/**
 * The round trip on examples/: every file with a scope finding whose role a workflow in examples/
 * assumes is narrowed by `fix`; `check` afterwards shows neither that scope finding nor any
 * workflow-role-mismatch.
 */

const EXAMPLES = join(import.meta.dirname, '../../../examples');
const SCOPE = new Set(CATALOG.filter((r) => r.category === 'trust-scope').map((r) => r.id));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules') return [];
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

interface Reported {
  findings: { ruleId: string; file: string }[];
}

afterEach(removeTrees);

describe('fix on examples/', () => {
  it('narrows every used role with a scope finding; check then finds neither it nor a role mismatch', async () => {
    const files = Object.fromEntries(walk(EXAMPLES).map((p) => [relative(EXAMPLES, p).replace(/\\/g, '/'), readFileSync(p, 'utf8')]));
    const config = { repository: 'acme/app' };
    const cwd = makeTree({ ...files, 'trustlint.config.json': JSON.stringify(config) });

    const analysis = await analyzeFiles(Object.entries(files).map(([file, text]) => ({ file, text, explicit: false })), { config });
    const scoped = new Set(analysis.findings.filter((f) => SCOPE.has(f.ruleId)).map((f) => f.location?.file));
    const targets = analysis.documents
      .filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy' && scoped.has(d.file) && roleUsesOf(d, analysis.documents).length > 0)
      .map((d) => d.file);
    expect([...new Set(targets)]).toEqual(['terraform/vulnerable/main.tf']);

    const before = JSON.parse((await runCli(['check', '-f', 'json'], { cwd })).stdout) as Reported;
    expect(before.findings.filter((f) => targets.includes(f.file) && SCOPE.has(f.ruleId))).not.toEqual([]);
    const fixed = await runCli(['fix'], { cwd });
    expect(fixed.code).toBe(0);
    for (const file of targets) expect(fixed.stderr).toContain(`narrowed ${file}`);
    const after = JSON.parse((await runCli(['check', '-f', 'json'], { cwd })).stdout) as Reported;
    expect(after.findings.filter((f) => targets.includes(f.file) && SCOPE.has(f.ruleId))).toEqual([]);
    expect(after.findings.filter((f) => f.ruleId === 'workflow-role-mismatch')).toEqual([]);
    // Only the narrowed roles' files changed: every other finding is still there.
    const others = (r: Reported): string[] => r.findings.filter((f) => !f.file.startsWith('terraform/') && f.ruleId !== 'workflow-role-mismatch').map((f) => `${f.ruleId} ${f.file}`);
    expect(others(after)).toEqual(others(before));
  });

  it('the README shows what fix --dry-run prints on examples/ today', async () => {
    const files = Object.fromEntries(walk(EXAMPLES).map((p) => [relative(EXAMPLES, p).replace(/\\/g, '/'), readFileSync(p, 'utf8')]));
    const cwd = makeTree({ ...files, 'trustlint.config.json': '{ "repository": "acme/app" }\n' });
    const r = await runCli(['fix', '--dry-run', 'terraform/vulnerable', 'workflows'], { cwd });
    expect(r.code).toBe(0);
    const readme = readFileSync(join(EXAMPLES, '..', 'README.md'), 'utf8');
    const block = /<!-- fix-demo:start -->\n```text\n\$ trustlint fix --dry-run terraform\/vulnerable workflows\n([\s\S]*?)```\n<!-- fix-demo:end -->/.exec(readme);
    expect(block?.[1]).toBe(`${r.stdout}${r.stderr}`);
    expect(r.stdout).toContain('+      values   = ["repo:acme/app:environment:production"]');
  });
});
