import type { GitLabJob, GitLabScriptLine, GitLabVariable } from '../model/gitlab-ci.js';

/**
 * What a job's shell sees in a value: GitLab passes every CI/CD variable (the pipeline's `variables:`
 * and the project, group and instance settings) to the job's shell as an environment variable and
 * expands `$NAME`/`${NAME}` in `variables:` values (https://docs.gitlab.com/ci/variables/). Only the
 * shapes rules need are recognised; anything else is `runtime` (not known statically, never reported).
 */
export type ValueOrigin =
  | { kind: 'empty' }
  | { kind: 'literal' }
  /** A variable the pipeline file does not define: a CI/CD variable of the settings, or a dotenv report. */
  | { kind: 'settings'; name: string }
  /** Produced while the job runs (a command substitution, a variable the script assigns). */
  | { kind: 'runtime' };

const NAME_RE = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)(?:\[[^\]]*\])?\})$/;

/** Removes one pair of surrounding shell quotes. */
export function unquote(value: string): string {
  const v = value.trim();
  return /^"[^"]*"$|^'[^']*'$/.test(v) ? v.slice(1, -1) : v;
}

/** Whether a script line of the job assigns `name` (`name=…`, `export name=…`, `read … name`, `for name in`). */
export function assignedInScripts(name: string, scripts: readonly GitLabScriptLine[]): boolean {
  const assign = new RegExp(`(?:^|[\\s;&|(])(?:export\\s+|local\\s+|declare\\s+(?:-\\w+\\s+)*|readonly\\s+)?${name}(?:\\[[^\\]]*\\])?\\+?=`, 'm');
  const read = new RegExp(`(?:^|[\\s;&|(])(?:read|mapfile|readarray)\\b[^\\n;]*\\b${name}\\b|\\bfor\\s+${name}\\s+in\\b`, 'm');
  return scripts.some((l) => assign.test(l.text) || read.test(l.text));
}

/**
 * The origin of a value in a job: literal text, a variable (followed through the job's `variables:`),
 * or something the job computes. `scripts` decides whether the shell assigns the variable itself.
 */
export function originOf(raw: string, job: Pick<GitLabJob, 'variables' | 'scripts'>, inScript: boolean, depth = 0): ValueOrigin {
  const v = inScript ? unquote(raw) : raw.trim();
  if (v === '') return { kind: 'empty' };
  if (v.includes('$(') || v.includes('`')) return { kind: 'runtime' };
  // A literal key is base64-like (ids `[A-Z0-9]`, secrets `[A-Za-z0-9/+]`); `%s` of a printf format or
  // a path is text the job builds the value from, not a key.
  if (!v.includes('$')) return /^[A-Za-z0-9/+=_-]+$/.test(v) ? { kind: 'literal' } : { kind: 'runtime' };
  const m = NAME_RE.exec(v);
  const name = m?.[1] ?? m?.[2];
  if (!name || depth > 8) return { kind: 'runtime' };
  if (inScript && assignedInScripts(name, job.scripts)) return { kind: 'runtime' };
  const defined = job.variables.find((x) => x.name === name);
  if (defined) return originOf(defined.value.text, job, false, depth + 1);
  return { kind: 'settings', name };
}

export function variableNamed(variables: readonly GitLabVariable[], name: string): GitLabVariable | undefined {
  return variables.find((v) => v.name === name);
}
