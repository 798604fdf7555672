import { sanitizeOutput, sanitizeSource, sanitizeValue, type OutputMode } from '@trustlint/core';
import { fingerprintsOf, type Reporter, type ReportInput } from './types.js';

/**
 * The findings and the file texts of a report, sanitised for one kind of output: credentials masked
 * everywhere (messages, witnesses, related locations, properties, paths, file names, code frames);
 * in terminal mode control characters escaped too. Texts are keyed by the sanitised file name, as
 * the sanitised findings name their files.
 */
export function sanitizeReportInput(input: ReportInput, mode: OutputMode): ReportInput {
  const findings = input.findings.map((f) => sanitizeValue(f, mode));
  // Identities come from the findings as analysed (a hash: nothing of a credential shows), so masking
  // never changes an alert's fingerprint.
  const original = fingerprintsOf(input);
  const fingerprints = new Map(findings.flatMap((f, i) => {
    const source = input.findings[i];
    const print = source ? original.get(source) : undefined;
    return print === undefined ? [] : [[f, print] as const];
  }));
  const sources = new Map<string, string>();
  input.findings.forEach((f, i) => {
    const file = f.location?.file;
    const text = file !== undefined ? input.sources?.get(file) : undefined;
    const safeFile = findings[i]?.location?.file;
    if (text !== undefined && safeFile !== undefined && !sources.has(safeFile)) sources.set(safeFile, sanitizeSource(text, mode));
  });
  return { ...input, findings, sources, fingerprints, ...(input.known ? { known: sanitizeValue(input.known, mode) } : {}) };
}

/** A reporter that only ever sees sanitised input, and whose output passes the last sanitising step. */
export function sanitizedReporter(format: Reporter, mode: OutputMode): Reporter {
  return (input) => sanitizeOutput(format(sanitizeReportInput(input, mode)));
}
