import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ActionError, checkArguments, readInputs, runGithubAction } from '../src/github-action.js';
import { makeTree, removeTrees, runCli } from './helpers.js';

/** The GitHub Action's step (action.yml → bundle/action.mjs), in-process; the bundled run: test/packaged.test.ts. */
const EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'examples');
afterAll(removeTrees);

/** A workspace with vulnerable and fixed examples of every kind, and a config file. */
function workspace(): string {
  const root = makeTree({ 'trustlint.config.json': '{ "owners": ["acme"], "repository": "acme/app" }\n' }, { git: true });
  for (const dir of ['policies', 'terraform', 'cloudformation', 'workflows', 'terraform-plan']) cpSync(join(EXAMPLES, dir), join(root, dir), { recursive: true });
  return root;
}

async function runAction(cwd: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string; outputs: string }> {
  let stdout = '';
  let stderr = '';
  const outputFile = join(cwd, '.github-output');
  writeFileSync(outputFile, '');
  const code = await runGithubAction({
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env: { GITHUB_WORKSPACE: cwd, GITHUB_OUTPUT: outputFile, ...env },
    isTTY: false,
  });
  return { code, stdout, stderr, outputs: readFileSync(outputFile, 'utf8') };
}

/** The annotation lines of the Action's log (it also prints the command it runs). */
const annotations = (stdout: string): string => stdout.split('\n').filter((l) => l.startsWith('::')).map((l) => `${l}\n`).join('');

describe('readInputs', () => {
  it('defaults: the whole workspace, SARIF to trustlint.sarif, failing on error findings', () => {
    expect(readInputs({})).toEqual({ paths: ['.'], config: '', format: 'sarif', output: 'trustlint.sarif', args: [], failOnFindings: true });
    expect(readInputs({ TRUSTLINT_FORMAT: 'json' }).output).toBe('trustlint.json');
  });

  it('splits paths and args as a shell splits words, without expanding anything', () => {
    const inputs = readInputs({ TRUSTLINT_PATHS: 'infra\n.github "with space"', TRUSTLINT_ARGS: `--max-warnings 0 --var 'subject=repo:acme/*' --var "name=$HOME" \`id\`` });
    expect(inputs.paths).toEqual(['infra', '.github', 'with space']);
    expect(inputs.args).toEqual(['--max-warnings', '0', '--var', 'subject=repo:acme/*', '--var', 'name=$HOME', '`id`']);
  });

  it.each([
    [{ TRUSTLINT_ARGS: '--var "unclosed' }, 'input args: Got EOF while in a quoted string ("--var \\"unclosed")'],
    [{ TRUSTLINT_ARGS: '--format json' }, 'input args: --format is set by the Action (use its format input instead)'],
    [{ TRUSTLINT_ARGS: '--output=x.sarif' }, 'input args: --output is set by the Action (use its output input instead)'],
    [{ TRUSTLINT_ARGS: '--config-from-base main' }, 'input args: --config-from-base is set by the Action (use its the pull_request event input instead)'],
    [{ TRUSTLINT_FORMAT: 'stylish' }, 'input format: "stylish" is not one of sarif, json (annotations are made from the report)'],
    [{ TRUSTLINT_FAIL_ON_FINDINGS: 'yes' }, 'input fail-on-findings: "yes" is not "true" or "false"'],
  ])('rejects %j', (env, message) => {
    expect(() => readInputs(env)).toThrow(new ActionError(message));
  });
});

describe('checkArguments', () => {
  it('one check run: paths, the report, the config, the base commit, then the extra arguments', () => {
    const inputs = readInputs({ TRUSTLINT_PATHS: 'infra', TRUSTLINT_CONFIG: 'ci/trustlint.json', TRUSTLINT_ARGS: '--max-warnings 0' });
    expect(checkArguments(inputs, 'a'.repeat(40))).toEqual([
      'check', 'infra', '--format', 'sarif', '--output', 'trustlint.sarif', '--config', 'ci/trustlint.json', '--config-from-base', 'a'.repeat(40), '--max-warnings', '0',
    ]);
  });
});

describe('runGithubAction', () => {
  it.each(['sarif', 'json'])('annotates from the %s report exactly what --format github prints, from one run', async (format) => {
    const root = workspace();
    const action = await runAction(root, { TRUSTLINT_FORMAT: format, TRUSTLINT_OUTPUT: `out.${format}` });
    const github = await runCli(['check', '--format', 'github'], { cwd: root, env: { GITHUB_WORKSPACE: root } });
    expect(github.code).toBe(1);
    expect(action.code).toBe(1);
    expect(annotations(action.stdout)).toBe(annotations(github.stdout));
    // The run's summary line comes from the report too (the report file itself is then one more unrecognised file).
    expect(action.stdout).toMatch(/^trustlint: \d+ files analysed/m);
    expect(action.stdout).toContain(`trustlint check . --format ${format} --output out.${format}\n`);
    expect(action.outputs).toMatch(new RegExp(`^report-file=out\\.${format}\n${format === 'sarif' ? 'sarif-file=out.sarif\n' : ''}errors=\\d+\nwarnings=\\d+\nexit-code=1\n$`));
    // The config file was read: owners name the outsider in the messages.
    expect(github.stdout).toContain('outside acme');
  });

  it('passes with fail-on-findings=false and stops with exit 2 on a configuration error, without annotations', async () => {
    const root = workspace();
    expect((await runAction(root, { TRUSTLINT_FAIL_ON_FINDINGS: 'false' })).code).toBe(0);
    writeFileSync(join(root, 'trustlint.config.json'), '{ "owner": ["acme"] }\n');
    const broken = await runAction(root, {});
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('trustlint.config.json: /owner: must NOT have additional properties');
    expect(broken.outputs).toBe('report-file=trustlint.sarif\nsarif-file=trustlint.sarif\nexit-code=2\n');
  });

  it('reports a bad input as an annotation and exit 2', async () => {
    const r = await runAction(workspace(), { TRUSTLINT_ARGS: "-o 'x" });
    expect(r).toMatchObject({ code: 2, stdout: '::error title=trustlint::input args: Got EOF while in a quoted string ("-o \'x")\n', outputs: 'exit-code=2\n' });
  });

  it('on pull_request, reads the configuration from the base commit when the CLI can', async () => {
    const root = workspace();
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' } }).trim();
    execFileSync('rm', ['-rf', join(root, '.git')]);
    git('init', '-q', '.');
    git('add', '.');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    const r = await runAction(root, { GITHUB_EVENT_NAME: 'pull_request', TRUSTLINT_BASE_SHA: base });
    expect(r.stdout).toContain(`--config-from-base ${base}\n`);
    expect(r.code).toBe(1);
    // A push event never uses it; a base that is not a commit id is refused.
    expect((await runAction(root, { GITHUB_EVENT_NAME: 'push', TRUSTLINT_BASE_SHA: base })).stdout).not.toContain('config-from-base');
    expect((await runAction(root, { GITHUB_EVENT_NAME: 'pull_request', TRUSTLINT_BASE_SHA: 'main; rm -rf /' })).stdout).toBe(
      '::error title=trustlint::the pull request\'s base commit "main; rm -rf /" is not a commit id\n',
    );
  });
});
