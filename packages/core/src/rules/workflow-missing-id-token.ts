import type { RelatedLocation } from '../model/finding.js';
import type { WorkflowDocument, WorkflowJob } from '../model/workflow.js';
import { defineRule, type DocumentRuleContext } from './define.js';
import { assumesRoleViaOidc, readCacStep } from '../workflow/aws.js';
import { jobLabel, stepLabel } from '../workflow/describe.js';
import { hasTrigger, isSelfHostedRunner } from '../workflow/jobs.js';
import { stepsOfJob, topStep } from '../workflow/steps.js';
import { pipelineRoleAssumptions, REMOVED_JWT_VARIABLES, type RoleAssumption } from '../gitlab-ci/role-assumption.js';
import { assignedInScripts } from '../gitlab-ci/shell.js';
import type { GitLabPipelineDocument } from '../model/gitlab-ci.js';

/** Why the job's effective id-token is not write, in GitHub's terms (spec/domain.md §1.7). */
function why(doc: WorkflowDocument, job: WorkflowJob): string {
  const t = job.idToken;
  const level = t.level === 'read' ? 'read' : 'none';
  if (t.source === 'default') {
    return t.callerDecides
      ? 'no permissions block: the calling workflow decides, and id-token defaults to none'
      : 'no permissions block at workflow or job level: id-token defaults to none';
  }
  const block = t.source === 'job' ? job.permissions : doc.permissions;
  const where = t.source === 'job' ? 'the job-level permissions' : 'the workflow-level permissions';
  const replaced =
    t.source === 'job' && (doc.permissions?.kind === 'write-all' || doc.permissions?.scopes.some((s) => s.name === 'id-token' && s.level === 'write'))
      ? ' (a job-level block replaces the workflow level, which grants id-token: write)'
      : '';
  if (block?.kind === 'read-all') return `${where} are read-all, which gives id-token: read: no token${replaced}`;
  if (block?.kind === 'map' && !block.scopes.some((s) => s.name === 'id-token')) {
    const named = block.scopes.length ? `name ${block.scopes.map((s) => s.name).join(', ')}, which sets every other scope, id-token included, to none` : 'are {}, which sets every scope to none';
    return `${where} ${named}${replaced}`;
  }
  return `${where} give id-token: ${level}${replaced}`;
}

/** Why a GitLab job that assumes a role has no ID token for it; undefined when it has one (or may). */
function gitlabGap(a: RoleAssumption): string | undefined {
  const tokens = a.job.idTokens?.tokens ?? [];
  const v = a.tokenVariable;
  if (v !== undefined && REMOVED_JWT_VARIABLES.has(v)) {
    return `it reads $${v}, which GitLab 17.0 removed: the variable is empty and AWS rejects the call`;
  }
  if (tokens.length === 0) return 'the job has no `id_tokens` entry, so GitLab issues it no ID token';
  if (v === undefined || a.idToken || assignedInScripts(v, a.job.scripts)) return undefined;
  const names = tokens.map((t) => t.name).join(', ');
  return `it reads $${v}, which is not one of the job's \`id_tokens\` (${names})`;
}

/** GitLab CI: an ID token is what `id_tokens:` declares; there is no permission to grant. */
function checkPipeline(ctx: DocumentRuleContext<GitLabPipelineDocument>): void {
  for (const a of pipelineRoleAssumptions(ctx.document)) {
    const gap = gitlabGap(a);
    if (!gap) continue;
    const how = a.via === 'cli' ? 'with `aws sts assume-role-with-web-identity`' : 'through AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE';
    const related = a.job.idTokens ? [{ location: a.job.idTokens.location, message: 'the id_tokens of the job' }] : [];
    ctx.report({
      location: a.location,
      ...(related.length ? { related } : {}),
      properties: { job: a.job.name, via: a.via, ...(a.tokenVariable !== undefined ? { tokenVariable: a.tokenVariable } : {}), idTokens: (a.job.idTokens?.tokens ?? []).map((t) => t.name) },
      message: `job "${a.job.name}" assumes ${a.role ? `role ${a.role.value ?? a.role.text}` : 'a role'} ${how}, but ${gap}. Add an \`id_tokens\` entry to the job (e.g. \`GITLAB_OIDC_TOKEN: { aud: <the audience the role accepts> }\`) and pass that variable as the web identity token.`,
    });
  }
}

export default defineRule({
  id: 'workflow-missing-id-token',
  meta: {
    title: 'Job assumes a role via OIDC without id-token: write',
    defaultSeverity: 'error',
    category: 'workflow',
    description:
      "A step assumes a role via OIDC but the job's effective permissions lack `id-token: write`; in a GitLab pipeline, a job assumes a role with a web identity token but has no `id_tokens` entry for it (or reads the removed `CI_JOB_JWT*`).",
    variants: 'warning when `runs-on` is self-hosted or the job is in a `workflow_call` workflow',
  },
  pipeline: checkPipeline,
  workflow(ctx) {
    const doc = ctx.document;
    for (const job of doc.jobs) {
      if (job.idToken.level === 'write') continue;
      for (const s of stepsOfJob(doc, job)) {
        const cac = readCacStep(s);
        if (!cac || !assumesRoleViaOidc(cac)) continue;
        const top = topStep(s);
        const location = top.uses?.location ?? top.location;
        const selfHosted = isSelfHostedRunner(job.runsOn);
        const reusable = hasTrigger(doc, 'workflow_call');
        const related: RelatedLocation[] = [];
        if (job.idToken.location) related.push({ location: job.idToken.location, message: 'the permissions that decide id-token' });
        if (s.via.length) related.push({ location: s.step.uses?.location ?? s.step.location, message: 'configure-aws-credentials in the local action' });
        const fallback = selfHosted
          ? ' On this self-hosted runner the action then falls back to whatever credentials the machine has (instance profile, env keys).'
          : ' The action then finds no credentials and fails, or uses keys from the environment.';
        const caller = reusable ? ' In a reusable workflow the caller may grant it; check the calling job.' : '';
        ctx.report({
          location,
          ...(selfHosted || reusable ? { severity: 'warning' as const } : {}),
          ...(related.length ? { related } : {}),
          properties: { job: job.id, idToken: job.idToken.level, source: job.idToken.source, selfHosted, reusable },
          message: `${stepLabel(top)} in ${jobLabel(job)} assumes ${cac.role?.value.text ?? 'a role'} through OIDC, but the job cannot request a token: ${why(doc, job)}.${fallback}${caller} Add \`id-token: write\` to the job's permissions.`,
        });
      }
    }
  },
});
