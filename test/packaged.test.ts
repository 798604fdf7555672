import { spawn } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, plantedAccount, startFakeAws } from '../packages/core/test/aws/fake-aws.js';

/**
 * What users install and run, tested as they get it, outside this workspace: the packed tarballs
 * installed with npm into fresh projects (the CLI through npx, the ESLint plugin in an ESM and a
 * CommonJS project, the library from a Node script and from TypeScript), the committed bundle from a
 * copy of the checkout (also on PATH), the composite Action's step, and the pre-commit hooks through
 * `pre-commit try-repo` without trustlint on PATH. Every path runs with a configuration file too.
 */
const ROOT = join(import.meta.dirname, '..');
const WORK = realpathSync(mkdtempSync(join(tmpdir(), 'trustlint-e2e-')));
// Three projects' node_modules: removing them takes a while on a busy machine.
afterAll(() => {
  rmSync(WORK, { recursive: true, force: true });
}, 120_000);

const rootPackage = readJson(join(ROOT, 'package.json')) as { devDependencies: Record<string, string> };
const pluginPackage = readJson(join(ROOT, 'packages/eslint-plugin/package.json')) as { devDependencies: Record<string, string>; version: string };
const VERSION = (readJson(join(ROOT, 'packages/cli/package.json')) as { version: string }).version;
/** The parser packages the plugin's optional peers name, at the versions this workspace tests. */
const PEERS = [
  `eslint@${rootPackage.devDependencies.eslint ?? ''}`,
  `@eslint/json@${rootPackage.devDependencies['@eslint/json'] ?? ''}`,
  `yaml-eslint-parser@${rootPackage.devDependencies['yaml-eslint-parser'] ?? ''}`,
  `@typescript-eslint/parser@${pluginPackage.devDependencies['@typescript-eslint/parser'] ?? ''}`,
  `typescript@${rootPackage.devDependencies.typescript ?? ''}`,
];
/** For the TypeScript check of the library's types (they use node: modules, as any Node library's do). */
const NODE_TYPES = `@types/node@${rootPackage.devDependencies['@types/node'] ?? ''}`;
/** A configuration that changes what every path prints: owners in messages, one rule off. */
const CONFIG = `${JSON.stringify({ owners: ['acme'], repository: 'acme/app', rules: { 'oidc-audience': 'off' } }, null, 2)}\n`;
const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
const LONG = 180_000;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Asynchronous: the fake AWS endpoint answers from this process's event loop. */
function run(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = userEnv()): Promise<Run> {
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * The environment of a user's shell: none of the variables pnpm and vitest set for this run (a
 * `npm_config_*` would change npm's behaviour), a hermetic AWS setup, and quiet npm.
 */
function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|vitest|TRUSTLINT_)/i.test(k) && !/^npm_config_(registry|cache|userconfig)$/i.test(k)) continue;
    env[k] = v;
  }
  return {
    ...env,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    AWS_CONFIG_FILE: join(WORK, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(WORK, 'no-aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  };
}

/** The CLI of this workspace (unbundled), the reference every shipped form must match. */
function workspaceCli(args: readonly string[], cwd: string): Promise<Run> {
  return run(process.execPath, [join(ROOT, 'packages/cli/bin/trustlint.js'), ...args], cwd);
}

/** Vulnerable and fixed examples of every kind the CLI reads, under `dir/infra`, with a git root at `dir`. */
async function exampleTree(dir: string, config: boolean): Promise<string> {
  mkdirSync(dir, { recursive: true });
  for (const kind of ['policies', 'terraform', 'terraform-plan', 'cloudformation', 'workflows']) cpSync(join(ROOT, 'examples', kind), join(dir, 'infra', kind), { recursive: true });
  if (config) writeFileSync(join(dir, 'trustlint.config.json'), CONFIG);
  expect((await run('git', ['init', '-q', '.'], dir)).code).toBe(0);
  return dir;
}

/** Whether a report in `format` has an oidc-audience finding (SARIF also lists every rule in its catalog). */
function hasAudienceFinding(format: string, report: string): boolean {
  if (format !== 'sarif') return report.includes('oidc-audience');
  const log = JSON.parse(report) as { runs: { results: { ruleId?: string }[] }[] };
  return log.runs.some((r) => r.results.some((result) => result.ruleId === 'oidc-audience'));
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

const TARBALLS = join(WORK, 'tarballs');
const ESM = join(WORK, 'esm-project');
const CJS = join(WORK, 'cjs-project');
const BARE = join(WORK, 'bare-project');
let tarballs: Record<'core' | 'cli' | 'plugin', string>;

/** `npm install` of local tarballs: real copies in node_modules, third-party packages from the registry (or npm's cache). */
async function npmInstall(dir: string, packageJson: Record<string, unknown>, specs: string[]): Promise<void> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'trustlint-e2e', private: true, ...packageJson }, null, 2)}\n`);
  const r = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...specs], dir);
  expect(r.code, r.stdout + r.stderr).toBe(0);
}

beforeAll(async () => {
  const started = performance.now();
  const release = await run(process.execPath, [join(ROOT, 'scripts/release.mjs'), '--dry-run', '--out', TARBALLS], ROOT);
  expect(release.code, release.stdout + release.stderr).toBe(0);
  const files = readdirSync(TARBALLS);
  const find = (prefix: string): string => join(TARBALLS, files.find((f) => f.startsWith(prefix)) ?? `${prefix}missing`);
  tarballs = { core: find('trustlint-core-'), cli: find(`trustlint-${VERSION}`), plugin: find('eslint-plugin-trustlint-') };
  await Promise.all([
    npmInstall(ESM, { type: 'module' }, [tarballs.core, tarballs.cli, tarballs.plugin, ...PEERS, NODE_TYPES]),
    npmInstall(CJS, {}, [tarballs.core, tarballs.cli, tarballs.plugin, ...PEERS]),
    // No parser package: the plugin's optional peers are not installed for the user.
    npmInstall(BARE, { type: 'module' }, [tarballs.core, tarballs.plugin, PEERS[0] ?? 'eslint']),
  ]);
  // For the CI time budget, not asserted (a busy machine is slower).
  console.log(`packed and npm-installed into 3 projects in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 600_000);

describe('pnpm release --dry-run', () => {
  it('packs the three packages and passes its own checks', () => {
    expect(Object.values(tarballs).map((t) => t.slice(TARBALLS.length + 1)).sort()).toEqual([
      `eslint-plugin-trustlint-${pluginPackage.version}.tgz`,
      `trustlint-${VERSION}.tgz`,
      `trustlint-core-${VERSION}.tgz`,
    ]);
  });

  it('the README and docs/eslint.md name the tarballs it writes', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const tarball of [tarballs.core, tarballs.cli]) expect(readme).toContain(`../trustlint/release/${basename(tarball)}`);
    const eslintDocs = readFileSync(join(ROOT, 'docs/eslint.md'), 'utf8');
    for (const tarball of [tarballs.core, tarballs.plugin]) expect(eslintDocs).toContain(`../trustlint/release/${basename(tarball)}`);
  });

  it('npm installed real copies, nothing linked into the workspace', () => {
    for (const project of [ESM, CJS]) {
      for (const name of ['trustlint', '@trustlint/core', 'eslint-plugin-trustlint']) {
        const dir = join(project, 'node_modules', name);
        expect(lstatSync(dir).isSymbolicLink(), dir).toBe(false);
        expect(realpathSync(dir).startsWith(ROOT)).toBe(false);
        expect((readJson(join(dir, 'package.json')) as { version: string }).version).toBe(VERSION);
      }
    }
    // npm leaves optional peers to the user.
    expect(readdirSync(join(BARE, 'node_modules')).filter((n) => n === 'yaml-eslint-parser' || n === '@typescript-eslint')).toEqual([]);
    expect(readdirSync(join(BARE, 'node_modules', '@eslint'))).not.toContain('json');
  });
});

describe('npx trustlint (the npm package)', () => {
  let plain: string;
  let configured: string;
  beforeAll(async () => {
    plain = await exampleTree(join(ESM, 'plain'), false);
    configured = await exampleTree(join(ESM, 'configured'), true);
  });

  it.each(FORMATS)('check --format %s prints what the workspace CLI prints, without and with a config file', async (format) => {
    const outputs: string[] = [];
    for (const dir of [plain, configured]) {
      const [viaNpx, reference] = await Promise.all([run('npx', ['trustlint', 'check', 'infra', '--format', format], dir), workspaceCli(['check', 'infra', '--format', format], dir)]);
      expect(viaNpx.stderr).toBe('');
      expect(viaNpx.code).toBe(1);
      expect(viaNpx.stdout).toBe(reference.stdout);
      outputs.push(viaNpx.stdout);
    }
    const [without = '', withConfig = ''] = outputs;
    // The configuration was read: oidc-audience is off.
    expect(hasAudienceFinding(format, without)).toBe(true);
    expect(hasAudienceFinding(format, withConfig)).toBe(false);
  }, LONG);

  it('SARIF carries each rule page from the package and links it', async () => {
    const r = await run('npx', ['trustlint', 'check', 'infra', '--format', 'sarif'], configured);
    const log = JSON.parse(r.stdout) as { runs: { tool: { driver: { informationUri?: string; rules: { id: string; helpUri?: string; help: { markdown?: string } }[] } } }[] };
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    const page = readFileSync(join(ROOT, 'docs/rules/oidc-any-owner.md'), 'utf8').replace(/<!--[\s\S]*?-->\n?/g, '');
    expect(rules.find((rule) => rule.id === 'oidc-any-owner')?.help.markdown).toBe(page);
    expect(rules.every((rule) => rule.help.markdown !== undefined)).toBe(true);
    expect(rules[0]?.helpUri).toMatch(/^https:\/\/github\.com\/trustlint\/trustlint\/blob\/main\/docs\/rules\/[a-z-]+\.md$/);
    expect(log.runs[0]?.tool.driver.informationUri).toBe('https://github.com/trustlint/trustlint');
  }, LONG);

  it('explain, simulate, rules and --version', async () => {
    const explain = await run('npx', ['trustlint', 'explain', 'infra/policies/vulnerable/hidden-star.json'], configured);
    expect(explain.code, explain.stderr).toBe(0);
    expect(explain.stdout).toContain('ADMITTED  repositories of other owners');
    const simulate = await run('npx', ['trustlint', 'simulate', 'infra/policies/vulnerable/owner-prefix.json', '--sub', 'repo:acme-evil/x:ref:refs/heads/main'], configured);
    expect(simulate.code).toBe(0);
    expect(simulate.stdout).toMatch(/^allow /);
    const rules = await run('npx', ['trustlint', 'rules'], configured);
    expect(rules.stdout).toContain('oidc-any-owner');
    expect((await run('npx', ['trustlint', '--version'], configured)).stdout.trim()).toBe(VERSION);
  }, LONG);

  it('aws scan and check --access-analyzer load the AWS SDK from the installed package', async () => {
    const fake = await startFakeAws({ ...plantedAccount(), validate: () => [] });
    try {
      const credentials = userEnv({ AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-east-1' });
      const bin = join(ESM, 'node_modules', '.bin', 'trustlint');
      const scan = await run(bin, ['aws', 'scan', '--endpoint-url', fake.url, '--format', 'json'], configured, credentials);
      expect(scan.stderr).toBe('');
      expect((JSON.parse(scan.stdout) as { findings: { resource: string }[] }).findings.map((f) => f.resource)).toContain(`arn:aws:iam::${ACCOUNT}:role/deploy-any-repo`);
      const aa = await run(bin, ['check', 'infra/policies', '--access-analyzer', '--endpoint-url', fake.url, '--format', 'json'], configured, credentials);
      expect(aa.stderr).toBe('');
      expect(aa.code).toBe(1);
      expect(fake.requests.some((r) => r.action === 'ValidatePolicy')).toBe(true);
    } finally {
      await fake.close();
    }
  }, LONG);
});

describe('eslint with the plugin (the npm packages)', () => {
  const CONFIG_TEXT = [
    "import trustlint from 'eslint-plugin-trustlint';",
    '',
    'export default [',
    '  ...trustlint.configs.recommended,',
    "  { settings: { trustlint: { deployBranch: 'main', owners: ['acme'] } } },",
    '];',
    '',
  ].join('\n');
  /** What docs/eslint.md shows for examples/eslint: file, line, column, rule. */
  const EXPECTED = [
    ['lint/cdk/deploy-stack.ts', 20, 42, 'trustlint/oidc-owner-wide'],
    ['lint/cdk/deploy-stack.ts', 26, 5, 'trustlint/iac-access-key'],
    ['lint/cloudformation/github-oidc.yaml', 28, 63, 'trustlint/oidc-owner-wide'],
    ['lint/policies/deploy-role.json', 10, 20, 'trustlint/oidc-audience'],
    ['lint/policies/deploy-role.json', 12, 54, 'trustlint/oidc-any-context'],
  ];

  async function lint(project: string, configFile: string): Promise<(string | number | null)[][]> {
    for (const kind of ['cdk', 'cloudformation', 'policies']) cpSync(join(ROOT, 'examples/eslint', kind), join(project, 'lint', kind), { recursive: true });
    writeFileSync(join(project, configFile), CONFIG_TEXT);
    const r = await run('npx', ['eslint', '--format', 'json', 'lint'], project);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { line: number; column: number; ruleId: string | null; message: string }[] }[];
    return results.flatMap((file) => file.messages.map((m) => [file.filePath.slice(project.length + 1), m.line, m.column, m.ruleId]));
  }

  it('in an ESM project (eslint.config.js, "type": "module")', async () => {
    expect(await lint(ESM, 'eslint.config.js')).toEqual(EXPECTED);
  }, LONG);

  it('in a CommonJS project (eslint.config.mjs)', async () => {
    expect((readJson(join(CJS, 'package.json')) as { type?: string }).type).toBeUndefined();
    expect(await lint(CJS, 'eslint.config.mjs')).toEqual(EXPECTED);
  }, LONG);

  it('without the optional parser packages, each file of a kind fails with the package to install', async () => {
    writeFiles(BARE, {
      'eslint.config.js': CONFIG_TEXT,
      'policies/role.json': readFileSync(join(ROOT, 'examples/policies/vulnerable/aud-only.json'), 'utf8'),
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
    });
    const r = await run('npx', ['eslint', '--format', 'json', 'policies', '.github'], BARE);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { fatal?: boolean; message: string; line: number }[] }[];
    expect(results.map((f) => [f.filePath.slice(BARE.length + 1), f.messages.map((m) => [m.fatal, m.line, m.message.replace(/ Run .*/, '')])])).toEqual([
      ['.github/workflows/ci.yml', [[true, 1, 'Parsing error: eslint-plugin-trustlint: YAML files need yaml-eslint-parser, an optional peer dependency that is not installed.']]],
      ['policies/role.json', [[true, 1, 'Parsing error: eslint-plugin-trustlint: JSON files need @eslint/json, an optional peer dependency that is not installed.']]],
    ]);
    expect(results[1]?.messages[0]?.message).toContain('Run `npm i -D @eslint/json@"^2.0.0"`');
  }, LONG);
});

describe('the library (the npm packages)', () => {
  it("runs the example of @trustlint/core's README and prints what it says", async () => {
    const readme = readFileSync(join(ROOT, 'packages/core/README.md'), 'utf8');
    const block = (name: string): string => new RegExp(`<!-- ${name}:start -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\`\\n<!-- ${name}:end -->`).exec(readme)?.[1] ?? '';
    const example = block('library-example');
    expect(example).toContain("from '@trustlint/core'");
    const dir = join(ESM, 'library');
    writeFiles(dir, { 'example.mjs': example });
    const r = await run(process.execPath, ['example.mjs'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(block('library-output'));
  }, LONG);

  it('type-checks against the packages\u2019 exported types (strict, NodeNext, no skipLibCheck)', async () => {
    writeFiles(ESM, {
      'types/use.ts': [
        "import { analyzeFiles, CATALOG, type Finding } from '@trustlint/core';",
        "import { main, type CliIo } from 'trustlint';",
        "import plugin, { recommendedRules } from 'eslint-plugin-trustlint';",
        '',
        "const findings: Finding[] = (await analyzeFiles([{ file: 'a.json', text: '{}' }])).findings;",
        "const code: Promise<number> = main(['--version']);",
        'const configs: number = plugin.configs.recommended.length + Object.keys(recommendedRules()).length;',
        'const io: Partial<CliIo> = {};',
        'export { findings, code, configs, io, CATALOG };',
        '',
      ].join('\n'),
    });
    const r = await run('npx', ['tsc', '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--skipLibCheck', 'false', 'types/use.ts'], ESM);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, LONG);
});

/** A copy of what a clone of this repository gives: the bundle and the rule pages, no node_modules. */
function checkoutCopy(): string {
  const dir = join(WORK, 'checkout');
  cpSync(join(ROOT, 'bundle'), join(dir, 'bundle'), { recursive: true });
  cpSync(join(ROOT, 'docs', 'rules'), join(dir, 'docs', 'rules'), { recursive: true });
  cpSync(join(ROOT, '.pre-commit-hooks.yaml'), join(dir, '.pre-commit-hooks.yaml'));
  return dir;
}

describe('the committed bundle, from a copy of the checkout outside the repository', () => {
  let bundle: string;
  let configured: string;
  beforeAll(async () => {
    bundle = join(checkoutCopy(), 'bundle', 'trustlint.mjs');
    configured = await exampleTree(join(WORK, 'bundle-user'), true);
  });

  it.each(FORMATS)('check --format %s with a config file prints what the workspace CLI prints', async (format) => {
    const [viaBundle, reference] = await Promise.all([run(process.execPath, [bundle, 'check', 'infra', '--format', format], configured), workspaceCli(['check', 'infra', '--format', format], configured)]);
    expect(viaBundle.stderr).toBe('');
    expect(viaBundle.code).toBe(1);
    expect(viaBundle.stdout).toBe(reference.stdout);
    expect(hasAudienceFinding(format, viaBundle.stdout)).toBe(false);
  }, LONG);

  it('explain and simulate answer as the workspace CLI does, on a file of each kind', async () => {
    const files = [
      'policies/vulnerable/hidden-star.json',
      'policies/vulnerable/ci-role.json.tpl',
      'cloudformation/vulnerable/github-deploy-role.yaml',
      'terraform-plan/vulnerable/tfplan.json',
      'terraform/vulnerable/main.tf',
      'workflows/.github/workflows/deploy.yml',
    ];
    let answered = 0;
    for (const file of files) {
      for (const args of [['explain', `infra/${file}`], ['simulate', `infra/${file}`, '--sub', 'repo:acme/app:ref:refs/heads/main']]) {
        const [viaBundle, reference] = await Promise.all([run(process.execPath, [bundle, ...args], configured), workspaceCli(args, configured)]);
        expect([viaBundle.code, viaBundle.stdout, viaBundle.stderr], args.join(' ')).toEqual([reference.code, reference.stdout, reference.stderr]);
        expect(viaBundle.stderr).not.toContain('internal error');
        if (viaBundle.code !== 2) answered++;
      }
    }
    expect(answered).toBeGreaterThanOrEqual(6);
  }, LONG);

  it('the online checks load their chunks (aws scan, --access-analyzer)', async () => {
    const fake = await startFakeAws({ ...plantedAccount(), validate: () => [] });
    try {
      const credentials = userEnv({ AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-east-1' });
      const scan = await run(process.execPath, [bundle, 'aws', 'scan', '--endpoint-url', fake.url, '--format', 'json'], configured, credentials);
      expect(scan.stderr).toBe('');
      expect(scan.code).toBe(1);
      const aa = await run(process.execPath, [bundle, 'check', 'infra/policies', '--access-analyzer', '--endpoint-url', fake.url, '--format', 'json'], configured, credentials);
      expect(aa.stderr).toBe('');
      expect(fake.requests.filter((r) => r.action === 'ValidatePolicy').length).toBeGreaterThan(0);
    } finally {
      await fake.close();
    }
  }, LONG);

  it('runs as a command on PATH (the README install), with a config file', async () => {
    const bin = join(WORK, 'path-bin');
    mkdirSync(bin, { recursive: true });
    symlinkSync(bundle, join(bin, 'trustlint'));
    const env = userEnv({ PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, NODE_PATH: '' });
    expect((await run('trustlint', ['--version'], configured, env)).stdout.trim()).toBe(VERSION);
    const r = await run('trustlint', ['check', 'infra/policies', '--format', 'json'], configured, env);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe((await workspaceCli(['check', 'infra/policies', '--format', 'json'], configured)).stdout);
  }, LONG);
});

describe('the composite Action (scripts/verify-action.mjs), with a config file', () => {
  const verify = join(ROOT, 'scripts', 'verify-action.mjs');
  interface ActionRun extends Run {
    result: { exitCode: number; outputs: Record<string, string>; summary: string };
  }
  async function action(workspace: string, args: string[] = [], env?: NodeJS.ProcessEnv): Promise<ActionRun> {
    const r = await run(process.execPath, [verify, '--workspace', workspace, ...args], ROOT, env);
    return { ...r, result: JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as ActionRun['result'] };
  }

  it('writes the SARIF and the same annotations --format github prints, from one run, and fails on error findings', async () => {
    const workspace = await exampleTree(join(WORK, 'action-workspace'), true);
    const r = await action(workspace, ['--input', 'args=--max-warnings 100']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.result.outputs).toMatchObject({ 'report-file': 'trustlint.sarif', 'sarif-file': 'trustlint.sarif', 'exit-code': '1' });
    expect(r.result.summary).toMatch(/^### trustlint\n\n\d+ errors, \d+ warnings, \d+ notes?; report: `trustlint.sarif`\n$/);
    const log = readJson(join(workspace, 'trustlint.sarif')) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results.length).toBeGreaterThan(0);
    const github = await run(process.execPath, [join(ROOT, 'packages/cli/bin/trustlint.js'), 'check', 'infra', '--format', 'github'], workspace, userEnv({ GITHUB_WORKSPACE: workspace }));
    const onlyAnnotations = (out: string): string => out.split('\n').filter((l) => l.startsWith('::')).map((l) => `${l}\n`).join('');
    const annotations = onlyAnnotations(r.stdout);
    expect(annotations).toBe(onlyAnnotations(github.stdout));
    // The summary line comes from the report's counts.
    expect(r.stdout).toMatch(/^trustlint: \d+ files analysed/m);
    expect(annotations).toContain('outside acme');
    expect(annotations).not.toContain('oidc-audience');
    expect(r.stdout).toContain('trustlint check . --format sarif --output trustlint.sarif --max-warnings 100\n');
  }, LONG);

  it('passes with fail-on-findings=false, on a clean workspace, and writes JSON when asked', async () => {
    const workspace = await exampleTree(join(WORK, 'action-lenient'), true);
    expect((await action(workspace, ['--input', 'fail-on-findings=false'])).code).toBe(0);
    const json = await action(workspace, ['--input', 'format=json', '--input', 'fail-on-findings=false']);
    expect(json.result.outputs).toMatchObject({ 'report-file': 'trustlint.json', 'sarif-file': '' });
    expect((readJson(join(workspace, 'trustlint.json')) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
    const clean = join(WORK, 'action-clean');
    writeFiles(clean, { 'role.json': readFileSync(join(ROOT, 'examples/policies/fixed/deploy-main.json'), 'utf8'), 'trustlint.config.json': CONFIG });
    expect((await action(clean)).code).toBe(0);
  }, LONG);

  it('on a pull_request event it hands the base commit to the CLI', async () => {
    const workspace = await exampleTree(join(WORK, 'action-pr'), true);
    const git = (...args: string[]): Promise<Run> => run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], workspace);
    await git('add', '.');
    await git('commit', '-qm', 'base');
    const base = (await git('rev-parse', 'HEAD')).stdout.trim();
    const r = await action(workspace, ['--event', 'pull_request', '--base-sha', base]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`--config-from-base ${base}\\n|this version has no --config-from-base`));
  }, LONG);

  it('fails with a clear annotation on a Node older than 20.19', async () => {
    const fakeBin = join(WORK, 'old-node');
    writeFiles(fakeBin, {
      'as-18.mjs': "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '18.20.4' } });\nObject.defineProperty(process, 'version', { value: 'v18.20.4' });\n",
    });
    writeFileSync(join(fakeBin, 'node'), `#!/bin/sh\nexec "${process.execPath}" --import "${join(fakeBin, 'as-18.mjs')}" "$@"\n`);
    chmodSync(join(fakeBin, 'node'), 0o755);
    const workspace = await exampleTree(join(WORK, 'action-old-node'), true);
    const r = await action(workspace, [], userEnv({ PATH: `${fakeBin}${delimiter}${process.env.PATH ?? ''}` }));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('::error title=trustlint::trustlint needs Node.js 20.19 or later; this runner has v18.20.4. Add actions/setup-node (node-version: 20) before this step\n');
  }, LONG);
});

const hasPreCommit = (await run('pre-commit', ['--version'], ROOT).catch(() => ({ code: -1 }))).code === 0;
if (!hasPreCommit) console.warn('pre-commit is not installed: the pre-commit hook test is skipped (.ci/run installs it)');

describe.skipIf(!hasPreCommit)('pre-commit hooks (.pre-commit-hooks.yaml) through pre-commit try-repo', () => {
  let hookRepo: string;
  let repo: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    // The hook repository as pre-commit clones it: committed files only.
    hookRepo = join(WORK, 'hook-repo');
    cpSync(checkoutCopy(), hookRepo, { recursive: true });
    const commit = ['-c', 'user.name=t', '-c', 'user.email=t@example.com'];
    for (const args of [['init', '-q', '.'], ['add', '.'], [...commit, 'commit', '-qm', 'hooks']]) expect((await run('git', args, hookRepo)).code).toBe(0);
    // PATH has node, git and pre-commit, and no trustlint.
    const bin = join(WORK, 'hook-path');
    mkdirSync(bin, { recursive: true });
    for (const tool of ['git', 'pre-commit']) {
      const found = (await run('sh', ['-c', `command -v ${tool}`], ROOT)).stdout.trim();
      symlinkSync(found, join(bin, tool));
    }
    symlinkSync(process.execPath, join(bin, 'node'));
    env = userEnv({ PATH: `${bin}${delimiter}/usr/bin${delimiter}/bin`, PRE_COMMIT_HOME: join(WORK, 'pre-commit-home'), GIT_CONFIG_NOSYSTEM: '1' });
    expect((await run('sh', ['-c', 'command -v trustlint || echo none'], ROOT, env)).stdout.trim()).toBe('none');

    repo = join(WORK, 'hook-user');
    writeFiles(repo, {
      'bad.json': readFileSync(join(ROOT, 'examples/policies/vulnerable/aud-only.json'), 'utf8'),
      'good.json': readFileSync(join(ROOT, 'examples/policies/fixed/deploy-main.json'), 'utf8'),
      'package.json': '{ "name": "app", "version": "1.0.0" }\n',
      'tsconfig.json': '{\n  // comments are allowed here\n  "compilerOptions": { "strict": true }\n}\n',
      'docker-compose.yml': 'services:\n  web:\n    image: nginx\n',
      'infra/main.tf': readFileSync(join(ROOT, 'examples/terraform/vulnerable/main.tf'), 'utf8'),
      'infra/variables.tf': readFileSync(join(ROOT, 'examples/terraform/vulnerable/variables.tf'), 'utf8'),
      '.github/workflows/deploy.yml': readFileSync(join(ROOT, 'examples/workflows/.github/workflows/preview-vulnerable.yml'), 'utf8'),
    });
    expect((await run('git', ['init', '-q', '.'], repo)).code).toBe(0);
    expect((await run('git', ['add', '.'], repo)).code).toBe(0);
  }, LONG);

  const tryRepo = (hook: string, files: string[]): Promise<Run> => run('pre-commit', ['try-repo', hookRepo, hook, '--verbose', '--files', ...files], repo, env);

  it('fails on a bad trust policy and passes on a good one', async () => {
    const bad = await tryRepo('trustlint-policies', ['bad.json']);
    expect(bad.code, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout).toContain('oidc-any-owner');
    const good = await tryRepo('trustlint-policies', ['good.json']);
    expect(good.code, good.stdout + good.stderr).toBe(0);
  }, LONG);

  it('files of no recognised kind that the hook passes do not fail it', async () => {
    const r = await tryRepo('trustlint', ['good.json', 'package.json', 'tsconfig.json', 'docker-compose.yml']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/trustlint \(trust policies, IaC and workflows\)\.+Passed/);
    expect(r.stdout).not.toContain('input-error');
  }, LONG);

  it('the IaC and workflow hooks check Terraform and workflows', async () => {
    const iac = await tryRepo('trustlint-iac', ['infra/main.tf', 'infra/variables.tf', 'package.json']);
    expect(iac.code, iac.stdout + iac.stderr).toBe(1);
    expect(iac.stdout).toContain('infra/main.tf');
    expect(iac.stdout).toContain('oidc-any-owner');
    const workflows = await tryRepo('trustlint-workflows', ['.github/workflows/deploy.yml']);
    expect(workflows.code, workflows.stdout + workflows.stderr).toBe(1);
    expect(workflows.stdout).toContain('workflow-untrusted-trigger-oidc');
  }, LONG);

  it('reads the repository\u2019s config file', async () => {
    writeFiles(repo, { 'trustlint.config.json': `${JSON.stringify({ rules: { 'oidc-any-owner': 'warning' } })}\n` });
    await run('git', ['add', 'trustlint.config.json'], repo);
    const r = await tryRepo('trustlint-policies', ['bad.json']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/warning +Any GitHub repository/);
  }, LONG);
});
