// Own code, not @actions/core: three escape rules for workflow commands do not justify a dependency
// that every CLI start-up would load.
import { isAbsolute, resolve } from 'node:path';
import type { Finding } from '@trustlint/core';
import { isInside, relativePosix, toPosix } from '../paths.js';
import { filesSummary, formatWitness, type ReportInput } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * `--format github`: one workflow command per finding, which GitHub Actions turns into an annotation
 * on the pull request. Paths are relative to `$GITHUB_WORKSPACE` (the git root when unset).
 */
export function formatGithub(input: ReportInput): string {
  const base = input.workspace ?? input.gitRoot ?? input.cwd;
  const annotations = input.findings.map((f) => `${annotation(f, input.cwd, base)}\n`).join('');
  // A plain line is shown in the job log without becoming an annotation.
  const files = filesSummary(input);
  return files === undefined ? annotations : `${annotations}trustlint: ${files}\n`;
}

function annotation(f: Finding, cwd: string, base: string): string {
  const props: [string, string | number][] = [];
  if (f.location) {
    const { start, end } = f.location.span;
    props.push(
      ['file', workspacePath(f.location.file, cwd, base)],
      ['line', start.line],
      ['col', start.column + 1],
      ['endLine', end.line],
      ['endColumn', end.column + 1],
    );
  }
  props.push(['title', f.ruleId]);
  const message = f.witness ? `${f.message}\n${formatWitness(f.witness)}` : f.message;
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[f.severity]} ${list}::${escapeData(message)}`;
}

function workspacePath(file: string, cwd: string, base: string): string {
  const absolute = resolve(cwd, file);
  return isInside(base, absolute) ? relativePosix(base, absolute) : toPosix(isAbsolute(file) ? file : absolute);
}

/** Escaping of a workflow command's message (GitHub's toolkit `escapeData`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value (GitHub's toolkit `escapeProperty`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
