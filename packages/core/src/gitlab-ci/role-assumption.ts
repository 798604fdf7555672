import type { GitLabIdToken, GitLabJob, GitLabPipelineDocument } from '../model/gitlab-ci.js';
import type { SourceLocation } from '../model/span.js';
import { subLocation } from '../workflow/positions.js';
import { roleNameOf } from '../workflow/role-uses.js';
import { assignedInScripts, unquote } from './shell.js';

/**
 * A GitLab job assuming an AWS role with a web-identity token, in the two forms AWS documents:
 * - the CLI call `aws sts assume-role-with-web-identity --role-arn … --web-identity-token …`
 *   (https://docs.aws.amazon.com/cli/latest/reference/sts/assume-role-with-web-identity.html), as in
 *   GitLab's own AWS guide (https://docs.gitlab.com/ci/cloud_services/aws/);
 * - `AWS_ROLE_ARN` with `AWS_WEB_IDENTITY_TOKEN_FILE`, which every AWS SDK and the CLI turn into
 *   AssumeRoleWithWebIdentity (https://docs.aws.amazon.com/sdkref/latest/guide/feature-assume-role-credentials.html).
 * The token is an `id_tokens` entry of the job (https://docs.gitlab.com/ci/secrets/id_token_authentication/):
 * GitLab issues no other OIDC token since 17.0 removed `CI_JOB_JWT`, `CI_JOB_JWT_V1` and `CI_JOB_JWT_V2`
 * (https://docs.gitlab.com/update/deprecations/#old-versions-of-json-web-tokens-are-deprecated).
 */
export interface RoleAssumption {
  job: GitLabJob;
  via: 'cli' | 'env';
  /** The CLI call, or the `AWS_ROLE_ARN` entry. */
  location: SourceLocation;
  /** The role ARN as written, with its literal value when the job's variables give one. */
  role?: { text: string; location: SourceLocation; value?: string; name?: string; account?: string };
  /** The variable holding the token (`GITLAB_OIDC_TOKEN`), when the job names one. */
  tokenVariable?: string;
  /** The `id_tokens` entry of that variable, when the job has it. */
  idToken?: GitLabIdToken;
}

export const REMOVED_JWT_VARIABLES = new Set(['CI_JOB_JWT', 'CI_JOB_JWT_V1', 'CI_JOB_JWT_V2']);

const CLI_RE = /\baws\s+sts\s+assume-role-with-web-identity\b/g;
const OPTION_RE = (name: string): RegExp => new RegExp(`--${name}(?:=|\\s+)("[^"\\n]*"|'[^'\\n]*'|[^\\s;|&)\\\\]+)`);
const VAR_RE = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\})$/;
/** `echo "$TOKEN" > file`, `printf '%s' "$TOKEN" > file`: the token written where the SDK reads it. */
const TOKEN_TO_FILE_RE = /\b(?:echo|printf)\b[^\n;|>]*?"?\$\{?([A-Za-z_]\w*)\}?"?\s*>/g;

function variableName(raw: string): string | undefined {
  const m = VAR_RE.exec(unquote(raw));
  return m?.[1] ?? m?.[2];
}

/** A value's literal text through at most a few `$NAME` steps of the job's variables. */
function literalThrough(job: GitLabJob, raw: string): string | undefined {
  let text = unquote(raw);
  for (let i = 0; i < 6; i++) {
    const name = variableName(text);
    if (name === undefined) return text.includes('$') ? undefined : text;
    if (assignedInScripts(name, job.scripts)) return undefined;
    const v = job.variables.find((x) => x.name === name);
    if (!v) return undefined;
    text = v.value.text.trim();
  }
  return undefined;
}

/** The variable the token is read from, following `TOKEN: $GITLAB_OIDC_TOKEN` in the job's variables. */
function tokenSource(job: GitLabJob, name: string): string {
  let current = name;
  for (let i = 0; i < 6; i++) {
    if (job.idTokens?.tokens.some((t) => t.name === current)) return current;
    const v = job.variables.find((x) => x.name === current);
    const next = v ? variableName(v.value.text) : undefined;
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

function role(job: GitLabJob, raw: string, location: SourceLocation): NonNullable<RoleAssumption['role']> {
  const value = literalThrough(job, raw);
  const named = value !== undefined ? roleNameOf({ kind: 'literal', text: value, location, source: value }) : {};
  return { text: unquote(raw), location, ...(value !== undefined ? { value } : {}), ...named };
}

function withToken(job: GitLabJob, a: Omit<RoleAssumption, 'tokenVariable' | 'idToken'>, raw: string | undefined): RoleAssumption {
  const name = raw === undefined ? undefined : variableName(raw);
  if (name === undefined) return a;
  const source = tokenSource(job, name);
  const idToken = job.idTokens?.tokens.find((t) => t.name === source);
  return { ...a, tokenVariable: source, ...(idToken ? { idToken } : {}) };
}

export function roleAssumptions(job: GitLabJob): RoleAssumption[] {
  const out: RoleAssumption[] = [];
  for (const line of job.scripts) {
    for (const m of line.source.matchAll(CLI_RE)) {
      // The rest of this command: up to the end of the item (folded and continued lines are one item).
      const rest = line.text.slice(line.text.search(/assume-role-with-web-identity/));
      const arn = OPTION_RE('role-arn').exec(rest);
      const token = OPTION_RE('web-identity-token').exec(rest);
      const location = subLocation(line.location, line.source, m.index, m.index + m[0].length);
      const arnAt = arn ? line.source.indexOf(arn[1] ?? '', m.index) : -1;
      const arnLocation = arnAt >= 0 ? subLocation(line.location, line.source, arnAt, arnAt + (arn?.[1] ?? '').length) : location;
      out.push(withToken(job, { job, via: 'cli', location, ...(arn?.[1] ? { role: role(job, arn[1], arnLocation) } : {}) }, token?.[1]));
    }
  }
  if (out.length > 0) return out;
  // The SDK form: both variables set (in `variables:` or exported by the job's scripts).
  const roleVar = job.variables.find((v) => v.name === 'AWS_ROLE_ARN');
  const exported = (name: string): { value: string; location: SourceLocation } | undefined => {
    for (const line of job.scripts) {
      const m = new RegExp(`(?:^|[\\s;&|])(?:export\\s+)?${name}=("[^"\\n]*"|'[^'\\n]*'|[^\\s;|&)]+)`).exec(line.source);
      if (m) {
        const at = m.index + m[0].indexOf(name);
        return { value: m[1] ?? '', location: subLocation(line.location, line.source, at, m.index + m[0].length) };
      }
    }
    return undefined;
  };
  const roleSet = roleVar ? { value: roleVar.value.text, location: roleVar.nameLocation, valueLocation: roleVar.value.location } : exported('AWS_ROLE_ARN');
  const fileSet = job.variables.some((v) => v.name === 'AWS_WEB_IDENTITY_TOKEN_FILE') || exported('AWS_WEB_IDENTITY_TOKEN_FILE') !== undefined;
  if (!roleSet || !fileSet) return out;
  let token: string | undefined;
  for (const line of job.scripts) {
    for (const m of line.source.matchAll(TOKEN_TO_FILE_RE)) {
      token ??= m[1];
    }
  }
  const valueLocation = 'valueLocation' in roleSet ? roleSet.valueLocation : roleSet.location;
  out.push(withToken(job, { job, via: 'env', location: roleSet.location, role: role(job, roleSet.value, valueLocation) }, token === undefined ? undefined : `$${token}`));
  return out;
}

/** Every role assumption of the pipelines analysed as roots (an included file is part of its pipeline). */
export function pipelineRoleAssumptions(doc: GitLabPipelineDocument): RoleAssumption[] {
  if (doc.includedBy.length > 0) return [];
  return doc.jobs.flatMap(roleAssumptions);
}
