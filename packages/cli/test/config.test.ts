import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configForCore, findConfigFile, loadConfig } from '../src/config.js';
import { BROKEN_POLICY, LATIN1_POLICY, makeTree, parseReport, removeTrees, runCli } from './helpers.js';

afterEach(removeTrees);

describe('configuration lookup', () => {
  it('finds the nearest config file from cwd up to the git root', () => {
    const root = makeTree({ 'trustlint.config.json': '{}', 'a/b/.keep': '' }, { git: true });
    expect(findConfigFile({ cwd: join(root, 'a', 'b'), gitRoot: root })).toBe(join(root, 'trustlint.config.json'));
    const nested = makeTree({ 'trustlint.config.json': '{}', 'a/.trustlintrc.json': '{}', 'a/b/.keep': '' }, { git: true });
    expect(findConfigFile({ cwd: join(nested, 'a', 'b'), gitRoot: nested })).toBe(join(nested, 'a', '.trustlintrc.json'));
  });

  it('does not look above the git root', () => {
    const outer = makeTree({ 'trustlint.config.json': '{}', 'repo/.git/HEAD': '', 'repo/src/.keep': '' });
    const repo = join(outer, 'repo');
    expect(findConfigFile({ cwd: join(repo, 'src'), gitRoot: repo })).toBeNull();
  });

  it('returns the defaults when there is no config file', async () => {
    const root = makeTree({}, { git: true });
    expect(await loadConfig({ cwd: root, gitRoot: root })).toEqual({ config: {}, file: null, dir: root });
  });

  it('rebases ignoreFindings paths from the config folder onto the working directory', () => {
    const root = makeTree({}, { git: true });
    const loaded = {
      config: { ignoreFindings: [{ file: 'infra/old.json', rule: 'parse-error', reason: 'legacy' }] },
      file: join(root, 'trustlint.config.json'),
      dir: root,
    };
    expect(configForCore(loaded, join(root, 'infra')).ignoreFindings).toEqual([
      { file: 'old.json', rule: 'parse-error', reason: 'legacy' },
    ]);
  });
});

describe('configuration errors exit 2', () => {
  it('names the JSON path of an unknown rule id', async () => {
    const root = makeTree({ 'trustlint.config.json': '{ "rules": { "oidc-any-ownr": "error" } }' }, { git: true });
    const result = await runCli(['check'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('trustlint: trustlint.config.json: /rules/oidc-any-ownr: must NOT have additional properties\n');
    expect(result.stdout).toBe('');
  });

  it('names every bad value, with the allowed values of an enum', async () => {
    const root = makeTree(
      { '.trustlintrc.json': '{ "rules": { "oidc-audience": "loud" }, "owners": "acme", "ignoreFindings": [{ "file": "a.json", "rule": "parse-error" }] }' },
      { git: true },
    );
    const result = await runCli(['check'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      'trustlint: .trustlintrc.json: /rules/oidc-audience: must be equal to one of the allowed values ("error", "warning", "info", "off")',
      'trustlint: .trustlintrc.json: /owners: must be array',
      "trustlint: .trustlintrc.json: /ignoreFindings/0: must have required property 'reason'",
      '',
    ]);
  });

  it('gives line:column for invalid JSON', async () => {
    const root = makeTree({ 'trustlint.config.json': '{\n  "rules": {\n    "oidc-audience": "off",\n  }\n}\n' }, { git: true });
    const result = await runCli(['check'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('trustlint: trustlint.config.json:4:3: invalid JSON: unexpected \'}\'\n');
  });

  it('refuses two config files in one folder', async () => {
    const root = makeTree({ 'trustlint.config.json': '{}', '.trustlintrc.json': '{}' }, { git: true });
    const result = await runCli(['check'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('two configuration files in .: trustlint.config.json and .trustlintrc.json');
  });

  it('reports a missing --config file', async () => {
    const root = makeTree({}, { git: true });
    const result = await runCli(['check', '--config', 'nope.json'], { cwd: root });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'trustlint: no such file: nope.json\n' });
  });

  it('shows the path of a config file found in a parent folder', async () => {
    const root = makeTree({ 'trustlint.config.json': '{ "owner": ["acme"] }', 'sub/.keep': '' }, { git: true });
    const result = await runCli(['check'], { cwd: join(root, 'sub') });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('trustlint: ../trustlint.config.json: /owner: must NOT have additional properties\n');
  });
});

describe('configuration effects', () => {
  it('--config overrides the lookup', async () => {
    const root = makeTree(
      {
        'trustlint.config.json': '{ "rules": { "nope": "off" } }',
        'cfg/strict.json': '{ "rules": { "parse-error": "warning" } }',
        'broken.json': BROKEN_POLICY,
      },
      { git: true },
    );
    const result = await runCli(['check', 'broken.json', '--config', 'cfg/strict.json', '--format', 'json'], { cwd: root });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).findings[0]).toMatchObject({ ruleId: 'parse-error', severity: 'warning' });
  });

  it('ignore globs are relative to the config file and remove files from discovery', async () => {
    const root = makeTree(
      {
        'trustlint.config.json': '{ "ignore": ["legacy/**", "*.bak.json"] }',
        'legacy/bad.json': '\u00e9',
        'app/legacy/bad.json': '\u00e9',
        'app/x.bak.json': '\u00e9',
      },
      { git: true },
    );
    // Every input reads as a policy that is not UTF-8 (an input-error); the configuration reads as itself.
    const latin1 = (path: string): Uint8Array => (path.endsWith('bad.json') || path.endsWith('.bak.json') ? LATIN1_POLICY : readFileSync(path));
    const result = await runCli(['check', '--format', 'json'], { cwd: join(root, 'app'), readFile: latin1 });
    expect(parseReport(result.stdout).findings.map((f) => f.file)).toEqual(['legacy/bad.json']);
  });

  it('applies rule settings and ignoreFindings to discovery findings', async () => {
    const root = makeTree(
      {
        'trustlint.config.json': JSON.stringify({
          ignoreFindings: [{ file: 'a.json', rule: 'input-error', reason: 'binary fixture' }],
        }),
        'a.json': LATIN1_POLICY,
        'b.json': LATIN1_POLICY,
      },
      { git: true },
    );
    const json = parseReport((await runCli(['check', '--format', 'json'], { cwd: root })).stdout);
    expect(json.findings.map((f) => f.file)).toEqual(['b.json']);
    expect(json.summary.suppressed).toBe(1);

    const off = makeTree({ '.trustlintrc.json': '{ "rules": { "input-error": "off" } }', 'a.json': LATIN1_POLICY });
    expect(JSON.parse((await runCli(['check', '--format', 'json'], { cwd: off })).stdout).findings).toEqual([]);
  });
});
