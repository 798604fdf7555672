import type { WorkflowDocument, WorkflowEntry, WorkflowEnvBlock, WorkflowStep } from '../model/workflow.js';
import { defineRule, type DocumentRuleContext } from './define.js';
import { splitExpressions } from '../sources/workflow/expressions.js';
import { CONFIGURE_AWS_CREDENTIALS, envKeyEntries, longLivedSource, readCacStep, refsSource } from '../workflow/aws.js';
import { entryLocation, jobLabel, stepLabel } from '../workflow/describe.js';
import { isAwsKeyName } from '../workflow/jobs.js';
import { subLocation } from '../workflow/positions.js';
import { actionName } from '../workflow/steps.js';
import { originText, staticKeyUses, type StaticKeyUse } from '../gitlab-ci/static-keys.js';
import type { GitLabPipelineDocument } from '../model/gitlab-ci.js';

type Ctx = DocumentRuleContext<WorkflowDocument>;

const FIX = 'Assume a role through GitHub OIDC instead: grant `id-token: write`, pass `role-to-assume` only, then deactivate and delete the key.';

/** Key entries with a long-lived value, the access key id first. */
function longLived(entries: readonly WorkflowEntry[]): { entry: WorkflowEntry; source: string }[] {
  return entries
    .flatMap((entry) => {
      const source = longLivedSource(entry.value);
      return source ? [{ entry, source }] : [];
    })
    .sort((a, b) => Number(/secret/i.test(a.entry.name)) - Number(/secret/i.test(b.entry.name)));
}

function checkEnv(ctx: Ctx, block: WorkflowEnvBlock | undefined, where: string): void {
  const first = longLived(envKeyEntries(block))[0];
  if (!first) return;
  ctx.report({
    location: entryLocation(first.entry),
    properties: { via: 'env', name: first.entry.name },
    message: `${first.entry.name} in ${where} comes from ${first.source}: long-lived AWS keys reach every step there, including third-party actions and build scripts, and never expire. ${FIX}`,
  });
}

function checkCac(ctx: Ctx, step: WorkflowStep, inJob: string): void {
  const cac = readCacStep({ step, document: ctx.document, env: [], via: [] });
  if (!cac) return;
  const first = longLived([cac.accessKeyId, cac.secretAccessKey].filter((e): e is WorkflowEntry => e !== undefined))[0];
  if (!first) return;
  // Trap 37: with a role and keys, the action calls sts:AssumeRole with the keys, never OIDC.
  const role = cac.role ? ` Although role-to-assume is set, the action signs sts:AssumeRole with these keys and never requests an OIDC token.` : '';
  ctx.report({
    location: entryLocation(first.entry),
    properties: { via: 'input', name: first.entry.name },
    message: `${stepLabel(step)}${inJob} passes ${first.entry.name} from ${first.source} to configure-aws-credentials: long-lived AWS keys.${role} ${FIX}`,
  });
}

/**
 * Any other action given an AWS key input (`aws-access-key-id`, `aws_secret_access_key`,
 * `AWS_ACCESS_KEY_ID`, `awsAccessKeyId`, … — `isAwsKeyName`, case and separator insensitive): S3 sync,
 * deploy and upload actions take the keys as inputs and hand them to the AWS SDK or CLI, so the job
 * holds long-lived keys exactly as with configure-aws-credentials. GitHub passes every `with:` entry to
 * the action as `INPUT_<NAME>` in its environment
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsstep_idwith).
 */
function checkActionInputs(ctx: Ctx, step: WorkflowStep, inJob: string): void {
  if (!step.uses || actionName(step) === CONFIGURE_AWS_CREDENTIALS) return;
  const first = longLived(step.with.filter((e) => isAwsKeyName(e.name)))[0];
  if (!first) return;
  ctx.report({
    location: entryLocation(first.entry),
    properties: { via: 'input', name: first.entry.name },
    message: `${stepLabel(step)}${inJob} passes ${first.entry.name} from ${first.source} to ${step.uses.text}: long-lived AWS keys, readable by that action and everything it runs. ${FIX}`,
  });
}

const CONFIGURE_SET = /aws\s+configure\s+set\s+(?:[\w-]+\.)?aws_(?:access_key_id|secret_access_key)\s+(\$\{\{[\s\S]*?\}\}|"[^"\n]*"|'[^'\n]*'|[^\s;|&]+)/g;

/** `aws configure set aws_access_key_id <value>` in a script, with a literal, secret or variable value. */
function checkRun(ctx: Ctx, step: WorkflowStep, inJob: string): void {
  const run = step.run;
  if (!run) return;
  for (const m of run.source.matchAll(CONFIGURE_SET)) {
    const raw = (m[1] ?? '').replace(/^["']|["']$/g, '');
    if (raw.startsWith('$') && !raw.startsWith('${{')) continue; // a shell variable: its origin is elsewhere
    const parts = splitExpressions(raw);
    const refs = parts.flatMap((p) => (p.kind === 'expression' ? p.refs : []));
    const source = refs.length === 0 && !raw.includes('${{') ? 'a literal value written in the file' : refsSource(refs);
    if (!source) continue;
    ctx.report({
      location: subLocation(run.location, run.source, m.index, m.index + m[0].length),
      properties: { via: 'run' },
      message: `${stepLabel(step)}${inJob} writes long-lived AWS keys from ${source} into the runner's AWS configuration with \`aws configure set\`. ${FIX}`,
    });
    return;
  }
}

function checkSteps(ctx: Ctx, steps: readonly WorkflowStep[], inJob: string): void {
  for (const step of steps) {
    checkEnv(ctx, step.env, `the env of ${stepLabel(step)}${inJob}`);
    checkCac(ctx, step, inJob);
    checkActionInputs(ctx, step, inJob);
    checkRun(ctx, step, inJob);
  }
}

const GITLAB_FIX = 'Assume a role through GitLab OIDC instead: add an `id_tokens` entry with the audience the role accepts and call `aws sts assume-role-with-web-identity` with it, then deactivate and delete the key and its CI/CD variable.';

/**
 * GitLab CI (the same class as GitHub's env keys: long-lived keys in every process of the job). One
 * finding per place (a `variables:` block, a script line), the access key id first.
 */
function checkPipeline(ctx: DocumentRuleContext<GitLabPipelineDocument>): void {
  const doc = ctx.document;
  // An included file is analysed as part of the pipeline that includes it.
  if (doc.includedBy.length > 0) return;
  const byPlace = new Map<string, StaticKeyUse>();
  for (const use of staticKeyUses(doc)) {
    const place = use.via === 'variables' ? use.where : `${use.location.file}:${String(use.location.span.start.line)}`;
    const prior = byPlace.get(place);
    if (!prior || (/SECRET/.test(prior.name) && !/SECRET/.test(use.name))) byPlace.set(place, use);
  }
  const dotenv = doc.jobs.filter((j) => j.dotenv).map((j) => j.name);
  for (const use of byPlace.values()) {
    // A variable the file does not define may be another job's dotenv output (temporary credentials too).
    const maybeDotenv = use.origin.kind === 'settings' && dotenv.length > 0;
    const jobs = use.jobs.length === 1 ? `job "${use.jobs[0] ?? ''}"` : `${String(use.jobs.length)} jobs`;
    const reach = use.shared ? `every command of the jobs that get them (${jobs}), including third-party tools and images` : 'every command of the job, including third-party tools and images';
    const how =
      use.via === 'configure-set'
        ? `writes ${use.name.toLowerCase()} from ${originText(use.origin)} into the job's AWS configuration with \`aws configure set\``
        : use.via === 'script'
          ? `exports ${use.name} from ${originText(use.origin)}`
          : `set ${use.name} from ${originText(use.origin)}`;
    const caveat = maybeDotenv ? ` Reported as a warning: job ${dotenv.map((d) => `"${d}"`).join(', ')} writes a dotenv report, which may set this variable instead (possibly to temporary credentials).` : '';
    ctx.report({
      location: use.location,
      ...(maybeDotenv ? { severity: 'warning' as const } : {}),
      properties: { via: use.via, name: use.name, origin: use.origin.kind, jobs: use.jobs },
      message: `${use.where[0]?.toUpperCase() ?? ''}${use.where.slice(1)} ${how}: long-lived AWS keys reach ${reach}, and never expire.${caveat} ${GITLAB_FIX}`,
    });
  }
}

export default defineRule({
  id: 'workflow-static-aws-keys',
  meta: {
    title: 'Long-lived AWS keys reach a job',
    defaultSeverity: 'error',
    category: 'workflow',
    description:
      'AWS key inputs of any action (`aws-access-key-id`, `aws_secret_access_key`, … in `with:`), `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` in env, or `aws configure set aws_access_key_id` with a literal, `secrets.*` or `vars.*` value; in a GitLab pipeline, the same keys in `variables:` or set by a job script, with a literal value or a CI/CD variable the pipeline does not define.',
    variants: "warning in a GitLab pipeline when the key's variable may come from another job's dotenv report",
  },
  pipeline: checkPipeline,
  workflow(ctx) {
    const doc = ctx.document;
    checkEnv(ctx, doc.env, 'the workflow-level env');
    for (const job of doc.jobs) {
      const inJob = ` of ${jobLabel(job)}`;
      checkEnv(ctx, job.env, `the env of ${jobLabel(job)}`);
      checkSteps(ctx, job.steps, inJob);
      const passed = [...job.with, ...(job.secrets?.kind === 'map' ? job.secrets.entries : [])].filter((e) => isAwsKeyName(e.name));
      const first = longLived(passed)[0];
      if (first && job.uses) {
        ctx.report({
          location: entryLocation(first.entry),
          properties: { via: 'reusable-workflow', name: first.entry.name },
          message: `${jobLabel(job)} passes ${first.entry.name} from ${first.source} to the reusable workflow ${job.uses.text}: long-lived AWS keys. ${FIX}`,
        });
      }
    }
    checkSteps(ctx, doc.steps, ' of this composite action');
  },
});
