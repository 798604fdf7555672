import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBoundedText } from './read-file.js';

/** A rule page is a few KiB. */
const MAX_DOC_BYTES = 1024 * 1024;

/**
 * The repository's `docs/rules` folder, found by walking up from this module (it sits at the repo root,
 * above packages/cli/dist). Null when the package is installed without the docs.
 */
export function findRuleDocsDir(from: string = dirname(fileURLToPath(import.meta.url))): string | null {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'docs', 'rules');
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
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
