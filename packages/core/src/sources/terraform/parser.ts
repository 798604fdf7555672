import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node, Parser, Tree } from 'web-tree-sitter';
import { EvaluationBudget } from '../../budget.js';
import type { Body, Expr, SyntaxProblem, TemplatePart } from './ast.js';
import { CstConverter } from './cst.js';
import { redactSecrets } from '../../secrets/redact.js';

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the WebAssembly runtime and the Terraform grammar once (about 12 ms). Every later read of
 * Terraform files is synchronous.
 */
export async function loadTerraformParser(): Promise<void> {
  if (parser) return;
  loading ??= (async () => {
    // Loaded on first use: runs without Terraform files never pay for the WebAssembly runtime.
    const { Language, Parser } = await import('web-tree-sitter');
    const runtime = bundledWasm('web-tree-sitter.wasm');
    await Parser.init(runtime ? { locateFile: () => runtime } : undefined);
    const wasm =
      bundledWasm('tree-sitter-terraform.wasm') ??
      createRequire(import.meta.url).resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm');
    const language = await Language.load(wasm);
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
  })();
  await loading;
}

/**
 * The WebAssembly files shipped beside the self-contained bundle (bundle/, one level above its
 * chunks): found there first, so the bundle needs no node_modules. Undefined when not bundled.
 */
function bundledWasm(name: string): string | undefined {
  for (const relative of [`./${name}`, `../${name}`]) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path) && !path.includes(`${sep}node_modules${sep}`)) return path;
  }
  return undefined;
}

export function isTerraformParserLoaded(): boolean {
  return parser !== undefined;
}

/** Parses `text` and hands the root to `use`; the tree's WebAssembly memory is freed afterwards. */
function withTree<T>(text: string, use: (root: Node) => T): T {
  if (!parser) throw new Error('loadTerraformParser() must be awaited before Terraform files are read');
  const tree: Tree | null = parser.parse(text);
  if (!tree) throw new Error('the Terraform parser returned no tree');
  try {
    return use(tree.rootNode);
  } finally {
    tree.delete();
  }
}

/** The first ERROR or MISSING node under `node` (depth first), if any. Iterative: trees can be deep. */
function firstError(root: Node): Node | undefined {
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.isError || node.isMissing) return node;
    if (!node.hasError) continue;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return undefined;
}

function describe(node: Node): string {
  if (node.isMissing) return `missing "${node.type}"`;
  // Masked before it is cut: a key cut in half is no longer recognisable as one.
  const text = redactSecrets(node.text.split('\n')[0] ?? '').trim().slice(0, 30);
  return text ? `unexpected "${text}"` : 'syntax error';
}

/**
 * Parses one `.tf` (or `.tfvars`) file: its body, and one problem per top-level item with a syntax
 * error. Nesting past the budget's depth cap throws its LimitError.
 */
export function parseHclFile(file: string, text: string, budget = new EvaluationBudget()): { body: Body; problems: SyntaxProblem[] } {
  return withTree(text, (root) => convertFile(root, file, text, budget));
}

function convertFile(root: Node, file: string, text: string, budget: EvaluationBudget): { body: Body; problems: SyntaxProblem[] } {
  const conv = new CstConverter(text, file, 0, budget);
  const problems: SyntaxProblem[] = [];
  const report = (n: Node): void => {
    const err = firstError(n);
    if (err) problems.push({ message: describe(err), r: conv.range(err) });
  };
  const bodyNode = root.namedChildren.find((c) => c.type === 'body');
  for (const child of root.namedChildren) {
    if (child.type === 'body') child.namedChildren.forEach(report);
    else if (child.type !== 'comment') report(child);
  }
  return { body: bodyNode ? conv.body(bodyNode) : { attributes: [], blocks: [] }, problems };
}

/** The expression of `x = …` in a synthetic source. */
function onlyExpression(root: Node): Node | undefined {
  const attribute = root.namedChildren.find((c) => c.type === 'body')?.namedChildren.find((c) => c.type === 'attribute');
  return attribute?.namedChildren.find((c) => c.type === 'expression');
}

/**
 * Parses an HCL expression written at offset `at` of `file` (a `.tf.json` string with its quotes, a
 * `--var` value). Undefined when it does not parse.
 */
export function parseExpressionAt(file: string, source: string, at: number, budget = new EvaluationBudget()): Expr | undefined {
  const prefix = 'x=';
  return withTree(prefix + source + '\n', (root) => {
    if (root.hasError) return undefined;
    const node = onlyExpression(root);
    return node ? new CstConverter(prefix + source, file, at - prefix.length, budget).expr(node) : undefined;
  });
}

const EOT = '__TRUSTLINT_TEMPLATE_END__';

/**
 * Parses a template file's text (`templatefile()`, `template_file`) written at offset `at` of `file`.
 * Nesting past the budget's depth cap (expressions, directives) throws its LimitError.
 */
export function parseTemplateAt(file: string, content: string, at: number, budget = new EvaluationBudget()): TemplatePart[] | undefined {
  const prefix = `x = <<${EOT}\n`;
  const synthetic = `${prefix}${content}\n${EOT}\n`;
  return withTree(synthetic, (root) => {
    if (root.hasError) return undefined;
    const template = onlyExpression(root)?.namedChildren[0]?.namedChildren[0];
    if (template?.type !== 'heredoc_template') return undefined;
    return new CstConverter(synthetic, file, at - prefix.length, budget).template(template, prefix.length, prefix.length + content.length, 'heredoc', false);
  });
}
