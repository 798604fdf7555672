import type { Finding } from './model/finding.js';

/**
 * Inline suppression (spec/cli.md "Configuration"): `# trustlint-ignore rule-id[, rule-id] -- reason`
 * on the line above a finding, in formats with comments (YAML, HCL; `//` also in HCL). The reason is
 * required: a comment without one suppresses nothing.
 */
const IGNORE = /^\s*(?:#|\/\/)\s*trustlint-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s+--\s*\S/;
const COMMENTED = /\.(ya?ml|tf|tfvars|hcl|template)$/;

/** Rule ids suppressed per 1-based line of a file (the line below each ignore comment). */
export function inlineIgnores(file: string, text: string): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  if (!COMMENTED.test(file) || !text.includes('trustlint-ignore')) return out;
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    const m = IGNORE.exec(line);
    if (m?.[1] === undefined) return;
    out.set(i + 2, new Set(m[1].split(',').map((r) => r.trim())));
  });
  return out;
}

/** Splits findings into kept and suppressed by the inline comments of their files. */
export function applyInlineIgnores(
  findings: readonly Finding[],
  files: readonly { file: string; text: string }[],
): { kept: Finding[]; suppressed: number } {
  const byFile = new Map<string, Map<number, Set<string>>>();
  for (const f of files) {
    const ignores = inlineIgnores(f.file, f.text);
    if (ignores.size) byFile.set(f.file, ignores);
  }
  if (byFile.size === 0) return { kept: [...findings], suppressed: 0 };
  const kept: Finding[] = [];
  let suppressed = 0;
  for (const f of findings) {
    const line = f.location?.span.start.line;
    const ids = f.location && line !== undefined ? byFile.get(f.location.file)?.get(line) : undefined;
    if (ids?.has(f.ruleId)) suppressed++;
    else kept.push(f);
  }
  return { kept, suppressed };
}
