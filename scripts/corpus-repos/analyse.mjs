// Runs trustlint on one materialised corpus repository as a user would: the CLI on the whole tree
// (`check .` from its root, with a config naming the repository, as the git remote would in a
// clone), and, where the entry lists CDK TypeScript, eslint-plugin-trustlint's `recommended` config
// on those files. Returns the findings of both in one shape: { tool, ruleId, severity, file, line,
// column, resource, message }, paths relative to the repository root.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

const CLI = new URL('../../packages/cli/bin/trustlint.js', import.meta.url).pathname;

function toPosix(path) {
  return path.split(sep).join('/');
}

/** The CLI's findings for the tree at `dir`; throws when it fails (exit 2 or output that is not its JSON). */
export function runCli(dir, config) {
  const work = mkdtempSync(join(tmpdir(), 'trustlint-corpus-repos-'));
  try {
    const configFile = join(work, 'trustlint.config.json');
    writeFileSync(configFile, JSON.stringify(config));
    let stdout;
    try {
      stdout = execFileSync(process.execPath, [CLI, 'check', '.', '--format', 'json', '--config', configFile], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 256 * 1024 * 1024,
      });
    } catch (err) {
      // Exit 1 only means findings at error severity; 2 is a failure of the run.
      if (err?.status !== 1) {
        throw new Error(`trustlint check failed (exit ${String(err?.status)}): ${String(err?.stderr ?? err).trim().split('\n')[0]}`, { cause: err });
      }
      stdout = err.stdout;
    }
    return JSON.parse(stdout).findings.map((f) => ({
      tool: 'cli',
      ruleId: f.ruleId,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      resource: f.resource,
      message: f.message,
    }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Lints `patterns` under `dir` with the plugin's recommended config; ESLint's own severity per message. */
async function lint(dir, patterns, settings) {
  const [{ ESLint }, { default: plugin }] = await Promise.all([import('eslint'), import('eslint-plugin-trustlint')]);
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      ...plugin.configs.recommended,
      { settings: { trustlint: settings }, linterOptions: { reportUnusedDisableDirectives: 'off' } },
    ],
    errorOnUnmatchedPattern: false,
  });
  const results = await eslint.lintFiles(patterns);
  return results.flatMap((result) =>
    result.messages.map((m) => ({ ...m, file: toPosix(relative(dir, result.filePath)) })),
  );
}

/**
 * The plugin's findings. ESLint only knows error and warn, so the files are linted twice: findings
 * that disappear with `reportInfo: false` are trustlint infos. A file the parser rejects is reported
 * as `eslint-fatal` (an error: the file was not analysed); messages of ESLint itself about the
 * repository's own `eslint-disable` comments are not trustlint's and are left out.
 */
export async function runEslint(dir, patterns, config) {
  const all = await lint(dir, patterns, { ...config, reportInfo: true });
  const withoutInfo = await lint(dir, patterns, { ...config, reportInfo: false });
  const key = (m) => `${m.file}:${m.line}:${m.column}:${m.ruleId}:${m.message}`;
  const notInfo = new Set(withoutInfo.map(key));
  const severityOf = (m) => {
    if (m.fatal) return 'error';
    if (!notInfo.has(key(m))) return 'info';
    return m.severity === 2 ? 'error' : 'warning';
  };
  return all
    .filter((m) => m.fatal || m.ruleId?.startsWith('trustlint/'))
    .map((m) => ({
      tool: 'eslint',
      ruleId: m.fatal ? 'eslint-fatal' : m.ruleId.slice('trustlint/'.length),
      severity: severityOf(m),
      file: m.file,
      line: m.line,
      column: m.column,
      resource: undefined,
      message: m.message,
    }));
}

/** Every finding for one entry's materialised tree, sorted by file, line, rule. */
export async function analyseRepository(entry, dir) {
  const config = { repository: entry.repo, ...entry.config };
  const findings = runCli(dir, config);
  if (entry.eslint) findings.push(...(await runEslint(dir, entry.eslint, config)));
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}
