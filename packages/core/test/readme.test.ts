import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The package README's example, run against the built package as a user's script imports it. */
const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

function block(name: string): string {
  const m = new RegExp(`<!-- ${name}:start -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\`\\n<!-- ${name}:end -->`).exec(README);
  if (!m?.[1]) throw new Error(`README.md has no ${name} block`);
  return m[1];
}

describe('packages/core/README.md', () => {
  it('prints what the README says its example prints', () => {
    // `node -e` resolves '@trustlint/core' from the working directory: the workspace root's link.
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', block('library-example')], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toBe(block('library-output'));
  });

  it('is linked from the main README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('(packages/core/README.md)');
  });
});
