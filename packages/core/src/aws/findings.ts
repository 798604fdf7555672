import type { TrustlintConfig } from '../config.js';
import type { Finding } from '../model/finding.js';

/**
 * The configuration step for online findings, as `analyze` applies it to offline ones: `off` drops a
 * rule, a configured severity replaces every variant, `ignoreFindings` suppresses by file and rule.
 */
export function applyConfig(findings: readonly Finding[], config: TrustlintConfig): { findings: Finding[]; suppressed: number } {
  let suppressed = 0;
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = config.rules?.[f.ruleId];
    if (setting === 'off') continue;
    const file = f.location?.file;
    const ignored = (config.ignoreFindings ?? []).some((i) => i.rule === f.ruleId && file !== undefined && normalizePath(i.file) === normalizePath(file));
    if (ignored) {
      suppressed++;
      continue;
    }
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return { findings: out, suppressed };
}

function normalizePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

/**
 * Findings on live documents have no file (spec/cli.md: `file: null`, no line fields, `resource` = the
 * ARN): the rules ran on the policy under a synthetic file name, which is dropped here; the JSON path
 * is kept.
 */
export function delocalize(finding: Finding, syntheticFiles: ReadonlySet<string>, resource?: string): Finding {
  const out: Finding = { ...finding };
  if (out.location && syntheticFiles.has(out.location.file)) out.location = null;
  if (out.related) {
    const related = out.related.filter((r) => !syntheticFiles.has(r.location.file));
    if (related.length) out.related = related;
    else delete out.related;
  }
  if (out.suggestion?.replacement && syntheticFiles.has(out.suggestion.replacement.location.file)) {
    out.suggestion = { description: out.suggestion.description };
  }
  if (resource !== undefined && out.resource === undefined) out.resource = resource;
  return out;
}

/** File, then resource, then line, column, rule id and message: deterministic output for live scans. */
export function compareOnlineFindings(a: Finding, b: Finding): number {
  const key = (f: Finding): [string, string, number, number, string, string] => [
    f.location?.file ?? '',
    f.resource ?? '',
    f.location?.span.start.line ?? 0,
    f.location?.span.start.column ?? 0,
    f.ruleId,
    f.message,
  ];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i] ?? '';
    const y = kb[i] ?? '';
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}
