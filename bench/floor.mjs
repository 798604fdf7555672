// The floors a whole `check` run is measured against (issue 19), each run as its own process so that
// it pays the same start-up and reading costs as `node packages/cli/bin/trustlint.js check .`:
//
//   node bench/floor.mjs parse <treeDir>   discovery (the CLI's own walk and read) + parsing each file
//                                          with the library trustlint uses for it (yaml parseDocument,
//                                          tree-sitter for Terraform, JSON.parse) — no model, no rules;
//   node bench/floor.mjs hash <treeDir>    discovery + a SHA-256 of every file: what a second `--cache`
//                                          run on an unchanged tree cannot avoid.
//
// The kind of each file comes from the core's own detectKind, so the floor parses exactly the files
// the analysis reads. Prints one JSON line: { files, discoverMs, workMs }.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const [mode, tree] = process.argv.slice(2);
if ((mode !== 'parse' && mode !== 'hash') || !tree) {
  console.error('usage: node bench/floor.mjs parse|hash <treeDir>');
  process.exit(2);
}

const { discover } = await import(new URL('../packages/cli/dist/discover.js', import.meta.url).href);
const { detectKind } = await import(new URL('../packages/core/dist/index.js', import.meta.url).href);

const started = performance.now();
const { files } = await discover(['.'], { cwd: tree });
const discoverMs = performance.now() - started;

let work = 0;
const t = performance.now();
if (mode === 'hash') {
  for (const f of files) work += createHash('sha256').update(f.text).digest()[0];
} else {
  const coreRequire = createRequire(new URL('../packages/core/package.json', import.meta.url));
  const { parseDocument } = await import(coreRequire.resolve('yaml'));
  let hcl;
  const terraform = async () => {
    if (hcl) return hcl;
    const { Language, Parser } = await import(coreRequire.resolve('web-tree-sitter'));
    await Parser.init();
    const language = await Language.load(coreRequire.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'));
    hcl = new Parser();
    hcl.setLanguage(language);
    return hcl;
  };
  for (const f of files) {
    const kind = detectKind(f.path, f.text);
    if (kind === undefined) continue;
    if (kind === 'terraform') {
      const tree = (await terraform()).parse(f.text);
      work += tree.rootNode.childCount;
      tree.delete();
    } else if (f.path.endsWith('.json')) {
      work += JSON.parse(f.text) ? 1 : 0;
    } else {
      work += parseDocument(f.text).errors.length;
    }
  }
}
const workMs = performance.now() - t;
process.stdout.write(`${JSON.stringify({ files: files.length, discoverMs, workMs, work })}\n`);
