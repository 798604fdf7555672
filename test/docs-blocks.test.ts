import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import { analyze } from '../packages/core/src/analyze.js';
import { DEFAULT_LIMITS } from '../packages/core/src/budget.js';
import { CATALOG } from '../packages/core/src/catalog/rules.js';
import { configSchema } from '../packages/core/src/config.js';
import { lineComments, suppressionDirectives } from '../packages/core/src/suppress.js';
import { loadConfig } from '../packages/cli/src/config.js';
import { createProgram } from '../packages/cli/src/main.js';
import { runCli } from '../packages/cli/test/helpers.js';
import { documentationFiles, readBlocks, type FencedBlock } from './markdown-blocks.js';

/**
 * Every fenced block of the documentation (README.md, docs/, the packages', examples' and corpus'
 * READMEs) is either checked against what it claims or marked `<!-- not-run: why -->` on the line
 * above its fence. What "checked" means depends on the block:
 *
 * - a workflow that uses the Action: YAML that parses, `uses:` this repository with a commit SHA, its
 *   `with:` inputs and the `steps.<id>.outputs.*` it reads declared in action.yml, every other
 *   action pinned by a full commit SHA;
 * - a `.pre-commit-config.yaml`: this repository's URL, hook ids (also those named in its comments)
 *   declared in .pre-commit-hooks.yaml;
 * - workflow steps: YAML steps whose actions are pinned and whose `run:` commands pass the shell check;
 * - an ESLint flat config: ESLint run with it on examples/eslint reports what that folder's own
 *   config reports;
 * - shell and console commands: each `trustlint` command (also through `npx`, `node …/trustlint.js`
 *   or the bundle) names a command and flags the CLI has; `pnpm` runs a script of package.json or a
 *   pnpm command; `npm i` installs packages this repository publishes or depends on (tarballs of the
 *   version it packs), pnpm at the `packageManager` version. A block whose commands are all someone
 *   else's (git, aws, ln) must be marked;
 * - a command with its output (`$ node packages/cli/bin/trustlint.js …` then what it prints): run, and
 *   its stdout compared to the block;
 * - the CLI usage summary: each command line names a command and flags the CLI has;
 * - JSON: it parses, and then is a configuration (passes the schema as the CLI loads it), a policy
 *   (its statements well formed, no parse/input/invalid-policy finding), a policy condition (the
 *   same, inside a GitHub trust statement) or a finding (a rule of the catalog; a limit with its cap);
 * - an inline suppression (`trustlint-ignore` in HCL or YAML): read by the suppression parser, with a
 *   reason and rule ids of the catalog (the page's own among them), followed by the line it applies to.
 *
 * Run elsewhere, and only claimed here: the tagged examples of the rule pages and the configuration
 * snippets (test/docs-examples.test.ts), the generated demo blocks between `<!-- NAME:start -->`
 * markers (the test that names NAME), and the ESLint output of docs/eslint.md
 * (packages/eslint-plugin/test/example.test.ts).
 */
const ROOT = join(import.meta.dirname, '..');
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
const RULE_IDS = new Set(CATALOG.map((r) => r.id));

/** A block's own check, or where it is checked instead. */
type Verdict = { checked: string } | { elsewhere: string } | { notRun: string };

// --- what the repository declares --------------------------------------------------------------

const ACTION = parseDocument(read('action.yml')).toJS() as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const HOOK_IDS = new Set((parseDocument(read('.pre-commit-hooks.yaml')).toJS() as { id: string }[]).map((h) => h.id));
const ROOT_PACKAGE = JSON.parse(read('package.json')) as { packageManager: string; scripts: Record<string, string> };
const WORKSPACE = ['core', 'cli', 'eslint-plugin'].map(
  (p) =>
    JSON.parse(read(`packages/${p}/package.json`)) as {
      name: string;
      version: string;
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    },
);
/** `owner/name` of this repository on GitHub, from the published CLI's package.json. */
const REPOSITORY = (() => {
  const cli = JSON.parse(read('packages/cli/package.json')) as { repository?: { url?: string } };
  const m = /github\.com[/:]([^/]+\/[^/.]+)/.exec(cli.repository?.url ?? '');
  if (!m?.[1]) throw new Error(`packages/cli/package.json names no GitHub repository`);
  return m[1];
})();
/** What `npm i` in the docs may install: the packages published from here and what they depend on. */
const INSTALLABLE = new Set(
  WORKSPACE.flatMap((p) => [p.name, ...Object.keys({ ...p.dependencies, ...p.peerDependencies, ...p.devDependencies })]),
);
const CONFIG_KEYS = new Set(Object.keys((configSchema() as { properties: Record<string, unknown> }).properties));
const FULL_SHA = /^[0-9a-f]{40}$/;

// --- the CLI's commands and flags ---------------------------------------------------------------

/** commander's Command, as the CLI package resolves it (the root has no commander of its own). */
type Command = ReturnType<typeof createProgram>;

const PROGRAM = createProgram({
  io: { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, isTTY: false },
  version: '0.0.0',
  setExitCode: () => undefined,
} as unknown as Parameters<typeof createProgram>[0]);

function flagsOf(cmd: Command): Set<string> {
  const out = new Set(['--help', '-h']);
  for (const o of cmd.options) {
    if (o.long) out.add(o.long);
    if (o.short) out.add(o.short);
  }
  return out;
}

/** Checks `trustlint WORDS…`: the command path exists and every flag is one of that command's (or the program's). */
function checkTrustlintArgs(words: readonly string[]): string {
  let cmd = PROGRAM;
  let i = 0;
  const path: string[] = [];
  while (i < words.length) {
    const w = words[i] ?? '';
    const sub = cmd.commands.find((c) => c.name() === w || c.aliases().includes(w));
    if (!sub) break;
    cmd = sub;
    path.push(w);
    i++;
  }
  const flags = new Set([...flagsOf(cmd), ...flagsOf(PROGRAM)]);
  if (cmd === PROGRAM && !(words[0] ?? '').startsWith('-')) throw new Error(`trustlint has no command "${words[0] ?? ''}"`);
  if (cmd.commands.length > 0 && cmd !== PROGRAM) throw new Error(`trustlint ${path.join(' ')} needs a subcommand`);
  for (const w of words.slice(i)) {
    if (!w.startsWith('-') || w === '-') continue;
    const name = w.split('=')[0] ?? w;
    if (!flags.has(name)) throw new Error(`trustlint ${path.join(' ')} has no flag ${name}`);
  }
  return `trustlint ${path.join(' ')}`;
}

// --- shell commands -----------------------------------------------------------------------------

/** Shell words of one simple command (quotes removed; nothing expanded). */
function words(command: string): string[] {
  const out: string[] = [];
  // A command substitution is someone else's command inside one word: `$(gh auth token)`.
  for (const m of command.replace(/\$\([^)]*\)/g, 'SUBSTITUTED').matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** The simple commands of a block: prompts and comments stripped, continuations joined, split at `&&`, `;`, `|`. */
function commandsOf(text: string): string[] {
  const lines = text.replace(/\\\n/g, ' ').split('\n');
  // In a transcript the lines after a `$ ` prompt are output, not commands.
  const prompted = lines.some((l) => l.startsWith('$ '));
  return lines
    .filter((l) => !prompted || l.startsWith('$ '))
    .map((l) => l.replace(/^\$ /, '').replace(/(^|\s)#.*$/, ''))
    .flatMap((l) => l.split(/&&|;|\|/))
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

const EXTERNAL = new Set(['git', 'cd', 'mkdir', 'ln', 'export', 'aws', 'gh', 'cp', 'ls']);

/** What the command is, once checked; undefined for someone else's command. */
function checkCommand(command: string): string | undefined {
  const w = words(command);
  while (/^[A-Z_][A-Z0-9_]*=/.test(w[0] ?? '')) w.shift();
  const [head = '', ...rest] = w;
  if (head === 'trustlint') return checkTrustlintArgs(rest);
  if (head === 'npx' && rest[0] === 'trustlint') return checkTrustlintArgs(rest.slice(1));
  if (head === 'node') {
    // The CLI in this checkout, or in a clone of it elsewhere (`/tmp/trustlint/bundle/…`): the file exists here.
    const script = rest[0] ?? '';
    const inRepo = /(?:^|\/)((?:bundle|packages|scripts)\/.+)$/.exec(script)?.[1];
    if (inRepo === undefined) throw new Error(`node ${script}: not a script of this repository`);
    if (!existsSync(join(ROOT, inRepo))) throw new Error(`${inRepo} does not exist`);
    if (/(^|\/)trustlint\.m?js$/.test(inRepo)) return checkTrustlintArgs(rest.slice(1));
    return `node ${inRepo}`;
  }
  if (head === 'pnpm') {
    const sub = rest[0] ?? '';
    if (['install', 'exec', 'dlx', 'add'].includes(sub)) return `pnpm ${sub}`;
    const script = sub === 'run' ? (rest[1] ?? '') : sub;
    if (!(script in ROOT_PACKAGE.scripts)) throw new Error(`package.json has no script "${script}"`);
    return `pnpm ${script}`;
  }
  if (head === 'npm' && (rest[0] === 'i' || rest[0] === 'install')) {
    for (const arg of rest.slice(1).filter((a) => !a.startsWith('-'))) {
      if (arg.endsWith('.tgz')) {
        const packed = WORKSPACE.map((p) => `${p.name.replace(/^@/, '').replace('/', '-')}-${p.version}.tgz`);
        if (!packed.includes(arg.split('/').pop() ?? '')) throw new Error(`${arg} is not a tarball this repository packs (${packed.join(', ')})`);
      } else if (arg.startsWith('pnpm@')) {
        if (arg !== ROOT_PACKAGE.packageManager) throw new Error(`${arg} is not the packageManager ${ROOT_PACKAGE.packageManager}`);
      } else if (!INSTALLABLE.has(arg)) throw new Error(`npm i ${arg}: neither published from here nor a dependency of a package`);
    }
    return 'npm install';
  }
  if (EXTERNAL.has(head)) return undefined;
  throw new Error(`no check for the command "${head}"`);
}

function checkShell(text: string): Verdict | undefined {
  const checked = commandsOf(text).map(checkCommand).filter((c) => c !== undefined);
  return checked.length > 0 ? { checked: [...new Set(checked)].join(', ') } : undefined;
}

// --- YAML ---------------------------------------------------------------------------------------

function yamlOf(b: FencedBlock): Document {
  const doc = parseDocument(b.text);
  if (doc.errors.length > 0) throw new Error(`does not parse: ${doc.errors[0]?.message ?? ''}`);
  return doc;
}

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

function checkSteps(steps: readonly Step[]): string[] {
  const seen: string[] = [];
  for (const step of steps) {
    if (step.uses !== undefined) {
      const [action = '', ref = ''] = step.uses.split('@');
      if (action === REPOSITORY) {
        if (ref !== '<full commit SHA>' && !FULL_SHA.test(ref)) throw new Error(`${step.uses}: pin the Action by a full commit SHA`);
        for (const input of Object.keys(step.with ?? {})) if (!(input in ACTION.inputs)) throw new Error(`action.yml has no input "${input}"`);
        seen.push('the Action and its inputs');
      } else if (!FULL_SHA.test(ref)) throw new Error(`${step.uses}: not pinned by a full commit SHA`);
    }
    if (step.run !== undefined) {
      const shell = checkShell(step.run);
      if (shell && 'checked' in shell) seen.push(shell.checked);
    }
  }
  return seen;
}

function checkYaml(b: FencedBlock): Verdict | undefined {
  if (b.text.includes('trustlint-ignore')) return checkInlineIgnore(b, 'snippet.yaml');
  const doc = yamlOf(b);
  const value = doc.toJS() as unknown;
  if (Array.isArray(value)) return { checked: `workflow steps: ${checkSteps(value as Step[]).join(', ') || 'pinned actions'}` };
  const map = value as { jobs?: Record<string, { steps?: Step[] }>; repos?: { repo: string; hooks: { id: string }[] }[] };
  if (map.jobs) {
    const seen: string[] = [];
    const steps = Object.values(map.jobs).flatMap((j) => j.steps ?? []);
    seen.push(...checkSteps(steps));
    const ours = steps.filter((s) => s.uses?.split('@')[0] === REPOSITORY).map((s) => s.id);
    for (const m of b.text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (ours.includes(m[1]) && !((m[2] ?? '') in ACTION.outputs)) throw new Error(`action.yml has no output "${m[2] ?? ''}"`);
    }
    if (!seen.includes('the Action and its inputs')) return undefined;
    return { checked: 'a workflow using the Action: its inputs and outputs' };
  }
  if (map.repos) {
    for (const repo of map.repos) {
      if (repo.repo !== `https://github.com/${REPOSITORY}`) throw new Error(`pre-commit repo ${repo.repo} is not https://github.com/${REPOSITORY}`);
      for (const hook of repo.hooks) if (!HOOK_IDS.has(hook.id)) throw new Error(`.pre-commit-hooks.yaml has no hook "${hook.id}"`);
    }
    // The hooks a comment offers as alternatives exist too.
    let named = 0;
    for (const id of b.text.match(/#.*$/gm)?.join(' ').match(/\btrustlint(?:-[a-z]+)+\b/g) ?? []) {
      named++;
      if (!HOOK_IDS.has(id)) throw new Error(`.pre-commit-hooks.yaml has no hook "${id}" (named in a comment)`);
    }
    return { checked: `a pre-commit config: ${String(map.repos.flatMap((r) => r.hooks).length)} hooks, ${String(named)} named in comments` };
  }
  return undefined;
}

// --- inline suppressions ------------------------------------------------------------------------

function checkInlineIgnore(b: FencedBlock, name: string): Verdict {
  if (name.endsWith('.yaml')) yamlOf(b);
  const directives = suppressionDirectives(name, b.text, lineComments(name, b.text));
  if (directives.length === 0) throw new Error('no trustlint-ignore directive read');
  const lines = b.text.trimEnd().split('\n').length;
  const page = /^docs\/rules\/(.+)\.md$/.exec(b.file)?.[1];
  for (const d of directives) {
    if (d.reason === undefined) throw new Error('the directive has no reason');
    for (const r of d.rules) if (!RULE_IDS.has(r.id)) throw new Error(`"${r.id}" is not a rule id`);
    if (page !== undefined && !d.rules.some((r) => r.id === page)) throw new Error(`the directive does not name ${page}`);
    if (d.appliesTo > lines) throw new Error('nothing follows the directive');
  }
  return { checked: 'an inline suppression' };
}

// --- JSON ---------------------------------------------------------------------------------------

/** What test/docs-examples.test.ts runs as configuration snippets, in the files it reads. */
const DELEGATED_CONFIG = /^\{\s*"(?:rules|ignoreFindings|ignore)"/;
const delegatedConfigFile = (file: string): boolean =>
  file === 'README.md' || /^docs\/[^/]+\.md$/.test(file) || RULE_IDS.has(/^docs\/rules\/(.+)\.md$/.exec(file)?.[1] ?? '');
const BAD_INPUT = new Set(['parse-error', 'input-error', 'trust-invalid-policy']);
const CONDITION_OPERATOR = /^(?:ForAnyValue:|ForAllValues:)?(?:String|Numeric|Date|Bool|Binary|IpAddress|NotIpAddress|Arn|Null)/;

const scratch = join(ROOT, 'node_modules', '.cache', 'trustlint-docs-blocks');
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function noBadInputFindings(text: string): void {
  const findings = analyze([{ file: 'policy.json', text, explicit: true }]).findings.filter((f) => BAD_INPUT.has(f.ruleId));
  if (findings.length > 0) throw new Error(findings.map((f) => `${f.ruleId}: ${f.message}`).join('; '));
}

async function checkJson(b: FencedBlock): Promise<Verdict | undefined> {
  const value = JSON.parse(b.text) as unknown;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((k) => CONFIG_KEYS.has(k))) {
    if (DELEGATED_CONFIG.test(b.text) && delegatedConfigFile(b.file)) return { elsewhere: 'test/docs-examples.test.ts (configuration snippets)' };
    mkdirSync(scratch, { recursive: true });
    const file = join(scratch, `${b.file.replace(/\//g, '-')}-${String(b.line)}.json`);
    writeFileSync(file, b.text);
    const loaded = await loadConfig({ cwd: scratch, gitRoot: scratch, configFile: file });
    expect(loaded.config).toEqual(value);
    return { checked: 'a configuration' };
  }
  const record = value as Record<string, unknown>;
  if ('Statement' in record) {
    const statements = Array.isArray(record.Statement) ? (record.Statement as Record<string, unknown>[]) : [record.Statement as Record<string, unknown>];
    for (const s of statements) {
      if (s.Effect !== 'Allow' && s.Effect !== 'Deny') throw new Error(`a statement's Effect is ${String(s.Effect)}`);
      for (const a of [s.Action ?? s.NotAction].flat()) if (typeof a !== 'string' || !/^(\*|[a-z0-9-]+:[A-Za-z0-9*]+)$/.test(a)) throw new Error(`"${String(a)}" is not an action`);
    }
    noBadInputFindings(b.text);
    return { checked: 'a policy' };
  }
  if (keys.length > 0 && keys.every((k) => CONDITION_OPERATOR.test(k))) {
    noBadInputFindings(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: value,
          },
        ],
      }),
    );
    return { checked: 'a policy condition' };
  }
  if (typeof record.ruleId === 'string') {
    if (!RULE_IDS.has(record.ruleId)) throw new Error(`"${record.ruleId}" is not a rule id`);
    const props = record.properties as { limit?: string; cap?: number } | undefined;
    if (props?.limit !== undefined) {
      const caps = DEFAULT_LIMITS as unknown as Record<string, number>;
      if (caps[props.limit] !== props.cap) throw new Error(`the ${props.limit} cap is ${String(caps[props.limit])}, not ${String(props.cap)}`);
    }
    return { checked: 'a finding' };
  }
  return undefined;
}

// --- ESLint ---------------------------------------------------------------------------------------

const ESLINT_EXAMPLE = join(ROOT, 'examples', 'eslint');

async function lintExample(overrideConfigFile?: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ESLINT_EXAMPLE, ...(overrideConfigFile ? { overrideConfigFile } : {}) });
  const results = await eslint.lintFiles(['.']);
  return results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(ESLINT_EXAMPLE.length + 1)}:${String(m.line)}:${String(m.column)} ${m.ruleId ?? m.message}`)).sort();
}

async function checkJs(b: FencedBlock): Promise<Verdict | undefined> {
  if (!b.text.includes('eslint-plugin-trustlint')) return undefined;
  // In the repository's node_modules, so that the import resolves to the workspace's plugin.
  mkdirSync(scratch, { recursive: true });
  const file = join(scratch, `eslint-${b.file.replace(/\//g, '-')}-${String(b.line)}.mjs`);
  writeFileSync(file, b.text);
  const withSnippet = await lintExample(file);
  expect(withSnippet.length).toBeGreaterThan(0);
  expect(withSnippet).toEqual(await lintExample());
  return { checked: 'an ESLint flat config, run on examples/eslint' };
}

// --- text ---------------------------------------------------------------------------------------

/** `$ node packages/cli/bin/trustlint.js ARGS` then its output: run from the root, stdout compared. */
async function checkTranscript(b: FencedBlock): Promise<Verdict | undefined> {
  const m = /^\$ node packages\/cli\/bin\/trustlint\.js (.+)\n([\s\S]*)$/.exec(b.text);
  if (!m?.[1] || m[2] === undefined) return undefined;
  const result = await runCli(words(m[1]), { cwd: ROOT, env: {} });
  expect(result.stdout).toBe(m[2]);
  return { checked: 'a command, run, and its output' };
}

/** `trustlint COMMAND [--flag …]  description` lines (continued by indented lines): commands and flags exist. */
function checkUsage(b: FencedBlock): Verdict | undefined {
  const lines = b.text.split('\n');
  if (!lines[0]?.startsWith('trustlint ')) return undefined;
  let n = 0;
  let command: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const [synopsis = ''] = line.split(/\s{2,}(?=[a-z(…])/);
    if (line.startsWith('trustlint ')) {
      command = synopsis.split(/\s+/).slice(1).filter((w) => /^[a-z][a-z-]*$/.test(w));
      n++;
    }
    const flags = synopsis.match(/--[a-z][a-z-]*/g) ?? [];
    checkTrustlintArgs([...command, ...flags]);
  }
  return { checked: `the usage of ${String(n)} commands` };
}

// --- dispatch -----------------------------------------------------------------------------------

/** The tests that check a generated block, by the NAME of its `<!-- NAME:start -->` marker. */
const GENERATED: Record<string, string> = {
  demo: 'packages/cli/test/examples.test.ts',
  'fix-demo': 'packages/cli/test/fix-examples.test.ts',
  'diff-stylish': 'packages/cli/test/readme-diff.test.ts',
  'diff-markdown': 'packages/cli/test/readme-diff.test.ts',
  'library-example': 'packages/core/test/readme.test.ts',
  'library-output': 'packages/core/test/readme.test.ts',
};

async function verdict(b: FencedBlock): Promise<Verdict | undefined> {
  const notRun = /^<!-- not-run: (.+) -->$/.exec(b.before);
  if (notRun?.[1]) return { notRun: notRun[1] };
  if (/^<!-- example: (bad|good)(?: file=\S+)? -->$/.test(b.before)) return { elsewhere: 'test/docs-examples.test.ts (rule examples)' };
  const generated = /^<!-- ([\w-]+):start -->$/.exec(b.before)?.[1];
  if (generated !== undefined) {
    const test = GENERATED[generated];
    if (!test) throw new Error(`no test is known to check the generated block "${generated}"`);
    if (!read(test).includes(generated)) throw new Error(`${test} does not name "${generated}"`);
    return { elsewhere: test };
  }
  if (b.file === 'docs/eslint.md' && b.before === '`npx eslint .` prints:') return { elsewhere: 'packages/eslint-plugin/test/example.test.ts' };
  switch (b.lang) {
    case 'yaml':
    case 'yml':
      return checkYaml(b);
    case 'hcl':
      return b.text.includes('trustlint-ignore') ? checkInlineIgnore(b, 'snippet.tf') : undefined;
    case 'json':
      return checkJson(b);
    case 'js':
    case 'javascript':
      return checkJs(b);
    case 'sh':
    case 'console':
      return checkShell(b.text);
    case 'text':
      return (await checkTranscript(b)) ?? checkUsage(b) ?? checkShell(b.text);
    default:
      return undefined;
  }
}

const blocks = documentationFiles(ROOT).flatMap((file) => readBlocks(ROOT, file));
const verdicts = new Map<FencedBlock, Verdict>();

describe('documentation blocks', () => {
  for (const b of blocks) {
    it(`${b.file}:${String(b.line)} (${b.lang || 'no language'})`, async () => {
      let v: Verdict | undefined;
      try {
        v = await verdict(b);
      } catch (err) {
        throw new Error(`${b.file}:${String(b.line)}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      }
      expect(v, `${b.file}:${String(b.line)}: no check recognises this block; make it checkable or mark it <!-- not-run: why -->`).toBeDefined();
      if (v) verdicts.set(b, v);
    });
  }

  it('covers the kinds of block the issue names, and counts those not run', async () => {
    // The cases above ran first, in order; a filtered run (`-t`) leaves some to do here.
    for (const b of blocks) if (!verdicts.has(b)) verdicts.set(b, (await verdict(b)) ?? { notRun: 'no check recognises it' });
    const count = (pred: (v: Verdict) => boolean): number => [...verdicts.values()].filter(pred).length;
    const summary = {
      blocks: blocks.length,
      checked: count((v) => 'checked' in v),
      elsewhere: count((v) => 'elsewhere' in v),
      notRun: count((v) => 'notRun' in v),
    };
    expect(summary.checked + summary.elsewhere + summary.notRun).toBe(summary.blocks);
    const kinds = new Set([...verdicts.values()].flatMap((v) => ('checked' in v ? [v.checked.replace(/:.*$/, '')] : [])));
    for (const kind of ['a workflow using the Action', 'a pre-commit config', 'an ESLint flat config, run on examples/eslint', 'a configuration', 'a policy', 'an inline suppression', 'a command, run, and its output']) {
      expect(kinds).toContain(kind);
    }
    // Counted, not pinned: a new rule page adds blocks. What is not run is listed, with its reason.
    expect(summary.checked).toBeGreaterThan(0);
    expect(
      [...verdicts].flatMap(([b, v]) => ('notRun' in v ? [`${b.file}: ${v.notRun}`] : [])).sort(),
    ).toEqual([
      'docs/aws-scan.md: an organization of 1,000 accounts; packages/cli/test/aws-org-scan.test.ts checks these lines against a stand-in',
      "docs/rules/aws-user-access-key.md: the AWS CLI's own command and output, not trustlint's",
      "docs/rules/aws-user-access-key.md: the AWS CLI's own command and output, not trustlint's",
    ]);
  });
});

describe('the README documents the Action as action.yml declares it', () => {
  it('lists exactly its inputs, with their defaults', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('### In CI: the GitHub Action'), readme.indexOf('### As a pre-commit hook'));
    const rows = [...section.matchAll(/^\| `([\w-]+)` \|([^|]*)\|/gm)].map((m) => ({ name: m[1] ?? '', shown: (m[2] ?? '').trim() }));
    expect(rows.map((r) => r.name).sort()).toEqual(Object.keys(ACTION.inputs).sort());
    const inputs = ACTION.inputs as Record<string, { default?: string }>;
    // A default action.yml sets is the one shown; an empty one may be described ("looked up").
    for (const r of rows) if ((inputs[r.name]?.default ?? '') !== '') expect(r.shown, r.name).toBe(`\`${inputs[r.name]?.default ?? ''}\``);
  });
});
