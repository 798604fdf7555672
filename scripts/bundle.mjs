#!/usr/bin/env node
// Builds the self-contained CLI bundle: one ESM file (bundle/trustlint.mjs) plus the WebAssembly the
// Terraform parser loads at run time. The GitHub Action, the pre-commit hooks and an install from a
// clone onto PATH all run this file, so it must work without node_modules.
// Usage: node scripts/bundle.mjs [--check]   (--check: fail when the committed bundle is stale)
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'bundle');
const check = process.argv.includes('--check');
const require = createRequire(join(root, 'packages/core/package.json'));

/** WebAssembly files shipped next to the bundle (absent until the Terraform source uses them). */
function wasmFiles() {
  const files = [];
  for (const [pkg, name] of [
    ['web-tree-sitter', 'web-tree-sitter.wasm'],
    ['@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm', 'tree-sitter-terraform.wasm'],
  ]) {
    try {
      const file = join(dirname(require.resolve(pkg)), name);
      if (existsSync(file)) files.push(file);
    } catch {
      // package not installed: nothing to ship
    }
  }
  return files;
}

/** Version and homepage of the CLI package, baked in: the bundle has no package.json beside it. */
function cliPackage() {
  const pkg = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8'));
  return { version: pkg.version, ...(pkg.homepage ? { homepage: pkg.homepage } : {}) };
}

const result = await build({
  entryPoints: [join(root, 'packages/cli/bin/trustlint.js')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  write: false,
  legalComments: 'none',
  // Some dependencies are CommonJS and call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  define: { __TRUSTLINT_PACKAGE__: JSON.stringify(cliPackage()) },
});
const [output] = result.outputFiles;
const code = output.text.replace(/^#!.*\n/, '');
const bundled = `#!/usr/bin/env node\n${code}`;
const target = join(outDir, 'trustlint.mjs');
if (check) {
  const stale = !existsSync(target) || readFileSync(target, 'utf8') !== bundled;
  if (stale) {
    console.error('bundle/trustlint.mjs is stale: run node scripts/bundle.mjs and commit the result');
    process.exit(1);
  }
  console.log('bundle is current');
} else {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(target, bundled, { mode: 0o755 });
  for (const file of wasmFiles()) copyFileSync(file, join(outDir, file.split('/').pop()));
  console.log(`wrote ${target} (${(bundled.length / 1024).toFixed(0)} KiB)`);
}
