import { posix } from 'node:path';
import type { Finding } from '../../model/finding.js';
import { lineStarts, positionAt, type Span } from '../../model/span.js';
import { guarded, type GroupReadContext, type GroupUnit } from '../adapter.js';
import type { SourceInput, SourceOptions, SourceResult } from '../types.js';
import { EvaluationBudget, LimitError, limitFinding } from '../../budget.js';
import { jsonDepthExceededAt } from '../../limits.js';
import { appendAll } from '../../arrays.js';
import type { Body, SyntaxProblem } from './ast.js';
import { parseJsonVarFile, parseTfJson } from './json-syntax.js';
import { literalSource, localSourceDir, ScanModuleLoader, type ParsedModuleDir } from './module-calls.js';
import { normalizePath, TerraformModule, type VarFile } from './module.js';
import { parseHclFile } from './parser.js';
import { DocumentBuilder } from './resources.js';

export { isTerraformParserLoaded, loadTerraformParser } from './parser.js';

export type TerraformFileRole = 'tf' | 'tf.json' | 'tfvars' | 'tfvars.json' | 'other';

/**
 * What a file of a module directory is to Terraform: configuration, an automatically loaded
 * variables file, or something else (readable through file()/templatefile()).
 */
export function terraformFileRole(file: string): TerraformFileRole {
  const base = posix.basename(file.replace(/\\/g, '/'));
  if (base.endsWith('.tf.json')) return 'tf.json';
  if (base.endsWith('.tf')) return 'tf';
  if (base === 'terraform.tfvars' || base.endsWith('.auto.tfvars')) return 'tfvars';
  if (base === 'terraform.tfvars.json' || base.endsWith('.auto.tfvars.json')) return 'tfvars.json';
  return 'other';
}

/** Terraform's order of automatic variable files: terraform.tfvars, its JSON form, then *.auto.* by name. */
function autoOrder(a: string, b: string): number {
  const rank = (f: string): number => {
    const base = posix.basename(f.replace(/\\/g, '/'));
    return base === 'terraform.tfvars' ? 0 : base === 'terraform.tfvars.json' ? 1 : 2;
  };
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  const ba = posix.basename(a.replace(/\\/g, '/'));
  const bb = posix.basename(b.replace(/\\/g, '/'));
  return ba < bb ? -1 : ba > bb ? 1 : 0;
}

function spanIn(text: string, start: number, end: number): Span {
  const starts = lineStarts(text);
  return { start: positionAt(starts, start), end: positionAt(starts, Math.max(end, start)) };
}

function syntaxFinding(p: SyntaxProblem, text: string): Finding {
  // The problem's first line only; a zero-width problem (a missing token) is one character wide.
  const lineEnd = text.indexOf('\n', p.r.start);
  const end = Math.max(p.r.start + 1, Math.min(p.r.end, lineEnd < 0 ? text.length : lineEnd));
  return {
    ruleId: 'parse-error',
    severity: 'error',
    message: `Terraform syntax error: ${p.message}; this part of the file was not analysed`,
    location: { file: p.r.file, span: spanIn(text, p.r.start, Math.min(end, text.length)) },
  };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Variable assignments of a tfvars file (HCL or JSON by its name); undefined when it nests past the depth cap. */
function readVarFile(input: SourceInput, findings: Finding[], budget: EvaluationBudget): VarFile | undefined {
  const text = stripBom(input.text);
  const body = parseConfigFile(input.file, text, input.file.endsWith('.json') ? 'tfvars.json' : 'tfvars', findings, budget);
  return body ? { file: input.file, attributes: body.attributes } : undefined;
}

type ConfigRole = Exclude<TerraformFileRole, 'other'>;

function parseBySyntax(file: string, text: string, role: ConfigRole, budget: EvaluationBudget): { body: Body; problems: SyntaxProblem[] } {
  switch (role) {
    case 'tf':
    case 'tfvars':
      return parseHclFile(file, text, budget);
    case 'tf.json':
      return parseTfJson(file, text, budget);
    case 'tfvars.json': {
      const { attributes, problems } = parseJsonVarFile(file, text);
      return { body: { attributes, blocks: [] }, problems };
    }
  }
}

/**
 * Parses a `.tf`, `.tf.json` or tfvars file: syntax errors become `parse-error` findings, and a file
 * nested past the depth cap (the converters recurse per level) an `input-error`, not parsed.
 */
function parseConfigFile(file: string, text: string, role: ConfigRole, findings: Finding[], budget: EvaluationBudget): Body | undefined {
  // HCL nests with parentheses too.
  const tooDeep = jsonDepthExceededAt(text, budget.limits.depth, role === 'tf' || role === 'tfvars');
  try {
    if (tooDeep >= 0) throw budget.exceeded('depth', { offset: tooDeep });
    const { body, problems } = budget.withinStack(() => parseBySyntax(file, text, role, budget));
    appendAll(findings, problems.map((p) => syntaxFinding(p, text)));
    return body;
  } catch (err) {
    if (!(err instanceof LimitError)) throw err;
    findings.push(limitFinding({ what: 'the file', file, text }, err));
    return undefined;
  }
}

/** A module directory parsed (once per scan): texts, bodies, its automatically loaded variable files. */
export interface ParsedTerraformModule extends ParsedModuleDir {
  autoVarFiles: VarFile[];
  /** parse-error and input-error findings about its files. */
  findings: Finding[];
  /** The `.tf`/`.tf.json` files in name order (where a crossed cap is reported when no file is known). */
  configFiles: string[];
}

/** Parses the files of one module directory (syntax errors become findings; nothing is evaluated). */
export function parseTerraformModule(dir: string, inputs: readonly SourceInput[], budget: EvaluationBudget): ParsedTerraformModule {
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  const bodies: Body[] = [];
  const autoVarInputs: SourceInput[] = [];
  const configFiles: string[] = [];
  const sorted = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const input of sorted) {
    const text = stripBom(input.text);
    texts.set(input.file, text);
    const role = terraformFileRole(input.file);
    if (role === 'tf' || role === 'tf.json') {
      configFiles.push(input.file);
      const body = parseConfigFile(input.file, text, role, findings, budget);
      if (body) bodies.push(body);
    } else if (role === 'tfvars' || role === 'tfvars.json') {
      autoVarInputs.push(input);
    }
  }
  const autoVarFiles: VarFile[] = [];
  for (const i of autoVarInputs.sort((a, b) => autoOrder(a.file, b.file))) {
    const vf = readVarFile(i, findings, budget);
    if (vf) autoVarFiles.push(vf);
  }
  return { dir, texts, bodies, autoVarFiles, findings, configFiles };
}

/**
 * The directories of `scan` that a module of the scan calls with a local source (`./m`, `../m`):
 * those are analysed through their calls, with the caller's arguments, not alone.
 */
export function calledModuleDirs(scan: readonly ParsedTerraformModule[]): Set<string> {
  const dirs = new Set(scan.map((p) => normalizePath(p.dir) || '.'));
  const called = new Set<string>();
  for (const p of scan) {
    const self = normalizePath(p.dir) || '.';
    for (const body of p.bodies) {
      for (const b of body.blocks) {
        if (b.type !== 'module') continue;
        const source = literalSource(b, (s, e) => p.texts.get(b.r.file)?.slice(s, e) ?? '');
        const target = source === undefined ? undefined : localSourceDir(p.dir, source);
        if (target !== undefined && target !== self && dirs.has(target)) called.add(target);
      }
    }
  }
  return called;
}

/**
 * Evaluates a parsed root module with the modules it calls (`library`: every parsed directory of
 * the scan). `--var-file`s and `--var`s apply to the root module. Returns the documents and
 * findings of the tree and the directories its calls were followed into.
 */
export function evaluateTerraformModule(
  root: ParsedTerraformModule,
  library: readonly ParsedTerraformModule[],
  options: SourceOptions,
  budget: EvaluationBudget,
  manifest: ReadonlyMap<string, string> = new Map(),
): SourceResult & { followed: Set<string> } {
  const findings: Finding[] = [];
  const texts = new Map(root.texts);
  const varFiles: VarFile[] = [...root.autoVarFiles];
  for (const input of options.varFiles ?? []) {
    texts.set(input.file, stripBom(input.text));
    const vf = readVarFile(input, findings, budget);
    if (vf) varFiles.push(vf);
  }
  const allTexts = new Map(texts);
  for (const p of library) for (const [f, t] of p.texts) if (!allTexts.has(f)) allTexts.set(f, t);
  const loader = new ScanModuleLoader(library, allTexts, manifest);
  const dir = root.dir;
  const m = new TerraformModule({ dir, texts, allTexts, bodies: root.bodies, varFiles, cliVars: options.vars ?? {}, budget, loader });
  const builder = new DocumentBuilder(m);
  try {
    // Past the explicit caps, a stack overflow in a walk over deeply nested values is the same depth finding.
    budget.withinStack(() => {
      builder.build();
    });
  } catch (err) {
    if (!(err instanceof LimitError)) throw err;
    // The documents built before the cap was crossed are kept; the rest of the module is not analysed.
    const fallback = root.configFiles[0] ?? dir;
    const file = err.at.file !== undefined && allTexts.has(err.at.file) ? err.at.file : fallback;
    const resource = builder.current;
    const what = `the Terraform module in ${dir || '.'}${resource !== undefined ? ` from ${resource} on` : ''}`;
    findings.push(limitFinding({ what, file, text: allTexts.get(file) ?? '', ...(resource !== undefined ? { resource } : {}) }, err));
  }
  appendAll(findings, builder.findings);
  return { documents: builder.documents, findings, declared: { variables: [...m.variables.keys()] }, followed: loader.followed };
}

/**
 * Evaluates one Terraform module (a directory): `inputs` are its `.tf`, `.tf.json`, auto-loaded
 * tfvars files and the other files `file()`/`templatefile()` may read. Requires
 * `await loadTerraformParser()` first. Syntax errors become `parse-error` findings; the other files
 * (and the other blocks of the same file) are still evaluated. `library` holds the other parsed
 * module directories its local module calls may be followed into.
 */
export function readTerraformModule(dir: string, inputs: readonly SourceInput[], options: SourceOptions = {}, budget = new EvaluationBudget(options.limits, inputs.reduce((n, i) => n + i.text.length, 0)), library: readonly ParsedTerraformModule[] = []): SourceResult {
  const parsed = parseTerraformModule(dir, inputs, budget);
  const result = evaluateTerraformModule(parsed, [parsed, ...library], options, budget);
  return { documents: result.documents, findings: [...parsed.findings, ...result.findings], ...(result.declared ? { declared: result.declared } : {}) };
}

/**
 * Reads every Terraform module directory of a scan together (the Terraform adapter's group read).
 * Each directory is parsed once; one that another module of the scan calls with a local source, or
 * that a root module's `.terraform/modules/modules.json` lists, is analysed through those calls (with
 * the caller's arguments), not alone with its defaults; a called directory no call could be followed
 * into (its caller failed) is still analysed alone. Every directory has its own budget; a followed
 * module's evaluation is charged to its caller's. One directory that throws never stops the others.
 */
export function readTerraformScan(units: readonly GroupUnit[], context: GroupReadContext): SourceResult {
  const findings: Finding[] = [];
  const documents: SourceResult['documents'] = [];
  const variables = new Set<string>();
  const manifests = new Map<string, ReadonlyMap<string, string>>();
  const parsedDirs: ParsedTerraformModule[] = [];
  const budgets = new Map<string, EvaluationBudget>();
  const moduleInputs = new Map<string, SourceInput[]>();
  for (const unit of units) {
    const inputs: SourceInput[] = [];
    for (const input of unit.inputs) {
      if (!isModuleManifest(input.file)) {
        inputs.push(input);
        continue;
      }
      // What `terraform init` installed for this root module: read, not analysed itself.
      const manifest = readModuleManifest(input);
      if ('dirs' in manifest) manifests.set(unit.key, manifest.dirs);
      else findings.push(manifest);
    }
    moduleInputs.set(unit.key, inputs);
    const first = inputs[0] ?? { file: unit.key, text: '' };
    const budget = context.budgetFor(inputs.reduce((n, i) => n + i.text.length, 0));
    budgets.set(unit.key, budget);
    const parsed = guarded(first, () => ({ ...parseTerraformModule(unit.key, inputs, budget), documents: [] }));
    appendAll(findings, parsed.findings);
    if ('bodies' in parsed) parsedDirs.push(parsed);
  }
  const called = calledModuleDirs(parsedDirs);
  const scanDirs = new Set(parsedDirs.map((p) => p.dir));
  for (const dirs of manifests.values()) for (const d of dirs.values()) if (scanDirs.has(d)) called.add(d);
  const followed = new Set<string>();
  const evaluate = (p: ParsedTerraformModule): void => {
    const budget = budgets.get(p.dir) ?? context.budgetFor(0);
    const first = moduleInputs.get(p.dir)?.[0] ?? { file: p.dir, text: '' };
    const result = guarded(first, () => evaluateTerraformModule(p, parsedDirs, context.options, budget, manifests.get(p.dir)));
    context.spent(p.dir, budget);
    for (const v of result.declared?.variables ?? []) variables.add(v);
    if ('followed' in result) for (const d of result.followed) followed.add(d);
    appendAll(findings, result.findings);
    appendAll(documents, result.documents);
  };
  for (const p of parsedDirs) if (!called.has(p.dir)) evaluate(p);
  for (const p of parsedDirs) if (called.has(p.dir) && !followed.has(p.dir)) evaluate(p);
  // What parsing a followed module spent (its evaluation is charged to its caller's budget).
  for (const p of parsedDirs) if (called.has(p.dir) && followed.has(p.dir)) context.spent(p.dir, budgets.get(p.dir) ?? context.budgetFor(0));
  const sharedFiles = parsedDirs.filter((p) => followed.has(p.dir)).flatMap((p) => [...p.texts.keys()]);
  return { documents, findings, declared: { variables: [...variables] }, ...(sharedFiles.length ? { sharedFiles } : {}) };
}

/** The root module a module manifest belongs to (its key: the folder above `.terraform`), if `file` is one. */
export function manifestRoot(file: string): string | undefined {
  const m = MANIFEST.exec(file.replace(/\\/g, '/'));
  return m ? (m[1] ?? '.') : undefined;
}

const MANIFEST = /^(?:(.*)\/)?\.terraform\/modules\/modules\.json$/;

/** Whether a file is the module manifest `terraform init` writes (`<root>/.terraform/modules/modules.json`). */
export function isModuleManifest(file: string): boolean {
  return MANIFEST.test(file.replace(/\\/g, '/'));
}

/** The module manifest of a root module: its directory and, by call key, each installed module's directory. */
export interface ModuleManifest {
  root: string;
  dirs: Map<string, string>;
}

/**
 * Reads `.terraform/modules/modules.json`: `{"Modules": [{"Key": "a.b", "Source": …, "Dir": …}]}`,
 * `Dir` relative to the root module (the layout Terraform's initwd package writes; tflint reads the
 * same file). A manifest that does not read so is a finding, and its modules are not followed.
 */
export function readModuleManifest(input: SourceInput): ModuleManifest | Finding {
  const file = input.file.replace(/\\/g, '/');
  const root = MANIFEST.exec(file)?.[1] ?? '.';
  const fail = (why: string): Finding => ({
    ruleId: 'input-error',
    severity: 'error',
    message: `the module manifest ${input.file} could not be read (${why}): the registry and git modules it lists were not followed; run \`terraform init\` again`,
    location: { file: input.file, span: spanIn(input.text, 0, Math.min(1, input.text.length)) },
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(stripBom(input.text));
  } catch (err) {
    return fail(err instanceof Error ? err.message : 'not JSON');
  }
  const modules = (parsed as { Modules?: unknown } | null)?.Modules;
  if (!Array.isArray(modules)) return fail('no "Modules" list');
  const dirs = new Map<string, string>();
  for (const m of modules) {
    const { Key: key, Dir: dir } = (m ?? {}) as { Key?: unknown; Dir?: unknown };
    if (typeof key !== 'string' || typeof dir !== 'string') return fail('a module without a "Key" or "Dir" string');
    if (key === '') continue;
    dirs.set(key, normalizePath(posix.join(root, dir.replace(/\\/g, '/'))) || '.');
  }
  return { root: normalizePath(root) || '.', dirs };
}
