import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding, Severity } from '@trustlint/core';
import type { Log, Result } from 'sarif';
import { split } from 'shlex';
import type { CliIo } from './context.js';
import { main } from './main.js';
import { escapeData, formatGithub } from './reporters/github.js';
import { countSeverities } from './reporters/types.js';

/**
 * The composite Action's one step (action.yml runs it from the bundle as bundle/action.mjs): runs
 * `trustlint check` once, writing the report file, then turns that same report into the pull
 * request's annotations, so the SARIF upload and the annotations can never disagree.
 */

export const REPORT_FORMATS = ['sarif', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Flags the Action's own inputs set; given again in `args` the two would contradict each other. */
const INPUT_FLAGS: Readonly<Record<string, string>> = {
  '--format': 'format',
  '-f': 'format',
  '--output': 'output',
  '-o': 'output',
  '--output-file': 'output',
  '--config': 'config',
  '--config-from-base': 'the pull_request event',
};

/** Events whose base commit holds the configuration a pull request must not be able to change. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export interface ActionInputs {
  paths: string[];
  config: string;
  format: ReportFormat;
  output: string;
  args: string[];
  failOnFindings: boolean;
  /** `diff-base`: also run `trustlint diff --base` against this commit and write its markdown to the job summary. */
  diffBase?: string;
}

/** A problem with the Action's inputs or environment: reported as an `::error` annotation, exit 2. */
export class ActionError extends Error {}

/** The inputs, as action.yml hands them over in the environment (never spliced into the script). */
export function readInputs(env: Readonly<Record<string, string | undefined>>): ActionInputs {
  const words = (name: string, value: string): string[] => {
    try {
      return split(value);
    } catch (err) {
      throw new ActionError(`input ${name}: ${err instanceof Error ? err.message : String(err)} (${JSON.stringify(value)})`, { cause: err });
    }
  };
  const format = (env.TRUSTLINT_FORMAT ?? '') || 'sarif';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ActionError(`input format: "${format}" is not one of ${REPORT_FORMATS.join(', ')} (annotations are made from the report)`);
  }
  const output = (env.TRUSTLINT_OUTPUT ?? '') || `trustlint.${format}`;
  if (/[\r\n]/.test(output)) throw new ActionError('input output: a file name with a line break');
  const failOnFindings = (env.TRUSTLINT_FAIL_ON_FINDINGS ?? '') || 'true';
  if (failOnFindings !== 'true' && failOnFindings !== 'false') throw new ActionError(`input fail-on-findings: "${failOnFindings}" is not "true" or "false"`);
  const args = words('args', env.TRUSTLINT_ARGS ?? '');
  for (const arg of args) {
    const flag = arg.split('=', 1)[0] ?? arg;
    const input = INPUT_FLAGS[flag];
    if (input !== undefined) throw new ActionError(`input args: ${flag} is set by the Action (use its ${input} input instead)`);
  }
  const paths = words('paths', env.TRUSTLINT_PATHS ?? '');
  const diffBase = (env.TRUSTLINT_DIFF_BASE ?? '').trim();
  if (diffBase !== '' && !/^[\w./@^~-]+$/.test(diffBase)) throw new ActionError(`input diff-base: "${diffBase}" is not a commit id or ref`);
  if (diffBase.startsWith('-')) throw new ActionError(`input diff-base: "${diffBase}" is not a commit id or ref`);
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: env.TRUSTLINT_CONFIG ?? '',
    format: format as ReportFormat,
    output,
    args,
    failOnFindings: failOnFindings === 'true',
    ...(diffBase !== '' ? { diffBase } : {}),
  };
}

/** `trustlint diff` arguments of the `diff-base` run: the markdown report into `output`. */
export function diffArguments(inputs: ActionInputs & { diffBase: string }, output: string): string[] {
  const argv = ['diff', '--base', inputs.diffBase, ...inputs.paths, '--format', 'markdown', '--output', output];
  if (inputs.config !== '') argv.push('--config', inputs.config);
  return argv;
}

/** `trustlint check` arguments for one run; `baseSha` when the configuration comes from the base commit. */
export function checkArguments(inputs: ActionInputs, baseSha: string | undefined): string[] {
  const argv = ['check', ...inputs.paths, '--format', inputs.format, '--output', inputs.output];
  if (inputs.config !== '') argv.push('--config', inputs.config);
  if (baseSha !== undefined) argv.push('--config-from-base', baseSha);
  // `--` is not added: extra arguments may hold flags, and paths come first anyway.
  return [...argv, ...inputs.args];
}

const SEVERITY_OF_LEVEL: Readonly<Record<string, Severity>> = { error: 'error', warning: 'warning', note: 'info', none: 'info' };

/** SARIF results as findings the GitHub reporter can print (messages already carry their witness). */
export function findingsFromSarif(log: Log): Finding[] {
  const findings: Finding[] = [];
  for (const run of log.runs) {
    const bases = new Map(Object.entries(run.originalUriBaseIds ?? {}).map(([id, base]) => [id, base.uri ?? '']));
    for (const result of run.results ?? []) findings.push(findingOfResult(result, bases));
  }
  return findings;
}

function findingOfResult(result: Result, bases: ReadonlyMap<string, string>): Finding {
  const finding: Finding = {
    ruleId: result.ruleId ?? 'trustlint',
    severity: SEVERITY_OF_LEVEL[result.level ?? 'warning'] ?? 'warning',
    message: result.message.text ?? '',
    location: null,
  };
  const physical = result.locations?.[0]?.physicalLocation;
  const uri = physical?.artifactLocation?.uri;
  if (physical && uri !== undefined) {
    const base = physical.artifactLocation?.uriBaseId;
    const href = base !== undefined ? new URL(uri, bases.get(base)).href : new URL(uri, 'file:///').href;
    const region = physical.region ?? {};
    const startLine = region.startLine ?? 1;
    const startColumn = region.startColumn ?? 1;
    finding.location = {
      file: fileURLToPath(href),
      span: {
        start: { line: startLine, column: startColumn - 1, offset: 0 },
        end: { line: region.endLine ?? startLine, column: (region.endColumn ?? startColumn) - 1, offset: 0 },
      },
    };
  } else {
    const resource = result.locations?.[0]?.logicalLocations?.[0]?.fullyQualifiedName;
    if (resource !== undefined) finding.resource = resource;
  }
  return finding;
}

interface JsonReport {
  findings: {
    ruleId: string;
    severity: Severity;
    message: string;
    file: string | null;
    line?: number;
    column?: number;
    endLine?: number;
    endColumn?: number;
    witness?: Record<string, string>;
    resource?: string;
  }[];
}

/** `--format json` findings (1-based columns, files relative to `cwd`) as findings. */
export function findingsFromJson(report: JsonReport, cwd: string): Finding[] {
  return report.findings.map((f) => {
    const finding: Finding = { ruleId: f.ruleId, severity: f.severity, message: f.message, location: null };
    if (f.witness) finding.witness = f.witness;
    if (f.resource !== undefined) finding.resource = f.resource;
    if (f.file !== null && f.line !== undefined) {
      const column = (f.column ?? 1) - 1;
      finding.location = {
        file: resolve(cwd, f.file),
        span: { start: { line: f.line, column, offset: 0 }, end: { line: f.endLine ?? f.line, column: (f.endColumn ?? f.column ?? 1) - 1, offset: 0 } },
      };
    }
    return finding;
  });
}

/** Files analysed and of no recognised kind, as the report states them (JSON summary, SARIF run properties). */
function runCounts(report: unknown, format: string): { files: number; unrecognised: number } | undefined {
  const holder: Record<string, unknown> | undefined = format === 'sarif' ? (report as Log).runs[0]?.properties : (report as { summary?: Record<string, unknown> }).summary;
  const files: unknown = holder?.files;
  const unrecognised: unknown = holder?.unrecognised;
  return typeof files === 'number' && typeof unrecognised === 'number' ? { files, unrecognised } : undefined;
}

/** The base commit must be in the checkout; actions/checkout fetches only the merge commit by default. */
function ensureCommit(sha: string, cwd: string): void {
  const has = (): boolean => spawnSync('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd, stdio: 'ignore' }).status === 0;
  if (has()) return;
  spawnSync('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha], { cwd, stdio: 'ignore' });
  if (!has()) {
    throw new ActionError(
      `the pull request's base commit ${sha} is not in the checkout and could not be fetched; check out with actions/checkout and fetch-depth: 0`,
    );
  }
}

function baseShaOf(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  const sha = env.TRUSTLINT_BASE_SHA ?? '';
  if (sha === '') return undefined;
  if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) throw new ActionError(`the pull request's base commit "${sha}" is not a commit id`);
  return sha;
}

/** Runs the Action in `io.cwd` (the workspace) and resolves to the step's exit code. */
export async function runGithubAction(io: CliIo): Promise<number> {
  const env = io.env;
  const outputs: Record<string, string> = {};
  let code: number;
  try {
    const inputs = readInputs(env);
    const baseSha = baseShaOf(env);
    if (baseSha !== undefined) ensureCommit(baseSha, io.cwd);
    const argv = checkArguments(inputs, baseSha);
    io.stdout.write(`trustlint ${argv.map((a) => (/^[\w./:=@%+-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}\n`);
    code = await main(argv, io);
    const report = resolve(io.cwd, inputs.output);
    outputs['report-file'] = inputs.output;
    if (inputs.format === 'sarif') outputs['sarif-file'] = inputs.output;
    if (code <= 1) {
      const text = readFileSync(report, 'utf8');
      const parsed: unknown = JSON.parse(text);
      const findings = inputs.format === 'sarif' ? findingsFromSarif(parsed as Log) : findingsFromJson(parsed as JsonReport, io.cwd);
      const run = runCounts(parsed, inputs.format);
      const workspace = env.GITHUB_WORKSPACE ?? io.cwd;
      // The report carries how many files were unrecognised, not their names; the annotations print only the count.
      const unrecognised = run ? Array.from({ length: run.unrecognised }, () => '') : undefined;
      io.stdout.write(
        formatGithub({ findings, suppressed: 0, files: run?.files ?? 0, ...(unrecognised ? { unrecognised } : {}), cwd: io.cwd, gitRoot: null, workspace, toolVersion: '' }),
      );
      const counts = countSeverities(findings);
      outputs.errors = String(counts.errors);
      outputs.warnings = String(counts.warnings);
      summarize(env, inputs.output, counts);
    }
    outputs['exit-code'] = String(code);
    const diffBase = inputs.diffBase;
    const diffCode = diffBase !== undefined ? await runDiffStep({ ...inputs, diffBase }, io, outputs) : 0;
    writeOutputs(env, outputs);
    if (code >= 2) return code;
    if (diffCode >= 2) return diffCode;
    return (code === 1 || diffCode === 1) && inputs.failOnFindings ? 1 : 0;
  } catch (err) {
    if (!(err instanceof ActionError)) throw err;
    io.stdout.write(`::error title=trustlint::${escapeData(err.message)}\n`);
    writeOutputs(env, { ...outputs, 'exit-code': '2' });
    return 2;
  }
}

/**
 * `diff-base`: what the pull request does to trust, as markdown in the job summary (GitHub renders
 * its tables and Mermaid diagram). Exit 1 (a class newly admitted, a new error-level workflow
 * finding) fails the step like error findings do.
 */
async function runDiffStep(inputs: ActionInputs & { diffBase: string }, io: CliIo, outputs: Record<string, string>): Promise<number> {
  if (/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(inputs.diffBase)) ensureCommit(inputs.diffBase, io.cwd);
  const dir = mkdtempSync(join(tmpdir(), 'trustlint-action-'));
  try {
    const file = join(dir, 'diff.md');
    const argv = diffArguments(inputs, file);
    io.stdout.write(`trustlint ${argv.map((a) => (/^[\w./:=@%+-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}\n`);
    const code = await main(argv, io);
    outputs['trust-widened'] = String(code === 1);
    outputs['diff-exit-code'] = String(code);
    const summary = io.env.GITHUB_STEP_SUMMARY;
    if (code <= 1 && summary !== undefined && summary !== '' && isAbsolute(summary)) appendFileSync(summary, `\n${readFileSync(file, 'utf8')}`);
    return code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function writeOutputs(env: Readonly<Record<string, string | undefined>>, outputs: Readonly<Record<string, string>>): void {
  const file = env.GITHUB_OUTPUT;
  if (file === undefined || file === '' || !isAbsolute(file)) return;
  appendFileSync(file, Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`).join(''));
}

/** One line in the job summary: how many findings, and where the full report is. */
function summarize(env: Readonly<Record<string, string | undefined>>, report: string, counts: ReturnType<typeof countSeverities>): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (file === undefined || file === '' || !isAbsolute(file)) return;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  appendFileSync(
    file,
    `### trustlint\n\n${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'note')}; report: \`${report.replace(/`/g, "'")}\`\n`,
  );
}
