import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import json from '@eslint/json';
import { ESLint, Linter } from 'eslint';
import plugin from 'eslint-plugin-trustlint';
import tseslint from 'typescript-eslint';
import * as yamlParser from 'yaml-eslint-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { ACCOUNT, githubTrust, iamEncode, startFakeAws, type FakeAwsState } from '../../../core/test/aws/fake-aws.js';
import { prng } from '../../../core/test/robustness/mutate.js';
import { makeTree, removeTrees, runCli, type RunResult } from '../helpers.js';
import { cdkStack, drawSecrets, leaksIn, NAMED_FILES, planted, plantedTree, POLICY_TARGETS, type Planted, type Secrets } from './planted-secrets.js';

/**
 * Attack class "secrets in every position" (issue 10): a pull request plants credentials of every
 * well-known shape in every input kind and position (policy Sids, sub values, condition keys and
 * operators, duplicate keys, text that does not parse, Terraform, tfvars, plan JSON, CloudFormation
 * YAML and JSON, workflows, file names, the configuration) and in what a live account or an AWS
 * endpoint answers. No output of `check` (every format, stdout, a report file, stderr), `explain`,
 * `simulate`, `aws scan`, an error, a debug stack trace or the ESLint plugin may contain any of them.
 * Seeded and bounded: two rounds of freshly drawn credentials.
 */

const SEEDS = [0x5ec7e1, 0x5ec7e2];
const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
const CLI = join(import.meta.dirname, '..', '..', 'bin', 'trustlint.js');
const BUNDLE = join(import.meta.dirname, '..', '..', '..', '..', 'bundle', 'trustlint.mjs');
const AWS_ENV = { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-east-1', TRUSTLINT_AWS_TIMEOUT_MS: '2000' };

afterAll(removeTrees);

/** One captured output: where it came from and what it printed. */
interface Output {
  label: string;
  text: string;
}

function outputsOf(label: string, r: RunResult): Output[] {
  return [
    { label: `${label} (stdout)`, text: r.stdout },
    { label: `${label} (stderr)`, text: r.stderr },
  ];
}

function configFor(s: Secrets): string {
  return `${JSON.stringify({ owners: [s.glpat], deployBranch: 'main' })}\n`;
}

/** `check` in every format, to stdout and to a report file, and through the real process. */
async function checkOutputs(root: string): Promise<Output[]> {
  const out: Output[] = [];
  for (const format of FORMATS) {
    const r = await runCli(['check', '.', ...NAMED_FILES, '--format', format], { cwd: root });
    expect(r.code, `check --format ${format}: ${r.stderr}`).toBe(1);
    out.push(...outputsOf(`check --format ${format}`, r));
    const file = `report-${format}.out`;
    const written = await runCli(['check', '.', ...NAMED_FILES, '--format', format, '--output', file], { cwd: root });
    expect(written.code).toBe(1);
    out.push({ label: `check --format ${format} --output`, text: readFileSync(join(root, file), 'utf8') });
  }
  for (const [name, bin] of [['bin', CLI], ['bundle', BUNDLE]] as const) {
    // The bundle cannot load a configuration file yet (Ajv's default export; the ship task fixes
    // the bundle): it runs without one.
    if (name === 'bundle') renameSync(join(root, 'trustlint.config.json'), join(root, 'config.bak'));
    for (const format of ['stylish', 'json']) {
      const r = spawnSync(process.execPath, [bin, 'check', '.', ...NAMED_FILES, '--format', format], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
      expect(r.status, `${name} check --format ${format}: ${r.stderr}`).toBe(1);
      out.push({ label: `${name} check --format ${format} (stdout)`, text: r.stdout }, { label: `${name} check --format ${format} (stderr)`, text: r.stderr });
    }
    if (name === 'bundle') renameSync(join(root, 'config.bak'), join(root, 'trustlint.config.json'));
  }
  return out;
}

async function explainAndSimulateOutputs(root: string, s: Secrets): Promise<Output[]> {
  const out: Output[] = [];
  for (const target of POLICY_TARGETS) {
    for (const format of ['text', 'json']) {
      const explained = await runCli(['explain', target, '--format', format], { cwd: root });
      expect(explained.code, `explain ${target}: ${explained.stderr}`).toBe(0);
      out.push(...outputsOf(`explain ${target} --format ${format}`, explained));
      const simulated = await runCli(
        ['simulate', target, '--sub', `repo:acme/${s.ghp}:ref:refs/heads/${s.secretKey}`, '--claim', `environment=${s.AKIA}`, '--claim', `${s.ASIA}=x`, '--format', format],
        { cwd: root },
      );
      out.push(...outputsOf(`simulate ${target} --format ${format}`, simulated));
    }
  }
  // Errors that echo what the user (or a script fed by the pull request) passed.
  for (const argv of [
    ['explain', `tf/main.tf:${s.ghr}`],
    ['simulate', `policies/${s.gho}.json`, '--sub', 'x'],
    ['simulate', 'tf/main.tf', '--sub', s.jwt],
    ['simulate', 'policies/sids.json', '--sub', 'x', '--claim', s.npm],
    ['check', `--${s.ghp}`],
    ['check', '.', '--var', s.AKIA],
  ]) {
    out.push(...outputsOf(argv.join(' '), await runCli(argv, { cwd: root })));
  }
  return out;
}

/** An invalid configuration (exit 2, quoting the bad key), and an internal error with its stack trace. */
async function errorOutputs(s: Secrets): Promise<Output[]> {
  const out: Output[] = [];
  const badConfig = makeTree({ 'trustlint.config.json': JSON.stringify({ rules: { [s.AKIA]: 'off', 'oidc-audience': s.ghp }, [s.secretKey]: 1 }), 'p.json': '{}' });
  const config = await runCli(['check', '.'], { cwd: badConfig });
  expect(config.code).toBe(2);
  out.push(...outputsOf('check with an invalid configuration', config));
  // An environment that throws when asked for GITHUB_WORKSPACE: an internal error whose message and
  // stack trace carry a key.
  const target: Record<string, string | undefined> = { TRUSTLINT_DEBUG: '1' };
  const env = new Proxy(target, {
    get(target, key) {
      if (key === 'GITHUB_WORKSPACE') throw new Error(`cannot read ${s.sessionFwo} ${s.AKIA}`);
      return typeof key === 'string' ? target[key] : undefined;
    },
  });
  const internal = await runCli(['check', '.'], { cwd: makeTree({ 'p.json': '{}' }), env });
  expect(internal.code).toBe(2);
  out.push(...outputsOf('internal error with TRUSTLINT_DEBUG=1', internal));
  return out;
}

function liveAccount(s: Secrets): Partial<FakeAwsState> {
  const withSid = githubTrust(`repo:${s.ghp}*`) as { Statement: Record<string, unknown>[] };
  withSid.Statement[0] = { ...withSid.Statement[0], Sid: s.secretAlnum };
  return {
    pageSize: 2,
    providers: [{ arn: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com/${s.gho}`, url: `token.actions.githubusercontent.com/${s.gho}`, clientIds: [s.ghs] }],
    roles: [
      { name: s.AKIA, policy: withSid },
      { name: s.ASIA, path: `/${s.ghu}/`, policy: githubTrust([`repo:acme/${s.pat}:*`, `repo:acme/app:ref:refs/heads/${s.secretKey}`]) },
      // Not JSON: the finding about it must not quote the document.
      { name: 'raw', policy: iamEncode(`{"Statement": ${s.sessionIQo} ${s.ABIA}`) },
    ],
    users: [{ name: s.ACCA, keys: [{ id: s.A3T, status: 'Active', created: '2020-01-01T00:00:00Z' }] }],
    validate: () => [
      {
        findingType: 'SECURITY_WARNING',
        issueCode: 'MISSING_GITHUB_REPO_CONDITION_KEY',
        findingDetails: `echoed ${s.secretKey} and ${s.ghr}`,
        learnMoreLink: `https://example.com/${s.npm}`,
        locations: [],
      },
    ],
    faults: {
      ListUsers: [{ error: { status: 400, code: 'ValidationError', message: `bad marker ${s.sessionFwo} for ${s.AKIA}` } }],
      ListAccessKeys: [{ error: { status: 400, code: 'ValidationError', message: `no ${s.ghp}` } }],
      CheckNoPublicAccess: [{ error: { status: 400, code: 'ValidationException', message: `rejected ${s.jwt}` } }],
    },
  };
}

async function awsOutputs(s: Secrets, root: string): Promise<Output[]> {
  const out: Output[] = [];
  for (const format of FORMATS) {
    // A fresh endpoint per run: faults are consumed in call order.
    const fake = await startFakeAws(liveAccount(s));
    try {
      const scan = await runCli(['aws', 'scan', '--endpoint-url', fake.url, '--access-analyzer', '--access-analyzer-public', '--format', format], { cwd: makeTree({}, { git: true }), env: AWS_ENV });
      expect(scan.code, `aws scan --format ${format}: ${scan.stderr}`).toBe(1);
      out.push(...outputsOf(`aws scan --format ${format}`, scan));
      const check = await runCli(['check', 'policies/sids.json', '--access-analyzer', '--access-analyzer-public', '--endpoint-url', fake.url, '--format', format], { cwd: root, env: AWS_ENV });
      expect(check.code).toBe(1);
      out.push(...outputsOf(`check --access-analyzer --format ${format}`, check));
    } finally {
      await fake.close();
    }
  }
  return out;
}

/** The ESLint plugin on the JSON, YAML and TypeScript inputs: its messages and suggestions. */
async function eslintOutputs(root: string, s: Secrets): Promise<Output[]> {
  writeFileSync(join(root, 'stack.ts'), cdkStack(s));
  const rules = Object.fromEntries(Object.keys(plugin.rules ?? {}).map((id) => [`trustlint/${id}`, 'warn' as const]));
  const config: Linter.Config[] = [
    { files: ['**/*.json'], plugins: { json: json as unknown as ESLint.Plugin }, language: 'json/json' },
    { files: ['**/*.yml', '**/*.yaml'], languageOptions: { parser: yamlParser } },
    { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
    { files: ['**/*.json', '**/*.yml', '**/*.yaml', '**/*.ts'], plugins: { trustlint: plugin }, rules, settings: { trustlint: { deployBranch: 'main', reportInfo: true } } },
  ];
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles(['policies', 'cfn', 'plan', '.github/workflows', 'stack.ts']);
  expect(results.some((r) => r.messages.some((m) => m.ruleId?.startsWith('trustlint/')))).toBe(true);
  // What the plugin hands ESLint (the formatter adds the file path and, in JSON, the file's source).
  const messages = results.flatMap((r) => r.messages.filter((m) => m.ruleId?.startsWith('trustlint/')));
  const printed = (await eslint.loadFormatter('stylish')).format(results.map((r) => ({ ...r, filePath: 'file' })));
  return [
    { label: 'eslint messages and suggestions', text: JSON.stringify(messages) },
    { label: 'eslint stylish formatter', text: await printed },
  ];
}

function assertNoLeaks(outputs: readonly Output[], all: readonly Planted[]): void {
  const leaks = outputs.flatMap((o) => leaksIn(o.text, all).map((name) => `${o.label}: ${name}`));
  // The message lists every leak, one per line (the diff of a long array is cut).
  expect(leaks, `leaks:\n${leaks.join('\n')}\n`).toEqual([]);
}

describe('attack: credentials planted in every input kind and position', () => {
  for (const seed of SEEDS) {
    describe(`seed ${seed.toString(16)}`, () => {
      const secrets = drawSecrets(prng(seed));
      const all = planted(secrets);
      const tree = (): string => makeTree({ ...plantedTree(secrets), 'trustlint.config.json': configFor(secrets) }, { git: true });

      it('check prints none of them in any format, to stdout, stderr or a report file', async () => {
        const outputs = await checkOutputs(tree());
        // The planted files were analysed: the keys were found (masked) and so were the policies.
        const json = outputs.find((o) => o.label === 'check --format json (stdout)')?.text ?? '';
        expect(json).toContain('"ruleId": "secret-aws-access-key"');
        expect(json).toContain('"ruleId": "oidc-any-owner"');
        expect(json).toContain('"ruleId": "parse-error"');
        assertNoLeaks(outputs, all);
      });

      it('explain, simulate and their errors print none of them', async () => {
        assertNoLeaks(await explainAndSimulateOutputs(tree(), secrets), all);
      });

      it('configuration errors, internal errors and debug stack traces print none of them', async () => {
        assertNoLeaks(await errorOutputs(secrets), all);
      });

      it('aws scan and the Access Analyzer checks print none of what the account or the endpoint returns', async () => {
        assertNoLeaks(await awsOutputs(secrets, tree()), all);
      });

      it('the ESLint plugin reports none of them', async () => {
        assertNoLeaks(await eslintOutputs(tree(), secrets), all);
      });
    });
  }
});
