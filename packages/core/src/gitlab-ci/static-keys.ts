import type { GitLabJob, GitLabPipelineDocument, GitLabVariable } from '../model/gitlab-ci.js';
import type { SourceLocation } from '../model/span.js';
import { subLocation } from '../workflow/positions.js';
import { originOf, type ValueOrigin } from './shell.js';

/**
 * Long-lived AWS keys in a GitLab pipeline: `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` in `variables:`
 * (global or per job), set by a job script (`export AWS_ACCESS_KEY_ID=…`), or written with `aws
 * configure set aws_access_key_id …`, when the value is a literal or a CI/CD variable of the settings —
 * not a value the job computes (temporary credentials from `aws sts assume-role-with-web-identity`).
 * The AWS CLI and SDKs read these environment variables before any web-identity configuration
 * (https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html), so a job holding them
 * uses the keys whatever else it sets up.
 */
export interface StaticKeyUse {
  location: SourceLocation;
  /** The variable or setting written. */
  name: string;
  via: 'variables' | 'script' | 'configure-set';
  /** `the pipeline-level variables`, a job's variables, a template's, or a script section. */
  where: string;
  /** Variables shared by several jobs (global or of a template). */
  shared: boolean;
  origin: Extract<ValueOrigin, { kind: 'literal' | 'settings' }>;
  /** Jobs that get the keys. */
  jobs: string[];
}

const KEY_NAMES = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
const EXPORT_RE = /(?:^|[\s;&|(])(?:export\s+)?(AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY)=("[^"\n]*"|'[^'\n]*'|[^\s;|&)]*)/g;
const CONFIGURE_SET_RE = /aws\s+configure\s+set\s+(?:[\w-]+\.)?(aws_access_key_id|aws_secret_access_key)\s+("[^"\n]*"|'[^'\n]*'|[^\s;|&)]+)/g;

function longLived(origin: ValueOrigin): origin is Extract<ValueOrigin, { kind: 'literal' | 'settings' }> {
  return origin.kind === 'literal' || origin.kind === 'settings';
}

const key = (l: SourceLocation): string => `${l.file}:${String(l.span.start.offset)}`;

export function staticKeyUses(doc: GitLabPipelineDocument): StaticKeyUse[] {
  const out = new Map<string, StaticKeyUse>();
  const add = (use: StaticKeyUse): void => {
    const k = key(use.location);
    const prior = out.get(k);
    if (prior) {
      for (const j of use.jobs) if (!prior.jobs.includes(j)) prior.jobs.push(j);
    } else out.set(k, use);
  };
  for (const job of doc.jobs) {
    for (const v of job.variables) checkVariable(job, v, add);
    for (const line of job.scripts) {
      for (const [re, via] of [
        [EXPORT_RE, 'script'],
        [CONFIGURE_SET_RE, 'configure-set'],
      ] as const) {
        for (const m of line.source.matchAll(re)) {
          const origin = originOf(m[2] ?? '', job, true);
          if (!longLived(origin)) continue;
          const start = m.index + m[0].indexOf(m[1] ?? '');
          add({
            location: subLocation(line.location, line.source, start, m.index + m[0].length),
            name: (m[1] ?? '').toUpperCase(),
            via,
            where: `the ${line.section} of job "${job.name}"`,
            shared: false,
            origin,
            jobs: [job.name],
          });
        }
      }
    }
  }
  // One finding per key entry: the access key id first when both are in one place.
  return [...out.values()].sort((a, b) => a.location.span.start.offset - b.location.span.start.offset);
}

function checkVariable(job: GitLabJob, v: GitLabVariable, add: (u: StaticKeyUse) => void): void {
  if (!KEY_NAMES.has(v.name.toUpperCase())) return;
  const origin = originOf(v.value.text, { ...job, scripts: [] }, false);
  if (!longLived(origin)) return;
  const global = v.global === true;
  const own = v.nameLocation.file === job.location.file && v.nameLocation.span.start.offset >= job.location.span.start.offset && v.nameLocation.span.end.offset <= job.location.span.end.offset;
  add({
    location: { file: v.nameLocation.file, span: { start: v.nameLocation.span.start, end: v.value.location.span.end.offset >= v.nameLocation.span.end.offset ? v.value.location.span.end : v.nameLocation.span.end } },
    name: v.name,
    via: 'variables',
    shared: global || !own,
    where: global ? 'the pipeline-level variables' : own ? `the variables of job "${job.name}"` : `the variables of a template job "${job.name}" extends`,
    origin,
    jobs: [job.name],
  });
}

export function originText(origin: StaticKeyUse['origin']): string {
  return origin.kind === 'literal'
    ? 'a literal value written in the file'
    : `the CI/CD variable ${origin.name} (not defined in the pipeline, so kept in the project, group or instance settings)`;
}
