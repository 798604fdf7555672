// Per-kind cost, in one process: for each input kind of a generated tree, the parse-only baseline
// (yaml parseDocument for workflows and YAML templates, tree-sitter for Terraform, JSON.parse for
// JSON) against trustlint's source adapter alone and against the whole analysis (adapter + rules).
//   node bench/kinds.mjs <treeDir> [--runs N]      → JSON on stdout
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { readdirSync } from 'node:fs';
import { parseDocument } from 'yaml';
import {
  analyze,
  analyzeFiles,
  loadTerraformParser,
  readCloudFormation,
  readPolicyFile,
  readTerraformModule,
  readTerraformPlan,
  readWorkflow,
} from '../packages/core/dist/index.js';
import { kindOf } from './generate.mjs';
import { median } from './measure.mjs';

const coreRequire = createRequire(new URL('../packages/core/package.json', import.meta.url));

async function treeSitter() {
  const { Language, Parser } = await import(coreRequire.resolve('web-tree-sitter'));
  await Parser.init();
  const language = await Language.load(coreRequire.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

function walk(dir, root = dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, root, out);
    else out.push(relative(root, p).split('\\').join('/'));
  }
  return out;
}

function folderOf(file) {
  return file.slice(0, Math.max(0, file.lastIndexOf('/'))) || '.';
}

/** The source adapter alone (what parsing into the model costs), per kind. */
function sourceOnly(kind, inputs) {
  switch (kind) {
    case 'workflow':
      for (const i of inputs) readWorkflow(i);
      return;
    case 'policy':
      for (const i of inputs) readPolicyFile(i.file, i.text, false);
      return;
    case 'cloudformation':
      for (const i of inputs) readCloudFormation(i);
      return;
    case 'terraform-plan':
      for (const i of inputs) readTerraformPlan(i);
      return;
    case 'terraform': {
      const modules = new Map();
      for (const i of inputs) modules.set(folderOf(i.file), [...(modules.get(folderOf(i.file)) ?? []), i]);
      for (const [dir, files] of modules) readTerraformModule(dir, files);
      return;
    }
  }
}

async function main() {
  const tree = process.argv[2];
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;
  if (!tree) throw new Error('usage: node bench/kinds.mjs <treeDir> [--runs N]');
  await loadTerraformParser();
  const hcl = await treeSitter();
  const byKind = new Map();
  for (const file of walk(tree)) {
    const kind = kindOf(file);
    if (!kind) continue;
    const text = readFileSync(join(tree, file), 'utf8');
    byKind.set(kind, [...(byKind.get(kind) ?? []), { file, text, explicit: false }]);
  }
  const baselines = {
    workflow: (i) => parseDocument(i.text),
    cloudformation: (i) => (i.file.endsWith('.json') ? JSON.parse(i.text) : parseDocument(i.text)),
    policy: (i) => JSON.parse(i.text),
    'terraform-plan': (i) => JSON.parse(i.text),
    terraform: (i) => hcl.parse(i.text).delete(),
  };
  const results = {};
  for (const [kind, inputs] of [...byKind].sort()) {
    const time = async (fn) => {
      const started = performance.now();
      await fn();
      return performance.now() - started;
    };
    const parse = () => {
      for (const i of inputs) baselines[kind](i);
    };
    const full = () => (kind === 'terraform' ? analyzeFiles(inputs) : analyze(inputs));
    // One warm-up of each, then the runs interleaved so that drift hits all three alike.
    parse();
    sourceOnly(kind, inputs);
    const { findings } = await full();
    const samples = { parse: [], source: [], analyze: [] };
    for (let r = 0; r < runs; r++) {
      samples.parse.push(await time(parse));
      samples.source.push(await time(() => sourceOnly(kind, inputs)));
      samples.analyze.push(await time(full));
    }
    const parseMs = median(samples.parse);
    const sourceMs = median(samples.source);
    const analyzeMs = median(samples.analyze);
    results[kind] = {
      files: inputs.length,
      bytes: inputs.reduce((n, i) => n + Buffer.byteLength(i.text), 0),
      parseMs,
      sourceMs,
      analyzeMs,
      sourceRatio: sourceMs / parseMs,
      ratio: analyzeMs / parseMs,
      findings: findings.length,
    };
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

await main();
