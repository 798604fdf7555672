import { EvaluationBudget } from '../../budget.js';
import { attr, type Body, type Expr } from './ast.js';
import { isTerraformParserLoaded, parseHclFile } from './parser.js';

/**
 * Terraform `moved` blocks: `moved { from = aws_iam_role.a  to = aws_iam_role.b }` says that the
 * object known as `from` is now `to`, so `terraform apply` renames it in the state instead of
 * destroying and re-creating it. Both are addresses relative to the module that holds the block: a
 * resource (`aws_iam_role.a`, `aws_iam_role.a[0]`) or a module call (`module.ci`, `module.ci["x"]`);
 * an address without an index moves every instance, and a module moves every object in it.
 * (developer.hashicorp.com/terraform/language/modules/develop/refactoring; the JSON syntax writes
 * each address as a string: developer.hashicorp.com/terraform/language/syntax/json.)
 */
export interface MovedBlock {
  file: string;
  from: string;
  to: string;
}

/**
 * The `moved` blocks of one `.tf` or `.tf.json` file, in file order. A block whose `from` or `to` is
 * not a static address is left out (Terraform rejects it too). Needs the Terraform parser for `.tf`
 * files (loaded by any analysis of a Terraform file); without it, or for a file that does not parse,
 * no block is read: the caller then pairs nothing through it, which only ever leaves two objects
 * unpaired (reported as removed and added), never pairs two objects wrongly.
 */
export function readMovedBlocks(file: string, text: string, budget = new EvaluationBudget()): MovedBlock[] {
  if (!/\bmoved\b/.test(text)) return [];
  if (file.endsWith('.tf.json')) return jsonMovedBlocks(file, text);
  let body: Body;
  try {
    if (file.endsWith('.tf') && isTerraformParserLoaded()) body = parseHclFile(file, text, budget).body;
    else return [];
  } catch {
    // A budget limit or an unreadable file: no pairing through it (see above).
    return [];
  }
  const out: MovedBlock[] = [];
  for (const block of body.blocks) {
    if (block.type !== 'moved' || block.labels.length > 0) continue;
    const from = addressOf(attr(block.body, 'from')?.expr);
    const to = addressOf(attr(block.body, 'to')?.expr);
    if (from !== undefined && to !== undefined && from !== to) out.push({ file, from, to });
  }
  return out;
}

/** `{"moved": [{"from": "aws_iam_role.a", "to": "aws_iam_role.b"}]}` (or one object): each address a string. */
function jsonMovedBlocks(file: string, text: string): MovedBlock[] {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return [];
  }
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return [];
  const moved = (root as Record<string, unknown>)['moved'];
  const blocks = Array.isArray(moved) ? moved : moved !== undefined ? [moved] : [];
  const out: MovedBlock[] = [];
  for (const b of blocks) {
    if (b === null || typeof b !== 'object') continue;
    const { from, to } = b as Record<string, unknown>;
    if (typeof from !== 'string' || typeof to !== 'string') continue;
    const f = from.trim();
    const t = to.trim();
    if (ADDRESS.test(f) && ADDRESS.test(t) && f !== t) out.push({ file, from: f, to: t });
  }
  return out;
}

/** A resource (`type.name`) or module call (`module.name`) address, with instance keys and module prefixes. */
const ADDRESS = /^(module\.[A-Za-z_][\w-]*(\[(\d+|"[^"\\]*")\])?\.)*(module\.[A-Za-z_][\w-]*|[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)(\[(\d+|"[^"\\]*")\])?$/;

/** `module.a.`, `module.a["x"].module.b[0].`: the address prefix of a module instance. */
const MODULE_PREFIX = /^(module\.[A-Za-z_][\w-]*(\[(\d+|"[^"\\]*")\])?\.)+$/;

/** A static address as Terraform writes it in plans (`module.a["x"].aws_iam_role.b[0]`), else undefined. */
function addressOf(expr: Expr | undefined): string | undefined {
  if (!expr) return undefined;
  const steps: string[] = [];
  let e: Expr = expr;
  for (;;) {
    if (e.t === 'getattr') {
      steps.unshift(`.${e.name}`);
      e = e.target;
    } else if (e.t === 'index') {
      const key = indexKey(e.key);
      if (key === undefined) return undefined;
      steps.unshift(key);
      e = e.target;
    } else if (e.t === 'name') {
      steps.unshift(e.name);
      break;
    } else return undefined;
  }
  const address = steps.join('');
  // Resource addresses have a type and a name; module calls `module.NAME`; each step after a module's instance repeats that.
  return ADDRESS.test(address) ? address : undefined;
}

function indexKey(key: Expr): string | undefined {
  if (key.t === 'literal' && typeof key.value === 'number' && Number.isInteger(key.value) && key.value >= 0) return `[${key.value}]`;
  if (key.t !== 'template') return undefined;
  let text = '';
  for (const p of key.parts) {
    if (p.t !== 'lit') return undefined;
    text += p.text;
  }
  return `[${JSON.stringify(text)}]`;
}

/**
 * The addresses an object now at `address` may have had before, through `moved` blocks, nearest
 * first (chains `a → b`, `b → c` are followed, up to one step per block). A block written in a module
 * applies under each of the module's instances, so `to` is matched at any module prefix of the
 * address, and an address inside what moved (`to` = `module.b`, address `module.b.aws_iam_role.x`) maps
 * to the same place under `from`.
 */
export function movedFrom(address: string, blocks: readonly MovedBlock[]): string[] {
  const out: string[] = [];
  let current = address;
  for (let step = 0; step < blocks.length; step++) {
    const previous = previousAddress(current, blocks);
    if (previous === undefined || previous === address || out.includes(previous)) break;
    out.push(previous);
    current = previous;
  }
  return out;
}

function previousAddress(address: string, blocks: readonly MovedBlock[]): string | undefined {
  for (const b of blocks) {
    let at = address.indexOf(b.to);
    while (at >= 0) {
      const before = address.slice(0, at);
      const after = address.slice(at + b.to.length);
      // `to` starts the address or follows a module instance; it ends it or is followed by an instance key or a step into it.
      if ((before === '' || before.endsWith('.')) && (after === '' || after.startsWith('.') || (after.startsWith('[') && !b.to.endsWith(']')))) {
        if (before === '' || MODULE_PREFIX.test(before)) return `${before}${b.from}${after}`;
      }
      at = address.indexOf(b.to, at + 1);
    }
  }
  return undefined;
}
