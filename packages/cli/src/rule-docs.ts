import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBoundedText } from './read-file.js';

/** A rule page is a few KiB. */
const MAX_DOC_BYTES = 1024 * 1024;

/**
 * The rule pages: `docs/rules` of the npm package (copied in when it is packed), else that of the
 * repository checkout this module runs from (`packages/cli/dist`, or the bundle's `bundle/chunks`).
 * Nothing else is searched: the folders above an installed package belong to the user's project.
 */
export function findRuleDocsDir(moduleDir: string = dirname(fileURLToPath(import.meta.url))): string | null {
  const root = checkoutRoot(moduleDir);
  for (const candidate of [join(moduleDir, '..', 'docs', 'rules'), ...(root === null ? [] : [join(root, 'docs', 'rules')])]) {
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
  }
  return null;
}

/** The checkout's root when `moduleDir` is where this module sits in one (built, run from source, or bundled). */
function checkoutRoot(moduleDir: string): string | null {
  const parent = dirname(moduleDir);
  if (basename(parent) === 'cli' && basename(dirname(parent)) === 'packages') return dirname(dirname(parent));
  if (basename(moduleDir) === 'chunks' && basename(parent) === 'bundle') return dirname(parent);
  if (basename(moduleDir) === 'bundle') return parent;
  return null;
}

/** The markdown page of each rule that has one (`docs/rules/<id>.md`). */
export function loadRuleDocs(ids: readonly string[], docsDir: string | null = findRuleDocsDir()): Map<string, string> {
  const docs = new Map<string, string>();
  if (docsDir === null) return docs;
  for (const id of ids) {
    // No page (or no readable one): SARIF falls back to the catalog description.
    const read = readBoundedText(join(docsDir, `${id}.md`), { maxBytes: MAX_DOC_BYTES });
    // The generator's markers and example tags are for tooling, not for readers of an alert.
    if (read.ok) docs.set(id, read.text.replace(/<!--[\s\S]*?-->\n?/g, ''));
  }
  return docs;
}
