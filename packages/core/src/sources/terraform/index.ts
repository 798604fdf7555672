import { posix } from 'node:path';
import type { Finding } from '../../model/finding.js';
import { lineStarts, positionAt, type Span } from '../../model/span.js';
import type { SourceInput, SourceOptions, SourceResult } from '../types.js';
import { depthError, jsonDepthExceededAt, limitFinding } from '../../limits.js';
import type { Attribute, Body, SyntaxProblem } from './ast.js';
import { parseJsonVarFile, parseTfJson } from './json-syntax.js';
import { TerraformModule, type VarFile } from './module.js';
import { parseHclFile } from './parser.js';
import { DocumentBuilder } from './resources.js';
import { StepCapError } from './values.js';

export { isTerraformParserLoaded, loadTerraformParser } from './parser.js';

/** Evaluation steps per module before evaluation stops (a runaway `for` or `range`). */
export const DEFAULT_STEP_CAP = 100_000;

export interface TerraformModuleOptions extends SourceOptions {
  /** Overrides DEFAULT_STEP_CAP (tests). */
  stepCap?: number;
}

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

/** Variable assignments of a tfvars file (HCL or JSON by its name). */
function readVarFile(input: SourceInput, findings: Finding[]): VarFile {
  const text = stripBom(input.text);
  if (input.file.endsWith('.json')) {
    const { attributes, problems } = parseJsonVarFile(input.file, text);
    findings.push(...problems.map((p) => syntaxFinding(p, text)));
    return { file: input.file, attributes };
  }
  const { body, problems } = parseHclFile(input.file, text);
  findings.push(...problems.map((p) => syntaxFinding(p, text)));
  const attributes: Attribute[] = body.attributes;
  return { file: input.file, attributes };
}

/**
 * Evaluates one Terraform module (a directory): `inputs` are its `.tf`, `.tf.json`, auto-loaded
 * tfvars files and the other files `file()`/`templatefile()` may read. Requires
 * `await loadTerraformParser()` first. Syntax errors become `parse-error` findings; the other files
 * (and the other blocks of the same file) are still evaluated.
 */
export function readTerraformModule(dir: string, inputs: readonly SourceInput[], options: TerraformModuleOptions = {}): SourceResult {
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  const bodies: Body[] = [];
  const autoVarInputs: SourceInput[] = [];
  const sorted = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const input of sorted) {
    const text = stripBom(input.text);
    texts.set(input.file, text);
    const role = terraformFileRole(input.file);
    if (role === 'tf' || role === 'tf.json') {
      // The converters recurse per nesting level: a file nested past the cap is reported, not parsed.
      // HCL nests with parentheses too.
      const tooDeep = jsonDepthExceededAt(text, undefined, role === 'tf');
      if (tooDeep >= 0) {
        findings.push(limitFinding(input.file, text, depthError(tooDeep)));
        continue;
      }
      const { body, problems } = role === 'tf' ? parseHclFile(input.file, text) : parseTfJson(input.file, text);
      bodies.push(body);
      findings.push(...problems.map((p) => syntaxFinding(p, text)));
    } else if (role === 'tfvars' || role === 'tfvars.json') {
      autoVarInputs.push(input);
    }
  }
  const varFiles: VarFile[] = autoVarInputs.sort((a, b) => autoOrder(a.file, b.file)).map((i) => readVarFile(i, findings));
  for (const vf of options.varFiles ?? []) {
    texts.set(vf.file, stripBom(vf.text));
    varFiles.push(readVarFile(vf, findings));
  }
  const m = new TerraformModule({ dir, texts, bodies, varFiles, cliVars: options.vars ?? {}, stepCap: options.stepCap ?? DEFAULT_STEP_CAP });
  const builder = new DocumentBuilder(m);
  try {
    builder.build();
  } catch (err) {
    if (!(err instanceof StepCapError)) throw err;
    const first = sorted.find((i) => terraformFileRole(i.file) === 'tf' || terraformFileRole(i.file) === 'tf.json');
    const file = first?.file ?? dir;
    const text = texts.get(file) ?? '';
    const lineEnd = text.indexOf('\n');
    findings.push({
      ruleId: 'input-error',
      severity: 'warning',
      message: `evaluation step cap (${options.stepCap ?? DEFAULT_STEP_CAP} steps) reached while evaluating the Terraform module in ${dir || '.'}: the policies after that point were not analysed`,
      location: { file, span: spanIn(text, 0, lineEnd < 0 ? text.length : lineEnd) },
    });
  }
  return { documents: builder.documents, findings: [...findings, ...builder.findings], declared: { variables: [...m.variables.keys()] } };
}
