import type { InputKind } from '../model/document.js';
import { slashed } from './adapter.js';
import { detectWithAdapters, SOURCE_ADAPTERS } from './registry.js';

/**
 * The input kind of a file from its path and content (spec/cli.md "Discovery"), or undefined when it
 * has no recognised kind: the first source adapter that claims it (sources/registry.ts). `text` may be
 * consulted cheaply (top-level keys), never fully parsed twice.
 */
export function detectKind(file: string, text: string): InputKind | undefined {
  return detectWithAdapters(file, text);
}

/**
 * Names whose files may be inputs: those `detectKind` can recognise, plus Terraform variable files
 * (module context). A file of any other name is never read while walking, and a named one has no kind.
 */
export function isInputName(file: string): boolean {
  return SOURCE_ADAPTERS.some((a) => a.inputName.test(file) || a.companionName?.test(file));
}

/** Every token that `detectKind` needs in a file whose kind it decides by content. */
const KIND_TOKENS: readonly string[] = SOURCE_ADAPTERS.flatMap((a) => a.kindTokens);
/** Longest token above: a chunked scan must overlap its chunks by this much less one. */
export const KIND_TOKEN_MAX_LENGTH = KIND_TOKENS.reduce((n, t) => Math.max(n, t.length), 0);

/**
 * Whether a file that could not be read whole (over the size cap, not UTF-8) may be of a recognised
 * kind: always when its path decides (a `.tf`, a workflow), else when `chunk` — any part of its
 * content — holds a token some kind needs. A superset of `detectKind`, so that no analysed kind is
 * taken for "no recognised kind" (the gate fails closed on these files).
 */
export function mayHaveKind(file: string, chunk: string): boolean {
  const path = slashed(file);
  if (!isInputName(path) || SOURCE_ADAPTERS.some((a) => a.companionName?.test(path))) return false;
  if (SOURCE_ADAPTERS.some((a) => a.byPath?.(path) !== undefined)) return true;
  return KIND_TOKENS.some((t) => chunk.includes(t));
}
