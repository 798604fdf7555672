#!/usr/bin/env node
// The files a package tarball needs from the repository root, copied in by the package's `prepack`
// script and removed by `postpack` (both run with the package folder as the working directory), so
// the root stays the one copy: the LICENSE in every package, and the rule pages in the CLI (its SARIF
// output embeds each rule's page as `help.markdown`). For the CLI it also writes bundled/, its code
// bundled by scripts/bundle-package.mjs.
// Usage: node ../../scripts/package-files.mjs copy|remove
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packageDir = process.cwd();
const { name } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

/** [from, to] relative to the root and to the package folder. */
const files = [['LICENSE', 'LICENSE']];
if (name === 'trustlint') files.push(['docs/rules', 'docs/rules']);

const action = process.argv[2];
if (action !== 'copy' && action !== 'remove') {
  console.error('usage: package-files.mjs copy|remove');
  process.exit(2);
}
for (const [from, to] of files) {
  const target = join(packageDir, to);
  rmSync(target, { recursive: true, force: true });
  if (action === 'copy') {
    if (!existsSync(join(root, from))) throw new Error(`${from} is missing at the repository root`);
    cpSync(join(root, from), target, { recursive: true });
  }
}
// An emptied docs/ folder of the CLI is not left behind.
if (action === 'remove' && name === 'trustlint') rmSync(join(packageDir, 'docs'), { recursive: true, force: true });
// The CLI package ships its own code bundled (start-up, issue 19): written at pack time from the
// built dist/, removed afterwards so a checkout always runs what it builds.
if (name === 'trustlint') {
  rmSync(join(packageDir, 'bundled'), { recursive: true, force: true });
  if (action === 'copy') execFileSync(process.execPath, [join(root, 'scripts/bundle-package.mjs'), '--out', join(packageDir, 'bundled')], { stdio: 'inherit' });
}
