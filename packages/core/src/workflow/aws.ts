import type { WorkflowEntry, WorkflowEnvBlock, WorkflowValue } from '../model/workflow.js';
import { actionName, envLookup, inputOf, type StepInJob } from './steps.js';

/**
 * aws-actions/configure-aws-credentials as its source decides (spec/domain.md §6): OIDC needs
 * `role-to-assume` and no `aws-access-key-id`, `web-identity-token-file`, `role-chaining` or
 * `force-skip-oidc`. Env aliases apply only when the input is empty; `AWS_ACCESS_KEY_ID` is no alias.
 */

export const CONFIGURE_AWS_CREDENTIALS = 'aws-actions/configure-aws-credentials';

export type CredentialMode =
  /** AssumeRoleWithWebIdentity with a GitHub token (needs `id-token: write`). */
  | 'oidc'
  /** `aws-access-key-id` given: long-lived keys, used for AssumeRole when a role is named. */
  | 'static-keys'
  | 'web-identity-file'
  | 'role-chaining'
  | 'skip-oidc'
  /** No role: the SDK's default credential chain is validated and exported. */
  | 'default-chain'
  /** A boolean input is an expression: the path cannot be decided statically. */
  | 'unknown';

/** A named value of a configure-aws-credentials step: an input, or the env alias standing in for it. */
export interface CacSetting {
  value: WorkflowValue;
  /** The input or env entry (for findings on its line). */
  entry: WorkflowEntry;
  from: 'input' | 'env';
}

export interface CacStep {
  at: StepInJob;
  mode: CredentialMode;
  role?: CacSetting;
  audience?: CacSetting;
  accessKeyId?: WorkflowEntry;
  secretAccessKey?: WorkflowEntry;
}

export function isConfigureAwsCredentials(s: StepInJob): boolean {
  return actionName(s.step) === CONFIGURE_AWS_CREDENTIALS;
}

function setting(s: StepInJob, input: string, alias: string | undefined): CacSetting | undefined {
  const entry = inputOf(s.step, input);
  if (entry && entry.value.text.trim() !== '') return { value: entry.value, entry, from: 'input' };
  const env = alias ? envLookup(s.env, alias) : undefined;
  if (env && env.value.text.trim() !== '') return { value: env.value, entry: env, from: 'env' };
  return undefined;
}

/** true / false / unknown for the action's boolean inputs (true|True|TRUE, false|False|FALSE). */
function flag(s: CacSetting | undefined): boolean | 'unknown' {
  if (!s) return false;
  if (s.value.kind === 'expression') return 'unknown';
  return /^(true|True|TRUE)$/.test(s.value.text.trim());
}

/** Reads a configure-aws-credentials step; undefined for any other step. */
export function readCacStep(s: StepInJob): CacStep | undefined {
  if (!isConfigureAwsCredentials(s)) return undefined;
  const role = setting(s, 'role-to-assume', 'ROLE_TO_ASSUME');
  const audience = setting(s, 'audience', 'AUDIENCE');
  const accessKeyId = setting(s, 'aws-access-key-id', undefined)?.entry;
  const secretAccessKey = setting(s, 'aws-secret-access-key', undefined)?.entry;
  const chaining = flag(setting(s, 'role-chaining', 'ROLE_CHAINING'));
  const skip = flag(setting(s, 'force-skip-oidc', undefined));
  let mode: CredentialMode;
  if (accessKeyId) mode = 'static-keys';
  else if (setting(s, 'web-identity-token-file', 'WEB_IDENTITY_TOKEN_FILE')) mode = 'web-identity-file';
  else if (chaining === true) mode = 'role-chaining';
  else if (skip === true) mode = 'skip-oidc';
  else if (!role) mode = 'default-chain';
  else mode = chaining === 'unknown' || skip === 'unknown' ? 'unknown' : 'oidc';
  return {
    at: s,
    mode,
    ...(role ? { role } : {}),
    ...(audience ? { audience } : {}),
    ...(accessKeyId ? { accessKeyId } : {}),
    ...(secretAccessKey ? { secretAccessKey } : {}),
  };
}

const ACCESS_KEY_ENV = 'AWS_ACCESS_KEY_ID';
const SECRET_KEY_ENV = 'AWS_SECRET_ACCESS_KEY';

/** `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` entries of one env block (any value). */
export function envKeyEntries(block: WorkflowEnvBlock | undefined): WorkflowEntry[] {
  if (!block) return [];
  return block.entries.filter((e) => [ACCESS_KEY_ENV, SECRET_KEY_ENV].includes(e.name.toUpperCase()));
}

/** True when long-lived keys reach the step through its env (workflow, job, step or caller levels). */
export function hasEnvKeys(s: StepInJob): boolean {
  return envLookup(s.env, ACCESS_KEY_ENV) !== undefined;
}

/** A step that assumes a role through GitHub OIDC (and so needs `id-token: write`). */
export function assumesRoleViaOidc(cac: CacStep): boolean {
  // With env keys and no token the action falls back to the keys (trap 37): that is static keys.
  return cac.mode === 'oidc' && !hasEnvKeys(cac.at);
}

/**
 * Where a key value comes from, when it is long-lived: written literally, a secret or a variable.
 * Step or job outputs (temporary credentials), inputs and env references give undefined.
 */
export function longLivedSource(value: WorkflowValue): string | undefined {
  if (value.kind === 'literal') return value.text.trim() === '' ? undefined : 'a literal value written in the file';
  return refsSource(value.refs);
}

/** `the secret X` / `the configuration variable X` for expression refs; undefined for anything else. */
export function refsSource(refs: readonly string[]): string | undefined {
  const secret = refs.find((r) => r.startsWith('secrets.'));
  if (secret) return `the secret ${secret.slice('secrets.'.length)}`;
  const variable = refs.find((r) => r.startsWith('vars.'));
  if (variable) return `the configuration variable ${variable.slice('vars.'.length)} (stored in plain text)`;
  return undefined;
}
