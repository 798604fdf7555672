#!/usr/bin/env node
// Builds the self-contained CLI bundle: bundle/trustlint.mjs (and bundle/action.mjs, the Action's step) plus the WebAssembly the Terraform parser
// loads at run time. The GitHub Action, the pre-commit hooks and an install from a clone onto PATH
// all run it, so it must work without node_modules. The online checks (the AWS SDK, ~2 MB) go into
// chunks of their own that only `aws scan` and `--access-analyzer` load: parsing them on every run
// would double a pre-commit hook's start-up time.
// Usage: node scripts/bundle.mjs [--check] [--out DIR]   (--check: fail when the committed bundle is stale;
//        --out: write to DIR, whose .js/.mjs files are replaced, instead of bundle/, e.g. to measure a
//        change without touching the committed bundle)
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outAt = process.argv.indexOf('--out');
const outDir = outAt > 0 && process.argv[outAt + 1] ? resolve(process.argv[outAt + 1]) : join(root, 'bundle');
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
  // The CLI, and the GitHub Action's step (action.yml), which shares its chunks.
  entryPoints: { trustlint: join(root, 'packages/cli/bin/trustlint.js'), action: join(root, 'packages/cli/bin/github-action.js') },
  // No package.json sits beside the bundle, so ESM files need the .mjs extension.
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  // Prefer packages' ESM builds: a CommonJS module split into a chunk only exports `default`,
  // which would hide the AWS SDK's named exports from the dynamic imports of the online checks.
  mainFields: ['module', 'main'],
  target: 'node20',
  format: 'esm',
  splitting: true,
  outdir: outDir,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  write: false,
  legalComments: 'none',
  // Some dependencies are CommonJS and call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  define: { __TRUSTLINT_PACKAGE__: JSON.stringify(cliPackage()) },
});
/** Output files by path: the entry gets its shebang back (esbuild keeps only the source's first). */
const outputs = new Map(
  result.outputFiles.map((f) => {
    const text = f.path.endsWith('/trustlint.mjs') ? `#!/usr/bin/env node\n${f.text.replace(/^#!.*\n/, '')}` : f.text;
    return [f.path, text];
  }),
);
if (check) {
  const expected = new Set(outputs.keys());
  const present = existsSync(outDir) ? listJs(outDir) : [];
  const stale = [...outputs].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([p]) => p);
  const extra = present.filter((p) => !expected.has(p));
  if (stale.length || extra.length) {
    console.error(`the bundle is stale (${[...stale, ...extra].map((p) => p.slice(root.length)).join(', ')}): run node scripts/bundle.mjs and commit the result`);
    process.exit(1);
  }
  console.log('bundle is current');
} else {
  rmSync(join(outDir, 'chunks'), { recursive: true, force: true });
  for (const stale of existsSync(outDir) ? listJs(outDir) : []) rmSync(stale);
  for (const [path, text] of outputs) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { mode: path.endsWith('/trustlint.mjs') ? 0o755 : 0o644 });
  }
  for (const file of wasmFiles()) copyFileSync(file, join(outDir, file.split('/').pop()));
  const size = [...outputs.values()].reduce((n, t) => n + t.length, 0);
  console.log(`wrote ${outputs.size} files to ${outDir} (${(size / 1024).toFixed(0)} KiB; entry ${((outputs.get(join(outDir, 'trustlint.mjs'))?.length ?? 0) / 1024).toFixed(0)} KiB)`);
}

function listJs(dir) {
  return readdirSync(dir, { recursive: true })
    .map((p) => join(dir, String(p)))
    .filter((p) => p.endsWith('.mjs') || p.endsWith('.js'));
}
