import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  documentRoleName,
  roleUses,
  type Finding,
  trustPoliciesFor,
  type ModelDocument,
  type RoleUse,
  type TrustlintConfig,
  type TrustPolicyDocument,
} from '@trustlint/core';
import { analyzeLocalFiles, type ConfigChoice } from './analysis.js';
import type { CliIo } from './context.js';
import { CliError } from './errors.js';
import type { Command } from 'commander';
import { CONFIG_FROM_BASE_HELP, collect, configChoice, parseSourceOptions, type SourceOptions } from './options.js';
import { findGitRoot, isInside, relativePosix } from './paths.js';

/**
 * One trust policy to explain or simulate: a role, or a bare policy file. Sources that render several
 * variants of one policy (CloudFormation `Fn::If` on an unknown condition, Terraform's two renderings of
 * repeated condition blocks) give one target with several documents.
 */
export interface PolicyTarget {
  /** `FILE` or `FILE:ROLE`: what selects exactly this target on the command line. */
  label: string;
  documents: TrustPolicyDocument[];
  /** For a workflow target: the job steps that assume this role. */
  assumedBy: RoleUse[];
}

export interface SelectedPolicies {
  targets: PolicyTarget[];
  /** Role assumptions of a named workflow that no trust policy in the scan defines. */
  unresolvedUses: RoleUse[];
  /** What the selection had to assume, for stderr. */
  notes: string[];
  /** Every document of the analysis (for the jobs that assume a role). */
  context: ModelDocument[];
  config: TrustlintConfig;
  /** Where the explained files were looked for, for messages. */
  scan: string[];
}

export interface SelectOptions extends ConfigChoice {
  sources: SourceOptions;
  /** `--scan PATH`: more files and folders to analyse with the target (where roles and workflows are). */
  scan: string[];
}

/**
 * Reads `TARGET[:ROLE]` the way `check` reads files (the same discovery, configuration, source options
 * and analysis, so the three commands never disagree) and returns the trust policies it stands for:
 * every policy of a file or folder, the roles a workflow assumes, narrowed to ROLE when given (a
 * Terraform address, a CloudFormation logical id or a role name). Problems are usage errors (exit 2).
 */
export async function selectPolicies(target: string, io: CliIo, options: SelectOptions): Promise<SelectedPolicies> {
  const { path, role } = splitTarget(target, io.cwd);
  const absolute = resolve(io.cwd, path);
  if (!existsSync(absolute)) throw new CliError(`no such file or directory: ${path}`);
  const isFolder = statSync(absolute).isDirectory();
  const gitRoot = findGitRoot(io.cwd);
  // The repository's workflows come along, so `explain` can say which jobs assume a role; a workflow's
  // roles are looked for in the scan (default: what `check` with no path reads).
  const workflows = join(gitRoot ?? io.cwd, '.github', 'workflows');
  const named = relativePosix(io.cwd, absolute);
  const isWorkflow = !isFolder && /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(named);
  const scan = options.scan.length > 0 ? options.scan : isWorkflow ? ['.'] : [];
  const paths = [path, ...scan, ...(existsSync(workflows) ? [relativePosix(io.cwd, workflows)] : [])];
  const { analysis, config, unrecognised } = await analyzeLocalFiles(
    paths,
    { ...configChoice(options), sources: options.sources, errorOnUnmatchedPattern: false },
    io,
  );
  const documents = analysis.documents;
  const inTarget = (file: string | undefined): boolean => file !== undefined && (isFolder ? isInside(absolute, resolve(io.cwd, file)) : file === named);
  failOnBrokenTarget(analysis.findings, inTarget, documents, named);

  let policies: TrustPolicyDocument[];
  let uses: RoleUse[] = [];
  const notes: string[] = [];
  if (isWorkflow) {
    uses = roleUses(documents).filter((u) => u.workflow.file === named);
    if (uses.length === 0) throw new CliError(`${named}: no job of this workflow assumes an AWS role through OIDC (configure-aws-credentials with role-to-assume)`);
    policies = [...new Set(uses.flatMap((u) => trustPoliciesFor(u, documents)))];
  } else {
    // A policy file a Terraform module reads with file() is analysed as that role's policy.
    policies = documents.filter(
      (d): d is TrustPolicyDocument => d.kind === 'trust-policy' && (inTarget(d.file) || inTarget(d.root.file) || inTarget(d.resourceFile)),
    );
    if (policies.length === 0 && !isFolder && /\.tf(\.json)?$/.test(named)) {
      // variables.tf, locals.tf: the file feeds the module's roles; those are what it can change.
      const dir = dirname(absolute);
      policies = documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy' && d.sourceKind === 'terraform' && dirname(resolve(io.cwd, d.file)) === dir);
      if (policies.length > 0) notes.push(`${named} defines no trust policy; these are the trust policies of its Terraform module (${relativePosix(io.cwd, dir)})`);
    }
  }
  if (role !== undefined) {
    policies = matchRole(policies, role);
    if (policies.length === 0) throw new CliError(`${named}: no trust policy named ${role}${isWorkflow ? ' among the roles this workflow assumes' : ''}`);
  }
  const unresolvedUses = uses.filter((u) => trustPoliciesFor(u, documents).length === 0 && (role === undefined || u.roleName === role));
  if (policies.length === 0 && unresolvedUses.length === 0) {
    const kindless = !isFolder && unrecognised.includes(named);
    throw new CliError(`${named}: ${kindless ? 'no recognised kind: ' : ''}no trust policy found${isFolder ? ' in this folder' : ''}`);
  }
  const targets = groupTargets(policies, uses, documents);
  return { targets, unresolvedUses, notes, context: documents, config, scan: scan.length > 0 ? scan : [path] };
}

/** `FILE:ROLE` → file and role; a path that exists as written is a file even with a colon in it. */
function splitTarget(target: string, cwd: string): { path: string; role?: string } {
  if (existsSync(resolve(cwd, target))) return { path: target };
  const colon = target.lastIndexOf(':');
  if (colon <= 0) return { path: target };
  return { path: target.slice(0, colon), role: target.slice(colon + 1) };
}

/** A named file that could not be read or parsed cannot be explained: say why, where. */
function failOnBrokenTarget(
  findings: readonly Finding[],
  inTarget: (file: string) => boolean,
  documents: readonly ModelDocument[],
  named: string,
): void {
  const hasPolicy = documents.some((d) => d.kind === 'trust-policy' && inTarget(d.file));
  const broken = findings.find(
    (f) => f.location !== null && inTarget(f.location.file) && (f.ruleId === 'parse-error' || (f.ruleId === 'input-error' && !hasPolicy)),
  );
  if (!broken?.location) return;
  const { line, column } = broken.location.span.start;
  const where = broken.location.file === named || line > 1 || column > 0 ? `${broken.location.file}:${line}:${column + 1}` : broken.location.file;
  throw new CliError(`${where}: ${broken.message}`);
}

/**
 * The policies ROLE names, most specific match first: the exact resource (`aws_iam_role.ci`,
 * `module.ci.aws_iam_role.deploy`), a CloudFormation logical id, the role name, then an address's
 * last part — so that each label `explain` prints selects exactly its own policy.
 */
function matchRole(policies: readonly TrustPolicyDocument[], role: string): TrustPolicyDocument[] {
  const tiers: ((d: TrustPolicyDocument) => boolean)[] = [
    (d) => d.resource === role,
    (d) => d.resource === `Resources.${role}`,
    (d) => d.roleName === role || documentRoleName(d) === role,
    (d) => d.resource?.endsWith(`.${role}`) === true,
  ];
  for (const matches of tiers) {
    const found = policies.filter(matches);
    if (found.length > 0) return found;
  }
  return [];
}

/** What to write after `FILE:` to select this document: the address, the logical id, or the role name. */
export function roleSelector(doc: TrustPolicyDocument): string | undefined {
  if (doc.resource?.startsWith('Resources.')) return doc.resource.slice('Resources.'.length);
  return doc.resource ?? doc.roleName;
}

function groupTargets(policies: readonly TrustPolicyDocument[], uses: readonly RoleUse[], documents: readonly ModelDocument[]): PolicyTarget[] {
  const byLabel = new Map<string, PolicyTarget>();
  for (const doc of policies) {
    const selector = roleSelector(doc);
    // A role is named by the file that declares it (main.tf), even when its policy is in a template.
    const file = doc.resourceFile ?? doc.file;
    const label = selector !== undefined ? `${file}:${selector}` : file;
    let target = byLabel.get(label);
    if (!target) {
      target = { label, documents: [], assumedBy: uses.filter((u) => trustPoliciesFor(u, documents).includes(doc)) };
      byLabel.set(label, target);
    }
    target.documents.push(doc);
  }
  return [...byLabel.values()];
}

/** The flags `explain` and `simulate` share with `check`, so that a policy is read the same way. */
export interface PolicyFlags {
  config?: string;
  configFromBase?: string;
  var?: string[];
  varFile?: string[];
  parameter?: string[];
  scan?: string[];
}

export function addPolicyOptions(command: Command): Command {
  return command
    .option('--config <file>', 'configuration file (else trustlint.config.json or .trustlintrc.json is looked up)')
    .option('--config-from-base <ref>', CONFIG_FROM_BASE_HELP)
    .option('--var <name=value>', 'Terraform variable value, as for check (repeatable)', collect)
    .option('--var-file <file>', 'Terraform variables file, as for check (repeatable)', collect)
    .option('--parameter <name=value>', 'CloudFormation parameter value, as for check (repeatable)', collect)
    .option('--scan <path>', "also analyse PATH: where the roles a workflow assumes are defined (default for a workflow: .), or more workflows (repeatable)", collect);
}

export function parsePolicyOptions(flags: PolicyFlags, cwd: string): SelectOptions {
  return {
    ...configChoice(flags),
    sources: parseSourceOptions(flags, cwd),
    scan: flags.scan ?? [],
  };
}
