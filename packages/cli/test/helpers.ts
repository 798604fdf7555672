import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Finding, Severity, Span } from '@trustlint/core';
import { main } from '../src/main.js';
import type { CliIo } from '../src/context.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `main()` in-process with captured streams. */
export async function runCli(argv: string[], io: Partial<CliIo> & { cwd: string }): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    isTTY: false,
    ...io,
  });
  return { code, stdout, stderr };
}

const created: string[] = [];

/**
 * A fresh folder (real path, so that relative paths in findings are predictable) filled with `files`;
 * `git: true` makes it a repository root.
 */
export function makeTree(files: Record<string, string | Uint8Array>, options: { git?: boolean } = {}): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'trustlint-cli-')));
  created.push(root);
  if (options.git) mkdirSync(join(root, '.git'));
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
  return root;
}

export function removeTrees(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A policy document with a JSON syntax error on line 4 (a `parse-error` finding when named). */
export const BROKEN_POLICY = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {,\n  ]\n}\n';
/** A well-formed policy without statements: no findings from this version's rules. */
export const EMPTY_POLICY = '{ "Version": "2012-10-17", "Statement": [] }\n';
/** A minified trust policy whose one statement lets GitHub's OIDC provider in under `condition`. */
export function githubTrustPolicy(condition: Record<string, Record<string, string>>, statement: Record<string, unknown> = {}): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        ...statement,
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition,
      },
    ],
  });
}

/** A policy in Latin-1, not UTF-8 (an `input-error`: it may be of an analysed kind, so the gate fails closed). */
export const LATIN1_POLICY = Uint8Array.from([...Buffer.from('{"Statement":"', 'latin1'), 0xe9, ...Buffer.from('"}', 'latin1')]);
/** Latin-1 bytes with nothing any kind needs (no finding: counted as of no recognised kind). */
export const LATIN1_DATA = Uint8Array.from([0x7b, 0x22, 0x53, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]);

/** A span from 1-based lines and 0-based columns (the model's convention); offsets are not used by reporters. */
export function span(line: number, column: number, endLine: number, endColumn: number): Span {
  return {
    start: { line, column, offset: 0 },
    end: { line: endLine, column: endColumn, offset: 0 },
  };
}

export function finding(
  ruleId: string,
  severity: Severity,
  message: string,
  file: string | null,
  at: [number, number, number, number] = [1, 0, 1, 0],
  extra: Partial<Finding> = {},
): Finding {
  return {
    ruleId,
    severity,
    message,
    location: file === null ? null : { file, span: span(...at) },
    ...extra,
  };
}

/** The `--format json` report, typed loosely enough for assertions. */
export interface JsonReport {
  version: number;
  tool: { name: string; version: string };
  findings: ({ ruleId: string; severity: string; file: string | null } & Record<string, unknown>)[];
  summary: Record<string, number>;
}

export function parseReport(text: string): JsonReport {
  return JSON.parse(text) as JsonReport;
}

/** The official SARIF 2.1.0 schema shipped by @microsoft/jest-sarif (found by name, not by a fixed path). */
function sarifSchema(): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve('@microsoft/jest-sarif'));
  while (!readdirSync(dir).includes('package.json')) dir = dirname(dir);
  const schemas = join(dir, 'lib', 'schemas');
  const file = readdirSync(schemas).find((f) => /^sarif-2\.1\.0.*\.json$/.test(f));
  if (!file) throw new Error('SARIF schema not found');
  return JSON.parse(readFileSync(join(schemas, file), 'utf8')) as Record<string, unknown>;
}

export function validateSarif(log: unknown): string[] {
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  const validate = ajv.compile(sarifSchema());
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
