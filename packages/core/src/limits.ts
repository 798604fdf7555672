import { Composer, Parser, YAMLParseError, type CST, type Document, type DocumentOptions, type LineCounter, type ParseOptions, type SchemaOptions } from 'yaml';
import { DEFAULT_LIMITS, EvaluationBudget, type LimitError } from './budget.js';
import type { Finding } from './model/finding.js';
import { firstLineSpan } from './model/span.js';

/**
 * The caps checked on the text itself, before any evaluation: the file size (checked before reading)
 * and the nesting depth of the syntax (checked before a recursive parser runs). Evaluation caps are
 * in budget.ts; both cross with the one LimitError.
 */

/** Largest file analysed: 5 MiB of UTF-8. Trust policies, workflows and templates are far smaller. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Deepest nesting of JSON, YAML and HCL collections (IAM allows far less; parsers recurse per level). */
export const MAX_NESTING_DEPTH = DEFAULT_LIMITS.depth;

/** The one wording of a size-cap finding (the CLI's reader uses it with its own caps). */
export function sizeMessage(bytes: number, cap = MAX_FILE_BYTES): string {
  return `the file is larger than the ${formatBytes(cap)} size cap (${formatBytes(bytes)}): it was not analysed`;
}

function formatBytes(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/**
 * The `input-error` for a text over the size cap, else undefined. For library callers that pass
 * texts directly (the CLI's discovery checks the size before reading).
 */
export function oversizedInput(file: string, text: string): Finding | undefined {
  // A UTF-16 code unit takes one to three bytes: most texts are decided without counting.
  if (text.length * 3 <= MAX_FILE_BYTES) return undefined;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return { ruleId: 'input-error', severity: 'error', message: sizeMessage(bytes), location: { file, span: firstLineSpan(text) } };
}

/**
 * Where JSON text first nests deeper than `max` arrays and objects, or -1. One linear pass that skips
 * strings, run before the (recursive) parser so that hostile nesting never reaches it.
 */
export function jsonDepthExceededAt(text: string, max = MAX_NESTING_DEPTH, parentheses = false): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip a string: to the next unescaped quote (or the end of an unterminated one).
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c) i++;
        else if (s === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b || (parentheses && c === 0x28)) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d || (parentheses && c === 0x29)) {
      depth--;
    }
  }
  return -1;
}


/** Where the YAML syntax tree first nests deeper than `max` collections, or -1 (iterative). */
export function yamlDepthExceededAt(tokens: readonly CST.Token[], max = MAX_NESTING_DEPTH): number {
  const stack: [CST.Token, number][] = [];
  for (const t of tokens) if (t.type === 'document' && t.value) stack.push([t.value, 1]);
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [token, depth] = top;
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth > max) return token.offset;
    for (const item of token.items) {
      if ('key' in item && item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return -1;
}

export type YamlParseOptions = ParseOptions & DocumentOptions & SchemaOptions & { lineCounter?: LineCounter };

/**
 * `yaml`'s parseDocument with the depth cap between its two stages: the syntax tree is built without
 * recursion, and only a tree within the cap reaches the (recursive) composer. Returns the first
 * document (a second one is an error, as in parseDocument) or the limit crossed.
 */
export function parseYamlDocument(text: string, options: YamlParseOptions = {}, budget = new EvaluationBudget()): Document.Parsed | LimitError {
  const tokens = [...new Parser(options.lineCounter?.addNewLine).parse(text)];
  const deep = yamlDepthExceededAt(tokens, budget.limits.depth);
  if (deep >= 0) return budget.exceeded('depth', { offset: deep });
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(options).compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  // compose(…, forceDoc = true) always yields a document.
  return doc as Document.Parsed;
}
