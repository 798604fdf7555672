import { toReportFinding } from '@trustlint/core';
import { countSeverities, fingerprintsOf, type ReportInput } from './types.js';

/** `--format json` (spec/cli.md): a stable, documented shape, not the internal Finding type. */
export function formatJson(input: ReportInput): string {
  const counts = countSeverities(input.findings);
  const fingerprints = fingerprintsOf(input);
  const report = {
    version: 1,
    tool: { name: 'trustlint', version: input.toolVersion },
    findings: input.findings.map((f) => toReportFinding(f, fingerprints.get(f))),
    summary: {
      files: input.files,
      ...(input.unrecognised !== undefined ? { unrecognised: input.unrecognised.length } : {}),
      ...counts,
      suppressed: input.suppressed,
    },
    ...(input.scanSummary ? { organization: input.scanSummary.json } : {}),
    ...(input.known ? { baseline: { from: input.known.from, matched: input.known.matched, fixed: input.known.fixed } } : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
