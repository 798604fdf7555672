import type { Finding, SourceLocation } from '@trustlint/core';
import { countSeverities, fingerprintsOf, type ReportInput } from './types.js';

/** `--format json` (spec/cli.md): a stable, documented shape, not the internal Finding type. */
export function formatJson(input: ReportInput): string {
  const counts = countSeverities(input.findings);
  const fingerprints = fingerprintsOf(input);
  const report = {
    version: 1,
    tool: { name: 'trustlint', version: input.toolVersion },
    findings: input.findings.map((f) => jsonFinding(f, fingerprints.get(f))),
    summary: { files: input.files, ...counts, suppressed: input.suppressed },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Keys in the documented order; optional keys are left out rather than null (except `file`). */
function jsonFinding(f: Finding, fingerprint: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ruleId: f.ruleId, severity: f.severity, message: f.message };
  if (f.location) Object.assign(out, jsonLocation(f.location));
  else out.file = null;
  if (f.path) out.path = f.path;
  if (f.resource !== undefined) out.resource = f.resource;
  if (f.witness) out.witness = f.witness;
  if (f.related && f.related.length > 0) {
    out.related = f.related.map((r) => ({ ...jsonLocation(r.location), message: r.message }));
  }
  out.properties = f.properties ?? {};
  if (fingerprint !== undefined) out.fingerprint = fingerprint;
  return out;
}

/** 1-based line and column; `endColumn` stays exclusive. */
export function jsonLocation(location: SourceLocation): {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
} {
  const { start, end } = location.span;
  return { file: location.file, line: start.line, column: start.column + 1, endLine: end.line, endColumn: end.column + 1 };
}
