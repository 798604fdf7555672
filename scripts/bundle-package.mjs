#!/usr/bin/env node
// Bundles the CLI's own code and @trustlint/core's into `packages/cli/bundled/` for the npm package
// (issue 19, cold start): loading the ~250 ES modules of the two packages one by one costs a
// single-file check about twice Node's own start-up; one file (plus chunks for what only some runs
// need) costs a fraction of that. Small third-party packages are bundled too (yaml alone is ~80
// CommonJS files). Kept external, imported from node_modules as they ship (so they must be the CLI
// package's own dependencies): the Terraform grammar and its WebAssembly runtime, which locate their
// .wasm files beside themselves, and the AWS SDK, which only the online checks load.
// bin/trustlint.js runs the bundled entry when it is there.
//
// Run by the CLI package's `prepack` (scripts/package-files.mjs copy), removed by `postpack`; never
// committed. The self-contained bundle of the repository (bundle/) is scripts/bundle.mjs.
// Usage: node scripts/bundle-package.mjs [--out DIR]   (default packages/cli/bundled)
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'packages/cli');
const at = process.argv.indexOf('--out');
const outDir = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : join(cli, 'bundled');
const pkg = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8'));

/** Packages left to Node's resolution at run time. */
const EXTERNAL = [/^@aws-sdk\//, /^@smithy\//, /^web-tree-sitter$/, /^@tree-sitter-grammars\//];

const thirdPartyExternal = {
  name: 'third-party-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (!EXTERNAL.some((re) => re.test(args.path))) return undefined;
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      if (!(name in (pkg.dependencies ?? {}))) {
        return { errors: [{ text: `${name} is imported by the bundled code but is not a dependency of the trustlint package: add it (exact version) to packages/cli/package.json` }] };
      }
      return { path: args.path, external: true };
    });
  },
};

if (!existsSync(join(cli, 'dist/main.js'))) {
  console.error(`bundle-package: ${join(cli, 'dist/main.js')} is missing: run \`pnpm build\` first`);
  process.exit(2);
}
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const result = await build({
  entryPoints: { main: join(cli, 'dist/main.js') },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Modules the CLI imports lazily (online checks, the Terraform parser, fix, …) stay in chunks of
  // their own. Flat in one folder: the rule pages (../docs/rules) and package.json (../package.json)
  // are found one level up, as from dist/.
  splitting: true,
  outdir: outDir,
  outExtension: { '.js': '.mjs' },
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  // As scripts/bundle.mjs: prefer packages' ESM builds, and give CommonJS ones a require().
  mainFields: ['module', 'main'],
  banner: { js: "import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [thirdPartyExternal],
});
if (result.errors.length > 0) process.exit(1);
