import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, type ModelDocument, type TrustlintConfig, type TrustPolicyDocument } from '@trustlint/core';
import { loadRunConfig, type ConfigChoice } from './analysis.js';
import { configForCore } from './config.js';
import type { CliIo } from './context.js';
import { discover } from './discover.js';
import { CliError } from './errors.js';

export interface SelectedPolicies {
  documents: TrustPolicyDocument[];
  /** Every document analysed with the policy (its file, and the repository's workflows). */
  context: ModelDocument[];
  config: TrustlintConfig;
  /** File text by path (for locations in the output). */
  text: string;
}

/**
 * Reads `FILE[:ROLE]` and returns the trust policies it holds, narrowed to ROLE (a Terraform address,
 * a CloudFormation logical id or a role name) when given. Problems are usage errors (exit 2).
 */
export async function selectPolicies(target: string, io: CliIo, configChoice: ConfigChoice = {}): Promise<SelectedPolicies> {
  let file = target;
  let role: string | undefined;
  if (!existsSync(resolve(io.cwd, target))) {
    const colon = target.lastIndexOf(':');
    if (colon > 0) {
      file = target.slice(0, colon);
      role = target.slice(colon + 1);
    }
  }
  const { gitRoot, loaded } = await loadRunConfig(configChoice, io);
  const config = configForCore(loaded, io.cwd, gitRoot);
  const discovery = await discover([file], { cwd: io.cwd, ...(io.readFile ? { readFile: io.readFile } : {}) });
  const [input] = discovery.files;
  if (!input) {
    const reason = discovery.findings[0]?.message ?? (discovery.unrecognised.length > 0 ? 'no recognised kind: no trust policy found' : 'cannot be read');
    throw new CliError(`${file}: ${reason}`);
  }
  // The repository's workflows come along, so `explain` can say which jobs assume the role.
  const workflowsDir = join(gitRoot ?? io.cwd, '.github', 'workflows');
  const workflows = existsSync(workflowsDir)
    ? (await discover([workflowsDir], { cwd: io.cwd, ...(io.readFile ? { readFile: io.readFile } : {}) })).files.filter((f) => f.path !== input.path)
    : [];
  const result = analyze(
    [{ file: input.path, text: input.text, explicit: true }, ...workflows.map((w) => ({ file: w.path, text: w.text }))],
    { config },
  );
  const broken = result.findings.find(
    (f) => f.location?.file === input.path && (f.ruleId === 'parse-error' || (f.ruleId === 'input-error' && result.documents.length === 0)),
  );
  if (broken) {
    const at = broken.location ? `:${broken.location.span.start.line}:${broken.location.span.start.column + 1}` : '';
    throw new CliError(`${input.path}${at}: ${broken.message}`);
  }
  let documents = result.documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy' && d.file === input.path);
  if (role !== undefined) {
    const wanted = role;
    documents = documents.filter((d) => d.resource === wanted || d.roleName === wanted || d.resource?.endsWith(`.${wanted}`) === true);
    if (documents.length === 0) throw new CliError(`${input.path}: no trust policy named ${wanted}`);
  }
  if (documents.length === 0) throw new CliError(`${input.path}: no trust policy found`);
  return { documents, context: result.documents, config, text: input.text };
}

export function policyLabel(doc: TrustPolicyDocument): string {
  return doc.resource ?? doc.roleName ?? doc.file;
}
