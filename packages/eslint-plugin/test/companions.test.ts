import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { ids, languageConfig } from './helpers.js';

/** The plugin reads constants a CDK file imports from its own package (issue 13), and nothing outside it. */
const P = 'token.actions.githubusercontent.com';
const base = mkdtempSync(join(tmpdir(), 'trustlint-companions-'));
const project = join(base, 'app');
mkdirSync(join(project, 'lib'), { recursive: true });
writeFileSync(join(project, 'package.json'), '{ "name": "app" }\n');
writeFileSync(join(project, 'lib', 'config.ts'), `export const SUBJECT = 'repo:*';\n`);
// One byte past the reader's cap (COMPANION_BYTES, 256 KiB), and exactly at it.
writeFileSync(join(project, 'lib', 'big.ts'), `export const SUBJECT = 'repo:*';\n//${'x'.repeat(256 * 1024)}\n`);
writeFileSync(join(project, 'lib', 'full.ts'), `export const SUBJECT = 'repo:*';\n`.padEnd(256 * 1024 - 1, ' ') + '\n');
writeFileSync(join(base, 'outside.ts'), `export const SUBJECT = 'repo:*';\n`);
symlinkSync(join(base, 'outside.ts'), join(project, 'lib', 'linked.ts'));
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

/** Lints a file of the temporary project, ESLint's working directory being the project. */
function lint(code: string, filename: string): Linter.LintMessage[] {
  const rules = Object.fromEntries(Object.keys(plugin.rules ?? {}).map((id) => [`trustlint/${id}`, 'warn' as const]));
  const config = languageConfig('ts');
  return new Linter({ cwd: project }).verify(code, [{ files: ['**/*.ts'], ...config, plugins: { trustlint: plugin }, rules }], { filename });
}

const stack = (from: string): string => `import * as iam from 'aws-cdk-lib/aws-iam';
import { SUBJECT } from '${from}';
new iam.Role(stack, 'R', { assumedBy: new iam.WebIdentityPrincipal('arn:aws:iam::1:oidc-provider/${P}', {
  StringEquals: { '${P}:aud': 'sts.amazonaws.com' }, StringLike: { '${P}:sub': SUBJECT } }) });
`;

describe('ESLint plugin: constants imported from the project', () => {
  it('a subject imported from a sibling file is judged', () => {
    expect(ids(lint(stack('./config'), join(project, 'lib', 'stack.ts')))).toEqual(['oidc-any-owner']);
    // TypeScript ESM spelling: './config.js' names config.ts.
    expect(ids(lint(stack('./config.js'), join(project, 'lib', 'stack.ts')))).toEqual(['oidc-any-owner']);
  });

  it('a file outside the package root, or a symlink leading out of it, is not read: oidc-unresolved says why', () => {
    const outside = lint(stack('../../outside'), join(project, 'lib', 'stack.ts'));
    expect(ids(outside)).toEqual(['oidc-unresolved']);
    expect(outside[0]!.message).toContain('outside the package root');
    const linked = lint(stack('./linked'), join(project, 'lib', 'stack.ts'));
    expect(ids(linked)).toEqual(['oidc-unresolved']);
    expect(linked[0]!.message).toContain('a symlink that leads outside the package root');
  });

  it('a file over the 256 KiB cap is not read (oidc-unresolved says why); one at the cap is', () => {
    const big = lint(stack('./big'), join(project, 'lib', 'stack.ts'));
    expect(ids(big)).toEqual(['oidc-unresolved']);
    expect(big[0]!.message).toContain('larger than 256 KiB');
    expect(ids(lint(stack('./full'), join(project, 'lib', 'stack.ts')))).toEqual(['oidc-any-owner']);
  });
});
