import type { Finding, Severity } from '@trustlint/core';
import pc from 'picocolors';
import { codeFrame } from './code-frame.js';
import { countSeverities, filesSummary, formatWitness, type ReportInput } from './types.js';

type Colors = ReturnType<typeof pc.createColors>;

/** Human output: findings grouped by file, each with a code frame; a summary line last. */
export function formatStylish(input: ReportInput): string {
  const c = pc.createColors(input.color ?? false);
  const out: string[] = [];
  for (const [heading, findings] of groupByFile(input.findings)) {
    out.push(c.underline(heading));
    const positions = findings.map(position);
    // Folded, not spread: one file can have more findings than a call takes arguments.
    const posWidth = positions.reduce((w, p) => Math.max(w, p.length), -Infinity);
    const sevWidth = findings.reduce((w, f) => Math.max(w, f.severity.length), -Infinity);
    findings.forEach((f, i) => {
      const pos = (positions[i] ?? '').padEnd(posWidth);
      const severity = colorSeverity(c, f.severity, f.severity.padEnd(sevWidth));
      out.push(`  ${c.dim(pos)}  ${severity}  ${f.message}  ${c.dim(f.ruleId)}`);
      for (const line of details(f, input, c)) out.push(`      ${line}`);
    });
    out.push('');
  }
  out.push(summary(input, c));
  const files = filesSummary(input);
  // "0 files analysed" must be visible: a configuration that ignores everything passes no file.
  if (files !== undefined) out.push(input.files === 0 ? c.yellow(files) : c.dim(files));
  for (const line of input.scanSummary?.text ?? []) out.push(c.dim(line));
  if (input.verbose && input.unrecognised && input.unrecognised.length > 0) {
    out.push(c.dim('not analysed, no recognised kind:'));
    for (const f of input.unrecognised) out.push(c.dim(`  ${f}`));
  }
  return `${out.join('\n')}\n`;
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.location?.file ?? f.resource ?? '(no location)';
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return groups;
}

function position(f: Finding): string {
  if (!f.location) return '-';
  const { start } = f.location.span;
  return `${start.line}:${start.column + 1}`;
}

/** Code frame, witness and related locations under a finding's line. */
function details(f: Finding, input: ReportInput, c: Colors): string[] {
  const lines: string[] = [];
  const text = f.location ? input.sources?.get(f.location.file) : undefined;
  if (f.location && text !== undefined && !isFileLevel(f)) {
    const frame = codeFrame(text, f.location.span);
    const gutterWidth = frame.reduce((w, l) => Math.max(w, l.gutter.length), -Infinity);
    for (const l of frame) {
      const gutter = c.dim(`${l.gutter.padStart(gutterWidth)} |`);
      lines.push(l.marker ? `${gutter} ${colorSeverity(c, f.severity, l.text)}` : `${gutter} ${l.text}`.trimEnd());
    }
  }
  if (f.witness) lines.push(c.cyan(formatWitness(f.witness)));
  for (const r of f.related ?? []) {
    const { start } = r.location.span;
    lines.push(c.dim(`↳ ${r.location.file}:${start.line}:${start.column + 1}  ${r.message}`));
  }
  return lines;
}

/** An empty span at 1:1 marks a finding about the whole file (unreadable, unknown kind): no frame. */
function isFileLevel(f: Finding): boolean {
  const span = f.location?.span;
  return span !== undefined && span.start.line === 1 && span.start.column === 0 && span.end.line === 1 && span.end.column === 0;
}

function colorSeverity(c: Colors, severity: Severity, text: string): string {
  return severity === 'error' ? c.red(text) : severity === 'warning' ? c.yellow(text) : c.blue(text);
}

function summary(input: ReportInput, c: Colors): string {
  const { errors, warnings, infos } = countSeverities(input.findings);
  const total = errors + warnings + infos;
  const suppressed = input.suppressed > 0 ? `, ${input.suppressed} suppressed` : '';
  if (total === 0) return c.green(`no problems${suppressed}`);
  const line =
    `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})` +
    suppressed;
  return errors > 0 ? c.bold(c.red(line)) : c.bold(c.yellow(line));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
