import type { Finding, Severity } from '../model/finding.js';
import type { PolicyPath } from '../model/policy.js';
import type { SourceLocation } from '../model/span.js';

/** A location as users see it: 1-based line and column, `endColumn` exclusive. */
export interface ReportLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * A finding as it leaves trustlint (`--format json`, `checkPolicy`): plain data with 1-based columns,
 * not the internal model, whose columns are 0-based. `file` is null for live-account findings (then
 * there are no line fields and `resource` is the ARN).
 */
export type ReportFinding = {
  ruleId: string;
  severity: Severity;
  message: string;
  path?: PolicyPath;
  resource?: string;
  witness?: Record<string, string>;
  related?: (ReportLocation & { message: string })[];
  properties: Record<string, unknown>;
  fingerprint?: string;
} & (ReportLocation | { file: null });

/** 1-based line and column of a model location (1-based lines, 0-based columns). */
export function reportLocation(location: SourceLocation): ReportLocation {
  const { start, end } = location.span;
  return { file: location.file, line: start.line, column: start.column + 1, endLine: end.line, endColumn: end.column + 1 };
}

/** Keys in the documented order (spec/cli.md `--format json`); optional keys are left out rather than null. */
export function toReportFinding(f: Finding, fingerprint?: string): ReportFinding {
  const out: Record<string, unknown> = { ruleId: f.ruleId, severity: f.severity, message: f.message };
  if (f.location) Object.assign(out, reportLocation(f.location));
  else out.file = null;
  if (f.path) out.path = f.path;
  if (f.resource !== undefined) out.resource = f.resource;
  if (f.witness) out.witness = f.witness;
  if (f.related && f.related.length > 0) out.related = f.related.map((r) => ({ ...reportLocation(r.location), message: r.message }));
  out.properties = f.properties ?? {};
  if (fingerprint !== undefined) out.fingerprint = fingerprint;
  return out as ReportFinding;
}
